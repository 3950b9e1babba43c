import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCanonicalString, toDecimal } from "../../src/internal/decimal.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { runs } from "../helpers/runs.js";
import {
  evaluateFramework,
  type Status,
  evaluateTarget,
  expectedYearToDate,
  parseFramework,
  safeParseFramework,
  statusHistory,
} from "../../src/index.js";
import { aggregationOf } from "../../src/model/figures.js";
import { loadExample } from "../helpers/fixtures.js";
import { oneTarget } from "../helpers/oneTarget.js";

/** 78% at 31 March 2001 to 100% by 31 March 2002, on a quarterly indicator aggregated as given. */
const relets = oneTarget;

describe("aggregation", () => {
  it("resolves once: aggregation, else the deprecated cumulative flag, else snapshot", () => {
    expect(aggregationOf({})).toBe("snapshot");
    expect(aggregationOf({ cumulative: true })).toBe("running-total");
    expect(aggregationOf({ cumulative: false })).toBe("snapshot");
    expect(aggregationOf({ aggregation: "year-to-date-rate" })).toBe("year-to-date-rate");
    expect(aggregationOf({ aggregation: "running-total", cumulative: true })).toBe("running-total");
  });

  it("parses cumulative: true as a synonym, and refuses a cumulative flag that contradicts aggregation", () => {
    expect(relets({ cumulative: true }).indicators[0]?.cumulative).toBe(true);
    expect(relets({ cumulative: true, aggregation: "running-total" }).indicators[0]?.aggregation).toBe("running-total");
    expect(relets({ cumulative: false, aggregation: "year-to-date-rate" }).indicators[0]?.aggregation).toBe(
      "year-to-date-rate",
    );
    const contradicted = safeParseFramework({
      ...relets({}),
      indicators: [{ ...relets({}).indicators[0], cumulative: true, aggregation: "snapshot" }],
    });
    expect(contradicted.success).toBe(false);
    if (contradicted.success) return;
    const issue = contradicted.error.issues.find((i) => i.path.join(".") === "indicators.0.cumulative");
    expect(issue?.message).toMatch(/both "cumulative" and "aggregation", and they disagree/);
    const alsoContradicted = safeParseFramework({
      ...relets({}),
      indicators: [{ ...relets({}).indicators[0], cumulative: false, aggregation: "running-total" }],
    });
    expect(alsoContradicted.success).toBe(false);
  });

  it("the deprecated flag and running-total rate the same", () => {
    const figures = [{ indicator: "pi", date: "2001-06-30", value: "22" }];
    const old = evaluateTarget(relets({ cumulative: true }, figures), "t", { asOf: "2001-07-15" });
    const now = evaluateTarget(relets({ aggregation: "running-total" }, figures), "t", { asOf: "2001-07-15" });
    expect(now).toEqual(old);
  });

  it("year-to-date-rate: a rate to date against the year's target, not scaled by the share of the year", () => {
    // 79% to 30 June 2001 against the 2001/02 target: the path at 31 March 2002 is the goal, 100.
    // Not scaled: expected 100 (a running total would expect 100 × 3/12 = 25). Shortfall 21; the
    // default tolerance is 5% of 100 = 5: red.
    const framework = relets({ aggregation: "year-to-date-rate" }, [
      { indicator: "pi", date: "2001-06-30", value: "79" },
    ]);
    const evaluation = evaluateTarget(framework, "t", { asOf: "2001-07-15" });
    expect([evaluation.status, evaluation.expected, evaluation.variance, evaluation.tolerance]).toEqual([
      "red",
      "100",
      "-21",
      "5",
    ]);
    expect(evaluation.progressPercent).toBeNull();
    expect(evaluation.forecast).toEqual({
      value: null,
      reason: "forecasts are not made for year-to-date (rate) indicators",
    });
    expect(expectedYearToDate(framework, "t", "2001-06-30")).toBe("100");
    // 96% is within 5 of 100: amber; 100% green.
    const close = relets({ aggregation: "year-to-date-rate" }, [{ indicator: "pi", date: "2001-09-30", value: "96" }]);
    expect(evaluateTarget(close, "t", { asOf: "2001-10-15" }).status).toBe("amber");
    // The same figure as a snapshot on the linear path: 78 + 22 × 91/365 = 83.4849… at 30 June.
    const snapshot = relets({}, [{ indicator: "pi", date: "2001-06-30", value: "79" }]);
    expect(evaluateTarget(snapshot, "t", { asOf: "2001-07-15" }).expected).toBe("83.4849315068");
  });

  it("year-to-date-rate does not compare across the start of a financial year", () => {
    // A two-year target, so June 2002's figure is still its own (a target ends at its goal date).
    const framework = relets(
      { aggregation: "year-to-date-rate" },
      [
        { indicator: "pi", date: "2001-06-30", value: "90" },
        { indicator: "pi", date: "2001-09-30", value: "92" },
        { indicator: "pi", date: "2002-03-31", value: "95" },
        { indicator: "pi", date: "2002-06-30", value: "60" },
      ],
      { goal: { date: "2003-03-31", value: "100" } },
    );
    expect(evaluateTarget(framework, "t", { asOf: "2001-10-01" }).direction.sincePrevious).toBe("improving");
    expect(evaluateTarget(framework, "t", { asOf: "2002-07-01" }).direction.sincePrevious).toBeNull();
  });

  it("the status kernel agrees with evaluateTarget on every aggregation", () => {
    for (const aggregation of ["snapshot", "running-total", "year-to-date-rate"] as const) {
      const framework = relets({ aggregation }, [
        { indicator: "pi", date: "2001-06-30", value: "22" },
        { indicator: "pi", date: "2001-09-30", value: "50" },
        { indicator: "pi", date: "2001-12-31", value: "95" },
      ]);
      const dates = ["2001-05-01", "2001-07-01", "2001-10-01", "2002-01-01"];
      const history = statusHistory(framework, { dates });
      expect(history.targets[0]?.statuses).toEqual(
        dates.map((asOf) => evaluateTarget(framework, "t", { asOf }).status),
      );
    }
  });
});

