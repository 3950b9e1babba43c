import type { Objective } from "../../model/index.js";
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
    // Each objective's parents once, however many times it links to one, in link order: a Set per
    // objective, not a search of its links for each link (one objective linked to n parents with a
    // target cost n² before).
    const parentsOf = new Map<string, readonly string[]>();
    const uniqueParents = (objective: Objective): readonly string[] => {
      let parents = parentsOf.get(objective.id);
      if (parents === undefined) {
        const seen = new Set<string>();
        for (const link of objective.contributesTo ?? [])
          if (link.objective !== objective.id && index.objectives.has(link.objective)) seen.add(link.objective);
        parents = [...seen];
        parentsOf.set(objective.id, parents);
      }
      return parents;
    };
    for (const target of index.targets.values()) {
      const objective = index.objectives.get(target.objective);
      if (objective === undefined) continue;
      for (const parent of uniqueParents(objective)) {
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
