import { z } from "zod";
import type { Id } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/**
 * The options of `too-many-indicators`.
 *
 * @category Cascade rules
 */
export interface TooManyIndicatorsOptions {
  /** The most targets a plan may carry; 12 by default. */
  readonly max: number;
}

/**
 * `too-many-indicators`: a plan carries more targets than `max` (default 12: "of a manageable number").
 *
 * @category Cascade rules
 * @example
 * import { tooManyIndicators } from "performance-management/cascade";
 * tooManyIndicators.meta.options?.defaults //=> { max: 12 }
 */
export const tooManyIndicators = defineRule<TooManyIndicatorsOptions, "tooMany">({
  id: "too-many-indicators",
  meta: {
    description: "A plan carries more targets than a manageable number.",
    defaultSeverity: "warning",
    seedRef: "2.2.2 ii",
    messages: {
      tooMany:
        'Plan "{{plan}}" carries {{count}} targets, more than {{max}}: keep to a manageable number of key indicators critical to its priorities, not meaningless and excessive numbers of PIs.',
    },
    docs: "docs/rules/too-many-indicators.md",
    options: {
      schema: z.strictObject({ max: z.int().min(1) }),
      defaults: { max: 12 },
    },
  },
  check(context) {
    const { index } = context;
    const counts = new Map<Id, number>();
    for (const target of index.targets.values()) {
      const plan = index.objectives.get(target.objective)?.plan;
      if (plan !== undefined && index.plans.has(plan)) counts.set(plan, (counts.get(plan) ?? 0) + 1);
    }
    for (const [plan, count] of counts) {
      if (count > context.options.max) {
        context.report({
          messageId: "tooMany",
          subject: { kind: "plan", id: plan },
          data: { plan, count, max: context.options.max },
        });
      }
    }
  },
});
