import { describe, expect, it } from "vitest";
import { builtInRules, CascadeConfigError, checkCascade } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

function withTargets(count: number) {
  return changed((f) => {
    for (let i = 0; i < count; i += 1) {
      f.targets.push({
        id: `extra-${i}`,
        objective: "svc-obj",
        indicator: "pi-outcome",
        baseline: { date: "2001-03-31", value: "50" },
        goal: { date: "2003-03-31", value: "60" },
      });
    }
  });
}

testRule("too-many-indicators", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    { name: "exactly 12 targets on a plan", framework: withTargets(11) },
    { name: "20 targets with max 20", framework: withTargets(19), options: { max: 20 } },
  ],
  invalid: [
    {
      name: "13 targets on a plan",
      framework: withTargets(12),
      findings: [
        {
          severity: "warning",
          messageId: "tooMany",
          subject: { kind: "plan", id: "svc" },
          data: { plan: "svc", count: 13, max: 12 },
          message:
            'Plan "svc" carries 13 targets, more than 12: keep to a manageable number of key indicators critical to its priorities, not meaningless and excessive numbers of PIs.',
        },
      ],
    },
    {
      name: "3 targets with max 2",
      framework: withTargets(2),
      options: { max: 2 },
      findings: [{ data: { plan: "svc", count: 3, max: 2 } }],
    },
  ],
});

describe("too-many-indicators options", () => {
  it.each([[{ max: 0 }], [{ max: 1.5 }], [{ max: "12" }], [{ maximum: 3 }]])(
    "refuses %j, naming the rule",
    (options) => {
      expect(() => checkCascade(baseFramework(), { rules: { "too-many-indicators": ["warning", options] } })).toThrow(
        CascadeConfigError,
      );
      expect(() => checkCascade(baseFramework(), { rules: { "too-many-indicators": ["warning", options] } })).toThrow(
        /bad options for rule "too-many-indicators"/,
      );
    },
  );
});

describe("rule too-many-indicators in the issue's rule table", () => {
  it("defaults to warning", () => {
    expect(builtInRules.find((rule) => rule.id === "too-many-indicators")?.meta.defaultSeverity).toBe("warning");
  });
});
