import { describe, expect, it } from "vitest";
import { formatScalingTable, netGrowth, timeAtNAnd4N, tooSteep } from "../../bench/scaling.bench.js";
import * as shapes from "../../bench/shapes.js";
import { MAX_FRAMEWORK_ISSUES, type Framework, evaluateFramework, safeParseFramework } from "../../src/index.js";
import { defined } from "../helpers/defined.js";

/** Parses a generated framework through a JSON round trip (as a council system's export would come) and returns it. */
function parsed(framework: Framework): Framework {
  const result = safeParseFramework(JSON.parse(JSON.stringify(framework)));
  expect(result.success ? [] : result.error.issues).toEqual([]);
  return defined(result.success ? result.data : undefined, "parsed framework");
}

describe("the scaling benchmark's shapes", () => {
  const generators: readonly [string, (n: number) => unknown][] = [
    ["objectiveWithLinks", shapes.objectiveWithLinks],
    ["targetWithMilestones", shapes.targetWithMilestones],
    ["targetsOnOneIndicator", (n) => shapes.targetsOnOneIndicator(n, n)],
    ["indicatorWithMeasurements", shapes.indicatorWithMeasurements],
    ["comparatorTargets", shapes.comparatorTargets],
    ["reviewCycleListingIds", shapes.reviewCycleListingIds],
    ["documentWithBadEntries", shapes.documentWithBadEntries],
  ];

  it.each(generators)("%s is deterministic and builds fresh objects on every call", (_, generate) => {
    const first = generate(12);
    const second = generate(12);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
  });

  it("objectiveWithLinks gives one objective with n links, each to its own parent", () => {
    const framework = parsed(shapes.objectiveWithLinks(7));
    const hub = defined(framework.objectives.find((objective) => objective.id === "hub"));
    expect(hub.contributesTo).toHaveLength(7);
    expect(new Set(hub.contributesTo?.map((link) => link.objective)).size).toBe(7);
    expect(framework.objectives).toHaveLength(8);
  });

  it("targetWithMilestones gives one target with n distinct milestones before its goal", () => {
    const framework = parsed(shapes.targetWithMilestones(30));
    const target = defined(framework.targets[0]);
    expect(framework.targets).toHaveLength(1);
    const milestones = target.milestones ?? [];
    expect(milestones).toHaveLength(30);
    expect(new Set(milestones.map((milestone) => milestone.date)).size).toBe(30);
    for (const milestone of milestones) {
      expect(milestone.date > target.baseline.date && milestone.date < target.goal.date).toBe(true);
    }
  });

  it("targetsOnOneIndicator gives n targets sharing one indicator with the measurements asked for", () => {
    const framework = parsed(shapes.targetsOnOneIndicator(9, 25));
    expect(framework.targets).toHaveLength(9);
    expect(new Set(framework.targets.map((target) => target.indicator))).toEqual(new Set(["pi"]));
    expect(framework.measurements).toHaveLength(25);
    expect(framework.measurements?.every((measurement) => measurement.indicator === "pi")).toBe(true);
  });

  it("indicatorWithMeasurements gives one target and n measurements of its indicator, repeating days past the span", () => {
    const framework = parsed(shapes.indicatorWithMeasurements(2_000));
    expect(framework.targets).toHaveLength(1);
    expect(framework.measurements).toHaveLength(2_000);
    const dates = (framework.measurements ?? []).map((measurement) => measurement.date);
    expect(dates.every((date) => date > "2001-03-31" && date <= "2004-03-31")).toBe(true);
  });

  it("comparatorTargets gives n targets compared with one regional series of n measurements", () => {
    const framework = parsed(shapes.comparatorTargets(6));
    expect(framework.targets).toHaveLength(6);
    expect(framework.targets.every((target) => target.comparator?.indicator === "region")).toBe(true);
    const measurements = framework.measurements ?? [];
    const datesOf = (indicator: string): string[] =>
      measurements.filter((measurement) => measurement.indicator === indicator).map((measurement) => measurement.date);
    expect(datesOf("region")).toHaveLength(6);
    expect(datesOf("pi-0")).toEqual(shapes.TWELVE_MONTH_ENDS);
  });

  it("reviewCycleListingIds gives one review cycle listing n objective ids", () => {
    const framework = parsed(shapes.reviewCycleListingIds(11));
    const cycle = defined(framework.reviewCycles?.[0]);
    expect(cycle.appliesTo.ids).toHaveLength(11);
    const objectiveIds = new Set(framework.objectives.map((objective) => objective.id));
    expect(cycle.appliesTo.ids?.every((id) => objectiveIds.has(id))).toBe(true);
  });

  it("documentWithBadEntries gives exactly one issue per bad entry, and the cap above it", () => {
    const below = safeParseFramework(shapes.documentWithBadEntries(15));
    expect(below.success ? [] : below.error.issues.map((issue) => issue.path.join("."))).toEqual(
      Array.from({ length: 15 }, (_, i) => `objectives.${String(i + 1)}.title`),
    );
    const above = safeParseFramework(shapes.documentWithBadEntries(MAX_FRAMEWORK_ISSUES + 10));
    expect(above.success ? 0 : above.error.issues.length).toBeLessThanOrEqual(MAX_FRAMEWORK_ISSUES + 1);
  });

  it("the quarter ends run from June 2001, three months apart", () => {
    expect(shapes.TWENTY_QUARTER_ENDS).toHaveLength(20);
    expect(shapes.TWENTY_QUARTER_ENDS.slice(0, 5)).toEqual([
      "2001-06-30",
      "2001-09-30",
      "2001-12-31",
      "2002-03-31",
      "2002-06-30",
    ]);
    expect(shapes.TWENTY_QUARTER_ENDS.at(-1)).toBe("2006-03-31");
  });
});

