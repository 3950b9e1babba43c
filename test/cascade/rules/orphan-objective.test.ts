import { describe, expect, it } from "vitest";
import {
  BASE_AS_OF,
  baseFramework,
  byId,
  changed,
  NO_COMMUNITY_STRATEGY,
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
      name: "a community objective needs no link",
      framework: patched({ add: { objectives: [{ id: "top-2", plan: "cp", title: "Another outcome" }] } }),
    },
    {
      name: "one good link among dangling ones is enough",
      framework: changed((f) => byId(f.objectives, "svc-obj").contributesTo?.push({ objective: "no-such-objective" })),
    },
    {
      name: "a council with no community strategy yet: its corporate objective is at the apex and the service objective reaches it (3.4.1.2)",
      framework: patched(NO_COMMUNITY_STRATEGY),
    },
    {
      name: "an apex set explicitly at corporate level: a corporate objective needs no link, and above it a community one neither",
      framework: { ...patched({ objectives: { "corp-obj": { contributesTo: undefined } } }), apexLevel: "corporate" },
    },
    {
      name: "an objective whose plan does not exist is left to dangling-reference",
      framework: patched({ add: { objectives: [{ id: "lost", plan: "no-plan", title: "Lost" }] } }),
    },
  ],
  invalid: [
    {
      name: "a service objective linked to nothing",
      framework: patched({ objectives: { "svc-obj": { contributesTo: undefined } } }),
      findings: [
        {
          severity: "error",
          messageId: "unlinked",
          subject: { kind: "objective", id: "svc-obj" },
          path: ["svc-obj"],
          message:
            'Objective "svc-obj" (service level) contributes to nothing: link it to the higher objective it serves, so that its chain reaches the community plan.',
        },
      ],
    },
    {
      name: "a cut link orphans everything below it",
      framework: patched({ objectives: { "corp-obj": { contributesTo: undefined } } }),
      findings: [
        { messageId: "unlinked", subject: { kind: "objective", id: "corp-obj" }, path: ["corp-obj"] },
        {
          messageId: "broken",
          subject: { kind: "objective", id: "svc-obj" },
          path: ["svc-obj", "corp-obj"],
          data: { objective: "svc-obj", level: "service", stop: "corp-obj" },
        },
      ],
    },
    {
      name: "a chain leading into a loop stops at the loop's first objective, whatever the order of the input",
      framework: patched({
        add: {
          objectives: [
            { id: "z-entry", plan: "svc", title: "Z", contributesTo: [{ objective: "m" }] },
            { id: "n", plan: "corp", title: "N", contributesTo: [{ objective: "m" }] },
            { id: "m", plan: "corp", title: "M", contributesTo: [{ objective: "n" }] },
          ],
        },
      }),
      findings: [
        { messageId: "loop", subject: { kind: "objective", id: "m" }, data: { stop: "m" } },
        { messageId: "loop", subject: { kind: "objective", id: "n" }, data: { stop: "m" } },
        {
          messageId: "loop",
          subject: { kind: "objective", id: "z-entry" },
          path: ["z-entry", "m"],
          data: { stop: "m" },
        },
      ],
    },
    {
      name: "links only to objectives that do not exist",
      framework: patched({
        objectives: { "svc-obj": { contributesTo: [{ objective: "zz-missing" }, { objective: "aa-missing" }] } },
      }),
      findings: [
        { messageId: "dangling", subject: { kind: "objective", id: "svc-obj" }, path: ["svc-obj", "aa-missing"] },
      ],
    },
    {
      name: "a loop that never reaches the community plan",
      framework: patched({
        add: {
          objectives: [
            { id: "a", plan: "svc", title: "A", contributesTo: [{ objective: "b" }] },
            { id: "b", plan: "corp", title: "B", contributesTo: [{ objective: "a" }] },
          ],
        },
      }),
      findings: [
        { messageId: "loop", subject: { kind: "objective", id: "a" }, path: ["a", "b"], data: { stop: "a" } },
        { messageId: "loop", subject: { kind: "objective", id: "b" }, path: ["b", "a"], data: { stop: "a" } },
      ],
    },
    {
      name: "an orphan below a corporate apex is judged against the corporate plan (3.4.1.2)",
      framework: patched({
        ...NO_COMMUNITY_STRATEGY,
        objectives: { ...NO_COMMUNITY_STRATEGY.objectives, "svc-obj": { contributesTo: undefined } },
      }),
      findings: [
        {
          messageId: "unlinked",
          subject: { kind: "objective", id: "svc-obj" },
          data: { objective: "svc-obj", level: "service", apex: "corporate" },
          message:
            'Objective "svc-obj" (service level) contributes to nothing: link it to the higher objective it serves, so that its chain reaches the corporate plan.',
        },
      ],
    },
    {
      name: "an apex set explicitly above every plan present: a framework of service plans alone must still reach it",
      framework: {
        ...patched({
          replace: {
            plans: [
              { id: "svc", name: "Service plan", level: "service", period: { start: "2001-04-01", end: "2004-03-31" } },
            ],
          },
          objectives: { top: null, "corp-obj": null, "svc-obj": { contributesTo: undefined } },
          targets: { "t-top-long": null, "t-top-short": null, "t-corp-long": null, "t-corp-short": null },
        }),
        apexLevel: "corporate",
      },
      findings: [{ messageId: "unlinked", subject: { kind: "objective", id: "svc-obj" }, data: { apex: "corporate" } }],
    },
  ],
};

describe("rule orphan-objective", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("orphan-objective", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("orphan-objective", c);
    expect(found).toMatchObject(expectedFindings("orphan-objective", c));
    expect(wellWorded(found)).toBe(true);
  });
});
