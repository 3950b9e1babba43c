import { coveredByAnyCycle } from "../../review/cycleCovers.js";
import { defineRule } from "../defineRule.js";

/**
 * `unreviewed`: a plan or target is covered by no review cycle (the review engine's `cycleCovers`).
 *
 * @category Cascade rules
 * @example
 * import { unreviewed } from "performance-management/cascade";
 * unreviewed.meta.seedRef //=> "5.3.4.1"
 */
export const unreviewed = defineRule({
  id: "unreviewed",
  meta: {
    description: "A plan or target is covered by no review cycle.",
    defaultSeverity: "warning",
    seedRef: "5.3.4.1",
    messages: {
      plan: 'Plan "{{id}}" is covered by no review cycle: review plans on a cycle, so they do not sit on the shelf.',
      target:
        'Target "{{id}}" is covered by no review cycle: report progress against it on a cycle, so problems are found in time for corrective action.',
    },
    docs: "docs/rules/unreviewed.md",
  },
  check(context) {
    const { index } = context;
    const planCovered = coveredByAnyCycle(index, "plan");
    for (const plan of index.plans.values()) {
      if (!planCovered(plan.id)) {
        context.report({ messageId: "plan", subject: { kind: "plan", id: plan.id }, data: { id: plan.id } });
      }
    }
    const targetCovered = coveredByAnyCycle(index, "target");
    for (const target of index.targets.values()) {
      if (!targetCovered(target.id)) {
        context.report({ messageId: "target", subject: { kind: "target", id: target.id }, data: { id: target.id } });
      }
    }
  },
});
