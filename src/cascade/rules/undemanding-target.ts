import type { Decimal } from "decimal.js";
import { formatDecimal, toDecimal } from "../../internal/decimal.js";
import { goalValue } from "../../model/goal.js";
import { defineRule } from "../defineRule.js";
import type { FindingSubject } from "../types.js";

/** How much better `a` is than `b` in the polarity's good direction (higher is better: `a − b`). */
function betterBy(a: Decimal, b: Decimal, higherIsBetter: boolean): Decimal {
  return higherIsBetter ? a.minus(b) : b.minus(a);
}

/**
 * `undemanding-target`: a target whose goal is no better than its baseline for the indicator's
 * polarity (it plans no improvement, or a decline), or whose stretch goes no further than its goal.
 * Band and comparator targets, and in-band indicators, are judged by other means and not checked.
 *
 * @category Cascade rules
 * @example
 * import { undemandingTarget } from "performance-management/cascade";
 * undemandingTarget.meta.seedRef //=> "2.2.2 ii"
 */
export const undemandingTarget = defineRule({
  id: "undemanding-target",
  meta: {
    description: "A target's goal is no better than its baseline, or its stretch no further than its goal.",
    defaultSeverity: "warning",
    seedRef: "2.2.2 ii",
    messages: {
      decline:
        'Target "{{target}}" plans a decline: its goal ({{goal}}) is worse than its baseline ({{baseline}}) for an indicator where {{polarity}}. Targets should be demanding: set a goal that improves on the baseline.',
      standStill:
        'Target "{{target}}" asks for no improvement: its goal equals its baseline ({{baseline}}). Targets should be demanding: set a goal beyond the baseline, or state the standard as a band.',
      stretchShort:
        'Target "{{target}}" has a stretch ({{stretch}}) that goes no further than its goal ({{goal}}) for an indicator where {{polarity}}: a stretch target should be more demanding than the goal.',
    },
    docs: "docs/rules/undemanding-target.md",
  },
  check(context) {
    const { index } = context;
    for (const target of index.targets.values()) {
      const indicator = index.indicators.get(target.indicator);
      if (indicator === undefined || indicator.polarity === "in-band" || target.comparator !== undefined) continue;
      const goal = goalValue(target);
      if (goal === undefined) continue;
      const higherIsBetter = indicator.polarity === "higher-is-better";
      const polarity = higherIsBetter ? "higher is better" : "lower is better";
      const baseline = toDecimal(target.baseline.value);
      const gain = betterBy(goal, baseline, higherIsBetter);
      const data = { target: target.id, goal: formatDecimal(goal), baseline: formatDecimal(baseline), polarity };
      // A fresh subject and data for each finding: a finding keeps what it is given (src/cascade/findings.ts).
      const subject = (): FindingSubject => ({ kind: "target", id: target.id });
      if (gain.isNegative() && !gain.isZero()) context.report({ messageId: "decline", subject: subject(), data });
      else if (gain.isZero()) context.report({ messageId: "standStill", subject: subject(), data });
      if (target.stretch === undefined) continue;
      const stretch = toDecimal(target.stretch.value);
      if (!betterBy(stretch, goal, higherIsBetter).greaterThan(0)) {
        context.report({
          messageId: "stretchShort",
          subject: subject(),
          data: { ...data, stretch: formatDecimal(stretch) },
        });
      }
    }
  },
});
