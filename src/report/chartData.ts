import { dayNumberMonthsAfter, fromDayNumber, toDayNumber } from "../internal/dates.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import type { Framework, FrameworkIndex, Id, Indicator, Target } from "../model/index.js";
import { type Bounds, boundsOf } from "../model/bounds.js";
import { aggregationOf, judgedYearToDate } from "../model/figures.js";
import { type Status, type Evaluation, evaluateTarget, trajectory } from "../trajectory/index.js";
import { expectationYearToDate, financialYearOf } from "../trajectory/financialYear.js";
import { valueOf } from "../trajectory/exact.js";
import { scaledTolerance } from "../trajectory/tolerances.js";
import { pathOf, toleranceFor } from "../trajectory/judge.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { ReportWords } from "./catalogue.js";
import { checkId } from "./check.js";
import { ReportError, reportError } from "./errors.js";
import { type ReportFormatter, formatterFor } from "./format.js";
import { checkWords } from "./wordsOption.js";

/**
 * What a target's charts draw, worked out once for the full chart ({@link renderTrajectorySvg})
 * and the sparkline ({@link renderSparklineSvg}), so the two never disagree.
 * @internal
 */
export interface ChartData {
  readonly target: Target;
  readonly indicator: Indicator | undefined;
  /** The indicator's unit and places, for the formatter. */
  readonly shown: Pick<Indicator, "unit" | "decimals"> | undefined;
  readonly title: string;
  /** The first and last days drawn: the baseline to the goal date, or to asOf when that is later. */
  readonly first: number;
  readonly last: number;
  readonly path: readonly { readonly day: number; readonly value: number }[];
  readonly band: readonly { readonly day: number; readonly low: number; readonly high: number }[];
  /** The measurements drawn, oldest first; `status` is each one's own as of its date, when asked for. */
  readonly marks: readonly {
    readonly day: number;
    readonly value: number;
    readonly exact: string;
    readonly text: string;
    readonly status: Status;
  }[];
  readonly evaluation: Evaluation;
  readonly forecast: number | null;
  readonly goal: number | null;
  /** The indicator's natural bounds, as numbers (0 and 100 for a percentage). */
  readonly min: number | undefined;
  readonly max: number | undefined;
}

/**
 * A target's chart data as of a date. `samples` is how many steps the expected path is sampled in
 * between its own points; `statusEach` asks for each measurement's own status (one evaluation a
 * measurement: the full chart colours each point, the sparkline only its latest, by the status as
 * of `asOf`). The measurements are found by binary search in the index's date-sorted list.
 * @internal
 */
export function chartDataOf(
  index: FrameworkIndex,
  target: Target,
  asOf: string,
  format: ReportFormatter,
  samples: number,
  statusEach: boolean,
): ChartData {
  const indicator: Indicator | undefined = index.indicators.get(target.indicator);
  const shown = indicator === undefined ? undefined : { unit: indicator.unit, decimals: indicator.decimals };
  const title = target.title ?? target.id;
  const goalDay = toDayNumber(target.goal.date);
  const first = toDayNumber(target.baseline.date);
  const last = Math.max(goalDay, toDayNumber(asOf), first + 1);
  const pathDays = new Set<number>();
  for (let i = 0; i <= samples; i += 1) pathDays.add(Math.round(first + ((goalDay - first) * i) / samples));
  // Each point of the path, and the day after it, so steps and period targets turn square.
  for (const point of [...(target.milestones ?? []), target.goal]) {
    pathDays.add(toDayNumber(point.date));
    pathDays.add(toDayNumber(point.date) + 1);
  }
  // A year-to-date figure is judged against the year's expectation to date (the path's value at the
  // year's end, by the profile's share passed), as the evaluation judges it: the path drawn is that,
  // starting again from nothing at each financial year's start, never the straight line from a
  // whole year's baseline.
  const yearToDate = indicator !== undefined && judgedYearToDate(indicator, target);
  if (yearToDate)
    // Each financial year's first day and the day before it, so the path turns square where it resets.
    for (
      let day = toDayNumber(financialYearOf(fromDayNumber(first), index.financialYearStart).start);
      day <= goalDay;
      day = dayNumberMonthsAfter(fromDayNumber(day), 12)
    ) {
      pathDays.add(day - 1);
      pathDays.add(day);
    }
  const days = [...pathDays].filter((day) => day >= first && day <= goalDay).sort((a, b) => a - b);
  const points = yearToDate
    ? yearToDatePath(target, indicator, days, index.financialYearStart)
    : trajectory(target, days.map(fromDayNumber), indicator === undefined ? undefined : { indicator });

  const applied = indicator === undefined ? undefined : toleranceFor(target, indicator, undefined, index.framework);
  const sign = indicator?.polarity === "lower-is-better" ? 1 : -1;
  const path: { day: number; value: number }[] = [];
  const band: { day: number; low: number; high: number }[] = [];
  points.forEach((point, i) => {
    const day = days[i] as number;
    if (point.expected !== null) {
      const value = Number(point.expected);
      path.push({ day, value });
      if (applied !== undefined && target.comparator === undefined && indicator?.polarity !== "in-band") {
        const amount = scaledTolerance(applied, toDecimal(point.expected), toDecimal(1)).toNumber() * sign;
        band.push({ day, low: Math.min(value, value + amount), high: Math.max(value, value + amount) });
      }
    } else if (point.band !== null) band.push({ day, low: Number(point.band.low), high: Number(point.band.high) });
  });

  // The measurements after the baseline up to asOf (up to the goal date, for a target that has
  // ended: later figures are not its own), each with the status it was given as of its own date.
  const evaluation = evaluateTarget(index, target.id, { asOf });
  const upTo = evaluation.outturn?.date ?? asOf;
  const series = index.measurementsByIndicator.get(target.indicator) ?? [];
  const measured = series.slice(countOnOrBefore(series, target.baseline.date), countOnOrBefore(series, upTo));
  const marks = measured.map((measurement) => ({
    day: toDayNumber(measurement.date),
    value: Number(measurement.value),
    exact: String(measurement.value),
    text: format.figure(String(measurement.value), shown),
    status: statusEach ? evaluateTarget(index, target.id, { asOf: measurement.date }).status : evaluation.status,
  }));
  const bounds: Bounds = indicator === undefined ? { min: undefined, max: undefined } : boundsOf(indicator);
  return {
    target,
    indicator,
    shown,
    title,
    first,
    last,
    path,
    band,
    marks,
    evaluation,
    forecast: evaluation.forecast.value === null ? null : Number(evaluation.forecast.value),
    goal: evaluation.goal === null ? null : Number(evaluation.goal),
    min: bounds.min?.toNumber(),
    max: bounds.max?.toNumber(),
  };
}

