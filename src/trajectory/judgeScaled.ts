/**
 * The judgement of an evaluation's latest figure in safe integers: the common case of
 * {@link judgeMeasurement} (a point goal on a path, clamped to the natural bounds, any tolerance,
 * any scale, the floor, blue and the material shortfall) decided and shown without a decimal.
 *
 * Every figure is read as a safe integer over a power of ten (the measurement from its text, the
 * target's facts from their decimals) and every sum, product and alignment is checked to stay
 * below 2^53, so each is exact. When one does not fit, or the judgement needs what this route
 * does not do (a band, a comparator, a quartile goal, a year-to-date figure, a compound segment, a
 * framework's status rule), it gives `undefined` and the caller takes the decimal route.
 *
 * Why the two routes agree: the decimal route computes the same quantities (the expectation's
 * numerator over its denominator, the shortfall and the tolerance times that denominator, the
 * thresholds, the floor's, blue's and materiality's differences) by additions and multiplications
 * rounded to 60 significant digits. Whenever this route's integers fit, each of those exact values
 * has at most 16 significant digits, so the decimal route's results are exact too: both compare
 * the same exact numbers, so they decide the same. The shown figures are the same quotients
 * rounded half-even to 10 places ({@link shownRatio}, whose note shows its one rounding gives the
 * decimal route's digits). `test/trajectory/judgeRoutes.prop.test.ts` checks both routes agree.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { type ScaledDecimal, readScaledDecimal } from "../internal/decimal.js";
import type { FrameworkIndex, Indicator, Measurement, Polarity, Target } from "../model/index.js";
import { aggregationOf } from "../model/figures.js";
import { scaledExpectationAt } from "./exact.js";
import { type AppliedTolerance, inForceOn, indexedPathOf, polaritySign, targetFacts } from "./judge.js";
import type { Scale, Status } from "./scales.js";
import { scaledOf, scaledProductLess, shownRatio } from "./shownQuotient.js";

/** The most places a scaled figure keeps (the powers of ten {@link shownRatio} aligns with). */
const MOST_PLACES = 22;
const SAFE = Number.MAX_SAFE_INTEGER;
const ONE: ScaledDecimal = { units: 1, places: 0 };

/** What {@link judgeLatestScaled} decides and shows: the status and the four figures of a point or band judgement. @internal */
export interface ScaledPointJudgement {
  readonly status: Status;
  /** The expectation shown; `null` for a band (its edges are shown instead). */
  readonly expected: string | null;
  readonly variance: string;
  readonly variancePercent: string | null;
  readonly tolerance: string;
}

/** `x·y` of two scaled figures, exactly, or undefined when it does not fit. */
function product(x: ScaledDecimal, y: ScaledDecimal): ScaledDecimal | undefined {
  const units = x.units * y.units;
  const places = x.places + y.places;
  if (Math.abs(units) > SAFE || places > MOST_PLACES) return undefined;
  return { units: units === 0 ? 0 : units, places };
}

/** The sign of `x − y` (−1, 0, 1), exactly, or NaN when the aligned figures do not fit. */
function order(x: ScaledDecimal, y: ScaledDecimal): number {
  const difference = scaledProductLess(x, ONE, y);
  return difference === undefined ? Number.NaN : Math.sign(difference.units);
}

/**
 * Whether `actual` is worse than `floor` in the polarity's good direction (strictly), as
 * `judgeMeasurement`'s floor test; undefined when a figure does not fit. Never for in-band.
 * @internal
 */
export function floorBreachedScaled(
  actual: ScaledDecimal,
  floor: Decimal | undefined,
  polarity: Polarity,
): boolean | undefined {
  if (floor === undefined || polarity === "in-band") return false;
  const level = scaledOf(floor);
  if (level === undefined) return undefined;
  const side = order(level, actual);
  if (Number.isNaN(side)) return undefined;
  return polarity === "higher-is-better" ? side > 0 : side < 0;
}

/**
 * The tolerance amount times the denominator `den` (what `scaledTolerance` gives, exactly), for a
 * numerator `num`; undefined when it does not fit.
 */
