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
  valid: [{ name: "the base framework measures both", framework: baseFramework(), asOf: BASE_AS_OF }],
  invalid: [
    {
      name: "no employee measure",
      framework: patched({ indicators: { "pi-cost": { perspective: undefined } } }),
      findings: [
        {
          severity: "info",
          messageId: "missing",
          subject: { kind: "framework", id: "base" },
          data: { perspective: "employee" },
          message:
            "No target measures the employee perspective: measures should reflect employee and partner perspectives as well as those of customers and management.",
        },
      ],
    },
    {
      name: "an indicator with the perspective but no target on it does not count",
      framework: patched({ targets: { "t-corp-long": null } }),
      findings: [{ data: { perspective: "partner" } }],
    },
  ],
};

describe("rule missing-perspective", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("missing-perspective", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("missing-perspective", c);
    expect(found).toMatchObject(expectedFindings("missing-perspective", c));
    expect(wellWorded(found)).toBe(true);
  });
});
