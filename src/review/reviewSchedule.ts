import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { toDayNumber } from "../internal/dates.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import type { Framework, FrameworkIndex, Id, Review, ReviewCycle } from "../model/index.js";
import { type ReviewSubject, coveredSubjects } from "./cycleCovers.js";
import { reviewError } from "./errors.js";
import { recordedReviews } from "./reviewCredit.js";
import { type Answer, answeredPeriods, datesOf, daysOverdueOn, owedPeriod, reviewTimeline } from "./dueDates.js";

/**
 * Options for {@link reviewSchedule}: the window, both ends included, `YYYY-MM-DD`: the reviews of
 * the periods that end in it are listed.
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
  readonly asOf?: string | undefined;
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
  /**
   * The period the review covers, both days included: a quarter, a financial year (the first
   * from the subject's start; for an annual figure's target under a more frequent cycle, the
   * periods since its last review).
   */
  readonly period: { readonly start: string; readonly end: string };
  /** The day the review is due by: the period's end plus the cycle's deadline (a quarter to 30 June, six weeks later: 11 August). */
  readonly deadline: string;
  /** The same day as `deadline`. */
  readonly due: string;
  /** The first day the review is overdue if not done, the day after the deadline; `null` past 9999-12-31. */
  readonly overdueFrom: string | null;
  /**
   * Whole days from the deadline to `asOf`, when `asOf` is given and the review is overdue at it:
   * not done, past its deadline, and not followed by a review that answered a later period. The
   * first such review of a subject is the one {@link overdueReviews} lists, with the same days.
   * `null` when it is not overdue, or no `asOf` is given.
   */
  readonly daysOverdue: number | null;
  /** The owner id of whoever conducts the review, from the cycle; `null` when the cycle names none. */
  readonly reviewer: Id | null;
  /**
   * The recorded review that answers this one (see {@link reviewSchedule}): its date and outcome
   * (`null` when none was recorded); `null` when no review answers it.
   */
  readonly done: { readonly date: string; readonly outcome: string | null } | null;
}

/**
 * Every review due in a window, per cycle and subject.
 *
 * @category Review
 */
export interface ReviewSchedule {
  readonly from: string;
  readonly to: string;
  /** The reviews of the periods ending in the window: by deadline, then the cycles' order in the framework, then the order in which each cycle covers its subjects. */
  readonly reviews: readonly ScheduledReview[];
}

/**
 * The reviews a cycle calls for of one subject, due in the window, each with the recorded review
 * that answers it (see {@link answeredPeriods}). The first period in the window is found by
 * arithmetic on the calendar, not stepped to from the subject's start: the cost follows the reviews
 * returned and the subject's recorded reviews, never the length of its span.
 */
function subjectSchedule(
  index: FrameworkIndex,
  cycle: ReviewCycle,
  subject: ReviewSubject,
  window: { from: number; to: number; asOf: string | undefined },
  out: ScheduledReview[],
): void {
  const timeline = reviewTimeline(index, cycle, subject);
  if (timeline === undefined) return;
  const recorded: readonly Review[] = recordedReviews(index, cycle.id, subject.kind, subject.id);
  // Sorted by date: those on or before asOf are a prefix.
  const reviews = window.asOf === undefined ? recorded : recorded.slice(0, countOnOrBefore(recorded, window.asOf));
  const answers = answeredPeriods(timeline, reviews);
  const owed = owedPeriod(timeline, answers);
  const asOfDay = window.asOf === undefined ? undefined : toDayNumber(window.asOf);
  let answer = 0;
  for (let k = timeline.firstEndingOnOrAfter(window.from); k < timeline.count; k += 1) {
    if (timeline.endDay(k) > window.to) return;
    while (answer < answers.length && (answers[answer] as Answer).k < k) answer += 1;
    const done = answers[answer]?.k === k ? (answers[answer] as Answer).review : undefined;
    const { period, deadline, overdueFrom } = datesOf(timeline, k);
    // Overdue: not answered, owed or later (an earlier gap was reported on by a later review), and past its deadline.
    const daysOverdue =
      done === undefined && owed !== undefined && k >= owed && asOfDay !== undefined
        ? daysOverdueOn(timeline, k, asOfDay)
        : undefined;
    out.push({
      cycle: cycle.id,
      subject,
      period,
      deadline,
      due: deadline,
      overdueFrom: overdueFrom ?? null,
      daysOverdue: daysOverdue ?? null,
      reviewer: cycle.reviewer ?? null,
      done: done === undefined ? null : { date: done.date, outcome: done.outcome ?? null },
    });
  }
}

