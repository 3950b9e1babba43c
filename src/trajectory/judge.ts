/**
 * The judgement kernel: the one home of what judging a target needs. Its path (the baseline, its
 * milestones in date order, its goal resolved), the tolerance that applies, the shortfall in the
 * polarity's good direction, where a value stands against a band, whether the goal is met (blue),
 * and {@link judgeMeasurement}, which judges one measurement exactly.
 *
 * Each fact the fast status kernel needs has its float twin beside the exact one, and the float
 * path is compiled from the exact path ({@link floatPathOf} of {@link pathOf}), so the exact and
 * the fast path are two backends of the same functions, not two copies of the logic.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { ExactDecimal, formatDecimal, isAboveZero, isOne, toDecimal } from "../internal/decimal.js";
import type { Framework, FrameworkIndex, Indicator, Measurement, Polarity, Target, Tolerance } from "../model/index.js";
import { aggregationOf } from "../model/figures.js";
import { goalValue } from "../model/goal.js";
import { type Bounds, boundsOf } from "../model/bounds.js";
import { revisionInForce } from "../model/revisions.js";
import { type GoalInForce, type InForce, goalInForce } from "./inForce.js";
import { clampDecimal, clampRational, clampedGoal } from "./clamp.js";
import { TrajectoryError } from "./errors.js";
import { type Rational, expectationAt, measuredValue } from "./exact.js";
import { type TargetPath, goalAlonePath, linearSegments, milestonePath, pointDay, pointFloat } from "./path.js";
import { quartileExpectation } from "./benchmarks.js";
import { expectationYearToDate } from "./financialYear.js";
import { type Scale, type Status, rate } from "./scales.js";
import { latestOnOrBefore, seriesOf } from "./series.js";
import {
  type AppliedTolerance,
  applicableTolerance,
  defaultToleranceSpanning,
  materialShortfallFor,
  missAtEquality,
  scaledTolerance,
} from "./tolerances.js";
import { ruledStatus } from "./statusRule.js";

const ONE = new ExactDecimal(1);

// ---- Tolerance -------------------------------------------------------------------------------

export {
  type AppliedTolerance,
  DEFAULT_TOLERANCE,
  type FloatTolerance,
  type FlooredTolerance,
  floatToleranceAmount,
  floatToleranceOf,
  scaledTolerance,
} from "./tolerances.js";

/**
 * The tolerance that applies to a target: its own, else its indicator's, else the framework's for
 * the indicator's unit, else the caller's, else the default: 5% of the larger of the expectation's
 * magnitude and the span `|goal − baseline|` for a point goal, 5% of the band's edge for a band
 * goal, none for a comparator target.
 */
export function toleranceFor(
  target: Target,
  indicator: Indicator,
  fallback: Tolerance | undefined,
  framework: Pick<Framework, "tolerances"> | undefined,
): AppliedTolerance {
  return applicableTolerance(target, indicator, framework, fallback);
}

// ---- The path --------------------------------------------------------------------------------

/**
 * The path of a point-valued target: its baseline, its milestones in date order and its goal.
 * Milestones on or before the baseline, on or after the goal, or sharing a date with another are
 * left out of the path (the cascade checker's `smart` rule reports them). A goal dated on or
 * before its baseline holds from its own date, so from the baseline on the path is the goal alone
 * (a goal whose date has passed is the standard in force; the `smart` rule reports the dates).
 */
export function pathOf(target: Target, parsed?: Pick<TargetFacts, "goal" | "baseline">): TargetPath {
  // `parsed`: the target's goal value and baseline already parsed (its facts), the same decimals.
  const goal = parsed === undefined ? goalValue(target) : parsed.goal;
  if (goal === undefined)
    throw new TrajectoryError(`target "${target.id}" has a band goal; ask expectedBand for its expectation`);
  const kind = target.trajectory ?? "linear";
  const baselineDay = toDayNumber(target.baseline.date);
  const goalDay = toDayNumber(target.goal.date);
  if (goalDay <= baselineDay) return goalAlonePath(kind, baselineDay, goal);
  // The milestones stay as written: each one's day and value read only when a judgement reaches it.
  return milestonePath(
    kind,
    {
      date: target.baseline.date,
      day: baselineDay,
      value: parsed === undefined ? toDecimal(target.baseline.value) : parsed.baseline,
    },
    { date: target.goal.date, day: goalDay, value: goal },
    target.milestones,
  );
}

