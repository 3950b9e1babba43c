import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/internal/decimal.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { type Target, canonicalDecimal, expectedValue, trajectory } from "../../src/index.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { jsonCopy } from "../helpers/fixtures.js";
import { defined } from "../helpers/defined.js";
import { runs } from "../helpers/runs.js";

const START = toDayNumber("1995-01-01");

/** A target with a baseline, 0–3 milestones strictly inside, and a goal; any trajectory kind. */
const targetArbitrary = fc
  .record({
    baselineDay: fc.integer({ min: START, max: START + 3000 }),
    gaps: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 4 }),
    values: fc.array(decimalStringArbitrary, { minLength: 5, maxLength: 5 }),
    kind: fc.constantFrom<"linear" | "step" | "compound" | "period-target">(
      "linear",
      "step",
      "compound",
      "period-target",
    ),
  })
  .map(({ baselineDay, gaps, values, kind }) => {
    const days = gaps.reduce<number[]>((acc, gap) => [...acc, (acc[acc.length - 1] as number) + gap], [baselineDay]);
    const points = days.map((day, i) => ({ date: fromDayNumber(day), value: values[i] as string }));
    const target: Target = {
      id: "t",
      objective: "o",
      indicator: "i",
      baseline: defined(points[0]),
      goal: defined(points[points.length - 1]),
      milestones: points.slice(1, -1),
      trajectory: kind,
    };
    return { target, points };
  });

describe("trajectory laws (properties)", () => {
  it("equals the baseline exactly at the baseline date, each milestone at its date and the goal at the goal date", () => {
    fc.assert(
      fc.property(targetArbitrary, ({ target, points }) => {
        for (const point of points) expect(expectedValue(target, point.date)).toBe(canonicalDecimal(point.value));
      }),
    );
  });

  it("has no expectation before the baseline and holds the goal after the goal date", () => {
    fc.assert(
      fc.property(targetArbitrary, fc.integer({ min: 1, max: 5000 }), ({ target, points }, offset) => {
        const before = fromDayNumber(toDayNumber(target.baseline.date) - offset);
        const after = fromDayNumber(toDayNumber(target.goal.date) + offset);
        expect(expectedValue(target, before)).toBeNull();
        expect(expectedValue(target, after)).toBe(canonicalDecimal(defined(points[points.length - 1]).value));
      }),
    );
  });

  it("linear and compound paths are monotone between consecutive points; step paths hold the earlier point, period targets the later", () => {
    fc.assert(
      fc.property(targetArbitrary, fc.integer({ min: 0, max: 3 }), ({ target, points }, pick) => {
        const i = pick % (points.length - 1);
        const a = defined(points[i]);
        const b = defined(points[i + 1]);
        const from = toDayNumber(a.date);
        const to = toDayNumber(b.date);
        let previous = toDecimal(a.value);
        const rising = toDecimal(b.value).greaterThanOrEqualTo(previous);
        for (let day = from; day <= to; day += Math.max(1, Math.floor((to - from) / 7))) {
          const value = toDecimal(defined(expectedValue(target, fromDayNumber(day))));
          if (target.trajectory === "step") {
            expect(value.equals(day === to ? toDecimal(b.value) : toDecimal(a.value))).toBe(true);
          } else if (target.trajectory === "period-target") {
            expect(value.equals(day === from ? toDecimal(a.value) : toDecimal(b.value))).toBe(true);
          } else {
            // Rounding to 10 places can only tie neighbours, never reverse them.
            expect(rising ? value.greaterThanOrEqualTo(previous) : value.lessThanOrEqualTo(previous)).toBe(true);
            const low = rising ? toDecimal(a.value) : toDecimal(b.value);
            const high = rising ? toDecimal(b.value) : toDecimal(a.value);
            expect(value.greaterThanOrEqualTo(low.minus("1e-10")) && value.lessThanOrEqualTo(high.plus("1e-10"))).toBe(
              true,
            );
          }
          previous = value;
        }
      }),
    );
  });

  it("a period-target path is piecewise constant: each point's value from the day after the previous point's up to its own date", () => {
    fc.assert(
      fc.property(targetArbitrary, fc.integer({ min: 0, max: 3 }), ({ target, points }, pick) => {
        const period = { ...target, trajectory: "period-target" as const };
        const i = pick % (points.length - 1);
        const a = defined(points[i]);
        const b = defined(points[i + 1]);
        const from = toDayNumber(a.date);
        const to = toDayNumber(b.date);
        // On the earlier point's own date its value; on every later day up to the next point's date, the next point's.
        expect(expectedValue(period, a.date)).toBe(canonicalDecimal(a.value));
        const days = [from + 1, Math.floor((from + to) / 2) + 1, to].filter((day) => day > from && day <= to);
        for (const day of days) expect(expectedValue(period, fromDayNumber(day))).toBe(canonicalDecimal(b.value));
      }),
      { numRuns: runs(200) },
    );
  });

  it("gives results that survive JSON and do not depend on the time zone (pure calendar arithmetic)", () => {
    fc.assert(
      fc.property(targetArbitrary, ({ target }) => {
        const points = trajectory(target, { from: target.baseline.date, to: target.goal.date, frequency: "monthly" });
        expect(jsonCopy(points)).toEqual(points);
        expect(points.every((p) => p.expected === null || /^-?\d+(\.\d{1,10})?$/.test(p.expected))).toBe(true);
      }),
      { numRuns: runs(50) },
    );
  });
});
