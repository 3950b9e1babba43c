import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("no-action-plan", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "an unowned objective is unowned-target's concern, not this rule's",
      framework: changed((f) => {
        delete f.objectives[2]!.owner;
        delete f.objectives[2]!.actions;
      }),
    },
    {
      name: "a service objective delivered through contributing objectives",
      framework: changed((f) => {
        delete f.objectives[2]!.actions;
        f.plans.push({
          id: "unit",
          name: "Unit",
          level: "unit",
          parent: "svc",
          period: { start: "2001-04-01", end: "2002-03-31" },
        });
        f.objectives.push({
          id: "unit-obj",
          plan: "unit",
          title: "Unit work",
          contributesTo: [{ objective: "svc-obj" }],
          actions: [{ title: "Work" }],
        });
      }),
    },
    {
      name: "corporate objectives are delivered through service plans",
      framework: changed((f) => delete f.objectives[1]!.contributesTo),
    },
  ],
  invalid: [
    {
      name: "an owned service objective with no actions and no contributors",
      framework: changed((f) => delete f.objectives[2]!.actions),
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
      framework: changed((f) => (f.objectives[2]!.actions = [])),
      findings: [{ subject: { kind: "objective", id: "svc-obj" } }],
    },
  ],
});

describe("rule no-action-plan in the issue's rule table", () => {
  it("defaults to warning", () => {
    expect(builtInRules.find((rule) => rule.id === "no-action-plan")?.meta.defaultSeverity).toBe("warning");
  });
});
