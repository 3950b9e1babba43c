import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("missing-perspective", {
  valid: [{ name: "the base framework measures both", framework: baseFramework(), asOf: BASE_AS_OF }],
  invalid: [
    {
      name: "no employee measure",
      framework: changed((f) => delete f.indicators[1]!.perspective),
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
      framework: changed((f) => (f.targets = f.targets.filter((t) => t.indicator !== "pi-output"))),
      findings: [{ data: { perspective: "partner" } }],
    },
  ],
});

describe("rule missing-perspective in the issue's rule table", () => {
  it("defaults to info", () => {
    expect(builtInRules.find((rule) => rule.id === "missing-perspective")?.meta.defaultSeverity).toBe("info");
  });
});
