import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { toDecimal } from "../../src/internal/decimal.js";
import { BRAG, DCA5, RAG, type Target, TrajectoryError } from "../../src/index.js";
import type { Indicator, Polarity, Tolerance } from "../../src/model/index.js";
import { expectationAt, valueOf } from "../../src/trajectory/exact.js";
import { pathPoints } from "../../src/trajectory/path.js";
import {
  type AppliedTolerance,
  DEFAULT_TOLERANCE,
  FLOAT_ERROR_FLOOR,
  FLOAT_MARGIN,
  bandPosition,
  bandShortfall,
  floatDecisionError,
  floatExpectationAt,
  floatGoalMet,
  floatPathOf,
  floatSegmentAt,
  floatShortfall,
  floatToleranceAmount,
  floatToleranceOf,
  goalMet,
  judgeAgainstBand,
  judgeAgainstPoint,
  pathOf,
  polaritySign,
  scaledShortfall,
  scaledTolerance,
  toleranceFor,
} from "../../src/trajectory/judge.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { defined } from "../helpers/defined.js";
import { runs } from "../helpers/runs.js";

const ONE = toDecimal(1);
const POLARITIES: readonly Polarity[] = ["higher-is-better", "lower-is-better", "in-band"];

function target(patch: Partial<Target> = {}): Target {
  return {
    id: "t",
    objective: "o",
    indicator: "i",
    baseline: { date: "2001-03-31", value: "70" },
    goal: { date: "2002-03-31", value: "100" },
    ...patch,
  };
}

const indicator: Indicator = {
  id: "i",
  title: "PI",
  unit: "%",
  polarity: "higher-is-better",
  measure: "outcome",
  frequency: "quarterly",
};

/** Whether two floats agree to a relative 1e-12 of their size (or both are 0). */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1e-300);
}

describe("tolerance", () => {
  it("is the target's own, else its indicator's, else the framework's for the unit, else the caller's, else the floored 5%", () => {
    const own: Tolerance = { absolute: "1" };
    const indicators: Tolerance = { percent: "2" };
    const callers: Tolerance = { percent: "3" };
    const councils: Tolerance = { points: "2" };
    const framework = { tolerances: [{ unit: "%", tolerance: councils }] };
    const withIndicators = { ...indicator, tolerance: indicators };
    expect(toleranceFor(target({ tolerance: own }), withIndicators, callers, framework)).toBe(own);
    expect(toleranceFor(target(), withIndicators, callers, framework)).toBe(indicators);
    expect(toleranceFor(target(), indicator, callers, framework)).toBe(councils);
    // The convention is for "%" only: an indicator in days falls through to the caller's.
    expect(toleranceFor(target(), { ...indicator, unit: "days" }, callers, framework)).toBe(callers);
    expect(toleranceFor(target(), indicator, callers, undefined)).toBe(callers);
    // Issue 9: the default is 5% of the larger of the expectation and the span |100 − 70| = 30.
    const byDefault = toleranceFor(target(), indicator, undefined, { tolerances: [] });
    expect("floor" in byDefault && [byDefault.percent, byDefault.floor.toString()]).toEqual(["5", "30"]);
    const band = target({ goal: { date: "2002-03-31", low: "95", high: "100" } });
    expect(toleranceFor(band, indicator, undefined, undefined)).toBe(DEFAULT_TOLERANCE);
    expect(DEFAULT_TOLERANCE).toEqual({ percent: "5" });
  });

  it("a percentage is of the expectation's magnitude; an amount scales with the denominator", () => {
    expect(scaledTolerance({ percent: "5" }, toDecimal("-80"), toDecimal(3)).toString()).toBe("4");
    expect(scaledTolerance({ absolute: "2.5" }, toDecimal("-80"), toDecimal(3)).toString()).toBe("7.5");
    expect(scaledTolerance({ points: "2.5" }, toDecimal("-80"), toDecimal(3)).toString()).toBe("7.5");
    expect(floatToleranceAmount(floatToleranceOf({ points: "2.5" }), -80)).toBe(2.5);
    expect(floatToleranceAmount(floatToleranceOf({ percent: "5" }), -80)).toBe(4);
    expect(floatToleranceAmount(floatToleranceOf({ absolute: "2.5" }), -80)).toBe(2.5);
  });

  it("the float amount agrees with the exact one (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 0, max: 50 }).map((p): AppliedTolerance => ({ percent: String(p) })),
          decimalStringArbitrary.map((v): AppliedTolerance => ({ absolute: toDecimal(v).abs().toFixed() })),
          // The floored default (issue 9): a percentage of the larger of the expectation and the span.
          decimalStringArbitrary.map((v): AppliedTolerance => ({ percent: "5", floor: toDecimal(v).abs() })),
        ),
        decimalStringArbitrary,
        (tolerance, expected) => {
          const exact = scaledTolerance(tolerance, toDecimal(expected), ONE).toNumber();
          expect(close(floatToleranceAmount(floatToleranceOf(tolerance), Number(expected)), exact)).toBe(true);
        },
      ),
    );
  });
});

