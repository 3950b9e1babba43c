import { describe, expect, it } from "vitest";
import { NOTHING_DUE } from "./nothingDue.js";
import { type Framework, ReviewError, reviewsDue } from "../../src/index.js";
import { baseFramework } from "../cascade/harness.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";

function framework(edit: (framework: Framework) => void = () => undefined): Framework {
  const copy = jsonCopy(baseFramework());
  edit(copy);
  return deepFreeze(copy);
}

/** A target on a quarterly indicator (pi-cost), in the community plan from 2001-04-01, goal 2002-03-31. */
const T_SHORT = { kind: "target", id: "t-top-short" } as const;
/** A target on an annual indicator (pi-outcome), in the service plan from 2001-04-01, goal 2003-03-31. */
const T_SVC = { kind: "target", id: "t-svc" } as const;

const review = (subject: string, date: string, cycle = "rc-targets") => ({ cycle, subject, date });

describe("reviewsDue: the period owed and its deadline", () => {
  it("never reviewed: the first quarter is owed, due six weeks after it ends, days overdue counted from the deadline", () => {
    // The quarter 2001-04-01 to 2001-06-30; 42 days after 30 June is 11 August (31 days to 31 July,
    // 11 more): overdue from 12 August, one day overdue on it.
    expect(reviewsDue(framework(), "rc-targets", T_SHORT, { asOf: "2001-08-12" })).toEqual({
      cycle: "rc-targets",
      subject: T_SHORT,
      covered: true,
      from: "2001-04-01",
      until: "2002-03-31",
      lastReviewed: null,
      period: { start: "2001-04-01", end: "2001-06-30" },
      deadline: "2001-08-11",
      nextDue: "2001-08-11",
      overdueFrom: "2001-08-12",
      overdue: true,
      daysOverdue: 1,
    });
    expect(reviewsDue(framework(), "rc-targets", T_SHORT, { asOf: "2001-08-11" })).toMatchObject({
      overdue: false,
    });
    expect(reviewsDue(framework(), "rc-targets", T_SHORT, { asOf: "2001-08-11" }).daysOverdue).toBeNull();
  });

  it("reviewed: the quarter after the last one a review answered is owed, on the financial year's quarters", () => {
    const reviewed = framework((f) =>
      f.reviews?.push(
        review("t-top-short", "2001-06-30"),
        review("t-top-short", "2001-12-31"),
        review("t-top-short", "2001-09-01", "rc-plans"),
      ),
    );
    // 30 June answers the first quarter; the quarter to 30 September is due by 11 November.
    expect(reviewsDue(reviewed, "rc-targets", T_SHORT, { asOf: "2001-11-12" })).toMatchObject({
      lastReviewed: "2001-06-30",
      period: { start: "2001-07-01", end: "2001-09-30" },
      deadline: "2001-11-11",
      overdue: true,
      daysOverdue: 1,
    });
    // 31 December, by the end of the next quarter, answers the quarter to 30 September (late); the
    // quarter to 31 December is owed, due by 11 February 2002.
    expect(reviewsDue(reviewed, "rc-targets", T_SHORT, { asOf: "2001-12-31" })).toMatchObject({
      lastReviewed: "2001-12-31",
      period: { start: "2001-10-01", end: "2001-12-31" },
      deadline: "2002-02-11",
      overdue: false,
    });
  });

  it("a target ending on 31 March still owes its year-end review, chased like any other (issue 20)", () => {
    // Before: the next review was counted a quarter after the last (31 January + 3 months = 30
    // April), after the goal date, so it was never due and the year-end review was dropped.
    const kept = framework((f) =>
      f.reviews?.push(
        review("t-top-short", "2001-07-31"),
        review("t-top-short", "2001-10-31"),
        review("t-top-short", "2002-01-31"),
      ),
    );
    expect(reviewsDue(kept, "rc-targets", T_SHORT, { asOf: "2002-05-12" })).toMatchObject({
      until: "2002-03-31",
      period: { start: "2002-01-01", end: "2002-03-31" },
      deadline: "2002-05-12",
      overdue: false,
    });
    expect(reviewsDue(kept, "rc-targets", T_SHORT, { asOf: "2002-05-13" })).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });
    // Held on 20 April: every period of the target is answered, and nothing more is owed.
    const done = framework((f) =>
      f.reviews?.push(
        review("t-top-short", "2001-07-31"),
        review("t-top-short", "2001-10-31"),
        review("t-top-short", "2002-01-31"),
        review("t-top-short", "2002-04-20"),
      ),
    );
    const after = reviewsDue(done, "rc-targets", T_SHORT, { asOf: "2003-01-01" });
    expect(after).toMatchObject({ lastReviewed: "2002-04-20", overdue: false });
    expect(after.period).toBeNull();
    expect(after.nextDue).toBeNull();
  });

  it("the annual review of a one-year plan covers its year and is due six weeks after it ends", () => {
    const oneYear = framework((f) => {
      const plan = f.plans.find((candidate) => candidate.id === "svc");
      if (plan !== undefined) plan.period = { start: "2001-04-01", end: "2002-03-31" };
    });
    expect(reviewsDue(oneYear, "rc-plans", { kind: "plan", id: "svc" }, { asOf: "2002-05-13" })).toMatchObject({
      until: "2002-03-31",
      period: { start: "2001-04-01", end: "2002-03-31" },
      deadline: "2002-05-12",
      overdueFrom: "2002-05-13",
      overdue: true,
      daysOverdue: 1,
    });
  });

  it("a deadline in months keeps month ends: the quarter to 31 December, two months later, is due 28 February", () => {
    const twoMonths = framework((f) => {
      f.reviewCycles = (f.reviewCycles ?? []).map((cycle) =>
        cycle.id === "rc-targets" ? { ...cycle, deadline: { monthsAfterPeriodEnd: 2 } } : cycle,
      );
      f.reviews?.push(review("t-top-short", "2001-07-31"), review("t-top-short", "2001-10-31"));
    });
    expect(reviewsDue(twoMonths, "rc-targets", T_SHORT, { asOf: "2002-03-01" })).toMatchObject({
      period: { start: "2001-10-01", end: "2001-12-31" },
      deadline: "2002-02-28",
      overdueFrom: "2002-03-01",
      overdue: true,
      daysOverdue: 1,
    });
  });

  it("the annual report on Performance Indicators covers the financial year and is due by 30 June after it", () => {
    const piReport = framework((f) =>
      f.reviewCycles?.push({
        id: "rc-pi-report",
        name: "Annual report on Performance Indicators",
        frequency: "annual",
        appliesTo: { kind: "plan", level: "corporate" },
        deadline: { monthsAfterPeriodEnd: 3 },
      }),
    );
    const corp = { kind: "plan", id: "corp" } as const;
    expect(reviewsDue(piReport, "rc-pi-report", corp, { asOf: "2002-06-30" })).toMatchObject({
      period: { start: "2001-04-01", end: "2002-03-31" },
      deadline: "2002-06-30",
      overdue: false,
    });
    expect(reviewsDue(piReport, "rc-pi-report", corp, { asOf: "2002-07-01" }).daysOverdue).toBe(1);
  });

  it("a quarterly cycle asks for the review of an annual indicator's target once a year, when its figure is due", () => {
    // pi-outcome is annual; t-svc's baseline is 2001-03-31, so its first figure is for 2002-03-31,
    // due 91 days later, on 30 June 2002 (the default annual reporting lag): the review is the one
    // for the quarter to 30 June, covering 2001-04-01 to 2002-06-30, due by 11 August 2002 (the
    // cycle's 42 days). No quarterly review of it falls due in 2001.
    expect(reviewsDue(framework(), "rc-targets", T_SVC, { asOf: "2002-01-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2002-06-30" },
      deadline: "2002-08-11",
      overdue: false,
    });
    // With no lag the figure is due on 31 March itself: the review covers the year to 31 March, due by 12 May.
    const prompt = framework((f) => {
      f.indicators = f.indicators.map((indicator) =>
        indicator.id === "pi-outcome" ? { ...indicator, lagDays: 0 } : indicator,
      );
    });
    expect(reviewsDue(prompt, "rc-targets", T_SVC, { asOf: "2002-01-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2002-03-31" },
      deadline: "2002-05-12",
      overdue: false,
    });
    // With a 90-day reporting lag the figure is due on 29 June 2002: the review is the quarter's
    // to 30 June, due by 11 August; a review held before the figure can exist does not answer it.
    const lagged = framework((f) => {
      f.indicators = f.indicators.map((indicator) =>
        indicator.id === "pi-outcome" ? { ...indicator, lagDays: 90 } : indicator,
      );
      f.reviews?.push(review("t-svc", "2001-07-31"), review("t-svc", "2002-04-30"));
    });
    expect(reviewsDue(lagged, "rc-targets", T_SVC, { asOf: "2002-08-12" })).toMatchObject({
      lastReviewed: "2002-04-30",
      period: { start: "2001-04-01", end: "2002-06-30" },
      deadline: "2002-08-11",
      overdue: true,
      daysOverdue: 1,
    });
    // Held on 15 July, after the figure: answered; the next figure (2003-03-31, the goal) is due
    // 2003-06-29, so the next review covers 2002-07-01 to 2003-06-30.
    const answered = framework((f) => {
      f.indicators = f.indicators.map((indicator) =>
        indicator.id === "pi-outcome" ? { ...indicator, lagDays: 90 } : indicator,
      );
      f.reviews?.push(review("t-svc", "2002-07-15"));
    });
    expect(reviewsDue(answered, "rc-targets", T_SVC, { asOf: "2002-08-12" })).toMatchObject({
      period: { start: "2002-07-01", end: "2003-06-30" },
      deadline: "2003-08-11",
      overdue: false,
    });
  });

  it("a cycle's firstDue ends the first period, when it is after the start; later periods follow it", () => {
    // A five-yearly best value review programmed for the plan's third year (seed 5.3.4.2).
    const programmed = (firstDue?: string) =>
      framework((f) =>
        f.reviewCycles?.push({
          id: "rc-best-value",
          name: "Best value reviews",
          frequency: { everyMonths: 60 },
          appliesTo: { kind: "plan", level: "service" },
          ...(firstDue === undefined ? {} : { firstDue }),
        }),
      );
    const svc = { kind: "plan", id: "svc" } as const;
    // 2003-09-30 plus 42 days is 2003-11-11; on 2004-01-01 the review is 51 days overdue.
    expect(reviewsDue(programmed("2003-09-30"), "rc-best-value", svc, { asOf: "2004-01-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2003-09-30" },
      deadline: "2003-11-11",
      overdue: true,
      daysOverdue: 51,
    });
    // Without it, the five years run from the financial year's start: one review covering the
    // three-year plan, the five years to 31 March 2006, due by 12 May 2006.
    expect(reviewsDue(programmed(), "rc-best-value", svc, { asOf: "2004-01-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2006-03-31" },
      deadline: "2006-05-12",
      overdue: false,
    });
    // A quarterly cycle first due at the end of July: quarters to 31 July, 31 October…
    const fromJuly = framework((f) => {
      f.reviewCycles?.push({
        id: "rc-from-july",
        name: "Quarterly, first at the end of July",
        frequency: "quarterly",
        appliesTo: { kind: "plan" },
        firstDue: "2001-07-31",
      });
      f.reviews?.push({ cycle: "rc-from-july", subject: "svc", date: "2001-08-20" });
    });
    expect(reviewsDue(fromJuly, "rc-from-july", svc, { asOf: "2001-08-19" })).toMatchObject({
      period: { start: "2001-04-01", end: "2001-07-31" },
      deadline: "2001-09-11",
    });
    expect(reviewsDue(fromJuly, "rc-from-july", svc, { asOf: "2001-08-20" })).toMatchObject({
      period: { start: "2001-08-01", end: "2001-10-31" },
      deadline: "2001-12-12",
    });
  });

  it("a target without a plan counts from its baseline; an owner from the earliest plan's start", () => {
    const loose = framework((f) => {
      const target = f.targets.find((candidate) => candidate.id === "t-top-short");
      if (target !== undefined) target.objective = "no-such-objective";
      f.reviewCycles?.push({
        id: "rc-owners",
        name: "Owners",
        frequency: { everyMonths: 2 },
        appliesTo: { kind: "owner" },
      });
    });
    // From the baseline, 2001-03-31: the first quarter ending after it is the one to 30 June.
    expect(reviewsDue(loose, "rc-targets", T_SHORT, { asOf: "2001-08-12" })).toMatchObject({
      from: "2001-03-31",
      period: { start: "2001-03-31", end: "2001-06-30" },
      deadline: "2001-08-11",
      overdue: true,
    });
    // Two-month periods from 1 April: the first ends 31 May, due by 12 July (42 days: 30 to 30
    // June, 12 more), overdue from 13 July.
    const owner = reviewsDue(loose, "rc-owners", { kind: "owner", id: "director" }, { asOf: "2001-07-14" });
    expect(owner).toEqual({
      cycle: "rc-owners",
      subject: { kind: "owner", id: "director" },
      covered: true,
      from: "2001-04-01",
      until: null,
      lastReviewed: null,
      period: { start: "2001-04-01", end: "2001-05-31" },
      deadline: "2001-07-12",
      nextDue: "2001-07-12",
      overdueFrom: "2001-07-13",
      overdue: true,
      daysOverdue: 2,
    });
  });

  it("a subject with nothing to count from, and a subject the cycle does not cover, fall due never", () => {
    expect(reviewsDue(framework(), "rc-plans", { kind: "plan", id: "no-such-plan" }, { asOf: "2009-01-01" })).toEqual({
      cycle: "rc-plans",
      subject: { kind: "plan", id: "no-such-plan" },
      covered: true,
      ...NOTHING_DUE,
    });
    expect(reviewsDue(framework(), "rc-plans", T_SVC, { asOf: "2009-01-01" })).toEqual({
      cycle: "rc-plans",
      subject: T_SVC,
      covered: false,
      ...NOTHING_DUE,
    });
  });

  it("is plain JSON", () => {
    const due = reviewsDue(framework(), "rc-targets", T_SVC, { asOf: "2001-07-02" });
    expect(JSON.parse(JSON.stringify(due))).toEqual(due);
  });

  it("throws a ReviewError for an unknown cycle or an asOf that is not a calendar date", () => {
    expect(() => reviewsDue(framework(), "rc-none", T_SVC, { asOf: "2001-07-02" })).toThrow(ReviewError);
    expect(() => reviewsDue(framework(), "rc-targets", T_SVC, { asOf: "2001-02-30" })).toThrow(
      /asOf "2001-02-30" is not a calendar date/,
    );
  });
});
