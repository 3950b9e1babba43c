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
      name: "a corporate objective measured through a contributing objective's target",
      framework: patched({ targets: { "t-corp-long": null, "t-corp-short": null } }),
    },
    {
      name: "unit and individual objectives need no target",
      framework: patched({
        add: {
          plans: [UNIT_PLAN],
          objectives: [
            { id: "unit-obj", plan: "unit", title: "Unit objective", contributesTo: [{ objective: "svc-obj" }] },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a service objective with no target and no contributors",
      framework: patched({ targets: { "t-svc": null } }),
      findings: [
        {
          severity: "warning",
          messageId: "unmeasured",
          subject: { kind: "objective", id: "svc-obj" },
          message:
            'Objective "svc-obj" (service level) has no target, and nor does any objective contributing to it: set a SMART target so progress towards it can be measured.',
        },
      ],
    },
    {
      name: "a community objective whose contributors have no targets either",
      framework: patched({
        add: {
          objectives: [
            { id: "top-2", plan: "cp", title: "Second outcome" },
            { id: "corp-2", plan: "corp", title: "Unmeasured", contributesTo: [{ objective: "top-2" }] },
          ],
        },
      }),
      findings: [
        { subject: { kind: "objective", id: "corp-2" }, data: { objective: "corp-2", level: "corporate" } },
        { subject: { kind: "objective", id: "top-2" }, data: { objective: "top-2", level: "community" } },
      ],
    },
  ],
};

describe("rule objective-without-measure", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("objective-without-measure", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("objective-without-measure", c);
    expect(found).toMatchObject(expectedFindings("objective-without-measure", c));
    expect(wellWorded(found)).toBe(true);
  });
});
