import { describe, expect, it } from "vitest";
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
  ],
  invalid: [
    {
      name: "a quarterly review missed",
      framework: patched({
        targets: { "t-top-long": null, "t-top-short": null, "t-corp-long": null, "t-corp-short": null },
        add: { reviews: [{ cycle: "rc-targets", subject: "t-svc", date: "2001-06-30" }] },
      }),
      asOf: "2001-10-01",
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
        targets: { "t-top-long": null, "t-top-short": null, "t-corp-long": null, "t-corp-short": null },
        add: { reviews: [{ cycle: "rc-targets", subject: "t-svc", date: "2001-12-31" }] },
      }),
      asOf: "2001-07-02",
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
      asOf: "2001-07-21",
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
      asOf: "2001-10-02",
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
