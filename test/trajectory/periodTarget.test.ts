import { describe, expect, it } from "vitest";
import {
  type Framework,
  type Target,
  type Tolerance,
  evaluateTarget,
  expectedValue,
  indexFramework,
  parseFramework,
  statusHistory,
  trajectory,
} from "../../src/index.js";
import { goalValue } from "../../src/model/goal.js";
import { deepFreeze } from "../helpers/fixtures.js";

/** Stockton's re-lets (seed 5.3.5.5): 70% on 2001-03-31 to 100% by 2002-03-31, in force all year. */
const relets: Target = deepFreeze({
  id: "t-relet",
  objective: "o",
  indicator: "pi-relet",
  baseline: { date: "2001-03-31", value: "70" },
  goal: { date: "2002-03-31", value: "100" },
  trajectory: "period-target",
});

function reletFramework(actual: string, tolerance?: Tolerance): Framework {
  return deepFreeze({
    id: "fw",
    name: "Re-lets",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      {
        id: "pi-relet",
        title: "Houses available for re-let within 28 days",
        unit: "%",
        polarity: "higher-is-better",
        measure: "output",
        frequency: "monthly",
      },
    ],
    targets: [tolerance === undefined ? relets : { ...relets, tolerance }],
    measurements: [{ indicator: "pi-relet", date: "2001-09-30", value: actual }],
  });
}

describe("period-target: the year's target is in force all year", () => {
  it("passes through its baseline on its date, then expects the goal from the next day to the goal date and after", () => {
    expect(expectedValue(relets, "2001-03-30")).toBeNull();
    expect(expectedValue(relets, "2001-03-31")).toBe("70");
    expect(expectedValue(relets, "2001-04-01")).toBe("100");
    expect(expectedValue(relets, "2001-09-30")).toBe("100");
    expect(expectedValue(relets, "2002-03-31")).toBe("100");
    expect(expectedValue(relets, "2003-01-01")).toBe("100");
  });

  it("expects each milestone's value from the day after the previous point's date (Stockton's CO2 by year)", () => {
    // 612000 on 2001-03-31; 603000 in force through 2001-04-01…2002-03-31, 594000 through 2003-03-31, 585000 after.
    const co2: Target = {
      id: "t-co2",
      objective: "o",
      indicator: "i",
      baseline: { date: "2001-03-31", value: "612000" },
      goal: { date: "2004-03-31", change: { absolute: "-27000" } },
      milestones: [
        { date: "2002-03-31", value: "603000" },
        { date: "2003-03-31", value: "594000" },
      ],
      trajectory: "period-target",
    };
    const dates = ["2001-03-31", "2001-09-30", "2002-03-31", "2002-04-01", "2003-03-31", "2003-04-01", "2004-03-31"];
    expect(trajectory(co2, dates).map((point) => point.expected)).toEqual([
      "612000",
      "603000",
      "603000",
      "594000",
      "594000",
      "585000",
      "585000",
    ]);
  });

  it("rates re-lets at 79% on 2001-09-30 red with the default 5% tolerance: shortfall 100 − 79 = 21 > 5% of 100 = 5", () => {
    const e = evaluateTarget(reletFramework("79"), "t-relet", { asOf: "2001-10-15" });
    expect([e.status, e.expected, e.variance, e.tolerance]).toEqual(["red", "100", "-21", "5"]);
  });

  it("rates it amber with { absolute: 25 }: shortfall 21 ≤ 25", () => {
    const e = evaluateTarget(reletFramework("79", { absolute: "25" }), "t-relet", { asOf: "2001-10-15" });
    expect([e.status, e.expected, e.variance, e.tolerance]).toEqual(["amber", "100", "-21", "25"]);
  });

  it("where linear would expect 70 + 30 × 183/365 = 85.0410958904 (the shapes differ only in the expectation)", () => {
    const e = evaluateTarget(reletFramework("79", { absolute: "25" }), "t-relet", { asOf: "2001-10-15" });
    const linear = evaluateTarget(
      { ...reletFramework("79", { absolute: "25" }), targets: [{ ...relets, trajectory: "linear" }] },
      "t-relet",
      { asOf: "2001-10-15" },
    );
    expect([e.expected, linear.expected]).toEqual(["100", "85.0410958904"]);
  });

  it("the status kernel gives the same statuses as evaluateTarget, red at 79, green at 100, amber at 95", () => {
    for (const [actual, status] of [
      ["79", "red"],
      ["95", "amber"],
      ["100", "green"],
    ] as const) {
      const index = indexFramework(reletFramework(actual));
      expect(evaluateTarget(index, "t-relet", { asOf: "2001-10-15" }).status).toBe(status);
      expect(statusHistory(index, { dates: ["2001-10-15"] }).targets[0]?.statuses[0]).toBe(status);
    }
  });
});

describe("changes in percentage points", () => {
  const baseline = { date: "2001-03-31", value: "40" };

  it("New Deal job success (seed 5.3.5.7): 40% + 7 points is 47%; 40% up 7% is 40 × 1.07 = 42.8%", () => {
    expect(goalValue({ baseline, goal: { date: "2004-03-31", change: { points: "7" } } })?.toString()).toBe("47");
    expect(goalValue({ baseline, goal: { date: "2004-03-31", change: { percent: "7" } } })?.toString()).toBe("42.8");
  });

  it("a points path runs from 40 to 47 over the three years: half way (548 of 1096 days) 43.5", () => {
    const newDeal: Target = {
      id: "t-new-deal",
      objective: "o",
      indicator: "i",
      baseline,
      goal: { date: "2004-03-31", change: { points: "7" } },
    };
    // 40 + 7 × 548/1096 = 43.5.
    expect(expectedValue(newDeal, "2002-09-30")).toBe("43.5");
    expect(expectedValue(newDeal, "2004-03-31")).toBe("47");
  });

  it("is parsed as exactly one of percent, absolute or points, with a message that names all three", () => {
    const parsed = parseFramework({
      ...reletFramework("79"),
      targets: [{ ...relets, goal: { date: "2002-03-31", change: { points: "-2.5" } } }],
    });
    expect(parsed.targets[0]?.goal).toEqual({ date: "2002-03-31", change: { points: "-2.5" } });
    expect(() =>
      parseFramework({
        ...reletFramework("79"),
        targets: [{ ...relets, goal: { date: "2002-03-31", change: { points: "7", percent: "7" } } }],
      }),
    ).toThrow(/\{ points \}/);
  });
});
