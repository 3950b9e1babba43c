import type { Action, Id } from "../../model/index.js";
import { actionStateAt } from "../../model/actionState.js";
import { defineRule } from "../defineRule.js";

/** The tests an action can fail. */
type ActionTest = "noOwner" | "noDue" | "overdue" | "noCompleted";

/** The message ids of an objective's action plan and of a target's corrective actions, by test. */
const PLANNED = { noOwner: "noOwner", noDue: "noDue", overdue: "overdue", noCompleted: "noCompleted" } as const;
const CORRECTIVE = {
  noOwner: "correctiveNoOwner",
  noDue: "correctiveNoDue",
  overdue: "correctiveOverdue",
  noCompleted: "correctiveNoCompleted",
} as const;

/** The lists of tests an action can fail, made once: a million failing actions allocate none. */
const NO_COMPLETED: readonly ActionTest[] = ["noCompleted"];
const NO_OWNER: readonly ActionTest[] = ["noOwner"];
const NO_DUE: readonly ActionTest[] = ["noDue"];
const OVERDUE: readonly ActionTest[] = ["overdue"];
const NO_OWNER_NO_DUE: readonly ActionTest[] = ["noOwner", "noDue"];
const NO_OWNER_OVERDUE: readonly ActionTest[] = ["noOwner", "overdue"];

/**
 * The tests an action fails, or `undefined` for none (the common case, which allocates nothing):
 * marked done with no completion date; or, not done at `asOf` (a completion date after it is not
 * done yet), no owner; and, unless it is a standing duty (`ongoing`, done whenever it arises), no
 * due date or, with `asOf`, a due date passed. An action done by `asOf` is not judged further.
 */
function failureOf(action: Action, asOf: string | undefined): readonly ActionTest[] | undefined {
  const state = actionStateAt(action, asOf);
  if (state === "done") return undefined;
  if (state === "done-undated") return NO_COMPLETED;
  const noOwner = action.owner === undefined;
  const late =
    action.ongoing === true
      ? undefined
      : action.due === undefined
        ? "noDue"
        : state === "overdue"
          ? "overdue"
          : undefined;
  if (!noOwner && late === undefined) return undefined;
  if (noOwner) return late === undefined ? NO_OWNER : late === "noDue" ? NO_OWNER_NO_DUE : NO_OWNER_OVERDUE;
  return late === "noDue" ? NO_DUE : OVERDUE;
}

/**
 * `action-plan-smart`: an action of an objective's action plan, or a target's corrective action, is
 * not SMART (seed 5.4.5): it names no owner or no due date; or, with `asOf`, it is overdue (due before
 * `asOf` and not done by then); or it is marked `done` with no `completed` date, so no report can
 * say since when. An action completed on or before `asOf` (or, without `asOf`, at all) is not
 * judged further; one completed after `asOf` was still open then, and is judged as open.
 *
 * @category Cascade rules
 * @example
 * import { actionPlanSmart } from "performance-management/cascade";
 * actionPlanSmart.meta.seedRef //=> "5.4.5"
 */
export const actionPlanSmart = defineRule({
  id: "action-plan-smart",
  meta: {
    description:
      "An action, or a target's corrective action, names no owner or no due date, or (with asOf) is past its due date and not done, or is marked done with no completion date.",
    defaultSeverity: "warning",
    seedRef: "5.4.5",
    messages: {
      noOwner:
        'Action "{{action}}" of objective "{{objective}}" names no owner: say who will carry it out, so the action plan is SMART.',
      noDue:
        'Action "{{action}}" of objective "{{objective}}" has no due date: say when it will be done, so progress on the action plan can be reviewed.',
      overdue:
        'Action "{{action}}" of objective "{{objective}}" was due by {{due}} and is not marked done as of {{asOf}}: complete it, re-plan it, or mark it done.',
      noCompleted:
        'Action "{{action}}" of objective "{{objective}}" is marked done but records no completion date: record when it was completed, so a report as of an earlier date can tell whether it was done by then.',
      correctiveNoOwner:
        'Corrective action "{{action}}" of target "{{target}}" names no owner: say who will carry it out, so the action is SMART.',
      correctiveNoDue:
        'Corrective action "{{action}}" of target "{{target}}" has no due date: say when it will be done, so members can see the target brought back on track.',
      correctiveOverdue:
        'Corrective action "{{action}}" of target "{{target}}" was due by {{due}} and is not marked done as of {{asOf}}: complete it, re-plan it, or mark it done.',
      correctiveNoCompleted:
        'Corrective action "{{action}}" of target "{{target}}" is marked done but records no completion date: record when it was completed, so members can see when the target was brought back on track.',
    },
    docs: "docs/rules/action-plan-smart.md",
  },
  check(context) {
    const { index, asOf } = context;
    type Ids = typeof PLANNED | typeof CORRECTIVE;
    /** The finding for a failing action, made only when one fails. */
    const report = (
      messageId: Ids[keyof Ids],
      kind: "objective" | "target",
      id: Id,
      failing: Action,
      due?: string,
    ): void => {
      const action = failing.id ?? failing.title;
      // Each shape one object literal: the keys in the order the findings have always had.
      const data: Record<string, string> =
        due !== undefined && asOf !== undefined
          ? kind === "objective"
            ? { objective: id, action, due, asOf }
            : { target: id, action, due, asOf }
          : kind === "objective"
            ? { objective: id, action }
            : { target: id, action };
      context.report({ messageId, subject: { kind, id }, data });
    };
    // One pass over the objectives' actions, one over the targets' corrective actions (critical
    // success factor 6), each a plain loop: a million objectives with SMART actions make nothing.
    for (const objective of index.objectives.values()) {
      const actions = objective.actions;
      if (actions === undefined) continue;
      for (const action of actions) {
        const failure = failureOf(action, asOf);
        if (failure !== undefined)
          for (const test of failure)
            report(PLANNED[test], "objective", objective.id, action, test === "overdue" ? action.due : undefined);
      }
    }
    for (const target of index.targets.values()) {
      const actions = target.correctiveActions;
      if (actions === undefined) continue;
      for (const action of actions) {
        const failure = failureOf(action, asOf);
        if (failure !== undefined)
          for (const test of failure)
            report(CORRECTIVE[test], "target", target.id, action, test === "overdue" ? action.due : undefined);
      }
    }
  },
});
