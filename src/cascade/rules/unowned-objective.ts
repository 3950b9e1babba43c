import { defineRule } from "../defineRule.js";

/**
 * `unowned-objective`: an objective with neither an owner (its own or its plan's) nor any action:
 * nobody is answerable for it and nothing says how it will be delivered.
 *
 * @category Cascade rules
 * @example
 * import { unownedObjective } from "performance-management/cascade";
 * unownedObjective.meta.seedRef //=> "2.2.2 iii"
 */
export const unownedObjective = defineRule({
  id: "unowned-objective",
  meta: {
    description: "An objective has neither an owner, its own or its plan's, nor any action.",
    defaultSeverity: "warning",
    seedRef: "2.2.2 iii",
    messages: {
      unowned:
        'Objective "{{objective}}" has no owner (nor has its plan) and no actions: name who is accountable for it, or the actions and their owners that will deliver it.',
    },
    docs: "docs/rules/unowned-objective.md",
  },
  check(context) {
    const { index } = context;
    for (const objective of index.objectives.values()) {
      if ((objective.actions?.length ?? 0) > 0) continue;
      // An objective's own owner is its owner (index.ownerOf's first answer): only one without asks
      // for its plan's, so a cascade whose objectives are owned builds no table of owners.
      if (objective.owner !== undefined || index.ownerOf("objective", objective.id) !== undefined) continue;
      context.report({
        messageId: "unowned",
        subject: { kind: "objective", id: objective.id },
        data: { objective: objective.id },
      });
    }
  },
});
