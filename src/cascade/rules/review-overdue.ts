import { overdueDues } from "../../review/overdueReviews.js";
import { defineRule } from "../defineRule.js";
import { KIND_TITLE } from "./util.js";

/**
 * `review-overdue` (needs `asOf`): the last review of a subject by a cycle is older than the cycle
 * allows, or there has been none and one was due. When reviews fall due is the review engine's
 * `reviewsDue`: from the start of the subject's plan (for owners, the earliest plan's start) until
 * the plan has ended or the target's goal date has passed; and a review is overdue only once its
 * due date plus the cycle's grace (`graceDays`, 42 days when absent) has passed, so a quarter's
 * report is not overdue before the next committee could have seen it.
 *
 * @category Cascade rules
 * @example
 * import { reviewOverdue } from "performance-management/cascade";
 * reviewOverdue.meta.requiresAsOf //=> true
 */
export const reviewOverdue = defineRule({
  id: "review-overdue",
  meta: {
    description: "The last review of a subject is older than its cycle allows, or there is none and one was due.",
    defaultSeverity: "warning",
    seedRef: "5.3.4",
    requiresAsOf: true,
    messages: {
      overdue:
        '{{subject}} was last reviewed by "{{cycle}}" on {{last}}; the next review was due by {{due}}: review it, so problems are found in time for corrective action.',
      never:
        '{{subject}} has never been reviewed by "{{cycle}}"; a review was due by {{due}}: review it, so problems are found in time for corrective action.',
    },
    docs: "docs/rules/review-overdue.md",
  },
  check(context) {
    const { index } = context;
    const asOf = context.asOf as string;
    // The review engine's overdue reviews, the ones overdueReviews lists: the two never disagree.
    for (const { cycle, due: found } of overdueDues(index, asOf)) {
      const { subject, lastReviewed: last, nextDue: due } = found;
      const name = `${KIND_TITLE[subject.kind]} "${subject.id}"`;
      context.report({
        messageId: last === undefined ? "never" : "overdue",
        subject,
        data:
          last === undefined ? { subject: name, cycle: cycle.id, due } : { subject: name, cycle: cycle.id, last, due },
        related: [{ kind: "reviewCycle", id: cycle.id }],
      });
    }
  },
});
