import { describe, expect, it } from "vitest";
import {
  DEFAULT_REVIEW_GRACE_DAYS,
  type Framework,
  type ReviewCycle,
  deadlineOf,
  graceDaysOf,
  reviewsDue,
  safeParseFramework,
} from "../../src/index.js";
import { baseFramework } from "../cascade/harness.js";
import { deepFreeze, jsonCopy, minimalFramework } from "../helpers/fixtures.js";

/** A target on a quarterly indicator, in a plan from 2001-04-01. */
const T_SHORT = { kind: "target", id: "t-top-short" } as const;

/**
 * The base framework, t-top-short last reviewed on `lastReviewed` by the quarterly target cycle,
 * whose grace is `graceDays`: since issue 20, the deadline of each quarter, `graceDays` after it
 * ends (`{ daysAfterPeriodEnd: graceDays }`).
 */
function quarterly(lastReviewed: string, graceDays?: number): Framework {
  const copy = jsonCopy(baseFramework());
  copy.reviewCycles = (copy.reviewCycles ?? []).map((cycle) =>
    cycle.id === "rc-targets" && graceDays !== undefined ? { ...cycle, graceDays } : cycle,
  );
  copy.reviews = [{ cycle: "rc-targets", subject: "t-top-short", date: lastReviewed }];
  return deepFreeze(copy);
}

const overdueOn = (framework: Framework, asOf: string): boolean =>
  reviewsDue(framework, "rc-targets", T_SHORT, { asOf }).overdue;

describe("a review cycle's grace (issue 10: a quarterly review is not overdue the day after the quarter ends)", () => {
  it("the default is six weeks, 42 days: the shortest committee cycle of six to eight weeks", () => {
    expect(DEFAULT_REVIEW_GRACE_DAYS).toBe(42);
    expect(graceDaysOf({})).toBe(42);
    expect(graceDaysOf({ graceDays: 56 })).toBe(56);
    expect(graceDaysOf({ graceDays: 0 })).toBe(0);
  });

  it("the quarter ending 30 June 2001 is overdue on 12 August, not on 1 July nor on 11 August", () => {
    // Reviewed 2001-03-31, before the plan starts: the quarter to 2001-06-30 is owed. 42 days after
    // it: 31 days to 2001-07-31, 11 more, 2001-08-11: its deadline.
    const framework = quarterly("2001-03-31");
    expect(reviewsDue(framework, "rc-targets", T_SHORT, { asOf: "2001-07-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2001-06-30" },
      deadline: "2001-08-11",
      nextDue: "2001-08-11",
      overdueFrom: "2001-08-12",
      overdue: false,
    });
    expect(overdueOn(framework, "2001-08-11")).toBe(false);
    expect(overdueOn(framework, "2001-08-12")).toBe(true);
  });

  it("graceDays 0: overdue the day after the period ends, as before grace existed", () => {
    const framework = quarterly("2001-03-31", 0);
    expect(reviewsDue(framework, "rc-targets", T_SHORT, { asOf: "2001-06-30" })).toMatchObject({
      deadline: "2001-06-30",
      overdueFrom: "2001-07-01",
      overdue: false,
    });
    expect(overdueOn(framework, "2001-07-01")).toBe(true);
  });

  it("an eight-week committee cycle: graceDays 56, the same as deadline { daysAfterPeriodEnd: 56 }", () => {
    // 2001-06-30 + 56 days: 31 to 2001-07-31, 25 more, 2001-08-25; overdue from 2001-08-26.
    const framework = quarterly("2001-03-31", 56);
    expect(overdueOn(framework, "2001-08-25")).toBe(false);
    expect(reviewsDue(framework, "rc-targets", T_SHORT, { asOf: "2001-08-26" })).toMatchObject({
      deadline: "2001-08-25",
      overdueFrom: "2001-08-26",
      overdue: true,
      daysOverdue: 1,
    });
    expect(deadlineOf({ graceDays: 56 })).toEqual({ daysAfterPeriodEnd: 56 });
    expect(deadlineOf({})).toEqual({ daysAfterPeriodEnd: 42 });
  });

  it("a cycle gives deadline or graceDays, not both", () => {
    const input = {
      ...minimalFramework(),
      reviewCycles: [
        {
          id: "rc",
          name: "Quarterly",
          frequency: "quarterly",
          appliesTo: {},
          graceDays: 42,
          deadline: { daysAfterPeriodEnd: 42 },
        },
      ],
    };
    const result = safeParseFramework(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues[0]).toMatchObject({ path: ["reviewCycles", 0, "deadline"] });
    expect(result.error.issues[0]?.message).toMatch(/give deadline or graceDays, not both/u);
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
        reviews: [{ cycle: "rc-owners", subject: "director", date: "9999-11-15" }],
      });
    const director = { kind: "owner", id: "director" } as const;
    // Two-month periods from the financial year's start (9998-04-01): the review of 9999-11-15
    // answers the period to 9999-09-30; the one to 9999-11-30 is owed. + 42 days = 10000-01-11,
    // past the calendar: no review is due within it.
    const due = reviewsDue(lastYear(), "rc-owners", director, { asOf: "9999-12-31" });
    expect(due).toMatchObject({ lastReviewed: "9999-11-15", overdue: false });
    expect(due.deadline).toBeNull();
    // 9999-11-30 + 31 days = 9999-12-31, the calendar's last day: due, overdue from 10000-01-01, never.
    const lastDay = reviewsDue(lastYear(31), "rc-owners", director, { asOf: "9999-12-31" });
    expect(lastDay).toMatchObject({ deadline: "9999-12-31", overdue: false });
    expect(lastDay.overdueFrom).toBeNull();
    // 30 days: overdue from 9999-12-31, the last day.
    expect(reviewsDue(lastYear(30), "rc-owners", director, { asOf: "9999-12-31" })).toMatchObject({
      overdueFrom: "9999-12-31",
      overdue: true,
      daysOverdue: 1,
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
