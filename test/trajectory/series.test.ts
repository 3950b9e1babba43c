import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { type Framework, type Measurement, evaluateTarget, indexFramework, statusHistory } from "../../src/index.js";
import { firstAfter, firstOnOrAfter, latestOnOrBefore, seriesOf } from "../../src/trajectory/series.js";

const START = toDayNumber("2001-01-01");

/** A framework of `targets` targets on one indicator (and, if asked, all judged against a comparator) with `measured` measurements. */
function crowded(targets: number, measured: number, comparator: boolean, baselineFrom = 0): Framework {
  const measurements: Measurement[] = [];
  for (let i = 0; i < measured; i += 1) {
    measurements.push({ indicator: "pi", date: fromDayNumber(START + i * 3), value: String(50 + (i % 9)) });
    if (comparator) measurements.push({ indicator: "cmp", date: fromDayNumber(START + i * 3), value: "52" });
  }
  return {
    id: "fw",
    name: "Crowded",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      { id: "pi", title: "PI", unit: "u", polarity: "higher-is-better", measure: "outcome", frequency: "monthly" },
      {
        id: "cmp",
        title: "Comparator",
        unit: "u",
        polarity: "higher-is-better",
        measure: "outcome",
        frequency: "monthly",
      },
    ],
    targets: Array.from({ length: targets }, (_, t) => ({
      id: `t${String(t)}`,
      objective: "o",
      indicator: "pi",
      baseline: { date: fromDayNumber(START + baselineFrom + ((t * 7) % (measured * 3))), value: "50" },
      goal: { date: fromDayNumber(START + measured * 3 + 400), value: "60" },
      ...(comparator ? { comparator: { indicator: "cmp" } } : {}),
    })),
    measurements,
  };
}

/** The framework with every measurement's date behind a getter that counts its reads. */
function countingDateReads(framework: Framework): { framework: Framework; reads: () => number } {
  let reads = 0;
  const measurements = (framework.measurements ?? []).map((m) => {
    const date = m.date;
    return Object.defineProperty({ ...m }, "date", {
      enumerable: true,
      get: () => {
        reads += 1;
        return date;
      },
    });
  });
  return { framework: { ...framework, measurements }, reads: () => reads };
}

/** How many times the measurements' dates are read by `run` at size n and at 4n, as a ratio. */
function growth(build: (n: number) => Framework, run: (framework: Framework, n: number) => void, n: number): number {
  const counts = [n, 4 * n].map((size) => {
    const counting = countingDateReads(build(size));
    run(counting.framework, size);
    return counting.reads();
  });
  return (counts[1] as number) / (counts[0] as number);
}

const DATES = ["2001-06-01", "2001-12-31", "2002-06-01", "2003-01-01"];

describe("the shared indicator series", () => {
  it("finds the first position on or after a day, and the end of those on or before it", () => {
    const days = Int32Array.from([1, 3, 3, 3, 7]);
    expect([0, 1, 3, 4, 8].map((day) => firstOnOrAfter(days, day))).toEqual([0, 0, 1, 4, 5]);
    expect([0, 1, 3, 4, 8].map((day) => firstAfter(days, day))).toEqual([0, 1, 4, 4, 5]);
    expect(firstAfter(days, 3, 2)).toBe(4);
    expect(firstOnOrAfter(days, 0, 2)).toBe(2);
    expect(firstAfter(days, 9, 0, 3)).toBe(3);
  });

  it("is compiled once per index and shared by every target on the indicator", () => {
    const index = indexFramework(crowded(3, 5, false));
    const series = seriesOf(index, "pi");
    expect(seriesOf(index, "pi")).toBe(series);
    expect(series.measurements).toEqual(index.measurementsByIndicator.get("pi"));
    expect(Array.from(series.days)).toEqual(series.measurements.map((m) => toDayNumber(m.date)));
    expect(Array.from(series.values)).toEqual(series.measurements.map((m) => Number(m.value)));
    expect(seriesOf(index, "nothing").measurements).toEqual([]);
  });

  it("keeps several measurements on one date in the framework's order, the last counting", () => {
    const framework: Framework = {
      ...crowded(1, 0, false),
      measurements: [
        { indicator: "pi", date: "2001-03-01", value: "1" },
        { indicator: "pi", date: "2001-02-01", value: "2" },
        { indicator: "pi", date: "2001-03-01", value: "3" },
        { indicator: "pi", date: "2001-03-01", value: "4" },
      ],
    };
    const series = seriesOf(indexFramework(framework), "pi");
    expect(series.measurements.map((m) => m.value)).toEqual(["2", "1", "3", "4"]);
    expect(latestOnOrBefore(series, toDayNumber("2001-03-01"))?.value).toBe("4");
    expect(latestOnOrBefore(series, toDayNumber("2001-02-28"))?.value).toBe("2");
    expect(latestOnOrBefore(series, toDayNumber("2001-01-31"))).toBeUndefined();
    expect(evaluateTarget(framework, "t0", { asOf: "2001-03-01" }).actual).toBe("4");
  });
});

// Regressions: the engines filtered the whole series per target (and per comparator judgement), so
// the reads of measurements' dates grew with targets × measurements. They now grow n log n.
describe("no quadratic paths through an indicator's series", () => {
  it.each([
    ["the status kernel finds each target's start and latest measurement by search", false, 100],
    ["comparator targets find the comparator's value by search", true, 60],
  ])("%s", (_, comparator, n) => {
    const ratio = growth(
      (size) => crowded(size, size, comparator),
      (framework) => statusHistory(framework, { dates: DATES }),
      n,
    );
    expect(ratio).toBeLessThan(6);
  });

  it("evaluateTarget finds its window, previous and year-ago measurements by search", () => {
    // Baselines near the series' end, so each window (and the forecast over it) stays small.
    const ratio = growth(
      (n) => crowded(n, n, false, 0),
      (framework, n) => {
        const index = indexFramework(framework);
        const asOf = fromDayNumber(START + 30);
        for (let t = 0; t < n; t += 1) evaluateTarget(index, `t${String(t)}`, { asOf });
      },
      100,
    );
    expect(ratio).toBeLessThan(6);
  });
});
