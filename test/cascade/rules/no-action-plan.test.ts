import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  patched,
  UNIT_PLAN,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "an unowned objective is unowned-target's concern, not this rule's",
      framework: patched({ objectives: { "svc-obj": { owner: undefined, actions: undefined } } }),
    },
    {
      name: "a service objective delivered through contributing objectives",
      framework: patched({
        objectives: { "svc-obj": { actions: undefined } },
        add: {
          plans: [UNIT_PLAN],
          objectives: [
            {
              id: "unit-obj",
              plan: "unit",
              title: "Unit work",
              contributesTo: [{ objective: "svc-obj" }],
              actions: [{ title: "Work" }],
            },
          ],
        },
      }),
    },
    {
      name: "corporate objectives are delivered through service plans",
      framework: patched({ objectives: { "corp-obj": { contributesTo: undefined } } }),
    },
  ],
  invalid: [
    {
      name: "an owned service objective with no actions and no contributors",
      framework: patched({ objectives: { "svc-obj": { actions: undefined } } }),
      findings: [
        {
          severity: "warning",
          messageId: "noActions",
          subject: { kind: "objective", id: "svc-obj" },
          message:
            'Objective "svc-obj" (service level) says who will deliver it ("director") but not how: add the actions that will deliver it, or the objectives that contribute to it.',
        },
      ],
    },
    {
      name: "an empty action list is no plan",
      framework: patched({ objectives: { "svc-obj": { actions: [] } } }),
      findings: [{ subject: { kind: "objective", id: "svc-obj" } }],
    },
  ],
};

describe("rule no-action-plan", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("no-action-plan", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("no-action-plan", c);
    expect(found).toMatchObject(expectedFindings("no-action-plan", c));
    expect(wellWorded(found)).toBe(true);
  });
});
