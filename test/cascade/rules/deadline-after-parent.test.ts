import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("deadline-after-parent", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "due on the same day as the parent's latest target",
      framework: changed((f) => (f.targets[4]!.goal.date = "2004-03-31")),
    },
    {
      name: "a parent with no targets sets no deadline",
      framework: changed((f) => {
        f.targets = f.targets.filter((t) => t.objective !== "corp-obj");
        f.targets[2]!.goal.date = "2004-03-31";
      }),
    },
  ],
  invalid: [
    {
      name: "a service target due after every corporate target",
      framework: changed((f) => {
        f.plans[2]!.period.end = "2005-03-31";
        f.targets[4]!.goal.date = "2004-06-30";
      }),
      findings: [
        {
          severity: "warning",
          messageId: "late",
          subject: { kind: "target", id: "t-svc" },
          path: ["t-svc", "svc-obj", "corp-obj"],
          data: { target: "t-svc", due: "2004-06-30", parent: "corp-obj", parentDue: "2004-03-31" },
        },
      ],
    },
  ],
});

describe("rule deadline-after-parent in the issue's rule table", () => {
  it("defaults to warning", () => {
    expect(builtInRules.find((rule) => rule.id === "deadline-after-parent")?.meta.defaultSeverity).toBe("warning");
  });
});
