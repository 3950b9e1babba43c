/**
 * What the members' report sets beside a target's figure (issue 21): the period's title, the
 * figure before it and the same period's figure a year before, its quartile against the
 * framework's benchmarks, and whether it measures a standard or an indicator. Each found by binary
 * search on the index's sorted lists, so a target costs log n however long its indicator's history.
 * @internal
 */
import { dayNumberMonthsAfter, toDayNumber } from "../internal/dates.js";
import { countBefore } from "../internal/sortedByDate.js";
import type { FrameworkIndex, Indicator, Target } from "../model/index.js";
import type { BenchmarkPosition, Direction } from "../trajectory/index.js";
import { yearAgoFigure } from "../trajectory/directionOfTravel.js";
import { financialYearOf } from "../trajectory/financialYear.js";
import { seriesOf } from "../trajectory/series.js";
import type { ReportFormatter } from "./format.js";
import { measureLabelText } from "./words.js";
import type { ReportWords } from "./catalogue.js";

/**
 * A figure a report sets beside a target's actual: the indicator's exact value, its date, and the
 * same for people ("75% (31 May 2001)", "82% (31 March 2001, baseline)").
 *
 * @category Report
 */
export interface ReportFigure {
  /** The exact value, as a decimal string. */
  readonly value: string;
  /** The figure's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** True when the figure is the target's baseline (no measurement of the indicator comes between). */
  readonly baseline: boolean;
  /** The figure and its date for people. */
  readonly text: string;
}

/**
 * A target's quartile within a comparison group: the trajectory engine's {@link BenchmarkPosition}
 * (1 the best for the indicator's polarity: for a lower-is-better indicator the lowest values) with
 * its words: "3rd quartile, all England 2000/01" (the financial year of the benchmark used).
 *
 * @category Report
 */
export interface ReportBenchmark extends BenchmarkPosition {
  readonly text: string;
}

/**
 * What kind of period a report covers: a quarter of the financial year; the year's end (its last
 * quarter, or the whole year); or a custom period.
 *
 * @category Report
 */
export type ReportPeriodKind = "quarter" | "year-end" | "custom";

/** The period's title and what it is. */
export interface PeriodTitle {
  readonly title: string;
  readonly kind: ReportPeriodKind;
  readonly quarter: 1 | 2 | 3 | 4 | null;
  readonly financialYear: string | null;
}

/**
 * A financial year for people: "2001/02" for a year starting 1 April 2001 (the start year and the
 * next year's last two digits), "2001" for a year starting 1 January.
 */
