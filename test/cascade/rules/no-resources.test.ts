import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("no-resources", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    { name: "only service plans need budgets", framework: changed((f) => delete f.plans[1]!.budget) },
  ],
  invalid: [
    {
      name: "a service plan without a budget",
      framework: changed((f) => delete f.plans[2]!.budget),
      findings: [
        {
          severity: "info",
          messageId: "noBudget",
          subject: { kind: "plan", id: "svc" },
          message:
            'Service plan "svc" has no budget: identify the resources it requires, so service and financial planning are integrated.',
        },
      ],
    },
  ],
});

describe("rule no-resources in the issue's rule table", () => {
  it("defaults to info", () => {
    expect(builtInRules.find((rule) => rule.id === "no-resources")?.meta.defaultSeverity).toBe("info");
  });
});
