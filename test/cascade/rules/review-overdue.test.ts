import { describe, expect, it } from "vitest";
import type { Framework } from "../../../src/index.js";
import {
  BASE_AS_OF,
  baseFramework,
  changed,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

/**
 * Removes every target but t-top-short (a quarterly indicator, in a plan from 2001-04-01, goal
 * 2002-03-31), so only its reviews are judged.
 */
const ONLY_T_SHORT = { "t-top-long": null, "t-svc": null, "t-corp-long": null, "t-corp-short": null };

/**
 * Only t-top-short, last reviewed 2001-03-31 (before its plan starts), so its report on the quarter
 * to 2001-06-30 is owed; the cycle's grace set when given.
 */
function quarterEndingJune(graceDays?: number): Framework {
  return patched({
    targets: ONLY_T_SHORT,
    ...(graceDays === undefined ? {} : { reviewCycles: { "rc-targets": { graceDays } } }),
    add: { reviews: [{ cycle: "rc-targets", subject: "t-top-short", date: "2001-03-31" }] },
  });
}

const cases: RuleCases = {
  valid: [
    { name: "the base framework, before any review is due", framework: baseFramework(), asOf: BASE_AS_OF },
    { name: "without asOf the rule does not run", framework: baseFramework() },
    {
      name: "quarterly reviews kept up",
      framework: changed((f) => {
        for (const t of f.targets) f.reviews?.push({ cycle: "rc-targets", subject: t.id, date: "2001-06-30" });
      }),
      asOf: "2001-09-30",
    },
    {
      name: "a plan that ended before the review fell due",
      framework: patched({
        replace: { targets: [] },
        plans: {
          cp: null,
          corp: null,
          svc: { parent: undefined, period: { start: "2001-04-01", end: "2002-03-31" } },
        },
        add: { reviews: [{ cycle: "rc-plans", subject: "svc", date: "2001-06-01" }] },
      }),
      asOf: "2003-01-01",
    },
    {
      name: "within six weeks' grace: the quarter ending 30 June is not overdue on 11 August",
      framework: quarterEndingJune(),
      // The quarter ends 2001-06-30; 42 days later is 2001-08-11, its deadline.
      asOf: "2001-08-11",
    },
    {
      name: "an eight-week committee cycle (graceDays 56)",
      framework: quarterEndingJune(56),
      // The quarter ends 2001-06-30; 56 days later is 2001-08-25.
      asOf: "2001-08-25",
    },
  ],
  invalid: [
    {
      name: "the quarter ending 30 June, overdue on 12 August, the day after six weeks' grace",
      framework: quarterEndingJune(),
      asOf: "2001-08-12",
      findings: [
        {
          messageId: "overdue",
          subject: { kind: "target", id: "t-top-short" },
          data: {
            subject: 'Target "t-top-short"',
            cycle: "rc-targets",
            last: "2001-03-31",
            start: "2001-04-01",
            end: "2001-06-30",
            due: "2001-08-11",
          },
        },
      ],
    },
    {
      name: "graceDays 0: overdue the day after the quarter ends",
      framework: quarterEndingJune(0),
      asOf: "2001-07-01",
      findings: [{ messageId: "overdue", subject: { kind: "target", id: "t-top-short" }, data: { due: "2001-06-30" } }],
    },
    {
      name: "a quarterly review missed",
      framework: patched({
        targets: ONLY_T_SHORT,
        add: { reviews: [{ cycle: "rc-targets", subject: "t-top-short", date: "2001-06-30" }] },
      }),
      // The quarter to 2001-09-30 is owed, due by 2001-11-11 (42 days): overdue from 2001-11-12.
      asOf: "2001-11-12",
      findings: [
        {
          severity: "warning",
          messageId: "overdue",
          subject: { kind: "target", id: "t-top-short" },
          related: [{ kind: "reviewCycle", id: "rc-targets" }],
          data: {
            subject: 'Target "t-top-short"',
            cycle: "rc-targets",
            last: "2001-06-30",
            start: "2001-07-01",
            end: "2001-09-30",
            due: "2001-11-11",
          },
          message:
            'Target "t-top-short" was last reviewed by "rc-targets" on 2001-06-30; its review of 2001-07-01 to 2001-09-30 was due by 2001-11-11: review it, so problems are found in time for corrective action.',
        },
      ],
    },
    {
      name: "the year-end review of a target ending on 31 March is chased like any other",
      framework: patched({
        targets: ONLY_T_SHORT,
        // Only the target cycle: the plans' annual reviews fall due on the same day.
        reviewCycles: { "rc-plans": null },
        add: {
          reviews: ["2001-07-31", "2001-10-31", "2002-01-31"].map((date) => ({
            cycle: "rc-targets",
            subject: "t-top-short",
            date,
          })),
        },
      }),
      // The goal date is 2002-03-31; the quarter to it is due by 2002-05-12.
      asOf: "2002-05-13",
      findings: [
        {
          messageId: "overdue",
          subject: { kind: "target", id: "t-top-short" },
          data: { last: "2002-01-31", start: "2002-01-01", end: "2002-03-31", due: "2002-05-12" },
        },
      ],
    },
    {
      name: "never reviewed, the first quarter owed; reviews after asOf do not count",
      framework: patched({
        targets: ONLY_T_SHORT,
        add: { reviews: [{ cycle: "rc-targets", subject: "t-top-short", date: "2001-12-31" }] },
      }),
      // The quarter to 2001-06-30, due by 2001-08-11.
      asOf: "2001-08-13",
      findings: [
        {
          messageId: "never",
          subject: { kind: "target", id: "t-top-short" },
          data: {
            subject: 'Target "t-top-short"',
            cycle: "rc-targets",
            start: "2001-04-01",
            end: "2001-06-30",
            due: "2001-08-11",
          },
        },
      ],
    },
    {
      name: "an owner reviewed by a cycle of owners, due from the earliest plan's start",
      framework: patched({
        replace: {
          targets: [],
          reviewCycles: [
            {
              id: "rc-directors",
              name: "Directors",
              frequency: { everyMonths: 2 },
              appliesTo: { kind: "owner", ids: ["director"] },
            },
          ],
          reviews: [{ cycle: "rc-directors", subject: "director", date: "2001-05-20" }],
        },
      }),
      // Two-month periods from 1 April: 20 May answers the period to 31 May; the one to 31 July is
      // owed, due by 11 September (42 days).
      asOf: "2001-09-12",
      findings: [
        {
          messageId: "overdue",
          subject: { kind: "owner", id: "director" },
          data: { last: "2001-05-20", start: "2001-06-01", end: "2001-07-31", due: "2001-09-11" },
        },
      ],
    },
    {
      name: "a level-scoped cycle covers only that level's plans",
      framework: patched({
        replace: {
          targets: [],
          reviewCycles: [
            {
              id: "rc-services",
              name: "Departmental appraisal",
              frequency: "half-yearly",
              appliesTo: { level: "service" },
            },
          ],
        },
      }),
      // The half-year to 2001-09-30, due by 2001-11-11 (42 days).
      asOf: "2001-11-12",
      findings: [
        { messageId: "never", subject: { kind: "plan", id: "svc" }, data: { due: "2001-11-11" } },
        { messageId: "never", subject: { kind: "objective", id: "svc-obj" }, data: { due: "2001-11-11" } },
      ],
    },
  ],
};

describe("rule review-overdue", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("review-overdue", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("review-overdue", c);
    expect(found).toMatchObject(expectedFindings("review-overdue", c));
    expect(wellWorded(found)).toBe(true);
  });
});
