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
      name: "a relative percent goal that stays inside 0 to 100, a band, ordered milestones, 100% exactly",
      framework: patched({
        targets: {
          "t-top-long": {
            goal: { date: "2005-03-31", change: { percent: "100" } },
            milestones: [
              { date: "2002-03-31", value: "60" },
              { date: "2003-03-31", value: "65" },
            ],
          },
          "t-svc": { goal: { date: "2003-03-31", low: "95", high: "100" } },
        },
      }),
    },
    {
      name: "a goal on the last day of the plan",
      framework: patched({ targets: { "t-svc": { goal: { date: "2004-03-31", value: "60" } } } }),
    },
    {
      name: "exactly 0% and exactly 100%, however written",
      framework: patched({
        targets: {
          "t-top-long": { goal: { date: "2005-03-31", value: "100.000000000000" } },
          "t-svc": { goal: { date: "2003-03-31", value: "-0.0" } },
        },
      }),
    },
  ],
  invalid: [
    {
      name: "M: an indicator whose unit is blank",
      framework: patched({ indicators: { "pi-output": { unit: " " } } }),
      findings: [
        {
          severity: "warning",
          messageId: "measurable",
          subject: { kind: "target", id: "t-corp-long" },
          message:
            'Target "t-corp-long" is not SMART (M, measurable): its indicator "pi-output" has no unit. Say what the values are counted in.',
        },
      ],
    },
    {
      name: "T: a goal date on the baseline date",
      framework: patched({ targets: { "t-svc": { goal: { date: "2001-03-31", value: "60" } } } }),
      findings: [
        { messageId: "timeOrder", subject: { kind: "target", id: "t-svc" } },
        { messageId: "timePeriod", subject: { kind: "target", id: "t-svc" }, related: [{ kind: "plan", id: "svc" }] },
      ],
    },
    {
      name: "T: a goal date after the plan ends",
      framework: patched({ targets: { "t-svc": { goal: { date: "2004-04-01", value: "60" } } } }),
      findings: [
        {
          messageId: "timePeriod",
          message:
            'Target "t-svc" is not SMART (T, time-related): its goal date 2004-04-01 falls outside its plan "svc" (2001-04-01 to 2004-03-31).',
        },
      ],
    },
    {
      name: "T: milestones outside the span or on the same date",
      framework: patched({
        targets: {
          "t-svc": {
            milestones: [
              { date: "2001-03-31", value: "50" },
              { date: "2002-03-31", value: "55" },
              { date: "2002-03-31", value: "56" },
              { date: "2003-04-01", value: "61" },
            ],
          },
        },
      }),
      findings: [
        { messageId: "timeMilestone", data: { milestone: "2001-03-31" } },
        { messageId: "timeMilestone", data: { milestone: "2002-03-31" } },
        { messageId: "timeMilestone", data: { milestone: "2003-04-01" } },
      ],
    },
    {
      name: "R: a target whose objective does not reach the community plan",
      framework: patched({ objectives: { "svc-obj": { contributesTo: undefined } } }),
      findings: [
        {
          messageId: "relevant",
          subject: { kind: "target", id: "t-svc" },
          data: { target: "t-svc", objective: "svc-obj" },
        },
      ],
    },
    {
      name: "A: percentages outside 0 to 100, absolute, relative and stretch",
      framework: patched({
        targets: {
          "t-top-long": { goal: { date: "2005-03-31", change: { percent: "150" } } },
          "t-svc": { goal: { date: "2003-03-31", value: "-5" }, stretch: { value: "100.5" } },
        },
      }),
      findings: [
        {
          messageId: "achievablePercent",
          subject: { kind: "target", id: "t-svc" },
          data: { label: "goal", value: "-5" },
        },
        {
          messageId: "achievablePercent",
          subject: { kind: "target", id: "t-svc" },
          data: { label: "stretch", value: "100.5" },
        },
        {
          messageId: "achievablePercent",
          subject: { kind: "target", id: "t-top-long" },
          data: { label: "goal", value: "125" },
        },
      ],
    },
    {
      name: "A: a hair outside 0 to 100 is outside, exactly",
      framework: patched({
        targets: {
          "t-top-long": { goal: { date: "2005-03-31", value: "100.00000000000000000001" } },
          "t-svc": { goal: { date: "2003-03-31", value: "-0.00000000000000000001" } },
        },
      }),
      findings: [
        {
          messageId: "achievablePercent",
          subject: { kind: "target", id: "t-svc" },
          data: { value: "-0.00000000000000000001" },
        },
        {
          messageId: "achievablePercent",
          subject: { kind: "target", id: "t-top-long" },
          data: { value: "100.00000000000000000001" },
        },
      ],
    },
    {
      name: "A: a band whose low edge is above its high",
      framework: patched({ targets: { "t-svc": { goal: { date: "2003-03-31", low: "60", high: "55" } } } }),
      findings: [{ messageId: "achievableBand", data: { low: "60", high: "55" } }],
    },
  ],
};

describe("rule smart", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("smart", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("smart", c);
    expect(found).toMatchObject(expectedFindings("smart", c));
    expect(wellWorded(found)).toBe(true);
  });
});
