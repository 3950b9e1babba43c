import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("unbalanced-measures", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a plan with no targets is not judged",
      framework: changed((f) => (f.targets = f.targets.filter((t) => t.objective !== "top"))),
    },
    {
      name: "service plans are not judged",
      framework: changed((f) => {
        f.indicators.push({
          id: "pi-process",
          title: "Process",
          unit: "days",
          polarity: "lower-is-better",
          measure: "process",
          frequency: "annual",
        });
        f.targets[4]!.indicator = "pi-process";
      }),
    },
  ],
  invalid: [
    {
      name: "a community plan with only long-term, non-financial outcome targets",
      framework: changed((f) => (f.targets = f.targets.filter((t) => t.id !== "t-top-short"))),
      findings: [
        {
          severity: "warning",
          messageId: "narrowMix",
          subject: { kind: "plan", id: "cp" },
          data: { plan: "cp", measures: "outcome measures" },
        },
        { messageId: "noFinancial", subject: { kind: "plan", id: "cp" } },
        { messageId: "noShortTerm", subject: { kind: "plan", id: "cp" } },
      ],
    },
    {
      name: "a corporate plan with only short-term financial targets",
      framework: changed((f) => (f.targets = f.targets.filter((t) => t.id !== "t-corp-long"))),
      findings: [
        { messageId: "narrowMix", subject: { kind: "plan", id: "corp" }, data: { measures: "input measures" } },
        { messageId: "noLongTerm", subject: { kind: "plan", id: "corp" } },
        { messageId: "noNonFinancial", subject: { kind: "plan", id: "corp" } },
      ],
    },
    {
      name: "three years less a day is not long-term; a year and a day is not short-term",
      framework: changed((f) => {
        f.targets[2]!.goal.date = "2004-03-30";
        f.targets[3]!.goal.date = "2002-04-01";
      }),
      findings: [
        { messageId: "noLongTerm", subject: { kind: "plan", id: "corp" } },
        { messageId: "noShortTerm", subject: { kind: "plan", id: "corp" } },
      ],
    },
  ],
});

describe("rule unbalanced-measures in the issue's rule table", () => {
  it("defaults to warning", () => {
    expect(builtInRules.find((rule) => rule.id === "unbalanced-measures")?.meta.defaultSeverity).toBe("warning");
  });
});
