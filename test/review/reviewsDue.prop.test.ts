import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, indexFramework, reviewsDue } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { dateArbitrary } from "../arbitraries/framework.js";
import { baseFramework } from "../cascade/harness.js";
import { runs } from "../helpers/runs.js";

const T_SVC = { kind: "target", id: "t-svc" } as const;

/**
 * The base framework with the quarterly target cycle's grace and first due date set (absent: the
 * defaults) and reviews of t-svc on `dates`.
 */
function withReviews(dates: readonly string[], graceDays: number | undefined, firstDue?: string): Framework {
  const framework = baseFramework();
  return {
    ...framework,
    reviewCycles: (framework.reviewCycles ?? []).map((cycle) =>
      cycle.id === "rc-targets"
        ? {
            ...cycle,
            ...(graceDays === undefined ? {} : { graceDays }),
            ...(firstDue === undefined ? {} : { firstDue }),
          }
        : cycle,
    ),
    reviews: dates.map((date) => ({ cycle: "rc-targets", subject: "t-svc", date })),
  };
}

/** A cycle's grace: absent (42 days) or a whole number of days, often 0. */
const graceArbitrary = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 120 })), { nil: undefined });

/** Reviews of t-svc, two dates to judge as of (early ≤ late) and the cycle's grace. */
const scenarioArbitrary = fc
  .record({
    dates: fc.array(dateArbitrary, { maxLength: 6 }),
    a: dateArbitrary,
    b: dateArbitrary,
    graceDays: graceArbitrary,
    firstDue: fc.option(dateArbitrary, { nil: undefined }),
  })
  .map(({ dates, a, b, graceDays, firstDue }) => ({
    dates,
    graceDays,
    firstDue,
    early: a <= b ? a : b,
    late: a <= b ? b : a,
  }));

describe("reviewsDue, laws", () => {
  it("the last review is the latest on or before asOf; a later asOf never makes a kept-up subject overdue sooner", () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ dates, graceDays, firstDue, early, late }) => {
        const index = indexFramework(withReviews(dates, graceDays, firstDue));
        const first = reviewsDue(index, "rc-targets", T_SVC, { asOf: early });
        const second = reviewsDue(index, "rc-targets", T_SVC, { asOf: late });
        const onOrBefore = dates.filter((date) => date <= early).sort();
        expect(first.lastReviewed).toBe(onOrBefore.at(-1));
        expect(first.overdue).toBe(first.overdueFrom !== undefined && first.overdueFrom <= early);
        if (first.nextDue !== undefined) {
          expect(first.nextDue > (first.lastReviewed ?? first.from ?? "")).toBe(true);
          // The last period's review may fall due on the day after the span ends, never later.
          const until = first.until === undefined ? "9999-12-31" : fromDayNumber(toDayNumber(first.until) + 1);
          expect(first.nextDue <= until).toBe(true);
          // Not yet reviewed: a firstDue after the start is the first due date.
          if (first.lastReviewed === undefined && firstDue !== undefined && firstDue > (first.from ?? "9999-12-31"))
            expect(first.nextDue).toBe(firstDue);
        }
        // Without a review between the two dates, a subject overdue early is still overdue later:
        // overdue is monotone in asOf.
        if (first.overdue && !dates.some((date) => date > early && date <= late)) expect(second.overdue).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it("never overdue within the grace: overdue exactly from nextDue + graceDays (42 when absent) + 1 day", () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ dates, graceDays, firstDue, early: asOf }) => {
        const due = reviewsDue(withReviews(dates, graceDays, firstDue), "rc-targets", T_SVC, { asOf });
        if (due.nextDue === undefined) {
          expect(due.overdueFrom).toBeUndefined();
          expect(due.overdue).toBe(false);
          return;
        }
        const lastGraceDay = toDayNumber(due.nextDue) + (graceDays ?? 42);
        expect(due.overdueFrom).toBe(fromDayNumber(lastGraceDay + 1));
        expect(due.overdue).toBe(toDayNumber(asOf) > lastGraceDay);
      }),
      { numRuns: runs(100) },
    );
  });
});
