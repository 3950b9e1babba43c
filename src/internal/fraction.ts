/**
 * Exact fractions of big integers: the assessment's weighted means (a mean of three ratings is a
 * third, which no decimal holds, and a verdict compared against a threshold must not depend on how
 * a third was rounded) and the resources' money (a profile's share, a run-rate forecast). Values
 * enter through `internal/decimal.ts` and leave as its canonical strings.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { DECIMAL_STRING_PATTERN, toCanonicalString, toDecimal } from "./decimal.js";

/** A fraction `numerator / denominator`, the denominator positive. @internal */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** The exact fraction of a decimal string or finite number. @internal */
export function fractionOf(value: string | number): Fraction {
  if (typeof value === "number" && Number.isSafeInteger(value)) return { numerator: BigInt(value), denominator: 1n };
  const text = typeof value === "string" ? value : "";
  if (DECIMAL_STRING_PATTERN.test(text)) {
    // Plain notation read digit for digit: "2.5" is 25/10, reduced to 5/2.
    const [whole = "", fraction = ""] = text.split(".");
    return reduced(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
  }
  const parts = toDecimal(value).toFraction();
  const numerator = parts[0] as Decimal;
  const denominator = parts[1] as Decimal;
  return { numerator: BigInt(numerator.toFixed()), denominator: BigInt(denominator.toFixed()) };
}

/** The greatest common divisor of two non-negative integers, by Euclid's loop. */
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A fraction in lowest terms, so a sum of ten thousand halves keeps a denominator of 2, not 2^10000. @internal */
export function reduced(numerator: bigint, denominator: bigint): Fraction {
  const divisor = gcd(numerator < 0n ? -numerator : numerator, denominator);
  return divisor <= 1n
    ? { numerator, denominator }
    : { numerator: numerator / divisor, denominator: denominator / divisor };
}

/** `a + b`. @internal */
export function add(a: Fraction, b: Fraction): Fraction {
  if (a.denominator === b.denominator) return reduced(a.numerator + b.numerator, a.denominator);
  return reduced(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

/** `a × b`. @internal */
export function multiply(a: Fraction, b: Fraction): Fraction {
  return reduced(a.numerator * b.numerator, a.denominator * b.denominator);
}

/** `a ÷ b`, `b` not zero. @internal */
export function divide(a: Fraction, b: Fraction): Fraction {
  const sign = b.numerator < 0n ? -1n : 1n;
  return reduced(sign * a.numerator * b.denominator, sign * a.denominator * b.numerator);
}

/** `a − b`. @internal */
export function subtract(a: Fraction, b: Fraction): Fraction {
  return add(a, { numerator: -b.numerator, denominator: b.denominator });
}

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. @internal */
export function compare(a: Fraction, b: Fraction): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A fraction as a decimal string, rounded half-even to at most `places` places (10, as `formatDecimal`). @internal */
export function formatFraction(value: Fraction, places = 10): string {
  if (value.denominator === 1n) return value.numerator.toString();
  const scale = 10n ** BigInt(places);
  const negative = value.numerator < 0n;
  const scaled = (negative ? -value.numerator : value.numerator) * scale;
  let quotient = scaled / value.denominator;
  const twiceRemainder = 2n * (scaled % value.denominator);
  if (twiceRemainder > value.denominator || (twiceRemainder === value.denominator && quotient % 2n === 1n))
    quotient += 1n;
  const text = quotient.toString().padStart(places + 1, "0");
  const plain = `${negative ? "-" : ""}${text.slice(0, -places)}.${text.slice(-places)}`;
  return toCanonicalString(toDecimal(plain));
}

/** A fraction written exactly, `"numerator/denominator"` in lowest terms (`"8/3"`, `"3/1"`): plain JSON an assessment can carry. @internal */
export function exactString(value: Fraction): string {
  return `${value.numerator.toString()}/${value.denominator.toString()}`;
}

const EXACT_PATTERN = /^(-?\d+)\/(\d+)$/;

/** The fraction {@link exactString} wrote; `undefined` for anything else (an assessment made before scores carried it). @internal */
export function readExact(text: unknown): Fraction | undefined {
  if (typeof text !== "string") return undefined;
  const match = EXACT_PATTERN.exec(text);
  if (match === null) return undefined;
  const denominator = BigInt(match[2] as string);
  return denominator === 0n ? undefined : reduced(BigInt(match[1] as string), denominator);
}
