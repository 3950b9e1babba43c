import { countOnOrBefore } from "../../internal/sortedByDate.js";
import { figureDue, isOverdue } from "../../model/figures.js";
import type { Review } from "../../model/index.js";
import { reviewCredit } from "../../review/reviewCredit.js";
import { goalInForce } from "../../trajectory/inForce.js";
import { defineRule } from "../defineRule.js";
import { reviewName } from "./util.js";

/**
 * `review-without-data` (needs `asOf`): a target was reviewed while its indicator's expected
 * figures had been missing for more than one period. At the review's date, after the latest figure recorded on or
 * before it (or the baseline, when there is none since), the next period's figure and the one
 * after it were both overdue: due by their period's end plus the indicator's reporting lag, as
 * `evaluateTarget` and the `unmeasured` rule read them (`figureDue`). One late figure is a figure
 * awaited; two in a row is progress reported on no data. Figures for periods after the target's
 * goal date (the goal in force at the review) are not expected.
 *
 * One finding per target, naming the latest such review; its data count them (`reviews`) and give
 * the first (`firstReviewed`). Reviews dated after `asOf` are not judged. Each review costs a binary
 * search in the indicator's sorted measurements and two due dates: linear in the reviews, whatever
 * the length of the series.
 *
 * @category Cascade rules
 * @example
 * import { reviewWithoutData } from "performance-management/cascade";
 * [reviewWithoutData.meta.defaultSeverity, reviewWithoutData.meta.requiresAsOf] //=> ["warning", true]
 */
export const reviewWithoutData = defineRule({
  id: "review-without-data",
  meta: {
    description:
      "A target was reviewed while its indicator's expected figures had been missing for more than one period.",
    defaultSeverity: "warning",
    seedRef: "5.3.4.1",
    requiresAsOf: true,
    messages: {
      stale:
        'Target "{{target}}" was reviewed on {{reviewed}} while no figure of "{{indicator}}" had been recorded after the one for {{latest}}: the {{frequency}} figure for the period to {{periodEnd}} was due by {{due}} and the next by {{nextDue}}. Record the figures before progress is reported on them.',
      never:
        'Target "{{target}}" was reviewed on {{reviewed}} while no figure of "{{indicator}}" had been recorded since its baseline on {{latest}}: the {{frequency}} figure for the period to {{periodEnd}} was due by {{due}} and the next by {{nextDue}}. Record the figures before progress is reported on them.',
    },
    docs: "docs/rules/review-without-data.md",
  },
  check(context) {
    const { index } = context;
    const asOf = context.asOf as string;
    for (const target of index.targets.values()) {
      const reviews = index.reviewsBySubject.get(target.id);
      if (reviews === undefined) continue;
      const indicator = index.indicators.get(target.indicator);
      if (indicator === undefined) continue;
      const series = index.measurementsByIndicator.get(indicator.id) ?? [];
      const baseline = target.baseline.date;
      const atBaseline = countOnOrBefore(series, baseline);
      const goalOn = goalInForce(target);
      let flagged = 0;
      let firstFlagged: string | undefined;
      let last:
        | { review: Review; latest: string; measured: boolean; periodEnd: string; due: string; nextDue: string }
        | undefined;
      for (const review of reviews) {
        if (review.date > asOf) break;
        if (!reviewCredit(index, index.reviewCycles.get(review.cycle), review).kinds.includes("target")) continue;
        // The latest figure on or before the review, if recorded after the baseline; else the baseline.
        const upTo = countOnOrBefore(series, review.date);
        const measured = upTo > atBaseline;
        const latest = measured ? (series[upTo - 1] as { readonly date: string }).date : baseline;
        const first = figureDue(latest, indicator, index.framework);
        if (first === undefined || !isOverdue(first.due, review.date)) continue;
        const second = figureDue(first.periodEnd, indicator, index.framework);
        if (second === undefined || !isOverdue(second.due, review.date)) continue;
        // Periods after the target's end are not expected of it.
        if (second.periodEnd > goalOn(review.date).target.goal.date) continue;
        flagged += 1;
        firstFlagged ??= review.date;
        last = { review, latest, measured, periodEnd: first.periodEnd, due: first.due, nextDue: second.due };
      }
      if (last === undefined) continue;
      context.report({
        messageId: last.measured ? "stale" : "never",
        subject: { kind: "target", id: target.id },
        data: {
          target: target.id,
          indicator: indicator.id,
          frequency: indicator.frequency,
          reviewed: last.review.date,
          latest: last.latest,
          periodEnd: last.periodEnd,
          due: last.due,
          nextDue: last.nextDue,
          reviews: flagged,
          firstReviewed: firstFlagged as string,
        },
        related: [
          { kind: "indicator", id: indicator.id },
          { kind: "review", id: reviewName(last.review) },
        ],
      });
    }
  },
});
