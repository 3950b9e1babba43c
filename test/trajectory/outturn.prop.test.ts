// Issue 20, "Figures arrive after their period ends" and "Targets end: the outturn", as properties
// over generated frameworks: the status kernel agrees with evaluateTarget on lagged and ended
// targets; lateness never changes a status; an ended target asks for no figure after its goal date.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, fromDayNumber, monthEnd, toDayNumber } from "../../src/internal/dates.js";
import { type Framework, evaluateFramework, evaluateTarget, indexFramework, statusHistory } from "../../src/index.js";
import { revisionInForce } from "../../src/model/revisions.js";
import { defined } from "../helpers/defined.js";
import { runs } from "../helpers/runs.js";

const START = toDayNumber("2001-03-31");
const day = (offset: number): string => fromDayNumber(START + offset);
const INDICATORS = ["m", "q", "a"] as const;
const FREQUENCY = { m: "monthly", q: "quarterly", a: "annual" } as const;

/** Targets on three indicators (monthly, quarterly, annual) with lags of their own or the framework's, ending at various dates. */
const laggedFrameworks = fc
  .record({
    lags: fc.record({
      m: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      q: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      a: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    }),
    reportingLags: fc.option(
      fc.record(
        {
          monthly: fc.integer({ min: 0, max: 90 }),
          quarterly: fc.integer({ min: 0, max: 90 }),
          annual: fc.integer({ min: 0, max: 400 }),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    targets: fc.array(
      fc.record({
        indicator: fc.constantFrom(...INDICATORS),
        baseline: fc.constantFrom(0, 30, 91),
        // Some goals on or before the baseline (a standard, which never ends), most a year to three on.
        goal: fc.constantFrom(-10, 0, 183, 365, 366, 730, 1096),
        goalValue: fc.integer({ min: 40, max: 90 }),
        band: fc.boolean(),
        revision: fc.option(
          fc.record({ at: fc.integer({ min: 1, max: 700 }), goal: fc.constantFrom(365, 730, 1461) }),
          {
            nil: undefined,
          },
        ),
        tolerance: fc.constantFrom("0", "2", "10"),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    measurements: fc.array(
      fc.record({
        indicator: fc.constantFrom(...INDICATORS),
        // Month ends and the odd other day, before and after the goals.
        day: fc.oneof(
          fc.integer({ min: 0, max: 48 }).map((k) => toDayNumber(monthEndAfter(k)) - START),
          fc.integer({ min: -20, max: 1500 }),
        ),
        value: fc.integer({ min: 30, max: 100 }),
      }),
      { maxLength: 40 },
    ),
    asOf: fc.array(fc.integer({ min: -20, max: 1600 }), { minLength: 1, maxLength: 5 }),
  })
  .map(({ lags, reportingLags, targets, measurements, asOf }) => {
    const framework: Framework = {
      id: "fw",
      name: "Lagged",
      owners: [],
      plans: [],
      objectives: [],
      ...(reportingLags === undefined ? {} : { reportingLags }),
      indicators: INDICATORS.map((id) => ({
        id,
        title: id,
        unit: "%",
        polarity: "higher-is-better" as const,
        measure: "outcome" as const,
        frequency: FREQUENCY[id],
        ...(lags[id] === undefined ? {} : { lagDays: lags[id] }),
      })),
      targets: targets.map((t, i) => {
        const goalDate = day(t.baseline + t.goal);
        return {
          id: `t${String(i)}`,
          objective: "o",
          indicator: t.indicator,
          baseline: { date: day(t.baseline), value: "50" },
          goal: t.band
            ? { date: goalDate, low: String(t.goalValue - 5), high: String(t.goalValue + 5) }
            : { date: goalDate, value: String(t.goalValue) },
          tolerance: { percent: t.tolerance },
          ...(t.revision === undefined
            ? {}
            : {
                revisions: [
                  {
                    date: day(t.baseline + t.revision.at),
                    goal: { date: day(t.baseline + t.revision.goal), value: String(t.goalValue + 1) },
                    reason: "Revised",
                  },
                ],
              }),
        };
      }),
      measurements: measurements.map((m) => ({
        indicator: m.indicator,
        date: day(m.day),
        value: String(m.value),
      })),
    };
    return { framework, dates: asOf.map(day) };
  });

/** The month end `k` months after 31 March 2001. */
function monthEndAfter(k: number): string {
  return monthEnd(defined(addMonths("2001-03-31", k)));
}

/** The framework with every indicator's lag set to `lagDays`. */
function withLag(framework: Framework, lagDays: number): Framework {
  return { ...framework, indicators: framework.indicators.map((indicator) => ({ ...indicator, lagDays })) };
}

describe("reporting lags and outturns (properties)", () => {
  it("the status kernel (statusHistory, evaluateFramework's status detail) agrees with evaluateTarget on lagged and ended targets, and counts agree", () => {
    fc.assert(
      fc.property(laggedFrameworks, ({ framework, dates }) => {
        const index = indexFramework(framework);
        const history = statusHistory(index, { dates });
        for (const [d, asOf] of dates.entries()) {
          const full = evaluateFramework(index, { asOf });
          const fast = evaluateFramework(index, { asOf, detail: "status" });
          for (const [row, target] of framework.targets.entries()) {
            const exact = evaluateTarget(index, target.id, { asOf });
            expect(history.targets[row]?.statuses[d]).toBe(exact.status);
            expect(fast.targets[row]?.status).toBe(exact.status);
            expect(full.targets[row]).toEqual(exact);
          }
          expect(fast.counts).toEqual(full.counts);
          expect(fast.provisional).toBe(full.provisional);
          expect(fast.objectives).toEqual(full.objectives);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it("lateness never changes a status: with no lag and with a ten-year lag, the same latest figure gets the same status", () => {
    fc.assert(
      fc.property(laggedFrameworks, ({ framework, dates }) => {
        const prompt = indexFramework(withLag(framework, 0));
        const patient = indexFramework(withLag(framework, 3660));
        for (const asOf of dates) {
          for (const target of framework.targets) {
            const late = evaluateTarget(prompt, target.id, { asOf });
            const awaited = evaluateTarget(patient, target.id, { asOf });
            // The same figure is judged either way; only a target with no figure at all differs (no-data or awaiting-data).
            expect(awaited.actualDate).toBe(late.actualDate);
            if (late.actual !== null) expect(awaited.status).toBe(late.status);
            else expect([late.status, awaited.status]).not.toContain("green");
            // A ten-year lag is never overdue within these dates.
            expect(awaited.stale).toBe(false);
          }
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it("an ended target judges no figure after its goal date, forecasts nothing and asks for nothing after it", () => {
    fc.assert(
      fc.property(laggedFrameworks, ({ framework, dates }) => {
        const index = indexFramework(framework);
        for (const asOf of dates) {
          for (const target of framework.targets) {
            const evaluation = evaluateTarget(index, target.id, { asOf });
            const goalDate = revisionInForce(target, asOf).target.goal.date;
            const ended = goalDate < asOf && goalDate > target.baseline.date && asOf >= target.baseline.date;
            expect(evaluation.outturn !== null).toBe(ended);
            if (!ended) continue;
            const outturn = defined(evaluation.outturn);
            expect(outturn.date).toBe(goalDate);
            expect(evaluation.forecast.value).toBeNull();
            if (evaluation.actualDate !== null) expect(evaluation.actualDate <= goalDate).toBe(true);
            if (evaluation.actual !== null && evaluation.nextFigure !== null)
              expect(evaluation.nextFigure.periodEnd <= goalDate).toBe(true);
            if (outturn.status === "achieved" || outturn.status === "not-achieved") {
              // The outturn is in: no staleness, no next figure, and it is the figure judged.
              expect([evaluation.stale, evaluation.nextFigure]).toEqual([false, null]);
              expect(outturn.actual).toBe(evaluation.actual);
              expect(outturn.shortfall === "0").toBe(outturn.status === "achieved");
            } else {
              expect(outturn.status).toBe("awaiting");
              expect(outturn.actual).toBeNull();
              expect(outturn.overdue).toBe(outturn.due !== null && outturn.due < asOf);
              // The only figure still wanted is the outturn: stale only once it is overdue.
              expect(evaluation.nextFigure).toEqual(
                outturn.due === null ? null : { periodEnd: goalDate, due: outturn.due, overdue: outturn.overdue },
              );
              expect(evaluation.stale).toBe(outturn.overdue);
            }
          }
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
