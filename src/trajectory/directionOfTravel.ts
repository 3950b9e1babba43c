import type { Decimal } from "decimal.js";
import { addMonths, toDayNumber } from "../internal/dates.js";
import {
  ExactDecimal,
  type ScaledDecimal,
  compareDecimals,
  comparePlainDecimals,
  readScaledDecimal,
  toDecimal,
} from "../internal/decimal.js";
import type { DecimalValue, Indicator, Materiality, Measurement, Target } from "../model/index.js";
import { monthsOf } from "../model/cadence.js";
import { goalValue } from "../model/goal.js";
import { financialYearOf } from "./financialYear.js";
import { type IndicatorSeries, latestOnOrBefore } from "./series.js";

/**
 * Whether an indicator is moving in its good direction. A change smaller than the indicator's
 * `materiality` is `no-change`; without one, a change that does not show at the indicator's
 * precision (both figures rounded to its `decimals`, or as given when it sets none) is.
 *
 * @category Evaluation
 */
export type Direction = "improving" | "worsening" | "no-change";

/**
 * The direction of travel of an indicator's latest figure: against the previous figure (for a
 * target's first figure, its baseline) and against the figure for the same period a year earlier
 * (the baseline, when it is the only figure of that period); `null` where there is no such figure.
 *
 * @category Evaluation
 * @example
 * import { evaluateTarget, type DirectionOfTravel } from "performance-management/trajectory";
 * const relets = (materiality?: { points: string }) => ({
 *   id: "fw", name: "Travel", owners: [], plans: [], objectives: [],
 *   indicators: [{ id: "pi", title: "Re-lets in 28 days", unit: "%", polarity: "higher-is-better" as const, measure: "output" as const,
 *     frequency: "quarterly" as const, ...(materiality === undefined ? {} : { materiality }) }],
 *   targets: [{ id: "t", objective: "o", indicator: "pi", baseline: { date: "2001-03-31", value: "70" }, goal: { date: "2002-03-31", value: "100" } }],
 *   measurements: [{ indicator: "pi", date: "2001-06-30", value: "79" }, { indicator: "pi", date: "2001-09-30", value: "79.01" }],
 * });
 * // By default every change that shows at the figures' precision counts: 79 → 79.01 is improving.
 * const travel: DirectionOfTravel = evaluateTarget(relets(), "t", { asOf: "2001-10-15" }).direction;
 * travel //=> { sincePrevious: "improving", sinceYearAgo: null }
 * // With a materiality of 0.5 percentage points, 0.01 is not a material change.
 * evaluateTarget(relets({ points: "0.5" }), "t", { asOf: "2001-10-15" }).direction.sincePrevious //=> "no-change"
 */
export interface DirectionOfTravel {
  readonly sincePrevious: Direction | null;
  readonly sinceYearAgo: Direction | null;
}

/**
 * The two figures as the indicator publishes them: rounded half away from zero to its `decimals`
 * (as councils round a published figure), or as given when it sets none.
 */
function published(value: Decimal, indicator: Indicator): Decimal {
  return indicator.decimals === undefined
    ? value
    : value.toDecimalPlaces(indicator.decimals, ExactDecimal.ROUND_HALF_UP);
}

/**
 * Distance from the good: for a band goal, how far outside it; for an in-band polarity, how far
 * from the goal; otherwise the value in the polarity's bad direction. `undefined` for an in-band
 * indicator without a target to say where the band is.
 */
function badness(value: Decimal, indicator: Indicator, target: Target | undefined): Decimal | undefined {
  const goal = target?.goal;
  if (goal !== undefined && "low" in goal) {
    // How far outside the band (as judge.ts's bandShortfall, written here so judge.ts can use this module).
    const low = toDecimal(goal.low);
    const high = toDecimal(goal.high);
    return value.lessThan(low) ? low.minus(value) : value.greaterThan(high) ? value.minus(high) : new ExactDecimal(0);
  }
  if (indicator.polarity === "higher-is-better") return value.negated();
  if (indicator.polarity === "lower-is-better") return value;
  const centre = target === undefined ? undefined : goalValue(target);
  return centre === undefined ? undefined : value.minus(centre).abs();
}

/** The smallest material change between two figures: a share of the larger magnitude, or an amount. */
function threshold(now: Decimal, before: Decimal, materiality: Materiality): Decimal {
  if ("percent" in materiality)
    return toDecimal(materiality.percent).div(100).times(ExactDecimal.max(now.abs(), before.abs()));
  return toDecimal("points" in materiality ? materiality.points : materiality.absolute);
}

