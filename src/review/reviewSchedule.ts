import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { LAST_CALENDAR_DATE, dayNumberMonthsAfter, fromDayNumber, isMonthEnd, toDayNumber } from "../internal/dates.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import type { Framework, FrameworkIndex, Id, Review, ReviewCycle } from "../model/index.js";
import { graceDaysOf, monthsOf } from "../model/index.js";
import { financialYearOf } from "../trajectory/financialYear.js";
import { type ReviewSubject, coveredSubjects } from "./cycleCovers.js";
import { reviewError } from "./errors.js";
import { recordedReviews } from "./reviewCredit.js";
import { overdueFromOf, spanOf } from "./reviewsDue.js";

/**
 * Options for {@link reviewSchedule}: the window, both ends included, `YYYY-MM-DD`.
 *
 * @category Review
 */
export interface ReviewScheduleOptions {
  readonly from: string;
  readonly to: string;
  /**
   * The date the schedule is read as of, `YYYY-MM-DD`: reviews recorded after it have not happened
   * yet, so they answer no period. Absent: every recorded review counts.
   */
  readonly asOf?: string;
}

/**
 * One review a cycle calls for: the period it covers, when it is due and, when a review of the
 * period is recorded, that review.
 *
 * @category Review
 */
export interface ScheduledReview {
  readonly cycle: Id;
  readonly subject: ReviewSubject;
  /** The period the review covers: the day after the previous period ends, to `due`. */
  readonly period: { readonly start: string; readonly end: string };
  /** When the review is due: the end of its period (a quarter's review, 30 June). */
  readonly due: string;
  /** The first day the review is overdue if not done: `due` plus the cycle's grace plus one day; absent past 9999-12-31. */
  readonly overdueFrom?: string;
  /** The owner id of whoever conducts the review, from the cycle. */
  readonly reviewer?: Id;
  /** The recorded review that answers this one (see {@link reviewSchedule}), when there is one. */
  readonly done?: { readonly date: string; readonly outcome?: string };
}

/**
 * Every review due in a window, per cycle and subject.
 *
 * @category Review
 */
export interface ReviewSchedule {
  readonly from: string;
  readonly to: string;
  /** By due date, then the cycles' order in the framework, then the order in which each cycle covers its subjects. */
  readonly reviews: readonly ScheduledReview[];
}

/** A cycle's period ends for a subject: the k-th is `dueDay(k)`, rising with k (k may be negative). */
interface PeriodEnds {
  dueDay(k: number): number;
  /** The least k a subject's periods may use: 0 for a `firstDue`, none otherwise. */
  first: number;
  /** The greatest k whose period end is on or before `day`. */
  below(day: number): number;
}

/**
 * The period ends of a cycle counted from an anchor: with a `firstDue` after the subject's start,
 * that date and every frequency after it (month ends kept when it is one; the first period runs
 * from the start to it); otherwise the ends of each period of the frequency from the start of the
 * financial year the subject starts in, so a quarterly cycle in an April year falls due on 30
 * June, 30 September, 31 December and 31 March.
 */
function periodEnds(cycle: ReviewCycle, from: string, yearStart: string): PeriodEnds {
  const months = monthsOf(cycle.frequency);
  const { firstDue } = cycle;
  let dueDay: (k: number) => number;
  let anchorMonths: number;
  if (firstDue !== undefined && firstDue > from) {
    const monthEnds = isMonthEnd(firstDue);
    const first = monthEnds ? `${firstDue.slice(0, 8)}01` : firstDue;
    dueDay = (k) =>
      monthEnds ? dayNumberMonthsAfter(first, k * months + 1) - 1 : dayNumberMonthsAfter(first, k * months);
    anchorMonths = monthIndex(firstDue);
  } else {
    const start = financialYearOf(from, yearStart).start;
    dueDay = (k) => dayNumberMonthsAfter(start, (k + 1) * months) - 1;
    anchorMonths = monthIndex(start);
  }
  return {
    dueDay,
    first: firstDue !== undefined && firstDue > from ? 0 : Number.NEGATIVE_INFINITY,
    below(day) {
      // Whole periods from the anchor's month to the day's, then a step either way to land exactly.
      let k = Math.floor((monthIndex(fromDayNumber(day)) - anchorMonths) / months) - 1;
      while (dueDay(k) > day) k -= 1;
      while (dueDay(k + 1) <= day) k += 1;
      return k;
    },
  };
}

