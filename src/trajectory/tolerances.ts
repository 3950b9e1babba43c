/**
 * Which tolerance applies to a target, and how much it amounts to: the one home of the default
 * tolerance's floor, the framework's per-unit conventions and a comparator's miss at equality.
 * `judge.ts` re-exports what the engines use, so the exact judgement and the fast status kernel
 * resolve a tolerance through the same functions.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { compareDecimals, isAboveZero, isOne, toDecimal } from "../internal/decimal.js";
import type { DecimalValue, Framework, Indicator, Target, Tolerance } from "../model/index.js";
import { goalValue } from "../model/goal.js";
import type { Scale, Status } from "./scales.js";

/** The percentage of the default tolerance. */
const DEFAULT_PERCENT = "5";
/** The same as a fraction, exactly 5 / 100: read for every judgement by the default tolerance. */
const DEFAULT_FRACTION = toDecimal(DEFAULT_PERCENT).div(100);

/**
 * The default tolerance as a plain percentage: 5% of the expectation. A band goal keeps it (5% of
 * the edge it is judged from); a point goal's default is floored ({@link defaultToleranceFor}).
 */
export const DEFAULT_TOLERANCE: Tolerance = { percent: DEFAULT_PERCENT };

/**
 * The default tolerance of a point goal: `percent` of the LARGER of the expectation's magnitude
 * and `floor`, the target's span `|goal − baseline|`, so it does not collapse as a target
 * approaches zero.
 */
export interface FlooredTolerance {
  readonly percent: string;
  readonly floor: Decimal;
}

/** A tolerance as it applies to one target: one given explicitly, or the floored default. */
export type AppliedTolerance = Tolerance | FlooredTolerance;

/**
 * No tolerance at all: a comparator target given none explicitly has no amber band, whatever the
 * scale (a miss is the scale's status beyond its last band).
 */
export const NO_TOLERANCE: Tolerance = { absolute: "0" };

/**
 * The default tolerance of a target: for a point goal (absolute or relative), 5% of the larger of
 * the expectation's magnitude and the span `|goal − baseline|`, computed exactly once per target;
 * for any other goal (a band, a quartile position), 5% of the expectation (the band's edge).
 *
 * Zero homelessness (baseline 40 households, goal 0): the span is 40, so the tolerance never
 * falls below 2 households, and is 2 at the goal date where the expectation is 0.
 */
export function defaultToleranceFor(target: Pick<Target, "baseline" | "goal">): AppliedTolerance {
  return defaultToleranceSpanning(goalValue(target), toDecimal(target.baseline.value));
}

/**
 * {@link defaultToleranceFor} from a goal and baseline already resolved (the status kernel takes
 * them from the target's path instead of parsing them again). @internal
 */
export function defaultToleranceSpanning(goal: Decimal | undefined, baseline: Decimal): AppliedTolerance {
  if (goal === undefined) return DEFAULT_TOLERANCE;
  return { percent: DEFAULT_PERCENT, floor: goal.minus(baseline).abs() };
}

/** An amount tolerance's amount: `absolute` or `points`, both in the indicator's unit. */
function toleranceAmountOf(tolerance: Exclude<Tolerance, { percent: unknown }>): DecimalValue {
  return "points" in tolerance ? tolerance.points : tolerance.absolute;
}

/**
 * The framework's tolerance convention for a unit, if it sets one (the first, should a document
 * that was not parsed set two). Units match exactly: `"%"` is not `"percent"`.
 */
export function unitToleranceFor(framework: Pick<Framework, "tolerances">, unit: string): Tolerance | undefined {
  const conventions = framework.tolerances;
  if (conventions === undefined) return undefined;
  for (const convention of conventions) if (convention.unit === unit) return convention.tolerance;
  return undefined;
}

/**
 * The tolerance given explicitly for a target: its own, else its indicator's, else the framework's
 * for the indicator's unit, else the caller's; `undefined` when none is.
 */
export function explicitToleranceFor(
  target: Target,
  indicator: Indicator,
  framework: Pick<Framework, "tolerances"> | undefined,
  fallback: Tolerance | undefined,
): Tolerance | undefined {
  // A caller's `null` (JavaScript callers) is no tolerance, as `undefined` is.
  return (
    target.tolerance ??
    indicator.tolerance ??
    (framework === undefined ? undefined : unitToleranceFor(framework, indicator.unit)) ??
    fallback ??
    undefined
  );
}

