import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("lateral-link", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a self-link is contribution-cycle's business",
      framework: changed((f) => f.objectives[2]!.contributesTo!.push({ objective: "svc-obj" })),
    },
  ],
  invalid: [
    {
      name: "a service objective contributing to another service objective",
      framework: changed((f) =>
        f.objectives.push({ id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "svc-obj" }] }),
      ),
      findings: [
        {
          severity: "warning",
          messageId: "lateral",
          subject: { kind: "objective", id: "s2" },
          path: ["s2", "svc-obj"],
          data: { from: "s2", to: "svc-obj", level: "service" },
        },
      ],
    },
  ],
});

describe("rule lateral-link in the issue's rule table", () => {
  it("defaults to warning", () => {
    expect(builtInRules.find((rule) => rule.id === "lateral-link")?.meta.defaultSeverity).toBe("warning");
  });
});
