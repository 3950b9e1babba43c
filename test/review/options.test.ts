import { describe, expect, it } from "vitest";
import { NOTHING_DUE } from "./nothingDue.js";
import { ReviewError, cycleCovers, reviewsDue } from "../../src/index.js";
import { baseFramework } from "../cascade/harness.js";
import { expectMisuse } from "../helpers/expectMisuse.js";

const T_SVC = { kind: "target", id: "t-svc" } as const;

describe("the review functions refuse bad arguments with a ReviewError naming them", () => {
  it.each([
    ["a missing asOf", { asOf: undefined }, /options\.asOf is missing/u],
    ["asOf as a number", { asOf: 20010702 }, /options\.asOf 20010702 is not a calendar date/u],
    ["asOf as null", { asOf: null }, /options\.asOf null is not a calendar date/u],
    ["asOf not a date", { asOf: "2001-02-30" }, /options\.asOf "2001-02-30" is not a calendar date/u],
    ["asOf past the calendar", { asOf: "10000-01-01" }, /options\.asOf "10000-01-01" is not a calendar date/u],
    ["asOf as an object", { asOf: { toString: () => "2001-07-02" } }, /options\.asOf \{\} is not a calendar date/u],
  ])("reviewsDue with %s", (_name, options, message) => {
    expectMisuse(() => reviewsDue(baseFramework(), "rc-targets", T_SVC, options as never), ReviewError, message);
  });

  it.each([[undefined], [null], ["2001-07-02"]])("reviewsDue with options %j", (options) => {
    expectMisuse(
      () => reviewsDue(baseFramework(), "rc-targets", T_SVC, options as never),
      ReviewError,
      /options must be an object/u,
    );
  });

  it.each([
    ["null", null, /subject must be an object; got null/u],
    ["a string", "t-svc", /subject must be an object; got "t-svc"/u],
    ["without a kind", { id: "t-svc" }, /subject\.kind is missing/u],
    ["of an unknown kind", { kind: "indicator", id: "t-svc" }, /subject\.kind "indicator" is not one of "plan"/u],
    ["of a prototype-named kind", { kind: "constructor", id: "t-svc" }, /subject\.kind "constructor" is not one of/u],
    ["with a numeric id", { kind: "target", id: 7 }, /subject\.id must be a string; got number/u],
  ])("a subject %s", (_name, subject, message) => {
    expectMisuse(
      () => reviewsDue(baseFramework(), "rc-targets", subject as never, { asOf: "2001-07-02" }),
      ReviewError,
      message,
    );
    expectMisuse(() => cycleCovers(baseFramework(), "rc-targets", subject as never), ReviewError, message);
  });

  it("good arguments answer as before; prototype-named ids are ordinary ids", () => {
    // The quarter to 2001-06-30, due by 2001-08-11 (42 days later): overdue from 2001-08-12.
    const short = { kind: "target", id: "t-top-short" } as const;
    expect(reviewsDue(baseFramework(), "rc-targets", short, { asOf: "2001-08-11" }).overdue).toBe(false);
    expect(reviewsDue(baseFramework(), "rc-targets", short, { asOf: "2001-08-12" }).overdue).toBe(true);
    expect(cycleCovers(baseFramework(), "rc-targets", { kind: "target", id: "constructor" })).toBe(true);
    expect(
      reviewsDue(baseFramework(), "rc-targets", { kind: "target", id: "__proto__" }, { asOf: "2001-07-02" }),
    ).toEqual({
      cycle: "rc-targets",
      subject: { kind: "target", id: "__proto__" },
      covered: true,
      ...NOTHING_DUE,
    });
  });
});
