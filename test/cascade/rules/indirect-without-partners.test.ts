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
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "an indirect link with partners",
      framework: patched({
        objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "indirect", partners: ["partner"] }] } },
      }),
    },
    {
      name: "a direct link needs none",
      framework: patched({ objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "direct" }] } } }),
    },
  ],
  invalid: [
    {
      name: "an indirect link with no partners",
      framework: patched({ objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "indirect" }] } } }),
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
      framework: patched({
        objectives: { "corp-obj": { contributesTo: [{ objective: "top", link: "indirect", partners: [] }] } },
      }),
      findings: [{ data: { from: "corp-obj", to: "top" } }],
    },
  ],
};

describe("rule indirect-without-partners", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("indirect-without-partners", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("indirect-without-partners", c);
    expect(found).toMatchObject(expectedFindings("indirect-without-partners", c));
    expect(wellWorded(found)).toBe(true);
  });
});
