import { describe, expect, it } from "vitest";
import {
  DEFAULT_REVIEW_GRACE_DAYS,
  type Framework,
  type ReviewCycle,
  graceDaysOf,
  reviewsDue,
  safeParseFramework,
} from "../../src/index.js";
import { baseFramework } from "../cascade/harness.js";
import { deepFreeze, jsonCopy, minimalFramework } from "../helpers/fixtures.js";

const T_SVC = { kind: "target", id: "t-svc" } as const;

/** The base framework, t-svc last reviewed on `lastReviewed` by the quarterly target cycle, whose grace is `graceDays`. */
function quarterly(lastReviewed: string, graceDays?: number): Framework {
  const copy = jsonCopy(baseFramework());
  copy.reviewCycles = (copy.reviewCycles ?? []).map((cycle) =>
    cycle.id === "rc-targets" && graceDays !== undefined ? { ...cycle, graceDays } : cycle,
  );
  copy.reviews = [{ cycle: "rc-targets", subject: "t-svc", date: lastReviewed }];
  return deepFreeze(copy);
}

const overdueOn = (framework: Framework, asOf: string): boolean =>
  reviewsDue(framework, "rc-targets", T_SVC, { asOf }).overdue;

describe("a review cycle's grace (issue 10: a quarterly review is not overdue the day after the quarter ends)", () => {
  it("the default is six weeks, 42 days: the shortest committee cycle of six to eight weeks", () => {
    expect(DEFAULT_REVIEW_GRACE_DAYS).toBe(42);
    expect(graceDaysOf({})).toBe(42);
    expect(graceDaysOf({ graceDays: 56 })).toBe(56);
    expect(graceDaysOf({ graceDays: 0 })).toBe(0);
  });

  it("the quarter ending 30 June 2001 is overdue on 12 August, not on 1 July nor on 11 August", () => {
    // Reviewed 2001-03-31; a quarter later (month end kept) the next report is due 2001-06-30.
    // 42 days after 2001-06-30: 31 days to 2001-07-31, 11 more, 2001-08-11: the grace's last day.
    const framework = quarterly("2001-03-31");
    expect(reviewsDue(framework, "rc-targets", T_SVC, { asOf: "2001-07-01" })).toMatchObject({
      nextDue: "2001-06-30",
      overdueFrom: "2001-08-12",
      overdue: false,
    });
    expect(overdueOn(framework, "2001-08-11")).toBe(false);
    expect(overdueOn(framework, "2001-08-12")).toBe(true);
  });

  it("graceDays 0: overdue the day after the due date, as before grace existed", () => {
    const framework = quarterly("2001-03-31", 0);
    expect(reviewsDue(framework, "rc-targets", T_SVC, { asOf: "2001-06-30" })).toMatchObject({
      nextDue: "2001-06-30",
      overdueFrom: "2001-07-01",
      overdue: false,
    });
    expect(overdueOn(framework, "2001-07-01")).toBe(true);
  });

  it("an eight-week committee cycle: graceDays 56", () => {
    // 2001-06-30 + 56 days: 31 to 2001-07-31, 25 more, 2001-08-25; overdue from 2001-08-26.
    const framework = quarterly("2001-03-31", 56);
    expect(overdueOn(framework, "2001-08-25")).toBe(false);
    expect(reviewsDue(framework, "rc-targets", T_SVC, { asOf: "2001-08-26" })).toMatchObject({
      overdueFrom: "2001-08-26",
      overdue: true,
    });
  });

  it("month ends: a quarter after 30 November is 28 February (29 in a leap year), and the grace counts days from there", () => {
    // 2001-11-30 + 3 months = 2002-02-28; + 42 days: 31 to 2002-03-31, 11 more, 2002-04-11.
    expect(reviewsDue(quarterly("2001-11-30"), "rc-targets", T_SVC, { asOf: "2002-04-11" })).toMatchObject({
      nextDue: "2002-02-28",
      overdueFrom: "2002-04-12",
      overdue: false,
    });
    // 1999-11-30 + 3 months = 2000-02-29 (a leap year); + 42 days: 31 to 2000-03-31, 11 more, 2000-04-11.
    expect(reviewsDue(quarterly("1999-11-30"), "rc-targets", T_SVC, { asOf: "2000-04-12" })).toMatchObject({
      nextDue: "2000-02-29",
      overdueFrom: "2000-04-12",
      overdue: true,
    });
  });

  it("a due date near 9999-12-31 whose grace runs past the calendar is never overdue within it", () => {
    const cycles = (graceDays?: number): ReviewCycle[] => [
      {
        id: "rc-owners",
        name: "Owners",
        frequency: { everyMonths: 2 },
        appliesTo: { kind: "owner" },
        ...(graceDays === undefined ? {} : { graceDays }),
      },
    ];
    const lastYear = (graceDays?: number): Framework =>
      deepFreeze({
        ...minimalFramework(),
        owners: [{ id: "director", name: "Director", kind: "individual" }],
        plans: [{ id: "sp", name: "Plan", level: "service", period: { start: "9999-01-01", end: "9999-12-31" } }],
        reviewCycles: cycles(graceDays),
        reviews: [{ cycle: "rc-owners", subject: "director", date: "9999-09-30" }],
      });
    const director = { kind: "owner", id: "director" } as const;
    // 9999-09-30 + 2 months = 9999-11-30; + 42 days = 10000-01-11, past the calendar: no overdueFrom.
    const due = reviewsDue(lastYear(), "rc-owners", director, { asOf: "9999-12-31" });
    expect(due).toMatchObject({ nextDue: "9999-11-30", overdue: false });
    expect(due.overdueFrom).toBeUndefined();
    // 9999-11-30 + 31 days = 9999-12-31, the calendar's last day: overdue from 10000-01-01, never.
    expect(reviewsDue(lastYear(31), "rc-owners", director, { asOf: "9999-12-31" }).overdueFrom).toBeUndefined();
    // 30 days: overdue from 9999-12-31, the last day.
    expect(reviewsDue(lastYear(30), "rc-owners", director, { asOf: "9999-12-31" })).toMatchObject({
      overdueFrom: "9999-12-31",
      overdue: true,
    });
    // Without grace: overdue from 9999-12-01.
    expect(reviewsDue(lastYear(0), "rc-owners", director, { asOf: "9999-12-01" })).toMatchObject({
      overdueFrom: "9999-12-01",
      overdue: true,
    });
  });

  it.each([
    [-1, { code: "too_small", minimum: 0, message: /graceDays: must be at least 0\.$/u }],
    [1.5, { code: "invalid_type", message: /graceDays: must be a whole number, but is the number 1\.5\.$/u }],
    ["42", { code: "invalid_type", message: /graceDays: must be a number, but is the text "42"\.$/u }],
    [3661, { code: "too_big", maximum: 3660, message: /graceDays: must be at most 3660\.$/u }],
  ])("graceDays %j is refused with an issue naming the cycle and the field", (graceDays, issue) => {
    const input = {
      ...minimalFramework(),
      reviewCycles: [{ id: "rc", name: "Quarterly", frequency: "quarterly", appliesTo: {}, graceDays }],
    };
    const result = safeParseFramework(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({ ...issue, path: ["reviewCycles", 0, "graceDays"] });
    expect(result.error.issues[0]?.message).toMatch(/^review cycle "rc" \(reviewCycles\[0\]\), graceDays/u);
  });
});
