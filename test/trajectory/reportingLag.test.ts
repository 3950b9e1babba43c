import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCascade, evaluateFramework, evaluateTarget, safeParseFramework, statusHistory } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { figureDue, isOverdue } from "../../src/model/figures.js";
import { oneTarget } from "../helpers/oneTarget.js";
import { runs } from "../helpers/runs.js";

const june = [{ indicator: "pi", date: "2001-06-30", value: "85" }];

/** The unmeasured findings on a framework as of a date. */
function unmeasured(framework: Parameters<typeof checkCascade>[0], asOf: string) {
  return checkCascade(framework, { asOf }).findings.filter((f) => f.ruleId === "unmeasured");
}

describe("reporting lag: the issue's quarterly indicator with a 60-day lag", () => {
  const lagged = oneTarget({ lagDays: 60 }, june);
  const on = (asOf: string) => evaluateTarget(lagged, "t", { asOf });

  it("is not stale on 5 October: September's figure is awaited until 29 November", () => {
    // The quarter after 30 June ends on 30 September; + 60 days: October's 31 days reach 31 October,
    // 29 more reach 29 November.
    const october = on("2001-10-05");
    expect([october.status, october.actualDate, october.stale]).toEqual(["green", "2001-06-30", false]);
    expect(october.nextFigure).toEqual({ periodEnd: "2001-09-30", due: "2001-11-29", overdue: false });
    // Due by the end of 29 November, overdue from the 30th.
    expect([on("2001-11-29").stale, on("2001-11-30").stale]).toEqual([false, true]);
    expect(on("2001-11-30").nextFigure).toEqual({ periodEnd: "2001-09-30", due: "2001-11-29", overdue: true });
  });

  it("with a lag of 0 the same figure is overdue from 1 October", () => {
    const prompt = oneTarget({ lagDays: 0 }, june);
    expect(evaluateTarget(prompt, "t", { asOf: "2001-09-30" }).stale).toBe(false);
    expect(evaluateTarget(prompt, "t", { asOf: "2001-10-01" }).stale).toBe(true);
  });

  it("awaits the first figure after the baseline until its lag has passed, then has no data", () => {
    // Baseline 31 March 2001: the first quarter ends 30 June, due 60 days later: 29 August
    // (July's 31 days reach 31 July, 29 more 29 August).
    const none = oneTarget({ lagDays: 60 });
    const at = (asOf: string) => evaluateTarget(none, "t", { asOf });
    expect([at("2001-07-15").status, at("2001-08-29").status, at("2001-08-30").status]).toEqual([
      "awaiting-data",
      "awaiting-data",
      "no-data",
    ]);
    expect(at("2001-07-15").nextFigure).toEqual({ periodEnd: "2001-06-30", due: "2001-08-29", overdue: false });
    expect([at("2001-08-29").stale, at("2001-08-30").stale]).toEqual([false, true]);
    // The status kernel says the same, day for day.
    const dates = ["2001-03-30", "2001-03-31", "2001-08-29", "2001-08-30"];
    expect(statusHistory(none, { dates }).targets[0]?.statuses).toEqual([
      "not-started",
      "awaiting-data",
      "awaiting-data",
      "no-data",
    ]);
    // An objective whose only target awaits its first figure awaits data too, counted, not rated.
    const withObjective = { ...none, objectives: [{ id: "o", plan: "p", title: "Re-lets" }] };
    const report = evaluateFramework(withObjective, { asOf: "2001-08-29", detail: "status" });
    expect([report.counts["awaiting-data"], report.objectives[0]?.status]).toEqual([1, "awaiting-data"]);
    const overdue = evaluateFramework(withObjective, { asOf: "2001-08-30" });
    expect([overdue.counts["no-data"], overdue.objectives[0]?.status]).toEqual([1, "no-data"]);
  });

  it("the cascade's unmeasured rule reads the same due date", () => {
    const none = oneTarget({ lagDays: 60 });
    expect(unmeasured(none, "2001-08-29")).toEqual([]);
    const [finding] = unmeasured(none, "2001-08-30");
    expect(finding?.data.due).toBe("2001-08-29");
    // With a lag of 0 the first quarter's figure is due on 30 June itself and missing from 1 July.
    expect(unmeasured(oneTarget({ lagDays: 0 }), "2001-06-30")).toEqual([]);
    expect(unmeasured(oneTarget({ lagDays: 0 }), "2001-07-01")).toHaveLength(1);
    // With none stated, the default six weeks: due 11 August (30 June + 31 + 11), missing from the 12th.
    expect(unmeasured(oneTarget({}), "2001-08-11")).toEqual([]);
    expect(unmeasured(oneTarget({}), "2001-08-12")[0]?.data.due).toBe("2001-08-11");
  });
});

