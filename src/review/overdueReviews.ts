import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import type { Framework, FrameworkIndex, Id, ReviewCycle } from "../model/index.js";
import { type ReviewSubject, coveredSubjects } from "./cycleCovers.js";
import { reviewError } from "./errors.js";
import { type ReviewsDue, dueOf } from "./reviewsDue.js";

/**
 * Options for {@link overdueReviews}.
 *
 * @category Review
 */
export interface OverdueReviewsOptions {
  /** The date to judge as of, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * A review that is overdue: the subject's latest review by the cycle is older than the cycle
 * allows (or there has been none), and the grace has passed.
 *
 * @category Review
 */
export interface OverdueReview {
  readonly cycle: Id;
  readonly subject: ReviewSubject;
  /** The owner id of whoever conducts the review, from the cycle; `null` when the cycle names none. */
  readonly reviewer: Id | null;
  /** The latest review by the cycle on or before `asOf`; `null` when there has been none. */
  readonly lastReviewed: string | null;
  /** The period the overdue review covers, both days included (see {@link reviewsDue}). */
  readonly period: { readonly start: string; readonly end: string };
  /** The day the review was due by: the period's end plus the cycle's deadline. */
  readonly deadline: string;
  /** The same day as `deadline`. */
  readonly due: string;
  /** The first day it was overdue: the day after the deadline. */
  readonly overdueFrom: string;
  /** Whole days from the deadline to `asOf`: how late the review is. */
  readonly daysOverdue: number;
}

/** A subject's reviews due when the owed review is overdue: every date is there. @internal */
export type OverdueDue = ReviewsDue & {
  readonly [K in "period" | "deadline" | "nextDue" | "overdueFrom" | "daysOverdue"]: NonNullable<ReviewsDue[K]>;
};

/** One overdue review as {@link overdueDues} finds it. @internal */
export interface OverdueEntry {
  readonly cycle: ReviewCycle;
  readonly due: OverdueDue;
}

/** The key under which the index keeps the overdue reviews as of the last date asked. */
const OVERDUE = Symbol("overdue reviews as of the last date asked");

/**
 * Each covered subject's review by each cycle that is overdue as of a date, with its cycle: the
 * one reading of "overdue" that `overdueReviews` and the cascade checker's `review-overdue` share.
 * Kept per index for the last date asked, so a report, which asks for both as of one date, works
 * them out once. Shared: callers copy what they hand out (a subject, a period), so no result can
 * change what another reads.
 * @internal
 */
export function overdueDues(index: FrameworkIndex, asOf: string): readonly OverdueEntry[] {
  const last = index.derive(OVERDUE, () => ({ asOf: "", entries: [] as readonly OverdueEntry[] }));
  if (last.asOf !== asOf) {
    const entries: OverdueEntry[] = [];
    for (const cycle of index.reviewCycles.values()) {
      for (const subject of coveredSubjects(index, cycle)) {
        const due = dueOf(index, cycle, subject, asOf);
        if (due.overdue) entries.push({ cycle, due: due as OverdueDue });
      }
    }
    last.entries = entries;
    last.asOf = asOf;
  }
  return last.entries;
}

/**
 * Every review overdue as of a date, worst first: for each subject and cycle, the review it owes
 * (the period after the last one a review answered) once its deadline has passed. The period, the
 * deadline and the days overdue are {@link reviewsDue}'s and {@link reviewSchedule}'s, from the one
 * due-date rule; the cascade checker's `review-overdue` rule reports exactly these, so a report and
 * the checker never disagree.
 *
 * Worst first: the most days overdue (counted from the deadline), then the cycles' order in the
 * framework, then the order in which each cycle covers its subjects.
 *
 * @category Review
 * @param source - a parsed framework or its index
 * @param options - `asOf`, the date to judge as of
 * @returns the overdue reviews, worst first
 * @throws {@link ReviewError} when the options are not an object or `asOf` is missing or not a calendar date
 * @throws {@link ReviewError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import type { Framework } from "performance-management";
 * import { overdueReviews } from "performance-management/review";
 * const framework: Framework = {
 *   id: "fw", name: "Reviews", owners: [{ id: "cabinet", name: "Cabinet", kind: "team" }],
 *   plans: [{ id: "sp", name: "Housing service plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } }],
 *   objectives: [{ id: "offers", plan: "sp", title: "Offers within 21 days" }],
 *   indicators: [{ id: "pi", title: "Days to an offer", unit: "days", polarity: "lower-is-better", measure: "process", frequency: "quarterly" }],
 *   targets: [{ id: "t", objective: "offers", indicator: "pi", baseline: { date: "2001-03-31", value: "30" }, goal: { date: "2002-03-31", value: "21" } }],
 *   reviewCycles: [{ id: "rc", name: "Quarterly report", frequency: "quarterly", appliesTo: { kind: "target" }, reviewer: "cabinet" }],
 *   reviews: [{ cycle: "rc", subject: "t", date: "2001-07-20" }],
 * };
 * // 20 July answers the quarter to 30 June; the quarter to 30 September was due by 11 November (42 days).
 * overdueReviews(framework, { asOf: "2001-12-20" })
 * //=> [{ cycle: "rc", subject: { kind: "target", id: "t" }, reviewer: "cabinet", lastReviewed: "2001-07-20", period: { start: "2001-07-01", end: "2001-09-30" }, deadline: "2001-11-11", due: "2001-11-11", overdueFrom: "2001-11-12", daysOverdue: 39 }]
 */
export function overdueReviews(source: Framework | FrameworkIndex, options: OverdueReviewsOptions): OverdueReview[] {
  checkOptionsObject(options, "options", reviewError);
  checkKnownOptions(options, ["asOf"], "options", reviewError);
  const asOf = checkDate(options.asOf, "options.asOf", reviewError);
  const index = checkedFrameworkIndex(source, reviewError);
  const overdue: OverdueReview[] = [];
  for (const { cycle, due } of overdueDues(index, asOf)) {
    overdue.push({
      cycle: cycle.id,
      subject: { kind: due.subject.kind, id: due.subject.id },
      reviewer: cycle.reviewer ?? null,
      lastReviewed: due.lastReviewed,
      period: { start: due.period.start, end: due.period.end },
      deadline: due.deadline,
      due: due.deadline,
      overdueFrom: due.overdueFrom,
      daysOverdue: due.daysOverdue,
    });
  }
  // Stable: most days overdue first; ties keep the cycles' and subjects' order.
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
}