describe("the scaling table", () => {
  it("times an operation at n and 4n, calling prepare with both sizes", () => {
    const sizes: number[] = [];
    const { timeN, time4N } = timeAtNAnd4N((size) => {
      sizes.push(size);
      return () => size;
    }, 3);
    expect(sizes).toEqual([3, 12]);
    expect(timeN).toBeGreaterThanOrEqual(0);
    expect(time4N).toBeGreaterThanOrEqual(0);
  });

  it("marks a growth above 6× and shows the Map baseline's growth", () => {
    const table = formatScalingTable([
      { dimension: "steep", operation: "op", n: 10, timeN: 1, time4N: 16 },
      { dimension: "linear", operation: "op", n: 10, timeN: 1, time4N: 4, mapN: 2, map4N: 10 },
    ]);
    const [, , steep, linear] = table.split("\n");
    expect(steep).toMatch(/16\.0×\s+4×\s+!$/);
    expect(linear).toMatch(/4\.0×\s+4×\s+2\.0 ms \/ 10\.0 ms\s+5\.0×\s+3\.2×$/);
  });

  it("judges a row with a Map baseline net of the Map's growth", () => {
    const cliff = { dimension: "cliff", operation: "op", n: 10, timeN: 1, time4N: 10, mapN: 1, map4N: 9 };
    const steep = { dimension: "steep", operation: "op", n: 10, timeN: 1, time4N: 16, mapN: 1, map4N: 5 };
    expect(netGrowth(cliff)).toBeCloseTo(40 / 9);
    expect(tooSteep(cliff)).toBe(false);
    expect(netGrowth(steep)).toBeCloseTo(12.8);
    expect(tooSteep(steep)).toBe(true);
    expect(tooSteep({ dimension: "plain", operation: "op", n: 10, timeN: 1, time4N: 6.5 })).toBe(true);
    expect(tooSteep({ dimension: "plain", operation: "op", n: 10, timeN: 1, time4N: 5.9 })).toBe(false);
    expect(formatScalingTable([cliff]).split("\n")[2]).toMatch(/10\.0×\s+4×\s+1\.0 ms \/ 9\.0 ms\s+9\.0×\s+4\.4×$/);
  });
});

describe("issue 19's long red run shape", () => {
  it("targetsWithLongRedRun is deterministic, fresh, and every target is red on every one of its n dates", () => {
    expect(shapes.targetsWithLongRedRun(3, 12)).toEqual(shapes.targetsWithLongRedRun(3, 12));
    expect(shapes.targetsWithLongRedRun(3, 12)).not.toBe(shapes.targetsWithLongRedRun(3, 12));
    const framework = parsed(shapes.targetsWithLongRedRun(4, 1_200));
    expect(framework.targets).toHaveLength(4);
    const dates = (framework.measurements ?? []).map((measurement) => measurement.date);
    expect(new Set(dates).size).toBe(1_200);
    const evaluation = evaluateFramework(framework, { asOf: shapes.lastRedRunDate(1_200) });
    expect(evaluation.targets.map((target) => [target.status, target.consecutiveRed])).toEqual(
      Array.from({ length: 4 }, () => ["red", 1_200]),
    );
  });
});

describe("the review schedule's span shape (issue 20)", () => {
  it("longPlansReviewedMonthly gives 200 plans running n years from 1 April 2001 and one monthly cycle", () => {
    const framework = parsed(shapes.longPlansReviewedMonthly(3));
    expect(framework.plans).toHaveLength(200);
    expect(framework.plans[0]?.period).toEqual({ start: "2001-04-01", end: "2004-03-31" });
    expect(framework.reviewCycles?.map((cycle) => cycle.frequency)).toEqual(["monthly"]);
    expect(shapes.longPlansReviewedMonthly(3)).toEqual(shapes.longPlansReviewedMonthly(3));
  });
});
