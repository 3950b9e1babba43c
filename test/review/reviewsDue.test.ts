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
