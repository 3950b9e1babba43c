/**
 * The fast status kernel behind `statusHistory` and `evaluateFramework(…, { detail: "status" })`.
 * Each indicator's series is compiled once per index and shared by its targets (`seriesOf`), each
 * target keeping only where its baseline starts in it. Each target is compiled once per index from the judgement kernel's own functions (its path by
 * `pathOf`, converted to floats by `floatPathOf`; its goal by `goalValue`; its tolerance by
 * `toleranceFor`). Away from every threshold the float twins decide; within a bound of one that
 * is computed from the operands' magnitudes (`floatDecisionError`), or for band, comparator, year-to-date and revised targets, `judgeMeasurement` decides exactly. So
 * every status is the one `evaluateTarget` gives.
 * @internal
 */
import { toDayNumber } from "../internal/dates.js";
import type { Framework, FrameworkIndex, Indicator, Measurement, Target, Tolerance } from "../model/index.js";
import { toFrameworkIndex } from "../model/index.js";
import { goalValue } from "../model/target.js";
import { boundsOf } from "../model/bounds.js";
import { type FloatBounds, clampDecimal, floatBoundsOf } from "./clamp.js";
import { dayOf } from "./dayOf.js";
import {
  DEFAULT_TOLERANCE,
  type FloatPath,
  type FloatTolerance,
  floatDecisionError,
  floatExpectationOn,
  floatGoalMet,
  floatPathOf,
  floatSegmentAt,
  floatShortfall,
  floatToleranceAmount,
  floatToleranceOf,
  judgeMeasurement,
  pathOf,
  polaritySign,
  toleranceFor,
} from "./judge.js";
import type { Scale, Status } from "./scales.js";
import { type IndicatorSeries, firstAfter, firstOnOrAfter, seriesOf } from "./series.js";

/** A target prepared once per index: its path and measurements as numbers, for the float kernel. */
interface Compiled {
  readonly target: Target;
  readonly indicator: Indicator | undefined;
  /** Band, comparator, year-to-date and revised targets, and missing indicators, are judged exactly every time. */
  readonly exactOnly: boolean;
  readonly baselineDay: number;
  /** The target's path in floats (empty for a target judged exactly every time). */
  readonly path: FloatPath;
  /** The polarity's sign: +1 higher is better, −1 lower is better, 0 in band. */
  readonly sign: number;
  /** The goal's value clamped to the indicator's natural bounds, as a float (`NaN` for a band goal). */
  readonly goal: number;
  /** The indicator's natural bounds in floats (see clamp.ts for why the error bound stays sound). */
  readonly bounds: FloatBounds;
  /** The indicator's series, shared by every target on it (empty for a missing indicator). */
  readonly series: IndicatorSeries;
  /** The position in the series of the first measurement on or after the baseline. */
  readonly start: number;
  /** The target's or its indicator's tolerance in floats, if either gives one; the call's default otherwise. */
  readonly tolerance: FloatTolerance | undefined;
}

const COMPILED = Symbol("performance-management/trajectory compiled targets");
const NO_BOUNDS = { min: undefined, max: undefined };

/** A goal clamped to its indicator's natural bounds. */
function clampGoal(goal: ReturnType<typeof goalValue>, indicator: Indicator): ReturnType<typeof goalValue> {
  return goal === undefined ? undefined : clampDecimal(goal, boundsOf(indicator)).value;
}
const NO_PATH: FloatPath = {
  kind: 0,
  days: new Float64Array(0),
  values: new Float64Array(0),
  magnitudes: new Float64Array(0),
};

function compile(index: FrameworkIndex): Compiled[] {
  const compiled: Compiled[] = [];
  for (const target of index.targets.values()) {
    const indicator = index.indicators.get(target.indicator);
    const exactOnly =
      indicator === undefined ||
      "low" in target.goal ||
      target.comparator !== undefined ||
      (target.revisions?.length ?? 0) > 0 ||
      indicator.cumulative === true;
    const series = seriesOf(index, target.indicator);
    const baselineDay = toDayNumber(target.baseline.date);
    const ownTolerance = target.tolerance ?? indicator?.tolerance;
    compiled.push({
      target,
      indicator,
      exactOnly,
      baselineDay,
      path: exactOnly ? NO_PATH : floatPathOf(pathOf(target)),
      sign: indicator === undefined ? 0 : polaritySign(indicator.polarity),
      // One conversion of the exact clamped goal: rounding is monotone, so it is the float clamp of the float goal.
      goal:
        (indicator === undefined ? goalValue(target) : clampGoal(goalValue(target), indicator))?.toNumber() ??
        Number.NaN,
      bounds: floatBoundsOf(indicator === undefined ? NO_BOUNDS : boundsOf(indicator)),
      series,
      start: firstOnOrAfter(series.days, baselineDay),
      tolerance: ownTolerance === undefined ? undefined : floatToleranceOf(ownTolerance),
    });
  }
  return compiled;
}

