import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { type Target, expectedBand, expectedValue, trajectory } from "../../src/index.js";
import { revisionInForce } from "../../src/model/revisions.js";
import { runs } from "../helpers/runs.js";

const START = toDayNumber("2001-01-01");
const day = (offset: number): string => fromDayNumber(START + offset);
const value = fc.integer({ min: -150, max: 150 }).map(String);

/** A target with milestones and revisions in any order (some sharing dates, some outside the path), point or band goals. */
const targetArbitrary = fc
  .record({
    kind: fc.constantFrom<Target["trajectory"]>("linear", "step", "compound", "period-target"),
    baseline: value,
    goalAt: fc.integer({ min: -10, max: 300 }),
    goal: value,
    milestones: fc.array(fc.record({ at: fc.integer({ min: -10, max: 320 }), value }), { maxLength: 8 }),
    revisions: fc.uniqueArray(
      fc.record({
        at: fc.integer({ min: -20, max: 350 }),
        goalAt: fc.integer({ min: 0, max: 400 }),
        goal: value,
        band: fc.boolean(),
      }),
      { maxLength: 4, selector: (revision) => revision.at },
    ),
  })
  .map((t): Target => ({
    id: "t",
    objective: "o",
    indicator: "pi",
    trajectory: t.kind,
    baseline: { date: day(0), value: t.baseline },
    goal: { date: day(t.goalAt), value: t.goal },
    milestones: t.milestones.map((m) => ({ date: day(m.at), value: m.value })),
    revisions: t.revisions.map((r) => ({
      date: day(r.at),
      goal: r.band
        ? { date: day(r.goalAt), low: r.goal, high: String(Number(r.goal) + 10) }
        : { date: day(r.goalAt), value: r.goal },
      reason: "Reviewed",
    })),
  }));

describe("trajectory() over many dates", () => {
  it("gives at each date what expectedValue and expectedBand give for that date alone", () => {
    fc.assert(
      fc.property(
        targetArbitrary,
        fc.array(fc.integer({ min: -30, max: 450 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(undefined, { indicator: { unit: "%" } }, { indicator: { unit: "u", min: "-50", max: "50" } }),
        (target, offsets, options) => {
          const dates = offsets.map(day);
          const points = trajectory(target, dates, options);
          expect(points.map((point) => point.date)).toEqual(dates);
          points.forEach((point, i) => {
            const date = dates[i] as string;
            if ("low" in revisionInForce(target, date).target.goal) {
              expect(point).toEqual({ date, expected: null, band: expectedBand(target, date), clamped: false });
            } else {
              expect(point.band).toBeNull();
              expect(point.expected).toBe(expectedValue(target, date, options));
              // Where the clamp changed the figure, the point says so.
              expect(point.clamped).toBe(point.expected !== expectedValue(target, date));
            }
          });
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
