import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { BRAG, type Framework, type Measurement, evaluateTarget, indexFramework } from "../../src/index.js";

const GOAL_DAY = toDayNumber("2004-03-31");

/**
 * One target holding 75 from 31 March 2004 (its goal dated on its baseline: a standard, issue 8,
 * which never ends), and one measurement a day from 1 April 2004. (A goal dated before the figures
 * would end the target: figures after its goal date are not its own.)
 */
function afterGoal(values: readonly string[], extra: Record<string, unknown> = {}): Framework {
  const measurements: Measurement[] = values.map((value, i) => ({
    indicator: "pi",
    date: fromDayNumber(GOAL_DAY + 1 + i),
    value,
  }));
  return {
    id: "fw",
    name: "Long runs",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      { id: "pi", title: "PI", unit: "u", polarity: "higher-is-better", measure: "outcome", frequency: "monthly" },
    ],
    targets: [
      {
        id: "t",
        objective: "o",
        indicator: "pi",
        baseline: { date: "2004-03-31", value: "60" },
        goal: { date: "2004-03-31", value: "75" },
        tolerance: { absolute: "1" },
        ...extra,
      },
    ],
    measurements,
  };
}

const lastDay = (count: number): string => fromDayNumber(GOAL_DAY + count);

describe("consecutiveRed on long runs", () => {
  it("stops at one figure exactly on the red line hidden in 3,000 red days, whichever way a shared index is asked", () => {
    // 73.999999 is 1.000001 short of 75 with a tolerance of 1: red. 74 is exactly 1 short: amber.
    const values = Array.from({ length: 3000 }, (_, i) => (i === 1000 ? "74" : "73.999999"));
    const framework = afterGoal(values);
    expect(evaluateTarget(framework, "t", { asOf: lastDay(3000) }).consecutiveRed).toBe(1999);
    expect(evaluateTarget(framework, "t", { asOf: lastDay(1001) }).status).toBe("amber");
    expect(evaluateTarget(framework, "t", { asOf: lastDay(1000) }).consecutiveRed).toBe(1000);
    // The same index asked for every date, latest first then earliest first: each count as a fresh one gives.
    const index = indexFramework(framework);
    for (const asOf of [3000, 2999, 1500, 1002, 1001, 1000, 1, 2, 999, 1003, 3000].map(lastDay)) {
      const fresh = evaluateTarget(framework, "t", { asOf });
      expect(evaluateTarget(index, "t", { asOf }).consecutiveRed).toBe(fresh.consecutiveRed);
    }
    expect(evaluateTarget(index, "t", { asOf: lastDay(1003) }).consecutiveRed).toBe(2);
  });

  it("does not count a blue figure, however far it falls short of the path", () => {
    // BRAG: a stretch of 10 set below the path, so 20 is 55 short of 75 (red by the path) and blue by the stretch.
    const values = Array.from({ length: 2000 }, (_, i) => (i < 800 ? "20" : "5"));
    const framework = afterGoal(values, { stretch: { value: "10" } });
    expect(evaluateTarget(framework, "t", { asOf: lastDay(800), scale: BRAG }).status).toBe("blue");
    expect(evaluateTarget(framework, "t", { asOf: lastDay(2000), scale: BRAG }).consecutiveRed).toBe(1200);
  });

  it("counts dates, not figures: ten returns on each of 500 days are 500 red periods", () => {
    const framework = afterGoal([]);
    const measurements = Array.from({ length: 5000 }, (_, i) => ({
      indicator: "pi",
      date: fromDayNumber(GOAL_DAY + 1 + Math.floor(i / 10)),
      // The first nine returns of each day are green (superseded); the last is red.
      value: i % 10 === 9 ? "10" : "90",
    }));
    const evaluation = evaluateTarget({ ...framework, measurements }, "t", { asOf: lastDay(500) });
    expect([evaluation.status, evaluation.consecutiveRed]).toEqual(["red", 500]);
  });

  /** One target from 100 on 2001-01-01, one daily figure per entry of `values` from the day after. */
  function daily(values: readonly (readonly [number, string])[], extra: Record<string, unknown>): Framework {
    const start = toDayNumber("2001-01-01");
    return {
      ...afterGoal([]),
      targets: [
        {
          id: "t",
          objective: "o",
          indicator: "pi",
          baseline: { date: "2001-01-01", value: "100" },
          goal: { date: fromDayNumber(start + 1000), value: "100" },
          ...extra,
        },
      ],
      measurements: values.map(([offset, value]) => ({ indicator: "pi", date: fromDayNumber(start + offset), value })),
    };
  }
  const on = (offset: number): string => fromDayNumber(toDayNumber("2001-01-01") + offset);
  const revisedTo0 = (offset: number) => ({
    revisions: [{ date: on(offset), goal: { date: on(1000), value: "0" }, reason: "Lowered" }],
  });

  it("does not carry one goal's red across a revision: a figure green by the revised goal ends the run", () => {
    // From day 200 the goal is 0 by day 1000 (the path falls 0.1 a day from 100): 90 on days 200–210 is
    // green by it, though 10 short of the original flat 100 (red by that). 10 from day 211 is red by either.
    const values = [
      ...Array.from({ length: 199 }, (_, i) => [1 + i, "10"] as const),
      ...Array.from({ length: 11 }, (_, i) => [200 + i, "90"] as const),
      ...Array.from({ length: 10 }, (_, i) => [211 + i, "10"] as const),
    ];
    const framework = daily(values, revisedTo0(200));
    expect(evaluateTarget(framework, "t", { asOf: on(210) }).status).toBe("green");
    expect(evaluateTarget(framework, "t", { asOf: on(220) }).consecutiveRed).toBe(10);
  });

  it("judges a revised goal's dates by the default tolerance of the revised goal, not the original's", () => {
    // Revised on day 1 to 0 by day 1000: the default tolerance is 5% of the larger of the expectation
    // and the span 100, so 5, where the original flat goal's would be 1 at an expectation of 20. 16 on
    // day 800 (expected 20) is 4 short: amber by 5, red by 1.
    const values = [...Array.from({ length: 101 }, (_, i) => [700 + i, "16"] as const), [801, "0"] as const];
    const framework = daily(values, revisedTo0(1));
    expect(evaluateTarget(framework, "t", { asOf: on(800) }).status).toBe("amber");
    expect(evaluateTarget(framework, "t", { asOf: on(801) }).consecutiveRed).toBe(1);
  });

  it("judges a band whose edges are the wrong way round from the edge the judgement uses", () => {
    // A band from 10 to 5 with a 60% tolerance: 9 is below 10, 1 short of that edge against a
    // tolerance of 6: amber (though 9 is more than 60% of 5 above the other edge). 100 is red.
    const values = [...Array.from({ length: 50 }, (_, i) => [1 + i, "9"] as const), [51, "100"] as const];
    const framework = daily(values, { goal: { date: on(1000), low: "10", high: "5" }, tolerance: { percent: "60" } });
    expect(evaluateTarget(framework, "t", { asOf: on(50) }).status).toBe("amber");
    expect(evaluateTarget(framework, "t", { asOf: on(51) }).consecutiveRed).toBe(1);
  });

  /** A target compared with a region's series (no tolerance: a miss is red), with daily figures of its own. */
  function compared(
    values: readonly (readonly [number, string])[],
    region: readonly (readonly [number, string])[],
    margin: string,
  ): Framework {
    const framework = daily(values, { comparator: { indicator: "region", margin } });
    return {
      ...framework,
      indicators: [
        ...framework.indicators,
        {
          id: "region",
          title: "Region",
          unit: "u",
          polarity: "higher-is-better",
          measure: "outcome",
          frequency: "monthly",
        },
      ],
      measurements: [
        ...(framework.measurements ?? []),
        ...region.map(([offset, value]) => ({ indicator: "region", date: on(offset), value })),
      ],
    };
  }
  const fifty = (from: number, count: number, value = "50") =>
    Array.from({ length: count }, (_, i) => [from + i, value] as const);

  it("reads a comparator's later figures: a region falling from 90 to 10 makes 50 green from that day", () => {
    const framework = compared(
      [...fifty(1, 150), [151, "0"]],
      [
        [0, "90"],
        [100, "10"],
      ],
      "0",
    );
    expect(evaluateTarget(framework, "t", { asOf: on(99) }).status).toBe("red");
    expect(evaluateTarget(framework, "t", { asOf: on(150) }).status).toBe("green");
    expect(evaluateTarget(framework, "t", { asOf: on(151) }).consecutiveRed).toBe(1);
  });

  it("moves a comparator by its margin toward the good: 5 below a region of 50 expects 45", () => {
    const framework = compared([...fifty(1, 50), [51, "0"]], [[0, "50"]], "-5");
    expect(evaluateTarget(framework, "t", { asOf: on(50) }).status).toBe("green");
    expect(evaluateTarget(framework, "t", { asOf: on(51) }).consecutiveRed).toBe(1);
  });

  it("does not count the days before the comparator's first figure, which have no data", () => {
    const framework = compared(fifty(1, 150, "0"), [[100, "50"]], "0");
    expect(evaluateTarget(framework, "t", { asOf: on(99) }).status).toBe("no-data");
    expect(evaluateTarget(framework, "t", { asOf: on(150) }).consecutiveRed).toBe(51);
  });
});
