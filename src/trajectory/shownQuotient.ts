/**
 * The figures an evaluation shows, divided in safe integers instead of decimals.
 *
 * A shown figure is a quotient of two exact decimals rounded half-even to 10 places. The decimal
 * route divides to 60 significant digits, then rounds to 10 places. When both decimals are a safe
 * integer over a power of ten, the quotient is `a / b` with whole `a` and `b` below 2^53, and
 * rounding it once to 10 places gives the same digits: a quotient that is not exact at 60 digits is
 * at least `1 / (2·10^10·b)` (more than 5·10^-26 for `b` below 2^53 / 10) from any tie at the 10th
 * place, and rounding to 60 digits moves a value below 2^53 by at most 5·10^-45, so the two
 * roundings cannot fall on different sides of a tie; an exact quotient is rounded once either way.
 * `test/trajectory/shownQuotient.prop.test.ts` checks this against the decimal route.
 * @internal
 */
import type { Decimal } from "decimal.js";

const MAX = Number.MAX_SAFE_INTEGER;
/** The largest divisor whose remainders, times 10, stay safe integers. */
const MAX_DIVISOR = Math.floor(MAX / 10);
/** Exact powers of ten (a double holds 10^k exactly up to 10^22). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A decimal read as `units / 10^places`: its units a safe integer (signed), its places at least 0
 * (trailing zeros dropped); `undefined` when its digits do not fit a safe integer.
 */
export interface Scaled {
  readonly units: number;
  readonly places: number;
}

/** The number of decimal digits of a word of decimal.js (0 to 9,999,999). */
function wordDigits(word: number): number {
  return word < 10 ? 1 : word < 100 ? 2 : word < 1000 ? 3 : word < 10_000 ? 4 : word < 100_000 ? 5 : word < 1e6 ? 6 : 7;
}

/**
 * A decimal as units over a power of ten ({@link Scaled}), read from its documented digits
 * (`d`: base-10^7 words, the first without leading zeros), exponent (`e`, of its leading digit)
 * and sign (`s`), or `undefined` when it does not fit: more than 15 significant digits, or more
 * than 22 places or whole digits beyond a safe integer. @internal
 */
export function scaledOf(value: Decimal): Scaled | undefined {
  // NaN and infinities have no digits (`d` null), whatever the typings say.
  const words = value.d as readonly number[] | null;
  if (words === null) return undefined;
  const count = words.length;
  if (count > 3) return undefined;
  let units = words[0] as number;
  let digits = wordDigits(units);
  for (let i = 1; i < count - 1; i += 1) units = units * 1e7 + (words[i] as number);
  if (count > 1) {
    // The last word's trailing zeros are not digits the value needs (85.3 is [85, 3000000]).
    let last = words[count - 1] as number;
    let width = 7;
    while (width > 0 && last % 10 === 0) {
      last /= 10;
      width -= 1;
    }
    units = units * (POW10[width] as number) + last;
    digits += 7 * (count - 2) + width;
  }
  if (units > MAX) return undefined;
  if (units === 0) return { units: 0, places: 0 };
  let places = digits - 1 - value.e;
  while (places > 0 && units % 10 === 0) {
    units /= 10;
    places -= 1;
  }
  if (places < 0) {
    if (-places > 22) return undefined;
    units *= POW10[-places] as number;
    if (units > MAX) return undefined;
    places = 0;
  }
  if (places > 22) return undefined;
  return { units: value.s < 0 ? -units : units, places };
}

/**
 * `a / b` for safe integers `a` and `b` (`b` not 0, `|b|` at most 2^53 / 10), rounded half-even to
 * 10 places, in canonical plain notation (no trailing zeros, `"0"` for zero): the same string as
 * `formatDecimal` of the decimal quotient to 60 digits (see the module's note). @internal
 */
