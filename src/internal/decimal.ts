/**
 * The one seam between the library and decimal.js. Everything numeric passes through here.
 * @internal
 */
import { Decimal } from "decimal.js";

/**
 * A private Decimal constructor: configuring it never touches the user's global `Decimal`, and the
 * user's global configuration never reaches it. `Decimal.clone` copies every setting it is not
 * given from the global constructor as it stands when this module loads (a `Decimal.set({ maxE: 6 })`
 * run first would make 12000000 overflow to Infinity), so `defaults: true` starts from decimal.js's
 * own defaults and every setting the library relies on is fixed here, explicitly.
 */
export const ExactDecimal = Decimal.clone({
  defaults: true,
  precision: 60,
  rounding: Decimal.ROUND_HALF_EVEN,
  // Plain notation for every exponent `toString` meets (toFixed is used for output anyway).
  toExpNeg: -1e9,
  toExpPos: 1e9,
  // decimal.js's widest exponent range: no value the parser accepts overflows or underflows.
  minE: -9e15,
  maxE: 9e15,
  // `mod` truncates, as JavaScript's `%` does (the library does not use it; fixed so nothing depends on it).
  modulo: Decimal.ROUND_DOWN,
  crypto: false,
});

/** Plain decimal notation as accepted on input: an optional minus sign, digits, an optional fraction. */
export const DECIMAL_STRING_PATTERN = /^-?\d+(\.\d+)?$/;

/** Whether a value is a decimal the library reads exactly: a plain decimal string or a finite number. */
export function isDecimalValue(value: unknown): value is string | number {
  return typeof value === "number"
    ? Number.isFinite(value)
    : typeof value === "string" && DECIMAL_STRING_PATTERN.test(value);
}

/** The exact value of a decimal string or finite number. */
export function toDecimal(value: string | number): Decimal {
  return new ExactDecimal(typeof value === "number" ? numberToPlainString(value) : value);
}

/**
 * The shortest string that round-trips a finite number, in plain notation
 * (`1e21` becomes `"1000000000000000000000"`, `0.1` stays `"0.1"`).
 */
function numberToPlainString(value: number): string {
  if (Object.is(value, -0)) return "0";
  return String(value);
}

/** The canonical plain-notation string of a decimal: no exponent, no trailing zeros, no `-0`. */
export function toCanonicalString(value: Decimal): string {
  if (value.isZero()) return "0";
  return value.toFixed();
}

/**
 * A decimal as it leaves the library: rounded half-even to at most `places` decimal places (10 by
 * default), in canonical plain notation.
 */
export function formatDecimal(value: Decimal, places = 10): string {
  // A value already within `places` is its own rounding: no second Decimal to build.
  if (value.decimalPlaces() <= places) return toCanonicalString(value);
  return toCanonicalString(value.toDecimalPlaces(places, ExactDecimal.ROUND_HALF_EVEN));
}

/**
 * Whether a decimal is exactly 1, read from its documented digits, exponent and sign (`d`, `e`,
 * `s`) without building a second decimal as `equals(1)` does: hot paths skip multiplying by a
 * denominator of 1. @internal
 */
export function isOne(value: Decimal): boolean {
  const digits = value.d;
  return value.s === 1 && value.e === 0 && digits.length === 1 && digits[0] === 1;
}

/**
 * Whether a decimal is above zero: `value.greaterThan(0)` read from its sign and digits, without
 * building a decimal 0 to compare with (NaN is not, +Infinity is). @internal
 */
export function isAboveZero(value: Decimal): boolean {
  return value.s === 1 && !value.isZero();
}

/**
 * `x.comparedTo(y)` for two decimals, read from their documented digits, exponents and signs
 * (`d`, `e`, `s`) without the copy of `y` decimal.js builds for every comparison: 1, −1, 0, or NaN
 * when either is NaN. The same steps as decimal.js's own. @internal
 */
export function compareDecimals(x: Decimal, y: Decimal): number {
  const xd = x.d as readonly number[] | null;
  const yd = y.d as readonly number[] | null;
  const xs = x.s;
  const ys = y.s;
  // Either NaN or ±Infinity.
  if (xd === null || yd === null) {
    if (Number.isNaN(xs) || Number.isNaN(ys)) return Number.NaN;
    if (xs !== ys) return xs;
    if (xd === yd) return 0;
    return (xd === null) !== xs < 0 ? 1 : -1;
  }
  const x0 = xd[0] as number;
  const y0 = yd[0] as number;
  // Either zero.
  if (x0 === 0 || y0 === 0) return x0 !== 0 ? xs : y0 !== 0 ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  const xLength = xd.length;
  const yLength = yd.length;
  const shorter = xLength < yLength ? xLength : yLength;
  for (let i = 0; i < shorter; i += 1) {
    const a = xd[i] as number;
    const b = yd[i] as number;
    if (a !== b) return a > b !== xs < 0 ? 1 : -1;
  }
  return xLength === yLength ? 0 : xLength > yLength !== xs < 0 ? 1 : -1;
}

/**
 * A decimal as a safe integer over a power of ten: `units / 10^places`, `units` a safe integer
 * (signed, never `-0`), `places` at least 0. @internal
 */
export interface ScaledDecimal {
  readonly units: number;
  readonly places: number;
}

