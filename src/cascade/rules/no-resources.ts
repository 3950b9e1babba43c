import { defineRule } from "../defineRule.js";

/**
 * `no-resources`: a service plan has no budget ("no identification of resources required").
 *
 * @category Cascade rules
 * @example
 * import { noResources } from "performance-management/cascade";
 * noResources.meta.seedRef //=> "5.3.1.1"
 */
export const noResources = defineRule({
  id: "no-resources",
  meta: {
    description: "A service plan has no budget.",
    defaultSeverity: "info",
    seedRef: "5.3.1.1",
    messages: {
      noBudget:
        'Service plan "{{plan}}" has no budget: identify the resources it requires, so service and financial planning are integrated.',
    },
    docs: "docs/rules/no-resources.md",
  },
  check(context) {
    for (const plan of context.index.plans.values()) {
      if (plan.level === "service" && plan.budget === undefined) {
        context.report({ messageId: "noBudget", subject: { kind: "plan", id: plan.id }, data: { plan: plan.id } });
      }
    }
  },
});
