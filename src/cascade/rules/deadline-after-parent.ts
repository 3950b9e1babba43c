import { defineRule } from "../defineRule.js";
import { latest } from "./util.js";

/**
 * `deadline-after-parent`: a target's goal date falls after every goal date of the objective its
 * objective contributes to.
 *
 * @category Cascade rules
 * @example
 * import { deadlineAfterParent } from "performance-management/cascade";
 * deadlineAfterParent.id //=> "deadline-after-parent"
 */
export const deadlineAfterParent = defineRule({
  id: "deadline-after-parent",
  meta: {
    description: "A target's goal date falls after every goal date of the objective it contributes to.",
    defaultSeverity: "warning",
    seedRef: "5.3.5.4",
    messages: {
      late: 'Target "{{target}}" is due {{due}}, after every target of "{{parent}}", the objective it contributes to (the latest is due {{parentDue}}): a contributing target should be met in time to help its parent\'s.',
    },
    docs: "docs/rules/deadline-after-parent.md",
  },
  check(context) {
    const { index } = context;
    const latestDue = new Map<string, string | undefined>();
    const latestOf = (objectiveId: string): string | undefined => {
      if (!latestDue.has(objectiveId))
        latestDue.set(objectiveId, latest((index.targetsByObjective.get(objectiveId) ?? []).map((t) => t.goal.date)));
      return latestDue.get(objectiveId);
    };
    for (const target of index.targets.values()) {
      const objective = index.objectives.get(target.objective);
      if (objective === undefined) continue;
      const links = objective.contributesTo ?? [];
      for (let k = 0; k < links.length; k += 1) {
        const parent = (links[k] as { objective: string }).objective;
        // Each parent once, however many times the objective links to it.
        if (
          parent === objective.id ||
          links.findIndex((link) => link.objective === parent) !== k ||
          !index.objectives.has(parent)
        )
          continue;
        const parentDue = latestOf(parent);
        if (parentDue !== undefined && target.goal.date > parentDue) {
          context.report({
            messageId: "late",
            subject: { kind: "target", id: target.id },
            data: { target: target.id, due: target.goal.date, parent, parentDue },
            path: [target.id, objective.id, parent],
            related: [{ kind: "objective", id: parent }],
          });
        }
      }
    }
  },
});