/** The most places {@link readScaledDecimal} accepts (a double holds 10^k exactly up to 10^22). */
const MOST_PLACES = 22;

/**
 * A decimal string or finite number read straight into {@link ScaledDecimal} by one scan of its
 * characters (no regular expression, no decimal built), or `undefined` when it is not plain
 * decimal notation (`-?\d+(\.\d+)?`; a number JavaScript writes in exponent notation, such as
 * `1e21` or `1e-7`, is not) or its digits do not fit: units beyond 2^53 − 1 or more than 22 places.
 * Trailing zeros of the fraction are dropped (`"85.50"` is 855 over 10). Exact: the units are
 * accumulated digit by digit while they stay below 2^53, where every step is an exact double
 * operation, and a value at or past 2^53 is refused (rounding is monotone, so it cannot round back
 * under). @internal
 */
export function readScaledDecimal(value: string | number): ScaledDecimal | undefined {
  const text = typeof value === "number" ? String(value) : value;
  const length = text.length;
  let at = 0;
  const negative = length > 0 && text.charCodeAt(0) === 45;
  if (negative) at = 1;
  let units = 0;
  let integerDigits = 0;
  let places = -1;
  // Zeros at the end of the fraction not yet added to the units: dropped if nothing follows them.
  let zeros = 0;
  for (; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 46) {
      // One point, after at least one digit and before at least one.
      if (places >= 0 || integerDigits === 0 || at === length - 1) return undefined;
      places = 0;
      continue;
    }
    if (code < 48 || code > 57) return undefined;
    if (places < 0) {
      integerDigits += 1;
      units = units * 10 + (code - 48);
    } else if (code === 48) zeros += 1;
    else {
      places += zeros + 1;
      if (places > MOST_PLACES) return undefined;
      for (; zeros > 0; zeros -= 1) units *= 10;
      units = units * 10 + (code - 48);
    }
    if (units > Number.MAX_SAFE_INTEGER) return undefined;
  }
  if (integerDigits === 0) return undefined;
  if (places < 0) places = 0;
  return { units: negative && units !== 0 ? -units : units, places };
}

/** Where a plain decimal's digits lie in its text (see {@link comparePlainDecimals}). */
interface PlainShape {
  readonly negative: boolean;
  /** The first integer digit that is not a leading zero. */
  readonly whole: number;
  /** The point's position (the text's length without one). */
  readonly point: number;
  /** One past the last fraction digit that is not a trailing zero (`point` when there is none). */
  readonly end: number;
}

/** A plain decimal's {@link PlainShape}, or undefined when the text is not `-?\d+(\.\d+)?`. */
function plainShape(text: string): PlainShape | undefined {
  const length = text.length;
  const negative = length > 0 && text.charCodeAt(0) === 45;
  let at = negative ? 1 : 0;
  const first = at;
  let whole = -1;
  for (; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 46) break;
    if (code < 48 || code > 57) return undefined;
    if (whole < 0 && code !== 48) whole = at;
  }
  const point = at;
  if (point === first) return undefined;
  if (whole < 0) whole = point;
  let end = point;
  if (point < length) {
    if (point === length - 1) return undefined;
    for (at = point + 1; at < length; at += 1) {
      const code = text.charCodeAt(at);
      if (code < 48 || code > 57) return undefined;
      if (code !== 48) end = at + 1;
    }
  }
  return { negative, whole, point, end };
}

/**
 * `x.comparedTo(y)` of two decimals as given (a plain decimal string or a finite number), read from
 * their characters without building either: any number of digits, exactly (a float artefact such as
 * `47.019999999999996` compares as written). `undefined` when either is not plain decimal notation
 * (a number JavaScript writes in exponent notation). @internal
 */
export function comparePlainDecimals(x: string | number, y: string | number): number | undefined {
  const a = typeof x === "number" ? String(x) : x;
  const b = typeof y === "number" ? String(y) : y;
  const p = plainShape(a);
  const q = plainShape(b);
  if (p === undefined || q === undefined) return undefined;
  const pZero = p.whole === p.point && p.end === p.point;
  const qZero = q.whole === q.point && q.end === q.point;
  if (pZero || qZero) return pZero && qZero ? 0 : pZero ? (q.negative ? 1 : -1) : p.negative ? -1 : 1;
  if (p.negative !== q.negative) return p.negative ? -1 : 1;
  // The larger magnitude: more whole digits, else the first digit that differs.
  let magnitude = p.point - p.whole - (q.point - q.whole);
  if (magnitude === 0) {
    const wholeDigits = p.point - p.whole;
    for (let i = 0; i < wholeDigits && magnitude === 0; i += 1)
      magnitude = a.charCodeAt(p.whole + i) - b.charCodeAt(q.whole + i);
    const pPlaces = p.end - p.point;
    const qPlaces = q.end - q.point;
    const places = pPlaces > qPlaces ? pPlaces : qPlaces;
    // Fraction digits from the one after the point; a missing digit is 0.
    for (let i = 1; i < places && magnitude === 0; i += 1) {
      const u = i < pPlaces ? a.charCodeAt(p.point + i) : 48;
      const v = i < qPlaces ? b.charCodeAt(q.point + i) : 48;
      magnitude = u - v;
    }
  }
  if (magnitude === 0) return 0;
  return magnitude > 0 !== p.negative ? 1 : -1;
}