function scaledAmount(tolerance: AppliedTolerance, num: ScaledDecimal, den: ScaledDecimal): ScaledDecimal | undefined {
  if ("percent" in tolerance) {
    const percent = readScaledDecimal(tolerance.percent);
    if (percent === undefined) return undefined;
    let magnitude: ScaledDecimal = num.units < 0 ? { units: -num.units, places: num.places } : num;
    if ("floor" in tolerance) {
      const floor = scaledOf(tolerance.floor);
      const floorTimesDen = floor === undefined ? undefined : product(floor, den);
      if (floorTimesDen === undefined) return undefined;
      const larger = order(magnitude, floorTimesDen);
      if (Number.isNaN(larger)) return undefined;
      if (larger <= 0) magnitude = floorTimesDen;
    }
    const amount = product(percent, magnitude);
    // A percentage: two more places.
    return amount === undefined || amount.places + 2 > MOST_PLACES
      ? undefined
      : { units: amount.units, places: amount.places + 2 };
  }
  const amount = readScaledDecimal("points" in tolerance ? tolerance.points : tolerance.absolute);
  return amount === undefined ? undefined : product(amount, den);
}

/** `rate` of the scale on a shortfall and tolerance amount, exactly; undefined when a threshold does not fit. */
function scaledRate(scale: Scale, shortfall: ScaledDecimal, amount: ScaledDecimal): Status | undefined {
  const bands = scale.bands;
  if (shortfall.units <= 0) return (bands[0] as Scale["bands"][number]).status;
  for (let i = 1; i < bands.length; i += 1) {
    const band = bands[i] as Scale["bands"][number];
    const upTo = band.upTo === "1" ? ONE : readScaledDecimal(band.upTo);
    const threshold = upTo === undefined ? undefined : upTo === ONE ? amount : product(amount, upTo);
    if (threshold === undefined) return undefined;
    const side = order(shortfall, threshold);
    if (Number.isNaN(side)) return undefined;
    if (side <= 0) return band.status;
  }
  return scale.beyond;
}

/**
 * `judgeAgainstBand` and the material shortfall of `judgeMeasurement` for a band, and its shown
 * figures (the variance outside the band, signed, as a share of the edge it is judged from, and the
 * tolerance of that edge), in safe integers; undefined when a figure does not fit.
 */
function bandScaled(
  actual: ScaledDecimal,
  lowEdge: Decimal,
  highEdge: Decimal,
  tolerance: AppliedTolerance,
  scale: Scale,
  materialShortfall: Decimal | undefined,
): ScaledPointJudgement | undefined {
  const low = scaledOf(lowEdge);
  const high = scaledOf(highEdge);
  if (low === undefined || high === undefined) return undefined;
  // bandPosition: below the low edge, judged from it; otherwise from the high edge.
  const belowLow = order(actual, low);
  if (Number.isNaN(belowLow)) return undefined;
  const edge = belowLow < 0 ? low : high;
  let variance = scaledProductLess(actual, ONE, edge);
  if (variance === undefined) return undefined;
  if (belowLow >= 0 && variance.units < 0) variance = { units: 0, places: 0 };
  const shortfall: ScaledDecimal = variance.units < 0 ? { units: -variance.units, places: variance.places } : variance;
  const amount = scaledAmount(tolerance, edge, ONE);
  if (amount === undefined) return undefined;
  let status = scaledRate(scale, shortfall, amount);
  if (status === undefined) return undefined;
  if (materialShortfall !== undefined) {
    const material = scaledOf(materialShortfall);
    const side = material === undefined ? Number.NaN : order(shortfall, material);
    if (Number.isNaN(side)) return undefined;
    if (side < 0) status = (scale.bands[0] as Scale["bands"][number]).status;
  }
  const shownVariance = shownRatio(variance, ONE);
  const shownTolerance = shownRatio(amount, ONE);
  const variancePercent =
    edge.units === 0 ? null : shownRatio(variance, { units: Math.abs(edge.units), places: edge.places }, 100);
  if (shownVariance === undefined || shownTolerance === undefined || variancePercent === undefined) return undefined;
  return { status, expected: null, variance: shownVariance, variancePercent, tolerance: shownTolerance };
}

/**
 * {@link judgeMeasurement} of an evaluation's latest figure (`actual`, its value read as a scaled
 * integer) and the four figures its evaluation shows, in safe integers; `undefined` where the
 * decimal route must decide (see the module's note). Reads the same goal in force, facts, path and
 * tolerance as {@link judgeMeasurement}, in the same order of rules. @internal
 */
