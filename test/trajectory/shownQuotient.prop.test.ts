/**
 * An evaluation's shown figures (expected, variance, variance percent, tolerance) are divided in
 * safe integers and rounded once to 10 places, where the decimal route divides to 60 significant
 * digits and then rounds: the two must give the same string for every quotient of safe integers,
 * including quotients next to a tie at the 10th place and exact ties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactDecimal, compareDecimals, formatDecimal, isAboveZero } from "../../src/internal/decimal.js";
import {
  bigProductLess,
  bigScaledOf,
  bigShownRatio,
  scaledOf,
  scaledProductLess,
  shownQuotient,
  shownRatio,
} from "../../src/trajectory/shownQuotient.js";

const MAX_DIVISOR = Math.floor(Number.MAX_SAFE_INTEGER / 10);

/** The decimal route: a quotient to 60 digits (times a factor, as a percentage is), then shown. */
function decimalRoute(a: number | string, b: number | string, factor = 1): string {
  const quotient = new ExactDecimal(a).div(new ExactDecimal(b));
  return formatDecimal(factor === 1 ? quotient : quotient.times(factor));
}

/** A decimal string of `units` over 10^places. */
function plain(units: number, places: number): string {
  const digits = String(Math.abs(units)).padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return units < 0 ? `-${text}` : text;
}

const safe = fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
const divisor = fc.oneof(
  fc.integer({ min: 1, max: 400 }),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.integer({ min: 1, max: MAX_DIVISOR }),
  // Divisors of powers of ten, whose quotients end within few places or tie exactly.
  fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 14 })).map(([two, five]) => {
    const value = 2 ** two * 5 ** five;
    return value <= MAX_DIVISOR ? value : 2 ** two;
  }),
);
const sign = fc.constantFrom(1, -1);

