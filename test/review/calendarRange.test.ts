import { describe, expect, it } from "vitest";
import { NOTHING_DUE } from "./nothingDue.js";
import { type Framework, reviewSchedule, reviewsDue } from "../../src/index.js";
import { deepFreeze, minimalFramework } from "../helpers/fixtures.js";

/** One plan ending on the calendar's last day, an owner cycle every two months and a quarterly target cycle. */
function lastYear(): Framework {
  const framework = minimalFramework();
  return deepFreeze({
    ...framework,
    owners: [{ id: "director", name: "Director", kind: "individual" }],
    plans: [
      {
        id: "sp",
        name: "Plan",
        level: "service",
        owner: "director",
        period: { start: "9999-01-01", end: "9999-12-31" },
      },
    ],
    objectives: [{ id: "o", plan: "sp", title: "An objective" }],
    indicators: [
      { id: "pi", title: "PI", unit: "%", polarity: "higher-is-better", measure: "output", frequency: "monthly" },
    ],
    targets: [
      {
        id: "t",
        objective: "o",
        indicator: "pi",
        baseline: { date: "9998-12-31", value: "1" },
        goal: { date: "9999-12-31", value: "2" },
      },
    ],
    reviewCycles: [
      { id: "rc-owners", name: "Owners", frequency: { everyMonths: 2 }, appliesTo: { kind: "owner" } },
      { id: "rc-targets", name: "Targets", frequency: "quarterly", appliesTo: { kind: "target" } },
    ],
    reviews: [
      { cycle: "rc-owners", subject: "director", date: "9999-11-15" },
      { cycle: "rc-targets", subject: "t", date: "9999-11-15" },
    ],
  });
}

describe("reviewsDue at the calendar's end (9999-12-31)", () => {
  it("a review due past 9999-12-31 is not due within the calendar: no next due date, never overdue", () => {
    const owner = reviewsDue(lastYear(), "rc-owners", { kind: "owner", id: "director" }, { asOf: "9999-12-31" });
    expect(owner).toEqual({
      cycle: "rc-owners",
      subject: { kind: "owner", id: "director" },
      covered: true,
      ...NOTHING_DUE,
      from: "9999-01-01",
      lastReviewed: "9999-11-15",
    });
    const target = reviewsDue(lastYear(), "rc-targets", { kind: "target", id: "t" }, { asOf: "9999-12-31" });
    expect(target).toMatchObject({ lastReviewed: "9999-11-15", until: "9999-12-31", overdue: false });
    expect(target.nextDue).toBeNull();
  });

  it("a review due on the calendar's last day is still due, and overdue never (nothing comes after it)", () => {
    const framework = lastYear();
    // The period to 9999-11-30 is owed; with 31 days' grace its deadline is 9999-12-31.
    const early = deepFreeze({
      ...framework,
      reviewCycles: (framework.reviewCycles ?? []).map((cycle) =>
        cycle.id === "rc-owners" ? { ...cycle, graceDays: 31 } : cycle,
      ),
    });
    const owner = reviewsDue(early, "rc-owners", { kind: "owner", id: "director" }, { asOf: "9999-12-31" });
    expect(owner).toMatchObject({
      period: { start: "9999-10-01", end: "9999-11-30" },
      deadline: "9999-12-31",
      overdue: false,
    });
    expect(owner.overdueFrom).toBeNull();
  });
});

describe("reviewSchedule at the calendar's end (9999-12-31)", () => {
  it("lists the periods whose deadlines fall within the calendar, and none after them", () => {
    const reviews = reviewSchedule(lastYear(), { from: "9999-01-01", to: "9999-12-31" }).reviews.filter(
      (review) => review.cycle === "rc-targets",
    );
    // Quarterly on the April year, each due six weeks (42 days) after it ends: the quarters to
    // 31 March (due 12 May), 30 June (11 August) and 30 September (11 November). The quarter to
    // 31 December would be due on 11 February 10000, past the calendar: it is not listed.
    expect(reviews.map((review) => [review.period.end, review.due])).toEqual([
      ["9999-03-31", "9999-05-12"],
      ["9999-06-30", "9999-08-11"],
      ["9999-09-30", "9999-11-11"],
    ]);
  });
});

describe("reviewsDue of a subject whose reviews have no start", () => {
  it("an owner, where no plan is dated: covered, nothing due, never overdue", () => {
    const framework = minimalFramework();
    const undated = deepFreeze({
      ...framework,
      owners: [{ id: "director", name: "Director", kind: "individual" as const }],
      plans: [],
      objectives: [],
      indicators: [],
      targets: [],
      reviewCycles: [
        { id: "rc-owners", name: "Owners", frequency: "quarterly" as const, appliesTo: { kind: "owner" as const } },
      ],
      reviews: [],
    });
    const due = reviewsDue(undated, "rc-owners", { kind: "owner", id: "director" }, { asOf: "2002-01-01" });
    expect(due).toEqual({
      cycle: "rc-owners",
      subject: { kind: "owner", id: "director" },
      covered: true,
      ...NOTHING_DUE,
    });
  });
});
