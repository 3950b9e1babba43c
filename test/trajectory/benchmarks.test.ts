import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/internal/decimal.js";
import {
  BRAG,
  type Benchmark,
  type Framework,
  type Polarity,
  type Target,
  TrajectoryError,
  evaluateFramework,
  evaluateTarget,
  expectedValue,
  indexFramework,
  parseFramework,
  safeParseFramework,
  statusHistory,
} from "../../src/index.js";
import { goalValue } from "../../src/model/goal.js";
import { quartileOf } from "../../src/trajectory/benchmarks.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { runs } from "../helpers/runs.js";

const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));

/** Illustrative quartiles of re-lets within 28 days (%), as an Audit Commission table would give them. */
const BENCHMARKS: Benchmark[] = [
  {
    indicator: "pi-relet-28-days",
    date: "2001-03-31",
    group: "all England",
    lowerQuartile: "72",
    median: "80",
    upperQuartile: "88",
    source: "Audit Commission 2000/01",
  },
  {
    indicator: "pi-relet-28-days",
    date: "2001-03-31",
    group: "family group",
    lowerQuartile: "75",
    median: "79",
    upperQuartile: "84",
  },
  // Published after June 2001: not used for the June figure.
  {
    indicator: "pi-relet-28-days",
    date: "2001-07-31",
    group: "all England",
    lowerQuartile: "74",
    median: "82",
    upperQuartile: "90",
  },
  // A group whose first benchmark comes later: left out in June.
  {
    indicator: "pi-relet-28-days",
    date: "2002-03-31",
    group: "metropolitan districts",
    lowerQuartile: "70",
    median: "78",
    upperQuartile: "86",
  },
];

function withBenchmarks(patch: Partial<Target> = {}, benchmarks = BENCHMARKS): Framework {
  return {
    ...stockton,
    benchmarks,
    targets: stockton.targets.map((t) => (t.id === "t-relet-28-days" ? { ...t, ...patch } : t)),
  };
}

const topQuartileBy2004: Partial<Target> = {
  goal: { date: "2004-03-31", quartile: { group: "all England", position: 1 } },
};

/** The re-let target's status through evaluateTarget, statusHistory and evaluateFramework (status). */
function statuses(framework: Framework, asOf: string): string[] {
  const id = "t-relet-28-days";
  return [
    evaluateTarget(framework, id, { asOf }).status,
    statusHistory(framework, { dates: [asOf] }).targets.find((t) => t.target === id)?.statuses[0] ?? "",
    evaluateFramework(framework, { asOf, detail: "status" }).targets.find((t) => t.target === id)?.status ?? "",
  ];
}

describe("the Benchmark model", () => {
  it("parses with the framework and refuses quartiles out of order, at the value out of place", () => {
    expect(safeParseFramework(withBenchmarks()).success).toBe(true);
    const bad = safeParseFramework({ ...stockton, benchmarks: [{ ...BENCHMARKS[0], median: "90" }] });
    expect(bad.success).toBe(false);
    const issue = bad.success ? undefined : bad.error.issues[0];
    expect(issue?.path).toEqual(["benchmarks", 0, "upperQuartile"]);
    expect(issue?.message).toContain("lowerQuartile ≤ median ≤ upperQuartile");
    const low = safeParseFramework({ ...stockton, benchmarks: [{ ...BENCHMARKS[0], lowerQuartile: "81" }] });
    expect(low.success ? undefined : low.error.issues[0]?.path).toEqual(["benchmarks", 0, "median"]);
  });
});

describe("an evaluation's quartile positions", () => {
  it("Stockton's June 2001 re-lets (79%): third quartile in England (72 ≤ 79 < 80), second in the family group (79 ≤ 79 < 84)", () => {
    const evaluation = evaluateTarget(withBenchmarks(), "t-relet-28-days", { asOf: "2001-07-15" });
    // The June figure is judged by the March benchmarks; the July one and the 2002 group are not yet out.
    expect(evaluation.benchmarks).toEqual([
      { group: "all England", date: "2001-03-31", quartile: 3, source: "Audit Commission 2000/01" },
      { group: "family group", date: "2001-03-31", quartile: 2, source: null },
    ]);
    // A value on the median takes the better quartile: 79 is the family group's median, so quartile 2.
  });

  it("is empty with no benchmarks, no actual, or an in-band indicator", () => {
    // Stockton's example carries illustrative benchmarks (issue 21): without them, none.
    expect(
      evaluateTarget({ ...stockton, benchmarks: [] }, "t-relet-28-days", { asOf: "2001-07-15" }).benchmarks,
    ).toEqual([]);
    expect(evaluateTarget(withBenchmarks(), "t-relet-28-days", { asOf: "2001-04-15" }).benchmarks).toEqual([]);
    const inBand = {
      ...withBenchmarks(),
      indicators: stockton.indicators.map((i) =>
        i.id === "pi-relet-28-days" ? { ...i, polarity: "in-band" as const } : i,
      ),
    };
    expect(evaluateTarget(inBand, "t-relet-28-days", { asOf: "2001-07-15" }).benchmarks).toEqual([]);
  });

  it("quartile 1 is the best for the polarity, boundaries going to the better quartile", () => {
    const england = BENCHMARKS[0] as Benchmark;
    const at = (value: string, polarity: Polarity) => quartileOf(toDecimal(value), england, polarity);
    expect(["88", "87.9", "80", "79.9", "72", "71.9"].map((v) => at(v, "higher-is-better"))).toEqual([
      1, 2, 2, 3, 3, 4,
    ]);
    expect(["72", "72.1", "80", "80.1", "88", "88.1"].map((v) => at(v, "lower-is-better"))).toEqual([1, 2, 2, 3, 3, 4]);
    expect(at("80", "in-band")).toBeUndefined();
  });

  const quartilesArbitrary = fc
    .tuple(decimalStringArbitrary, decimalStringArbitrary, decimalStringArbitrary)
    .map((values) => values.map((v) => toDecimal(v)).sort((a, b) => a.comparedTo(b)))
    .map(([lower, median, upper]): Benchmark => ({
      indicator: "i",
      date: "2001-03-31",
      group: "g",
      lowerQuartile: String(lower),
      median: String(median),
      upperQuartile: String(upper),
    }));

  it("is monotone in the actual: a better value never has a worse quartile (property)", () => {
    fc.assert(
      fc.property(quartilesArbitrary, decimalStringArbitrary, decimalStringArbitrary, (benchmark, a, b) => {
        const [low, high] = toDecimal(a).lessThan(toDecimal(b)) ? [a, b] : [b, a];
        const higher = (v: string) => quartileOf(toDecimal(v), benchmark, "higher-is-better") ?? 0;
        const lower = (v: string) => quartileOf(toDecimal(v), benchmark, "lower-is-better") ?? 0;
        expect(higher(high)).toBeLessThanOrEqual(higher(low));
        expect(lower(low)).toBeLessThanOrEqual(lower(high));
      }),
      { numRuns: runs(500) },
    );
  });

  it("mirrors: lower-is-better on v is higher-is-better on −v with the quartiles negated and swapped (property)", () => {
    fc.assert(
      fc.property(quartilesArbitrary, decimalStringArbitrary, (benchmark, value) => {
        const negated: Benchmark = {
          ...benchmark,
          lowerQuartile: toDecimal(benchmark.upperQuartile).negated().toFixed(),
          median: toDecimal(benchmark.median).negated().toFixed(),
          upperQuartile: toDecimal(benchmark.lowerQuartile).negated().toFixed(),
        };
        expect(quartileOf(toDecimal(value), benchmark, "lower-is-better")).toBe(
          quartileOf(toDecimal(value).negated(), negated, "higher-is-better"),
        );
      }),
      { numRuns: runs(500) },
    );
  });
});