/** How a float path moves between points, as a number for the hot loop (0 is linear). */
const STEP = 1;
const COMPOUND = 2;
/** Each point's value in force from the day after the previous point's (3). */
const PERIOD_TARGET = 3;

/**
 * The rounding error of one float operation, relative to the magnitude of its operands: the unit
 * roundoff 2^-53 of round-to-nearest doubles, doubled (2^-52) to cover a decimal string's
 * conversion by `Number()` as well.
 */
const UNIT_ERROR = 2 ** -52;

/**
 * A bound on the error of a float decision, per unit of the magnitude of the operands it was
 * computed from: {@link floatDecisionError} multiplies it by a sum of operand magnitudes. Derived
 * beside {@link floatDecisionError}; 16 units where the derivation needs at most 6.
 */
export const FLOAT_ERROR_PER_MAGNITUDE = 16 * UNIT_ERROR;

/**
 * An absolute floor under every error bound: a conversion or operation whose result underflows to
 * a subnormal or to 0 errs by at most 2^-1075 absolutely, which no relative bound covers. A
 * hundred-odd such errors stay below 2^-1060.
 */
export const FLOAT_ERROR_FLOOR = 2 ** -1060;

/**
 * How much more error a compound segment's expectation may carry than a linear one, per unit of
 * its points' magnitudes: `a·(b/a)^f` amplifies the error of `f` by `|ln(b/a)|` (at most about
 * 1,500 between finite doubles) and `Math.pow` is only approximately rounded. 2^24 leaves room for
 * both many times over; the exact judgement decides within it.
 */
const COMPOUND_ERROR_FACTOR = 2 ** 24;

/** A path in floats: the exact path's days, and its values each converted to the nearest double. */
export interface FloatPath {
  /** 0 linear, 1 step, 2 compound, 3 period-target. */
  readonly kind: number;
  readonly days: Float64Array;
  readonly values: Float64Array;
  /**
   * For the segment starting at each point, the magnitude of the operands its expectation is
   * computed from: `|a| + |b|` for a linear segment or a period target's (either value, one
   * conversion), `|a|` for a step or the last point, and
   * `(|a| + |b|)` times a generous factor for a compound one. See {@link floatDecisionError}.
   */
  readonly magnitudes: Float64Array;
}

/** The float twin of a path, compiled from it. */
export function floatPathOf(path: TargetPath): FloatPath {
  const kind =
    path.kind === "step"
      ? STEP
      : path.kind === "compound"
        ? COMPOUND
        : path.kind === "period-target"
          ? PERIOD_TARGET
          : 0;
  // Plain loops: a typed array's `from` with a mapping function is several times slower, and every target compiles one.
  // Each milestone's value converted from its text (the same double as its decimal's), none parsed.
  const count = path.length;
  const days = new Float64Array(count);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    days[i] = pointDay(path, i);
    values[i] = pointFloat(path, i);
  }
  const magnitudes = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const a = values[i] as number;
    const b = values[i + 1];
    const operands = b === undefined || kind === STEP ? Math.abs(a) : Math.abs(a) + Math.abs(b);
    magnitudes[i] = b !== undefined && kind === COMPOUND ? operands * COMPOUND_ERROR_FACTOR : operands;
  }
  return { kind, days, values, magnitudes };
}

/**
 * The segment of a float path a day falls in: the last point on or before the day (the path's
 * last point from its last day on), for a day on or after the path's start. A binary search.
 */
export function floatSegmentAt(path: FloatPath, day: number): number {
  const days = path.days;
  let low = 0;
  let high = days.length - 1;
  if (day >= (days[high] as number)) return high;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) <= day) low = middle;
    else high = middle;
  }
  return low;
}

