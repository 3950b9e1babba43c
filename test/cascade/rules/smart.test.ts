import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  NO_COMMUNITY_STRATEGY,
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
    {
      name: "R: a target on an orphan objective is orphan-objective's to report, once, on the objective",
      framework: patched({ objectives: { "svc-obj": { contributesTo: undefined } } }),
    },
    {
      // Seed 5.3.5.3: "deaths from coronary heart disease and strokes reduced by 40% by 2010", a
      // corporate objective under a three-year corporate plan (2001-04-01 to 2004-03-31) while the
      // community plan runs to 2011-03-31. Baseline 140 (illustrative, as in examples/frameworks/stockton.json):
      // 140 x (1 - 40/100) = 84 by 2010-12-31, after the corporate plan's end but within the apex's horizon.
      name: "T: Stockton's heart disease target by 2010 runs past its corporate plan, within the community plan's horizon",
      framework: patched({
        plans: {
          cp: { period: { start: "2001-04-01", end: "2011-03-31" } },
          corp: { period: { start: "2001-04-01", end: "2004-03-31" } },
        },
        targets: {
          "t-corp-long": {
            baseline: { date: "2000-12-31", value: "140" },
            goal: { date: "2010-12-31", change: { percent: "-40" } },
          },
        },
      }),
    },
    {
      name: "T: a five-year service target (2.2.2 ii 'typically 3-5 years') past its three-year service plan, within the apex's",
      framework: patched({ targets: { "t-svc": { goal: { date: "2005-03-31", value: "70" } } } }),
    },
    {
      name: "T: with no community strategy yet the corporate plan is the apex and its period the horizon (3.4.1.2)",
      framework: patched({
        ...NO_COMMUNITY_STRATEGY,
        targets: { ...NO_COMMUNITY_STRATEGY.targets, "t-svc": { goal: { date: "2005-03-31", value: "70" } } },
      }),
    },
    {
      name: "A: a 10% reduction of a percentage inside 0 to 100, as decimal strings, JSON numbers and points",
      framework: patched({
        targets: {
          // 50 x (1 - 10/100) = 45; 40 x 0.9 = 36; 50 - 10 points = 40
          "t-svc": { goal: { date: "2003-03-31", change: { percent: "-10" } } },
          "t-top-long": {
            baseline: { date: "2001-03-31", value: 40 },
            goal: { date: "2005-03-31", change: { percent: -10 } },
            revisions: [
              { date: "2002-04-01", goal: { date: "2005-03-31", change: { points: "-10" } }, reason: "Revised" },
            ],
          },
        },
      }),
    },
    {
      name: "A: an indicator's own bounds are respected: a growth percentage of up to 200",
      framework: patched({
        indicators: { "pi-outcome": { max: "200" } },
        targets: { "t-svc": { goal: { date: "2003-03-31", value: "150" } } },
      }),
    },
    {
      name: "T: a revision that moves a service target's goal out to the apex's horizon, a long-term target",
      framework: patched({
        targets: {
          "t-svc": {
            revisions: [{ date: "2002-04-01", goal: { date: "2005-03-31", value: "60" }, reason: "Extended" }],
          },
        },
      }),
    },
  ],
  invalid: [
    {
      name: "T: a revision's goal date must be after the date the revision takes effect",
      framework: patched({
        targets: {
          "t-svc": {
            revisions: [{ date: "2002-10-01", goal: { date: "2002-09-30", value: "60" }, reason: "Backdated" }],
          },
        },
      }),
      findings: [
        {
          messageId: "revisionTimeOrder",
          data: { target: "t-svc", revision: "2002-10-01", goal: "2002-09-30", after: "2002-10-01" },
          message:
            'Target "t-svc" is not SMART (T, time-related): its revision of 2002-10-01 sets a goal date 2002-09-30 that is not after 2002-10-01, the later of its baseline date and the date the revision takes effect.',
        },
      ],
    },
    {
      name: "T: a revision's goal date past both its plan's end and the apex's horizon",
      framework: patched({
        targets: {
          "t-svc": {
            // The service plan ends 2004-03-31, the community plan (the apex) 2005-03-31: the later is the limit.
            revisions: [{ date: "2002-04-01", goal: { date: "2005-04-01", value: "60" }, reason: "Extended" }],
          },
        },
      }),
      findings: [
        {
          messageId: "revisionTimePeriod",
          subject: { kind: "target", id: "t-svc" },
          data: {
            target: "t-svc",
            revision: "2002-04-01",
            goal: "2005-04-01",
            plan: "svc",
            start: "2001-04-01",
            end: "2004-03-31",
            horizon: "2005-03-31",
          },
        },
      ],
    },
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
      name: "T: a goal date after both its plan's end and the apex's horizon (the community plan's, 2005-03-31)",
      framework: patched({ targets: { "t-svc": { goal: { date: "2005-04-01", value: "60" } } } }),
      findings: [
        {
          messageId: "timeHorizon",
          data: { horizonPlan: "cp", level: "community", horizon: "2005-03-31" },
          related: [
            { kind: "plan", id: "svc" },
            { kind: "plan", id: "cp" },
          ],
          message:
            'Target "t-svc" is not SMART (T, time-related): its goal date 2005-04-01 falls after its plan "svc" ends (2004-03-31) and after the apex\'s horizon, the community plan "cp" ending 2005-03-31. Bring the goal within the plans that carry it, or extend the plan it belongs to.',
        },
      ],
    },
    {
      name: "T: a goal after its plan's end, when its plan is the one that runs longest at the apex",
      framework: patched({ targets: { "t-top-long": { goal: { date: "2005-04-01", value: "70" } } } }),
      findings: [
        {
          messageId: "timePeriod",
          subject: { kind: "target", id: "t-top-long" },
          message:
            'Target "t-top-long" is not SMART (T, time-related): its goal date 2005-04-01 falls outside its plan "cp" (2001-04-01 to 2005-03-31).',
        },
      ],
    },
    {
      name: "T: Stockton's heart disease target by 2010 past a community plan that ends in 2004",
      framework: patched({
        plans: {
          cp: { period: { start: "2001-04-01", end: "2004-03-31" } },
          corp: { period: { start: "2001-04-01", end: "2004-03-31" } },
        },
        targets: {
          "t-top-long": { goal: { date: "2004-03-31", value: "70" } },
          "t-corp-long": {
            baseline: { date: "2000-12-31", value: "140" },
            goal: { date: "2010-12-31", change: { percent: "-40" } },
          },
        },
      }),
      findings: [
        {
          messageId: "timePeriod",
          subject: { kind: "target", id: "t-corp-long" },
          data: { goal: "2010-12-31", plan: "corp", end: "2004-03-31" },
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
      // The case: Stockton's youth offending rate "reduced by a minimum of 10% by March 2003"
      // (5.3.5.3) with a baseline of 250 offences (illustrative) on an indicator counted in "%".
      // 250 x (1 - 10/100) = 225 is outside 0 to 100 only because 250 is: the baseline is at fault.
      name: "A: a 10% reduction from a baseline of 250 on a % indicator: the baseline is reported, not the goal",
      framework: patched({
        targets: {
          "t-svc": {
            baseline: { date: "2001-03-31", value: "250" },
            goal: { date: "2003-03-31", change: { percent: "-10" } },
          },
        },
      }),
      findings: [
        {
          messageId: "achievableBaseline",
          subject: { kind: "target", id: "t-svc" },
          related: [{ kind: "indicator", id: "pi-outcome" }],
          message:
            'Target "t-svc" is not SMART (A, achievable): its baseline of 250 (2001-03-31) lies outside 0 to 100, the range of its indicator "pi-outcome" (%). Correct the baseline, or the indicator\'s unit or bounds; its relative goals cannot be judged against it until then.',
        },
      ],
    },
    {
      name: "A: an absolute goal inside 0 to 100 from a baseline outside: the baseline alone",
      framework: patched({ targets: { "t-svc": { baseline: { date: "2001-03-31", value: 101 } } } }),
      findings: [{ messageId: "achievableBaseline", data: { value: "101", range: "0 to 100" } }],
    },
    {
      name: "A: ten points off a 5% baseline is below 0",
      framework: patched({
        // 5 - 10 = -5
        targets: {
          "t-svc": {
            baseline: { date: "2001-03-31", value: "5" },
            goal: { date: "2003-03-31", change: { points: "-10" } },
          },
        },
      }),
      findings: [{ messageId: "achievablePercent", data: { label: "goal", value: "-5" } }],
    },
    {
      name: "A: each revision's goal is checked as the goal is",
      framework: patched({
        targets: {
          "t-svc": {
            revisions: [
              // 50 x (1 + 120/100) = 110
              { date: "2002-04-01", goal: { date: "2003-03-31", change: { percent: "120" } }, reason: "Raised" },
              { date: "2002-10-01", goal: { date: "2003-03-31", low: "70", high: "65" }, reason: "A band" },
            ],
          },
        },
      }),
      findings: [
        {
          messageId: "achievableBand",
          data: { label: "band revised on 2002-10-01", low: "70", high: "65" },
          message:
            'Target "t-svc" is not SMART (A, achievable): its band revised on 2002-10-01 runs from 70 down to 65; the low edge must not be above the high.',
        },
        {
          messageId: "achievablePercent",
          data: { label: "goal revised on 2002-04-01", value: "110" },
          message:
            'Target "t-svc" is not SMART (A, achievable): its goal revised on 2002-04-01 of 110% lies outside 0 to 100.',
        },
      ],
    },
    {
      name: "A: outside an indicator's own bounds, named as its range",
      framework: patched({
        indicators: { "pi-output": { min: "0", max: "1000" } },
        targets: { "t-corp-long": { goal: { date: "2004-03-31", value: "1200" }, stretch: { value: "-1" } } },
      }),
      findings: [
        {
          messageId: "achievableBounds",
          data: { label: "goal", value: "1200", range: "0 to 1000", indicator: "pi-output" },
          message:
            'Target "t-corp-long" is not SMART (A, achievable): its goal of 1200 lies outside 0 to 1000, the range of its indicator "pi-output".',
        },
        { messageId: "achievableBounds", data: { label: "stretch", value: "-1" } },
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