/**
 * How a figure compares with an earlier one, in the polarity's terms (for a band, by distance
 * outside it). With a `materiality`, a change of the figure smaller than its threshold is
 * `no-change` and one at or above it counts; without one, the two figures are compared as
 * published (rounded to the indicator's `decimals`, or as given), so 99.1 → 98.8 is worsening. The threshold is symmetric in the two figures (a percentage is of the larger
 * magnitude), so swapping them mirrors the direction. `null` when the indicator is in-band and no
 * target says where the band is.
 * @internal
 */
export function compare(
  now: Decimal,
  before: Decimal,
  indicator: Indicator,
  target: Target | undefined,
): Direction | null {
  // Without a materiality, the figures as published: a change that does not show is no change.
  const materiality = indicator.materiality;
  // The common case in one comparison, without building a figure: a point goal's badness is the
  // value itself or its negation, so its change has the sign of the values' order.
  const goal = target?.goal;
  if (
    materiality === undefined &&
    (goal === undefined || !("low" in goal)) &&
    (indicator.polarity === "higher-is-better" || indicator.polarity === "lower-is-better")
  ) {
    const order =
      indicator.decimals === undefined
        ? compareDecimals(now, before)
        : compareDecimals(published(now, indicator), published(before, indicator));
    if (order === 0) return "no-change";
    return order > 0 === (indicator.polarity === "higher-is-better") ? "improving" : "worsening";
  }
  const shownNow = materiality === undefined ? published(now, indicator) : now;
  const shownBefore = materiality === undefined ? published(before, indicator) : before;
  const nowBadness = badness(shownNow, indicator, target);
  const beforeBadness = badness(shownBefore, indicator, target);
  if (nowBadness === undefined || beforeBadness === undefined) return null;
  const difference = nowBadness.minus(beforeBadness);
  if (difference.isZero()) return "no-change";
  if (
    materiality !== undefined &&
    now
      .minus(before)
      .abs()
      .lessThan(threshold(now, before, materiality))
  )
    return "no-change";
  return difference.isNegative() ? "improving" : "worsening";
}

/**
 * The figure for the same period a year before `date`: the latest of the series within the period
 * (the indicator's frequency) ending twelve months earlier, else the target's baseline when it is
 * dated within that period; `undefined` when there is none. The direction of travel and a
 * framework's year-on-year status rule both find it here, so they compare the same figures.
 * `valueOf` reads a measurement's exact value (an evaluation passes the index's, parsed once).
 * @internal
 */
export function yearAgoFigure(
  series: IndicatorSeries,
  date: string,
  indicator: Indicator,
  baseline: Target["baseline"] | undefined,
  valueOf: (measurement: Measurement) => Decimal = (measurement) => toDecimal(measurement.value),
): { readonly date: string; readonly value: Decimal } | undefined {
  const found = yearAgoSource(series, date, indicator, baseline);
  return found === undefined ? undefined : { date: found.date, value: decimalOf(found, valueOf) };
}

/**
 * An earlier figure as it was given: a measurement of the series, or the target's baseline (its
 * date and value). Read as a decimal ({@link decimalOf}) or a scaled integer only when compared.
 */
type EarlierFigure = Measurement | Target["baseline"];

/** An earlier figure's exact value: a measurement's by `valueOf` (the index's, parsed once), a baseline's parsed. */
function decimalOf(figure: EarlierFigure, valueOf: (measurement: Measurement) => Decimal): Decimal {
  return "indicator" in figure ? valueOf(figure) : toDecimal(figure.value);
}

/** {@link yearAgoFigure}'s figure as it was given, not yet read. */
function yearAgoSource(
  series: IndicatorSeries,
  date: string,
  indicator: Indicator,
  baseline: Target["baseline"] | undefined,
): EarlierFigure | undefined {
  // A year before the calendar's start has no figures.
  const yearAgoTo = addMonths(date, -12);
  if (yearAgoTo === undefined) return undefined;
  const yearAgoFrom = addMonths(yearAgoTo, -monthsOf(indicator.frequency));
  const candidate = latestOnOrBefore(series, toDayNumber(yearAgoTo));
  if (candidate !== undefined && withinPeriod(candidate.date, yearAgoFrom, yearAgoTo)) return candidate;
  if (baseline !== undefined && withinPeriod(baseline.date, yearAgoFrom, yearAgoTo)) return baseline;
  return undefined;
}

/** Whether a date falls in the period `(from, to]` (from `undefined`: no start); a function, not a closure made per call. */
function withinPeriod(day: string, from: string | undefined, to: string): boolean {
  return day <= to && (from === undefined || day > from);
}

/**
 * A target's baseline as an earlier figure for one dated `date`: when the baseline is dated before
 * it and the figures are not year-to-date (a year-to-date figure is not comparable with a baseline,
 * a whole year's figure or another year's). @internal
 */
