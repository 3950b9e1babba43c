import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { floatExpectationAt, floatPathOf, pathOf } from "../../src/trajectory/judge.js";
import {
  BRAG,
  DCA5,
  type Framework,
  RAG,
  type Target,
  checkCascade,
  evaluateFramework,
  evaluateTarget,
  expectedValue,
  indexFramework,
  statusHistory,
  trajectory,
} from "../../src/index.js";
import { deepFreeze, minimalFramework } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

const BASELINE_DATE = "2001-03-31";

/** A target whose baseline is 80 on 2001-03-31 and whose goal of 100 is dated `goalDate`. */
function lateTarget(goalDate: string, trajectoryKind: Target["trajectory"] = "linear"): Target {
  return {
    id: "t-1",
    objective: "obj-1",
    indicator: "pi-1",
    baseline: { date: BASELINE_DATE, value: "80" },
    goal: { date: goalDate, value: "100" },
    milestones: [{ date: "2001-09-30", value: "90" }],
    trajectory: trajectoryKind,
    tolerance: { percent: "5" },
  };
}

/** The minimal framework with that target and one measurement of `value` on `date`. */
function withMeasurement(target: Target, date: string, value: string): Framework {
  const framework = minimalFramework();
  framework.targets = [target];
  framework.measurements = [{ indicator: "pi-1", date, value }];
  return deepFreeze(framework);
}

describe("a goal dated on or before its baseline (issue 8)", () => {
  it("holds from the baseline on: expectedValue and trajectory give the goal, nothing before the baseline", () => {
    for (const goalDate of ["2001-03-31", "2000-03-31"]) {
      const target = lateTarget(goalDate);
      expect(expectedValue(target, "2001-03-30")).toBeNull();
      expect(expectedValue(target, BASELINE_DATE)).toBe("100");
      expect(expectedValue(target, "2001-09-30")).toBe("100");
      expect(expectedValue(target, "2030-01-01")).toBe("100");
      expect(trajectory(target, ["2001-03-30", BASELINE_DATE, "2002-01-01"]).map((p) => p.expected)).toEqual([
        null,
        "100",
        "100",
      ]);
    }
  });

  it("is the standard the measurements are judged by, in evaluateTarget, statusHistory and the status kernel alike", () => {
    // 90 against 80 would be green; against the goal of 100 (tolerance 5) it is red.
    const framework = withMeasurement(lateTarget("2000-03-31"), "2001-06-30", "90");
    const asOf = "2001-07-01";
    const evaluation = evaluateTarget(framework, "t-1", { asOf });
    expect(evaluation.expected).toBe("100");
    expect(evaluation.status).toBe("red");
    expect(statusHistory(framework, { dates: [asOf] }).targets[0]?.statuses).toEqual(["red"]);
    expect(evaluateFramework(framework, { asOf, detail: "status" }).targets[0]?.status).toBe("red");
  });

  it("has the goal as its float twin too", () => {
    const target = lateTarget("2001-03-31", "compound");
    const float = floatPathOf(pathOf(target));
    for (const offset of [0, 1, 400]) expect(floatExpectationAt(float, toDayNumber(BASELINE_DATE) + offset)).toBe(100);
  });

  it("still draws the smart rule's timeOrder warning", () => {
    const report = checkCascade(withMeasurement(lateTarget("2000-03-31"), "2001-06-30", "90"));
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: "smart", messageId: "timeOrder", subject: { kind: "target", id: "t-1" } }),
    );
  });

  it("every engine agrees on it, at any date, for every path, polarity and scale (property)", () => {
    const baselineDay = toDayNumber(BASELINE_DATE);
    fc.assert(
      fc.property(
        fc.integer({ min: -800, max: 0 }),
        fc.integer({ min: -20, max: 800 }),
        fc.integer({ min: 60, max: 130 }),
        fc.constantFrom<Target["trajectory"]>("linear", "step", "compound", "period-target"),
        fc.constantFrom(RAG, BRAG, DCA5),
        (goalOffset, at, actual, kind, scale) => {
          const target = lateTarget(fromDayNumber(baselineDay + goalOffset), kind);
          const date = fromDayNumber(baselineDay + at);
          expect(expectedValue(target, date)).toBe(at < 0 ? null : "100");
          const index = indexFramework(withMeasurement(target, date, String(actual)));
          const exact = evaluateTarget(index, "t-1", { asOf: date, scale });
          expect(statusHistory(index, { dates: [date], scale }).targets[0]?.statuses[0]).toBe(exact.status);
          if (at >= 0) expect(exact.expected).toBe("100");
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
