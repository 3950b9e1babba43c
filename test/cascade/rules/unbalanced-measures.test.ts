import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a plan with no targets is not judged",
      framework: patched({ targets: { "t-top-long": null, "t-top-short": null } }),
    },
    {
      name: "service plans are not judged",
      framework: patched({
        targets: { "t-svc": { indicator: "pi-process" } },
        add: {
          indicators: [
            {
              id: "pi-process",
              title: "Process",
              unit: "days",
              polarity: "lower-is-better",
              measure: "process",
              frequency: "annual",
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a community plan with only long-term, non-financial outcome targets",
      framework: patched({ targets: { "t-top-short": null } }),
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
      framework: patched({ targets: { "t-corp-long": null } }),
      findings: [
        { messageId: "narrowMix", subject: { kind: "plan", id: "corp" }, data: { measures: "input measures" } },
        { messageId: "noLongTerm", subject: { kind: "plan", id: "corp" } },
        { messageId: "noNonFinancial", subject: { kind: "plan", id: "corp" } },
      ],
    },
    {
      name: "three years less a day is not long-term; a year and a day is not short-term",
      framework: patched({
        targets: {
          "t-corp-long": { goal: { date: "2004-03-30", value: "20" } },
          "t-corp-short": { goal: { date: "2002-04-01", value: "95" } },
        },
      }),
      findings: [
        { messageId: "noLongTerm", subject: { kind: "plan", id: "corp" } },
        { messageId: "noShortTerm", subject: { kind: "plan", id: "corp" } },
      ],
    },
  ],
};

describe("rule unbalanced-measures", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("unbalanced-measures", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("unbalanced-measures", c);
    expect(found).toMatchObject(expectedFindings("unbalanced-measures", c));
    expect(wellWorded(found)).toBe(true);
  });
});
