import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { toDayNumber } from "../internal/dates.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import type { Framework, FrameworkIndex, Id, ReviewCycle } from "../model/index.js";
import { type ReviewSubject, checkedSubject, covers, cycleNamed } from "./cycleCovers.js";
import { spanOf } from "./dueDates.js";
import { reviewError } from "./errors.js";
import { recordedReviews } from "./reviewCredit.js";
import { answeredPeriods, datesOf, daysOverdueOn, owedPeriod, reviewTimeline } from "./dueDates.js";

/**
 * Options for {@link reviewsDue}.
 *
 * @category Review
 */
export interface ReviewsDueOptions {
  /** The date to judge as of, `YYYY-MM-DD`: reviews after it have not happened yet. */
  readonly asOf: string;
}

/**
 * When a subject's reviews by a cycle fall due, as of a date. Dates are `YYYY-MM-DD`; a field
 * that does not apply is `null`.
 *
 * @category Review
 */
export interface ReviewsDue {
  readonly cycle: Id;
  readonly subject: ReviewSubject;
  /** Whether the cycle covers the subject at all; when it does not, nothing falls due and only `overdue` (false) follows. */
  readonly covered: boolean;
  /**
   * When reviews start to fall due: the start of the subject's plan (an objective's plan, a
   * target's objective's plan, else the target's baseline date); for an owner, the earliest start
   * of any plan. `null` when there is nothing to count from (the subject, or its plan, does not exist).
   */
  readonly from: string | null;
  /**
   * The end of the span: the plan's end, a target's goal date. The review of the
   * span's last period may fall due on the day after it (a one-year plan's annual review counted
   * from 2001-04-01 falls due on 2002-04-01); none falls due later. `null` for owners.
   */
  readonly until: string | null;
  /** The subject's latest review by the cycle on or before `asOf`; `null` when there has been none. */
  readonly lastReviewed: string | null;
  /**
   * The period the review the subject owes covers, both days included: the first period after the
   * last one a review answered (the first of all when none has been), on the financial year's
   * periods of the cycle's frequency (see {@link reviewSchedule}). `null` when no review is owed:
   * every period of the span is answered, there is nothing to count from, or the next period or
   * its deadline falls past 9999-12-31.
   */
  readonly period: { readonly start: string; readonly end: string } | null;
  /** The day by which the owed review is due: the period's end plus the cycle's deadline (`deadline`, else `graceDays`, else 42 days); `null` when none is owed. */
  readonly deadline: string | null;
  /** The same day as `deadline`: when the next review is due; `null` when none is owed. */
  readonly nextDue: string | null;
  /** The first day the owed review is overdue, the day after its deadline; `null` when none is owed or that is past 9999-12-31. */
  readonly overdueFrom: string | null;
  /** Whole days from the deadline to `asOf`, when the review is overdue; else `null`. */
  readonly daysOverdue: number | null;
  /** True when `overdueFrom` is on or before `asOf`: the owed review's deadline has passed. */
  readonly overdue: boolean;
}

/**
 * The reviews due of one subject a cycle covers, for callers that have checked their arguments:
 * the one due-date rule ({@link reviewTimeline}) read as of a date.
 * @internal
 */
export function dueOf(index: FrameworkIndex, cycle: ReviewCycle, subject: ReviewSubject, asOf: string): ReviewsDue {
  const { kind, id } = subject;
  // The subject's reviews by the cycle are sorted by date: those on or before asOf are a prefix.
  const recorded = recordedReviews(index, cycle.id, kind, id);
  const reviews = recorded.slice(0, countOnOrBefore(recorded, asOf));
  const lastReviewed = reviews[reviews.length - 1]?.date;
  const span = spanOf(index, kind, id);
  // No timeline (a subject with no start: an owner where no plan is dated) or nothing owed (every
  // period answered, or the next one due past the calendar's end): no dates, never overdue.
  const timeline = reviewTimeline(index, cycle, subject, span);
  const owed = timeline === undefined ? undefined : owedPeriod(timeline, answeredPeriods(timeline, reviews));
  let dates: ReturnType<typeof datesOf> | undefined;
  let daysOverdue: number | undefined;
  if (timeline !== undefined && owed !== undefined) {
    dates = datesOf(timeline, owed);
    daysOverdue = daysOverdueOn(timeline, owed, toDayNumber(asOf));
  }
  const overdue = daysOverdue !== undefined;
  return {
    cycle: cycle.id,
    subject,
    covered: true,
    from: span.from ?? null,
    until: span.until ?? null,
    lastReviewed: lastReviewed ?? null,
    period: dates?.period ?? null,
    deadline: dates?.deadline ?? null,
    nextDue: dates?.deadline ?? null,
    overdueFrom: dates?.overdueFrom ?? null,
    overdue,
    daysOverdue: daysOverdue ?? null,
  };
}