export function financialYearText(start: string): string {
  const year = Number(start.slice(0, 4));
  if (start.slice(5) === "01-01") return String(year);
  return `${String(year)}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/**
 * The title of a report's period: "Quarter 1 2001/02" when the period is a quarter of the
 * framework's financial year; "Year end 2001/02" when it is the year's last quarter or the whole
 * year (the year-end report, which gives the year's outturns); otherwise its dates, "1 April 2001
 * to 15 July 2001".
 */
export function periodTitleOf(
  period: { readonly from: string; readonly to: string },
  yearStart: string,
  format: ReportFormatter,
): PeriodTitle {
  const year = financialYearOf(period.from, yearStart);
  const from = toDayNumber(period.from);
  const to = toDayNumber(period.to);
  const financialYear = financialYearText(year.start);
  const words = format.words.period;
  if (from === toDayNumber(year.start) && to === toDayNumber(year.end))
    return { title: words.yearEnd(financialYear), kind: "year-end", quarter: null, financialYear };
  for (let quarter = 1; quarter <= 4; quarter += 1) {
    const starts = dayNumberMonthsAfter(year.start, 3 * (quarter - 1));
    const ends = dayNumberMonthsAfter(year.start, 3 * quarter) - 1;
    if (from !== starts || to !== ends) continue;
    const n = quarter as 1 | 2 | 3 | 4;
    return n === 4
      ? { title: words.yearEnd(financialYear), kind: "year-end", quarter: n, financialYear }
      : { title: words.quarter(n, financialYear), kind: "quarter", quarter: n, financialYear };
  }
  return {
    title: format.words.figures.range(format.date(period.from), format.date(period.to)),
    kind: "custom",
    quarter: null,
    financialYear: null,
  };
}

/** A figure's value to the indicator's places with its unit, and its date: "75% (31 May 2001)". */
function figureOf(
  value: string,
  date: string,
  baseline: boolean,
  indicator: Indicator,
  format: ReportFormatter,
): ReportFigure {
  const shown = format.figure(value, indicator);
  return {
    value,
    date,
    baseline,
    text: format.words.target.dated(shown, format.date(date), baseline),
  };
}

/**
 * The indicator's figure before the one judged (dated `date`): the latest measurement of an earlier
 * date, or the target's baseline when it is later than that measurement (or there is none) and
 * dated before `date`; `null` when there is neither. Last month's figure for a monthly indicator,
 * last quarter's for a quarterly one. By binary search on the indicator's sorted measurements.
 */
export function previousFigure(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  date: string | null,
  format: ReportFormatter,
  yearToDate?: { readonly yearStart: string },
): ReportFigure | null {
  if (date === null) return null;
  const series = index.measurementsByIndicator.get(indicator.id) ?? [];
  const before = series[countBefore(series, date) - 1];
  const baseline = target.baseline.date < date ? target.baseline : undefined;
  const found =
    baseline !== undefined && (before === undefined || baseline.date > before.date)
      ? figureOf(String(baseline.value), baseline.date, true, indicator, format)
      : before === undefined
        ? null
        : figureOf(String(before.value), before.date, false, indicator, format);
  // A year-to-date figure is comparable only with an earlier one of its own financial year.
  if (
    found !== null &&
    yearToDate !== undefined &&
    financialYearOf(found.date, yearToDate.yearStart).start !== financialYearOf(date, yearToDate.yearStart).start
  )
    return null;
  return found;
}

/**
 * The figure for the same period a year before the one judged, the one the direction of travel
 * compared it with (`yearAgoFigure`: the latest of the indicator's figures within the period, by
 * its frequency, ending twelve months earlier, else the target's baseline when dated within that
 * period and the figure is not year-to-date); `null` when the direction found none (`compared`
 * false: `direction.sinceYearAgo` is null), without looking again.
 */
export function yearAgoFigureOf(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  date: string | null,
  format: ReportFormatter,
  compared: boolean,
  yearToDate: boolean,
): ReportFigure | null {
  if (date === null || !compared) return null;
  const baseline = !yearToDate && target.baseline.date < date ? target.baseline : undefined;
  const found = yearAgoFigure(seriesOf(index, indicator.id), date, indicator, baseline);
  if (found === undefined) return null;
  const isBaseline = found.date === baseline?.date && !hasMeasurementOn(index, indicator, found.date);
  return figureOf(found.value.toString(), found.date, isBaseline, indicator, format);
}

/**
 * The latest figure known of the indicator at the report's date (`asOf`), for a target with no
 * figure to judge (awaiting data, no data): its latest measurement dated on or before `asOf`, or the
 * target's baseline when later than that (or there is none) and dated on or before `asOf`; `null`
 * with neither. By binary search on the indicator's sorted measurements.
 */
export function latestKnownFigure(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  asOf: string,
  format: ReportFormatter,
): ReportFigure | null {
  const series = index.measurementsByIndicator.get(indicator.id) ?? [];
  const at = countBefore(series, asOf);
  const latest = series[at]?.date === asOf ? series[at] : series[at - 1];
  const baseline = target.baseline.date <= asOf ? target.baseline : undefined;
  if (baseline !== undefined && (latest === undefined || baseline.date > latest.date))
    return figureOf(String(baseline.value), baseline.date, true, indicator, format);
  return latest === undefined ? null : figureOf(String(latest.value), latest.date, false, indicator, format);
}

/** Whether the indicator has a measurement dated `date`. */
function hasMeasurementOn(index: FrameworkIndex, indicator: Indicator, date: string): boolean {
  const series = index.measurementsByIndicator.get(indicator.id) ?? [];
  return series[countBefore(series, date)]?.date === date;
}

/**
 * A target's quartiles with words: each comparison group's position (the engine's, from the
 * group's latest benchmark on or before the figure's date). None for a year-to-date figure before
 * its year's end: a part-year running total is not comparable with whole-year quartiles.
 */
export function benchmarksOf(
  w: ReportWords,
  positions: readonly BenchmarkPosition[],
  yearToDateBeforeYearEnd: boolean,
  yearStart: string,
): ReportBenchmark[] {
  if (yearToDateBeforeYearEnd) return [];
  return positions.map((position) => ({
    ...position,
    text: w.target.quartileOf(
      w.target.quartile[position.quartile],
      position.group,
      financialYearText(financialYearOf(position.date, yearStart).start),
    ),
  }));
}

/**
 * The label of what a target measures, where the framework says which: "Standard" for an indicator
 * with `standard: true`; otherwise, by its `source`, "Local indicator", "National indicator" or
 * "Indicator". `null` when no indicator of the framework sets `standard` (the report then does not
 * tell standards and indicators apart).
 */
export function measureLabelOf(w: ReportWords, indicator: Indicator | undefined, framed: boolean): string | null {
  if (!framed || indicator === undefined) return null;
  return measureLabelText(w, indicator.standard === true, indicator.source);
}

/**
 * The comparisons a report's cell shows: "Previous: 75% (31 May 2001). Same period last year: no
 * figure. 3rd quartile of 4 (1st best), all England 2000/01."; the previous figure once when it is
 * also the same period last year's (an annual indicator: "Previous (same period last year): …");
 * for a target with no figure, the latest figure known instead (`latestKnown`: "Latest known: 44%
 * (31 August 2000, baseline).").
 */
export function comparisonsText(
  w: ReportWords,
  previous: ReportFigure | null,
  yearAgo: ReportFigure | null,
  sinceYearAgo: Direction | null,
  benchmarks: readonly ReportBenchmark[],
  yearToDate = false,
  latestKnown: ReportFigure | null = null,
): string {
  return w.target.compared(
    previous?.text ?? (yearToDate ? w.target.noneThisYear : null),
    yearAgo === null
      ? null
      : w.target.yearAgo(yearAgo.text, sinceYearAgo === null ? null : w.target.directionArrow[sinceYearAgo]),
    benchmarks.map((benchmark) => benchmark.text),
    {
      latestKnown: latestKnown?.text ?? null,
      previousIsYearAgo: previous !== null && yearAgo !== null && previous.date === yearAgo.date,
    },
  );
}
