import type { Action } from "../../model/index.js";
import type { FindingSubject } from "../types.js";
import { defineRule } from "../defineRule.js";

/**
 * `action-plan-smart`: an action of an objective's action plan, or a target's corrective action, is
 * not SMART (seed 5.4.5): it names no owner or no due date; or, with `asOf`, it is overdue (due before
 * `asOf` and not `done`). Actions whose `status` is `done` are not judged.
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
      "An action, or a target's corrective action, names no owner or no due date, or (with asOf) is past its due date and not done.",
    defaultSeverity: "warning",
    seedRef: "5.4.5",
    messages: {
      noOwner:
        'Action "{{action}}" of objective "{{objective}}" names no owner: say who will carry it out, so the action plan is SMART.',
      noDue:
        'Action "{{action}}" of objective "{{objective}}" has no due date: say when it will be done, so progress on the action plan can be reviewed.',
      overdue:
        'Action "{{action}}" of objective "{{objective}}" was due by {{due}} and is not marked done as of {{asOf}}: complete it, re-plan it, or mark it done.',
      correctiveNoOwner:
        'Corrective action "{{action}}" of target "{{target}}" names no owner: say who will carry it out, so the action is SMART.',
      correctiveNoDue:
        'Corrective action "{{action}}" of target "{{target}}" has no due date: say when it will be done, so members can see the target brought back on track.',
      correctiveOverdue:
        'Corrective action "{{action}}" of target "{{target}}" was due by {{due}} and is not marked done as of {{asOf}}: complete it, re-plan it, or mark it done.',
    },
    docs: "docs/rules/action-plan-smart.md",
  },
  check(context) {
    const { index, asOf } = context;
    /** Each failing test of each action not done, with the message ids of the list it is on. */
    function judge(
      actions: readonly Action[] | undefined,
      subject: FindingSubject,
      owner: Readonly<Record<string, string>>,
      ids: {
        readonly noOwner: "noOwner" | "correctiveNoOwner";
        readonly noDue: "noDue" | "correctiveNoDue";
        readonly overdue: "overdue" | "correctiveOverdue";
      },
    ): void {
      for (const action of actions ?? []) {
        if (action.status === "done") continue;
        const data = { ...owner, action: action.id ?? action.title };
        if (action.owner === undefined) context.report({ messageId: ids.noOwner, subject, data });
        // A standing duty (`ongoing`) is done whenever it arises: it has no date to be done by.
        if (action.ongoing === true) continue;
        if (action.due === undefined) context.report({ messageId: ids.noDue, subject, data });
        else if (asOf !== undefined && action.due < asOf)
          context.report({ messageId: ids.overdue, subject, data: { ...data, due: action.due, asOf } });
      }
    }
    const planned = { noOwner: "noOwner", noDue: "noDue", overdue: "overdue" } as const;
    for (const objective of index.objectives.values())
      judge(objective.actions, { kind: "objective", id: objective.id }, { objective: objective.id }, planned);
    // A target's corrective actions (critical success factor 6) are held to the same tests.
    const corrective = {
      noOwner: "correctiveNoOwner",
      noDue: "correctiveNoDue",
      overdue: "correctiveOverdue",
    } as const;
    for (const target of index.targets.values())
      judge(target.correctiveActions, { kind: "target", id: target.id }, { target: target.id }, corrective);
  },
});