/**
 * Every review due in a window, per cycle and subject: the calendar a performance officer plans
 * the year's committee business from.
 *
 * Each review covers a period of the cycle's frequency, aligned to the framework's financial year
 * (`financialYearStart`, 1 April when absent): monthly, each month; quarterly, the quarters to 30
 * June, 30 September, 31 December and 31 March; half-yearly, to 30 September and 31 March;
 * annually, the year to 31 March; every N months from the start of the financial year the subject
 * starts in (a five-yearly best value review, `{ everyMonths: 60 }`). A cycle's `firstDue`, when
 * after the subject's start, ends the first period instead, and later periods end every frequency
 * after it. A subject's periods run from its start (its plan's start) to the period in which it
 * ends (the plan's end, the target's goal date: a target ending on 31 March has its year-end
 * review). A target whose indicator is measured less often than the cycle comes round (an annual
 * figure under quarterly reports) is reviewed in the cycle's period in which its figure falls due
 * (the indicator's period end plus its reporting lag), each review covering the periods since the
 * last.
 *
 * Each review is due by its `deadline`: the period's end plus the cycle's `deadline` (`{
 * daysAfterPeriodEnd }` or `{ monthsAfterPeriodEnd }`, month ends kept), else its `graceDays`, else
 * 42 days; `overdueFrom` is the day after. The window selects the reviews of the periods that end
 * in it (a report on the quarter to 30 June lists that quarter's reviews, due by 11 August), and
 * they come in deadline order.
 *
 * A recorded review answers the earliest period not yet answered when held after the previous
 * period's end and by the next period's end: the quarter to 30 June is answered by a review held
 * in the quarter or up to 30 September (the committee meets after the quarter); one waiting for a
 * figure, only once the figure is due. Reviews are matched from the subject's start, so the window
 * never changes which review answers which period; a second review in one period answers nothing,
 * and reviews recorded twice on one date (a repeated row) count once: one meeting answers one
 * period. With `asOf`, a review not done whose deadline has passed, and that no later review has
 * reported past, has `daysOverdue`, from its deadline: the first of a subject's is the one
 * {@link overdueReviews} and {@link reviewsDue} give, with the same period, deadline and days.
 *
 * The cost follows the reviews returned and the subjects' recorded reviews: the first period in
 * the window is found by arithmetic, not by stepping from the subject's start.
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
 * // The quarters of 2001/02, each due six weeks (42 days) after it ends:
 * const schedule = reviewSchedule(framework, { from: "2001-04-01", to: "2002-03-31" });
 * schedule.reviews.map((review) => review.period.end) //=> ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"]
 * schedule.reviews.map((review) => review.deadline) //=> ["2001-08-11", "2001-11-11", "2002-02-11", "2002-05-12"]
 * schedule.reviews[0]?.done //=> { date: "2001-07-20", outcome: "On track" }
 * schedule.reviews[1]?.done //=> null
 * schedule.reviews[1]?.overdueFrom //=> "2001-11-12"
 * // As known on 1 December 2001, the quarter to 30 September is 20 days past its deadline:
 * reviewSchedule(framework, { from: "2001-07-01", to: "2001-09-30", asOf: "2001-12-01" }).reviews[0]?.daysOverdue //=> 20
 * // As known on 15 July 2001, the review of 20 July has not happened yet:
 * reviewSchedule(framework, { from: "2001-04-01", to: "2001-06-30", asOf: "2001-07-15" }).reviews[0]?.done //=> null
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
