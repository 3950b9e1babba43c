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
      name: "due on the same day as the parent's latest target",
      framework: patched({ targets: { "t-svc": { goal: { date: "2004-03-31", value: "60" } } } }),
    },
    {
      name: "a parent with no targets sets no deadline",
      framework: patched({
        targets: { "t-corp-long": null, "t-corp-short": null, "t-svc": { goal: { date: "2004-03-31", value: "60" } } },
      }),
    },
  ],
  invalid: [
    {
      name: "a service target due after every corporate target",
      framework: patched({
        plans: { svc: { period: { start: "2001-04-01", end: "2005-03-31" } } },
        targets: { "t-svc": { goal: { date: "2004-06-30", value: "60" } } },
      }),
      findings: [
        {
          severity: "warning",
          messageId: "late",
          subject: { kind: "target", id: "t-svc" },
          path: ["t-svc", "svc-obj", "corp-obj"],
          data: { target: "t-svc", due: "2004-06-30", parent: "corp-obj", parentDue: "2004-03-31" },
        },
      ],
    },
    {
      name: "a parent linked twice (and a link to itself and to no objective) is compared once",
      framework: patched({
        plans: { svc: { period: { start: "2001-04-01", end: "2005-03-31" } } },
        objectives: {
          "svc-obj": {
            contributesTo: [
              { objective: "corp-obj" },
              { objective: "svc-obj" },
              { objective: "no-such-objective" },
              { objective: "corp-obj", link: "indirect", partners: ["police"] },
            ],
          },
        },
        targets: { "t-svc": { goal: { date: "2004-06-30", value: "60" } } },
      }),
      findings: [
        {
          severity: "warning",
          messageId: "late",
          subject: { kind: "target", id: "t-svc" },
          path: ["t-svc", "svc-obj", "corp-obj"],
          data: { target: "t-svc", due: "2004-06-30", parent: "corp-obj", parentDue: "2004-03-31" },
        },
      ],
    },
  ],
};

describe("rule deadline-after-parent", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("deadline-after-parent", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("deadline-after-parent", c);
    expect(found).toMatchObject(expectedFindings("deadline-after-parent", c));
    expect(wellWorded(found)).toBe(true);
  });
});
