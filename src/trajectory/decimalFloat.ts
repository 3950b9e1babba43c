/**
 * Decimal strings read as floats without a decimal.js object or `Number`'s general parser: the
 * status kernel reads every measurement of every indicator and every target's baseline and goal,
 * and on a national dataset those conversions were most of a first call's time.
 *
 * Why the fast reading is the same double. A plain decimal `[-]d…d[.d…d]` is `±m / 10^s`; when
 * `m < 2^53` and `s ≤ 22` both are doubles exactly, so their quotient, rounded once by IEEE
 * division, is the correctly rounded value of the decimal. `Number(text)` is correctly rounded too,
 * and so is decimal.js's `toNumber` (it converts its exact value's string), so all three give the
 * same double, `-0` included. The mantissa is read digit by digit in doubles: every step is exact
 * while the number read so far is below 2^53, and once it is not, rounding (monotone) keeps it at
 * or above 2^53, so the test on the number read is the test on the true mantissa. That takes every
 * decimal of 15 digits and the 16-digit ones below 2^53 ("72.02000000000001", a float artefact of
 * the kind exports are full of). Anything else (a larger mantissa, an exponent, a stray character)
 * takes the general path it took before.
 * @internal
 */
import { toDecimal } from "../internal/decimal.js";

/** 10^0 … 10^22, each a double exactly (10^23 is not). */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
  1e21, 1e22,
];
/** The most places a fast reading divides by: 10^22 is the largest power of ten a double holds exactly. */
const MAX_PLACES = 22;
const TWO_TO_53 = 2 ** 53;

/** The most digits {@link packedDecimal} takes: `(m · 16 + scale) · 2 + sign` stays below 2^53 for m < 10^14. */
const MAX_PACKED_DIGITS = 14;

/**
 * A plain decimal string of at most 14 digits packed in one whole number, without an object:
 * `(mantissa × 16 + scale) × 2 + (1 if negative)`, where the value is `±mantissa / 10^scale`;
 * −1 when the text is not such a decimal.
 */
function packedDecimal(text: string): number {
  const length = text.length;
  let i = 0;
  let negative = 0;
  if (length > 0 && text.charCodeAt(0) === 45) {
    negative = 1;
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
    else return -1;
  }
  if (digits === 0 || digits > MAX_PACKED_DIGITS || point === length - 1) return -1;
  return (mantissa * 16 + (point < 0 ? 0 : length - 1 - point)) * 2 + negative;
}

/**
 * The float a plain decimal string with a mantissa below 2^53 and at most 22 places stands for
 * (correctly rounded), or `NaN` when the text is not one. Allocation-free: this runs once per
 * measurement.
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
  const places = point < 0 ? 0 : length - 1 - point;
  if (digits === 0 || !(mantissa < TWO_TO_53) || places > MAX_PLACES || point === length - 1) return Number.NaN;
  const value = mantissa / (POWERS_OF_TEN[places] as number);
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

/** `toDecimal(value).toNumber()`, exactly, without the decimal.js object for the plain decimals {@link quickFloat} reads. */
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
  const x = typeof a === "string" ? packedDecimal(a) : -1;
  const y = typeof b === "string" ? packedDecimal(b) : -1;
  if (x >= 0 && y >= 0) {
    const xScale = Math.floor(x / 2) % 16;
    const yScale = Math.floor(y / 2) % 16;
    const scale = Math.max(xScale, yScale);
    // Each product is exact when it is below 2^53: rounding is monotone, so a rounded product below 2^53 had a true one below it.
    const p = Math.floor(x / 32) * (POWERS_OF_TEN[scale - xScale] as number);
    const q = Math.floor(y / 32) * (POWERS_OF_TEN[scale - yScale] as number);
    if (p < TWO_TO_53 && q < TWO_TO_53) {
      const difference = Math.abs((x % 2 === 1 ? -p : p) - (y % 2 === 1 ? -q : q));
      // Likewise the difference of two whole numbers is exact when its rounding is below 2^53.
      if (difference < TWO_TO_53) return difference / (POWERS_OF_TEN[scale] as number);
    }
  }
  return toDecimal(a).minus(toDecimal(b)).abs().toNumber();
}