/** A date's month counted from year 0: 12 × year + month − 1. */
function monthIndex(date: string): number {
  return Number(date.slice(0, -6)) * 12 + Number(date.slice(-5, -3)) - 1;
}

/**
 * The reviews a cycle calls for of one subject, due in the window, each with the recorded review
 * that answers it. Reviews are matched to periods in order from the subject's start, so the
 * window never changes which review answers which period.
 */
function subjectSchedule(
  index: FrameworkIndex,
  cycle: ReviewCycle,
  subject: ReviewSubject,
  window: { from: number; to: number; asOf: string | undefined },
  out: ScheduledReview[],
): void {
  const span = spanOf(index, subject.kind, subject.id);
  if (span.from === undefined) return;
  const fromDay = toDayNumber(span.from);
  const lastDay = Math.min(
    window.to,
    span.until === undefined ? Number.POSITIVE_INFINITY : toDayNumber(span.until),
    toDayNumber(LAST_CALENDAR_DATE),
  );
  if (lastDay < window.from) return;
  const ends = periodEnds(cycle, span.from, index.financialYearStart);
  const recorded: readonly Review[] = recordedReviews(index, cycle.id, subject.kind, subject.id);
  // Sorted by date: those on or before asOf are a prefix.
  const reviews = window.asOf === undefined ? recorded : recorded.slice(0, countOnOrBefore(recorded, window.asOf));
  const grace = graceDaysOf(cycle);
  let next = 0;
  // The first period is the one that ends after the subject starts (with a firstDue after the
  // start, the one ending on it); it covers the subject from its start.
  let previous = fromDay - 1;
  for (let k = Math.max(ends.below(fromDay) + 1, ends.first); ; k += 1) {
    const due = ends.dueDay(k);
    if (due > lastDay) return;
    const following = ends.dueDay(k + 1);
    // Reviews on or before the previous period's end, left over, answer nothing here.
    while (next < reviews.length && toDayNumber((reviews[next] as Review).date) <= previous) next += 1;
    // The earliest review after the previous period ends, up to the end of the next period, answers this one.
    let done: Review | undefined;
    if (next < reviews.length && toDayNumber((reviews[next] as Review).date) <= following) {
      const answer = reviews[next] as Review;
      done = answer;
      next += 1;
      // The same cycle's review of the same subject recorded twice on one date is one meeting: a
      // repeated row does not also answer the next period.
      while (next < reviews.length && (reviews[next] as Review).date === answer.date) next += 1;
    }
    if (due >= window.from) {
      const dueDate = fromDayNumber(due);
      const overdueFrom = overdueFromOf(dueDate, grace);
      out.push({
        cycle: cycle.id,
        subject,
        period: { start: fromDayNumber(previous + 1), end: dueDate },
        due: dueDate,
        ...(overdueFrom === undefined ? {} : { overdueFrom }),
        ...(cycle.reviewer === undefined ? {} : { reviewer: cycle.reviewer }),
        ...(done === undefined
          ? {}
          : { done: done.outcome === undefined ? { date: done.date } : { date: done.date, outcome: done.outcome } }),
      });
    }
    previous = due;
  }
}

