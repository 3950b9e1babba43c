import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  byId,
  changed,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a self-link is contribution-cycle's business",
      framework: changed((f) => byId(f.objectives, "svc-obj").contributesTo?.push({ objective: "svc-obj" })),
    },
  ],
  invalid: [
    {
      name: "a service objective contributing to another service objective",
      framework: patched({
        add: { objectives: [{ id: "s2", plan: "svc", title: "S2", contributesTo: [{ objective: "svc-obj" }] }] },
      }),
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
};

describe("rule lateral-link", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("lateral-link", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("lateral-link", c);
    expect(found).toMatchObject(expectedFindings("lateral-link", c));
    expect(wellWorded(found)).toBe(true);
  });
});
