import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("duplicate-id", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "the same id in two different kinds",
      framework: changed((f) => f.owners.push({ id: "top", name: "An owner called top", kind: "team" })),
    },
  ],
  invalid: [
    {
      name: "two objectives share an id",
      framework: changed((f) => f.objectives.push({ id: "top", plan: "cp", title: "Another top" })),
      findings: [
        {
          severity: "error",
          messageId: "duplicate",
          subject: { kind: "objective", id: "top" },
          data: { count: 2, kinds: "objectives", id: "top" },
        },
      ],
    },
    {
      name: "three owners and two targets",
      framework: changed((f) => {
        f.owners.push({ id: "lsp", name: "Again", kind: "team" }, { id: "lsp", name: "And again", kind: "team" });
        f.targets.push({ ...f.targets[0]! });
      }),
      findings: [
        {
          subject: { kind: "owner", id: "lsp" },
          message: '3 owners share the id "lsp": give each its own id, so that links to it are not ambiguous.',
        },
        { subject: { kind: "target", id: "t-top-long" }, data: { count: 2, kinds: "targets", id: "t-top-long" } },
      ],
    },
    {
      name: "plans, indicators and review cycles",
      framework: changed((f) => {
        f.plans.push({ ...f.plans[0]! });
        f.indicators.push({ ...f.indicators[0]! });
        f.reviewCycles!.push({ ...f.reviewCycles![0]! });
      }),
      findings: [
        { subject: { kind: "plan", id: "cp" } },
        { subject: { kind: "indicator", id: "pi-outcome" } },
        {
          subject: { kind: "reviewCycle", id: "rc-plans" },
          data: { count: 2, kinds: "review cycles", id: "rc-plans" },
        },
      ],
    },
  ],
});

describe("rule duplicate-id in the issue's rule table", () => {
  it("defaults to error", () => {
    expect(builtInRules.find((rule) => rule.id === "duplicate-id")?.meta.defaultSeverity).toBe("error");
  });
});
