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

const idle = {
  id: "pi-idle",
  title: "Defined and forgotten",
  unit: "%",
  polarity: "higher-is-better",
  measure: "outcome",
  frequency: "annual",
} as const;

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "an indicator measured but without a target (a data-only indicator) is in use",
      framework: patched({
        add: { indicators: [idle], measurements: [{ indicator: "pi-idle", date: "2001-06-30", value: "5" }] },
      }),
    },
    {
      name: "an indicator that serves only as a target's comparator is in use",
      framework: patched({
        add: { indicators: [idle] },
        targets: { "t-svc": { comparator: { indicator: "pi-idle" } } },
      }),
    },
  ],
  invalid: [
    {
      name: "an indicator with neither a target nor a measurement",
      framework: patched({ add: { indicators: [idle] } }),
      findings: [
        {
          severity: "info",
          messageId: "idle",
          subject: { kind: "indicator", id: "pi-idle" },
          message:
            'Indicator "pi-idle" has no target and no measurement: set a target on it, start measuring it, or drop it rather than keep an indicator nobody uses.',
        },
      ],
    },
  ],
};

describe("rule idle-indicator", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("idle-indicator", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("idle-indicator", c);
    expect(found).toMatchObject(expectedFindings("idle-indicator", c));
    expect(wellWorded(found)).toBe(true);
  });
});
