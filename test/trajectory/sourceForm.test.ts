/**
 * expectedValue, expectedBand and trajectory take a framework's target by id, `(source, targetId,
 * …)`, as the other engines do: the indicator comes from the framework, so a `%` target is clamped
 * as evaluateTarget clamps it, where the target form, without `options.indicator`, clamps nothing.
 */
import { describe, expect, it } from "vitest";
import {
  type Framework,
  TrajectoryError,
  evaluateTarget,
  expectedBand,
  expectedValue,
  indexFramework,
  parseFramework,
  trajectory,
} from "../../src/index.js";
import { defined } from "../helpers/defined.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";

const offers: Framework = deepFreeze(
  parseFramework({
    id: "f",
    name: "F",
    owners: [{ id: "o-1", name: "Officer", kind: "individual" }],
    plans: [
      { id: "p", name: "Plan", level: "corporate", owner: "o-1", period: { start: "2001-04-01", end: "2002-03-31" } },
    ],
    objectives: [{ id: "o", plan: "p", title: "Offers" }],
    indicators: [
      {
        id: "pi-offers",
        title: "Offers accepted",
        measure: "outcome",
        unit: "%",
        polarity: "higher-is-better",
        frequency: "quarterly",
      },
      {
        id: "pi-bins",
        title: "Bins collected",
        measure: "output",
        unit: "%",
        polarity: "higher-is-better",
        frequency: "quarterly",
      },
    ],
    targets: [
      {
        id: "t-offers",
        objective: "o",
        indicator: "pi-offers",
        baseline: { date: "2001-03-31", value: "80" },
        goal: { date: "2002-03-31", change: { percent: "50" } },
      },
      {
        id: "t-bins",
        objective: "o",
        indicator: "pi-bins",
        baseline: { date: "2001-03-31", value: "91" },
        goal: { date: "2002-03-31", low: "98", high: "100" },
      },
    ],
    measurements: [{ indicator: "pi-offers", date: "2002-03-31", value: "100" }],
  }),
);

describe("the (source, targetId, …) form", () => {
  it("clamps a % target to 100 as evaluateTarget does; the target form without its indicator does not", () => {
    const evaluation = evaluateTarget(offers, "t-offers", { asOf: "2002-06-30" });
    expect(evaluation.expected).toBe("100");
    expect(expectedValue(offers, "t-offers", "2002-03-31")).toBe("100");
    expect(expectedValue(defined(offers.targets[0]), "2002-03-31")).toBe("120");
    expect(expectedValue(defined(offers.targets[0]), "2002-03-31", { indicator: offers.indicators[0] })).toBe("100");
  });

  it("reads the same from a framework and from its index", () => {
    const index = indexFramework(offers);
    expect(expectedValue(index, "t-offers", "2001-09-30")).toBe(expectedValue(offers, "t-offers", "2001-09-30"));
    expect(trajectory(index, "t-offers", ["2001-06-30", "2002-03-31"])).toEqual([
      { date: "2001-06-30", expected: "89.9726027397", band: null, clamped: false },
      { date: "2002-03-31", expected: "100", band: null, clamped: true },
    ]);
    expect(expectedBand(index, "t-bins", "2001-09-30")).toEqual({ low: "98", high: "100" });
    expect(expectedBand(offers, "t-bins", "2001-01-01")).toBeNull();
  });

  it("gives each Stockton target's expectations as the target form given its indicator does", () => {
    const stockton = parseFramework(loadExample("stockton"));
    const indicators = new Map(stockton.indicators.map((indicator) => [indicator.id, indicator]));
    const dates = ["2001-03-31", "2001-07-15", "2002-03-31", "2004-12-31"];
    let compared = 0;
    for (const target of stockton.targets) {
      if ("low" in target.goal) continue;
      const options = { indicator: indicators.get(target.indicator) };
      expect(trajectory(stockton, target.id, dates)).toEqual(trajectory(target, dates, options));
      for (const date of dates)
        expect(expectedValue(stockton, target.id, date)).toBe(expectedValue(target, date, options));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it("refuses an unknown target id, or one that is not a string, with a TrajectoryError", () => {
    expect(() => expectedValue(offers, "t-nothing", "2001-09-30")).toThrow(TrajectoryError);
    expect(() => expectedValue(offers, "t-nothing", "2001-09-30")).toThrow(
      'there is no target "t-nothing" in the framework',
    );
    expect(() => expectedBand(offers, "__proto__", "2001-09-30")).toThrow('there is no target "__proto__"');
    expect(() => trajectory(offers, "t-offers", "2001-09-30" as never)).toThrow(/dates must be a list/);
    expect(() => expectedBand(offers, "t-offers", "2001-09-30")).toThrow(/has no band goal/);
  });
});
