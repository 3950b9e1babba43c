import type { Decimal } from "decimal.js";
import { addMonths, toDayNumber } from "../internal/dates.js";
import { ExactDecimal, toDecimal } from "../internal/decimal.js";
import type { Indicator, Materiality, Measurement, Target } from "../model/index.js";
import { monthsOf } from "../model/index.js";
import { goalValue } from "../model/target.js";
import { financialYearOf } from "./financialYear.js";
import { bandShortfall } from "./judge.js";
import { type IndicatorSeries, latestOnOrBefore } from "./series.js";

/**
 * Whether an indicator is moving in its good direction. A change smaller than the indicator's
 * `materiality` (1% of the larger of the two figures' magnitudes by default) is `no-change`.
 *
 * @category Evaluation
 */
export type Direction = "improving" | "worsening" | "no-change";

/**
 * The direction of travel of an indicator's latest figure: against the previous figure and against
 * the figure for the same period a year earlier; `null` where there is no such figure to compare.
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
 * // 0.01 is less than 1% of 79.01 (the default): not a material change.
 * const travel: DirectionOfTravel = evaluateTarget(relets(), "t", { asOf: "2001-10-15" }).direction;
 * travel //=> { sincePrevious: "no-change", sinceYearAgo: null }
 * // With a materiality of 0.01 percentage points, it is.
 * evaluateTarget(relets({ points: "0.01" }), "t", { asOf: "2001-10-15" }).direction.sincePrevious //=> "improving"
 */
export interface DirectionOfTravel {
  readonly sincePrevious: Direction | null;
  readonly sinceYearAgo: Direction | null;
}

/** The materiality when an indicator gives none: 1% of the larger of the two figures' magnitudes. @internal */
export const DEFAULT_MATERIALITY: Materiality = { percent: "1" };

/**
 * Distance from the good: for a band goal, how far outside it; for an in-band polarity, how far
 * from the goal; otherwise the value in the polarity's bad direction. `undefined` for an in-band
 * indicator without a target to say where the band is.
 */
function badness(value: Decimal, indicator: Indicator, target: Target | undefined): Decimal | undefined {
  const goal = target?.goal;
  if (goal !== undefined && "low" in goal) return bandShortfall(value, toDecimal(goal.low), toDecimal(goal.high));
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
 * outside it). A change of the figure smaller than the materiality threshold is `no-change`; one at
 * or above it counts. The threshold is symmetric in the two figures (a percentage is of the larger
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
  const nowBadness = badness(now, indicator, target);
  const beforeBadness = badness(before, indicator, target);
  if (nowBadness === undefined || beforeBadness === undefined) return null;
  const difference = nowBadness.minus(beforeBadness);
  if (difference.isZero()) return "no-change";
  if (
    now
      .minus(before)
      .abs()
      .lessThan(threshold(now, before, indicator.materiality ?? DEFAULT_MATERIALITY))
  )
    return "no-change";
  return difference.isNegative() ? "improving" : "worsening";
}

/**
 * The direction of travel of the figure at position `at` of an indicator's series: against the one
 * before it (not before position `from`, and for a year-to-date figure not across the start of a
 * financial year), and against the latest figure of the whole series within the period a year
 * before it. Both engines (a target's evaluation and a data-only indicator's row) use it.
 * @internal
 */
export function directionOfTravel(
  series: IndicatorSeries,
  from: number,
  at: number,
  indicator: Indicator,
  target: Target | undefined,
  yearToDate: { readonly yearStart: string } | undefined,
): DirectionOfTravel {
  const latest = series.measurements[at] as Measurement;
  const actual = toDecimal(latest.value);
  const previous = at > from ? series.measurements[at - 1] : undefined;
  // A year before the calendar's start has no figures.
  const yearAgoTo = addMonths(latest.date, -12);
  const yearAgoFrom = yearAgoTo === undefined ? undefined : addMonths(yearAgoTo, -monthsOf(indicator.frequency));
  const yearAgoCandidate = yearAgoTo === undefined ? undefined : latestOnOrBefore(series, toDayNumber(yearAgoTo));
  const yearAgo =
    yearAgoCandidate === undefined || (yearAgoFrom !== undefined && yearAgoCandidate.date <= yearAgoFrom)
      ? undefined
      : yearAgoCandidate;
  const sameYear =
    previous !== undefined &&
    (yearToDate === undefined ||
      financialYearOf(previous.date, yearToDate.yearStart).start ===
        financialYearOf(latest.date, yearToDate.yearStart).start);
  return {
    sincePrevious:
      previous === undefined || !sameYear ? null : compare(actual, toDecimal(previous.value), indicator, target),
    sinceYearAgo: yearAgo === undefined ? null : compare(actual, toDecimal(yearAgo.value), indicator, target),
  };
}
