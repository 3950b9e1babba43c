import { describe, expect, it } from "vitest";
import type { Framework } from "../../src/index.js";
import { evaluateTarget, statusHistory, trajectory } from "../../src/trajectory/index.js";
import { deepFreeze } from "../helpers/fixtures.js";

const LATE_TARGET = {
  id: "t",
  objective: "o",
  indicator: "pi",
  baseline: { date: "9998-12-31", value: "0" },
  goal: { date: "9999-12-31", value: "100" },
};

/** One monthly indicator with a target over the calendar's last year, measured in its last months. */
const lastYear: Framework = deepFreeze({
  id: "fw",
  name: "The calendar's last year",
  owners: [],
  plans: [],
  objectives: [],
  indicators: [
    { id: "pi", title: "PI", unit: "%", polarity: "higher-is-better", measure: "output", frequency: "annual" },
  ],
  targets: [LATE_TARGET],
  measurements: [
    { indicator: "pi", date: "9998-12-31", value: "0" },
    { indicator: "pi", date: "9999-12-31", value: "100" },
  ],
});

describe("the trajectory engine at the calendar's end (9999-12-31)", () => {
  it.each([
    [
      { from: "9999-06-30", to: "9999-12-31", frequency: "quarterly" as const },
      ["9999-06-30", "9999-09-30", "9999-12-31"],
    ],
    [{ from: "9999-03-15", to: "9999-12-31", frequency: "half-yearly" as const }, ["9999-03-15", "9999-09-15"]],
    [{ from: "9998-12-31", to: "9999-12-31", frequency: { everyMonths: 1e6 } }, ["9998-12-31"]],
  ])("a schedule crossing 9999-12-31 stops at the last date in range: %j", (schedule, expected) => {
    expect(trajectory(LATE_TARGET, schedule).map((point) => point.date)).toEqual(expected);
  });

  it("the last point of the path is the goal on 9999-12-31", () => {
    const points = trajectory(LATE_TARGET, { from: "9999-12-31", to: "9999-12-31", frequency: "monthly" });
    expect(points).toEqual([{ date: "9999-12-31", expected: "100", band: null, clamped: false }]);
  });

  it("evaluateTarget on 9999-12-31: a next figure due past the calendar is not stale; a year ago is compared", () => {
    const evaluation = evaluateTarget(lastYear, "t", { asOf: "9999-12-31" });
    expect(evaluation).toMatchObject({ status: "green", actualDate: "9999-12-31", stale: false });
    expect(evaluation.direction.sinceYearAgo).toBe("improving");
  });

  it("statusHistory agrees with evaluateTarget at the calendar's last day", () => {
    const history = statusHistory(lastYear, { dates: ["9999-06-30", "9999-12-31"] });
    expect(history.targets[0]?.statuses[1]).toBe(evaluateTarget(lastYear, "t", { asOf: "9999-12-31" }).status);
  });

  it("evaluateTarget in the calendar's first year: a year ago lies before 0001-01-01, so there is nothing to compare", () => {
    const firstYear: Framework = deepFreeze({
      ...lastYear,
      targets: [
        { ...LATE_TARGET, baseline: { date: "0001-01-01", value: "0" }, goal: { date: "0001-12-31", value: "100" } },
      ],
      measurements: [
        { indicator: "pi", date: "0001-01-01", value: "0" },
        { indicator: "pi", date: "0001-12-31", value: "100" },
      ],
    });
    const evaluation = evaluateTarget(firstYear, "t", { asOf: "0001-12-31" });
    expect(evaluation).toMatchObject({ status: "green", stale: false, direction: { sinceYearAgo: null } });
  });
});
