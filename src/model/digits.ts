/**
 * The digit limits of the model's decimal values, and the check of them: no zod here, so the
 * engines that read values (bounds, the parser's fast path) load none.
 * @internal
 */
import { DECIMAL_STRING_PATTERN, isDecimalValue, toDecimal } from "../internal/decimal.js";

/**
 * How many digits a value may have before its decimal point (leading zeros aside): values stay below 10^20.
 *
 * @category Model
 * @example
 * import { MAX_INTEGER_DIGITS } from "performance-management/model";
 * MAX_INTEGER_DIGITS //=> 20
 */
export const MAX_INTEGER_DIGITS = 20;

/**
 * How many digits a value may have after its decimal point (trailing zeros aside).
 *
 * @category Model
 * @example
 * import { MAX_FRACTION_DIGITS } from "performance-management/model";
 * MAX_FRACTION_DIGITS //=> 20
 */
export const MAX_FRACTION_DIGITS = 20;

/**
 * How many significant digits a value may have, from its first non-zero digit to its last. With
 * {@link MAX_INTEGER_DIGITS} and {@link MAX_FRACTION_DIGITS} this keeps every sum, difference and
 * product by a day count the engines form exact (docs/limits.md works the bound out).
 *
 * @category Model
 * @example
 * import { MAX_SIGNIFICANT_DIGITS } from "performance-management/model";
 * MAX_SIGNIFICANT_DIGITS //=> 30
 */
export const MAX_SIGNIFICANT_DIGITS = 30;

export const DIGITS_MESSAGE = `must have at most ${MAX_SIGNIFICANT_DIGITS} significant digits, at most ${MAX_INTEGER_DIGITS} before the decimal point and ${MAX_FRACTION_DIGITS} after it`;

/** Whether plain decimal text (already matching the decimal pattern) fits the digit limits; linear in its length. */
export function plainTextFitsDigits(text: string): boolean {
  const point = text.indexOf(".");
  const integerEnd = point === -1 ? text.length : point;
  let first = text.startsWith("-") ? 1 : 0;
  while (first < integerEnd && text.charCodeAt(first) === 48) first += 1;
  const integerDigits = integerEnd - first;
  if (integerDigits > MAX_INTEGER_DIGITS) return false;
  let last = text.length;
  if (point !== -1) while (last > point + 1 && text.charCodeAt(last - 1) === 48) last -= 1;
  const fractionDigits = point === -1 ? 0 : last - point - 1;
  if (fractionDigits > MAX_FRACTION_DIGITS) return false;
  if (integerDigits === 0 && fractionDigits === 0) return true; // zero
  // Positions of the first and last non-zero digits, 0 for the units.
  let top = integerDigits - 1;
  if (integerDigits === 0) {
    let firstNonZero = point + 1;
    while (firstNonZero < last && text.charCodeAt(firstNonZero) === 48) firstNonZero += 1;
    if (firstNonZero === last) return true; // zero
    top = point - firstNonZero;
  }
  let bottom = -fractionDigits;
  if (fractionDigits === 0) {
    let lastNonZero = integerEnd;
    while (lastNonZero > first && text.charCodeAt(lastNonZero - 1) === 48) lastNonZero -= 1;
    if (lastNonZero === first) return true; // zero
    bottom = integerEnd - lastNonZero;
  }
  return top - bottom + 1 <= MAX_SIGNIFICANT_DIGITS;
}

/**
 * Whether a decimal string or finite number fits the parser's digit limits: at most 30 significant
 * digits, 20 before the decimal point and 20 after it, leading and trailing zeros aside.
 *
 * @category Model
 * @param value - a decimal string in plain notation or a finite number
 * @returns whether the parser accepts its digits; `false` for anything that is not such a value (`"abc"`, `NaN`, `null`)
 * @example
 * import { fitsDecimalDigits } from "performance-management/model";
 * fitsDecimalDigits("12345678901234567890.123456789") //=> true
 * fitsDecimalDigits("12345678901234567890.12345678901") //=> false
 * fitsDecimalDigits(0.1 + 0.2) //=> true
 * fitsDecimalDigits(1e20) //=> false
 */
export function fitsDecimalDigits(value: string | number): boolean {
  if (!isDecimalValue(value)) return false;
  if (typeof value === "string") return plainTextFitsDigits(value);
  if (Number.isInteger(value)) return Math.abs(value) < 1e20;
  const text = String(value);
  return plainTextFitsDigits(text.includes("e") ? toDecimal(value).toFixed() : text);
}

/**
 * Whether a value is one the model's `DecimalValue` accepts: a decimal string in plain notation or
 * a finite number, within the digit limits. The same answer as `DecimalValue.safeParse(value).success`,
 * without zod. @internal
 */
export function isModelDecimal(value: unknown): value is string | number {
  if (typeof value === "string") return DECIMAL_STRING_PATTERN.test(value) && plainTextFitsDigits(value);
  return typeof value === "number" && fitsDecimalDigits(value);
}
