import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("unowned-target", {
  valid: [
    {
      name: "the base framework: targets inherit their objectives' owners",
      framework: baseFramework(),
      asOf: BASE_AS_OF,
    },
    {
      name: "a target inherits its plan's owner when its objective has none",
      framework: changed((f) => delete f.objectives[2]!.owner),
    },
    {
      name: "a target owned in its own right",
      framework: changed((f) => {
        delete f.objectives[2]!.owner;
        delete f.plans[2]!.owner;
        f.targets[4]!.owner = "director";
      }),
    },
  ],
  invalid: [
    {
      name: "no owner on the target, its objective or its plan",
      framework: changed((f) => {
        delete f.objectives[2]!.owner;
        delete f.plans[2]!.owner;
      }),
      findings: [
        {
          severity: "error",
          messageId: "unowned",
          subject: { kind: "target", id: "t-svc" },
          message:
            "Target \"t-svc\" has no owner, neither its own nor its objective's or plan's: every target must be owned, by an individual or collectively by a team, with specific responsibility for delivering it.",
        },
      ],
    },
    {
      name: "a target whose objective does not exist",
      framework: changed((f) => (f.targets[4]!.objective = "missing")),
      findings: [{ subject: { kind: "target", id: "t-svc" } }],
    },
  ],
});

describe("rule unowned-target in the issue's rule table", () => {
  it("defaults to error", () => {
    expect(builtInRules.find((rule) => rule.id === "unowned-target")?.meta.defaultSeverity).toBe("error");
  });
});
