import { describe, expect, it } from "vitest";
import {
  type Target,
  TrajectoryError,
  expectedBand,
  expectedValue,
  parseFramework,
  trajectory,
} from "../../src/index.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";
import { defined } from "../helpers/defined.js";

function target(overrides: Partial<Target> = {}): Target {
  return deepFreeze({
    id: "t",
    objective: "o",
    indicator: "i",
    baseline: { date: "2001-03-31", value: "80" },
    goal: { date: "2002-03-31", value: "100" },
    ...overrides,
  });
}

describe("expectedValue", () => {
  it("passes exactly through the baseline and the goal, and holds the goal after it", () => {
    expect(expectedValue(target(), "2001-03-31")).toBe("80");
    expect(expectedValue(target(), "2002-03-31")).toBe("100");
    expect(expectedValue(target(), "2030-01-01")).toBe("100");
  });

  it("has no expectation before the baseline", () => {
    expect(expectedValue(target(), "2001-03-30")).toBeNull();
  });

  it("runs linearly in calendar days, rounding a value that does not terminate half-even to 10 places", () => {
    // 80 + 20 × 183/365: 2001-09-30 is 183 days after 2001-03-31, in a 365-day span.
    expect(expectedValue(target(), "2001-09-30")).toBe("90.0273972603");
    expect(expectedValue(target(), "2001-04-01")).toBe("80.0547945205");
  });

  it("is exact for decimals: 0.1 + 0.2 style values stay exact", () => {
    const exact = target({
      baseline: { date: "2001-01-01", value: "0.1" },
      goal: { date: "2001-01-03", value: "0.5" },
    });
    expect(expectedValue(exact, "2001-01-02")).toBe("0.3");
    expect(
      expectedValue(
        target({ baseline: { date: "2001-01-01", value: 0.1 }, goal: { date: "2001-01-03", value: 0.5 } }),
        "2001-01-02",
      ),
    ).toBe("0.3");
  });

  it("passes through milestones, ignoring ones outside the span or sharing a date", () => {
    const withMilestones = target({
      milestones: [
        { date: "2001-09-30", value: "95" },
        { date: "2001-03-31", value: "0" },
        { date: "2003-01-01", value: "0" },
        { date: "2001-12-31", value: "96" },
        { date: "2001-12-31", value: "97" },
      ],
    });
    expect(expectedValue(withMilestones, "2001-09-30")).toBe("95");
    // 95 + 5 × 92/182: 92 of the 182 days from the milestone to the goal.
    expect(expectedValue(withMilestones, "2001-12-31")).toBe("97.5274725275");
    expect(expectedValue(withMilestones, "2002-03-31")).toBe("100");
  });

  it("steps: each point's value holds until the next point's date", () => {
    const step = target({ trajectory: "step", milestones: [{ date: "2001-09-30", value: "90" }] });
    expect(expectedValue(step, "2001-09-29")).toBe("80");
    expect(expectedValue(step, "2001-09-30")).toBe("90");
    expect(expectedValue(step, "2002-03-30")).toBe("90");
    expect(expectedValue(step, "2002-03-31")).toBe("100");
  });

  it("compounds at a constant rate between points, exactly at its ends", () => {
    const compound = target({
      trajectory: "compound",
      baseline: { date: "2000-12-31", value: "140" },
      goal: { date: "2010-12-31", change: { percent: "-40" } },
    });
    expect(expectedValue(compound, "2000-12-31")).toBe("140");
    expect(expectedValue(compound, "2005-12-31")).toBe("108.4435336938");
    expect(expectedValue(compound, "2010-12-31")).toBe("84");
  });

  it("compounds linearly across a segment that touches zero or changes sign", () => {
    const crossing = target({
      trajectory: "compound",
      baseline: { date: "2001-01-01", value: "-10" },
      goal: { date: "2001-01-21", value: "10" },
    });
    expect(expectedValue(crossing, "2001-01-11")).toBe("0");
    const toZero = target({
      trajectory: "compound",
      baseline: { date: "2001-01-01", value: "40" },
      goal: { date: "2001-01-05", value: "0" },
    });
    expect(expectedValue(toZero, "2001-01-02")).toBe("30");
  });

  it("resolves relative goals against the baseline", () => {
    expect(
      expectedValue(
        target({
          baseline: { date: "2001-03-31", value: "250" },
          goal: { date: "2003-03-31", change: { percent: "-10" } },
        }),
        "2003-03-31",
      ),
    ).toBe("225");
    expect(
      expectedValue(
        target({
          baseline: { date: "2001-03-31", value: "612000" },
          goal: { date: "2004-03-31", change: { absolute: "-27000" } },
        }),
        "2004-03-31",
      ),
    ).toBe("585000");
  });

  it("a goal dated on or before its baseline holds from the baseline (issue 8: the goal, not the baseline)", () => {
    expect(expectedValue(target({ goal: { date: "2001-03-31", value: "100" } }), "2001-03-31")).toBe("100");
    expect(expectedValue(target({ goal: { date: "2000-03-31", value: "100" } }), "2005-01-01")).toBe("100");
  });

  it("throws TrajectoryError for misuse", () => {
    expect(() => expectedValue(target(), "2001-02-30")).toThrow(TrajectoryError);
    expect(() => expectedValue(target(), "2001-02-30")).toThrow(
      /performance-management: date "2001-02-30" is not a calendar date/,
    );
    expect(() => expectedValue(target({ goal: { date: "2002-03-31", low: "1", high: "2" } }), "2002-01-01")).toThrow(
      /has a band goal/,
    );
    expect(() => expectedBand(target(), "2002-01-01")).toThrow(/has no band goal/);
  });
});

