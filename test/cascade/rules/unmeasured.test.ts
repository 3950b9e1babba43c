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
  valid: [
    { name: "the base framework, before any figure is due", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "without asOf the rule does not run",
      framework: patched({ indicators: { "pi-outcome": { frequency: "monthly" } } }),
    },
    {
      name: "a figure recorded after the baseline",
      framework: patched({
        targets: { "t-top-long": null, "t-corp-long": null, "t-svc": null },
        add: { measurements: [{ indicator: "pi-cost", date: "2001-06-30", value: "98" }] },
      }),
      asOf: "2001-07-15",
    },
  ],
  invalid: [
    {
      name: "a quarterly figure due and missing; measurements on the baseline or after asOf do not count",
      framework: patched({
        targets: { "t-top-long": null, "t-corp-long": null, "t-corp-short": null, "t-svc": null },
        add: {
          measurements: [
            { indicator: "pi-cost", date: "2001-03-31", value: "100" },
            { indicator: "pi-cost", date: "2001-08-31", value: "97" },
          ],
        },
      }),
      // The quarter to 30 June is due six weeks (the default 42 days) later: by 11 August.
      asOf: "2001-08-15",
      findings: [
        {
          severity: "info",
          messageId: "unmeasured",
          subject: { kind: "target", id: "t-top-short" },
          related: [{ kind: "indicator", id: "pi-cost" }],
          message:
            'Target "t-top-short" has no measurement of "pi-cost" since its baseline on 2001-03-31, although its quarterly figure was due by 2001-08-11: record it, so progress can be monitored.',
        },
      ],
    },
  ],
};

describe("rule unmeasured", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("unmeasured", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("unmeasured", c);
    expect(found).toMatchObject(expectedFindings("unmeasured", c));
    expect(wellWorded(found)).toBe(true);
  });
});
