import type { Id } from "../../model/index.js";
import { defineRule } from "../defineRule.js";
import { isBoolean, strictOptions, wholeAtLeast } from "../optionsSchema.js";

/**
 * The options of `too-many-indicators`.
 *
 * @category Cascade rules
 */
export interface TooManyIndicatorsOptions {
  /** The most targets a plan may carry; 12 by default. */
  readonly max: number;
  /**
   * Whether targets on statutory national indicators (`source: "national"`) count against `max`;
   * `false` by default: a council reports them whatever its own priorities, so they are not what
   * makes a plan unmanageable.
   */
  readonly countNational: boolean;
}

/**
 * `too-many-indicators`: a plan carries more targets than `max` (default 12: "of a manageable
 * number"). Targets on statutory national indicators (`source: "national"`) are not counted unless
 * `countNational` is set.
 *
 * @category Cascade rules
 * @example
 * import { tooManyIndicators } from "performance-management/cascade";
 * tooManyIndicators.meta.options?.defaults //=> { max: 12, countNational: false }
 */
export const tooManyIndicators = defineRule<TooManyIndicatorsOptions, "tooMany">({
  id: "too-many-indicators",
  meta: {
    description: "A plan carries more targets than a manageable number.",
    defaultSeverity: "warning",
    seedRef: "2.2.2 ii",
    messages: {
      tooMany:
        'Plan "{{plan}}" carries {{count}} targets{{national}}, more than {{max}}: keep to a manageable number of key indicators critical to its priorities, not meaningless and excessive numbers of PIs.',
    },
    docs: "docs/rules/too-many-indicators.md",
    options: {
      schema: strictOptions<TooManyIndicatorsOptions>({ max: wholeAtLeast(1), countNational: isBoolean }),
      defaults: { max: 12, countNational: false },
    },
  },
  check(context) {
    const { index } = context;
    const { max, countNational } = context.options;
    const counts = new Map<Id, number>();
    for (const target of index.targets.values()) {
      if (!countNational && index.indicators.get(target.indicator)?.source === "national") continue;
      const plan = index.objectives.get(target.objective)?.plan;
      if (plan !== undefined && index.plans.has(plan)) counts.set(plan, (counts.get(plan) ?? 0) + 1);
    }
    for (const [plan, count] of counts) {
      if (count > max) {
        context.report({
          messageId: "tooMany",
          subject: { kind: "plan", id: plan },
          data: { plan, count, max, national: countNational ? "" : " besides statutory national indicators" },
        });
      }
    }
  },
});
