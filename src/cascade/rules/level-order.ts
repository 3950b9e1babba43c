import type { PlanLevel } from "../../model/index.js";
import { planLevelRank } from "../../model/levels.js";
import { defineRule } from "../defineRule.js";

/**
 * `level-order`: an objective contributes to one at a lower level, or a plan's parent is not at a
 * higher level (a unit plan must aggregate into a service plan, 5.3.5.4).
 *
 * @category Cascade rules
 * @example
 * import { levelOrder } from "performance-management/cascade";
 * levelOrder.meta.seedRef //=> "5.3.5.4"
 */
export const levelOrder = defineRule({
  id: "level-order",
  meta: {
    description: "An objective contributes to one at a lower level, or a plan's parent is not at a higher level.",
    defaultSeverity: "error",
    seedRef: "5.3.5.4",
    messages: {
      objective:
        'Objective "{{from}}" ({{fromLevel}} level) contributes to "{{to}}" at the lower {{toLevel}} level: contributions run upward, from individual work plans to the community plan.',
      plan: 'Plan "{{plan}}" ({{level}} level) has parent "{{parent}}" at {{parentLevel}} level: a plan must aggregate into a plan at a higher level.',
    },
    docs: "docs/rules/level-order.md",
  },
  check(context) {
    const { index, facts } = context;
    const { ids, up, levelRank } = facts.graph();
    for (let v = 0; v < ids.length; v += 1) {
      const fromRank = levelRank[v] as number;
      if (fromRank < 0) continue;
      for (let i = up.start[v] as number, end = up.start[v + 1] as number; i < end; i += 1) {
        const w = up.targets[i] as number;
        const toRank = levelRank[w] as number;
        if (toRank > fromRank) {
          const from = ids[v] as string;
          const to = ids[w] as string;
          context.report({
            messageId: "objective",
            subject: { kind: "objective", id: from },
            data: {
              from,
              fromLevel: index.levelOf("objective", from) as PlanLevel,
              to,
              toLevel: index.levelOf("objective", to) as PlanLevel,
            },
            path: [from, to],
          });
        }
      }
    }
    for (const plan of index.plans.values()) {
      const parent = plan.parent === undefined ? undefined : index.plans.get(plan.parent);
      if (parent === undefined || planLevelRank(parent.level) < planLevelRank(plan.level)) continue;
      context.report({
        messageId: "plan",
        subject: { kind: "plan", id: plan.id },
        data: { plan: plan.id, level: plan.level, parent: parent.id, parentLevel: parent.level },
        path: [plan.id, parent.id],
      });
    }
  },
});
