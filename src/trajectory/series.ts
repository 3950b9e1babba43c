/**
 * Each indicator's measurements compiled once per index and shared by every target on it: the
 * measurements oldest first (of several on one date, in the framework's order), their day numbers
 * and their values as floats. Engines find a target's window, its latest measurement on or before a
 * day and a comparator's reference by binary search on the days, never by filtering the series,
 * so many targets on one long series cost n log n, not n².
 * @internal
 */
import { toDayNumber } from "../internal/dates.js";
import type { FrameworkIndex, Id, Measurement } from "../model/index.js";

/** One indicator's measurements, oldest first, with their days and values as numbers. */
export interface IndicatorSeries {
  readonly measurements: readonly Measurement[];
  /** `days[i]` is the day number of `measurements[i]`, so the array is sorted ascending. */
  readonly days: Int32Array;
  /** `values[i]` is `measurements[i].value` as a float (for the fast status kernel). */
  readonly values: Float64Array;
}

const SERIES = Symbol("performance-management/trajectory indicator series");
const EMPTY: IndicatorSeries = { measurements: [], days: new Int32Array(0), values: new Float64Array(0) };

/** Days and float values of measurements (plain loops: a typed array's `from` with a mapping function is several times slower). */
function compile(measurements: readonly Measurement[]): IndicatorSeries {
  const days = new Int32Array(measurements.length);
  const values = new Float64Array(measurements.length);
  for (let i = 0; i < measurements.length; i += 1) {
    const measurement = measurements[i] as Measurement;
    days[i] = toDayNumber(measurement.date);
    values[i] = Number(measurement.value);
  }
  return { measurements, days, values };
}

/** The compiled series of an indicator (empty when it has no measurements), built once per index and indicator. */
export function seriesOf(index: FrameworkIndex, indicator: Id): IndicatorSeries {
  const cache = index.derive(SERIES, () => new Map<Id, IndicatorSeries>());
  let series = cache.get(indicator);
  if (series === undefined) {
    const measurements = index.measurementsByIndicator.get(indicator);
    series = measurements === undefined ? EMPTY : compile(measurements);
    cache.set(indicator, series);
  }
  return series;
}

/** The first position in `days[from, to)` whose day is on or after `day` (`to` when none is). */
export function firstOnOrAfter(days: Int32Array, day: number, from = 0, to = days.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first position in `days[from, to)` whose day is after `day` (`to` when none is): the end of the measurements on or before it. */
export function firstAfter(days: Int32Array, day: number, from = 0, to = days.length): number {
  // Day numbers are whole, so the first after a day is the first on or after the next.
  return firstOnOrAfter(days, day + 1, from, to);
}

/** The latest measurement of a series on or before `day` (the last in the framework's order on that date), if any. */
export function latestOnOrBefore(series: IndicatorSeries, day: number): Measurement | undefined {
  const end = firstAfter(series.days, day);
  return end === 0 ? undefined : series.measurements[end - 1];
}
