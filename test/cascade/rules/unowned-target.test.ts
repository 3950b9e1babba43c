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
    {
      name: "the base framework: targets inherit their objectives' owners",
      framework: baseFramework(),
      asOf: BASE_AS_OF,
    },
    {
      name: "a target inherits its plan's owner when its objective has none",
      framework: patched({ objectives: { "svc-obj": { owner: undefined } } }),
    },
    {
      name: "a target owned in its own right",
      framework: patched({
        objectives: { "svc-obj": { owner: undefined } },
        plans: { svc: { owner: undefined } },
        targets: { "t-svc": { owner: "director" } },
      }),
    },
  ],
  invalid: [
    {
      name: "no owner on the target, its objective or its plan",
      framework: patched({ objectives: { "svc-obj": { owner: undefined } }, plans: { svc: { owner: undefined } } }),
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
      framework: patched({ targets: { "t-svc": { objective: "missing" } } }),
      findings: [{ subject: { kind: "target", id: "t-svc" } }],
    },
  ],
};

describe("rule unowned-target", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("unowned-target", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("unowned-target", c);
    expect(found).toMatchObject(expectedFindings("unowned-target", c));
    expect(wellWorded(found)).toBe(true);
  });
});
