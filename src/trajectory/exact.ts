/**
 * Exact expectations on a path. A linear expectation is kept as a rational, numerator over a
 * whole number of days, so every comparison cross-multiplies instead of dividing and no status
 * depends on rounding.
 * @internal
 */
import type { Decimal } from "decimal.js";
import {
  ExactDecimal,
  type ScaledDecimal,
  formatDecimal,
  isOne,
  readScaledDecimal,
  toDecimal,
} from "../internal/decimal.js";
import { scaledOf, shownQuotient } from "./shownQuotient.js";
import type { FrameworkIndex, Measurement } from "../model/index.js";
import { type ScaledSegment, type TargetPath, keep, keptAt, pointDay, pointValue, segmentAt } from "./path.js";

export { type PathPoint, type TargetPath, linearSegments } from "./path.js";

/** A rational number: `num / den`, with `den` positive. */
export interface Rational {
  readonly num: Decimal;
  readonly den: Decimal;
}

const ONE = new ExactDecimal(1);

/** The expectation on a path at a day as an exact rational (compound values to 60 digits), or undefined before the path. */
export function expectationAt(path: TargetPath, day: number): Rational | undefined {
  if (day < path.firstDay) return undefined;
  const low = segmentAt(path, day);
  if (low === path.length - 1) return { num: path.last, den: ONE };
  const aDay = pointDay(path, low);
  if (day === aDay || path.kind === "step") return { num: pointValue(path, low), den: ONE };
  // A period target: the next point's value is in force from the day after this point's.
  if (path.kind === "period-target") return { num: pointValue(path, low + 1), den: ONE };
  const a = pointValue(path, low);
  const b = pointValue(path, low + 1);
  const elapsed = day - aDay;
  const span = pointDay(path, low + 1) - aDay;
  const segments = path.segments;
  if (segments !== undefined && path.kind === "linear") {
    // Exact either way: the same numerator, a·span + (b − a)·elapsed, over the same span.
    let segment = keptAt(segments, low);
    if (segment === undefined) {
      segment = { scaled: a.times(span), delta: b.minus(a), span: new ExactDecimal(span) };
      keep(segments, low, segment);
    }
    return { num: segment.scaled.plus(segment.delta.times(elapsed)), den: segment.span };
  }
  if (path.kind === "compound" && !a.isZero() && !b.isZero() && a.isNegative() === b.isNegative()) {
    return { num: a.times(b.div(a).pow(toDecimal(elapsed).div(span))), den: ONE };
  }
  return { num: a.times(span).plus(b.minus(a).times(elapsed)), den: new ExactDecimal(span) };
}

/** The value of a rational, to 60 significant digits. */
export function valueOf(rational: Rational): Decimal {
  return isOne(rational.den) ? rational.num : rational.num.div(rational.den);
}

/** A rational in safe integers: `num / den`, `den` a positive whole number (a day count, or 1). @internal */
export interface ScaledRational {
  readonly num: ScaledDecimal;
  readonly den: number;
}

const SAFE = Number.MAX_SAFE_INTEGER;
/** Exact powers of ten up to 10^22. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** A value as a scaled integer over a denominator of 1, or undefined when it does not fit. */
function scaledPoint(value: Decimal): ScaledRational | undefined {
  const num = scaledOf(value);
  return num === undefined ? undefined : { num, den: 1 };
}

/** A linear segment's terms in safe integers, or null when they do not fit. */
function scaledSegmentOf(a: Decimal, b: Decimal, span: number): ScaledSegment | null {
  const sa = scaledOf(a);
  const sb = scaledOf(b);
  if (sa === undefined || sb === undefined) return null;
  const places = sa.places > sb.places ? sa.places : sb.places;
  const ua = sa.units * (POW10[places - sa.places] as number);
  const ub = sb.units * (POW10[places - sb.places] as number);
  const scaled = ua * span;
  const delta = ub - ua;
  // Each operand a safe integer and each result below 2^53: every operation exact.
  if (Math.abs(ua) > SAFE || Math.abs(ub) > SAFE || Math.abs(scaled) > SAFE || Math.abs(delta) > SAFE) return null;
  return { scaled, delta, places };
}

/**
 * {@link expectationAt} in safe integers: the same rational (the same numerator over the same
 * number of days, or a point's value over 1), or `undefined` when it is before the path, on a
 * compound segment, or a term does not fit (the caller takes {@link expectationAt}). Every
 * operation is on safe integers and checked to stay below 2^53, so the numerator is exact, as the
 * decimal route's is (its terms then have at most 16 digits, far inside 60). @internal
 */