describe("Spelthorne's food inspections (seed 5.3.3.1)", () => {
  it("rate as the share of the year's programme done to date: 22% against a quarter of 100%", () => {
    const spelthorne = parseFramework(loadExample("spelthorne"));
    // lpi-food-inspections is a running total: the share of the year's inspection programme done
    // in the financial year so far. The year 2001/02 runs 1 April 2001 to 31 March 2002; the path
    // at its end is the goal, 100%. By 30 June, April, May and June are done: 3 of 12 even months,
    // so 100 × 3/12 = 25% is expected ("a quarter of the year's programme is 25%").
    // 22 − 25 = −3, 12% short; the default tolerance is 5% of 25 = 1.25, and 3 > 1.25: red.
    const food = evaluateTarget(spelthorne, "t-food-inspections", { asOf: "2001-07-15" });
    expect([food.status, food.actual, food.expected, food.variance, food.variancePercent, food.tolerance]).toEqual([
      "red",
      "22",
      "25",
      "-3",
      "-12",
      "1.25",
    ]);
    expect(expectedYearToDate(spelthorne, "t-food-inspections", "2001-06-30")).toBe("25");
    // Read as a snapshot on the linear path from 78% it expected 78 + 22 × 91/365 = 83.48%: 22 was 61 points short.
    const status = evaluateFramework(spelthorne, { asOf: "2001-07-15", detail: "status" });
    expect(status.targets.find((t) => t.target === "t-food-inspections")?.status).toBe("red");
  });
});

describe("laws on every aggregation (properties)", () => {
  const ORDER: readonly Status[] = ["blue", "green", "amber-green", "amber", "amber-red", "red"];
  const negate = (value: string): string => toCanonicalString(toDecimal(value).negated());
  const START = toDayNumber("2001-03-31");
  const caseArbitrary = fc.record({
    aggregation: fc.constantFrom("running-total" as const, "year-to-date-rate" as const),
    baseline: decimalStringArbitrary,
    goal: decimalStringArbitrary,
    at: fc.integer({ min: 0, max: 800 }),
    actual: decimalStringArbitrary,
    worse: fc.integer({ min: 0, max: 10 ** 6 }).map((units) => toCanonicalString(toDecimal(units).div(100))),
    tolerance: fc.integer({ min: 0, max: 30 }).map((percent) => ({ percent: String(percent) })),
  });
  type Case = typeof caseArbitrary extends fc.Arbitrary<infer C> ? C : never;
  const statusOf = (c: Case, polarity: "higher-is-better" | "lower-is-better", actual: string, mirror: boolean) => {
    const flip = (v: string) => (mirror ? negate(v) : v);
    const date = fromDayNumber(START + c.at);
    // An unbounded unit: the laws are about polarity and order, and a % unit's natural bounds clamp −v.
    const framework = oneTarget(
      { aggregation: c.aggregation, polarity, unit: "u" },
      [{ indicator: "pi", date, value: actual }],
      {
        baseline: { date: fromDayNumber(START), value: flip(c.baseline) },
        goal: { date: fromDayNumber(START + 730), value: flip(c.goal) },
        tolerance: c.tolerance,
      },
    );
    return evaluateTarget(framework, "t", { asOf: date }).status;
  };

  it("status never improves as the actual moves the bad way, and lower-is-better on v rates as higher-is-better on −v", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const worse = toCanonicalString(toDecimal(c.actual).minus(c.worse));
        const now = statusOf(c, "higher-is-better", c.actual, false);
        expect(ORDER.indexOf(statusOf(c, "higher-is-better", worse, false))).toBeGreaterThanOrEqual(ORDER.indexOf(now));
        expect(statusOf(c, "lower-is-better", negate(c.actual), true)).toBe(now);
      }),
      { numRuns: runs(150) },
    );
  });
});
