import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  NO_COMMUNITY_STRATEGY,
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
      name: "a council with no community strategy yet: its corporate plan is the apex (3.4.1.2)",
      framework: patched(NO_COMMUNITY_STRATEGY),
    },
    {
      name: "an apex set explicitly at corporate level: the corporate plan needs no parent, nor the community plan above it",
      framework: { ...patched({ plans: { corp: { parent: undefined } } }), apexLevel: "corporate" },
    },
    {
      name: "two community plans side by side are both at the apex",
      framework: patched({
        add: {
          plans: [
            { id: "cp-2", name: "Second", level: "community", period: { start: "2001-04-01", end: "2005-03-31" } },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a service plan that names no parent",
      framework: patched({ plans: { svc: { parent: undefined } } }),
      findings: [
        {
          severity: "warning",
          messageId: "noParent",
          subject: { kind: "plan", id: "svc" },
          data: { plan: "svc", level: "service", apex: "community" },
          message:
            'Plan "svc" (service level) names no parent plan, though the framework\'s apex is at community level: say which plan it feeds into, as service plans feed into the community plan and unit plans aggregate into service plans.',
        },
      ],
    },
    {
      name: "a unit plan that names no parent",
      framework: patched({ add: { plans: [{ ...UNIT_PLAN, parent: undefined }] } }),
      findings: [{ subject: { kind: "plan", id: "unit" }, data: { level: "unit" } }],
    },
    {
      name: "an apex set explicitly above every plan present: the service plan must name its parent",
      framework: {
        ...patched({ plans: { cp: null, corp: null, svc: { parent: undefined } } }),
        apexLevel: "corporate",
      },
      findings: [{ subject: { kind: "plan", id: "svc" }, data: { level: "service", apex: "corporate" } }],
    },
  ],
};

describe("rule plan-without-parent", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("plan-without-parent", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("plan-without-parent", c);
    expect(found).toMatchObject(expectedFindings("plan-without-parent", c));
    expect(wellWorded(found)).toBe(true);
  });
});