/** The float twin of {@link expectationAt} on the segment {@link floatSegmentAt} found for the day. */
export function floatExpectationOn(path: FloatPath, segment: number, day: number): number {
  const days = path.days;
  const values = path.values;
  const a = values[segment] as number;
  if (segment === days.length - 1 || day === days[segment] || path.kind === STEP) return a;
  const b = values[segment + 1] as number;
  if (path.kind === PERIOD_TARGET) return b;
  const f = (day - (days[segment] as number)) / ((days[segment + 1] as number) - (days[segment] as number));
  if (path.kind === COMPOUND && a !== 0 && b !== 0 && a < 0 === b < 0) return a * Math.pow(b / a, f);
  return a + (b - a) * f;
}

/** The float twin of {@link expectationAt}, for a day on or after the path's start. */
export function floatExpectationAt(path: FloatPath, day: number): number {
  return floatExpectationOn(path, floatSegmentAt(path, day), day);
}

/**
 * A bound on how far the float comparison of a shortfall `s` with a threshold `t = upTo × amount`
 * can be from the exact one: when `|s − t|` exceeds it, `s − t` has the exact sign. Computed from
 * the OPERANDS' magnitudes, not the result's, so cancellation (a path through zero) cannot hide.
 *
 * Derivation, with u = 2^-53 and every conversion `Number(decimal)` correctly rounded (error u of
 * the value; `Number` and `toNumber` are), every operation rounding to nearest (error u of its
 * result), and a linear segment from `a` to `b` with `0 ≤ f ≤ 1` (`P = |a| + |b|`):
 * - the expectation `e = a + (b − a)·f`: converting `a` and `b` errs by at most u·P in `e`;
 *   `b − a` by u·P, `f` (a quotient of exact day counts) by u·P once multiplied out, the product
 *   by u·P, the sum by u·2P: in all |e − E| ≤ 6u·P (to first order). A step, a period target
 *   (`b` inside a segment, `a` on its first day) or the last point is one conversion: u·|a| or
 *   u·|b|, each at most u·P. A compound segment is covered by the factor in its magnitude.
 * - the shortfall `s = ±(actual − e)` (or its absolute value): |s − S| ≤ |e − E| + u·|actual|
 *   (conversion) + u·(|actual| + |e|) (the subtraction).
 * - the amount: absolute, one conversion (u·|amount|); a percentage `p`, `p / 100` errs by 2u of
 *   itself and `fraction·|e|` by u, so |amount − T| ≤ 3u·|amount| + |fraction|·|e − E|.
 * - a floored percentage (the default), `fraction·max(|e|, F̃)` against `T = p/100·max(|E|, F)`: the
 *   floor `F = |goal − baseline|` is computed exactly once per target and converted once, so
 *   |F̃ − F| ≤ u·F; `max` is exact and 1-Lipschitz in each argument, so
 *   |max(|e|, F̃) − max(|E|, F)| ≤ max(|e − E|, u·F) ≤ |e − E| + u·F, and
 *   |amount − T| ≤ 3u·|amount| + |fraction|·(|e − E| + u·F): one more term, u·|fraction|·F.
 * - the threshold `upTo × amount`: the conversion of `upTo` and the product add 2u·|t|, and the
 *   amount's error is multiplied by `upTo`.
 * So |(s − t) − (S − T)| ≤ 6u·P·(1 + upTo·|fraction|) + u·upTo·|fraction|·F + 2u·(|actual| + |e|)
 * + 5u·|t|, and the computed `s − t` itself keeps its sign. The bound takes 32u (16 × 2^-52) of
 * each magnitude, five times that, plus {@link FLOAT_ERROR_FLOOR} for underflow. (Computing the
 * bound in floats errs by a few u of itself, far inside the factor of five.)
 *
 * @param magnitude - the segment's operand magnitude (`FloatPath.magnitudes`)
 * @param actual - the measured value as a float
 * @param expected - the float expectation
 * @param fraction - a percentage tolerance as a fraction (0 for an absolute tolerance)
 * @param upTo - the threshold in tolerances
 * @param threshold - `upTo × amount` as computed
 * @param floor - a floored tolerance's floor as converted (`FloatTolerance.floor`; 0 for none)
 */
