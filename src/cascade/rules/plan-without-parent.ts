import { planLevelRank } from "../../model/levels.js";
import { defineRule } from "../defineRule.js";

/**
 * `plan-without-parent`: a plan below the framework's apex level (its `apexLevel`, else the highest
 * level any plan is at; see `CascadeFacts.apexLevel`) names no parent plan, so it does not say
 * which plan it feeds into.
 *
 * @category Cascade rules
 * @example
 * import { planWithoutParent } from "performance-management/cascade";
 * planWithoutParent.meta.seedRef //=> "5.3.5.4"
 */
export const planWithoutParent = defineRule({
  id: "plan-without-parent",
  meta: {
    description: "A plan below the apex level names no parent plan.",
    defaultSeverity: "warning",
    seedRef: "5.3.5.4",
    messages: {
      noParent:
        'Plan "{{plan}}" ({{level}} level) names no parent plan, though the framework\'s apex is at {{apex}} level: say which plan it feeds into, as service plans feed into the community plan and unit plans aggregate into service plans.',
    },
    docs: "docs/rules/plan-without-parent.md",
  },
  check(context) {
    const { index, facts } = context;
    const apex = facts.apexLevel();
    if (apex === undefined) return;
    const apexRank = facts.apexRank();
    for (const plan of index.plans.values()) {
      if (plan.parent !== undefined || planLevelRank(plan.level) <= apexRank) continue;
      context.report({
        messageId: "noParent",
        subject: { kind: "plan", id: plan.id },
        data: { plan: plan.id, level: plan.level, apex },
      });
    }
  },
});
