import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactDecimal, toDecimal } from "../../src/internal/decimal.js";
import { createFormatter } from "../../src/report/index.js";
import { plainOf, plainRounded } from "../../src/report/format.js";
import { runs } from "../helpers/runs.js";

/** Plain decimal strings of every awkward kind: a sign, leading zeros, trailing zeros, long digits, nines, fives. */
const digitsOf = (max: number) =>
  fc.string({ unit: fc.constantFrom("0", "1", "4", "5", "9", "0", "9"), maxLength: max });
const plainArbitrary = fc
  .tuple(fc.boolean(), digitsOf(25), fc.option(digitsOf(25), { nil: undefined }))
  .map(([negative, whole, fraction]) => {
    const body = `${whole === "" ? "0" : whole}${fraction === undefined || fraction === "" ? "" : `.${fraction}`}`;
    return `${negative ? "-" : ""}${body}`;
  });
const placesArbitrary = fc.option(fc.integer({ min: 0, max: 22 }), { nil: undefined });

/** The formatter's variance as it was worked out on Decimals before issue 22 (the reference). */
function varianceByDecimals(value: string, decimals: number | undefined, unit: string): string {
  const format = createFormatter();
  const rounded = (figure: string, places: number | undefined) =>
    places === undefined ? toDecimal(figure).toFixed() : toDecimal(figure).toFixed(places, ExactDecimal.ROUND_HALF_UP);
  let places = decimals;
  if (places !== undefined && !toDecimal(value).isZero())
    while (places < 20 && toDecimal(rounded(value, places)).isZero()) places += 1;
  const decimal = toDecimal(rounded(value, places));
  const magnitude = format.figure(
    decimal.abs().toFixed(),
    places === undefined ? undefined : { unit: "", decimals: places },
  );
  const sign = decimal.isZero() ? "" : decimal.isNegative() ? "−" : "+";
  return unit === "%" ? `${sign}${magnitude.trim()} percentage points` : `${sign}${magnitude.trim()} ${unit}`;
}

/** The formatter's `apart` as it was worked out on Decimals before issue 22 (the reference). */
function apartByDecimals(
  values: readonly (string | null)[],
  decimals: number | undefined,
  places: number | undefined,
): string[] {
  const format = createFormatter();
  const exact = values.filter((value): value is string => value !== null).map((value) => toDecimal(value));
  let shown = decimals ?? places ?? 0;
  const most = Math.max(shown, ...exact.map((value) => value.decimalPlaces()));
  const readApart = (at: number) => {
    const seen = new Map<string, ReturnType<typeof toDecimal>>();
    for (const value of exact) {
      const key = value.toFixed(at, ExactDecimal.ROUND_HALF_UP);
      const other = seen.get(key);
      if (other !== undefined && !other.equals(value)) return false;
      seen.set(key, value);
    }
    return true;
  };
  while (shown < most && !readApart(shown)) shown += 1;
  return values.map((value) =>
    value === null
      ? "no figure"
      : format.figure(value, {
          unit: "%",
          decimals: decimals === undefined ? Math.min(shown, toDecimal(value).decimalPlaces()) : shown,
        }),
  );
}

describe("the formatter's figures read from their digits (issue 22)", () => {
  it("rounds a plain decimal string exactly as Decimal#toFixed does, half away from zero", () => {
    fc.assert(
      fc.property(plainArbitrary, placesArbitrary, (value, places) => {
        const plain = plainOf(value);
        expect(plain).toBeDefined();
        const expected =
          places === undefined
            ? toDecimal(value).toFixed()
            : toDecimal(value).toFixed(places, ExactDecimal.ROUND_HALF_UP);
        expect(plainRounded(plain as NonNullable<typeof plain>, places)).toBe(expected);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("leaves any other form to the Decimal: an exponent, a plus sign, a bare point", () => {
    for (const value of ["1e5", "+3", ".5", "5.", "-", "", " 1", "1_000", "0x10"])
      expect(plainOf(value)).toBeUndefined();
    expect(createFormatter().figure("1e3", { unit: "t" })).toBe("1,000 t");
    expect(createFormatter().variance("-2.5e-3", { unit: "%", decimals: 1 })).toBe("−0.003 percentage points");
  });

  it("writes a variance as the Decimals did, shown to more places when the indicator's would round it to none", () => {
    fc.assert(
      // Places Intl can write (0 to 20), as an indicator's decimals are.
      fc.property(
        plainArbitrary,
        fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        fc.constantFrom("%", "households"),
        (value, places, unit) => {
          const indicator = places === undefined ? { unit } : { unit, decimals: places };
          expect(createFormatter().variance(value, indicator)).toBe(varianceByDecimals(value, places, unit));
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  it("reads figures apart as the Decimals did: to the places that tell apart those that differ, equal ones alike", () => {
    // Figures close together (a shared stem, so they often read the same at few places), and nulls.
    const close = fc
      .tuple(plainArbitrary, fc.array(fc.option(digitsOf(6), { nil: null }), { minLength: 1, maxLength: 3 }))
      .map(([stem, tails]) =>
        tails.map((tail) => (tail === null ? null : `${stem}${stem.includes(".") ? "" : "."}${tail}0`)),
      );
    const smallPlaces = fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined });
    fc.assert(
      fc.property(close, smallPlaces, smallPlaces, (values, decimals, places) => {
        const indicator = decimals === undefined ? { unit: "%" } : { unit: "%", decimals };
        expect(createFormatter().apart(values, indicator, places)).toEqual(apartByDecimals(values, decimals, places));
      }),
      { numRuns: runs(1000) },
    );
  });
});