describe("a quartile goal: 'top quartile by 2004'", () => {
  it("expects the upper quartile of the group's latest benchmark: 79% against 88 is red, 85 amber, 88 green", () => {
    // Expectation 88 (all England's upper quartile, March 2001). Default tolerance 5% of 88 = 4.4.
    // 79: shortfall 9 > 4.4, red. 85: shortfall 3 ≤ 4.4, amber. 88: on the boundary, green.
    const june = evaluateTarget(withBenchmarks(topQuartileBy2004), "t-relet-28-days", { asOf: "2001-07-15" });
    expect([june.status, june.expected, june.tolerance, june.goal, june.band, june.progressPercent]).toEqual([
      "red",
      "88",
      "4.4",
      null,
      null,
      null,
    ]);
    expect(june.forecast.value).toBeNull();
    const at = (value: string) => ({
      ...withBenchmarks(topQuartileBy2004),
      measurements: [...(stockton.measurements ?? []), { indicator: "pi-relet-28-days", date: "2001-06-30", value }],
    });
    expect(statuses(at("79"), "2001-07-15")).toEqual(["red", "red", "red"]);
    expect(statuses(at("85"), "2001-07-15")).toEqual(["amber", "amber", "amber"]);
    expect(statuses(at("88"), "2001-07-15")).toEqual(["green", "green", "green"]);
    // The August figure is judged against the July benchmark: upper quartile 90, so 88 is short by 2 (≤ 4.5): amber.
    const august = {
      ...at("88"),
      measurements: [...at("88").measurements, { indicator: "pi-relet-28-days", date: "2001-08-31", value: "88" }],
    };
    expect(statuses(august, "2001-09-15")).toEqual(["amber", "amber", "amber"]);
    expect(evaluateTarget(august, "t-relet-28-days", { asOf: "2001-09-15", scale: BRAG }).status).toBe("amber");
  });

  it("positions 2 and 3 expect the median and the lower quartile; lower-is-better mirrors them", () => {
    const expected = (position: 1 | 2 | 3, polarity: Polarity) => {
      const framework = {
        ...withBenchmarks({ goal: { date: "2004-03-31", quartile: { group: "all England", position } } }),
        indicators: stockton.indicators.map((i) => (i.id === "pi-relet-28-days" ? { ...i, polarity } : i)),
      };
      return evaluateTarget(framework, "t-relet-28-days", { asOf: "2001-07-15" }).expected;
    };
    expect([1, 2, 3].map((p) => expected(p as 1 | 2 | 3, "higher-is-better"))).toEqual(["88", "80", "72"]);
    expect([1, 2, 3].map((p) => expected(p as 1 | 2 | 3, "lower-is-better"))).toEqual(["72", "80", "88"]);
    // An in-band indicator has no best quartile: no expectation, no data.
    expect(expected(1, "in-band")).toBeNull();
  });

  it("is no-data before the group's first benchmark, in every engine", () => {
    const metropolitan = withBenchmarks({
      goal: { date: "2004-03-31", quartile: { group: "metropolitan districts", position: 1 } },
    });
    expect(statuses(metropolitan, "2001-07-15")).toEqual(["no-data", "no-data", "no-data"]);
  });

  it("has no single goal value: goalValue is undefined and expectedValue refuses it", () => {
    const target = { ...(stockton.targets.find((t) => t.id === "t-relet-28-days") as Target), ...topQuartileBy2004 };
    expect(goalValue(target)).toBeUndefined();
    expect(() => expectedValue(target, "2001-07-15")).toThrow(TrajectoryError);
    expect(indexFramework(withBenchmarks(topQuartileBy2004)).targets.get("t-relet-28-days")?.goal).toEqual(
      topQuartileBy2004.goal,
    );
  });
});