export function earlierBaseline(
  target: Target | undefined,
  date: string,
  yearToDate: boolean,
): Target["baseline"] | undefined {
  return target === undefined || yearToDate || target.baseline.date >= date ? undefined : target.baseline;
}

/**
 * The direction of travel of the figure at position `at` of an indicator's series: against the one
 * before it (not before position `from`, and for a year-to-date figure not across the start of a
 * financial year), or, for a target's first figure since its baseline, against the baseline (a
 * snapshot indicator's, dated before the figure); and against the latest figure of the whole series
 * within the period a year before it (else the baseline, when dated within that period). Both
 * engines (a target's evaluation and a data-only indicator's row) use it. `valueOf` reads a
 * measurement's exact value (an evaluation passes the index's, parsed once).
 * @internal
 */
export function directionOfTravel(
  series: IndicatorSeries,
  from: number,
  at: number,
  indicator: Indicator,
  target: Target | undefined,
  yearToDate: { readonly yearStart: string } | undefined,
  valueOf: (measurement: Measurement) => Decimal = (measurement) => toDecimal(measurement.value),
): DirectionOfTravel {
  const latest = series.measurements[at] as Measurement;
  const previous = at > from ? series.measurements[at - 1] : undefined;
  const baseline = earlierBaseline(target, latest.date, yearToDate !== undefined);
  const yearAgo = yearAgoSource(series, latest.date, indicator, baseline);
  const sameYear =
    previous !== undefined &&
    (yearToDate === undefined ||
      financialYearOf(previous.date, yearToDate.yearStart).start ===
        financialYearOf(latest.date, yearToDate.yearStart).start);
  const earlier: EarlierFigure | undefined = previous === undefined ? baseline : sameYear ? previous : undefined;
  // The common case (see `compare`) decided on the figures' digits as safe integers, where they fit.
  const goal = target?.goal;
  const byOrder =
    indicator.materiality === undefined &&
    (goal === undefined || !("low" in goal)) &&
    (indicator.polarity === "higher-is-better" || indicator.polarity === "lower-is-better");
  let actual: Decimal | undefined;
  const travel = (before: EarlierFigure): Direction | null => {
    if (byOrder) {
      const direction = directionByOrder(latest.value, before.value, indicator);
      if (direction !== undefined) return direction;
    }
    actual ??= valueOf(latest);
    return compare(actual, decimalOf(before, valueOf), indicator, target);
  };
  return {
    sincePrevious: earlier === undefined ? null : travel(earlier),
    sinceYearAgo: yearAgo === undefined ? null : travel(yearAgo),
  };
}

/**
 * `compare`'s common case (no materiality, a point goal or none, higher or lower is better) on the
 * figures as given, without a decimal: their order read from their characters, or, with the
 * indicator's `decimals`, as safe integers over powers of ten rounded half away from zero as
 * `published` rounds; `undefined` when a figure is not plain notation or does not fit (the caller
 * compares decimals).
 */
function directionByOrder(latest: DecimalValue, earlier: DecimalValue, indicator: Indicator): Direction | undefined {
  const decimals = indicator.decimals;
  const higher = indicator.polarity === "higher-is-better";
  if (decimals === undefined) {
    const order = comparePlainDecimals(latest, earlier);
    if (order === undefined) return undefined;
    return order === 0 ? "no-change" : order > 0 === higher ? "improving" : "worsening";
  }
  const now = readScaledDecimal(latest);
  const before = readScaledDecimal(earlier);
  if (now === undefined || before === undefined) return undefined;
  const a = publishedScaled(now, decimals);
  const b = publishedScaled(before, decimals);
  const places = a.places > b.places ? a.places : b.places;
  if (places > 22) return undefined;
  const x = a.units * 10 ** (places - a.places);
  const y = b.units * 10 ** (places - b.places);
  if (Math.abs(x) > Number.MAX_SAFE_INTEGER || Math.abs(y) > Number.MAX_SAFE_INTEGER) return undefined;
  if (x === y) return "no-change";
  return x > y === higher ? "improving" : "worsening";
}

/** A scaled figure rounded half away from zero to `decimals` places (decimal.js's ROUND_HALF_UP), exactly. */
function publishedScaled(value: ScaledDecimal, decimals: number): ScaledDecimal {
  if (value.places <= decimals) return value;
  const step = 10 ** (value.places - decimals);
  const magnitude = Math.abs(value.units);
  // Both the remainder and the whole quotient of safe integers are exact doubles.
  const remainder = magnitude % step;
  let whole = (magnitude - remainder) / step;
  if (remainder * 2 >= step) whole += 1;
  return { units: value.units < 0 && whole !== 0 ? -whole : whole, places: decimals };
}
