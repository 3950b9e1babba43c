/**
 * Exact expectations on a path. A linear expectation is kept as a rational, numerator over a
 * whole number of days, so every comparison cross-multiplies instead of dividing and no status
 * depends on rounding.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { ExactDecimal, formatDecimal, isOne, toDecimal } from "../internal/decimal.js";
import type { FrameworkIndex, Measurement, TrajectoryKind } from "../model/index.js";

/** One point of a path: a day number and an exact value. */
export interface PathPoint {
  readonly day: number;
  readonly value: Decimal;
}

/** A target's path: its points in date order, and how to move between them. */
export interface TargetPath {
  readonly kind: TrajectoryKind;
  readonly points: readonly PathPoint[];
  /**
   * For a linear path kept for many judgements ({@link linearSegments}), each segment's terms once
   * it is first read: the start's value times the span in days, the change to the next point's
   * value, and the span, so an expectation on it is one product and one sum.
   */
  readonly segments?: (Segment | undefined)[];
}

/** A linear segment's terms (see {@link TargetPath.segments}). */
interface Segment {
  readonly scaled: Decimal;
  readonly delta: Decimal;
  readonly span: Decimal;
}

/** A rational number: `num / den`, with `den` positive. */
export interface Rational {
  readonly num: Decimal;
  readonly den: Decimal;
}

const ONE = new ExactDecimal(1);

/** The expectation on a path at a day as an exact rational (compound values to 60 digits), or undefined before the path. */
export function expectationAt(path: TargetPath, day: number): Rational | undefined {
  const points = path.points;
  const first = points[0];
  if (first === undefined || day < first.day) return undefined;
  const last = points[points.length - 1] as (typeof points)[number];
  if (day >= last.day) return { num: last.value, den: ONE };
  let low = 0;
  let high = points.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((points[middle] as (typeof points)[number]).day <= day) low = middle;
    else high = middle;
  }
  const a = points[low] as (typeof points)[number];
  const b = points[high] as (typeof points)[number];
  if (day === a.day || path.kind === "step") return { num: a.value, den: ONE };
  // A period target: the next point's value is in force from the day after this point's.
  if (path.kind === "period-target") return { num: b.value, den: ONE };
  const elapsed = day - a.day;
  const span = b.day - a.day;
  const segments = path.segments;
  if (segments !== undefined && path.kind === "linear") {
    // Exact either way: the same numerator, a·span + (b − a)·elapsed, over the same span.
    let segment = segments[low];
    if (segment === undefined) {
      segment = { scaled: a.value.times(span), delta: b.value.minus(a.value), span: new ExactDecimal(span) };
      segments[low] = segment;
    }
    return { num: segment.scaled.plus(segment.delta.times(elapsed)), den: segment.span };
  }
  if (
    path.kind === "compound" &&
    !a.value.isZero() &&
    !b.value.isZero() &&
    a.value.isNegative() === b.value.isNegative()
  ) {
    return { num: a.value.times(b.value.div(a.value).pow(toDecimal(elapsed).div(span))), den: ONE };
  }
  return { num: a.value.times(span).plus(b.value.minus(a.value).times(elapsed)), den: new ExactDecimal(span) };
}

/** The value of a rational, to 60 significant digits. */
export function valueOf(rational: Rational): Decimal {
  return isOne(rational.den) ? rational.num : rational.num.div(rational.den);
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

/** A measurement's value as an evaluation shows it (`formatDecimal` of {@link measuredValue}), made once per index. @internal */
export function measuredText(index: FrameworkIndex, measurement: Measurement): string {
  const cache = index.derive(MEASURED_TEXT, () => new Map<Measurement, string>());
  let text = cache.get(measurement);
  if (text === undefined) {
    text = formatDecimal(measuredValue(index, measurement));
    cache.set(measurement, text);
  }
  return text;
}

const MEASURED_SHOWN = Symbol("performance-management/trajectory measured values read back");

/** A measurement's value as shown ({@link measuredText}) read back as a decimal, once per index. @internal */
export function measuredShown(index: FrameworkIndex, measurement: Measurement): Decimal {
  const cache = index.derive(MEASURED_SHOWN, () => new Map<Measurement, Decimal>());
  let value = cache.get(measurement);
  if (value === undefined) {
    const text = measuredText(index, measurement);
    // A value shown as it was written (the usual case) reads back as the value already parsed.
    value = text === measurement.value ? measuredValue(index, measurement) : toDecimal(text);
    cache.set(measurement, value);
  }
  return value;
}

/**
 * A linear path ready to keep each segment's terms as they are first read ({@link TargetPath.segments}):
 * for a path built once and read at many dates (an index's). Other kinds are returned as they are.
 * @internal
 */
export function linearSegments(path: TargetPath): TargetPath {
  if (path.kind !== "linear" || path.points.length < 2) return path;
  return { kind: path.kind, points: path.points, segments: new Array<Segment | undefined>(path.points.length - 1) };
}