export function shownQuotient(a: number, b: number): string {
  const negative = a < 0 !== b < 0;
  const dividend = a < 0 ? -a : a;
  const divisor = b < 0 ? -b : b;
  // For whole x and d below 2^53, Math.floor(x / d) is exactly ⌊x / d⌋: the double quotient is
  // within x / (d·2^53) < 1 / d of x / d, closer than any whole number the true quotient is not,
  // so each digit is a division, a product and a difference, all exact (no `%`, a library call on
  // doubles beyond 32 bits).
  let whole = Math.floor(dividend / divisor);
  let remainder = dividend - whole * divisor;
  let fraction: number;
  const scaledRemainder = remainder * 1e10;
  if (scaledRemainder <= MAX) {
    fraction = Math.floor(scaledRemainder / divisor);
    remainder = scaledRemainder - fraction * divisor;
  } else {
    // As many digits at a time as keep the scaled remainder safe (at least one: the divisor is at
    // most 2^53 / 10); a product past 2^53 reads as past MAX however it rounds.
    fraction = 0;
    let left = 10;
    while (left > 0) {
      let step = left;
      while (remainder * (POW10[step] as number) > MAX) step -= 1;
      const scaled = remainder * (POW10[step] as number);
      const digits = Math.floor(scaled / divisor);
      remainder = scaled - digits * divisor;
      fraction = fraction * (POW10[step] as number) + digits;
      left -= step;
    }
  }
  const twice = remainder * 2;
  if (twice > divisor || (twice === divisor && (fraction & 1) === 1)) {
    fraction += 1;
    if (fraction === 1e10) {
      fraction = 0;
      whole += 1;
    }
  }
  return shownDigits(negative, whole, fraction);
}

/**
 * A shown figure's digits: `whole` and the 10-place `fraction` (whole numbers, the fraction below
 * 10^10), signed, in canonical plain notation (no trailing zeros, `"0"` for zero).
 */
function shownDigits(negative: boolean, whole: number, fraction: number): string {
  if (fraction === 0) return whole === 0 ? "0" : negative ? `-${String(whole)}` : String(whole);
  // The fraction's trailing zeros dropped in whole numbers, then its leading zeros written.
  let width = 10;
  let tenth = Math.floor(fraction / 10);
  while (tenth * 10 === fraction) {
    fraction = tenth;
    width -= 1;
    tenth = Math.floor(fraction / 10);
  }
  let digits = String(fraction);
  if (digits.length < width) digits = `${LEADING_ZEROS[width - digits.length] as string}${digits}`;
  return negative ? `-${String(whole)}.${digits}` : `${String(whole)}.${digits}`;
}

/** Runs of zeros, by length, to write a fraction's leading zeros. */
const LEADING_ZEROS: readonly string[] = Array.from({ length: 11 }, (_, k) => "0".repeat(k));

/**
 * `p / q` for decimals read as {@link Scaled}, shown as {@link shownQuotient}, with `p` first
 * multiplied by `factor` (100 for a percentage; the decimal route's product by 100 of a 60-digit
 * quotient is exact); `undefined` when the whole numbers do not stay safe. @internal
 */
export function shownRatio(p: Scaled, q: Scaled, factor = 1): string | undefined {
  let numerator = p.units * factor;
  let denominator = q.units;
  if (q.places >= p.places) numerator *= POW10[q.places - p.places] as number;
  else denominator *= POW10[p.places - q.places] as number;
  if (Math.abs(numerator) > MAX || denominator === 0 || Math.abs(denominator) > MAX_DIVISOR) return undefined;
  return shownQuotient(numerator, denominator);
}

/**
 * `a·b − c` for decimals read as {@link Scaled}, exactly, or `undefined` when a whole number
 * would not stay safe. @internal
 */
export function scaledProductLess(a: Scaled, b: Scaled, c: Scaled): Scaled | undefined {
  const productPlaces = a.places + b.places;
  const places = productPlaces > c.places ? productPlaces : c.places;
  if (places > 22) return undefined;
  const product = a.units * b.units * (POW10[places - productPlaces] as number);
  const less = c.units * (POW10[places - c.places] as number);
  if (Math.abs(product) > MAX || Math.abs(less) > MAX) return undefined;
  const units = product - less;
  if (Math.abs(units) > MAX) return undefined;
  return { units, places };
}

/**
 * A decimal read as big-integer units over a power of ten: for figures of 16 or more digits (the
 * float artefact `47.019999999999996`); `undefined` beyond 8 words (56 digits), or 60 places or
 * whole digits. @internal
 */
export interface BigScaled {
  readonly units: bigint;
  readonly places: number;
}

/** 2^53 − 1 as a big integer: a quotient up to it converts to a double exactly. */
const BIG_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const TEN_POWERS: bigint[] = Array.from({ length: 61 }, (_, k) => 10n ** BigInt(k));
/** Quotients whose numerator stays below this show the same digits as the 60-digit decimal route (see {@link bigShownRatio}). */
const BIG_LIMIT = 10n ** 48n;

