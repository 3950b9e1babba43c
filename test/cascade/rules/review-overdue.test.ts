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

/** Removes every target but t-svc, so only its reviews are judged. */
const ONLY_T_SVC = { "t-top-long": null, "t-top-short": null, "t-corp-long": null, "t-corp-short": null };

/** Only t-svc, last reviewed 2001-03-31, so its quarterly report is due 2001-06-30; the cycle's grace set when given. */
function quarterEndingJune(graceDays?: number): Framework {
  return patched({
    targets: ONLY_T_SVC,
    ...(graceDays === undefined ? {} : { reviewCycles: { "rc-targets": { graceDays } } }),
    add: { reviews: [{ cycle: "rc-targets", subject: "t-svc", date: "2001-03-31" }] },
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
      // Due 2001-06-30 (a quarter after 2001-03-31); 42 days later is 2001-08-11, the grace's last day.
      asOf: "2001-08-11",
    },
    {
      name: "an eight-week committee cycle (graceDays 56)",
      framework: quarterEndingJune(56),
      // Due 2001-06-30; 56 days later is 2001-08-25.
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
          subject: { kind: "target", id: "t-svc" },
          data: { subject: 'Target "t-svc"', cycle: "rc-targets", last: "2001-03-31", due: "2001-06-30" },
        },
      ],
    },
    {
      name: "graceDays 0: overdue the day after the quarter ends",
      framework: quarterEndingJune(0),
      asOf: "2001-07-01",
      findings: [{ messageId: "overdue", subject: { kind: "target", id: "t-svc" }, data: { due: "2001-06-30" } }],
    },
    {
      name: "a quarterly review missed",
      framework: patched({
        targets: ONLY_T_SVC,
        add: { reviews: [{ cycle: "rc-targets", subject: "t-svc", date: "2001-06-30" }] },
      }),
      // Due 2001-09-30; six weeks' grace (42 days) runs to 2001-11-11: overdue from 2001-11-12.
      asOf: "2001-11-12",
      findings: [
        {
          severity: "warning",
          messageId: "overdue",
          subject: { kind: "target", id: "t-svc" },
          related: [{ kind: "reviewCycle", id: "rc-targets" }],
          data: { subject: 'Target "t-svc"', cycle: "rc-targets", last: "2001-06-30", due: "2001-09-30" },
          message:
            'Target "t-svc" was last reviewed by "rc-targets" on 2001-06-30; the next review was due by 2001-09-30: review it, so problems are found in time for corrective action.',
        },
      ],
    },
    {
      name: "never reviewed, due a quarter after the plan started; reviews after asOf do not count",
      framework: patched({
        targets: ONLY_T_SVC,
        add: { reviews: [{ cycle: "rc-targets", subject: "t-svc", date: "2001-12-31" }] },
      }),
      // Plan starts 2001-04-01: due 2001-07-01; 42 days' grace runs to 2001-08-12.
      asOf: "2001-08-13",
      findings: [
        {
          messageId: "never",
          subject: { kind: "target", id: "t-svc" },
          data: { subject: 'Target "t-svc"', cycle: "rc-targets", due: "2001-07-01" },
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
      // 2001-05-20 plus two months: due 2001-07-20; 42 days' grace runs to 2001-08-31.
      asOf: "2001-09-01",
      findings: [
        {
          messageId: "overdue",
          subject: { kind: "owner", id: "director" },
          data: { last: "2001-05-20", due: "2001-07-20" },
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
      // 2001-04-01 plus six months: due 2001-10-01; 42 days' grace runs to 2001-11-12.
      asOf: "2001-11-13",
      findings: [
        { messageId: "never", subject: { kind: "plan", id: "svc" }, data: { due: "2001-10-01" } },
        { messageId: "never", subject: { kind: "objective", id: "svc-obj" }, data: { due: "2001-10-01" } },
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
