// Issue 20: "Figures arrive after their period ends" and "Targets end: the outturn", on the seed's
// Stockton example with hand-worked dates and figures.
import { describe, expect, it } from "vitest";
import {
  BRAG,
  DEFAULT_REPORTING_LAGS,
  type Framework,
  evaluateFramework,
  evaluateTarget,
  parseFramework,
  safeParseFramework,
  statusHistory,
} from "../../src/index.js";
import { lagInForce } from "../../src/model/figures.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";

const stockton = deepFreeze(parseFramework(loadExample("stockton")));

/** Stockton with more measurements. */
function withFigures(...measurements: NonNullable<Framework["measurements"]>): Framework {
  return deepFreeze(parseFramework({ ...stockton, measurements: [...(stockton.measurements ?? []), ...measurements] }));
}

describe("reporting lags: the default per frequency, the framework's, the indicator's", () => {
  it("resolves the lag in one place: the indicator's lagDays, else the framework's reportingLags, else six weeks (annual: 91 days)", () => {
    expect(DEFAULT_REPORTING_LAGS).toEqual({ monthly: 42, quarterly: 42, annual: 91 });
    expect(lagInForce({ frequency: "quarterly" }, undefined)).toBe(42);
    expect(lagInForce({ frequency: "annual" }, {})).toBe(91);
    expect(lagInForce({ frequency: "quarterly" }, { reportingLags: { quarterly: 56 } })).toBe(56);
    expect(lagInForce({ frequency: "monthly" }, { reportingLags: { quarterly: 56 } })).toBe(42);
    expect(lagInForce({ frequency: "quarterly", lagDays: 0 }, { reportingLags: { quarterly: 56 } })).toBe(0);
  });

  it("refuses a framework lag that is not whole days from 0 to 3660, or a frequency it does not know, naming the field", () => {
    for (const reportingLags of [
      { quarterly: -1 },
      { annual: 1.5 },
      { monthly: 4000 },
      { weekly: 7 },
      { quarterly: "42" },
    ]) {
      const result = safeParseFramework({ ...stockton, reportingLags });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.path.slice(0, 1)).toEqual(["reportingLags"]);
    }
    expect(safeParseFramework({ ...stockton, reportingLags: { quarterly: 56 } }).success).toBe(true);
  });

  it("Stockton on 1 October 2001, the day after quarter 2 ends: its quarterly figures are awaited, not late", () => {
    // The quarter to 30 September is due six weeks later: October's 31 days reach 31 October, 11
    // more 11 November. Each target keeps the status of its June figure.
    const october = evaluateFramework(stockton, { asOf: "2001-10-01" });
    const of = (id: string) => october.targets.find((t) => t.target === id);
    for (const [id, status] of [
      ["t-zero-homelessness", "green"],
      ["t-youth-offending", "green"],
      ["t-street-cleanliness", "amber"],
      ["t-new-deal", "amber"],
      ["t-homeless-offers", "red"],
    ] as const) {
      expect([of(id)?.status, of(id)?.actualDate, of(id)?.stale]).toEqual([status, "2001-06-30", false]);
      expect(of(id)?.nextFigure).toEqual({ periodEnd: "2001-09-30", due: "2001-11-11", overdue: false });
    }
    // The borough's unemployment rate is monthly and published three weeks after the month (the
    // example's illustrative lag): July's was due 21 August and is late. Late, and still green.
    expect([of("t-unemployment")?.status, of("t-unemployment")?.stale]).toEqual(["green", true]);
    expect(of("t-unemployment")?.nextFigure).toEqual({ periodEnd: "2001-07-31", due: "2001-08-21", overdue: true });
    // GCSE results for the year to 31 August are awaited until 31 October (61 days, illustrative).
    expect([of("t-gcse")?.status, of("t-gcse")?.nextFigure?.due]).toEqual(["awaiting-data", "2001-10-31"]);
    // On 12 November the quarter's figures are late, and the statuses stand.
    const november = evaluateFramework(stockton, { asOf: "2001-11-12" });
    expect(november.targets.find((t) => t.target === "t-youth-offending")).toMatchObject({
      status: "green",
      stale: true,
    });
    // The green, amber and red counts stand; only the GCSEs, now past their due date, move from
    // awaiting data to no data.
    expect(november.counts).toEqual({
      ...october.counts,
      "awaiting-data": october.counts["awaiting-data"] - 1,
      "no-data": october.counts["no-data"] + 1,
    });
    expect(november.targets.find((t) => t.target === "t-gcse")?.status).toBe("no-data");
  });

  it("a framework's reportingLags apply to indicators that set no lag; the indicator's own lagDays wins", () => {
    const eightWeeks = deepFreeze(parseFramework({ ...stockton, reportingLags: { quarterly: 56, monthly: 60 } }));
    const youth = evaluateTarget(eightWeeks, "t-youth-offending", { asOf: "2001-10-01" });
    // 30 September + 56 days: 31 October, then 25 November.
    expect(youth.nextFigure).toEqual({ periodEnd: "2001-09-30", due: "2001-11-25", overdue: false });
    // Unemployment states its own 21 days: the framework's 60 do not apply.
    expect(evaluateTarget(eightWeeks, "t-unemployment", { asOf: "2001-10-01" }).nextFigure?.due).toBe("2001-08-21");
    // Zone cleanliness states none: 31 July + 60 days is 29 September.
    expect(evaluateTarget(eightWeeks, "t-zone-cleanliness", { asOf: "2001-10-01" }).nextFigure?.due).toBe("2001-09-29");
  });
});

