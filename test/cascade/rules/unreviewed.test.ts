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
      name: "a cycle with no scope covers everything",
      framework: patched({
        replace: { reviewCycles: [{ id: "rc-all", name: "All", frequency: "annual", appliesTo: {} }] },
      }),
    },
  ],
  invalid: [
    {
      name: "no cycles at all",
      framework: patched({ replace: { reviewCycles: [] } }),
      findings: [
        { messageId: "plan", subject: { kind: "plan", id: "corp" } },
        { messageId: "plan", subject: { kind: "plan", id: "cp" } },
        { messageId: "plan", subject: { kind: "plan", id: "svc" } },
        { messageId: "target", subject: { kind: "target", id: "t-corp-long" } },
        { messageId: "target", subject: { kind: "target", id: "t-corp-short" } },
        { messageId: "target", subject: { kind: "target", id: "t-svc" } },
        { messageId: "target", subject: { kind: "target", id: "t-top-long" } },
        { messageId: "target", subject: { kind: "target", id: "t-top-short" } },
      ],
    },
    {
      name: "cycles narrowed by level and by ids",
      framework: patched({
        replace: {
          reviewCycles: [
            {
              id: "rc-cp",
              name: "Community plan report",
              frequency: "annual",
              appliesTo: { kind: "plan", level: "community" },
            },
            {
              id: "rc-some",
              name: "Some targets",
              frequency: "quarterly",
              appliesTo: { kind: "target", ids: ["t-top-long", "t-top-short", "t-corp-long", "t-corp-short"] },
            },
          ],
        },
      }),
      findings: [
        {
          severity: "warning",
          subject: { kind: "plan", id: "corp" },
          message:
            'Plan "corp" is covered by no review cycle: review plans on a cycle, so they do not sit on the shelf.',
        },
        { subject: { kind: "plan", id: "svc" } },
        { subject: { kind: "target", id: "t-svc" } },
      ],
    },
  ],
};

describe("rule unreviewed", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("unreviewed", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("unreviewed", c);
    expect(found).toMatchObject(expectedFindings("unreviewed", c));
    expect(wellWorded(found)).toBe(true);
  });
});
