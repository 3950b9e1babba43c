import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { actionArbitrary } from "../../arbitraries/actions.js";
import { dateArbitrary } from "../../arbitraries/framework.js";
import type { Action } from "../../../src/index.js";
import {
  BASE_AS_OF,
  baseFramework,
  patched,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

/** The base framework with the service objective's actions replaced. */
function withActions(...actions: Action[]): ReturnType<typeof baseFramework> {
  return patched({ objectives: { "svc-obj": { actions } } });
}

const WORK: Action = { title: "Do the work", owner: "director", due: "2001-12-31" };

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    { name: "without asOf, a past due date is not judged", framework: baseFramework() },
    { name: "an action due on asOf itself is not yet overdue", framework: baseFramework(), asOf: "2001-12-31" },
    {
      name: "an action marked done, with the date it was completed, is not overdue",
      framework: withActions({ ...WORK, status: "done", completed: "2001-12-20" }),
      asOf: "2002-01-15",
    },
    {
      name: "a completion date alone makes the action done from that date",
      framework: withActions({ ...WORK, completed: "2001-12-31" }),
      asOf: "2002-01-15",
    },
    {
      name: "an action completed after asOf is judged as the open action it was then: not yet due, so nothing",
      framework: withActions({ ...WORK, status: "done", completed: "2002-01-10" }),
      asOf: "2001-12-15",
    },
    {
      name: "a standing duty (ongoing) needs no due date: the receptionist tags every set of keys handed in",
      framework: withActions({ title: "Tag every set of keys handed in", owner: "director", ongoing: true }),
      asOf: "2002-01-15",
    },
    {
      name: "a done action without owner or date is not judged: nothing is left to plan",
      framework: withActions({ title: "Did the work", status: "done", completed: "2001-11-30" }),
      asOf: "2002-01-15",
    },
    { name: "an objective with no actions is left to no-action-plan", framework: withActions() },
    {
      name: "a target's corrective action with an owner and a date, not yet due",
      framework: patched({ targets: { "t-svc": { correctiveActions: [WORK] } } }),
      asOf: "2001-12-31",
    },
  ],
  invalid: [
    {
      name: "a target's corrective action: no owner, and (another) open past its date (critical success factor 6)",
      framework: patched({
        targets: {
          "t-svc": {
            correctiveActions: [
              { id: "ca-recruit", title: "Recruit two lettings officers", due: "2001-09-30" },
              { title: "Re-plan void inspections", owner: "director", due: "2001-10-31" },
              {
                title: "Clear the backlog",
                owner: "director",
                due: "2001-08-31",
                status: "done",
                completed: "2001-08-24",
              },
            ],
          },
        },
      }),
      asOf: "2001-11-01",
      findings: [
        {
          messageId: "correctiveNoOwner",
          subject: { kind: "target", id: "t-svc" },
          data: { target: "t-svc", action: "ca-recruit" },
          message:
            'Corrective action "ca-recruit" of target "t-svc" names no owner: say who will carry it out, so the action is SMART.',
        },
        {
          messageId: "correctiveOverdue",
          data: { target: "t-svc", action: "Re-plan void inspections", due: "2001-10-31", asOf: "2001-11-01" },
        },
        {
          messageId: "correctiveOverdue",
          data: { target: "t-svc", action: "ca-recruit", due: "2001-09-30", asOf: "2001-11-01" },
        },
      ],
    },
    {
      name: "a target's corrective action with no due date",
      framework: patched({
        targets: { "t-svc": { correctiveActions: [{ title: "Review the rota", owner: "director" }] } },
      }),
      findings: [{ messageId: "correctiveNoDue", subject: { kind: "target", id: "t-svc" } }],
    },
    {
      name: "a standing duty still names its owner",
      framework: withActions({ title: "Tag every set of keys handed in", ongoing: true }),
      asOf: "2002-01-15",
      findings: [{ messageId: "noOwner", subject: { kind: "objective", id: "svc-obj" } }],
    },
    {
      name: "an action with neither owner nor due date",
      framework: withActions({ title: "Do the work" }),
      findings: [
        {
          severity: "warning",
          messageId: "noDue",
          subject: { kind: "objective", id: "svc-obj" },
          data: { objective: "svc-obj", action: "Do the work" },
        },
        { messageId: "noOwner", subject: { kind: "objective", id: "svc-obj" } },
      ],
    },
    {
      // Due 2001-12-31, status open by default, checked on 2002-01-01: a day overdue.
      name: "an open action the day after its due date, named by its id",
      framework: withActions({ ...WORK, id: "act-work", status: "open" }),
      asOf: "2002-01-01",
      findings: [
        {
          messageId: "overdue",
          subject: { kind: "objective", id: "svc-obj" },
          data: { action: "act-work", due: "2001-12-31", asOf: "2002-01-01" },
        },
      ],
    },
    {
      // Stockton's re-let contractor action as it was before it recorded a completion date.
      name: "a corrective action marked done with no completion date asks for the date, whatever asOf",
      framework: patched({
        targets: {
          "t-svc": {
            correctiveActions: [
              {
                id: "ca-relet-contractor",
                title: "Agree a ten-day turnaround",
                owner: "director",
                due: "2001-09-30",
                status: "done",
              },
            ],
          },
        },
      }),
      asOf: "2001-07-15",
      findings: [
        {
          messageId: "correctiveNoCompleted",
          subject: { kind: "target", id: "t-svc" },
          data: { target: "t-svc", action: "ca-relet-contractor" },
          message:
            'Corrective action "ca-relet-contractor" of target "t-svc" is marked done but records no completion date: record when it was completed, so members can see when the target was brought back on track.',
        },
      ],
    },
    {
      name: "an action plan step marked done with no completion date, checked without asOf",
      framework: withActions({ title: "Did the work", status: "done" }),
      findings: [
        {
          messageId: "noCompleted",
          subject: { kind: "objective", id: "svc-obj" },
          data: { objective: "svc-obj", action: "Did the work" },
        },
      ],
    },
    {
      // Due 2001-12-31, completed 2002-01-10: on 2002-01-05 it was not done, and past its date.
      name: "an action completed after asOf was overdue at asOf, though it is marked done now",
      framework: withActions({ ...WORK, id: "act-work", status: "done", completed: "2002-01-10" }),
      asOf: "2002-01-05",
      findings: [{ messageId: "overdue", data: { action: "act-work", due: "2001-12-31", asOf: "2002-01-05" } }],
    },
    {
      name: "an overdue action without an owner gives both findings",
      framework: withActions({ title: "Do the work", due: "2001-12-31" }),
      asOf: "2002-01-15",
      findings: [{ messageId: "noOwner" }, { messageId: "overdue" }],
    },
  ],
};