describe("shown figures divided in safe integers", () => {
  it("round a quotient of safe integers as the decimal route does", () => {
    fc.assert(
      fc.property(safe, divisor, sign, (a, b, s) => {
        expect(shownQuotient(a, s * b)).toBe(decimalRoute(a, s * b));
      }),
      { numRuns: 3000, seed: 22 },
    );
  });

  // shownQuotient writes its digits by division in doubles (exact below 2^53), several at a time
  // for a divisor past 900,719: a divisor of every width, and exact quotients with trailing zeros.
  it("divide by a divisor of every width, digits several at a time, as big integers do", () => {
    const wide = fc
      .integer({ min: 1, max: 15 })
      .chain((width) => fc.integer({ min: 10 ** (width - 1), max: Math.min(10 ** width - 1, MAX_DIVISOR) }));
    /** `a / b` rounded half-even to 10 places in big integers, written as formatDecimal writes it. */
    const reference = (a: number, b: number): string => {
      const n = BigInt(Math.abs(a)) * 10_000_000_000n;
      const d = BigInt(Math.abs(b));
      let q = n / d;
      const twice = (n % d) * 2n;
      if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
      if (q === 0n) return "0";
      const text = q.toString().padStart(11, "0");
      const fraction = text.slice(-10).replace(/0+$/, "");
      return `${a < 0 !== b < 0 ? "-" : ""}${text.slice(0, -10)}${fraction === "" ? "" : `.${fraction}`}`;
    };
    fc.assert(
      fc.property(safe, wide, sign, (a, b, s) => {
        expect(shownQuotient(a, s * b)).toBe(reference(a, s * b));
      }),
      { numRuns: 4000, seed: 23 },
    );
    // a / (m·10^k) with a = m·q: q / 10^k exactly, so 0 to 10 trailing places, and ties past them.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
        fc.integer({ min: -1, max: 1 }),
        (m, k, q, nudge) => {
          const b = m * 10 ** k;
          const a = m * q + nudge;
          if (b > MAX_DIVISOR || Math.abs(a) > Number.MAX_SAFE_INTEGER) return;
          expect(shownQuotient(a, b)).toBe(reference(a, b));
          expect(shownQuotient(a, b)).toBe(decimalRoute(a, b));
        },
      ),
      { numRuns: 3000, seed: 24 },
    );
    // On and next to a tie at the 10th place with a divisor of 2·10^10·m: its remainder is half
    // the divisor, so the digits are written several at a time, and must stay exact to see the tie.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 45_035 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: -2, max: 2 }),
        sign,
        (m, j, whole, nudge, s) => {
          const b = 2e10 * m;
          const a = whole * b + ((2 * j + 1) % 2e10) * m + nudge;
          if (a < 0 || a > Number.MAX_SAFE_INTEGER) return;
          expect(shownQuotient(s * a, b)).toBe(reference(s * a, b));
        },
      ),
      { numRuns: 3000, seed: 25 },
    );
  });

  it("round quotients next to a tie at the 10th place, and on it, as the decimal route does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 6 }),
        divisor,
        fc.integer({ min: -3, max: 3 }),
        sign,
        (j, b, nudge, s) => {
          // a / b as near as whole numbers allow to the tie (2j + 1) / (2·10^10): a = round((2j+1)·b / 2·10^10) + nudge.
          const near = Math.round(((2 * j + 1) * b) / 2e10) + nudge;
          if (!Number.isSafeInteger(near)) return;
          expect(shownQuotient(s * near, b)).toBe(decimalRoute(s * near, b));
          // Exact ties: (2j + 1) / (2·10^10) itself.
          expect(shownQuotient(s * (2 * j + 1), 2e10 > MAX_DIVISOR ? 2 : 2e10)).toBe(
            decimalRoute(s * (2 * j + 1), 2e10 > MAX_DIVISOR ? 2 : 2e10),
          );
        },
      ),
      { numRuns: 3000, seed: 23 },
    );
  });

  it("show a ratio of decimals, and a percentage, as the decimal route does, or decline", () => {
    const decimal = fc
      .tuple(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 0, max: 12 }))
      .map(([units, places]) => plain(units, places));
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom(1, 100), (p, q, factor) => {
        const sp = scaledOf(new ExactDecimal(p));
        const sq = scaledOf(new ExactDecimal(q));
        expect(sp).toBeDefined();
        expect(sq).toBeDefined();
        if (sp === undefined || sq === undefined) return;
        // Read back exactly.
        expect(new ExactDecimal(sp.units).div(new ExactDecimal(10).pow(sp.places)).equals(new ExactDecimal(p))).toBe(
          true,
        );
        if (new ExactDecimal(q).isZero()) return;
        const shown = shownRatio(sp, sq, factor);
        if (shown !== undefined) expect(shown).toBe(decimalRoute(p, q, factor));
      }),
      { numRuns: 3000, seed: 24 },
    );
  });

  it("take a·b − c exactly, or decline", () => {
    const decimal = fc
      .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 8 }))
      .map(([units, places]) => plain(units, places));
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        const [sa, sb, sc] = [a, b, c].map((x) => scaledOf(new ExactDecimal(x)));
        if (sa === undefined || sb === undefined || sc === undefined) throw new Error("a plain decimal is scaled");
        const result = scaledProductLess(sa, sb, sc);
        const exact = new ExactDecimal(a).times(b).minus(c);
        if (result === undefined) {
          expect(exact.abs().times(new ExactDecimal(10).pow(16)).greaterThan(Number.MAX_SAFE_INTEGER)).toBe(true);
          return;
        }
        expect(new ExactDecimal(result.units).div(new ExactDecimal(10).pow(result.places)).equals(exact)).toBe(true);
      }),
      { numRuns: 3000, seed: 25 },
    );
  });

  it("decline a decimal whose digits do not fit a safe integer, and read zero, exponents and signs", () => {
    expect(scaledOf(new ExactDecimal("12345678901234567"))).toBeUndefined();
    expect(scaledOf(new ExactDecimal("1e30"))).toBeUndefined();
    expect(scaledOf(new ExactDecimal("1e-30"))).toBeUndefined();
    expect(scaledOf(new ExactDecimal("0"))).toEqual({ units: 0, places: 0 });
    expect(scaledOf(new ExactDecimal("-0"))).toEqual({ units: 0, places: 0 });
    expect(scaledOf(new ExactDecimal("-85.30"))).toEqual({ units: -853, places: 1 });
    expect(scaledOf(new ExactDecimal("1200"))).toEqual({ units: 1200, places: 0 });
    expect(scaledOf(new ExactDecimal("0.000000012345678"))).toEqual({ units: 12345678, places: 15 });
    expect(shownQuotient(-1, 3 * 10 ** 11)).toBe("0");
    expect(shownQuotient(5, 1e11)).toBe("0");
    expect(shownQuotient(15, 1e11)).toBe("0.0000000002");
    expect(shownQuotient(-99999999995, 1e11)).toBe("-1");
  });
});

