import { addDays, differenceInCalendarDays, format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIRST_CALENDAR_DATE, LAST_CALENDAR_DATE, fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { financialYearOf } from "../../src/trajectory/financialYear.js";
import { inUtc } from "../helpers/inUtc.js";
import { runs } from "../helpers/runs.js";

/**
 * The integer calendar (src/internal/dates.ts) against an independent oracle, date-fns, over years
 * 1 to 9999. date-fns works on local-time `Date`s; each is built with `setFullYear`, so years 1-99
 * are not read as 1901-1999, and read back by its calendar fields, so no time zone moves a date.
 */

/** A local-time `Date` at noon on a `YYYY-MM-DD` date. */
function toDate(date: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const result = new Date(2000, month - 1, day, 12);
  result.setFullYear(year, month - 1, day);
  return result;
}

/** A local-time `Date` read back as `YYYY-MM-DD`. */
function fromDate(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, "0")}-${format(date, "MM-dd")}`;
}

const FIRST_DAY = toDayNumber(FIRST_CALENDAR_DATE);
const LAST_DAY = toDayNumber(LAST_CALENDAR_DATE);
const dayNumber = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
/** A financial year's first day, `MM-DD`: the usual 1 April, 1 January, the 6 April tax year, any day 1-28. */
const yearStart = fc.oneof(
  fc.constantFrom("04-01", "01-01", "04-06", "07-01", "10-01"),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ month, day }) => `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`),
);

describe("the integer calendar against date-fns, years 1 to 9999", () => {
  it("property: day numbers count the days date-fns counts, and step one day as date-fns does", () => {
    inUtc(() => {
      fc.assert(
        fc.property(dayNumber, dayNumber, (a, b) => {
          const [first, second] = [fromDayNumber(a), fromDayNumber(b)];
          expect(differenceInCalendarDays(toDate(second), toDate(first))).toBe(b - a);
          if (a < LAST_DAY) expect(fromDayNumber(a + 1)).toBe(fromDate(addDays(toDate(first), 1)));
        }),
        { numRuns: runs(2_000) },
      );
    });
  });

  it("property: a financial year starts on its start day on or before the date and ends the day before the next", () => {
    inUtc(() => {
      fc.assert(
        fc.property(
          fc.integer({ min: toDayNumber("0002-01-01"), max: toDayNumber("9998-12-31") }),
          yearStart,
          (day, start) => {
            const date = fromDayNumber(day);
            const year = financialYearOf(date, start);
            // The oracle: the start day in the date's year, or the year before when that is later.
            const [y] = date.split("-").map(Number) as [number];
            const sameYear = toDate(`${String(y).padStart(4, "0")}-${start}`);
            const begins = toDate(date) >= sameYear ? sameYear : toDate(`${String(y - 1).padStart(4, "0")}-${start}`);
            expect(year.start).toBe(fromDate(begins));
            const next = new Date(begins);
            next.setFullYear(begins.getFullYear() + 1);
            expect(year.end).toBe(fromDate(addDays(next, -1)));
            expect(year.start <= date && date <= year.end).toBe(true);
            expect(differenceInCalendarDays(addDays(next, -1), begins) + 1).toBeOneOf([365, 366]);
          },
        ),
        { numRuns: runs(2_000) },
      );
    });
  });
});
