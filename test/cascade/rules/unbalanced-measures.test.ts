import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  type Patch,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

const PROCESS_INDICATOR = {
  id: "pi-process",
  title: "Process",
  unit: "days",
  polarity: "lower-is-better",
  measure: "process",
  frequency: "annual",
} as const;

/** A second target on the base service plan's objective, baseline 2001-03-31. */
function serviceTarget(id: string, indicator: string, goalDate: string): Patch {
  const baseline = { date: "2001-03-31", value: "40" };
  return {
    add: { targets: [{ id, objective: "svc-obj", indicator, baseline, goal: { date: goalDate, value: "45" } }] },
  };
}

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a framework with no targets is left to objective-without-measure",
      framework: patched({ replace: { targets: [] } }),
    },
    {
      // Good practice: the community plan holds the long-term outcomes; the mix is the framework's.
      name: "a community plan of long-term outcome targets only (the framework has the mix)",
      framework: patched({ targets: { "t-top-short": null } }),
    },
    {
      name: "a corporate plan of short-term financial input targets only (the framework has the mix)",
      framework: patched({ targets: { "t-corp-long": null } }),
    },
    {
      name: "a service plan with a single target is no set to mix",
      framework: patched({
        targets: { "t-svc": { indicator: "pi-process" } },
        add: { indicators: [PROCESS_INDICATOR] },
      }),
    },
    {
      // t-svc (2001-03-31 → 2003-03-31, outcome) and t-svc-cost (2001-03-31 → 2002-03-31, financial input):
      // a year-ahead target, financial and non-financial, two kinds of measure.
      name: "a service plan with a short-term financial input target beside its outcome target",
      framework: patched(serviceTarget("t-svc-cost", "pi-cost", "2002-03-31")),
    },
  ],
  invalid: [
    {
      // Only t-top-long is left: 2001-03-31 → 2005-03-31 is long-term, but nothing is due within a year,
      // nothing is financial and outcome is the only kind of measure.
      name: "a framework with only a long-term, non-financial outcome target",
      framework: patched({
        targets: { "t-top-short": null, "t-corp-long": null, "t-corp-short": null, "t-svc": null },
      }),
      findings: [
        {
          severity: "warning",
          messageId: "narrowMix",
          subject: { kind: "framework", id: "base" },
          data: { framework: "base", measures: "outcome measures" },
        },
        { messageId: "noFinancial", subject: { kind: "framework", id: "base" } },
        { messageId: "noShortTerm", subject: { kind: "framework", id: "base" } },
      ],
    },
    {
      name: "a framework with only short-term financial input targets",
      framework: patched({ targets: { "t-top-long": null, "t-corp-long": null, "t-svc": null } }),
      findings: [
        { messageId: "narrowMix", subject: { kind: "framework", id: "base" }, data: { measures: "input measures" } },
        { messageId: "noLongTerm", subject: { kind: "framework", id: "base" } },
        { messageId: "noNonFinancial", subject: { kind: "framework", id: "base" } },
      ],
    },
    {
      // 2001-03-31 + 36 months = 2004-03-31, so a goal on 2004-03-30 is not long-term;
      // 2001-03-31 + 12 months = 2002-03-31, so a goal on 2002-04-01 is not short-term.
      name: "three years less a day is not long-term; a year and a day is not short-term",
      framework: patched({
        targets: {
          "t-top-long": { goal: { date: "2004-03-30", value: "70" } },
          "t-corp-long": { goal: { date: "2004-03-30", value: "20" } },
          "t-top-short": { goal: { date: "2002-04-01", value: "90" } },
          "t-corp-short": { goal: { date: "2002-04-01", value: "95" } },
        },
      }),
      findings: [
        { messageId: "noLongTerm", subject: { kind: "framework", id: "base" } },
        { messageId: "noShortTerm", subject: { kind: "framework", id: "base" } },
      ],
    },
    {
      // The service plan's two targets are both two-year, non-financial outcome targets; the framework
      // as a whole still has the mix. A service plan is not asked for a long-term target.
      name: "a service plan of two outcome targets, neither for the year ahead",
      framework: patched(serviceTarget("t-svc-2", "pi-outcome", "2003-03-31")),
      findings: [
        {
          messageId: "narrowMix",
          subject: { kind: "plan", id: "svc" },
          data: { plan: "svc", measures: "outcome measures" },
        },
        { messageId: "noFinancial", subject: { kind: "plan", id: "svc" } },
        { messageId: "noShortTerm", subject: { kind: "plan", id: "svc" } },
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