describe("figure due dates", () => {
  it("refuses a lag that is not a whole number of days from 0 to 3660, naming the field", () => {
    for (const lagDays of [-1, 1.5, 4000, "60"]) {
      const result = safeParseFramework({
        ...oneTarget({}),
        indicators: [{ ...oneTarget({}).indicators[0], lagDays }],
      });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.path).toEqual(["indicators", 0, "lagDays"]);
    }
  });

  it("keep to month ends, and are never due past the calendar's end", () => {
    const quarterly = { frequency: "quarterly" as const, lagDays: 0 };
    expect(figureDue("2001-09-30", quarterly, undefined)).toEqual({ periodEnd: "2001-12-31", due: "2001-12-31" });
    expect(figureDue("2001-11-30", { frequency: "monthly", lagDays: 0 }, undefined)).toEqual({
      periodEnd: "2001-12-31",
      due: "2001-12-31",
    });
    expect(figureDue("2001-01-15", { frequency: "monthly", lagDays: 10 }, undefined)).toEqual({
      periodEnd: "2001-02-15",
      due: "2001-02-25",
    });
    expect(figureDue("9999-09-30", quarterly, undefined)).toEqual({ periodEnd: "9999-12-31", due: "9999-12-31" });
    expect(figureDue("9999-09-30", { ...quarterly, lagDays: 1 }, undefined)).toBeUndefined();
    expect(figureDue("9999-10-31", quarterly, undefined)).toBeUndefined();
  });

  it("a first figure never due within the calendar is awaited, never missing", () => {
    const late = oneTarget({ lagDays: 30 }, [], {
      baseline: { date: "9999-10-31", value: "78" },
      goal: { date: "9999-12-31", value: "100" },
    });
    const evaluation = evaluateTarget(late, "t", { asOf: "9999-12-31" });
    expect([evaluation.status, evaluation.nextFigure, evaluation.stale]).toEqual(["awaiting-data", null, false]);
  });

  it("(property) a figure is due its lag after its period's end, and once overdue stays overdue", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("1990-01-01"), max: toDayNumber("2030-12-31") }),
        fc.constantFrom("monthly" as const, "quarterly" as const, "annual" as const),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -500, max: 500 }),
        (day, frequency, lagDays, later) => {
          const from = fromDayNumber(day);
          const due = figureDue(from, { frequency, lagDays }, undefined);
          const plain = figureDue(from, { frequency }, undefined);
          expect(due !== undefined && plain !== undefined).toBe(true);
          if (due === undefined || plain === undefined) return;
          expect(due.periodEnd).toBe(plain.periodEnd);
          expect(toDayNumber(due.due) - toDayNumber(due.periodEnd)).toBe(lagDays);
          expect(due.periodEnd > from).toBe(true);
          const asOf = fromDayNumber(toDayNumber(due.due) + later);
          const nextDay = fromDayNumber(toDayNumber(asOf) + 1);
          expect(isOverdue(due.due, asOf)).toBe(later > 0);
          if (isOverdue(due.due, asOf)) expect(isOverdue(due.due, nextDay)).toBe(true);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
