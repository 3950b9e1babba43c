import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("objective-without-measure", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a corporate objective measured through a contributing objective's target",
      framework: changed((f) => (f.targets = f.targets.filter((t) => t.objective !== "corp-obj"))),
    },
    {
      name: "unit and individual objectives need no target",
      framework: changed((f) => {
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
          title: "Unit objective",
          contributesTo: [{ objective: "svc-obj" }],
        });
      }),
    },
  ],
  invalid: [
    {
      name: "a service objective with no target and no contributors",
      framework: changed((f) => (f.targets = f.targets.filter((t) => t.objective !== "svc-obj"))),
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
      framework: changed((f) => {
        f.objectives.push({ id: "top-2", plan: "cp", title: "Second outcome" });
        f.objectives.push({ id: "corp-2", plan: "corp", title: "Unmeasured", contributesTo: [{ objective: "top-2" }] });
      }),
      findings: [
        { subject: { kind: "objective", id: "corp-2" }, data: { objective: "corp-2", level: "corporate" } },
        { subject: { kind: "objective", id: "top-2" }, data: { objective: "top-2", level: "community" } },
      ],
    },
  ],
});

describe("rule objective-without-measure in the issue's rule table", () => {
  it("defaults to warning", () => {
    expect(builtInRules.find((rule) => rule.id === "objective-without-measure")?.meta.defaultSeverity).toBe("warning");
  });
});
