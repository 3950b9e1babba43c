import { addMonths as oracleAddMonths, format, lastDayOfMonth } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIRST_CALENDAR_DATE,
  LAST_CALENDAR_DATE,
  type MisuseError,
  addMonths,
  dayNumberMonthsAfter,
  fromDayNumber,
  isCalendarDate,
  monthEnd,
  scheduleDates,
  toDayNumber,
} from "../../src/internal/dates.js";
import { inUtc } from "../helpers/inUtc.js";
import { runs } from "../helpers/runs.js";

const fail: MisuseError = (message) => new Error(message);

/** Any calendar date in range, as `YYYY-MM-DD`. */
const calendarDate = fc
  .integer({ min: toDayNumber(FIRST_CALENDAR_DATE), max: toDayNumber(LAST_CALENDAR_DATE) })
  .map(fromDayNumber);

/** A date in the calendar's last few years. */
const upperEdgeDate = fc
  .integer({ min: toDayNumber("9996-01-01"), max: toDayNumber(LAST_CALENDAR_DATE) })
  .map(fromDayNumber);

/** A date near either end of the calendar, where arithmetic leaves the range. */
const edgeDate = fc.oneof(
  upperEdgeDate,
  fc.integer({ min: toDayNumber(FIRST_CALENDAR_DATE), max: toDayNumber("0004-12-31") }).map(fromDayNumber),
);

/**
 * date-fns' answer, read back as `YYYY-MM-DD` (a local-time date: its calendar fields are the
 * answer). The properties that ask it run in UTC (`inUtc`): a zone that skipped a day has no local
 * date for it.
 */
function oracle(date: string, months: number): string | undefined {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const start = new Date(2000, month - 1, day);
  start.setFullYear(year);
  const moved = oracleAddMonths(start, months);
  const movedYear = moved.getFullYear();
  if (movedYear < 1 || movedYear > 9999) return undefined;
  return `${String(movedYear).padStart(4, "0")}-${format(moved, "MM-dd")}`;
}

describe("the calendar's range, 0001-01-01 to 9999-12-31", () => {
  it("its ends are calendar dates, and the days beyond them are not", () => {
    expect([FIRST_CALENDAR_DATE, LAST_CALENDAR_DATE].map(isCalendarDate)).toEqual([true, true]);
    expect(isCalendarDate(fromDayNumber(toDayNumber(LAST_CALENDAR_DATE) + 1))).toBe(false);
    expect(isCalendarDate(fromDayNumber(toDayNumber(FIRST_CALENDAR_DATE) - 1))).toBe(false);
  });

  it.each([
    ["9999-12-31", 1],
    ["9999-01-31", 12],
    ["9998-12-31", 13],
    ["0001-01-01", -1],
    ["0001-12-31", -12],
  ])("addMonths(%s, %i) is out of range: undefined, never a 5-digit or year-0 date", (date, months) => {
    expect(addMonths(date, months)).toBeUndefined();
  });

  it.each([
    ["9999-11-30", 1, "9999-12-30"],
    ["9998-12-31", 12, "9999-12-31"],
    ["0001-02-28", -1, "0001-01-28"],
  ])("addMonths(%s, %i) stays in range: %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("the day number months later is exact past the range (for financial-year arithmetic)", () => {
    expect(dayNumberMonthsAfter("9999-04-01", 12)).toBe(toDayNumber(LAST_CALENDAR_DATE) + 92);
    expect(dayNumberMonthsAfter("2001-01-31", 1)).toBe(toDayNumber("2001-02-28"));
  });

  it("the month's end of the last month in range", () => {
    expect(monthEnd("9999-12-01")).toBe(LAST_CALENDAR_DATE);
  });

  it.each([
    ["9999-06-30", "9999-12-31", 3, ["9999-06-30", "9999-09-30", "9999-12-31"]],
    ["9999-01-15", "9999-12-31", 12, ["9999-01-15"]],
    ["9998-12-31", "9999-12-31", 5, ["9998-12-31", "9999-05-31", "9999-10-31"]],
    ["9999-12-31", "9999-12-31", 1, ["9999-12-31"]],
    ["9990-01-31", "9999-12-31", 1e9, ["9990-01-31"]],
  ])("a schedule from %s to %s every %i months stops at the last date in range", (from, to, step, expected) => {
    expect(scheduleDates(from, to, step, 100_000, fail)).toEqual(expected);
  });

  it("property: for any date in range and any month step, addMonths is in range and well formed, or undefined exactly when date-fns leaves the range", () => {
    inUtc(() => {
      fc.assert(
        fc.property(fc.oneof(calendarDate, edgeDate), fc.integer({ min: -130_000, max: 130_000 }), (date, months) => {
          const result = addMonths(date, months);
          const expected = oracle(date, months);
          expect(result).toBe(expected);
          if (result !== undefined) expect(isCalendarDate(result)).toBe(true);
        }),
        { numRuns: runs(2_000) },
      );
    });
  });

  it("property: a schedule's dates are in range, rising, month ends when it starts on one, and agree with date-fns", () => {
    inUtc(() => {
      fc.assert(
        fc.property(upperEdgeDate, fc.integer({ min: 1, max: 60 }), (from, step) => {
          const dates = scheduleDates(from, LAST_CALENDAR_DATE, step, 100_000, fail);
          expect(dates[0]).toBe(from);
          for (let k = 0; k < dates.length; k += 1) {
            const date = dates[k] as string;
            expect(isCalendarDate(date)).toBe(true);
            if (k > 0) expect(date > (dates[k - 1] as string)).toBe(true);
            const moved = oracle(from, k * step);
            expect(moved).toBeDefined();
            const monthEndsOnly = from === monthEnd(from);
            const [y, m] = (moved ?? "").split("-").map(Number) as [number, number];
            const end = new Date(2000, m - 1, 1);
            end.setFullYear(y);
            expect(date).toBe(
              monthEndsOnly ? `${String(y).padStart(4, "0")}-${format(lastDayOfMonth(end), "MM-dd")}` : moved,
            );
          }
          // The next date would leave the calendar (or pass the schedule's end).
          expect(oracle(from, dates.length * step) ?? "~").not.toMatch(/^\d{4}-\d{2}-\d{2}$/u);
        }),
        { numRuns: runs(300) },
      );
    });
  });
});
