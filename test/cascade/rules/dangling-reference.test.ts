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
      name: "a review of a subject of the cycle's kind, a cycle naming existing ids",
      framework: patched({
        add: {
          reviewCycles: [
            {
              id: "rc-owners",
              name: "Owners",
              frequency: "annual",
              appliesTo: { kind: "owner", ids: ["director"] },
              reviewer: "cabinet",
            },
          ],
          reviews: [{ cycle: "rc-owners", subject: "director", date: "2001-05-01" }],
        },
      }),
    },
    {
      name: "a review saying which of a plan and an objective of one id it answers",
      framework: patched({
        add: {
          objectives: [{ id: "svc", plan: "svc", title: "Housing service objective" }],
          reviewCycles: [{ id: "rc-all", name: "Annual review", frequency: "annual", appliesTo: {} }],
          reviews: [{ cycle: "rc-all", subject: "svc", subjectKind: "objective", date: "2002-04-01" }],
        },
      }),
    },
    {
      name: "a review of an id two kinds share, under a cycle that covers only one of them",
      framework: patched({
        add: {
          objectives: [{ id: "svc", plan: "svc", title: "Housing service objective" }],
          reviews: [{ cycle: "rc-plans", subject: "svc", date: "2002-04-01" }],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a target naming a missing objective",
      framework: patched({ targets: { "t-svc": { objective: "no-such-objective" } } }),
      findings: [
        {
          severity: "error",
          messageId: "missing",
          subject: { kind: "target", id: "t-svc" },
          path: ["t-svc", "no-such-objective"],
          message:
            'Target "t-svc" names objective "no-such-objective" in objective, but there is no objective with that id: correct the id or add the objective.',
        },
      ],
    },
    {
      name: "an objective naming a missing plan, owner, contribution, partner and action owner",
      framework: patched({
        objectives: {
          "svc-obj": {
            plan: "no-plan",
            owner: "no-owner",
            contributesTo: [{ objective: "no-objective", link: "indirect", partners: ["no-partner"] }],
            actions: [{ title: "Act", owner: "no-actor" }],
          },
        },
      }),
      findings: [
        {
          subject: { kind: "objective", id: "svc-obj" },
          data: { field: "contributesTo[0].objective", kind: "objective", id: "no-objective" },
        },
        {
          subject: { kind: "objective", id: "svc-obj" },
          data: { field: "actions[0].owner", kind: "owner", id: "no-actor" },
        },
        { subject: { kind: "objective", id: "svc-obj" }, data: { field: "owner", kind: "owner", id: "no-owner" } },
        {
          subject: { kind: "objective", id: "svc-obj" },
          data: { field: "contributesTo[0].partners[0]", kind: "owner", id: "no-partner" },
        },
        { subject: { kind: "objective", id: "svc-obj" }, data: { field: "plan", kind: "plan", id: "no-plan" } },
      ],
    },
    {
      name: "a plan's parent and owner, an owner's partOf",
      framework: patched({
        plans: { svc: { parent: "no-parent", owner: "no-owner" } },
        owners: { director: { partOf: "no-team" } },
      }),
      findings: [
        { subject: { kind: "owner", id: "director" }, data: { field: "partOf", id: "no-team" } },
        { subject: { kind: "plan", id: "svc" }, data: { field: "owner", id: "no-owner" } },
        { subject: { kind: "plan", id: "svc" }, data: { field: "parent", kind: "plan", id: "no-parent" } },
      ],
    },
    {
      name: "a target's indicator, owner and comparator",
      framework: patched({
        targets: { "t-top-long": { indicator: "no-pi", owner: "no-owner", comparator: { indicator: "no-regional" } } },
      }),
      findings: [
        { subject: { kind: "target", id: "t-top-long" }, data: { field: "indicator", id: "no-pi" } },
        { subject: { kind: "target", id: "t-top-long" }, data: { field: "comparator.indicator", id: "no-regional" } },
        { subject: { kind: "target", id: "t-top-long" }, data: { field: "owner", id: "no-owner" } },
      ],
    },
    {
      name: "a measurement's indicator, a cycle's reviewer and ids, a review's cycle and subject",
      framework: patched({
        reviewCycles: {
          "rc-plans": { reviewer: "no-reviewer" },
          "rc-targets": { appliesTo: { kind: "target", ids: ["t-svc", "no-target"] } },
        },
        add: {
          measurements: [{ indicator: "no-pi", date: "2001-06-30", value: "1" }],
          reviews: [{ cycle: "no-cycle", subject: "no-subject", date: "2001-05-01" }],
        },
      }),
      findings: [
        { subject: { kind: "measurement", id: "no-pi@2001-06-30" }, data: { field: "indicator", id: "no-pi" } },
        { subject: { kind: "reviewCycle", id: "rc-plans" }, data: { field: "reviewer", id: "no-reviewer" } },
        {
          subject: { kind: "reviewCycle", id: "rc-targets" },
          messageId: "missingSubject",
          data: { field: "appliesTo.ids[1]", kind: "target", id: "no-target" },
        },
        { subject: { kind: "review", id: "no-cycle:no-subject@2001-05-01" }, data: { field: "cycle", id: "no-cycle" } },
        {
          subject: { kind: "review", id: "no-cycle:no-subject@2001-05-01" },
          messageId: "missingSubject",
          data: { field: "subject", kind: "plan, objective, target or owner" },
        },
      ],
    },
    {
      name: "a review naming an entity of another kind than its cycle's",
      framework: patched({ add: { reviews: [{ cycle: "rc-targets", subject: "cp", date: "2001-05-01" }] } }),
      findings: [
        {
          subject: { kind: "review", id: "rc-targets:cp@2001-05-01" },
          messageId: "missingSubject",
          data: { kind: "target", id: "cp" },
        },
      ],
    },
    {
      name: "a review whose subject names a plan and an objective its cycle both covers, without subjectKind",
      framework: patched({
        add: {
          objectives: [{ id: "svc", plan: "svc", title: "Housing service objective" }],
          reviewCycles: [{ id: "rc-all", name: "Annual review", frequency: "annual", appliesTo: {} }],
          reviews: [{ cycle: "rc-all", subject: "svc", date: "2002-04-01" }],
        },
      }),
      findings: [
        {
          subject: { kind: "review", id: "rc-all:svc@2002-04-01" },
          messageId: "ambiguousSubject",
          data: { field: "subject", kind: "a plan and an objective", id: "svc" },
        },
      ],
    },
    {
      name: "a review whose subjectKind is not the kind its cycle reviews",
      framework: patched({
        add: { reviews: [{ cycle: "rc-targets", subject: "svc", subjectKind: "plan", date: "2001-05-01" }] },
      }),
      findings: [
        {
          subject: { kind: "review", id: "rc-targets:svc@2001-05-01" },
          messageId: "subjectOutsideCycle",
          data: { kind: "plan", cycleKind: "target" },
        },
      ],
    },
  ],
};

describe("rule dangling-reference", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("dangling-reference", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("dangling-reference", c);
    expect(found).toMatchObject(expectedFindings("dangling-reference", c));
    expect(wellWorded(found)).toBe(true);
  });
});