describe("the path", () => {
  it("sorts milestones by date and leaves out those outside the path or sharing a date", () => {
    const path = pathOf(
      target({
        milestones: [
          { date: "2001-12-31", value: "90" },
          { date: "2001-06-30", value: "80" },
          { date: "2001-09-30", value: "1" },
          { date: "2001-09-30", value: "2" },
          { date: "2001-03-31", value: "3" },
          { date: "2002-03-31", value: "4" },
        ],
      }),
    );
    expect(path.kind).toBe("linear");
    expect(pathPoints(path).map((p) => [fromDayNumber(p.day), p.value.toString()])).toEqual([
      ["2001-03-31", "70"],
      ["2001-06-30", "80"],
      ["2001-12-31", "90"],
      ["2002-03-31", "100"],
    ]);
  });

  it("resolves a relative goal, and has no goal point when the goal is not after the baseline", () => {
    const relative = pathOf(target({ goal: { date: "2002-03-31", change: { percent: "-10" } } }));
    expect(pathPoints(relative).map((p) => p.value.toString())).toEqual(["70", "63"]);
    expect(pathPoints(pathOf(target({ goal: { date: "2001-03-31", value: "100" } })))).toHaveLength(1);
  });

  it("refuses a band goal", () => {
    expect(() => pathOf(target({ goal: { date: "2002-03-31", low: "1", high: "2" } }))).toThrow(TrajectoryError);
  });

  it("the float path, compiled from the exact one, agrees with it at every day (property)", () => {
    fc.assert(
      fc.property(
        fc.array(decimalStringArbitrary, { minLength: 2, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom<"linear" | "step" | "compound" | "period-target">(
          "linear",
          "step",
          "compound",
          "period-target",
        ),
        fc.integer({ min: 0, max: 2000 }),
        (values, gaps, kind, offset) => {
          let day = toDayNumber("2001-03-31");
          const dates = values.map((_, i) => {
            if (i > 0) day += gaps[i - 1] as number;
            return fromDayNumber(day);
          });
          const points = values.map((value, i) => ({ date: dates[i] as string, value }));
          const path = pathOf(
            target({
              baseline: points[0] as { date: string; value: string },
              goal: points[points.length - 1] as { date: string; value: string },
              milestones: points.slice(1, -1),
              trajectory: kind,
            }),
          );
          const floatPath = floatPathOf(path);
          expect(Array.from(floatPath.days)).toEqual(pathPoints(path).map((p) => p.day));
          const at = toDayNumber(dates[0] as string) + offset;
          const exact = expectationAt(path, at);
          expect(exact).toBeDefined();
          if (exact === undefined) return;
          const float = floatExpectationAt(floatPath, at);
          const scale = Math.max(...values.map((v) => Math.abs(Number(v))));
          expect(Math.abs(float - valueOf(exact).toNumber())).toBeLessThanOrEqual(1e-9 * Math.max(scale, 1));
        },
      ),
    );
  });
});

describe("shortfall", () => {
  it("is the distance in the polarity's bad direction, any distance in band", () => {
    expect(POLARITIES.map(polaritySign)).toEqual([1, -1, 0]);
    const expected = { num: toDecimal(170), den: toDecimal(2) }; // 85
    expect(POLARITIES.map((p) => scaledShortfall(toDecimal(80), expected, p).toString())).toEqual(["10", "-10", "10"]);
    expect(POLARITIES.map((p) => floatShortfall(80, 85, polaritySign(p)))).toEqual([5, -5, 5]);
  });

  it("the float shortfall agrees with the exact one (property)", () => {
    fc.assert(
      fc.property(decimalStringArbitrary, decimalStringArbitrary, fc.constantFrom(...POLARITIES), (a, e, polarity) => {
        const exact = scaledShortfall(toDecimal(a), { num: toDecimal(e), den: ONE }, polarity).toNumber();
        // A difference of two rounded operands errs relative to the operands, not to the result
        // (cancellation): two conversions and one subtraction, each within half an ulp.
        const bound = 4 * Number.EPSILON * (Math.abs(Number(a)) + Math.abs(Number(e)));
        expect(Math.abs(floatShortfall(Number(a), Number(e), polaritySign(polarity)) - exact)).toBeLessThanOrEqual(
          bound,
        );
      }),
    );
  });

  it("the goal is met at or beyond it; the float check agrees, or says it is too close to call (property)", () => {
    expect(goalMet(toDecimal(100), toDecimal(100), "higher-is-better")).toBe(true);
    expect(goalMet(toDecimal(101), toDecimal(100), "lower-is-better")).toBe(false);
    expect(floatGoalMet(100, 100, 1)).toBeUndefined();
    expect(floatGoalMet(100 * (1 + FLOAT_MARGIN / 2), 100, -1)).toBeUndefined();
    fc.assert(
      fc.property(decimalStringArbitrary, decimalStringArbitrary, fc.constantFrom(...POLARITIES), (a, g, polarity) => {
        const float = floatGoalMet(Number(a), Number(g), polaritySign(polarity));
        if (float !== undefined) expect(float).toBe(goalMet(toDecimal(a), toDecimal(g), polarity));
      }),
    );
  });
});

describe("bands", () => {
  it("judge from the nearer edge, with a signed variance outside and none inside", () => {
    const [low, high] = [toDecimal(95), toDecimal(100)];
    const at = (value: number): string[] => {
      const { edge, variance } = bandPosition(toDecimal(value), low, high);
      return [edge.toString(), variance.toString(), bandShortfall(toDecimal(value), low, high).toString()];
    };
    expect(at(90)).toEqual(["95", "-5", "5"]);
    expect(at(97)).toEqual(["100", "0", "0"]);
    expect(at(103)).toEqual(["100", "3", "3"]);
  });

  it("rate the distance outside against the edge's tolerance", () => {
    const judged = judgeAgainstBand(toDecimal(90), toDecimal(95), toDecimal(100), { percent: "10" }, RAG);
    expect([judged.status, judged.toleranceAmount.toString(), judged.shortfall.toString()]).toEqual([
      "amber",
      "9.5",
      "5",
    ]);
    expect(judgeAgainstBand(toDecimal(111), toDecimal(95), toDecimal(100), { percent: "10" }, RAG).status).toBe("red");
  });
});

describe("judging against a point", () => {
  it("rates the shortfall on the scale, in tolerances", () => {
    const expected = { num: toDecimal(100), den: ONE };
    const judge = (actual: string, scale = DCA5): string =>
      judgeAgainstPoint(toDecimal(actual), expected, "higher-is-better", { absolute: "4" }, scale).status;
    expect(["101", "100", "98", "96", "93", "91"].map((a) => judge(a))).toEqual([
      "green",
      "green",
      "amber-green",
      "amber",
      "amber-red",
      "red",
    ]);
    // Blue is the goal's business, not the point judgement's: see judgeMeasurement.
    expect(judge("120", BRAG)).toBe("green");
  });
});

describe("the float decision's error bound", () => {
  const path = floatPathOf(
    pathOf({
      id: "t",
      objective: "o",
      indicator: "i",
      baseline: { date: "2001-01-01", value: "7" },
      milestones: [{ date: "2001-01-11", value: "-3" }],
      goal: { date: "2001-01-21", value: "-18" },
    }),
  );
  const start = toDayNumber("2001-01-01");

  it("finds a day's segment: the last point on or before it, the last point from its day on", () => {
    expect([0, 5, 9, 10, 19, 20, 400].map((offset) => floatSegmentAt(path, start + offset))).toEqual([
      0, 0, 0, 1, 1, 2, 2,
    ]);
    expect(Array.from(path.magnitudes)).toEqual([10, 21, 18]);
  });

  it("is scaled to the operands, so a cancelled expectation stays within it (issue 8)", () => {
    // 7 − 25 × 7/25 in floats is −8.9e−16, not 0; the operands 7 and −18 bound the error.
    const expected = 7 + (-18 - 7) * (7 / 25);
    expect(expected).not.toBe(0);
    expect(floatDecisionError(25, 0, expected, 0.05, 0, 0)).toBeGreaterThan(Math.abs(expected));
    expect(floatDecisionError(0, 0, 0, 0, 0, 0)).toBe(FLOAT_ERROR_FLOOR);
  });

  it("covers the float error of linear expectations, shortfalls and thresholds (property)", () => {
    const units = fc.integer({ min: -10_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(
        units,
        units,
        units,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom(0, 0.5, 1, 2),
        (a, b, actual, span, at, percent, upTo) => {
          const elapsed = at % (span + 1);
          const [A, B, ACT] = [a, b, actual].map((n) => toDecimal(n).div(1000));
          // Exact: S − T with S = actual − E (lower is better) and T = upTo × percent% × |E|.
          const E = defined(A)
            .times(span)
            .plus(defined(B).minus(defined(A)).times(elapsed))
            .div(span);
          const S = defined(ACT).minus(E);
          const T = E.abs().times(percent).div(100).times(upTo);
          const e = a / 1000 + (b / 1000 - a / 1000) * (elapsed / span);
          const s = actual / 1000 - e;
          const t = upTo * ((percent / 100) * Math.abs(e));
          const bound = floatDecisionError(
            Math.abs(a / 1000) + Math.abs(b / 1000),
            actual / 1000,
            e,
            percent / 100,
            upTo,
            t,
          );
          expect(
            toDecimal(s - t)
              .minus(S.minus(T))
              .abs()
              .lessThanOrEqualTo(bound),
          ).toBe(true);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
