import { overdueDues } from "../../review/overdueReviews.js";
import { defineRule } from "../defineRule.js";
import { KIND_TITLE } from "./util.js";

/**
 * `review-overdue` (needs `asOf`): the review a subject owes by a cycle is past its deadline. The
 * review engine's one due-date rule decides it, as `reviewsDue` and `overdueReviews` read it: the
 * cycle's periods on the financial year (a quarter, a year) from the start of the subject's plan
 * (for owners, the earliest plan's start) up to the period in which the plan or the target ends (a
 * target ending on 31 March still owes its year-end review); each review due by its period's end
 * plus the cycle's `deadline` (`graceDays`, 42 days, when absent); the review owed is the first
 * period after the last one a review answered. A target on an indicator measured less often than
 * the cycle (an annual figure under quarterly reports) owes a review only when its figure is due.
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
        '{{subject}} was last reviewed by "{{cycle}}" on {{last}}; its review of {{start}} to {{end}} was due by {{due}}: review it, so problems are found in time for corrective action.',
      never:
        '{{subject}} has never been reviewed by "{{cycle}}"; its review of {{start}} to {{end}} was due by {{due}}: review it, so problems are found in time for corrective action.',
    },
    docs: "docs/rules/review-overdue.md",
  },
  check(context) {
    const { index } = context;
    const asOf = context.asOf as string;
    // The review engine's overdue reviews, the ones overdueReviews lists: the two never disagree.
    for (const { cycle, due: found } of overdueDues(index, asOf)) {
      const { subject, lastReviewed: last, deadline: due, period } = found;
      const name = `${KIND_TITLE[subject.kind]} "${subject.id}"`;
      const dates = { start: period.start, end: period.end, due };
      context.report({
        messageId: last === null ? "never" : "overdue",
        // The review engine's subject, copied: a finding keeps the subject it is given (src/cascade/findings.ts).
        subject: { kind: subject.kind, id: subject.id },
        data:
          last === null
            ? { subject: name, cycle: cycle.id, ...dates }
            : { subject: name, cycle: cycle.id, last, ...dates },
        related: [{ kind: "reviewCycle", id: cycle.id }],
      });
    }
  },
});