describe("expectedBand", () => {
  it("expects the band from the baseline on, canonical", () => {
    const band = target({ goal: { date: "2002-03-31", low: "98.0", high: "100" } });
    expect(expectedBand(band, "2001-03-30")).toBeNull();
    expect(expectedBand(band, "2001-03-31")).toEqual({ low: "98", high: "100" });
    expect(expectedBand(band, "2040-01-01")).toEqual({ low: "98", high: "100" });
  });
});

describe("trajectory", () => {
  it("gives one point per date, in the order given", () => {
    expect(trajectory(target(), ["2002-03-31", "2001-01-01"])).toEqual([
      { date: "2002-03-31", expected: "100", band: null, clamped: false },
      { date: "2001-01-01", expected: null, band: null, clamped: false },
    ]);
  });

  it("follows monthly, quarterly and everyMonths schedules, keeping to month ends", () => {
    const months = trajectory(target(), { from: "2001-01-31", to: "2001-05-31", frequency: "monthly" }).map(
      (p) => p.date,
    );
    expect(months).toEqual(["2001-01-31", "2001-02-28", "2001-03-31", "2001-04-30", "2001-05-31"]);
    const mid = trajectory(target(), { from: "2001-01-15", to: "2001-07-15", frequency: { everyMonths: 2 } }).map(
      (p) => p.date,
    );
    expect(mid).toEqual(["2001-01-15", "2001-03-15", "2001-05-15", "2001-07-15"]);
    const annual = trajectory(target(), { from: "2001-03-31", to: "2004-03-31", frequency: "annual" }).map(
      (p) => p.expected,
    );
    expect(annual).toEqual(["80", "100", "100", "100"]);
  });

  it("gives bands for band goals", () => {
    const points = trajectory(target({ goal: { date: "2002-03-31", low: "98", high: "100" } }), [
      "2001-01-01",
      "2001-06-30",
    ]);
    expect(points).toEqual([
      { date: "2001-01-01", expected: null, band: null, clamped: false },
      { date: "2001-06-30", expected: null, band: { low: "98", high: "100" }, clamped: false },
    ]);
  });

  it("refuses schedules that end before they start or have no step", () => {
    expect(() => trajectory(target(), { from: "2002-01-01", to: "2001-01-01", frequency: "monthly" })).toThrow(
      /ends \(2001-01-01\) before it starts/,
    );
    expect(() => trajectory(target(), { from: "2001-01-01", to: "2002-01-01", frequency: { everyMonths: 0 } })).toThrow(
      /whole number of months/,
    );
  });

  it("evaluates every Stockton target's path through its goal", () => {
    const stockton = parseFramework(loadExample("stockton"));
    const goals = Object.fromEntries(stockton.targets.map((t) => [t.id, expectedValue(t, t.goal.date)]));
    expect(goals).toEqual({
      "t-zero-homelessness": "0",
      "t-co2": "585000",
      "t-street-cleanliness": "95",
      "t-youth-offending": "225",
      "t-heart-disease": "84",
      "t-unemployment": "6.6",
      "t-gcse": "50",
      "t-homeless-offers": "100",
      "t-zone-cleanliness": "95",
      "t-new-deal": "47",
      "t-relet-28-days": "100",
    });
    // The CO2 target steps 9000 tonnes a year through its milestones.
    const co2 = defined(stockton.targets.find((t) => t.id === "t-co2"));
    expect(
      trajectory(co2, { from: "2001-03-31", to: "2004-03-31", frequency: "annual" }).map((p) => p.expected),
    ).toEqual(["612000", "603000", "594000", "585000"]);
  });
});
