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
      name: "a relative goal that improves: cost down 10% where lower is better",
      framework: patched({ targets: { "t-top-short": { goal: { date: "2002-03-31", change: { percent: "-10" } } } } }),
    },
    {
      name: "a stretch beyond the goal: 75 past a goal of 70 where higher is better",
      framework: patched({ targets: { "t-top-long": { stretch: { value: "75" } } } }),
    },
    {
      name: "a comparator target is judged against its comparator, not its own baseline",
      framework: patched({
        targets: { "t-svc": { goal: { date: "2003-03-31", value: "50" }, comparator: { indicator: "pi-outcome" } } },
      }),
    },
    {
      name: "a band goal states a standard to keep",
      framework: patched({ targets: { "t-svc": { goal: { date: "2003-03-31", low: "45", high: "55" } } } }),
    },
  ],
  invalid: [
    {
      name: "a goal below the baseline where higher is better",
      framework: patched({ targets: { "t-svc": { goal: { date: "2003-03-31", value: "45" } } } }),
      findings: [
        {
          severity: "warning",
          messageId: "decline",
          subject: { kind: "target", id: "t-svc" },
          data: { target: "t-svc", goal: "45", baseline: "50", polarity: "higher is better" },
          message:
            'Target "t-svc" plans a decline: its goal (45) is worse than its baseline (50) for an indicator where higher is better. Targets should be demanding: set a goal that improves on the baseline.',
        },
      ],
    },
    {
      name: "a relative goal that rises where lower is better: cost up 5%",
      framework: patched({ targets: { "t-top-short": { goal: { date: "2002-03-31", change: { percent: "5" } } } } }),
      findings: [{ messageId: "decline", data: { goal: "105", baseline: "100", polarity: "lower is better" } }],
    },
    {
      name: "a goal equal to the baseline",
      framework: patched({ targets: { "t-svc": { goal: { date: "2003-03-31", value: "50" } } } }),
      findings: [
        {
          messageId: "standStill",
          message:
            'Target "t-svc" asks for no improvement: its goal equals its baseline (50). Targets should be demanding: set a goal beyond the baseline, or state the standard as a band.',
        },
      ],
    },
    {
      name: "a stretch short of the goal where lower is better: 92 against a goal of 90",
      framework: patched({ targets: { "t-top-short": { stretch: { value: "92" } } } }),
      findings: [
        {
          messageId: "stretchShort",
          data: { stretch: "92", goal: "90" },
          message:
            'Target "t-top-short" has a stretch (92) that goes no further than its goal (90) for an indicator where lower is better: a stretch target should be more demanding than the goal.',
        },
      ],
    },
    {
      name: "a stretch equal to the goal",
      framework: patched({ targets: { "t-top-long": { stretch: { value: "70" } } } }),
      findings: [{ messageId: "stretchShort", data: { stretch: "70", goal: "70" } }],
    },
  ],
};

describe("rule undemanding-target", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("undemanding-target", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("undemanding-target", c);
    expect(found).toMatchObject(expectedFindings("undemanding-target", c));
    expect(wellWorded(found)).toBe(true);
  });
});
