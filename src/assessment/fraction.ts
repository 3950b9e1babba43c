/**
 * Exact fractions for the assessment's weighted means: a mean of three ratings is a third, which no
 * decimal holds, and a verdict compared against a threshold must not depend on how a third was
 * rounded. Values enter through `internal/decimal.ts` and leave as its canonical strings.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { toCanonicalString, toDecimal } from "../internal/decimal.js";

/** A fraction `numerator / denominator`, the denominator positive. @internal */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** The exact fraction of a decimal string or finite number. @internal */
export function fractionOf(value: string | number): Fraction {
  const parts = toDecimal(value).toFraction();
  const numerator = parts[0] as Decimal;
  const denominator = parts[1] as Decimal;
  return { numerator: BigInt(numerator.toFixed()), denominator: BigInt(denominator.toFixed()) };
}

/** `a + b`. @internal */
export function add(a: Fraction, b: Fraction): Fraction {
  return {
    numerator: a.numerator * b.denominator + b.numerator * a.denominator,
    denominator: a.denominator * b.denominator,
  };
}

/** `a × b`. @internal */
export function multiply(a: Fraction, b: Fraction): Fraction {
  return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

/** `a ÷ b`, `b` not zero. @internal */
export function divide(a: Fraction, b: Fraction): Fraction {
  const sign = b.numerator < 0n ? -1n : 1n;
  return { numerator: sign * a.numerator * b.denominator, denominator: sign * a.denominator * b.numerator };
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
