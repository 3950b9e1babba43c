import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  byId,
  changed,
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
      name: "skipping a level upward is allowed",
      framework: changed((f) => byId(f.objectives, "svc-obj").contributesTo?.push({ objective: "top" })),
    },
    {
      name: "a same-level link is lateral-link's business",
      framework: patched({
        add: { objectives: [{ id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "svc-obj" }] }] },
      }),
    },
    { name: "a plan without a parent", framework: patched({ plans: { svc: { parent: undefined } } }) },
  ],
  invalid: [
    {
      name: "a corporate objective contributing to a service one",
      framework: changed((f) => byId(f.objectives, "corp-obj").contributesTo?.push({ objective: "svc-obj" })),
      findings: [
        {
          severity: "error",
          messageId: "objective",
          subject: { kind: "objective", id: "corp-obj" },
          path: ["corp-obj", "svc-obj"],
          message:
            'Objective "corp-obj" (corporate level) contributes to "svc-obj" at the lower service level: contributions run upward, from individual work plans to the community plan.',
        },
      ],
    },
    {
      name: "a unit plan whose parent is a unit plan, a service plan whose parent is itself lower",
      framework: patched({
        plans: { corp: { parent: "unit-a" } },
        add: {
          plans: [
            {
              id: "unit-a",
              name: "Unit A",
              level: "unit",
              parent: "svc",
              period: { start: "2001-04-01", end: "2002-03-31" },
            },
            {
              id: "unit-b",
              name: "Unit B",
              level: "unit",
              parent: "unit-a",
              period: { start: "2001-04-01", end: "2002-03-31" },
            },
          ],
        },
      }),
      findings: [
        {
          messageId: "plan",
          subject: { kind: "plan", id: "corp" },
          path: ["corp", "unit-a"],
          data: { plan: "corp", level: "corporate", parent: "unit-a", parentLevel: "unit" },
        },
        { messageId: "plan", subject: { kind: "plan", id: "unit-b" }, path: ["unit-b", "unit-a"] },
      ],
    },
  ],
};

describe("rule level-order", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("level-order", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("level-order", c);
    expect(found).toMatchObject(expectedFindings("level-order", c));
    expect(wellWorded(found)).toBe(true);
  });
});
