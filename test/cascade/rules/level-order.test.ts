import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("level-order", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "skipping a level upward is allowed",
      framework: changed((f) => f.objectives[2]!.contributesTo!.push({ objective: "top" })),
    },
    {
      name: "a same-level link is lateral-link's business",
      framework: changed((f) =>
        f.objectives.push({ id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "svc-obj" }] }),
      ),
    },
    { name: "a plan without a parent", framework: changed((f) => delete f.plans[2]!.parent) },
  ],
  invalid: [
    {
      name: "a corporate objective contributing to a service one",
      framework: changed((f) => f.objectives[1]!.contributesTo!.push({ objective: "svc-obj" })),
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
      framework: changed((f) => {
        f.plans.push(
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
        );
        f.plans[1]!.parent = "unit-a";
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
});

describe("rule level-order in the issue's rule table", () => {
  it("defaults to error", () => {
    expect(builtInRules.find((rule) => rule.id === "level-order")?.meta.defaultSeverity).toBe("error");
  });
});