export function judgeLatestScaled(
  index: FrameworkIndex,
  given: Target,
  indicator: Indicator,
  measurement: Measurement,
  scale: Scale,
  appliedTolerance: AppliedTolerance,
  actual: ScaledDecimal,
): ScaledPointJudgement | undefined {
  if (index.framework.statusRule !== undefined || aggregationOf(indicator) !== "snapshot") return undefined;
  const revised = inForceOn(index, given, measurement.date);
  const target = revised.target;
  const facts = targetFacts(index, target, revised.stable, indicator);
  const tolerance =
    revised.revision !== null && "floor" in appliedTolerance ? facts.defaultTolerance : appliedTolerance;
  if (facts.low !== undefined && facts.high !== undefined)
    return bandScaled(actual, facts.low, facts.high, tolerance, scale, facts.material);
  if (target.comparator !== undefined || "quartile" in target.goal) return undefined;
  const unclamped = scaledExpectationAt(indexedPathOf(index, target, revised.stable), toDayNumber(measurement.date));
  if (unclamped === undefined) return undefined;
  let num = unclamped.num;
  let den: ScaledDecimal = { units: unclamped.den, places: 0 };
  // Clamped to the natural bounds: num against bound × den (den is positive).
  const { min, max } = facts.bounds;
  let clamped = false;
  if (min !== undefined) {
    const low = scaledOf(min);
    const below = low === undefined ? undefined : scaledProductLess(low, den, num);
    if (below === undefined) return undefined;
    if (below.units > 0) {
      num = low as ScaledDecimal;
      den = ONE;
      clamped = true;
    }
  }
  // As clampRational: a value below the low bound is not compared with the high one.
  if (max !== undefined && !clamped) {
    const high = scaledOf(max);
    const above = high === undefined ? undefined : scaledProductLess(high, den, num);
    if (above === undefined) return undefined;
    if (above.units < 0) {
      num = high as ScaledDecimal;
      den = ONE;
    }
  }
  // actual·den − num: the variance times den, and the shortfall's magnitude.
  const difference = scaledProductLess(actual, den, num);
  if (difference === undefined) return undefined;
  const sign = polaritySign(indicator.polarity);
  const shortfall: ScaledDecimal =
    sign > 0 || (sign === 0 && difference.units < 0)
      ? { units: difference.units === 0 ? 0 : -difference.units, places: difference.places }
      : difference;
  const amount = scaledAmount(tolerance, num, den);
  if (amount === undefined) return undefined;
  let status = scaledRate(scale, shortfall, amount);
  if (status === undefined) return undefined;
  const breached = floorBreachedScaled(actual, facts.floor, indicator.polarity);
  if (breached === undefined) return undefined;
  if (breached) status = scale.beyond;
  else {
    let blue = false;
    if (scale.blueWhenGoalMet && facts.blue !== undefined) {
      // The goal met: no shortfall against the blue level in the good direction.
      const level = scaledOf(facts.blue);
      const side = level === undefined ? Number.NaN : order(actual, level);
      if (Number.isNaN(side)) return undefined;
      blue = sign > 0 ? side >= 0 : sign < 0 ? side <= 0 : side === 0;
    }
    if (blue) status = "blue";
    else if (facts.material !== undefined) {
      // Under the material shortfall (times den), on profile: the scale's first status.
      const material = scaledOf(facts.material);
      const threshold = material === undefined ? undefined : product(material, den);
      const side = threshold === undefined ? Number.NaN : order(shortfall, threshold);
      if (Number.isNaN(side)) return undefined;
      if (side < 0) status = (scale.bands[0] as Scale["bands"][number]).status;
    }
  }
  const expected = shownRatio(num, den);
  const variance = shownRatio(difference, den);
  const shownTolerance = shownRatio(amount, den);
  const variancePercent =
    num.units === 0 ? null : shownRatio(difference, { units: Math.abs(num.units), places: num.places }, 100);
  if (expected === undefined || variance === undefined || shownTolerance === undefined || variancePercent === undefined)
    return undefined;
  return { status, expected, variance, variancePercent, tolerance: shownTolerance };
}