describe("rule action-plan-smart", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("action-plan-smart", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("action-plan-smart", c);
    expect(found).toMatchObject(expectedFindings("action-plan-smart", c));
    expect(wellWorded(found)).toBe(true);
  });

  it("gives each finding exactly the data its message needs: a date and asOf only for an overdue action", () => {
    const late = { id: "a-late", title: "Late, unowned", due: "2001-09-30" };
    const found = ruleFindings("action-plan-smart", {
      name: "late and unowned",
      framework: patched({
        objectives: { "svc-obj": { actions: [late] } },
        targets: { "t-svc": { correctiveActions: [late] } },
      }),
      asOf: "2001-11-01",
    });
    expect(found.map((finding) => [finding.messageId, finding.data])).toEqual([
      ["noOwner", { objective: "svc-obj", action: "a-late" }],
      ["overdue", { objective: "svc-obj", action: "a-late", due: "2001-09-30", asOf: "2001-11-01" }],
      ["correctiveNoOwner", { target: "t-svc", action: "a-late" }],
      ["correctiveOverdue", { target: "t-svc", action: "a-late", due: "2001-09-30", asOf: "2001-11-01" }],
    ]);
  });

  it("judges an action completed after asOf as the open action it was, and one completed by asOf not at all (property)", () => {
    fc.assert(
      fc.property(actionArbitrary, dateArbitrary, (action, asOf) => {
        const found = ruleFindings("action-plan-smart", { name: "generated", framework: withActions(action), asOf });
        const ids = found.map((finding) => finding.messageId);
        if (action.completed !== undefined && action.completed <= asOf) expect(ids).toEqual([]);
        else if (action.completed === undefined && action.status === "done") expect(ids).toEqual(["noCompleted"]);
        else {
          // Not done at asOf: overdue exactly when due before it (a standing duty never is).
          const overdue = action.ongoing !== true && action.due !== undefined && action.due < asOf;
          expect(ids.includes("overdue")).toBe(overdue);
          expect(ids.includes("noCompleted")).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