export function floatDecisionError(
  magnitude: number,
  actual: number,
  expected: number,
  fraction: number,
  upTo: number,
  threshold: number,
  floor = 0,
): number {
  const perTolerance = upTo * Math.abs(fraction);
  return (
    FLOAT_ERROR_PER_MAGNITUDE *
      (magnitude * (1 + perTolerance) +
        perTolerance * floor +
        Math.abs(actual) +
        Math.abs(expected) +
        Math.abs(threshold)) +
    FLOAT_ERROR_FLOOR
  );
}

// ---- Shortfall, band and goal ----------------------------------------------------------------

/** A polarity's good direction as a sign: +1 higher is better, −1 lower is better, 0 in band. */
export function polaritySign(polarity: Polarity): number {
  return polarity === "higher-is-better" ? 1 : polarity === "lower-is-better" ? -1 : 0;
}

/**
 * How far `actual` falls short of `expected` in the good direction of `polarity`, times the
 * expectation's denominator: zero or less is no shortfall. For `in-band` polarity on a point
 * expectation, any distance is a shortfall.
 */
export function scaledShortfall(actual: Decimal, expected: Rational, polarity: Polarity): Decimal {
  const scaledActual = isOne(expected.den) ? actual : actual.times(expected.den);
  const sign = polaritySign(polarity);
  if (sign > 0) return expected.num.minus(scaledActual);
  if (sign < 0) return scaledActual.minus(expected.num);
  return scaledActual.minus(expected.num).abs();
}

/** The float twin of {@link scaledShortfall}, with the polarity as its {@link polaritySign}. */
export function floatShortfall(actual: number, expected: number, sign: number): number {
  if (sign > 0) return expected - actual;
  if (sign < 0) return actual - expected;
  return Math.abs(actual - expected);
}

/** Whether `actual` meets or beats the goal in the polarity's good direction (blue on a scale that has it). */
export function goalMet(actual: Decimal, goal: Decimal, polarity: Polarity): boolean {
  return !isAboveZero(scaledShortfall(actual, { num: goal, den: ONE }, polarity));
}

/**
 * The level at which a figure is blue on a scale that has blue: the stretch ("heroic") level where
 * the target sets one, the goal otherwise; undefined for a band goal.
 */
export function blueLevel(target: Target): Decimal | undefined {
  return target.stretch === undefined ? goalValue(target) : toDecimal(target.stretch.value);
}

/**
 * Whether `actual` is worse than the target's floor (strictly below it when higher is better,
 * above it when lower is better): the intervention line, red whatever the path. Never for a target
 * without a floor or an in-band indicator.
 */
export function floorBreached(actual: Decimal, target: Target, polarity: Polarity): boolean {
  if (target.floor === undefined || polarity === "in-band") return false;
  return scaledShortfall(actual, { num: toDecimal(target.floor), den: ONE }, polarity).greaterThan(0);
}

/** Relative distance within which a float decision is too close to call and exact arithmetic decides. */
export const FLOAT_MARGIN = 1e-9;

/**
 * The float twin of {@link goalMet}: `undefined` when too close to call. Sound without an error
 * bound: `actual` and `goal` are each one correctly rounded conversion, rounding never reverses
 * the order of two values, and a float difference has the sign of its operands' order, so only a
 * tie (a difference of 0, inside the margin) can mislead, and a tie goes to the exact judgement.
 */
export function floatGoalMet(actual: number, goal: number, sign: number): boolean | undefined {
  const beyond = floatShortfall(actual, goal, sign);
  if (Math.abs(beyond) <= FLOAT_MARGIN * (Math.abs(goal) + Math.abs(actual))) return undefined;
  return beyond <= 0;
}

/**
 * Where `actual` stands against a band: the edge it is judged from (the low edge below the band,
 * otherwise the high), and its signed distance outside the band (zero inside it).
 */
export function bandPosition(actual: Decimal, low: Decimal, high: Decimal): { edge: Decimal; variance: Decimal } {
  if (actual.lessThan(low)) return { edge: low, variance: actual.minus(low) };
  return { edge: high, variance: actual.greaterThan(high) ? actual.minus(high) : new ExactDecimal(0) };
}

/** How far `actual` lies outside a band (zero inside it). */
export function bandShortfall(actual: Decimal, low: Decimal, high: Decimal): Decimal {
  return bandPosition(actual, low, high).variance.abs();
}