/**
 * A year-to-date target's expected path on `days`: the year's expectation to date on each (as
 * `expectedYearToDate` and the evaluation work it out), from the target's path built once, not
 * once a day.
 */
function yearToDatePath(
  target: Target,
  indicator: Indicator,
  days: readonly number[],
  yearStart: string,
): { expected: string | null; band: null }[] {
  const path = pathOf(target);
  const rate = aggregationOf(indicator) === "year-to-date-rate" ? "year-to-date-rate" : "running-total";
  return days.map((day) => {
    const expected = expectationYearToDate(path, fromDayNumber(day), yearStart, indicator, rate);
    return { expected: expected === undefined ? null : formatDecimal(valueOf(expected)), band: null };
  });
}

/** The lowest and highest of the values drawn (a loop: a path of 70,000 milestones has more points than a call has room for arguments). @internal */
export function extent(data: ChartData, withBand: boolean): { low: number; high: number } {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  const see = (value: number) => {
    if (!Number.isFinite(value)) return;
    if (value < low) low = value;
    if (value > high) high = value;
  };
  see(Number(data.target.baseline.value));
  for (const point of data.path) see(point.value);
  if (withBand)
    for (const point of data.band) {
      see(point.low);
      see(point.high);
    }
  for (const mark of data.marks) see(mark.value);
  if (data.forecast !== null) see(data.forecast);
  if (data.goal !== null) see(data.goal);
  if (low > high) [low, high] = [0, 1];
  if (high === low) [low, high] = [low - 1, high + 1];
  return { low, high };
}

/** What an id prefix may be: a letter, then letters, digits, `-` and `_`, 64 characters at most. */
const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/u;

/**
 * A chart's id prefix, checked: empty when absent, else a letter then letters, digits, `-` and
 * `_`, so every id it starts is a valid HTML id and CSS selector whatever follows.
 * @internal
 */
export function checkedIdPrefix(value: unknown, what: string): string {
  if (value === undefined) return "";
  if (typeof value !== "string" || !ID_PREFIX.test(value))
    throw new ReportError(
      `${what} must be a letter followed by letters, digits, "-" or "_", 64 characters at most, such as "c1-"`,
    );
  return value;
}

/** A chart's size in pixels: a whole number from `min` to `max`, `fallback` when absent. @internal */
export function checkedSize(value: unknown, what: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new ReportError(`${what} must be a whole number of pixels from ${String(min)} to ${String(max)}`);
  return value;
}

/** What a chart's caller gives it: the options both chart renderers take. @internal */
export interface ChartCallOptions {
  readonly asOf: string;
  readonly width?: number | undefined;
  readonly height?: number | undefined;
  readonly locale?: string | undefined;
  readonly idPrefix?: string | undefined;
  readonly words?: ReportWords | undefined;
}

/**
 * A chart renderer's arguments checked, in the order both renderers check them (the options, the
 * date, the size, the id prefix, the source, the target), and what it draws from: the index, the
 * target, the words and a formatter. @internal
 */
export function checkedChartCall(
  source: Framework | FrameworkIndex,
  targetId: Id,
  options: ChartCallOptions,
  size: { readonly width: readonly [number, number, number]; readonly height: readonly [number, number, number] },
): {
  asOf: string;
  width: number;
  height: number;
  prefix: string;
  index: FrameworkIndex;
  target: Target;
  words: ReportWords;
  format: ReportFormatter;
} {
  checkOptionsObject(options, "options", reportError);
  checkKnownOptions(options, ["asOf", "width", "height", "locale", "idPrefix", "words"], "options", reportError);
  const asOf = checkDate(options.asOf, "options.asOf", reportError);
  const width = checkedSize(options.width, "options.width", ...size.width);
  const height = checkedSize(options.height, "options.height", ...size.height);
  const prefix = checkedIdPrefix(options.idPrefix, "options.idPrefix");
  const index = checkedFrameworkIndex(source, reportError);
  checkId(targetId, "targetId");
  const target = index.targets.get(targetId);
  if (target === undefined) throw new ReportError(`there is no target "${targetId}"`);
  const words = checkWords(options.words, "options.words");
  return {
    asOf,
    width,
    height,
    prefix,
    index,
    target,
    words,
    format: formatterFor(options.locale, "options.locale", words),
  };
}
