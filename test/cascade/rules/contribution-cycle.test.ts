import { describe, expect, it } from "vitest";
import { builtInRules } from "../../../src/index.js";
import { BASE_AS_OF, baseFramework, changed, testRule } from "../harness.js";

testRule("contribution-cycle", {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a diamond: two paths to the same objective are not a loop",
      framework: changed((f) => {
        f.objectives.push({
          id: "svc-two",
          plan: "svc",
          title: "Second",
          contributesTo: [{ objective: "corp-obj" }, { objective: "top" }],
        });
        f.objectives[2]!.contributesTo!.push({ objective: "top" });
      }),
    },
  ],
  invalid: [
    {
      name: "a back edge from the top to the bottom",
      framework: changed((f) => (f.objectives[0]!.contributesTo = [{ objective: "svc-obj" }])),
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
      framework: changed((f) => f.objectives[1]!.contributesTo!.push({ objective: "corp-obj" })),
      findings: [{ subject: { kind: "objective", id: "corp-obj" }, path: ["corp-obj", "corp-obj"] }],
    },
    {
      name: "two separate loops give two findings",
      framework: changed((f) => {
        f.objectives.push(
          { id: "a", plan: "svc", title: "A", contributesTo: [{ objective: "b" }] },
          { id: "b", plan: "svc", title: "B", contributesTo: [{ objective: "a" }] },
          { id: "x", plan: "svc", title: "X", contributesTo: [{ objective: "z" }] },
          { id: "y", plan: "svc", title: "Y", contributesTo: [{ objective: "x" }] },
          { id: "z", plan: "svc", title: "Z", contributesTo: [{ objective: "y" }] },
        );
      }),
      findings: [
        { subject: { kind: "objective", id: "a" }, path: ["a", "b", "a"] },
        { subject: { kind: "objective", id: "x" }, path: ["x", "z", "y", "x"] },
      ],
    },
    {
      name: "a loop with a chord reports the shortest cycle through its first objective",
      framework: changed((f) => {
        f.objectives.push(
          { id: "p", plan: "svc", title: "P", contributesTo: [{ objective: "q" }] },
          { id: "q", plan: "svc", title: "Q", contributesTo: [{ objective: "r" }, { objective: "p" }] },
          { id: "r", plan: "svc", title: "R", contributesTo: [{ objective: "p" }] },
        );
      }),
      findings: [{ subject: { kind: "objective", id: "p" }, path: ["p", "q", "p"] }],
    },
  ],
});

describe("rule contribution-cycle in the issue's rule table", () => {
  it("defaults to error", () => {
    expect(builtInRules.find((rule) => rule.id === "contribution-cycle")?.meta.defaultSeverity).toBe("error");
  });
});
