/**
 * Clamping to an indicator's natural bounds ({@link boundsOf}): an expectation or a forecast
 * outside them is moved to the nearer bound, exactly, and the float kernel does the same in
 * floats within a sound error bound.
 *
 * Why the float bound stays sound. Let E be the exact expectation and e its float, with
 * |e − E| ≤ δ (the bound `floatDecisionError` derives for the unclamped path); let L, H be the
 * exact bounds and l, h their floats (one correctly rounded conversion each: |l − L| ≤ u·|L|,
 * |h − H| ≤ u·|H|). Clamping, c(x; a, b) = min(max(x, a), b) with a ≤ b, is 1-Lipschitz in each of
 * x, a and b (min and max are), so
 * |c(e; l, h) − c(E; L, H)| ≤ |c(e; l, h) − c(E; l, h)| + |c(E; l, h) − c(E; L, H)|
 *                           ≤ |e − E| + max(|l − L|, |h − H|) ≤ δ + u·(|L| + |H|).
 * (Rounding is monotone, so l ≤ h whenever L ≤ H.) The kernel adds |l| + |h| to the segment's
 * operand magnitude, which `floatDecisionError` multiplies by at least 32u: more than the u·(|L| +
 * |H|) the clamp can add (|l| ≤ |L|(1 + u)). Every later step of the derivation (the shortfall, a
 * percentage tolerance of the clamped expectation) reads the clamped e with that larger error, so
 * a decision outside the bound still has the exact sign.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { ExactDecimal, compareDecimals, isOne } from "../internal/decimal.js";
import { type BoundedIndicator, type Bounds, boundsOf } from "../model/bounds.js";
import type { Rational } from "./exact.js";

const ONE = new ExactDecimal(1);

/** An exact expectation clamped to bounds, and whether it moved. */
export function clampRational(value: Rational, bounds: Bounds): { value: Rational; clamped: boolean } {
  // The denominator is positive, so comparing num with bound × den compares the values.
  if (
    bounds.min !== undefined &&
    compareDecimals(value.num, isOne(value.den) ? bounds.min : bounds.min.times(value.den)) < 0
  )
    return { value: { num: bounds.min, den: ONE }, clamped: true };
  if (
    bounds.max !== undefined &&
    compareDecimals(value.num, isOne(value.den) ? bounds.max : bounds.max.times(value.den)) > 0
  )
    return { value: { num: bounds.max, den: ONE }, clamped: true };
  return { value, clamped: false };
}

/** A decimal clamped to bounds, and whether it moved. */
export function clampDecimal(value: Decimal, bounds: Bounds): { value: Decimal; clamped: boolean } {
  if (bounds.min !== undefined && compareDecimals(value, bounds.min) < 0) return { value: bounds.min, clamped: true };
  if (bounds.max !== undefined && compareDecimals(value, bounds.max) > 0) return { value: bounds.max, clamped: true };
  return { value, clamped: false };
}

/**
 * A goal (or a stretch, the level that is blue) clamped to its indicator's natural bounds: +50% on
 * 80% is 100 for a `%` indicator. The one place a goal meets the bounds, for the evaluation's goal,
 * its forecast, the exact judgement's blue and the status kernel's.
 */
export function clampedGoal(goal: Decimal | undefined, indicator: BoundedIndicator): Decimal | undefined {
  return goal === undefined ? undefined : clampDecimal(goal, boundsOf(indicator)).value;
}

/** Bounds in floats: −∞ and +∞ for no bound, and the magnitude the clamp adds to an error bound. */
export interface FloatBounds {
  readonly low: number;
  readonly high: number;
  /** |l| + |h| over the finite bounds: added to a segment's operand magnitude (see the file's comment). */
  readonly magnitude: number;
}

/** The float twin of bounds: each bound converted once. */
export function floatBoundsOf(bounds: Bounds): FloatBounds {
  const low = bounds.min === undefined ? Number.NEGATIVE_INFINITY : bounds.min.toNumber();
  const high = bounds.max === undefined ? Number.POSITIVE_INFINITY : bounds.max.toNumber();
  const finite = (x: number): number => (Number.isFinite(x) ? Math.abs(x) : 0);
  return { low, high, magnitude: finite(low) + finite(high) };
}
