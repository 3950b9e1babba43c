// Issue 20: one due-date rule. For the same review, reviewsDue, overdueReviews, reviewSchedule and
// the cascade checker's review-overdue give the same period, the same deadline and the same days
// overdue, counted from the deadline, on generated cycles, deadlines, lags, reviews and dates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ReviewSubjectKind,
  checkCascade,
  cycleCovers,
  indexFramework,
  overdueReviews,
  reviewSchedule,
  reviewsDue,
} from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import {
  BASE_REVIEW_SUBJECTS,
  REVIEW_SUBJECT_KINDS,
  reviewAsOfArbitrary,
  reviewedFrameworkArbitrary,
} from "../arbitraries/reviews.js";
import { runs, timeout } from "../helpers/runs.js";

const KINDS = REVIEW_SUBJECT_KINDS;
const asOfArbitrary = reviewAsOfArbitrary;

const key = (cycle: string, kind: string, id: string) => `${cycle} ${kind}:${id}`;

/** Whether the framework has a subject of that kind and id: the engines list the subjects that exist. */
function exists(index: ReturnType<typeof indexFramework>, kind: ReviewSubjectKind, id: string): boolean {
  const entities = { plan: index.plans, objective: index.objectives, target: index.targets, owner: index.owners }[kind];
  return entities.has(id);
}

describe("the review engines agree on one due-date rule (issue 20)", () => {
  it(
    "property: reviewsDue, overdueReviews, reviewSchedule and review-overdue give the same period, deadline and days overdue",
    () => {
      fc.assert(
        fc.property(reviewedFrameworkArbitrary, asOfArbitrary, (framework, asOf) => {
          const index = indexFramework(framework);
          const listed = new Map(
            overdueReviews(index, { asOf }).map((r) => [key(r.cycle, r.subject.kind, r.subject.id), r]),
          );
          const found = new Map(
            checkCascade(index, { asOf, rules: {} })
              .findings.filter((finding) => finding.ruleId === "review-overdue")
              .map((f) => [key(f.related[0]?.id ?? "", f.subject.kind, f.subject.id), f]),
          );
          expect([...found.keys()].sort()).toEqual([...listed.keys()].sort());
          for (const cycle of framework.reviewCycles ?? [])
            for (const kind of KINDS)
              for (const id of BASE_REVIEW_SUBJECTS) {
                const subject = { kind, id };
                if (!exists(index, kind, id) || !cycleCovers(index, cycle.id, subject)) continue;
                const due = reviewsDue(index, cycle.id, subject, { asOf });
                const overdue = listed.get(key(cycle.id, kind, id));
                expect(overdue !== undefined).toBe(due.overdue);
                if (due.period === null || due.deadline === null) {
                  expect(due.overdue).toBe(false);
                  continue;
                }
                // The deadline is on or after the period's end; overdue from the day after it.
                expect(due.period.start <= due.period.end).toBe(true);
                expect(due.deadline >= due.period.end).toBe(true);
                expect(due.nextDue).toBe(due.deadline);
                if (due.overdueFrom !== null)
                  expect(due.overdueFrom).toBe(fromDayNumber(toDayNumber(due.deadline) + 1));
                expect(due.overdue).toBe(due.overdueFrom !== null && due.overdueFrom <= asOf);
                const days = due.overdue ? toDayNumber(asOf) - toDayNumber(due.deadline) : null;
                expect(due.daysOverdue).toBe(days);
                if (overdue !== undefined) {
                  expect(overdue).toMatchObject({ period: due.period, deadline: due.deadline, due: due.deadline });
                  expect(overdue.daysOverdue).toBe(days);
                  const finding = found.get(key(cycle.id, kind, id));
                  expect(finding?.data).toMatchObject({
                    start: due.period.start,
                    end: due.period.end,
                    due: due.deadline,
                  });
                }
                // The schedule over the period's last day lists the same review, not done, with the same days overdue.
                const scheduled = reviewSchedule(index, {
                  from: due.period.end,
                  to: due.period.end,
                  asOf,
                }).reviews.filter((r) => r.cycle === cycle.id && r.subject.kind === kind && r.subject.id === id);
                const same = scheduled.filter((r) => r.period.start === due.period?.start);
                expect(same).toHaveLength(1);
                expect(same[0]).toMatchObject({ period: due.period, deadline: due.deadline });
                expect(same[0]?.done).toBeNull();
                expect(same[0]?.daysOverdue).toBe(days);
              }
        }),
        { numRuns: runs(60) },
      );
    },
    timeout(30_000),
  );

  it(
    "property: the schedule's periods tile the subject's span, and a later asOf never makes a kept-up subject overdue sooner",
    () => {
      fc.assert(
        fc.property(reviewedFrameworkArbitrary, asOfArbitrary, asOfArbitrary, (framework, a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const index = indexFramework(framework);
          const schedule = reviewSchedule(index, { from: "2001-01-01", to: "2009-12-31" }).reviews;
          const bySubject = new Map<string, typeof schedule>();
          for (const review of schedule) {
            const k = key(review.cycle, review.subject.kind, review.subject.id);
            bySubject.set(k, [...(bySubject.get(k) ?? []), review]);
          }
          for (const reviews of bySubject.values())
            for (let i = 1; i < reviews.length; i += 1) {
              const [previous, current] = [reviews[i - 1], reviews[i]];
              // Each period starts the day after the one before ends.
              expect(current?.period.start).toBe(fromDayNumber(toDayNumber(previous?.period.end ?? "") + 1));
            }
          for (const cycle of framework.reviewCycles ?? [])
            for (const kind of KINDS)
              for (const id of BASE_REVIEW_SUBJECTS) {
                const subject = { kind, id };
                if (!cycleCovers(index, cycle.id, subject)) continue;
                const first = reviewsDue(index, cycle.id, subject, { asOf: early });
                const heldBetween = (framework.reviews ?? []).some(
                  (r) => r.cycle === cycle.id && r.subject === id && r.date > early && r.date <= late,
                );
                if (first.overdue && !heldBetween)
                  expect(reviewsDue(index, cycle.id, subject, { asOf: late }).overdue).toBe(true);
              }
        }),
        { numRuns: runs(60) },
      );
    },
    timeout(30_000),
  );
});