describe("shown figures divided in big integers", () => {
  const digits = fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
    .map(([units, places]) => {
      const text = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
      const body = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
      return units < 0n ? `-${body}` : body;
    });

  it("show a ratio and a percentage of long decimals as the decimal route does, or decline", () => {
    fc.assert(
      fc.property(digits, digits, fc.constantFrom(1n, 100n), (p, q, factor) => {
        const sp = bigScaledOf(new ExactDecimal(p));
        const sq = bigScaledOf(new ExactDecimal(q));
        if (sp === undefined || sq === undefined) throw new Error("a decimal of 31 digits is read");
        expect(
          new ExactDecimal(sp.units.toString()).div(new ExactDecimal(10).pow(sp.places)).equals(new ExactDecimal(p)),
        ).toBe(true);
        if (new ExactDecimal(q).isZero()) return;
        const shown = bigShownRatio(sp, sq, factor);
        if (shown !== undefined) expect(shown).toBe(decimalRoute(p, q, Number(factor)));
      }),
      { numRuns: 3000, seed: 26 },
    );
  });

  it("round quotients next to a tie and on it as the decimal route does", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 25n }),
        fc.bigInt({ min: -3n, max: 3n }),
        (j, b, nudge) => {
          // a / b next to the tie (2j + 1) / (2·10^10).
          const near = ((2n * j + 1n) * b) / 20_000_000_000n + nudge;
          const shown = bigShownRatio({ units: near, places: 0 }, { units: b, places: 0 });
          if (shown !== undefined) expect(shown).toBe(decimalRoute(near.toString(), b.toString()));
          const tie = bigShownRatio({ units: 2n * j + 1n, places: 0 }, { units: 20_000_000_000n, places: 0 });
          expect(tie).toBe(decimalRoute((2n * j + 1n).toString(), "20000000000"));
        },
      ),
      { numRuns: 3000, seed: 27 },
    );
  });

  it("write quotients of up to 2^53 − 1 units of 10^-10 in doubles and longer ones in big integers, as the decimal route does", () => {
    // Quotients whose units (10^-10 each) lie on either side of 2^53 − 1, where the writing switches
    // from doubles to the big integers' digits; signed, an eighth of a unit off (ties included).
    const edge = 2n ** 53n - 1n;
    fc.assert(
      fc.property(
        fc.bigInt({ min: -40n, max: 40n }),
        fc.constantFrom(8n, 24n, 10n ** 10n * 8n),
        fc.integer({ min: 0, max: 7 }),
        fc.boolean(),
        (k, b, eighths, negative) => {
          const units = (edge + k) * b + (b * BigInt(eighths)) / 8n;
          const p = { units: negative ? -units : units, places: 10 };
          const shown = bigShownRatio(p, { units: b, places: 0 });
          const text = new ExactDecimal(p.units.toString()).div(new ExactDecimal(10).pow(10)).toFixed();
          expect(shown).toBe(decimalRoute(text, b.toString()));
        },
      ),
      { numRuns: 1000, seed: 28 },
    );
  });

  it("take a·b − c exactly, and read the float artefacts evaluations meet", () => {
    expect(bigScaledOf(new ExactDecimal("47.019999999999996"))).toEqual({ units: 47019999999999996n, places: 15 });
    expect(bigScaledOf(new ExactDecimal("-1e30"))).toEqual({ units: -(10n ** 30n), places: 0 });
    const [a, b, c] = ["47.019999999999996", "365", "-12.5"].map((x) => bigScaledOf(new ExactDecimal(x)));
    if (a === undefined || b === undefined || c === undefined) throw new Error("read");
    const result = bigProductLess(a, b, c);
    expect(new ExactDecimal(result.units.toString()).div(new ExactDecimal(10).pow(result.places)).toFixed()).toBe(
      new ExactDecimal("47.019999999999996").times(365).plus("12.5").toFixed(),
    );
    expect(bigShownRatio({ units: 10n ** 48n, places: 0 }, { units: 3n, places: 0 })).toBeUndefined();
  });
});

describe("isAboveZero", () => {
  it("says what greaterThan(0) says, without building a zero", () => {
    for (const text of [
      "0",
      "-0",
      "1e-40",
      "-1e-40",
      "5",
      "-5",
      "NaN",
      "Infinity",
      "-Infinity",
      "123456789.123456789",
    ]) {
      const value = new ExactDecimal(text);
      expect(isAboveZero(value)).toBe(value.greaterThan(0));
    }
  });
});

describe("compareDecimals", () => {
  it("orders two decimals as comparedTo does, for every sign, exponent and length", () => {
    const special = fc.constantFrom("0", "-0", "NaN", "Infinity", "-Infinity", "1e-40", "-1e40");
    const decimal = fc.oneof(
      special,
      fc
        .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -30, max: 30 }))
        .map(([units, exponent]) => `${units.toString()}e${String(exponent)}`),
    );
    fc.assert(
      fc.property(decimal, decimal, (x, y) => {
        const a = new ExactDecimal(x);
        const b = new ExactDecimal(y);
        expect(compareDecimals(a, b)).toBe(a.comparedTo(b));
        expect(compareDecimals(a, a)).toBe(a.comparedTo(a));
      }),
      { numRuns: 3000, seed: 28 },
    );
  });
});
