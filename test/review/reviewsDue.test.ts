import { describe, expect, it } from "vitest";
import { type Framework, ReviewError, reviewsDue } from "../../src/index.js";
import { baseFramework } from "../cascade/harness.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";

function framework(edit: (framework: Framework) => void = () => undefined): Framework {
  const copy = jsonCopy(baseFramework());
  edit(copy);
  return deepFreeze(copy);
}

const T_SVC = { kind: "target", id: "t-svc" } as const;

describe("reviewsDue", () => {
  it("never reviewed: due a cycle after the subject's plan starts, overdue once six weeks' grace has passed", () => {
    // Plan starts 2001-04-01, quarterly: due 2001-07-01; 42 days' grace runs to 2001-08-12 (30 days
    // to 2001-07-31, 12 more), so overdue from 2001-08-13.
    expect(reviewsDue(framework(), "rc-targets", T_SVC, { asOf: "2001-08-13" })).toEqual({
      cycle: "rc-targets",
      subject: T_SVC,
      covered: true,
      from: "2001-04-01",
      until: "2003-03-31",
      nextDue: "2001-07-01",
      overdueFrom: "2001-08-13",
      overdue: true,
    });
    expect(reviewsDue(framework(), "rc-targets", T_SVC, { asOf: "2001-07-02" }).overdue).toBe(false);
    expect(reviewsDue(framework(), "rc-targets", T_SVC, { asOf: "2001-08-12" }).overdue).toBe(false);
  });

  it("reviewed: due a cycle after the last review on or before asOf", () => {
    const reviewed = framework((f) =>
      f.reviews?.push(
        { cycle: "rc-targets", subject: "t-svc", date: "2001-06-30" },
        { cycle: "rc-targets", subject: "t-svc", date: "2001-12-31" },
        { cycle: "rc-plans", subject: "t-svc", date: "2001-09-01" },
      ),
    );
    // Due 2001-09-30; 42 days' grace runs to 2001-11-11 (31 days to 2001-10-31, 11 more).
    expect(reviewsDue(reviewed, "rc-targets", T_SVC, { asOf: "2001-11-12" })).toMatchObject({
      lastReviewed: "2001-06-30",
      nextDue: "2001-09-30",
      overdueFrom: "2001-11-12",
      overdue: true,
    });
    expect(reviewsDue(reviewed, "rc-targets", T_SVC, { asOf: "2001-12-31" })).toMatchObject({
      lastReviewed: "2001-12-31",
      nextDue: "2002-03-31",
      overdue: false,
    });
  });

  it("no review falls due after the plan ends or the target's goal date", () => {
    const late = framework((f) => f.reviews?.push({ cycle: "rc-targets", subject: "t-svc", date: "2003-01-15" }));
    const due = reviewsDue(late, "rc-targets", T_SVC, { asOf: "2004-01-01" });
    expect(due).toMatchObject({ lastReviewed: "2003-01-15", until: "2003-03-31", overdue: false });
    expect(due.nextDue).toBeUndefined();
    const plan = reviewsDue(framework(), "rc-plans", { kind: "plan", id: "svc" }, { asOf: "2006-01-01" });
    expect(plan).toMatchObject({ from: "2001-04-01", until: "2004-03-31", nextDue: "2002-04-01", overdue: true });
  });

  it("the review of the last period falls due the day after the span ends, and no later", () => {
    // A one-year plan (2001-04-01 to 2002-03-31) reviewed annually: the year's review is due
    // 2001-04-01 + 12 months = 2002-04-01, the day after the plan ends (seed 5.3.4.1: "an annual
    // review of plans"); before this was allowed, a one-year plan's annual review never fell due.
    const oneYear = framework((f) => {
      const plan = f.plans.find((candidate) => candidate.id === "svc");
      if (plan !== undefined) plan.period = { start: "2001-04-01", end: "2002-03-31" };
    });
    expect(reviewsDue(oneYear, "rc-plans", { kind: "plan", id: "svc" }, { asOf: "2002-05-13" })).toMatchObject({
      until: "2002-03-31",
      nextDue: "2002-04-01",
      // 42 days' grace after 2002-04-01 runs to 2002-05-13: overdue from 2002-05-14.
      overdueFrom: "2002-05-14",
      overdue: false,
    });
    // Reviewed on 2001-04-30: the next would be due 2002-04-30, a month after the plan ends: none.
    const reviewed = framework((f) => {
      const plan = f.plans.find((candidate) => candidate.id === "svc");
      if (plan !== undefined) plan.period = { start: "2001-04-01", end: "2002-03-31" };
      f.reviews?.push({ cycle: "rc-plans", subject: "svc", date: "2001-04-30" });
    });
    expect(
      reviewsDue(reviewed, "rc-plans", { kind: "plan", id: "svc" }, { asOf: "2003-01-01" }).nextDue,
    ).toBeUndefined();
  });

  it("a cycle's firstDue sets the first review of a subject not yet reviewed, when it is after the start", () => {
    // A five-yearly best value review programmed for the plan's third year (seed 5.3.4.2: "best
    // value reviews of services every 5 years"): 60 months after 2001-04-01 is 2006-04-01, after the
    // plan ends on 2004-03-31, so without firstDue no review would fall due while the plan runs.
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
    expect(reviewsDue(programmed(), "rc-best-value", svc, { asOf: "2004-01-01" }).nextDue).toBeUndefined();
    expect(reviewsDue(programmed("2003-09-30"), "rc-best-value", svc, { asOf: "2004-01-01" })).toMatchObject({
      nextDue: "2003-09-30",
      // 42 days after 2003-09-30 is 2003-11-11: overdue from 2003-11-12.
      overdueFrom: "2003-11-12",
      overdue: true,
    });
    // A firstDue on or before the start is ignored: one period after the start, as without it.
    expect(reviewsDue(programmed("2001-04-01"), "rc-best-value", svc, { asOf: "2004-01-01" }).nextDue).toBeUndefined();
    // Once reviewed, the next falls due one period after the review, firstDue or not.
    const reviewed = framework((f) => {
      f.reviewCycles?.push({
        id: "rc-quarterly-from-june",
        name: "Quarterly, first at the end of June",
        frequency: "quarterly",
        appliesTo: { kind: "plan" },
        firstDue: "2001-06-30",
      });
      f.reviews?.push({ cycle: "rc-quarterly-from-june", subject: "svc", date: "2001-07-20" });
    });
    expect(reviewsDue(reviewed, "rc-quarterly-from-june", svc, { asOf: "2001-07-19" }).nextDue).toBe("2001-06-30");
    expect(reviewsDue(reviewed, "rc-quarterly-from-june", svc, { asOf: "2001-07-20" }).nextDue).toBe("2001-10-20");
  });

  it("a target without a plan counts from its baseline; an owner from the earliest plan's start", () => {
    const loose = framework((f) => {
      const target = f.targets.find((candidate) => candidate.id === "t-svc");
      if (target !== undefined) target.objective = "no-such-objective";
      f.reviewCycles?.push({
        id: "rc-owners",
        name: "Owners",
        frequency: { everyMonths: 2 },
        appliesTo: { kind: "owner" },
      });
    });
    // Baseline 2001-03-31 plus a quarter: due 2001-06-30, overdue from 2001-08-12 (42 days' grace).
    expect(reviewsDue(loose, "rc-targets", T_SVC, { asOf: "2001-08-12" })).toMatchObject({
      from: "2001-03-31",
      nextDue: "2001-06-30",
      overdueFrom: "2001-08-12",
      overdue: true,
    });
    // 2001-04-01 plus two months: due 2001-06-01; 42 days' grace runs to 2001-07-13 (29 days to
    // 2001-06-30, 13 more), so overdue from 2001-07-14.
    const owner = reviewsDue(loose, "rc-owners", { kind: "owner", id: "director" }, { asOf: "2001-07-14" });
    expect(owner).toEqual({
      cycle: "rc-owners",
      subject: { kind: "owner", id: "director" },
      covered: true,
      from: "2001-04-01",
      nextDue: "2001-06-01",
      overdueFrom: "2001-07-14",
      overdue: true,
    });
  });

  it("a subject with nothing to count from, and a subject the cycle does not cover, fall due never", () => {
    expect(reviewsDue(framework(), "rc-plans", { kind: "plan", id: "no-such-plan" }, { asOf: "2009-01-01" })).toEqual({
      cycle: "rc-plans",
      subject: { kind: "plan", id: "no-such-plan" },
      covered: true,
      overdue: false,
    });
    expect(reviewsDue(framework(), "rc-plans", T_SVC, { asOf: "2009-01-01" })).toEqual({
      cycle: "rc-plans",
      subject: T_SVC,
      covered: false,
      overdue: false,
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
