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

describe("rule deadline-after-parent, parents taken in order of their latest due date", () => {
  /** svc-obj under four parents (one linked twice, one without targets), with targets due at four dates. */
  const framework = (reversed: boolean) => {
    const links = [
      { objective: "corp-obj" },
      { objective: "corp-b" },
      { objective: "corp-none" },
      { objective: "top" },
      { objective: "corp-b" },
    ];
    const target = (id: string, date: string) => ({
      id,
      objective: "svc-obj",
      indicator: "pi-outcome",
      baseline: { date: "2001-03-31", value: "50" },
      goal: { date, value: "60" },
    });
    return patched({
      objectives: { "svc-obj": { contributesTo: reversed ? [...links].reverse() : links } },
      add: {
        objectives: [
          { id: "corp-b", plan: "corp", title: "B", contributesTo: [{ objective: "top" }] },
          { id: "corp-none", plan: "corp", title: "None", contributesTo: [{ objective: "top" }] },
        ],
        targets: [
          { ...target("t-b", "2002-09-30"), objective: "corp-b" },
          target("t-on-b", "2002-09-30"),
          target("t-mid", "2004-06-30"),
          target("t-last", "2005-06-30"),
        ],
      },
    });
  };

  it.each([false, true])(
    "reports each target against exactly the parents it is late for, whatever the link order (reversed: %s)",
    (reversed) => {
      const found = ruleFindings("deadline-after-parent", { name: "", framework: framework(reversed) }).map(
        (finding) => [finding.subject.id, finding.data.parent, finding.data.parentDue],
      );
      // corp-b's latest is 2002-09-30, corp-obj's 2004-03-31, top's 2005-03-31; corp-none sets no deadline,
      // and a target due on a parent's latest date (t-on-b) is not late for it.
      expect(found).toEqual([
        ["t-last", "corp-b", "2002-09-30"],
        ["t-last", "corp-obj", "2004-03-31"],
        ["t-last", "top", "2005-03-31"],
        ["t-mid", "corp-b", "2002-09-30"],
        ["t-mid", "corp-obj", "2004-03-31"],
        ["t-svc", "corp-b", "2002-09-30"],
      ]);
    },
  );
});
