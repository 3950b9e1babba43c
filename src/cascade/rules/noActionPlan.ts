import { defineRule } from "../defineRule.js";

const DELIVERY_LEVELS = new Set(["service", "unit", "individual"]);

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
    for (const objective of index.objectives.values()) {
      const level = facts.levelOf(objective.id);
      if (objective.owner === undefined || level === undefined || !DELIVERY_LEVELS.has(level)) continue;
      if ((objective.actions?.length ?? 0) > 0) continue;
      const contributors = index.contributors.get(objective.id) ?? [];
      if (contributors.some((edge) => edge.from !== objective.id && index.objectives.has(edge.from))) continue;
      context.report({ messageId: "noActions", subject: { kind: "objective", id: objective.id }, data: { objective: objective.id, level, owner: objective.owner } });
    }
  },
});