// ---- Judgement -------------------------------------------------------------------------------

/** A value judged against a point expectation: its shortfall and tolerance amount (times the denominator), its status. */
export interface PointJudgement {
  readonly status: Status;
  /** Why the framework's status rule gave the status, where it needed more than the shortfall (see `Evaluation.ruleNote`). */
  readonly ruleNote?: string | null;
  readonly shortfall: Decimal;
  readonly toleranceAmount: Decimal;
}

/** A value judged against a band: as a point judgement, with the edge it is judged from and its signed variance. */
export interface BandJudgement extends PointJudgement {
  readonly edge: Decimal;
  readonly variance: Decimal;
}

/** Judges a value against a point expectation, in the good direction of `polarity`. */
export function judgeAgainstPoint(
  actual: Decimal,
  expected: Rational,
  polarity: Polarity,
  tolerance: AppliedTolerance,
  scale: Scale,
): PointJudgement {
  const shortfall = scaledShortfall(actual, expected, polarity);
  const toleranceAmount = scaledTolerance(tolerance, expected.num, expected.den);
  return { status: rate(scale, shortfall, toleranceAmount), shortfall, toleranceAmount };
}

/** Judges a value against a band: green inside it, the tolerance (of the nearer edge) outside either edge. */
export function judgeAgainstBand(
  actual: Decimal,
  low: Decimal,
  high: Decimal,
  tolerance: AppliedTolerance,
  scale: Scale,
): BandJudgement {
  const { edge, variance } = bandPosition(actual, low, high);
  const shortfall = variance.abs();
  const toleranceAmount = scaledTolerance(tolerance, edge, ONE);
  return { status: rate(scale, shortfall, toleranceAmount), shortfall, toleranceAmount, edge, variance };
}

/** What judging one measurement against its target gives: a band's judgement, a point's, or no-data. */
export type Judgement =
  | ({ readonly kind: "band" } & BandJudgement)
  | ({ readonly kind: "point"; readonly expected: Rational } & PointJudgement)
  | { readonly kind: "unjudged"; readonly status: "no-data" };

const PATHS = Symbol("performance-management/trajectory paths");
const IN_FORCE = Symbol("performance-management/trajectory goals in force");

/**
 * {@link pathOf} built once per index for each of its targets and each of their goals in force, so
 * judging a target's many measurements (its run of red periods, a status history's exact
 * decisions) does not rebuild a long path each time. `stable` says the target is the index's own or
 * one of the revised targets {@link inForceOn} keeps for it; any other (a fresh object) is built afresh.
 * @internal
 */
export function indexedPathOf(index: FrameworkIndex, target: Target, stable: boolean): TargetPath {
  if (!stable) return pathOf(target);
  const cache = index.derive(PATHS, () => new Map<Target, TargetPath>());
  let path = cache.get(target);
  if (path === undefined) {
    // Kept for every judgement of the target: each linear segment's terms made once; the goal and
    // baseline read from the target's facts when an evaluation has made them.
    const facts = index.derive(FACTS, () => new Map<Target, TargetFacts>()).get(target);
    path = linearSegments(pathOf(target, facts));
    cache.set(target, path);
  }
  return path;
}

/**
 * The goal in force of a target on a date (see `revisionInForce`): for the index's own targets by
 * binary search over their revisions, sorted once per index, each revised target kept (so its path
 * is built once); for any other target, read afresh. @internal
 */
export function inForceOn(index: FrameworkIndex, given: Target, date: string): InForce & { readonly stable: boolean } {
  if ((given.revisions?.length ?? 0) === 0)
    return { target: given, revision: null, stable: index.targets.get(given.id) === given };
  if (index.targets.get(given.id) !== given) return { ...revisionInForce(given, date), stable: false };
  const readers = index.derive(IN_FORCE, () => new Map<Target, GoalInForce>());
  let read = readers.get(given);
  if (read === undefined) {
    read = goalInForce(given);
    readers.set(given, read);
  }
  return { ...read(date), stable: true };
}