describe("outturns: Stockton's year to 31 March 2002, reported on 10 May 2002", () => {
  it("the targets whose year ended are awaiting their outturn, keep their latest status, and are forecast to no past date", () => {
    const may = evaluateFramework(stockton, { asOf: "2002-05-10" });
    for (const [id, status, goal] of [
      ["t-street-cleanliness", "amber", "95"],
      ["t-zone-cleanliness", "amber", "95"],
      ["t-homeless-offers", "red", "100"],
      ["t-relet-28-days", "red", "100"],
    ] as const) {
      const evaluation = may.targets.find((t) => t.target === id);
      // March's figures are due six weeks after 31 March: 30 days of April, 12 of May: 12 May.
      expect(evaluation?.outturn).toEqual({
        date: "2002-03-31",
        due: "2002-05-12",
        overdue: false,
        status: "awaiting",
        actual: null,
        goal,
        shortfall: null,
        shortfallPercent: null,
      });
      expect([evaluation?.status, evaluation?.actualDate]).toEqual([status, "2001-06-30"]);
      expect(evaluation?.forecast).toEqual({
        value: null,
        reason: "the target ended on 2002-03-31: its outturn is judged, not forecast",
      });
      // The only figure still wanted is the outturn: the year's to 31 March, due 12 May. Not the
      // quarters missed since June 2001 (the September quarter was due 11 November 2001): within
      // the outturn's lag the target is not stale.
      expect([evaluation?.nextFigure, evaluation?.stale]).toEqual([
        { periodEnd: "2002-03-31", due: "2002-05-12", overdue: false },
        false,
      ]);
    }
    // On 15 April 2002, too: the year has ended, and its figure is not due until 12 May.
    expect(evaluateTarget(stockton, "t-homeless-offers", { asOf: "2002-04-15" })).toMatchObject({
      stale: false,
      nextFigure: { periodEnd: "2002-03-31", due: "2002-05-12", overdue: false },
    });
    // Before its end, the same target was stale: the September quarter was due 11 November 2001.
    expect(evaluateTarget(stockton, "t-homeless-offers", { asOf: "2002-03-31" })).toMatchObject({
      stale: true,
      nextFigure: { periodEnd: "2001-09-30", due: "2001-11-11", overdue: true },
    });
    // From 13 May the outturn is late, and so the target is stale.
    const late = evaluateTarget(stockton, "t-street-cleanliness", { asOf: "2002-05-13" });
    expect(late.outturn).toMatchObject({ status: "awaiting", overdue: true });
    expect([late.stale, late.nextFigure]).toEqual([
      true,
      { periodEnd: "2002-03-31", due: "2002-05-12", overdue: true },
    ]);
  });

  it("a three-year target keeps being judged on its path: no outturn until March 2004", () => {
    const homelessness = evaluateTarget(stockton, "t-zero-homelessness", { asOf: "2002-05-10" });
    expect([homelessness.outturn, homelessness.status, homelessness.forecast.value]).toEqual([null, "green", null]);
    expect(homelessness.forecast).toEqual({
      value: null,
      reason: "needs at least three measurements since the baseline; there is 1",
    });
  });

  it("judges the final figure against the goal: achieved, or not achieved by how much; later figures are not the target's", () => {
    const final = withFigures(
      { indicator: "pi-street-cleanliness", date: "2002-03-31", value: "93" },
      { indicator: "pi-relet-28-days", date: "2002-03-31", value: "100" },
      // April's re-lets belong to 2002/03, not to the year that ended.
      { indicator: "pi-relet-28-days", date: "2002-04-30", value: "60" },
    );
    const street = evaluateTarget(final, "t-street-cleanliness", { asOf: "2002-05-10" });
    // 93 against 95: 2 short, 2/95 = 2.1052631579%; the absolute tolerance of 2 makes it amber.
    expect(street.outturn).toEqual({
      date: "2002-03-31",
      due: "2002-05-12",
      overdue: false,
      status: "not-achieved",
      actual: "93",
      goal: "95",
      shortfall: "2",
      shortfallPercent: "2.1052631579",
    });
    expect([street.status, street.actualDate, street.expected, street.stale, street.nextFigure]).toEqual([
      "amber",
      "2002-03-31",
      "95",
      false,
      null,
    ]);
    const relets = evaluateTarget(final, "t-relet-28-days", { asOf: "2002-05-10" });
    expect(relets.outturn).toMatchObject({ status: "achieved", actual: "100", goal: "100", shortfall: "0" });
    expect([relets.status, relets.actual, relets.actualDate, relets.nextFigure]).toEqual([
      "green",
      "100",
      "2002-03-31",
      null,
    ]);
    expect(evaluateTarget(final, "t-relet-28-days", { asOf: "2002-05-10", scale: BRAG }).status).toBe("blue");
    // The status kernel reads the same figure.
    const dates = ["2002-03-31", "2002-04-30", "2002-05-10"];
    const history = statusHistory(final, { dates }).targets.find((row) => row.target === "t-relet-28-days");
    expect(history?.statuses).toEqual(["green", "green", "green"]);
    expect(evaluateFramework(final, { asOf: "2002-05-10", detail: "status" }).counts).toEqual(
      evaluateFramework(final, { asOf: "2002-05-10" }).counts,
    );
  });

  it("GCSEs to August 2002: the outturn is awaited until the results are, 61 days after", () => {
    const september = evaluateTarget(stockton, "t-gcse", { asOf: "2002-09-15" });
    expect(september.outturn).toMatchObject({ date: "2002-08-31", due: "2002-10-31", status: "awaiting" });
    // No figure at all since the 2000 baseline: the 2001 results were due by 31 October 2001, so
    // no data; but the target has ended, and the only figure still wanted is the outturn, not yet
    // due: not stale, and the figure asked for is August 2002's, by 31 October 2002.
    expect([september.status, september.stale]).toEqual(["no-data", false]);
    expect(september.nextFigure).toEqual({ periodEnd: "2002-08-31", due: "2002-10-31", overdue: false });
    expect(evaluateTarget(stockton, "t-gcse", { asOf: "2002-11-01" }).stale).toBe(true);
    const results = withFigures({ indicator: "pi-gcse", date: "2002-08-31", value: "51.5" });
    const november = evaluateTarget(results, "t-gcse", { asOf: "2002-11-01" });
    expect(november.outturn).toMatchObject({ status: "achieved", actual: "51.5", goal: "50", shortfall: "0" });
    expect([november.status, november.stale, november.nextFigure]).toEqual(["green", false, null]);
  });
});