/**
 * The tolerance that applies to a target: its own, else its indicator's, else the framework's for
 * the indicator's unit, else the caller's, else the default ({@link defaultToleranceFor}) — except
 * that a comparator target given none explicitly has none ({@link NO_TOLERANCE}).
 */
export function applicableTolerance(
  target: Target,
  indicator: Indicator,
  framework: Pick<Framework, "tolerances"> | undefined,
  fallback: Tolerance | undefined,
): AppliedTolerance {
  const explicit = explicitToleranceFor(target, indicator, framework, fallback);
  if (explicit !== undefined) return explicit;
  return target.comparator === undefined ? defaultToleranceFor(target) : NO_TOLERANCE;
}

/**
 * The tolerance amount times the expectation's denominator `den` (`scaleBase` is the expectation
 * times `den`: what a percentage is of). An amount (`absolute`, `points`) is in the
 * indicator's unit; a floored default is a percentage of the larger of `|scaleBase|` and `floor × den`.
 */
export function scaledTolerance(tolerance: AppliedTolerance, scaleBase: Decimal, den: Decimal): Decimal {
  const one = isOne(den);
  // The magnitude without a copy when the base is not negative (the usual case).
  const magnitude = scaleBase.isNegative() ? scaleBase.abs() : scaleBase;
  if ("floor" in tolerance) {
    const floor = one ? tolerance.floor : tolerance.floor.times(den);
    return (tolerance.percent === DEFAULT_PERCENT ? DEFAULT_FRACTION : toDecimal(tolerance.percent).div(100)).times(
      compareDecimals(magnitude, floor) > 0 ? magnitude : floor,
    );
  }
  if ("percent" in tolerance) return toDecimal(tolerance.percent).div(100).times(magnitude);
  const amount = toDecimal(toleranceAmountOf(tolerance));
  return one ? amount : amount.times(den);
}

/**
 * A tolerance in floats: a fraction of the larger of the expectation's magnitude and `floor`, or an
 * amount; `NaN` for the kind it is not, and `floor` 0 when there is none.
 */
export interface FloatTolerance {
  readonly fraction: number;
  readonly amount: number;
  /** The floor, converted once from its exact value (one rounding); 0 for no floor. */
  readonly floor: number;
}

/** The float twin of an applied tolerance. */
export function floatToleranceOf(tolerance: AppliedTolerance): FloatTolerance {
  if ("percent" in tolerance) {
    const floor = "floor" in tolerance ? tolerance.floor.toNumber() : 0;
    return { fraction: Number(tolerance.percent) / 100, amount: Number.NaN, floor };
  }
  return { fraction: Number.NaN, amount: Number(toleranceAmountOf(tolerance)), floor: 0 };
}

/** The float twin of {@link scaledTolerance} (denominator 1). */
export function floatToleranceAmount(tolerance: FloatTolerance, expected: number): number {
  return Number.isNaN(tolerance.fraction)
    ? tolerance.amount
    : tolerance.fraction * Math.max(Math.abs(expected), tolerance.floor);
}

/**
 * The status of a comparator target's miss at equality (a value exactly on the comparator, moved
 * by the margin, when the target is not `inclusive`): the first band past green that a shortfall
 * just above zero would earn, so up to the tolerance it is the scale's first amber-like band, and
 * with no tolerance it is the status beyond the last band (red).
 */
export function missAtEquality(scale: Scale, toleranceAmount: Decimal): Status {
  for (let i = 1; i < scale.bands.length; i += 1) {
    const band = scale.bands[i] as Scale["bands"][number];
    if (isAboveZero(toleranceAmount.times(band.upTo))) return band.status;
  }
  return scale.beyond;
}

/**
 * The materiality that applies to an indicator's targets, as an amount in its unit: its own
 * `materialShortfall`, else the framework's for its unit; `undefined` when neither sets one (every
 * shortfall is rated). A shortfall under it is on profile (the scale's first status).
 */
export function materialShortfallFor(
  indicator: Indicator,
  framework: Pick<Framework, "materialShortfalls"> | undefined,
): Decimal | undefined {
  const own = indicator.materialShortfall;
  let given = own;
  if (given === undefined)
    for (const convention of framework?.materialShortfalls ?? [])
      if (convention.unit === indicator.unit) {
        given = convention.materialShortfall;
        break;
      }
  if (given === undefined) return undefined;
  return toDecimal("points" in given ? given.points : given.absolute);
}