export function scaledExpectationAt(path: TargetPath, day: number): ScaledRational | undefined {
  if (day < path.firstDay) return undefined;
  const low = segmentAt(path, day);
  if (low === path.length - 1) return scaledPoint(path.last);
  const aDay = pointDay(path, low);
  if (day === aDay || path.kind === "step") return scaledPoint(pointValue(path, low));
  if (path.kind === "period-target") return scaledPoint(pointValue(path, low + 1));
  if (path.kind !== "linear") return undefined;
  const span = pointDay(path, low + 1) - aDay;
  const cache = path.scaledSegments;
  let segment = cache === undefined ? undefined : keptAt(cache, low);
  if (segment === undefined) {
    segment = scaledSegmentOf(pointValue(path, low), pointValue(path, low + 1), span);
    if (cache !== undefined) keep(cache, low, segment);
  }
  if (segment === null) return undefined;
  const moved = segment.delta * (day - aDay);
  const units = segment.scaled + moved;
  if (Math.abs(moved) > SAFE || Math.abs(units) > SAFE) return undefined;
  return { num: { units: units === 0 ? 0 : units, places: segment.places }, den: span };
}

const MEASURED = Symbol("performance-management/trajectory measured values");

/**
 * The exact value of a measurement of the index, parsed once per index however many targets,
 * evaluations and comparisons read it (a Decimal is immutable, so one is shared). @internal
 */
export function measuredValue(index: FrameworkIndex, measurement: Measurement): Decimal {
  const cache = index.derive(MEASURED, () => new Map<Measurement, Decimal>());
  let value = cache.get(measurement);
  if (value === undefined) {
    value = toDecimal(measurement.value);
    cache.set(measurement, value);
  }
  return value;
}

const MEASURED_TEXT = Symbol("performance-management/trajectory measured values shown");

/** A measurement's value as an evaluation shows it (`formatDecimal` of {@link measuredValue}, the same digits), made once per index. @internal */
export function measuredText(index: FrameworkIndex, measurement: Measurement): string {
  // A value written as it is shown (the usual case) is its own text: nothing to keep.
  const value = measurement.value;
  if (typeof value === "string") {
    const scaled = readScaledDecimal(value);
    if (scaled !== undefined && writtenAsShown(value, scaled)) return value;
  }
  const cache = index.derive(MEASURED_TEXT, () => new Map<Measurement, string>());
  let text = cache.get(measurement);
  if (text === undefined) {
    // Read as a safe integer over 10^places (up to 14 places, a divisor shownQuotient takes), the
    // text is that quotient rounded half-even to 10 places: formatDecimal's digits, without the decimal.
    const scaled = readScaledDecimal(measurement.value);
    text =
      scaled !== undefined && scaled.places <= 14
        ? shownQuotient(scaled.units, POW10[scaled.places] as number)
        : formatDecimal(measuredValue(index, measurement));
    cache.set(measurement, text);
  }
  return text;
}

/**
 * Whether a plain decimal string (read as `scaled`) is already written as `formatDecimal` writes
 * its value: at most 10 places, no leading zero before another digit, no trailing zero in a
 * fraction, no minus sign on zero.
 */
function writtenAsShown(text: string, scaled: ScaledDecimal): boolean {
  if (scaled.places > 10) return false;
  const negative = text.charCodeAt(0) === 45;
  if (negative && scaled.units === 0) return false;
  const first = negative ? 1 : 0;
  if (text.charCodeAt(first) === 48 && first + 1 < text.length && text.charCodeAt(first + 1) !== 46) return false;
  return !(text.charCodeAt(text.length - 1) === 48 && text.includes("."));
}

const MEASURED_SHOWN = Symbol("performance-management/trajectory measured values read back");

/** A measurement's value as shown ({@link measuredText}) read back as a decimal, once per index. @internal */
export function measuredShown(index: FrameworkIndex, measurement: Measurement): Decimal {
  const text = measuredText(index, measurement);
  // A value shown as it was written (the usual case) reads back as the value already parsed.
  if (text === measurement.value) return measuredValue(index, measurement);
  const cache = index.derive(MEASURED_SHOWN, () => new Map<Measurement, Decimal>());
  let value = cache.get(measurement);
  if (value === undefined) {
    value = toDecimal(text);
    cache.set(measurement, value);
  }
  return value;
}
