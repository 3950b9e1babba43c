import { describe, expect, it } from "vitest";
import { CascadeConfigError, type Framework, checkCascade, tooManyIndicators } from "../../../src/index.js";
import {
  BASE_AS_OF,
  baseFramework,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

/** The base framework with `count` more targets on the service objective, on a local or a statutory national indicator. */
function withTargets(count: number, indicator = "pi-outcome"): Framework {
  return patched({
    add: {
      indicators: [
        {
          id: "pi-national",
          title: "A statutory Best Value indicator",
          source: "national",
          unit: "%",
          polarity: "higher-is-better",
          measure: "outcome",
          frequency: "annual",
        },
      ],
      targets: Array.from({ length: count }, (_, i) => ({
        id: `extra-${i}`,
        objective: "svc-obj",
        indicator,
        baseline: { date: "2001-03-31", value: "50" },
        goal: { date: "2003-03-31", value: "60" },
      })),
    },
  });
}

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    { name: "exactly 12 targets on a plan", framework: withTargets(11) },
    { name: "20 targets with max 20", framework: withTargets(19), options: { max: 20 } },
    {
      name: "1 local and 19 statutory national targets: national ones do not count",
      framework: withTargets(19, "pi-national"),
    },
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
            'Plan "svc" carries 13 targets besides statutory national indicators, more than 12: keep to a manageable number of key indicators critical to its priorities, not meaningless and excessive numbers of PIs.',
        },
      ],
    },
    {
      name: "3 targets with max 2",
      framework: withTargets(2),
      options: { max: 2 },
      findings: [{ data: { plan: "svc", count: 3, max: 2 } }],
    },
    {
      name: "national targets counted when countNational is set",
      framework: withTargets(19, "pi-national"),
      options: { countNational: true },
      findings: [{ data: { plan: "svc", count: 20, max: 12, national: "" } }],
    },
  ],
};

describe("rule too-many-indicators", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("too-many-indicators", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("too-many-indicators", c);
    expect(found).toMatchObject(expectedFindings("too-many-indicators", c));
    expect(wellWorded(found)).toBe(true);
  });
});

describe("too-many-indicators options", () => {
  it.each([[{ max: 0 }], [{ max: 1.5 }], [{ max: "12" }], [{ maximum: 3 }], [{ countNational: "yes" }]])(
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

  it.each([
    [{ max: 0 }, 'bad options for rule "too-many-indicators": max: must be a whole number, 1 or more; got 0'],
    [{ max: 1.5 }, "max: must be a whole number, 1 or more; got 1.5"],
    [{ max: "12" }, 'max: must be a whole number, 1 or more; got "12"'],
    [{ countNational: "yes" }, 'countNational: must be true or false; got "yes"'],
    [{ maximum: 3 }, "maximum: is not an option of this rule; its options are max, countNational"],
    [JSON.parse('{"__proto__": 1}') as object, "__proto__: is not an option of this rule"],
  ])("says what is wrong with %j", (options, message) => {
    expect(() => checkCascade(baseFramework(), { rules: { "too-many-indicators": ["warning", options] } })).toThrow(
      message,
    );
  });

  it("its options' check gives a copy of good options, and names a missing one", () => {
    expect(tooManyIndicators.meta.options?.schema.safeParse({ max: 3, countNational: true })).toEqual({
      success: true,
      data: { max: 3, countNational: true },
    });
    expect(tooManyIndicators.meta.options?.schema.safeParse({ max: 3 })).toEqual({
      success: false,
      error: { issues: [{ path: ["countNational"], message: "is missing: must be true or false; got undefined" }] },
    });
  });
});
