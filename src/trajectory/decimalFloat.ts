/**
 * Decimal strings read as floats without a decimal.js object or `Number`'s general parser: the
 * status kernel reads every measurement of every indicator and every target's baseline and goal,
 * and on a national dataset those conversions were most of a first call's time.
 *
 * Why the fast reading is the same double. A plain decimal `[-]d…d[.d…d]` of at most 15 digits is
 * `±m / 10^s` with `m < 10^15 < 2^53` and `s ≤ 15`: both are doubles exactly, so their quotient,
 * rounded once by IEEE division, is the correctly rounded value of the decimal. `Number(text)` is
 * correctly rounded too, and so is decimal.js's `toNumber` (it converts its exact value's string),
 * so all three give the same double, `-0` included. Anything else (more digits, an exponent, a
 * stray character) takes the general path it took before.
 * @internal
 */
import { toDecimal } from "../internal/decimal.js";

/** The most digits a fast reading takes: every such mantissa is below 2^53. */
const MAX_DIGITS = 15;
/** 10^0 … 10^15, each a double exactly. */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const TWO_TO_53 = 2 ** 53;

/**
 * A plain decimal string of at most 15 digits as a whole number `mantissa`, its `scale` and its sign:
 * the value is `±mantissa / 10^scale`. `undefined` when the text is not such a decimal.
 */
function scaled(text: string): { mantissa: number; scale: number; negative: boolean } | undefined {
  const length = text.length;
  let i = 0;
  let negative = false;
  if (length > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits += 1;
    } else if (code === 46 && point < 0 && digits > 0) point = i;
    else return undefined;
  }
  // A digit before the point and one after it, as the library's decimal pattern requires.
  if (digits === 0 || digits > MAX_DIGITS || point === length - 1) return undefined;
  return { mantissa, scale: point < 0 ? 0 : length - 1 - point, negative };
}

/**
 * The float a plain decimal string of at most 15 digits stands for (correctly rounded), or `NaN`
 * when the text is not one. Allocation-free: this runs once per measurement.
 */
function quickFloat(text: string): number {
  const length = text.length;
  let i = 0;
  let negative = false;
  if (length > 0 && text.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
  }
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits += 1;
    } else if (code === 46 && point < 0 && digits > 0) point = i;
    else return Number.NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || point === length - 1) return Number.NaN;
  const value = mantissa / (POWERS_OF_TEN[point < 0 ? 0 : length - 1 - point] as number);
  return negative ? -value : value;
}

/** `Number(value)`, exactly, read faster for the plain decimals measurements are written in. */
export function numberOf(value: string | number): number {
  // An unparsed framework may hold anything here: Number reads it as before.
  const given: unknown = value;
  if (typeof given !== "string") return Number(given);
  const quick = quickFloat(given);
  return Number.isNaN(quick) ? Number(given) : quick;
}

/** `toDecimal(value).toNumber()`, exactly, without the decimal.js object for the plain decimals of at most 15 digits. */
export function decimalFloat(value: string | number): number {
  if (typeof value === "number") {
    // toDecimal writes a finite number as its shortest round-trip string, so it converts back to itself; −0 is written "0".
    if (Number.isFinite(value)) return value === 0 ? 0 : value;
    return toDecimal(value).toNumber();
  }
  const quick = quickFloat(value);
  return Number.isNaN(quick) ? toDecimal(value).toNumber() : quick;
}

/**
 * `toDecimal(a).minus(toDecimal(b)).abs().toNumber()`, exactly: the difference is formed on whole
 * numbers below 2^53 (so without rounding) and divided once by a power of ten. Falls back to
 * decimal.js whenever a step could round.
 */
export function absoluteDifferenceFloat(a: string | number, b: string | number): number {
  const x = typeof a === "string" ? scaled(a) : undefined;
  const y = typeof b === "string" ? scaled(b) : undefined;
  if (x !== undefined && y !== undefined) {
    const scale = Math.max(x.scale, y.scale);
    // Each product is exact when it is below 2^53: rounding is monotone, so a rounded product below 2^53 had a true one below it.
    const p = x.mantissa * (POWERS_OF_TEN[scale - x.scale] as number);
    const q = y.mantissa * (POWERS_OF_TEN[scale - y.scale] as number);
    if (p < TWO_TO_53 && q < TWO_TO_53) {
      const difference = Math.abs((x.negative ? -p : p) - (y.negative ? -q : q));
      // Likewise the difference of two whole numbers is exact when its rounding is below 2^53.
      if (difference < TWO_TO_53) return difference / (POWERS_OF_TEN[scale] as number);
    }
  }
  return toDecimal(a).minus(toDecimal(b)).abs().toNumber();
}
