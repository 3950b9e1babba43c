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
    // Each objective's parents once, however many times it links to one (a Set per objective, not a
    // search of its links for each link: one objective linked to n parents with a target cost n²),
    // held in order of their latest due date, so each target reads only the parents it is late for
    // and the first it is not (n targets on an objective with n parents, none late, cost n² before).
    // Findings are sorted by checkCascade, so the order they are reported in does not show.
    const parentsOf = new Map<string, readonly ParentDue[]>();
    const parentsByDue = (objective: Objective): readonly ParentDue[] => {
      let parents = parentsOf.get(objective.id);
      if (parents === undefined) {
        const seen = new Set<string>();
        const dated: ParentDue[] = [];
        for (const link of objective.contributesTo ?? []) {
          const parent = link.objective;
          if (parent === objective.id || seen.has(parent) || !index.objectives.has(parent)) continue;
          seen.add(parent);
          const due = latestOf(parent);
          if (due !== undefined) dated.push({ parent, due });
        }
        parents = dated.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
        parentsOf.set(objective.id, parents);
      }
      return parents;
    };
    for (const target of index.targets.values()) {
      const objective = index.objectives.get(target.objective);
      if (objective === undefined) continue;
      for (const { parent, due: parentDue } of parentsByDue(objective)) {
        if (!(target.goal.date > parentDue)) break;
        context.report({
          messageId: "late",
          subject: { kind: "target", id: target.id },
          data: { target: target.id, due: target.goal.date, parent, parentDue },
          path: [target.id, objective.id, parent],
          related: [{ kind: "objective", id: parent }],
        });
      }
    }
  },
});

/** A parent objective and the latest goal date of its targets. */
interface ParentDue {
  readonly parent: string;
  readonly due: string;
}