/** {@link scaledOf} in big integers. @internal */
export function bigScaledOf(value: Decimal): BigScaled | undefined {
  const words = value.d as readonly number[] | null;
  if (words === null) return undefined;
  const count = words.length;
  if (count > 8) return undefined;
  // The leading words in a double while it stays a safe integer (under 9·10^8 before a word is
  // appended, so under 9·10^15 after), then in a big integer: fewer big integers made.
  let head = words[0] as number;
  let units: bigint | undefined;
  let digits = wordDigits(head);
  for (let i = 1; i < count - 1; i += 1) {
    const word = words[i] as number;
    if (units === undefined && head < 900_000_000) head = head * 1e7 + word;
    else units = (units ?? BigInt(head)) * 10_000_000n + BigInt(word);
  }
  if (count > 1) {
    // As in scaledOf: the last word's trailing zeros are dropped.
    let last = words[count - 1] as number;
    let width = 7;
    while (width > 0 && last % 10 === 0) {
      last /= 10;
      width -= 1;
    }
    // Exact when at most MAX; past it, rounding (monotone) keeps it past MAX.
    const joined = head * (POW10[width] as number) + last;
    if (units === undefined && joined <= MAX) head = joined;
    else units = (units ?? BigInt(head)) * (TEN_POWERS[width] as bigint) + BigInt(last);
    digits += 7 * (count - 2) + width;
  }
  units ??= BigInt(head);
  if (units === 0n) return { units, places: 0 };
  let places = digits - 1 - value.e;
  if (places < 0) {
    if (-places > 60) return undefined;
    units *= TEN_POWERS[-places] as bigint;
    places = 0;
  }
  if (places > 60) return undefined;
  return { units: value.s < 0 ? -units : units, places };
}

/** {@link scaledProductLess} in big integers: `a·b − c`, exactly. @internal */
export function bigProductLess(a: BigScaled, b: BigScaled, c: BigScaled): BigScaled {
  const productPlaces = a.places + b.places;
  const places = productPlaces > c.places ? productPlaces : c.places;
  return {
    units:
      a.units * b.units * (TEN_POWERS[places - productPlaces] ?? 10n ** BigInt(places - productPlaces)) -
      c.units * (TEN_POWERS[places - c.places] ?? 10n ** BigInt(places - c.places)),
    places,
  };
}

/**
 * {@link shownRatio} in big integers: `p·factor / q` rounded half-even to 10 places, or `undefined`
 * when the aligned numerator reaches 10^48. Below it a quotient not exact at 60 digits is at least
 * `1 / (2·10^10·b)` from a tie at the 10th place while rounding to 60 digits moves it by at most
 * `|a / b|·10^-59`, less whenever `|a|` is below 10^49, so one rounding gives the decimal route's
 * digits; and every operand the decimal route multiplied or subtracted had at most 48 digits, so it
 * was exact there. @internal
 */
export function bigShownRatio(p: BigScaled, q: BigScaled, factor = 1n): string | undefined {
  let numerator = p.units * factor;
  let denominator = q.units;
  if (denominator === 0n) return undefined;
  const shift = q.places - p.places;
  if (shift >= 0) numerator *= TEN_POWERS[shift] ?? 10n ** BigInt(shift);
  else denominator *= TEN_POWERS[-shift] ?? 10n ** BigInt(-shift);
  const negative = numerator < 0n !== denominator < 0n;
  if (numerator < 0n) numerator = -numerator;
  if (denominator < 0n) denominator = -denominator;
  if (numerator >= BIG_LIMIT) return undefined;
  const scaled = numerator * 10_000_000_000n;
  let quotient = scaled / denominator;
  // The remainder by a product (cheaper than a second division).
  const twice = (scaled - quotient * denominator) * 2n;
  if (twice > denominator || (twice === denominator && (quotient & 1n) === 1n)) quotient += 1n;
  if (quotient === 0n) return "0";
  if (quotient <= BIG_SAFE) {
    // Tenths of 10^-10 that fit a safe integer: written as shownQuotient writes them, in doubles.
    const units = Number(quotient);
    const whole = Math.floor(units / 1e10);
    return shownDigits(negative, whole, units - whole * 1e10);
  }
  const text = quotient.toString().padStart(11, "0");
  const whole = text.slice(0, -10);
  let fraction = text.slice(-10);
  let cut = 10;
  while (cut > 0 && fraction.charCodeAt(cut - 1) === 48) cut -= 1;
  fraction = fraction.slice(0, cut);
  return `${negative ? "-" : ""}${whole}${cut === 0 ? "" : `.${fraction}`}`;
}
