/**
 * `reviewsDue`'s answer for a subject that owes no review, field by field: every field there,
 * `null` when empty (docs/results.md). Tests spread it and name what differs.
 */
export const NOTHING_DUE = {
  from: null,
  until: null,
  lastReviewed: null,
  period: null,
  deadline: null,
  nextDue: null,
  overdueFrom: null,
  overdue: false,
  daysOverdue: null,
} as const;