/** A scale and default tolerance prepared once per call: the thresholds and the default as numbers. */
interface Rating {
  readonly scale: Scale;
  readonly fallback: Tolerance | undefined;
  readonly thresholds: readonly number[];
  readonly fallbackFloat: FloatTolerance;
}

function ratingOf(scale: Scale, fallback: Tolerance | undefined): Rating {
  return {
    scale,
    fallback,
    thresholds: scale.bands.map((band) => Number(band.upTo)),
    fallbackFloat: floatToleranceOf(fallback ?? DEFAULT_TOLERANCE),
  };
}

/** The exact status of a compiled target's measurement at position `at`. */
function exactStatus(index: FrameworkIndex, c: Compiled, indicator: Indicator, at: number, rating: Rating): Status {
  const tolerance = toleranceFor(c.target, indicator, rating.fallback);
  return judgeMeasurement(index, c.target, indicator, c.series.measurements[at] as Measurement, rating.scale, tolerance)
    .status;
}

/**
 * The status of a target as of a day. Away from every boundary the float kernel decides; within
 * the error bound of one (from the operands' magnitudes, so a path through zero is no exception), or for band, comparator, year-to-date and revised targets, the exact judgement
 * decides. So the status is always the exact one.
 */
function statusAt(index: FrameworkIndex, c: Compiled, day: number, rating: Rating): Status {
  if (day < c.baselineDay) return "not-started";
  const days = c.series.days;
  const end = firstAfter(days, day, c.start);
  const indicator = c.indicator;
  // Nothing measured since the baseline, or no indicator to measure by: no data.
  if (end === c.start || indicator === undefined) return "no-data";
  // Of several measurements on one date, the last in the framework's order counts.
  const at = end - 1;
  if (c.exactOnly) return exactStatus(index, c, indicator, at, rating);
  const actual = c.series.values[at] as number;
  const measuredDay = days[at] as number;
  const segment = floatSegmentAt(c.path, measuredDay);
  // Clamped to the natural bounds, as judgeMeasurement clamps the exact expectation.
  const expected = Math.min(Math.max(floatExpectationOn(c.path, segment, measuredDay), c.bounds.low), c.bounds.high);
  const shortfall = floatShortfall(actual, expected, c.sign);
  const tolerance = c.tolerance ?? rating.fallbackFloat;
  const amount = floatToleranceAmount(tolerance, expected);
  if (!Number.isFinite(Math.abs(expected) + Math.abs(actual) + Math.abs(amount)))
    return exactStatus(index, c, indicator, at, rating);
  const scale = rating.scale;
  if (scale.blueWhenGoalMet) {
    const met = floatGoalMet(actual, c.goal, c.sign);
    if (met === undefined) return exactStatus(index, c, indicator, at, rating);
    if (met) return "blue";
  }
  // Within the error bound of a threshold (from the operands' magnitudes, see floatDecisionError), exact decides.
  const magnitude = (c.path.magnitudes[segment] as number) + c.bounds.magnitude;
  const fraction = Number.isNaN(tolerance.fraction) ? 0 : tolerance.fraction;
  const thresholds = rating.thresholds;
  for (let i = 0; i < thresholds.length; i += 1) {
    const upTo = thresholds[i] as number;
    const threshold = upTo * amount;
    const error = floatDecisionError(magnitude, actual, expected, fraction, upTo, threshold);
    if (!(Math.abs(shortfall - threshold) > error)) return exactStatus(index, c, indicator, at, rating);
    if (shortfall <= threshold) return (scale.bands[i] as Scale["bands"][number]).status;
  }
  return scale.beyond;
}

/** Every target's status at each of a series of days, through the kernel: one row per target, in the framework's order. */
export function statusRows(
  index: FrameworkIndex,
  days: readonly number[],
  scale: Scale,
  tolerance: Tolerance | undefined,
): { target: string; statuses: Status[] }[] {
  const rating = ratingOf(scale, tolerance);
  return index.derive(COMPILED, compile).map((c) => ({
    target: c.target.id,
    statuses: days.map((day) => statusAt(index, c, day, rating)),
  }));
}

/** The status of every target as of one date, through the kernel. */
export function statusesAsOf(
  source: Framework | FrameworkIndex,
  asOf: string,
  scale: Scale,
  tolerance: Tolerance | undefined,
): { target: string; status: Status }[] {
  const index = toFrameworkIndex(source);
  const day = dayOf(asOf, "asOf");
  const rating = ratingOf(scale, tolerance);
  return index.derive(COMPILED, compile).map((c) => ({ target: c.target.id, status: statusAt(index, c, day, rating) }));
}
