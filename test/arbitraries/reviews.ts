import fc from "fast-check";
import type { Framework, ReviewCycle, ReviewSubjectKind } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { baseFramework } from "../cascade/harness.js";
import { reviewCycleArbitrary as testingReviewCycle, reviewDeadlineArbitrary } from "../../src/testing/index.js";

/** A review cycle's deadline as a document may write it: none (42 days), `graceDays`, or a `deadline` in days or months. */
export const cycleDeadlineArbitrary: fc.Arbitrary<Pick<ReviewCycle, "deadline" | "graceDays">> =
  reviewDeadlineArbitrary();

/** A review cycle of the base framework (`rc-<i>`): any frequency, kind, deadline and, sometimes, a first due date. */
export function reviewCycleArbitrary(i: number): fc.Arbitrary<ReviewCycle> {
  return testingReviewCycle({
    id: `rc-${String(i)}`,
    name: `Cycle ${String(i)}`,
    firstDue: fc.constantFrom("2001-06-30", "2001-08-15", "2002-03-31", "2003-01-15"),
  });
}

/** The subjects of the base framework a cycle may review (and one that names nothing). */
export const BASE_REVIEW_SUBJECTS = [
  "cp",
  "corp",
  "svc",
  "top",
  "corp-obj",
  "svc-obj",
  "t-svc",
  "t-top-long",
  "t-top-short",
  "t-corp-short",
  "director",
  "cabinet",
  "nobody",
] as const;

/**
 * The base framework (plans from 2001-04-01; targets on quarterly and annual indicators) with
 * generated review cycles, reviews from 2001 to 2005, and reporting lags on its indicators.
 */
export const reviewedFrameworkArbitrary: fc.Arbitrary<Framework> = fc
  .record({
    cycles: fc
      .integer({ min: 1, max: 3 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => reviewCycleArbitrary(i)))),
    reviews: fc.array(
      fc.record({
        cycle: fc.integer({ min: 0, max: 2 }),
        subject: fc.constantFrom(...BASE_REVIEW_SUBJECTS),
        day: fc.integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2005-12-31") }),
      }),
      { maxLength: 14 },
    ),
    lags: fc.record({
      annual: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
      quarterly: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    }),
  })
  .map(({ cycles, reviews, lags }) => {
    const framework = baseFramework();
    return {
      ...framework,
      indicators: framework.indicators.map((indicator) => {
        const lagDays = indicator.frequency === "annual" ? lags.annual : lags.quarterly;
        return lagDays === undefined ? indicator : { ...indicator, lagDays };
      }),
      reviewCycles: cycles,
      reviews: reviews.map(({ cycle, subject, day }) => ({
        cycle: `rc-${String(cycle % cycles.length)}`,
        subject,
        date: fromDayNumber(day),
      })),
    } satisfies Framework;
  });

/** Every kind of subject a review cycle may cover. */
export const REVIEW_SUBJECT_KINDS: readonly ReviewSubjectKind[] = ["plan", "objective", "target", "owner"];

/** A date the review engines are asked as of: 2001 to 2006, around the base framework's plans. */
export const reviewAsOfArbitrary: fc.Arbitrary<string> = fc
  .integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2006-12-31") })
  .map((day) => fromDayNumber(day));
