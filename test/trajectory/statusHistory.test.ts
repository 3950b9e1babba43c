import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCanonicalString, toDecimal } from "../../src/internal/decimal.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import {
  BRAG,
  DCA5,
  type Framework,
  RAG,
  type Scale,
  evaluateTarget,
  indexFramework,
  parseFramework,
  statusHistory,
} from "../../src/index.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { defined } from "../helpers/defined.js";
import { runs } from "../helpers/runs.js";

const START = toDayNumber("2001-01-01");

/** Targets of every shape, with measurements that often sit exactly on a threshold. */
const frameworkArbitrary = fc
  .record({
    targets: fc.array(
      fc.record({
        baseline: decimalStringArbitrary,
        goal: decimalStringArbitrary,
        milestone: fc.option(decimalStringArbitrary, { nil: undefined }),
        kind: fc.constantFrom<"linear" | "step" | "compound" | "period-target">(
          "linear",
          "step",
          "compound",
          "period-target",
        ),
        polarity: fc.constantFrom<"higher-is-better" | "lower-is-better" | "in-band">(
          "higher-is-better",
          "lower-is-better",
          "in-band",
        ),
        band: fc.boolean(),
        // "cumulative" is the deprecated `cumulative: true`, a synonym of running-total.
        aggregation: fc.constantFrom("snapshot", "cumulative", "running-total", "year-to-date-rate"),
        lagDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        tolerance: fc.oneof(
          fc.constant(undefined),
          fc.integer({ min: 0, max: 20 }).map((p) => ({ percent: String(p) })),
          decimalStringArbitrary.map((v) => ({ absolute: toCanonicalString(toDecimal(v).abs()) })),
        ),
        offsets: fc.array(
          fc.record({
            day: fc.integer({ min: -30, max: 900 }),
            onBoundary: fc.integer({ min: 0, max: 3 }),
            noise: decimalStringArbitrary,
          }),
          { maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    scale: fc.constantFrom(RAG, BRAG, DCA5),
  })
  .map(({ targets, scale }) => {
    const framework: Framework = {
      id: "fw",
      name: "Kernel",
      owners: [],
      plans: [],
      objectives: [],
      indicators: [],
      targets: [],
      measurements: [],
    };
    targets.forEach((t, i) => {
      framework.indicators.push({
        id: `pi-${i}`,
        title: "PI",
        unit: "u",
        polarity: t.polarity,
        measure: "outcome",
        frequency: "quarterly",
        ...(t.aggregation === "cumulative"
          ? { cumulative: true }
          : t.aggregation === "snapshot"
            ? {}
            : { aggregation: t.aggregation }),
        ...(t.lagDays === undefined ? {} : { lagDays: t.lagDays }),
      });
      const baselineDate = fromDayNumber(START);
      const goalDate = fromDayNumber(START + 730);
      const [low, high] = toDecimal(t.baseline).lessThan(t.goal) ? [t.baseline, t.goal] : [t.goal, t.baseline];
      framework.targets.push({
        id: `t-${i}`,
        objective: "o",
        indicator: `pi-${i}`,
        baseline: { date: baselineDate, value: t.baseline },
        goal: t.band ? { date: goalDate, low, high } : { date: goalDate, value: t.goal },
        ...(t.milestone === undefined
          ? {}
          : { milestones: [{ date: fromDayNumber(START + 365), value: t.milestone }] }),
        trajectory: t.kind,
        ...(t.tolerance === undefined ? {} : { tolerance: t.tolerance }),
      });
      for (const offset of t.offsets) {
        // Measurements exactly on the expected value, on an absolute tolerance edge, or anywhere.
        const date = fromDayNumber(START + offset.day);
        const exactTolerance = t.tolerance !== undefined && "absolute" in t.tolerance ? t.tolerance.absolute : "0";
        const onGoal = t.band ? low : t.goal;
        const value =
          offset.onBoundary === 0
            ? onGoal
            : offset.onBoundary === 1
              ? toCanonicalString(toDecimal(onGoal).minus(exactTolerance))
              : offset.onBoundary === 2
                ? toCanonicalString(toDecimal(onGoal).plus(exactTolerance))
                : offset.noise;
        defined(framework.measurements).push({ indicator: `pi-${i}`, date, value });
      }
    });
    return { framework: deepFreeze(framework), scale };
  });

/** statusHistory gives every target the status evaluateTarget gives it, at each date (days from START). */
function expectAgreement(framework: Framework, scale: Scale, offsets: readonly number[]): void {
  const dates = offsets.map((offset) => fromDayNumber(START + offset));
  const index = indexFramework(framework);
  const history = statusHistory(index, { dates, scale });
  for (const row of history.targets) {
    row.statuses.forEach((status, i) => {
      expect(status).toBe(evaluateTarget(index, row.target, { asOf: defined(dates[i]), scale }).status);
    });
  }
}

describe("statusHistory", () => {
  it("decides exactly where floats would not: 0.1 + 0.2 against a tolerance of 0.1", () => {
    // Half way from 0.1 to 0.5 the expectation is 0.3 exactly; in floats 0.30000000000000004.
    // 0.2 falls short by exactly the tolerance (0.1): amber, where a float comparison says red.
    const framework = deepFreeze(
      parseFramework({
        id: "fw",
        name: "Exact",
        owners: [],
        plans: [],
        objectives: [],
        indicators: [
          {
            id: "pi",
            title: "PI",
            unit: "u",
            polarity: "higher-is-better",
            measure: "outcome",
            frequency: "quarterly",
          },
        ],
        targets: [
          {
            id: "t",
            objective: "o",
            indicator: "pi",
            baseline: { date: "2001-01-01", value: "0.1" },
            goal: { date: "2001-01-03", value: "0.5" },
            tolerance: { absolute: "0.1" },
          },
        ],
        measurements: [{ indicator: "pi", date: "2001-01-02", value: "0.2" }],
      }),
    );
    expect(0.1 + (0.5 - 0.1) * 0.5 - 0.2 > 0.1).toBe(true);
    expect(statusHistory(framework, { dates: ["2001-01-02"] }).targets[0]?.statuses).toEqual(["amber"]);
    expect(evaluateTarget(framework, "t", { asOf: "2001-01-02" }).status).toBe("amber");
  });

  it("agrees with evaluateTarget when measurements sit exactly on interpolated thresholds (property)", () => {
    // Spans of 730 days measured every 73 days interpolate in tenths, so expectations terminate.
    const exactCase = fc.record({
      baseline: fc.integer({ min: -500, max: 500 }).map((n) => (n / 10).toString()),
      goal: fc.integer({ min: -500, max: 500 }).map((n) => (n / 10).toString()),
      step: fc.integer({ min: 1, max: 9 }),
      tolerance: fc.integer({ min: 0, max: 30 }).map((n) => (n / 10).toString()),
      side: fc.constantFrom(-1, 0, 1),
      polarity: fc.constantFrom<"higher-is-better" | "lower-is-better">("higher-is-better", "lower-is-better"),
      scale: fc.constantFrom(RAG, DCA5, BRAG),
    });
    fc.assert(
      fc.property(exactCase, (c) => {
        const day = START + 73 * c.step;
        const date = fromDayNumber(day);
        const expected = toDecimal(c.baseline).plus(toDecimal(c.goal).minus(c.baseline).times(c.step).div(10));
        const bad = c.polarity === "higher-is-better" ? -1 : 1;
        const actual = toCanonicalString(
          expected
            .plus(toDecimal(c.tolerance).times(c.side === 0 ? 0 : bad))
            .plus(c.side === 1 ? toDecimal(c.tolerance).times(bad) : 0),
        );
        const framework = deepFreeze(
          parseFramework({
            id: "fw",
            name: "Exact",
            owners: [],
            plans: [],
            objectives: [],
            indicators: [
              { id: "pi", title: "PI", unit: "u", polarity: c.polarity, measure: "outcome", frequency: "quarterly" },
            ],
            targets: [
              {
                id: "t",
                objective: "o",
                indicator: "pi",
                baseline: { date: fromDayNumber(START), value: c.baseline },
                goal: { date: fromDayNumber(START + 730), value: c.goal },
                tolerance: { absolute: c.tolerance },
              },
            ],
            measurements: [{ indicator: "pi", date, value: actual }],
          }),
        );
        expect(statusHistory(framework, { dates: [date], scale: c.scale }).targets[0]?.statuses[0]).toBe(
          evaluateTarget(framework, "t", { asOf: date, scale: c.scale }).status,
        );
      }),
      { numRuns: runs(500) },
    );
  });

  it("agrees with evaluateTarget on every target and date, boundaries included (property)", () => {
    fc.assert(
      fc.property(
        frameworkArbitrary,
        fc.array(fc.integer({ min: -60, max: 1000 }), { minLength: 1, maxLength: 5 }),
        ({ framework, scale }, offsets) => {
          expectAgreement(framework, scale, offsets);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("agrees with evaluateTarget on relative goals, resolved once for both (property)", () => {
    // The same frameworks with each point goal written as a change from the baseline: an amount
    // (the same goal exactly) or a percentage (the goal to 20 places, so near every boundary).
    const relative = (framework: Framework): Framework => ({
      ...framework,
      targets: framework.targets.map((target, i) => {
        const goal = target.goal;
        if (!("value" in goal)) return target;
        const baseline = toDecimal(target.baseline.value);
        const amount = toDecimal(goal.value).minus(baseline);
        const change =
          i % 2 === 0 || baseline.isZero()
            ? { absolute: toCanonicalString(amount) }
            : { percent: amount.div(baseline).times(100).toFixed(20) };
        return { ...target, goal: { date: goal.date, change } };
      }),
    });
    fc.assert(
      fc.property(
        frameworkArbitrary,
        fc.array(fc.integer({ min: -60, max: 1000 }), { minLength: 1, maxLength: 5 }),
        ({ framework, scale }, offsets) => {
          expectAgreement(relative(framework), scale, offsets);
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it("agrees with evaluateTarget under a council's own rules: material shortfalls and a status rule (property)", () => {
    // Issue 20: the same frameworks with a material shortfall (the framework's for the unit, or an
    // indicator's own, often the very tolerance the figures sit on, so the boundary is hit), and
    // Havering's rule (within a percentage, else year on year) on half of them.
    const ownRules = (
      framework: Framework,
      material: string,
      withinPercent: string | undefined,
      perIndicator: boolean,
    ): Framework => ({
      ...framework,
      ...(perIndicator ? {} : { materialShortfalls: [{ unit: "u", materialShortfall: { absolute: material } }] }),
      ...(withinPercent === undefined
        ? {}
        : { statusRule: { kind: "within-percent-else-year-on-year" as const, withinPercent } }),
      indicators: framework.indicators.map((indicator, i) =>
        perIndicator && i % 2 === 0 ? { ...indicator, materialShortfall: { points: material } } : indicator,
      ),
    });
    fc.assert(
      fc.property(
        frameworkArbitrary,
        fc.array(fc.integer({ min: -60, max: 1000 }), { minLength: 1, maxLength: 5 }),
        fc.oneof(
          decimalStringArbitrary.map((v) => toCanonicalString(toDecimal(v).abs())),
          fc.constantFrom("0", "0.5", "1", "1000000", "1e+30"),
        ),
        fc.boolean(),
        fc.option(fc.constantFrom("0", "10", "2.5"), { nil: undefined }),
        fc.boolean(),
        ({ framework, scale }, offsets, material, onTolerance, withinPercent, perIndicator) => {
          const tolerance = framework.targets.map((t) => t.tolerance).find((t) => t !== undefined && "absolute" in t);
          const amount =
            onTolerance && tolerance !== undefined && "absolute" in tolerance
              ? String(tolerance.absolute)
              : toCanonicalString(toDecimal(material));
          expectAgreement(ownRules(framework, amount, withinPercent, perIndicator), scale, offsets);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it("gives the Stockton statuses of July 2001 and counts them per date", () => {
    const stockton = deepFreeze(parseFramework(loadExample("stockton")));
    const history = statusHistory(stockton, { dates: ["2001-03-01", "2001-07-15"] });
    expect(history.counts[1]).toEqual({
      blue: 0,
      // New Deal (7 points: 40.5 against 40.58) is amber.
      green: 3,
      "amber-green": 0,
      amber: 3,
      "amber-red": 0,
      red: 2,
      // The three annual targets await their first figures (see evaluateTarget.test.ts).
      "no-data": 0,
      "not-started": 0,
      "awaiting-data": 3,
    });
    expect(history.targets.find((row) => row.target === "t-zero-homelessness")?.statuses).toEqual([
      "not-started",
      "green",
    ]);
    expect(jsonCopy(history)).toEqual(history);
  });

  it("reuses an index's compiled targets and refuses bad dates", () => {
    const index = indexFramework(parseFramework(loadExample("stockton")));
    expect(statusHistory(index, { dates: ["2001-07-15"] })).toEqual(statusHistory(index, { dates: ["2001-07-15"] }));
    expect(() => statusHistory(index, { dates: ["2001-13-01"] })).toThrow(/not a calendar date/);
  });
});
