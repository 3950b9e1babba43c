// The due-date rule keeps each cycle's timelines per span on the index, and the overdue reviews of
// the last date asked (issue 20, performance): what one subject, date or engine is told never
// depends on what was asked of the index before, and no result shares an object with what is kept.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cycleCovers, indexFramework, overdueReviews, reviewSchedule, reviewsDue } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import {
  BASE_REVIEW_SUBJECTS,
  REVIEW_SUBJECT_KINDS,
  reviewAsOfArbitrary,
  reviewedFrameworkArbitrary,
} from "../arbitraries/reviews.js";
import { runs } from "../helpers/runs.js";

const KINDS = REVIEW_SUBJECT_KINDS;
const asOfArbitrary = reviewAsOfArbitrary;

describe("the review engines' shared due-date work (issue 20, performance)", () => {
  it("property: on an index already asked about every subject and another date, each subject's reviews due, the overdue reviews and the schedule are those of a fresh index", () => {
    fc.assert(
      fc.property(reviewedFrameworkArbitrary, asOfArbitrary, asOfArbitrary, (framework, earlier, asOf) => {
        const shared = indexFramework(framework);
        // Warm every cache: the schedule, the overdue reviews as of another date, every subject.
        reviewSchedule(shared, { from: "2001-01-01", to: "2006-12-31", asOf: earlier });
        const before = overdueReviews(shared, { asOf: earlier });
        // A caller changing a result changes nothing kept.
        for (const review of before) {
          (review.period as { start: string }).start = "1900-01-01";
          (review.subject as { id: string }).id = "changed";
        }
        // Asked again as of the same date (the list kept), and as of another.
        expect(overdueReviews(shared, { asOf: earlier })).toEqual(
          overdueReviews(indexFramework(framework), { asOf: earlier }),
        );
        for (const cycle of framework.reviewCycles ?? [])
          for (const kind of KINDS)
            for (const id of BASE_REVIEW_SUBJECTS) reviewsDue(shared, cycle.id, { kind, id }, { asOf: earlier });
        expect(overdueReviews(shared, { asOf })).toEqual(overdueReviews(indexFramework(framework), { asOf }));
        const window = { from: fromDayNumber(toDayNumber(asOf) - 400), to: asOf, asOf };
        expect(reviewSchedule(shared, window)).toEqual(reviewSchedule(indexFramework(framework), window));
        for (const cycle of framework.reviewCycles ?? [])
          for (const kind of KINDS)
            for (const id of BASE_REVIEW_SUBJECTS) {
              const subject = { kind, id };
              if (!cycleCovers(shared, cycle.id, subject)) continue;
              // A fresh index asked about this subject alone.
              expect(reviewsDue(shared, cycle.id, subject, { asOf })).toEqual(
                reviewsDue(indexFramework(framework), cycle.id, subject, { asOf }),
              );
            }
      }),
      { numRuns: runs(100) },
    );
  });
});