/**
 * When a subject's reviews by a cycle fall due, as of a date: the review it owes, the period that
 * review covers and its deadline. The periods are the cycle's, on the financial year, from the
 * start of the subject's plan to the period in which the plan ends or the target's goal date
 * falls (see {@link reviewSchedule}); the review owed is the first period after the last one a
 * recorded review (on or before `asOf`) answered, or the first of all. It is due by the period's
 * end plus the cycle's `deadline` (`graceDays`, 42 days, when absent: a quarter's report goes to
 * the next committee), and overdue from the day after, with `daysOverdue` counted from the
 * deadline. A gap before a later answered period is not chased: the later review reported on it.
 * The cascade checker's `review-overdue` rule and {@link overdueReviews} report exactly the
 * subjects for which `overdue` is true, with the same period, deadline and days.
 *
 * @category Review
 * @param source - a parsed framework or its index
 * @param cycleId - the review cycle's id
 * @param subject - the plan, objective, target or owner reviewed
 * @param options - `asOf`, the date to judge as of
 * @returns the span reviews fall due in, the last review, the period owed, its deadline, the first
 * day it is overdue, whether it is overdue and by how many days
 * @throws {@link ReviewError} when the framework has no review cycle with that id, the options are
 * not an object, `asOf` is missing or not a calendar date, or the subject is not an object with a
 * known `kind` and a string `id`
 * @throws {@link ReviewError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import type { Framework } from "performance-management";
 * import { reviewsDue } from "performance-management/review";
 * const framework: Framework = {
 *   id: "fw", name: "Reviews", owners: [], objectives: [{ id: "offers", plan: "sp", title: "Offers within 21 days" }],
 *   plans: [{ id: "sp", name: "Housing service plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } }],
 *   indicators: [{ id: "pi", title: "Days to an offer", unit: "days", polarity: "lower-is-better", measure: "process", frequency: "quarterly" }],
 *   targets: [{ id: "t", objective: "offers", indicator: "pi", baseline: { date: "2001-03-31", value: "30" }, goal: { date: "2002-03-31", value: "21" } }],
 *   reviewCycles: [{ id: "rc-targets", name: "Quarterly report on targets", frequency: "quarterly", appliesTo: { kind: "target" } }],
 *   reviews: [{ cycle: "rc-targets", subject: "t", date: "2001-06-30" }],
 * };
 * // 30 June answers the first quarter; the quarter to 30 September is due six weeks (42 days) later.
 * const due = reviewsDue(framework, "rc-targets", { kind: "target", id: "t" }, { asOf: "2001-11-12" });
 * [due.lastReviewed, due.period, due.deadline, due.overdue, due.daysOverdue] //=> ["2001-06-30", { start: "2001-07-01", end: "2001-09-30" }, "2001-11-11", true, 1]
 * reviewsDue(framework, "rc-targets", { kind: "target", id: "t" }, { asOf: "2001-11-11" }).overdue //=> false
 */
export function reviewsDue(
  source: Framework | FrameworkIndex,
  cycleId: Id,
  subject: ReviewSubject,
  options: ReviewsDueOptions,
): ReviewsDue {
  checkOptionsObject(options, "options", reviewError);
  checkKnownOptions(options, ["asOf"], "options", reviewError);
  const asOf = checkDate(options.asOf, "options.asOf", reviewError);
  const copy = checkedSubject(subject);
  const index = checkedFrameworkIndex(source, reviewError);
  const cycle = cycleNamed(index, cycleId);
  return covers(index, cycle, copy.kind, copy.id)
    ? dueOf(index, cycle, copy, asOf)
    : {
        cycle: cycle.id,
        subject: copy,
        covered: false,
        from: null,
        until: null,
        lastReviewed: null,
        period: null,
        deadline: null,
        nextDue: null,
        overdueFrom: null,
        overdue: false,
        daysOverdue: null,
      };
}
