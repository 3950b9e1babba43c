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
    { name: "only service plans need budgets", framework: patched({ plans: { corp: { budget: undefined } } }) },
  ],
  invalid: [
    {
      name: "a service plan without a budget",
      framework: patched({ plans: { svc: { budget: undefined } } }),
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
};

describe("rule no-resources", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("no-resources", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("no-resources", c);
    expect(found).toMatchObject(expectedFindings("no-resources", c));
    expect(wellWorded(found)).toBe(true);
  });
});
