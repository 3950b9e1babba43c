import { describe, expect, it } from "vitest";
import {
  type Framework,
  checkCascade,
  overdueReviews,
  parseFramework,
  reviewSchedule,
  reviewsDue,
} from "../../src/index.js";
import { indexFramework } from "../../src/model/indexFramework.js";
import { recordedReviews } from "../../src/review/reviewCredit.js";

/** A plan and an objective both called "housing", under an annual cycle that reviews every kind. */
function sharedId(review: Record<string, unknown>): Framework {
  return parseFramework({
    id: "fw",
    name: "Shared id",
    owners: [],
    indicators: [],
    targets: [],
    plans: [
      { id: "housing", name: "Housing plan", level: "service", period: { start: "2001-04-01", end: "2003-03-31" } },
    ],
    objectives: [{ id: "housing", plan: "housing", title: "Decent homes" }],
    reviewCycles: [{ id: "rc", name: "Annual review", frequency: "annual", appliesTo: {} }],
    reviews: [{ cycle: "rc", subject: "housing", date: "2002-04-01", ...review }],
  });
}

const asOf = "2002-06-01";
const overdueKinds = (framework: Framework): string[] =>
  overdueReviews(framework, { asOf }).map((overdue) => overdue.subject.kind);

describe("a review whose subject id names more than one kind", () => {
  it("is credited to neither the plan nor the objective when it does not say which: both stay overdue", () => {
    const framework = sharedId({});
    expect(overdueKinds(framework)).toEqual(["plan", "objective"]);
    for (const kind of ["plan", "objective"] as const) {
      const due = reviewsDue(framework, "rc", { kind, id: "housing" }, { asOf });
      expect(due.lastReviewed).toBeNull();
      expect(due.overdue).toBe(true);
    }
    const findings = checkCascade(framework, { asOf }).findings.filter((f) => f.ruleId === "dangling-reference");
    expect(findings.map((f) => f.messageId)).toEqual(["ambiguousSubject"]);
  });

  it("is credited to the kind its subjectKind names, and only to it", () => {
    const framework = sharedId({ subjectKind: "plan" });
    expect(overdueKinds(framework)).toEqual(["objective"]);
    expect(reviewsDue(framework, "rc", { kind: "plan", id: "housing" }, { asOf }).lastReviewed).toBe("2002-04-01");
    expect(reviewsDue(framework, "rc", { kind: "objective", id: "housing" }, { asOf }).lastReviewed).toBeNull();
    const schedule = reviewSchedule(framework, { from: "2001-04-01", to: asOf, asOf });
    expect(schedule.reviews.map((review) => [review.subject.kind, review.done?.date ?? null])).toEqual([
      ["plan", "2002-04-01"],
      ["objective", null],
    ]);
    expect(checkCascade(framework, { asOf }).findings.filter((f) => f.ruleId === "dangling-reference")).toEqual([]);
  });

  it("is credited to the cycle's kind when the cycle reviews one kind", () => {
    const framework = parseFramework({
      ...sharedId({}),
      reviewCycles: [{ id: "rc", name: "Annual review", frequency: "annual", appliesTo: { kind: "objective" } }],
    });
    expect(reviewsDue(framework, "rc", { kind: "objective", id: "housing" }, { asOf }).lastReviewed).toBe("2002-04-01");
    expect(overdueKinds(framework)).toEqual([]);
  });

  it("is credited to the one kind the cycle covers with that id", () => {
    // The cycle covers service-level subjects: the plan "housing" is one; the owner "housing" has no level.
    const framework = parseFramework({
      ...sharedId({}),
      plans: [
        { id: "housing", name: "Housing plan", level: "service", period: { start: "2001-04-01", end: "2003-03-31" } },
      ],
      objectives: [],
      owners: [{ id: "housing", name: "Housing team", kind: "team" }],
      reviewCycles: [{ id: "rc", name: "Annual review", frequency: "annual", appliesTo: { level: "service" } }],
    });
    expect(reviewsDue(framework, "rc", { kind: "plan", id: "housing" }, { asOf }).lastReviewed).toBe("2002-04-01");
    expect(overdueKinds(framework)).toEqual([]);
  });
});

describe("recordedReviews", () => {
  it("is empty for a subject the cycle has no review of, and lists the one it has", () => {
    const index = indexFramework(sharedId({ subjectKind: "plan" }));
    expect(recordedReviews(index, "rc", "plan", "nothing")).toEqual([]);
    expect(recordedReviews(index, "no-such-cycle", "plan", "housing")).toEqual([]);
    expect(recordedReviews(index, "rc", "objective", "housing")).toEqual([]);
    expect(recordedReviews(index, "rc", "plan", "housing").map((review) => review.date)).toEqual(["2002-04-01"]);
  });
});
