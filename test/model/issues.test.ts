import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { type FrameworkIssue, type FrameworkIssueCode, safeParseFramework } from "../../src/index.js";
import { frameworkIssuesFrom } from "../../src/model/issueMessages.js";
import { minimalFramework } from "../helpers/fixtures.js";
import { type DocumentPath, patchDocument } from "./patchDocument.js";

function issuesOf(input: unknown): FrameworkIssue[] {
  const result = safeParseFramework(input);
  if (result.success) return expect.fail("expected the document to be refused");
  return result.error.issues;
}

/** The minimal framework with one field replaced: `patched(["plans", 0, "period"], { … })`. */
function patched(path: DocumentPath, value: unknown): unknown {
  return patchDocument(minimalFramework(), [path, value]);
}

describe("each issue code carries its own data", () => {
  it.each([
    {
      name: "too_small: an empty name, measured as text",
      input: patched(["name"], ""),
      issue: { code: "too_small", path: ["name"], minimum: 1, origin: "text", message: "name: must not be empty." },
    },
    {
      name: "too_small: a review cycle of no months, measured as a number",
      input: patched(["reviewCycles"], [{ id: "rc", name: "R", frequency: { everyMonths: 0 }, appliesTo: {} }]),
      issue: { code: "too_small", minimum: 1, origin: "number" },
    },
    {
      name: "too_big: too many decimal places",
      input: patched(["indicators", 0, "decimals"], 11),
      issue: { code: "too_big", maximum: 10, origin: "number", message: /decimals: must be at most 10\.$/ },
    },
    {
      name: "invalid_period: the two dates",
      input: patched(["plans", 0, "period"], { start: "2004-04-01", end: "2004-03-31" }),
      issue: { code: "invalid_period", path: ["plans", 0, "period", "end"], start: "2004-04-01", end: "2004-03-31" },
    },
    {
      name: "invalid_date: what was found",
      input: patched(["targets", 0, "goal", "date"], "31/03/2004"),
      issue: { code: "invalid_date", received: 'the text "31/03/2004"' },
    },
    {
      name: "invalid_decimal from the value's kind: what was found",
      input: patched(["targets", 0, "baseline", "value"], Number.NaN),
      issue: {
        code: "invalid_decimal",
        received: "NaN",
        message: /NaN and infinities are not numbers\) \(found NaN\)\.$/,
      },
    },
    {
      name: "invalid_decimal from the string's form: what was found",
      input: patched(["targets", 0, "baseline", "value"], "6,5"),
      issue: { code: "invalid_decimal", received: 'the text "6,5"' },
    },
    {
      name: "invalid_id: what was found",
      input: patched(["owners", 0, "id"], " owner-1"),
      issue: { code: "invalid_id", received: 'the text " owner-1"' },
    },
    {
      name: "invalid_month_day: what was found",
      input: patched(["financialYearStart"], "02-29"),
      issue: { code: "invalid_month_day", received: 'the text "02-29"' },
    },
    {
      name: "invalid_format: what was found",
      input: patched(["plans", 0, "budget"], { amount: "1", currency: "pounds" }),
      issue: { code: "invalid_format", received: 'the text "pounds"' },
    },
    {
      name: "no_matching_form: what was found",
      input: patched(["targets", 0, "goal"], { date: "2004-03-31" }),
      issue: { code: "no_matching_form", received: "an object" },
    },
  ])("$name", ({ input, issue }) => {
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject(issue);
  });
});

describe("codes come from the schema's tags, never from the wording", () => {
  afterEach(() => {
    z.config(z.locales.en());
  });

  it("gives the same codes and paths when zod speaks another language", () => {
    const inputs = [
      patched(["name"], ""),
      patched(["plans", 0, "budget"], { amount: "1", currency: "pounds" }),
      patched(["targets", 0, "baseline", "value"], Number.NaN),
      patched(["targets", 0, "goal", "date"], "31/03/2004"),
      patched(["indicators", 0, "decimals"], 11),
    ];
    const inEnglish = inputs.map((input) => issuesOf(input).map(({ code, path }) => ({ code, path })));
    z.config(z.locales.de());
    const inGerman = inputs.map((input) => issuesOf(input).map(({ code, path }) => ({ code, path })));
    expect(inGerman).toEqual(inEnglish);
  });

  it("reads a custom issue's code from its params, and treats an unknown tag as invalid_format", () => {
    const custom = (params: Record<string, unknown>): z.core.$ZodIssue => ({
      code: "custom",
      path: ["id"],
      message: "is wrong",
      params,
    });
    const codes = (params: Record<string, unknown>): FrameworkIssueCode[] =>
      frameworkIssuesFrom([custom(params)], { id: "x" }).map((issue) => issue.code);
    expect(codes({ code: "invalid_id" })).toEqual(["invalid_id"]);
    expect(codes({ code: "invalid_date" })).toEqual(["invalid_date"]);
    expect(codes({ code: "not_ours" })).toEqual(["invalid_format"]);
    expect(codes({})).toEqual(["invalid_format"]);
  });
});
