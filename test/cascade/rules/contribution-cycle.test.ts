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
      name: "a diamond: two paths to the same objective are not a loop",
      framework: patched({
        objectives: {
          "svc-obj": {
            contributesTo: [{ objective: "corp-obj", soThat: "the corporate objective is met" }, { objective: "top" }],
          },
        },
        add: {
          objectives: [
            {
              id: "svc-two",
              plan: "svc",
              title: "Second",
              contributesTo: [{ objective: "corp-obj" }, { objective: "top" }],
            },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a back edge from the top to the bottom",
      framework: patched({ objectives: { top: { contributesTo: [{ objective: "svc-obj" }] } } }),
      findings: [
        {
          severity: "error",
          messageId: "cycle",
          subject: { kind: "objective", id: "corp-obj" },
          path: ["corp-obj", "top", "svc-obj", "corp-obj"],
          related: [
            { kind: "objective", id: "svc-obj" },
            { kind: "objective", id: "top" },
          ],
          message:
            'Objectives contribute to each other in a loop: "corp-obj" → "top" → "svc-obj" → "corp-obj". A chain of contributions must lead up to the community plan: remove or redirect one of these links.',
        },
      ],
    },
    {
      name: "an objective contributing to itself",
      framework: patched({
        objectives: { "corp-obj": { contributesTo: [{ objective: "top" }, { objective: "corp-obj" }] } },
      }),
      findings: [{ subject: { kind: "objective", id: "corp-obj" }, path: ["corp-obj", "corp-obj"] }],
    },
    {
      name: "two separate loops give two findings",
      framework: patched({
        add: {
          objectives: [
            { id: "a", plan: "svc", title: "A", contributesTo: [{ objective: "b" }] },
            { id: "b", plan: "svc", title: "B", contributesTo: [{ objective: "a" }] },
            { id: "x", plan: "svc", title: "X", contributesTo: [{ objective: "z" }] },
            { id: "y", plan: "svc", title: "Y", contributesTo: [{ objective: "x" }] },
            { id: "z", plan: "svc", title: "Z", contributesTo: [{ objective: "y" }] },
          ],
        },
      }),
      findings: [
        { subject: { kind: "objective", id: "a" }, path: ["a", "b", "a"] },
        { subject: { kind: "objective", id: "x" }, path: ["x", "z", "y", "x"] },
      ],
    },
    {
      name: "a loop with a chord reports the shortest cycle through its first objective",
      framework: patched({
        add: {
          objectives: [
            { id: "p", plan: "svc", title: "P", contributesTo: [{ objective: "q" }] },
            { id: "q", plan: "svc", title: "Q", contributesTo: [{ objective: "r" }, { objective: "p" }] },
            { id: "r", plan: "svc", title: "R", contributesTo: [{ objective: "p" }] },
          ],
        },
      }),
      findings: [{ subject: { kind: "objective", id: "p" }, path: ["p", "q", "p"] }],
    },
  ],
};

describe("rule contribution-cycle", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("contribution-cycle", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("contribution-cycle", c);
    expect(found).toMatchObject(expectedFindings("contribution-cycle", c));
    expect(wellWorded(found)).toBe(true);
  });
});
