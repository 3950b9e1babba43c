/**
 * A series' first forecast (on a fresh index, almost every forecast) reads its window once for
 * both integer routes and takes the safe integers' units from the series' floats, rounding
 * `value·10^scale` to the nearest whole number where it is at most 2^50. Checked here on figures of
 * 15 significant digits mixed with figures of more places, so that the units at the window's
 * widest scale run from under 2^50 to past 2^53: written plainly (the safe integers, or past 2^50
 * the general routes), padded with a trailing zero to 16 digits (the floats or big integers) and
 * with an exponent (the decimal route), the same figures must forecast the same, on the series'
 * first forecast and on the later ones of other targets on the same index.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, evaluateTarget, indexFramework } from "../../src/index.js";
import { scanOf, unitsOfFloat } from "../../src/trajectory/forecast.js";

const MONTHS = ["2010-01-31", "2010-03-31", "2010-05-31", "2010-07-31", "2010-09-30", "2010-11-30", "2011-01-31"];

/** `units` over 10^places, written as a plain decimal. */
function written(units: bigint, places: number): string {
  const text = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
  const plain = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
  return units < 0n ? `-${plain}` : plain;
}

/** Two targets on one series, the second's window its last figures: a point goal and a band. */
function seriesFramework(figures: readonly string[], goal: string, band: readonly [string, string]): Framework {
  const target = (id: string, baseline: string, rest: object): Framework["targets"][number] =>
    ({
      id,
      objective: "o",
      indicator: "s",
      baseline: { date: baseline, value: "0" },
      ...rest,
    }) as Framework["targets"][number];
  return {
    id: "first",
    name: "First forecasts",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      { id: "s", title: "S", unit: "count", polarity: "lower-is-better", measure: "output", frequency: "monthly" },
    ],
    targets: [
      target("all", "2009-12-31", { goal: { date: "2012-06-30", value: goal } }),
      target("late", "2010-02-28", { goal: { date: "2011-12-31", low: band[0], high: band[1] } }),
    ],
    measurements: figures.map((value, i) => ({ indicator: "s", date: MONTHS[i] as string, value })),
  };
}

/** Each target's forecast, the series' first forecast first (`order` picks which target asks first). */
function forecasts(document: Framework, order: readonly string[]): Record<string, unknown> {
  const index = indexFramework(document);
  return Object.fromEntries(order.map((id) => [id, evaluateTarget(index, id, { asOf: "2011-06-30" }).forecast]));
}

/**
 * A window's figures around `P` places: of 15 significant digits at `P` or `P − 1` places, or of
 * three digits at `P + 1` (so the units at the window's widest scale, 10^14 to 10^17, cross 2^50
 * and 2^53, where a float's product with 10^scale is not always within 0.5 of them); or, in a
 * quarter of the windows, figures of up to 20 places.
 */
const windowOf = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.integer({ min: 0, max: 8 }).chain((base) =>
      fc.array(
        fc.oneof(
          fc
            .tuple(fc.bigInt({ min: 10n ** 14n, max: 10n ** 15n - 1n }), fc.boolean(), fc.constantFrom(0, 1))
            .map(([units, negative, less]) => ({ units: negative ? -units : units, places: Math.max(0, base - less) })),
          fc.bigInt({ min: -999n, max: 999n }).map((units) => ({ units, places: base + 1 })),
        ),
        { minLength: 4, maxLength: 7 },
      ),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.array(
      fc
        .tuple(fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 20 }))
        .map(([units, places]) => ({ units, places })),
      { minLength: 4, maxLength: 7 },
    ),
  },
);

describe("a series' first forecast", () => {
  it("reads figures of 15 digits and their units up to and past 2^50 as the decimal route does", () => {
    fc.assert(
      fc.property(windowOf, fc.constantFrom(["all", "late"], ["late", "all"]), (figures, order) => {
        const plain = figures.map(({ units, places }) => written(units, places));
        // Padded to 16 digits (past the safe integers) and with an exponent (the decimal route).
        const padded = plain.map((text) => (text.includes(".") ? `${text}0` : `${text}.0`));
        const exponent = plain.map((text) => `${text}e0`);
        const goal = plain[0] as string;
        const band = [plain[1], plain[2]].sort((a, b) => Number(a) - Number(b)) as [string, string];
        const expected = forecasts(seriesFramework(exponent, goal, band), order);
        expect(Object.values(expected).some((forecast) => (forecast as { value: unknown }).value !== null)).toBe(true);
        expect(forecasts(seriesFramework(plain, goal, band), order)).toEqual(expected);
        expect(forecasts(seriesFramework(padded, goal, band), order)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** Texts a measurement's value may be: plain decimals with signs and leading or trailing zeros, and others. */
const textOf = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("", "-"),
      fc.stringMatching(/^0{0,3}[0-9]{1,18}$/),
      fc.option(fc.stringMatching(/^[0-9]{1,24}$/), { nil: undefined }),
    )
    .map(([sign, whole, fraction]) => (fraction === undefined ? `${sign}${whole}` : `${sign}${whole}.${fraction}`)),
  fc.constantFrom(
    "",
    "-",
    ".5",
    "5.",
    "-.5",
    "1.2.3",
    "1e5",
    "1E-3",
    " 1",
    "1 ",
    "+1",
    "0x10",
    "Infinity",
    "NaN",
    "--1",
  ),
  fc.string({ maxLength: 8 }),
);

/** The classification written out: a plain decimal's places and whether it fits 15 significant digits and 20 places. */
function classified(text: string): number {
  const match = /^-?(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return -1;
  const places = (match[2] ?? "").length;
  const significant = `${match[1] as string}${match[2] ?? ""}`.replace(/^0+/, "").length;
  return 2 * places + (significant <= 15 && places <= 20 ? 1 : 0);
}

describe("reading a value for the safe integers", () => {
  it("classifies a value's text as a plain decimal, its places and whether it fits, as the pattern does", () => {
    fc.assert(
      fc.property(textOf, (text) => {
        expect(scanOf(text)).toBe(classified(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a fitting value's units at any scale from its float exactly, or refuses past 2^50", () => {
    const fitting = fc
      .tuple(
        fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
      )
      .map(([units, places, more]) => ({ units, places, scale: Math.min(20, places + more) }));
    fc.assert(
      fc.property(fitting, ({ units, places, scale }) => {
        const text = written(units, places);
        const read = unitsOfFloat(Number(text), scale);
        const exact = units * 10n ** BigInt(scale - places);
        const magnitude = exact < 0n ? -exact : exact;
        if (Number.isNaN(read)) expect(magnitude > 2n ** 50n - 2n ** 12n).toBe(true);
        else expect(BigInt(read)).toBe(exact);
      }),
      { numRuns: 20_000 },
    );
  });
});