/**
 * The point expectation a measurement is judged by: the comparator's latest value on or before the
 * measurement, moved by the margin toward the good; a quartile goal's boundary in the group's
 * latest benchmark on or before the measurement; the year-to-date share of a running-total
 * indicator, or the year's target of a year-to-date-rate one; or the path at the measurement's
 * date. Undefined when there is none.
 */
function expectationFor(
  index: FrameworkIndex,
  target: Target,
  stable: boolean,
  indicator: Indicator,
  measurement: Measurement,
): Rational | undefined {
  if (target.comparator !== undefined) {
    const reference = latestOnOrBefore(seriesOf(index, target.comparator.indicator), toDayNumber(measurement.date));
    if (reference === undefined) return undefined;
    const margin = toDecimal(target.comparator.margin ?? 0);
    const value = toDecimal(reference.value);
    const sign = polaritySign(indicator.polarity);
    return { num: sign > 0 ? value.plus(margin) : sign < 0 ? value.minus(margin) : value, den: ONE };
  }
  if ("quartile" in target.goal) {
    const boundary = quartileExpectation(index, indicator, target.goal, measurement.date);
    return boundary === undefined ? undefined : { num: boundary, den: ONE };
  }
  const aggregation = aggregationOf(indicator);
  if (aggregation !== "snapshot")
    return expectationYearToDate(
      indexedPathOf(index, target, stable),
      measurement.date,
      index.financialYearStart,
      indicator,
      aggregation,
    );
  return expectationAt(indexedPathOf(index, target, stable), toDayNumber(measurement.date));
}

/**
 * Whether a value exactly on its comparator (moved by the margin) misses it: "maintained below the
 * regional rate" is not met at the rate, unless the comparator is `inclusive` ("at least as good
 * as"). An in-band polarity has no side to be on, so equality is on target.
 */
function missesComparatorAtEquality(target: Target, indicator: Indicator, shortfall: Decimal): boolean {
  const comparator = target.comparator;
  return (
    comparator !== undefined && comparator.inclusive !== true && indicator.polarity !== "in-band" && shortfall.isZero()
  );
}

/**
 * What judging a target (as one goal in force) on its indicator reads, each parsed once: its
 * natural bounds, its goal (resolved and clamped), baseline, band edges, floor, blue level, the
 * default tolerance spanning its goal, and the indicator's material shortfall. @internal
 */
export interface TargetFacts {
  readonly indicator: Indicator;
  readonly bounds: Bounds;
  readonly baseline: Decimal;
  /** The goal's value (absolute or relative), unclamped; undefined for a band or quartile goal. */
  readonly goal: Decimal | undefined;
  /** The goal clamped to the bounds. */
  readonly clampedGoal: Decimal | undefined;
  readonly low: Decimal | undefined;
  readonly high: Decimal | undefined;
  readonly floor: Decimal | undefined;
  /** The stretch (else the goal), clamped: blue at or beyond it. */
  readonly blue: Decimal | undefined;
  readonly material: Decimal | undefined;
  /** {@link defaultToleranceFor} the target. */
  readonly defaultTolerance: AppliedTolerance;
  /** The clamped goal as an evaluation shows it; `null` for none. */
  readonly goalText: string | null;
  /** The clamped goal less the baseline: what progress is a share of; undefined without a goal. */
  readonly progressSpan: Decimal | undefined;
  /** {@link TargetFacts.goalText} read back as a decimal (what the roll-up reads). */
  readonly goalShown: Decimal | null;
  /** The band as an evaluation shows it; `null` for a goal that is not a band. */
  readonly bandText: { readonly low: string; readonly high: string } | null;
}

const FACT_TEXTS = Symbol("performance-management/trajectory target figures parsed");

/**
 * A target's figure written as a string (its baseline or goal), parsed once per index however many
 * targets write the same text (an authority's targets often share a baseline and a goal): a
 * decimal is immutable and never handed to a caller, so one is shared. At most one entry per
 * distinct text, O(T) for T targets.
 */
function parsedFigure(index: FrameworkIndex, text: string | number): Decimal {
  if (typeof text !== "string") return toDecimal(text);
  const cache = index.derive(FACT_TEXTS, () => new Map<string, Decimal>());
  let value = cache.get(text);
  if (value === undefined) {
    value = toDecimal(text);
    cache.set(text, value);
  }
  return value;
}

