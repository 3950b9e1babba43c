import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Direction, type Indicator, type Materiality, type Target, evaluateTarget } from "../../src/index.js";
import { toDecimal } from "../../src/internal/decimal.js";
import { compare } from "../../src/trajectory/directionOfTravel.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { oneTarget } from "../helpers/oneTarget.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";
import { parseFramework } from "../../src/index.js";
import { runs } from "../helpers/runs.js";

const higher: Indicator = {
  id: "pi",
  title: "Re-lets in 28 days",
  unit: "%",
  polarity: "higher-is-better",
  measure: "output",
  frequency: "quarterly",
};
const lower: Indicator = { ...higher, polarity: "lower-is-better" };

/** The direction from `before` to `now` on an indicator, with no target. */
function travel(before: string, now: string, indicator: Indicator = higher): Direction | null {
  return compare(toDecimal(now), toDecimal(before), indicator, undefined);
}

const MIRROR: Record<Direction, Direction> = {
  improving: "worsening",
  worsening: "improving",
  "no-change": "no-change",
};

describe("direction of travel with a materiality threshold", () => {
  it("by default, any change that shows at the figures' precision counts: 99.1% → 98.8% is worsening (issue 20)", () => {
    // The old default (1% of the larger figure, 0.991) called this move of 0.3 points no change.
    expect(travel("99.1", "98.8")).toBe("worsening");
    expect(travel("99.1", "98.8", { ...higher, decimals: 1 })).toBe("worsening");
    expect(travel("79", "79.01")).toBe("improving");
    expect(travel("79", "80", lower)).toBe("worsening");
    expect(travel("80", "80")).toBe("no-change");
  });

  it("with decimals, figures are compared as published: a change that rounds away is no change", () => {
    const oneDecimal = { ...higher, decimals: 1 };
    // 99.14 and 99.06 are both published as 99.1; 99.14 and 99.16 as 99.1 and 99.2 (half away from zero).
    expect(travel("99.06", "99.14", oneDecimal)).toBe("no-change");
    expect(travel("99.14", "99.16", oneDecimal)).toBe("improving");
    expect(travel("99.15", "99.1", oneDecimal)).toBe("worsening");
  });

  it("a change exactly at the threshold counts as a change", () => {
    // 99 → 100 with { percent: 1 }: 1% of 100 is exactly 1, the change is exactly 1: improving. 99.01 → 100: 0.99 < 1.
    const percent = { ...higher, materiality: { percent: "1" } };
    expect(travel("99", "100", percent)).toBe("improving");
    expect(travel("99.01", "100", percent)).toBe("no-change");
    const absolute = { ...higher, materiality: { absolute: "1" } };
    expect(travel("100", "101", absolute)).toBe("improving");
    expect(travel("100", "100.99", absolute)).toBe("no-change");
  });

  it("points are an amount in the unit; 0% counts every change; from 0 a percentage threshold is of the other figure", () => {
    const points = { ...higher, materiality: { points: "0.5" } };
    expect([travel("79", "79.4", points), travel("79", "79.5", points)]).toEqual(["no-change", "improving"]);
    expect(travel("79", "79.01", { ...higher, materiality: { percent: "0" } })).toBe("improving");
    // 0 → 0.5: 1% of 0.5 is 0.005, so the change counts.
    expect(travel("0", "0.5", { ...higher, materiality: { percent: "1" } })).toBe("improving");
    expect(travel("0", "0")).toBe("no-change");
  });

  it("bands and in-band polarity judge by distance; in-band without a target has no direction", () => {
    const inBand: Indicator = { ...higher, polarity: "in-band" };
    const band = { goal: { date: "2002-03-31", low: "98", high: "100" } } as Target;
    expect(compare(toDecimal("99"), toDecimal("98.5"), higher, band)).toBe("no-change");
    expect(compare(toDecimal("99"), toDecimal("90"), higher, band)).toBe("improving");
    expect(travel("99", "90", inBand)).toBeNull();
  });

  it("evaluations use the indicator's materiality", () => {
    const figures = [
      { indicator: "pi", date: "2001-06-30", value: "79" },
      { indicator: "pi", date: "2001-09-30", value: "79.01" },
    ];
    const asOf = "2001-10-15";
    expect(evaluateTarget(oneTarget({}, figures), "t", { asOf }).direction.sincePrevious).toBe("improving");
    const coarse = oneTarget({ materiality: { points: "0.5" } }, figures);
    expect(evaluateTarget(coarse, "t", { asOf }).direction.sincePrevious).toBe("no-change");
  });

  const materialityArbitrary: fc.Arbitrary<Materiality | { decimals: number } | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: 0, max: 4 }).map((decimals) => ({ decimals })),
    fc.integer({ min: 0, max: 20 }).map((percent) => ({ percent: String(percent) })),
    decimalStringArbitrary.map((amount) => ({ absolute: toDecimal(amount).abs().toFixed() })),
    decimalStringArbitrary.map((amount) => ({ points: toDecimal(amount).abs().toFixed() })),
  );

  it("(property) is antisymmetric: swapping the figures mirrors the direction", () => {
    fc.assert(
      fc.property(
        decimalStringArbitrary,
        decimalStringArbitrary,
        materialityArbitrary,
        fc.constantFrom(higher, lower),
        (a, b, materiality, base) => {
          const indicator =
            materiality === undefined
              ? base
              : "decimals" in materiality
                ? { ...base, ...materiality }
                : { ...base, materiality };
          const forward = travel(a, b, indicator);
          const backward = travel(b, a, indicator);
          expect(forward).not.toBeNull();
          expect(backward).toBe(MIRROR[forward as Direction]);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("(property) is polarity-mirrored: lower-is-better on v travels as higher-is-better on −v", () => {
    fc.assert(
      fc.property(decimalStringArbitrary, decimalStringArbitrary, materialityArbitrary, (a, b, materiality) => {
        const withMateriality = (indicator: Indicator) =>
          materiality === undefined
            ? indicator
            : "decimals" in materiality
              ? { ...indicator, ...materiality }
              : { ...indicator, materiality };
        const negate = (v: string) => toDecimal(v).negated().toFixed();
        expect(travel(a, b, withMateriality(lower))).toBe(travel(negate(a), negate(b), withMateriality(higher)));
      }),
      { numRuns: runs(300) },
    );
  });

  it("the baseline counts as an earlier figure: a target's first figure has a direction against it", () => {
    // Baseline 78% at 31 March 2001; the first figure, 79% at 30 June 2001, is improving on it.
    const first = oneTarget({}, [{ indicator: "pi", date: "2001-06-30", value: "79" }]);
    expect(evaluateTarget(first, "t", { asOf: "2001-07-15" }).direction).toEqual({
      sincePrevious: "improving",
      sinceYearAgo: null,
    });
    // A year on, March 2002's figure is compared with March 2001's baseline as the same quarter a year ago.
    const yearOn = oneTarget({}, [{ indicator: "pi", date: "2002-03-31", value: "77" }]);
    expect(evaluateTarget(yearOn, "t", { asOf: "2002-04-15" }).direction).toEqual({
      sincePrevious: "worsening",
      sinceYearAgo: "worsening",
    });
    // A figure on the baseline's own date has nothing earlier.
    const same = oneTarget({}, [{ indicator: "pi", date: "2001-03-31", value: "80" }]);
    expect(evaluateTarget(same, "t", { asOf: "2001-04-15" }).direction.sincePrevious).toBeNull();
  });

  it("on the seed's figures (issue 20): Spelthorne's bins 99.1% → 98.8% is worsening; first figures travel from the baseline", () => {
    const asOf = "2001-07-15";
    const spelthorne = deepFreeze(parseFramework(loadExample("spelthorne")));
    const stockton = deepFreeze(parseFramework(loadExample("stockton")));
    const travel = (framework: typeof spelthorne, id: string) => evaluateTarget(framework, id, { asOf }).direction;
    // Bins collected on the scheduled day: 99.0% (April), 99.1% (May), 98.8% (June). The old 1% default
    // (0.991 points) called the 0.3-point fall no change.
    expect(travel(spelthorne, "t-collection-day")).toEqual({ sincePrevious: "worsening", sinceYearAgo: null });
    // Missed bins per 100,000 collections (lower is better): 85 at the March 2001 baseline, 79 in June.
    expect(travel(spelthorne, "t-missed-bins").sincePrevious).toBe("improving");
    // Food inspections are a running total: June's 22% is not compared with the year-end baseline.
    expect(travel(spelthorne, "t-food-inspections").sincePrevious).toBeNull();
    // Stockton's homelessness, 40 households at the baseline and 34 in June: improving.
    expect(travel(stockton, "t-zero-homelessness").sincePrevious).toBe("improving");
  });
});
