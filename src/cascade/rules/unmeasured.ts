import { countOnOrBefore } from "../../internal/sortedByDate.js";
import { defineRule } from "../defineRule.js";
import { figureDue, isOverdue } from "../../model/figures.js";

/**
 * `unmeasured` (needs `asOf`): a target's indicator has no measurement since the baseline although
 * one was due by its frequency: the first period after the baseline has ended and its reporting lag
 * (the indicator's `lagDays`, else the framework's `reportingLags`, else the default) has passed. Until then `evaluateTarget` says the target is `awaiting-data`.
 *
 * @category Cascade rules
 * @example
 * import { unmeasured } from "performance-management/cascade";
 * unmeasured.meta.defaultSeverity //=> "info"
 */
export const unmeasured = defineRule({
  id: "unmeasured",
  meta: {
    description: "A target's indicator has no measurement since the baseline although one was due by its frequency.",
    defaultSeverity: "info",
    seedRef: "5.3.4.1",
    requiresAsOf: true,
    messages: {
      unmeasured:
        'Target "{{target}}" has no measurement of "{{indicator}}" since its baseline on {{baseline}}, although its {{frequency}} figure was due by {{due}}: record it, so progress can be monitored.',
    },
    docs: "docs/rules/unmeasured.md",
  },
  check(context) {
    const { index } = context;
    const asOf = context.asOf as string;
    for (const target of index.targets.values()) {
      const indicator = index.indicators.get(target.indicator);
      if (indicator === undefined) continue;
      // The first period's figure, due at its end plus the reporting lag in force (as evaluateTarget
      // reads it); one due past the calendar's end (9999-12-31) is not due within it: no finding.
      const first = figureDue(target.baseline.date, indicator, index.framework);
      if (first === undefined || !isOverdue(first.due, asOf)) continue;
      const due = first.due;
      // The indicator's measurements are sorted by date: one falls in (baseline, asOf] when more
      // fall on or before asOf than on or before the baseline.
      const series = index.measurementsByIndicator.get(indicator.id) ?? [];
      const measured = countOnOrBefore(series, asOf) > countOnOrBefore(series, target.baseline.date);
      if (!measured) {
        context.report({
          messageId: "unmeasured",
          subject: { kind: "target", id: target.id },
          data: {
            target: target.id,
            indicator: indicator.id,
            baseline: target.baseline.date,
            frequency: indicator.frequency,
            due,
          },
          related: [{ kind: "indicator", id: indicator.id }],
        });
      }
    }
  },
});
