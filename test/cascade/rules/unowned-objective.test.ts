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
      name: "an objective without an owner of its own inherits its plan's",
      framework: patched({ objectives: { "corp-obj": { owner: undefined } } }),
    },
    {
      name: "an unowned objective in an unowned plan with actions says how it will be delivered",
      framework: patched({ plans: { svc: { owner: undefined } }, objectives: { "svc-obj": { owner: undefined } } }),
    },
  ],
  invalid: [
    {
      name: "an objective with no owner, an unowned plan and no actions",
      framework: patched({
        plans: { svc: { owner: undefined } },
        objectives: { "svc-obj": { owner: undefined, actions: undefined } },
      }),
      findings: [
        {
          severity: "warning",
          messageId: "unowned",
          subject: { kind: "objective", id: "svc-obj" },
          message:
            'Objective "svc-obj" has no owner (nor has its plan) and no actions: name who is accountable for it, or the actions and their owners that will deliver it.',
        },
      ],
    },
    {
      name: "an empty action list is no actions",
      framework: patched({
        plans: { svc: { owner: undefined } },
        objectives: { "svc-obj": { owner: undefined, actions: [] } },
      }),
      findings: [{ subject: { kind: "objective", id: "svc-obj" } }],
    },
  ],
};

describe("rule unowned-objective", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("unowned-objective", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("unowned-objective", c);
    expect(found).toMatchObject(expectedFindings("unowned-objective", c));
    expect(wellWorded(found)).toBe(true);
  });
});
