import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { LAST_CALENDAR_DATE, addMonths, fromDayNumber, toDayNumber } from "../internal/dates.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import type { Framework, FrameworkIndex, Id, ReviewCycle, ReviewSubjectKind } from "../model/index.js";
import { graceDaysOf, monthsOf } from "../model/index.js";
import { type ReviewSubject, checkedSubject, covers, cycleNamed } from "./cycleCovers.js";
import { reviewError } from "./errors.js";
import { recordedReviews } from "./reviewCredit.js";

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
 * that does not apply is absent.
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
   * of any plan. Absent when there is nothing to count from (the subject, or its plan, does not exist).
   */
  readonly from?: string;
  /**
   * The end of the span: the plan's end, a target's goal date; absent for owners. The review of the
   * span's last period may fall due on the day after it (a one-year plan's annual review counted
   * from 2001-04-01 falls due on 2002-04-01); none falls due later.
   */
  readonly until?: string;
  /** The subject's latest review by the cycle on or before `asOf`. */
  readonly lastReviewed?: string;
  /**
   * When the next review is due: the cycle's frequency in calendar months after the last review;
   * when there has been none, the cycle's `firstDue` if that is after `from`, else the frequency
   * after `from`. Absent when there is nothing to count from, or when it would fall more than a
   * day after `until` or after the calendar's last date, 9999-12-31.
   */
  readonly nextDue?: string;
  /**
   * The first day on which the next review is overdue: `nextDue` plus the cycle's grace
   * (`graceDays`, 42 days when absent) plus one day, so a quarter ending 2001-06-30 is overdue from
   * 2001-08-12. Absent when there is no `nextDue`, or when that day would fall after 9999-12-31
   * (then the review is never overdue within the calendar).
   */
  readonly overdueFrom?: string;
  /** True when `overdueFrom` is on or before `asOf`: the next review's due date and its grace have both passed. */
  readonly overdue: boolean;
}

/** The key under which the index keeps the earliest plan start. */
const EARLIEST_PLAN_START = Symbol("earliest plan start");

/**
 * The span in which a subject's reviews fall due.
 * @internal
 */
export function spanOf(index: FrameworkIndex, kind: ReviewSubjectKind, id: Id): { from?: string; until?: string } {
  if (kind === "owner") {
    const from = index.derive(EARLIEST_PLAN_START, (indexed) => {
      let earliest: string | undefined;
      for (const plan of indexed.plans.values())
        if (earliest === undefined || plan.period.start < earliest) earliest = plan.period.start;
      return earliest;
    });
    return from === undefined ? {} : { from };
  }
  const plan = index.planOf(kind, id);
  if (kind !== "target") return plan === undefined ? {} : { from: plan.period.start, until: plan.period.end };
  const target = index.targets.get(id);
  const from = plan?.period.start ?? target?.baseline.date;
  return { ...(from === undefined ? {} : { from }), ...(target === undefined ? {} : { until: target.goal.date }) };
}

/**
 * When the next review falls due: one period after the last review; with none, the cycle's
 * `firstDue` when it is after `from`, else one period after `from`. `undefined` when there is
 * nothing to count from, or the date would fall past the calendar's end (9999-12-31).
 */
function nextDueOf(cycle: ReviewCycle, from: string | undefined, lastReviewed: string | undefined): string | undefined {
  if (lastReviewed !== undefined) return addMonths(lastReviewed, monthsOf(cycle.frequency));
  if (from === undefined) return undefined;
  if (cycle.firstDue !== undefined && cycle.firstDue > from) return cycle.firstDue;
  return addMonths(from, monthsOf(cycle.frequency));
}

/**
 * Whether a review due on `due` falls due within a span ending `until`: on or before it, or on the
 * day after, when the span's last period ends (a one-year plan's annual review, counted from
 * 2001-04-01, falls due on 2002-04-01, the day after the plan ends on 2002-03-31).
 */
function dueWithin(due: string, until: string): boolean {
  return due <= until || toDayNumber(due) === toDayNumber(until) + 1;
}

/**
 * The first day a review due on `nextDue` is overdue after `graceDays` days of grace, or
 * `undefined` when that day falls after the calendar's last date.
 * @internal
 */
export function overdueFromOf(nextDue: string, graceDays: number): string | undefined {
  const day = fromDayNumber(toDayNumber(nextDue) + graceDays + 1);
  return day.length === 10 && day <= LAST_CALENDAR_DATE ? day : undefined;
}

/**
 * The reviews due of one subject a cycle covers, for callers that have checked their arguments.
 * @internal
 */
export function dueOf(index: FrameworkIndex, cycle: ReviewCycle, subject: ReviewSubject, asOf: string): ReviewsDue {
  const { kind, id } = subject;
  // The subject's reviews by the cycle are sorted by date: the last on or before asOf is the latest.
  const reviews = recordedReviews(index, cycle.id, kind, id);
  const lastReviewed = reviews[countOnOrBefore(reviews, asOf) - 1]?.date;
  const span = spanOf(index, kind, id);
  const due = nextDueOf(cycle, span.from, lastReviewed);
  const nextDue = due === undefined || (span.until !== undefined && !dueWithin(due, span.until)) ? undefined : due;
  const overdueFrom = nextDue === undefined ? undefined : overdueFromOf(nextDue, graceDaysOf(cycle));
  return {
    cycle: cycle.id,
    subject,
    covered: true,
    ...span,
    ...(lastReviewed === undefined ? {} : { lastReviewed }),
    ...(nextDue === undefined ? {} : { nextDue }),
    ...(overdueFrom === undefined ? {} : { overdueFrom }),
    overdue: overdueFrom !== undefined && overdueFrom <= asOf,
  };
}

/**
 * When a subject's reviews by a cycle fall due, as of a date: from the start of the subject's plan,
 * every `monthsOf(cycle.frequency)` calendar months after the last review (or after the start, or on
 * the cycle's `firstDue`, when there has been none), until the plan ends or the target's goal date
 * passes (the last period's review may fall due the day after). A review is overdue
 * only once its due date and the cycle's grace have passed (`graceDays`, 42 days, six weeks, when
 * absent: a quarter's report goes to the next committee): `overdueFrom` is the first overdue day.
 * The cascade checker's `review-overdue` rule reports the subjects for which `overdue` is true.
 *
 * @category Review
 * @param source - a parsed framework or its index
 * @param cycleId - the review cycle's id
 * @param subject - the plan, objective, target or owner reviewed
 * @param options - `asOf`, the date to judge as of
 * @returns the span reviews fall due in, the last review, the next due date, the first day it is
 * overdue and whether it is overdue
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
 * // Due 2001-09-30; six weeks' grace (42 days) runs to 2001-11-11, so overdue from 2001-11-12.
 * const due = reviewsDue(framework, "rc-targets", { kind: "target", id: "t" }, { asOf: "2001-11-12" });
 * [due.lastReviewed, due.nextDue, due.overdueFrom, due.overdue] //=> ["2001-06-30", "2001-09-30", "2001-11-12", true]
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
    : { cycle: cycle.id, subject: copy, covered: false, overdue: false };
}