const GOAL_SPANS = Symbol("performance-management/trajectory goals' spans from baselines");

/** What a goal and a baseline give every target that has both: read by {@link factsFor}. */
interface GoalSpan {
  /** `goal − baseline`: the progress span of a goal the bounds do not clamp. */
  readonly span: Decimal;
  /** {@link defaultToleranceSpanning} the goal from the baseline. */
  readonly tolerance: AppliedTolerance;
  /** The goal as an evaluation shows it, unclamped. */
  readonly text: string;
}

/**
 * The {@link GoalSpan} of a goal and a baseline parsed by {@link parsedFigure} (so the same texts
 * are the same decimals), made once per index and pair: at most one entry per distinct pair, O(T).
 * The tolerance object is shared by the targets of the pair; nothing a caller is given holds it.
 */
function goalSpanOf(index: FrameworkIndex, goal: Decimal, baseline: Decimal): GoalSpan {
  const cache = index.derive(GOAL_SPANS, () => new Map<Decimal, Map<Decimal, GoalSpan>>());
  let fromBaseline = cache.get(goal);
  if (fromBaseline === undefined) {
    fromBaseline = new Map();
    cache.set(goal, fromBaseline);
  }
  let span = fromBaseline.get(baseline);
  if (span === undefined) {
    span = {
      span: goal.minus(baseline),
      tolerance: defaultToleranceSpanning(goal, baseline),
      text: formatDecimal(goal),
    };
    fromBaseline.set(baseline, span);
  }
  return span;
}

function factsFor(index: FrameworkIndex, target: Target, indicator: Indicator): TargetFacts {
  const goal = target.goal;
  const bounds = boundsOf(indicator);
  const baseline = parsedFigure(index, target.baseline.value);
  // goalValue's decimal of a goal written as a value, the same text parsed once per index.
  const value = "value" in goal ? parsedFigure(index, goal.value) : goalValue(target);
  const clampedGoalValue = value === undefined ? undefined : clampDecimal(value, bounds).value;
  // A goal and a baseline both written as strings: their span, tolerance and text made once per
  // index and pair (the decimals the same objects for the same texts); otherwise afresh.
  const shared =
    "value" in goal && typeof goal.value === "string" && typeof target.baseline.value === "string"
      ? goalSpanOf(index, value as Decimal, baseline)
      : undefined;
  const unclamped = clampedGoalValue !== undefined && clampedGoalValue === value && shared !== undefined;
  const blue =
    target.stretch === undefined ? clampedGoalValue : clampedGoal(toDecimal(target.stretch.value), indicator);
  const goalText = clampedGoalValue === undefined ? null : unclamped ? shared.text : formatDecimal(clampedGoalValue);
  const low = "low" in goal ? toDecimal(goal.low) : undefined;
  const high = "low" in goal ? toDecimal(goal.high) : undefined;
  return {
    indicator,
    bounds,
    baseline,
    goal: value,
    clampedGoal: clampedGoalValue,
    low,
    high,
    floor: target.floor === undefined ? undefined : toDecimal(target.floor),
    blue,
    material: materialShortfallFor(indicator, index.framework),
    defaultTolerance: shared?.tolerance ?? defaultToleranceSpanning(value, baseline),
    goalText,
    progressSpan: unclamped ? shared.span : clampedGoalValue?.minus(baseline),
    // A goal shown as it was written reads back as the value already parsed.
    goalShown:
      goalText === null ? null : "value" in goal && goalText === goal.value ? (value as Decimal) : toDecimal(goalText),
    bandText: low === undefined || high === undefined ? null : { low: formatDecimal(low), high: formatDecimal(high) },
  };
}

const FACTS = Symbol("performance-management/trajectory target facts");

/**
 * The {@link TargetFacts} of a target on its indicator: kept per index for the index's own targets
 * and their goals in force (`stable`), built afresh for any other. @internal
 */
export function targetFacts(index: FrameworkIndex, target: Target, stable: boolean, indicator: Indicator): TargetFacts {
  if (!stable) return factsFor(index, target, indicator);
  const cache = index.derive(FACTS, () => new Map<Target, TargetFacts>());
  let facts = cache.get(target);
  if (facts?.indicator !== indicator) {
    facts = factsFor(index, target, indicator);
    cache.set(target, facts);
  }
  return facts;
}

