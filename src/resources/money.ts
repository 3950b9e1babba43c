/**
 * Exact money: every amount as a whole number of 10^-20 units in a `bigint` (the schema allows at
 * most 20 decimal places), fractions as `internal/fraction.ts`'s, so sums, shares and comparisons
 * never round. Amounts leave as canonical decimal strings; a fraction is shown rounded
 * to the penny, halves away from zero.
 * @internal
 */
import { toDecimal } from "../internal/decimal.js";
import type { Fraction } from "../internal/fraction.js";

/** The number of units in 1: amounts are held in 10^-20 units. */
export const UNIT = 10n ** 20n;

/** The units of a plain decimal string (`"-350.75"`) or a finite number within the schema's digits. */
export function toUnits(value: string | number): bigint {
  const text = typeof value === "number" ? toDecimal(value).toFixed() : value;
  const point = text.indexOf(".");
  // One BigInt from the digits with the point moved 20 places: "-350.75" → -35075 followed by 18 zeros.
  if (point === -1) return BigInt(text + ZEROS);
  const fraction = text.slice(point + 1);
  return BigInt(
    text.slice(0, point) + (fraction.length >= 20 ? fraction.slice(0, 20) : fraction + ZEROS.slice(fraction.length)),
  );
}

/** Twenty zeros: 1 in units. */
const ZEROS = "00000000000000000000";

/** The canonical decimal string of a number of units: no trailing zeros, no exponent, no `-0`. */
export function unitsText(units: bigint): string {
  if (units === 0n) return "0";
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  const split = digits.length - 20;
  const whole = split > 0 ? digits.slice(0, split) : "0";
  let fraction = split >= 0 ? digits.slice(split) : ZEROS.slice(0, -split) + digits;
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end -= 1;
  fraction = fraction.slice(0, end);
  const text = fraction === "" ? whole : `${whole}.${fraction}`;
  return negative ? `-${text}` : text;
}

/** `num / den` rounded to `places` decimal places, halves away from zero, as units. */
export function roundedUnits(value: Fraction, places = 2): bigint {
  const step = 10n ** BigInt(20 - places);
  // The value in steps of 10^-places, rounded: |num| / (den * step), halves away from zero.
  const size = value.numerator < 0n ? -value.numerator : value.numerator;
  const divisor = value.denominator * step;
  const quotient = (2n * size + divisor) / (2n * divisor);
  return (value.numerator < 0n ? -quotient : quotient) * step;
}

/** A fraction shown rounded to the penny (or `places`), as a canonical decimal string. */
export function fractionText(value: Fraction, places = 2): string {
  return unitsText(roundedUnits(value, places));
}

/** `num / den` as a fraction, `den` not zero, its sign moved to the numerator; not reduced (lines sharing a profile's share keep its denominator). */
export function fraction(num: bigint, den: bigint): Fraction {
  return den < 0n ? { numerator: -num, denominator: -den } : { numerator: num, denominator: den };
}

/** A whole number of units as a fraction. */
export function whole(units: bigint): Fraction {
  return { numerator: units, denominator: 1n };
}
