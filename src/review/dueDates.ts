/**
 * The one due-date rule of the review engine: the periods a cycle's reviews of a subject cover,
 * when each is due (its deadline) and which recorded review answers which period.
 * `reviewSchedule`, `reviewsDue`, `overdueReviews` and the cascade checker's `review-overdue` all
 * read their periods, deadlines and days overdue from here, so they cannot disagree.
 * @internal
 */
import { LAST_CALENDAR_DATE, dayNumberMonthsAfter, fromDayNumber, isMonthEnd, toDayNumber } from "../internal/dates.js";
import type {
  FrameworkIndex,
  Id,
  Indicator,
  Review,
  ReviewCycle,
  ReviewDeadline,
  ReviewSubjectKind,
} from "../model/index.js";
import { deadlineOf, monthsOf } from "../model/cadence.js";
import { lagInForce } from "../model/figures.js";
import { financialYearOf } from "../trajectory/financialYear.js";
import type { ReviewSubject } from "./cycleCovers.js";

const LAST_DAY = toDayNumber(LAST_CALENDAR_DATE);

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
 * A subject's reviews by a cycle, numbered from 0: the k-th covers the days `startDay(k)` to
 * `endDay(k)` and is due by the end of `deadlineDay(k)`. Every function rises with k; `endDay` is
 * defined for k up to `count` (the end of the period after the last, which closes the last
 * period's answering window). Day numbers as `toDayNumber` counts them.
 * @internal
 */
export interface ReviewTimeline {
  /** How many reviews the subject's span calls for within the calendar (`Infinity` for an owner, which has no end). */
  readonly count: number;
  startDay(k: number): number;
  /** The first day a review can answer the k-th period: its start, or, when the review waits for a figure, the day the figure is due. */
  answerFromDay(k: number): number;
  endDay(k: number): number;
  deadlineDay(k: number): number;
  /** The least k ≥ 0 whose period ends on or after `day` (`count + 1` at most when the count is finite). */
  firstEndingOnOrAfter(day: number): number;
}

/** A date's month counted from year 0: 12 × year + month − 1. */
function monthIndex(date: string): number {
  return Number(date.slice(0, -6)) * 12 + Number(date.slice(-5, -3)) - 1;
}

/** The first day of a date's month. */
function monthStart(date: string): string {
  return `${date.slice(0, -2)}01`;
}

/** The day `months` calendar months after `date`, month ends kept (3 after 31 December is 31 March). */
function monthsAfterDay(date: string, months: number): number {
  return isMonthEnd(date) ? dayNumberMonthsAfter(monthStart(date), months + 1) - 1 : dayNumberMonthsAfter(date, months);
}

/** The day a review of a period ending on `endDay` is due by; past the calendar's end for a period ending past it. */
export function deadlineDayAfter(deadline: ReviewDeadline, endDay: number): number {
  if ("daysAfterPeriodEnd" in deadline) return endDay + deadline.daysAfterPeriodEnd;
  // Past 9999-12-31 a date has a five-digit year: no deadline within the calendar.
  if (endDay > LAST_DAY) return Number.POSITIVE_INFINITY;
  return monthsAfterDay(fromDayNumber(endDay), deadline.monthsAfterPeriodEnd);
}

/** The least k in [lo, hi) for which `holds` (false, then true, as k rises), else `hi`. */
function leastSuch(lo: number, hi: number, holds: (k: number) => boolean): number {
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A cycle's period ends, indexed by g (any whole number): `endDay(g)` rises with g. */
interface CycleGrid {
  endDay(g: number): number;
  /** The least g a subject's periods may use: 0 with a `firstDue` after the subject's start, else none. */
  readonly first: number;
  /** The least g whose period ends on or after `day`. */
  endingOnOrAfter(day: number): number;
}

/**
 * The period ends of a cycle: with a `firstDue` after the subject's start, that date and every
 * frequency after it (month ends kept when it is one; the first period runs from the start to
 * it); otherwise the ends of each period of the frequency from the start of the financial year
 * the subject starts in, so a quarterly cycle in an April year covers the quarters to 30 June, 30
 * September, 31 December and 31 March.
 */
function cycleGrid(cycle: ReviewCycle, from: string, yearStart: string): CycleGrid {
  const months = monthsOf(cycle.frequency);
  const { firstDue } = cycle;
  const anchored = firstDue !== undefined && firstDue > from;
  const anchor = anchored ? firstDue : financialYearOf(from, yearStart).start;
  const anchorMonths = monthIndex(anchor);
  const endDay = anchored
    ? (g: number) => monthsAfterDay(anchor, g * months)
    : (g: number) => dayNumberMonthsAfter(anchor, (g + 1) * months) - 1;
  return {
    endDay,
    first: anchored ? 0 : Number.NEGATIVE_INFINITY,
    endingOnOrAfter(day) {
      // Whole periods from the anchor's month to the day's, then a step either way to land exactly.
      let g = Math.floor((monthIndex(fromDayNumber(day)) - anchorMonths) / months) - 1;
      while (endDay(g) >= day) g -= 1;
      while (endDay(g) < day) g += 1;
      return g;
    },
  };
}

/**
 * The one place the review engine reads an indicator's reporting lag: the days from a period's
 * end to the day its figure is due, the lag in force that the trajectory engine and `unmeasured`
 * read (`lagInForce`: the indicator's `lagDays`, else the framework's `reportingLags` for its
 * frequency, else the default).
 */
function reportingLagDays(index: FrameworkIndex, indicator: Indicator): number {
  return lagInForce(indicator, index.framework);
}

/**
 * The indicator a target's reviews wait for: its own, when it is measured less often than the
 * cycle comes round (an annual indicator under a quarterly cycle). `undefined` otherwise.
 */
function sparserIndicator(
  index: FrameworkIndex,
  cycle: ReviewCycle,
  subject: ReviewSubject,
): { indicator: Indicator; baseline: string } | undefined {
  if (subject.kind !== "target") return undefined;
  const target = index.targets.get(subject.id);
  if (target === undefined) return undefined;
  const indicator = index.indicators.get(target.indicator);
  if (indicator === undefined || monthsOf(indicator.frequency) <= monthsOf(cycle.frequency)) return undefined;
  return { indicator, baseline: target.baseline.date };
}

/**
 * The reviews a cycle calls for of a subject (see {@link ReviewTimeline}); `undefined` when there
 * is nothing to count from (the subject, or its plan, does not exist).
 *
 * - From the subject's start (its plan's start; a target with no plan, its baseline), the cycle's
 *   periods on the financial year (or from its `firstDue`), the first being the one that ends
 *   after the start and covers it from the start; up to and including the period in which the
 *   subject ends (the plan's end, the target's goal date): a target ending on 31 March has its
 *   year-end review. An owner has no end.
 * - A target whose indicator is measured less often than the cycle comes round (an annual figure
 *   under quarterly reports) is reviewed once per figure: in the cycle's period in which the figure
 *   falls due (the indicator's period end plus its reporting lag), each review covering the
 *   periods since the last; its figures are those after its baseline up to its goal date. A review
 *   held before the figure is due does not answer it.
 * - Each review is due by its period's end plus the cycle's deadline ({@link deadlineOf}).
 * - Periods and deadlines past 9999-12-31 are not within the calendar: the count stops before them.
 *
 * A timeline depends only on the cycle, the span (`span`, the subject's own when not given) and,
 * for a target waiting for a sparser figure, its indicator's frequency, lag and the target's
 * baseline: the index keeps one per such key, from the second subject that shares it (the first
 * only notes the key), so the subjects of one period under a cycle share one timeline and its
 * remembered dates, and a subject whose span no other shares keeps nothing but the note.
 * @internal
 */
export function reviewTimeline(
  index: FrameworkIndex,
  cycle: ReviewCycle,
  subject: ReviewSubject,
  span: { from?: string; until?: string } = spanOf(index, subject.kind, subject.id),
): ReviewTimeline | undefined {
  const { from, until } = span;
  if (from === undefined) return undefined;
  const sparse = sparserIndicator(index, cycle, subject);
  const lag = sparse === undefined ? 0 : reportingLagDays(index, sparse.indicator);
  // Everything the timeline is computed from, besides the cycle and the framework's year start.
  const key =
    sparse === undefined
      ? `${from} ${until ?? ""}`
      : `${from} ${until ?? ""} ${sparse.baseline} ${String(monthsOf(sparse.indicator.frequency))} ${String(lag)}`;
  // The index holds its cycles: a Map, which the collector handles more cheaply than a WeakMap.
  const byCycle = index.derive(TIMELINES, () => new Map<ReviewCycle, Map<string, MemoTimeline | null>>());
  let bySpan = byCycle.get(cycle);
  if (bySpan === undefined) byCycle.set(cycle, (bySpan = new Map<string, MemoTimeline | null>()));
  const known = bySpan.get(key);
  if (known !== undefined && known !== null) return known;
  const timeline = computedTimeline(index, cycle, from, until, sparse, lag);
  // A span seen once is only noted: a timeline is kept (and remembers its dates) from the second
  // subject that shares it, so subjects whose spans no other shares keep nothing but the note.
  if (known === undefined) {
    bySpan.set(key, null);
    return timeline;
  }
  const shared = new MemoTimeline(timeline);
  bySpan.set(key, shared);
  return shared;
}

/** The key under which the index keeps each cycle's timelines by span (see {@link reviewTimeline}). */
const TIMELINES = Symbol("review timelines by cycle and span");

/** How many of a timeline's first periods it remembers the days and written dates of (the periods a report asks about). */
const REMEMBERED = 8;

/** How many days a timeline remembers the first period ending on or after. */
const REMEMBERED_DAYS = 64;

/** The dates `datesOf` writes for one review: strings only, so no caller can change what another reads. */
interface WrittenDates {
  readonly start: string;
  readonly end: string;
  readonly deadline: string;
  readonly overdueFrom: string | undefined;
}

/**
 * A timeline shared by every subject with the same span under a cycle, remembering what it has
 * worked out of its first {@link REMEMBERED} periods: 40,000 plans of one period share one
 * timeline, and a report asks it the same few periods three times (the schedule, the overdue
 * reviews and the checker's `review-overdue`). Kept from the second subject sharing a span (see
 * {@link reviewTimeline}); what it remembers is made on first use.
 */
class MemoTimeline implements ReviewTimeline {
  readonly count: number;
  readonly #timeline: ReviewTimeline;
  /** Period k's start, answer-from, end and deadline days at 4k to 4k + 3; absent until worked out. */
  #days: number[] | undefined;
  #written: (WrittenDates | undefined)[] | undefined;
  #firstEnding: Map<number, number> | undefined;

  constructor(timeline: ReviewTimeline) {
    this.count = timeline.count;
    this.#timeline = timeline;
  }

  /** One of period k's days (slot 0 to 3: start, answer-from, end, deadline), remembered for the first periods. */
  #day(k: number, slot: number): number {
    if (!(k >= 0 && k < REMEMBERED)) return this.#compute(k, slot);
    const days = (this.#days ??= []);
    let day = days[k * 4 + slot];
    if (day === undefined) {
      day = this.#compute(k, slot);
      days[k * 4 + slot] = day;
    }
    return day;
  }

  #compute(k: number, slot: number): number {
    const timeline = this.#timeline;
    if (slot === 0) return timeline.startDay(k);
    if (slot === 1) return timeline.answerFromDay(k);
    if (slot === 2) return timeline.endDay(k);
    return timeline.deadlineDay(k);
  }

  startDay(k: number): number {
    return this.#day(k, 0);
  }

  answerFromDay(k: number): number {
    return this.#day(k, 1);
  }

  endDay(k: number): number {
    return this.#day(k, 2);
  }

  deadlineDay(k: number): number {
    return this.#day(k, 3);
  }

  firstEndingOnOrAfter(day: number): number {
    const known = (this.#firstEnding ??= new Map<number, number>());
    let k = known.get(day);
    if (k === undefined) {
      k = this.#timeline.firstEndingOnOrAfter(day);
      if (known.size < REMEMBERED_DAYS) known.set(day, k);
    }
    return k;
  }

  /** The k-th review's dates as results write them. */
  written(k: number): WrittenDates {
    const remembered = k >= 0 && k < REMEMBERED ? (this.#written ??= []) : undefined;
    let dates = remembered?.[k];
    if (dates === undefined) {
      const deadlineDay = this.deadlineDay(k);
      dates = {
        start: fromDayNumber(this.startDay(k)),
        end: fromDayNumber(this.endDay(k)),
        deadline: fromDayNumber(deadlineDay),
        overdueFrom: deadlineDay < LAST_DAY ? fromDayNumber(deadlineDay + 1) : undefined,
      };
      if (remembered !== undefined) remembered[k] = dates;
    }
    return dates;
  }
}

/** The timeline {@link reviewTimeline} describes, worked out from the subject's span. */
function computedTimeline(
  index: FrameworkIndex,
  cycle: ReviewCycle,
  from: string,
  until: string | undefined,
  sparse: { indicator: Indicator; baseline: string } | undefined,
  lag: number,
): ReviewTimeline {
  const fromDay = toDayNumber(from);
  const untilDay = until === undefined ? Number.POSITIVE_INFINITY : toDayNumber(until);
  const grid = cycleGrid(cycle, from, index.financialYearStart);
  const deadline = deadlineOf(cycle);
  let timeline: ReviewTimeline;
  if (sparse === undefined) {
    // The first period is the one that ends after the subject starts (with a firstDue after the
    // start, the one ending on it).
    const g0 = Math.max(grid.endingOnOrAfter(fromDay + 1), grid.first);
    const count =
      untilDay === Number.POSITIVE_INFINITY ? untilDay : Math.max(0, grid.endingOnOrAfter(untilDay) - g0 + 1);
    const endDay = (k: number) => grid.endDay(g0 + k);
    const startDay = (k: number) => (k <= 0 ? fromDay : endDay(k - 1) + 1);
    timeline = {
      count,
      startDay,
      answerFromDay: startDay,
      endDay,
      deadlineDay: (k) => deadlineDayAfter(deadline, endDay(k)),
      firstEndingOnOrAfter: (day) => Math.max(0, grid.endingOnOrAfter(day) - g0),
    };
  } else {
    const { indicator, baseline } = sparse;
    const months = monthsOf(indicator.frequency);
    // The j-th figure after the baseline (j ≥ 1): its date, month ends kept, and its due day.
    const figureDay = (j: number) => monthsAfterDay(baseline, j * months);
    const dueDay = (j: number) => figureDay(j) + lag;
    /** The least j ≥ 1 for which `holds`, stepping from an estimate by months. */
    const leastFigure = (day: number, holds: (j: number) => boolean) => {
      let j = Math.max(1, Math.floor((monthIndex(fromDayNumber(day)) - monthIndex(baseline)) / months) - 1);
      while (j > 1 && holds(j - 1)) j -= 1;
      while (!holds(j)) j += 1;
      return j;
    };
    let j0 = leastFigure(fromDay - lag, (j) => dueDay(j) >= fromDay);
    // With a firstDue, the figures due by the first period's end are one review: the latest's.
    if (grid.first === 0) j0 = Math.max(j0, leastFigure(grid.endDay(0) - lag, (j) => dueDay(j) > grid.endDay(0)) - 1);
    const jLast = leastFigure(untilDay, (j) => figureDay(j) > untilDay) - 1;
    const count = Math.max(0, jLast - j0 + 1);
    const endDay = (k: number) => grid.endDay(Math.max(grid.first, grid.endingOnOrAfter(dueDay(j0 + k))));
    timeline = {
      count,
      startDay: (k) => (k <= 0 ? fromDay : endDay(k - 1) + 1),
      // A review held before the figure can exist does not review it.
      answerFromDay: (k) => Math.max(k <= 0 ? fromDay : endDay(k - 1) + 1, dueDay(j0 + k)),
      endDay,
      deadlineDay: (k) => deadlineDayAfter(deadline, endDay(k)),
      firstEndingOnOrAfter: (day) => leastSuch(0, count + 1, (k) => endDay(k) >= day),
    };
  }
  return withinCalendar(timeline);
}

/** The timeline cut before the first review whose period or deadline falls past 9999-12-31. */
function withinCalendar(timeline: ReviewTimeline): ReviewTimeline {
  const bound = Math.min(timeline.count, timeline.firstEndingOnOrAfter(LAST_DAY + 1));
  const lo = Math.min(bound, timeline.firstEndingOnOrAfter(LAST_DAY - MAX_REACH));
  const count = leastSuch(lo, bound, (k) => timeline.deadlineDay(k) > LAST_DAY);
  return count === timeline.count ? timeline : { ...timeline, count };
}

/** The longest any deadline reaches past its period's end, in days (120 months of 31 days, and one). */
const MAX_REACH = 120 * 31 + 1;

/** A recorded review that answers the k-th period of a timeline. @internal */
export interface Answer {
  readonly k: number;
  readonly review: Review;
}

/**
 * Which recorded review answers which period, from the subject's start, so a window never
 * changes the answer: the earliest review after the previous period's end and by the end of the
 * next period answers a period (the quarter to 30 June is answered by a review held in the quarter
 * or by 30 September, as the committee meets after the quarter); a second review in one period
 * answers nothing, and reviews recorded twice on one date are one meeting and answer one period.
 * A review that waits for a figure (an annual figure's target under quarterly reports) is answered
 * only by a review held once the figure is due.
 * A review after the next period's end answers the period before the one it falls in, and the
 * periods between are left unanswered. Walks the reviews, not the periods: the cost follows the
 * subject's reviews, never the length of its span.
 * @internal
 */
export function answeredPeriods(timeline: ReviewTimeline, reviews: readonly Review[]): Answer[] {
  const answers: Answer[] = [];
  let next = 0;
  let previousDate: string | undefined;
  for (const review of reviews) {
    if (next >= timeline.count) break;
    if (review.date === previousDate) continue;
    const day = toDayNumber(review.date);
    // On or before the previous period's end (or before the figure it waits for is due): answers nothing.
    if (day < timeline.answerFromDay(next)) continue;
    const k = day <= timeline.endDay(next + 1) ? next : Math.max(next, timeline.firstEndingOnOrAfter(day) - 1);
    if (k >= timeline.count) break;
    answers.push({ k, review });
    previousDate = review.date;
    next = k + 1;
  }
  return answers;
}

/**
 * The review a subject owes: the first period after the last one answered (the first of all when
 * none is); `undefined` when every period of the span is answered. A period left unanswered
 * before a later one was answered is not chased: the later review reported on it.
 * @internal
 */
export function owedPeriod(timeline: ReviewTimeline, answers: readonly Answer[]): number | undefined {
  const k = answers.length === 0 ? 0 : (answers[answers.length - 1] as Answer).k + 1;
  return k < timeline.count ? k : undefined;
}

/**
 * How many days the timeline's k-th review is overdue on day `asOfDay`, counted from its deadline
 * (due by the end of the deadline day, so one day overdue the day after); `undefined` while it is not
 * overdue. The one reckoning `reviewsDue`, `reviewSchedule` and, through them, `overdueReviews` and
 * the `review-overdue` rule share.
 * @internal
 */
export function daysOverdueOn(timeline: ReviewTimeline, k: number, asOfDay: number): number | undefined {
  const deadlineDay = timeline.deadlineDay(k);
  return deadlineDay < asOfDay ? asOfDay - deadlineDay : undefined;
}

/**
 * The period, deadline and first overdue day of a timeline's k-th review, as results write them
 * (`overdueFrom` absent when the day after the deadline is past 9999-12-31).
 * @internal
 */
export function datesOf(
  timeline: ReviewTimeline,
  k: number,
): { period: { start: string; end: string }; deadline: string; overdueFrom?: string } {
  if (timeline instanceof MemoTimeline) {
    // Fresh objects each time, from the remembered strings: a result's dates are its own.
    const { start, end, deadline, overdueFrom } = timeline.written(k);
    return overdueFrom === undefined
      ? { period: { start, end }, deadline }
      : { period: { start, end }, deadline, overdueFrom };
  }
  const deadlineDay = timeline.deadlineDay(k);
  return {
    period: { start: fromDayNumber(timeline.startDay(k)), end: fromDayNumber(timeline.endDay(k)) },
    deadline: fromDayNumber(deadlineDay),
    ...(deadlineDay < LAST_DAY ? { overdueFrom: fromDayNumber(deadlineDay + 1) } : {}),
  };
}