/**
 * Judges one measurement exactly: its expectation (the path, the year-to-date share, the comparator
 * or the band), clamped to the indicator's natural bounds, its shortfall in the polarity's good
 * direction, the tolerance, the scale, the floor (past it, the scale's worst status), blue (the
 * stretch met where one is set, else the goal, clamped likewise); all with the goal in force on the
 * measurement's date (the target's latest revision on or before it).
 * `evaluateTarget` and the fast status kernel both decide through here, so they cannot disagree.
 */
export function judgeMeasurement(
  index: FrameworkIndex,
  given: Target,
  indicator: Indicator,
  measurement: Measurement,
  scale: Scale,
  appliedTolerance: AppliedTolerance,
): Judgement {
  // The goal in force on the measurement's date: the latest revision on or before it, else the original.
  const revised = inForceOn(index, given, measurement.date);
  const target = revised.target;
  const facts = targetFacts(index, target, revised.stable, indicator);
  // The default tolerance's floor is the span to the goal in force, so a revision moves it too.
  const tolerance =
    revised.revision !== null && "floor" in appliedTolerance ? facts.defaultTolerance : appliedTolerance;
  // Measurements of the index's series are parsed once per index.
  const actual = revised.stable ? measuredValue(index, measurement) : toDecimal(measurement.value);
  if (facts.low !== undefined && facts.high !== undefined) {
    const band = judgeAgainstBand(actual, facts.low, facts.high, tolerance, scale);
    return {
      kind: "band",
      ...band,
      ...ownRules(index, target, indicator, measurement, scale, band, band.edge, ONE, facts.material),
    };
  }
  const unclamped = expectationFor(index, target, revised.stable, indicator, measurement);
  if (unclamped === undefined) return { kind: "unjudged", status: "no-data" };
  // Judged against the expectation clamped to the indicator's natural bounds (a % target never expects 105).
  const expected = clampRational(unclamped, facts.bounds).value;
  const judged = judgeAgainstPoint(actual, expected, indicator.polarity, tolerance, scale);
  // Past the intervention line the status is the scale's worst, whatever the path expects.
  if (
    facts.floor !== undefined &&
    indicator.polarity !== "in-band" &&
    isAboveZero(scaledShortfall(actual, { num: facts.floor, den: ONE }, indicator.polarity))
  )
    return { kind: "point", expected, ...judged, status: scale.beyond };
  if (missesComparatorAtEquality(target, indicator, judged.shortfall))
    return { kind: "point", expected, ...judged, status: missAtEquality(scale, judged.toleranceAmount) };
  if (scale.blueWhenGoalMet && target.comparator === undefined) {
    const clamped = facts.blue;
    if (clamped !== undefined && goalMet(actual, clamped, indicator.polarity))
      return { kind: "point", expected, ...judged, status: "blue" };
  }
  return {
    kind: "point",
    expected,
    ...judged,
    ...ownRules(index, target, indicator, measurement, scale, judged, expected.num, expected.den, facts.material),
  };
}

/**
 * The council's own rules over a rated shortfall (`base` is what a percentage is of, times `den`
 * as the shortfall is): under the indicator's (or the framework's) material shortfall, the scale's
 * first status (on profile); otherwise the framework's status rule where it sets one; otherwise the
 * scale's rating as judged. The status kernel decides the same (the material shortfall and a
 * rule's share by float twins, exactly within their error bounds; the year on year exactly).
 */
function ownRules(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  measurement: Measurement,
  scale: Scale,
  judged: PointJudgement,
  base: Decimal,
  den: Decimal,
  material: Decimal | undefined,
): { status: Status; ruleNote: string | null } {
  if (material !== undefined && judged.shortfall.lessThan(material.times(den)))
    return { status: (scale.bands[0] as Scale["bands"][number]).status, ruleNote: null };
  const rule = index.framework.statusRule;
  if (rule === undefined) return { status: judged.status, ruleNote: null };
  return ruledStatus(rule, index, target, indicator, measurement, judged.shortfall, base);
}
