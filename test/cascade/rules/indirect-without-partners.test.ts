import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("indirect-without-partners", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "an indirect link with partners",
      framework: changed(
        (f) => (f.objectives[1]!.contributesTo = [{ objective: "top", link: "indirect", partners: ["partner"] }]),
      ),
    },
    {
      name: "a direct link needs none",
      framework: changed((f) => (f.objectives[1]!.contributesTo = [{ objective: "top", link: "direct" }])),
    },
  ],
  invalid: [
    {
      name: "an indirect link with no partners",
      framework: changed((f) => (f.objectives[1]!.contributesTo = [{ objective: "top", link: "indirect" }])),
      findings: [
        {
          severity: "warning",
          messageId: "noPartners",
          subject: { kind: "objective", id: "corp-obj" },
          path: ["corp-obj", "top"],
        },
      ],
    },
    {
      name: "an empty partner list",
      framework: changed(
        (f) => (f.objectives[1]!.contributesTo = [{ objective: "top", link: "indirect", partners: [] }]),
      ),
      findings: [{ data: { from: "corp-obj", to: "top" } }],
    },
  ],
});

describe("rule indirect-without-partners in the issue's rule table", () => {
  it("defaults to warning", () => {
    expect(builtInRules.find((rule) => rule.id === "indirect-without-partners")?.meta.defaultSeverity).toBe("warning");
  });
});
