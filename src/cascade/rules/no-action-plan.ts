import type { PlanLevel } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/** Service, unit and individual levels have ranks 2 to 4. */
const HIGHEST_DELIVERY_RANK = 2;

/**
 * `no-action-plan`: an owned objective at service level or below has no actions and no contributing
 * objectives ("know who has to deliver, but not how").
 *
 * @category Cascade rules
 * @example
 * import { noActionPlan } from "performance-management/cascade";
 * noActionPlan.meta.seedRef //=> "4.3"
 */
export const noActionPlan = defineRule({
  id: "no-action-plan",
  meta: {
    description: "An owned objective at service level or below has no actions and no contributing objectives.",
    defaultSeverity: "warning",
    seedRef: "4.3",
    messages: {
      noActions:
        'Objective "{{objective}}" ({{level}} level) says who will deliver it ("{{owner}}") but not how: add the actions that will deliver it, or the objectives that contribute to it.',
    },
    docs: "docs/rules/no-action-plan.md",
  },
  check(context) {
    const { index, facts } = context;
    const { ids, down, levelRank } = facts.graph();
    for (let v = 0; v < ids.length; v += 1) {
      const rank = levelRank[v] as number;
      if (rank < HIGHEST_DELIVERY_RANK) continue;
      const objective = index.objectives.at(v);
      if (objective?.owner === undefined || (objective.actions?.length ?? 0) > 0) continue;
      let contributed = false;
      for (let i = down.start[v] as number, end = down.start[v + 1] as number; i < end && !contributed; i += 1) {
        if (down.targets[i] !== v) contributed = true;
      }
      if (contributed) continue;
      context.report({
        messageId: "noActions",
        subject: { kind: "objective", id: objective.id },
        data: {
          objective: objective.id,
          level: index.levelOf("objective", objective.id) as PlanLevel,
          owner: objective.owner,
        },
      });
    }
  },
});
