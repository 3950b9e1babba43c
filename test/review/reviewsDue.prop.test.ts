import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, indexFramework, reviewsDue } from "../../src/index.js";
import { fromDayNumber, isMonthEnd, toDayNumber } from "../../src/internal/dates.js";
import { cycleDeadlineArbitrary } from "../arbitraries/reviews.js";
import { dateArbitrary } from "../arbitraries/framework.js";
import { baseFramework } from "../cascade/harness.js";
import { runs } from "../helpers/runs.js";

/** A target on a quarterly indicator, in a plan from 2001-04-01, goal 2002-03-31. */
const T_SHORT = { kind: "target", id: "t-top-short" } as const;

/** The base framework with the quarterly target cycle's deadline set, and reviews of t-top-short on `dates`. */
function withReviews(dates: readonly string[], deadline: object): Framework {
  const framework = baseFramework();
  return {
    ...framework,
    reviewCycles: (framework.reviewCycles ?? []).map((cycle) =>
      cycle.id === "rc-targets" ? { ...cycle, ...deadline } : cycle,
    ),
    reviews: dates.map((date) => ({ cycle: "rc-targets", subject: "t-top-short", date })),
  };
}

/** The day `months` calendar months after `date`, month ends kept: the oracle for monthsAfterPeriodEnd. */
function monthsAfter(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const total = year * 12 + month - 1 + months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = isMonthEnd(date) ? last : Math.min(day, last);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

describe("reviewsDue, laws", () => {
  it("the deadline is the owed period's end plus the cycle's deadline: days, months (month ends kept), graceDays, or 42 days", () => {
    fc.assert(
      fc.property(
        fc.array(dateArbitrary, { maxLength: 6 }),
        cycleDeadlineArbitrary,
        dateArbitrary,
        (dates, deadline, asOf) => {
          const index = indexFramework(withReviews(dates, deadline));
          const due = reviewsDue(index, "rc-targets", T_SHORT, { asOf });
          expect(due.lastReviewed).toBe(
            dates
              .filter((date) => date <= asOf)
              .sort()
              .at(-1) ?? null,
          );
          if (due.period === null) return;
          // Quarters of the April year, from the plan's start to the goal date, 2002-03-31.
          expect(["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"]).toContain(due.period.end);
          const end = due.period.end;
          const expected =
            deadline.deadline !== undefined && "monthsAfterPeriodEnd" in deadline.deadline
              ? monthsAfter(end, deadline.deadline.monthsAfterPeriodEnd)
              : fromDayNumber(toDayNumber(end) + (deadline.deadline?.daysAfterPeriodEnd ?? deadline.graceDays ?? 42));
          expect(due.deadline).toBe(expected);
          expect(due.overdue).toBe(due.deadline !== null && due.deadline < asOf);
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
