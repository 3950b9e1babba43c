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
      name: "the same id in two different kinds",
      framework: patched({ add: { owners: [{ id: "top", name: "An owner called top", kind: "team" }] } }),
    },
    {
      name: "an action may share its id with an objective: actions are a kind of their own",
      framework: changed((f) => {
        byId(f.objectives, "svc-obj").actions = [
          { id: "top", title: "Named like the top objective", owner: "director" },
        ];
      }),
    },
    {
      name: "one indicator measured on two dates, and two indicators on one date",
      framework: patched({
        add: {
          measurements: [
            { indicator: "pi-outcome", date: "2001-06-30", value: "40" },
            { indicator: "pi-outcome", date: "2001-09-30", value: "41" },
            { indicator: "pi-output", date: "2001-06-30", value: "40" },
          ],
        },
      }),
    },
    {
      name: "one subject reviewed on two dates, and a plan and a target of one cycle on one date",
      framework: patched({
        add: {
          reviews: [
            { cycle: "rc-targets", subject: "t-top-long", date: "2001-07-31" },
            { cycle: "rc-targets", subject: "t-top-long", date: "2001-10-31" },
            { cycle: "rc-plans", subject: "cp", date: "2001-07-31" },
            { cycle: "rc-plans", subject: "svc", date: "2001-07-31" },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "one cycle's review of one subject recorded twice on one date: one meeting, its second outcome unread",
      framework: patched({
        add: {
          reviews: [
            { cycle: "rc-targets", subject: "t-top-long", date: "2001-07-31", outcome: "On track" },
            { cycle: "rc-targets", subject: "t-top-long", date: "2001-07-31", outcome: "Off track" },
          ],
        },
      }),
      findings: [
        {
          severity: "error",
          messageId: "duplicateReview",
          subject: { kind: "review", id: "rc-targets:t-top-long@2001-07-31" },
          data: { count: 2, subject: "t-top-long", cycle: "rc-targets", date: "2001-07-31" },
          message:
            '2 reviews of "t-top-long" by cycle "rc-targets" are recorded on 2001-07-31: keep one, as one meeting answers one period and only the first outcome is read.',
        },
      ],
    },
    {
      name: "two measurements of one indicator on one date: the figure judged would be a matter of document order",
      framework: patched({
        add: {
          measurements: [
            { indicator: "pi-outcome", date: "2001-06-30", value: "40" },
            { indicator: "pi-outcome", date: "2001-06-30", value: "99" },
            { indicator: "pi-outcome", date: "2001-06-30", value: "40" },
          ],
        },
      }),
      findings: [
        {
          severity: "error",
          messageId: "duplicateMeasurement",
          subject: { kind: "measurement", id: "pi-outcome@2001-06-30" },
          data: { count: 3, indicator: "pi-outcome", date: "2001-06-30" },
          message:
            '3 measurements of indicator "pi-outcome" share the date 2001-06-30: keep one, so that the figure judged is not a matter of document order.',
        },
      ],
    },
    {
      name: "two actions share an id within one objective",
      framework: changed((f) => {
        byId(f.objectives, "svc-obj").actions = [
          { id: "act-1", title: "First", owner: "director" },
          { id: "act-1", title: "Second", owner: "director" },
        ];
      }),
      findings: [
        {
          severity: "error",
          messageId: "duplicateAction",
          subject: { kind: "objective", id: "svc-obj" },
          data: { count: 2, id: "act-1", objectives: '"svc-obj"' },
          message:
            '2 actions share the id "act-1" in the action plans of "svc-obj": give each its own id, so that tracing it names one action.',
        },
      ],
    },
    {
      name: "two actions share an id across objectives: the finding names both",
      framework: changed((f) => {
        byId(f.objectives, "svc-obj").actions = [{ id: "act-1", title: "First", owner: "director" }];
        byId(f.objectives, "corp-obj").actions = [{ id: "act-1", title: "Second", owner: "director" }];
      }),
      findings: [
        {
          messageId: "duplicateAction",
          subject: { kind: "objective", id: "corp-obj" },
          related: [{ kind: "objective", id: "svc-obj" }],
          data: { count: 2, id: "act-1", objectives: '"corp-obj", "svc-obj"' },
        },
      ],
    },
    {
      name: "two objectives share an id",
      framework: patched({ add: { objectives: [{ id: "top", plan: "cp", title: "Another top" }] } }),
      findings: [
        {
          severity: "error",
          messageId: "duplicate",
          subject: { kind: "objective", id: "top" },
          data: { count: 2, kinds: "objectives", id: "top" },
        },
      ],
    },
    {
      name: "three owners and two targets",
      framework: changed((f) => {
        f.owners.push({ id: "lsp", name: "Again", kind: "team" }, { id: "lsp", name: "And again", kind: "team" });
        f.targets.push({ ...byId(f.targets, "t-top-long") });
      }),
      findings: [
        {
          subject: { kind: "owner", id: "lsp" },
          message: '3 owners share the id "lsp": give each its own id, so that links to it are not ambiguous.',
        },
        { subject: { kind: "target", id: "t-top-long" }, data: { count: 2, kinds: "targets", id: "t-top-long" } },
      ],
    },
    {
      name: "plans, indicators and review cycles",
      framework: changed((f) => {
        f.plans.push({ ...byId(f.plans, "cp") });
        f.indicators.push({ ...byId(f.indicators, "pi-outcome") });
        f.reviewCycles?.push({ ...byId(f.reviewCycles, "rc-plans") });
      }),
      findings: [
        { subject: { kind: "plan", id: "cp" } },
        { subject: { kind: "indicator", id: "pi-outcome" } },
        {
          subject: { kind: "reviewCycle", id: "rc-plans" },
          data: { count: 2, kinds: "review cycles", id: "rc-plans" },
        },
      ],
    },
  ],
};

describe("rule duplicate-id", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("duplicate-id", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("duplicate-id", c);
    expect(found).toMatchObject(expectedFindings("duplicate-id", c));
    expect(wellWorded(found)).toBe(true);
  });
});