/**
 * Every review due in a window, per cycle and subject: the calendar a performance officer plans
 * the year's committee business from.
 *
 * Reviews fall due at the end of each period of the cycle's frequency, aligned to the
 * framework's financial year (`financialYearStart`, 1 April when absent): monthly at each month's
 * end, quarterly on 30 June, 30 September, 31 December and 31 March, half-yearly on 30 September
 * and 31 March, annually on 31 March, every N months from the start of the financial year the
 * subject starts in (a five-yearly best value review, `{ everyMonths: 60 }`). A cycle's `firstDue`,
 * when after the subject's start, anchors its periods instead: that date and every frequency
 * after it, as {@link reviewsDue} counts a first review. A subject's
 * reviews fall due from the first period end after it starts (its plan's start, as
 * {@link reviewsDue} counts) up to its end (the plan's end, the target's goal date).
 *
 * A recorded review answers the earliest period not yet answered whose end is before the next
 * period's end and after the previous one's: the quarter to 30 June is answered by a review held
 * in the quarter or up to 30 September (the committee meets after the quarter). Reviews are matched
 * from the subject's start, so the window never changes which review answers which period; a
 * second review in one period answers nothing, and reviews recorded twice on one date (a repeated
 * row) count once: one meeting answers one period. `overdueFrom` is the due date plus the cycle's grace
 * (42 days when absent) plus a day, as {@link reviewsDue} counts it.
 *
 * @category Review
 * @param source - a parsed framework or its index
 * @param options - `from` and `to`, the window, both included; `asOf`, to count only the reviews recorded by then
 * @returns the reviews due in the window, in due-date order
 * @throws {@link ReviewError} when the options are not an object, `from` or `to` is missing or not
 * a calendar date, `to` is before `from`, or `asOf` is given and not a calendar date
 * @throws {@link ReviewError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import type { Framework } from "performance-management";
 * import { reviewSchedule } from "performance-management/review";
 * const framework: Framework = {
 *   id: "fw", name: "Reviews", owners: [{ id: "cabinet", name: "Cabinet", kind: "team" }],
 *   plans: [{ id: "sp", name: "Housing service plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } }],
 *   objectives: [{ id: "offers", plan: "sp", title: "Offers within 21 days" }],
 *   indicators: [{ id: "pi", title: "Days to an offer", unit: "days", polarity: "lower-is-better", measure: "process", frequency: "quarterly" }],
 *   targets: [{ id: "t", objective: "offers", indicator: "pi", baseline: { date: "2001-03-31", value: "30" }, goal: { date: "2002-03-31", value: "21" } }],
 *   reviewCycles: [{ id: "rc", name: "Quarterly report", frequency: "quarterly", appliesTo: { kind: "target" }, reviewer: "cabinet" }],
 *   reviews: [{ cycle: "rc", subject: "t", date: "2001-07-20", outcome: "On track" }],
 * };
 * const schedule = reviewSchedule(framework, { from: "2001-04-01", to: "2002-03-31" });
 * schedule.reviews.map((review) => review.due) //=> ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"]
 * schedule.reviews[0]?.done //=> { date: "2001-07-20", outcome: "On track" }
 * schedule.reviews[1]?.done //=> undefined
 * schedule.reviews[1]?.overdueFrom //=> "2001-11-12"
 * // As known on 15 July 2001, the review of 20 July has not happened yet:
 * reviewSchedule(framework, { from: "2001-04-01", to: "2001-06-30", asOf: "2001-07-15" }).reviews[0]?.done //=> undefined
 */
export function reviewSchedule(source: Framework | FrameworkIndex, options: ReviewScheduleOptions): ReviewSchedule {
  checkOptionsObject(options, "options", reviewError);
  checkKnownOptions(options, ["from", "to", "asOf"], "options", reviewError);
  const from = checkDate(options.from, "options.from", reviewError);
  const to = checkDate(options.to, "options.to", reviewError);
  if (to < from)
    throw reviewError(`options.to (${to}) is before options.from (${from}): give a window that ends after it starts`);
  const asOf = options.asOf === undefined ? undefined : checkDate(options.asOf, "options.asOf", reviewError);
  const index = checkedFrameworkIndex(source, reviewError);
  const window = { from: toDayNumber(from), to: toDayNumber(to), asOf };
  const byCycle: ScheduledReview[][] = [];
  for (const cycle of index.reviewCycles.values()) {
    const reviews: ScheduledReview[] = [];
    for (const subject of coveredSubjects(index, cycle)) subjectSchedule(index, cycle, subject, window, reviews);
    byCycle.push(reviews);
  }
  // Stable: by due date, then cycle order, then each cycle's subject order.
  const reviews = byCycle.flat().sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { from, to, reviews };
}
