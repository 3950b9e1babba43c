/**
 * Calendar arithmetic for tests, on `YYYY-MM-DD` dates, the same in any time zone: the library's own
 * calendar (proleptic Gregorian, 0001-01-01 to 9999-12-31), checked against date-fns in its tests.
 */
import {
  FIRST_CALENDAR_DATE,
  LAST_CALENDAR_DATE,
  addMonths,
  dayOf,
  fromDayNumber,
  isMonthDay,
  monthEnd,
  toDayNumber,
} from "../internal/dates.js";
import { shown } from "../internal/options.js";
import { TestingError } from "./errors.js";
import { financialYearOf } from "../trajectory/financialYear.js";

const fail = (message: string): Error => new TestingError(message);

function wholeNumber(value: number, what: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw new TestingError(`${what} must be a whole number; got ${shown(value)}`);
  return value;
}

function inCalendar(day: number, what: string): string {
  if (day < toDayNumber(FIRST_CALENDAR_DATE) || day > toDayNumber(LAST_CALENDAR_DATE))
    throw new TestingError(`${what} falls outside the calendar (${FIRST_CALENDAR_DATE} to ${LAST_CALENDAR_DATE})`);
  return fromDayNumber(day);
}

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @category Testing
 * @param date - `YYYY-MM-DD`
 * @param days - a whole number of days
 * @returns the date, `YYYY-MM-DD`
 * @throws {@link TestingError} for a date that is not a calendar date, a count that is not whole, or an answer outside 0001–9999
 * @example
 * import { addDays } from "performance-management/testing";
 * addDays("2001-03-31", 1) //=> "2001-04-01"
 * addDays("2004-03-01", -1) //=> "2004-02-29"
 */
export function addDays(date: string, days: number): string {
  return inCalendar(dayOf(date, "date", fail) + wholeNumber(days, "days"), `${date} plus ${String(days)} days`);
}

/**
 * The date `months` calendar months after `date` (before it when negative), clamped to the end of
 * the month, as the engines move review periods and schedules: 31 January plus one month is 28 (or
 * 29) February.
 *
 * @category Testing
 * @param date - `YYYY-MM-DD`
 * @param months - a whole number of months
 * @returns the date, `YYYY-MM-DD`
 * @throws {@link TestingError} for a date that is not a calendar date, a count that is not whole, or an answer outside 0001–9999
 * @example
 * import { addCalendarMonths } from "performance-management/testing";
 * addCalendarMonths("2001-01-31", 1) //=> "2001-02-28"
 * addCalendarMonths("2001-06-30", -3) //=> "2001-03-30"
 */
export function addCalendarMonths(date: string, months: number): string {
  dayOf(date, "date", fail);
  const moved = addMonths(date, wholeNumber(months, "months"));
  if (moved === undefined)
    throw new TestingError(
      `${date} plus ${String(months)} months falls outside the calendar (${FIRST_CALENDAR_DATE} to ${LAST_CALENDAR_DATE})`,
    );
  return moved;
}

/**
 * The days from `from` to `to`: positive when `to` is later.
 *
 * @category Testing
 * @param from - `YYYY-MM-DD`
 * @param to - `YYYY-MM-DD`
 * @returns a whole number of days
 * @throws {@link TestingError} for a date that is not a calendar date
 * @example
 * import { daysBetween } from "performance-management/testing";
 * daysBetween("2001-03-31", "2002-03-31") //=> 365
 */
export function daysBetween(from: string, to: string): number {
  return dayOf(to, "to", fail) - dayOf(from, "from", fail);
}

/**
 * The last day of a date's month.
 *
 * @category Testing
 * @param date - `YYYY-MM-DD`
 * @returns the month's last day, `YYYY-MM-DD`
 * @throws {@link TestingError} for a date that is not a calendar date
 * @example
 * import { endOfMonth } from "performance-management/testing";
 * endOfMonth("2004-02-10") //=> "2004-02-29"
 */
export function endOfMonth(date: string): string {
  dayOf(date, "date", fail);
  return monthEnd(date);
}

/**
 * The first day of the financial year a date falls in: on or before the date, on the year's start
 * (`MM-DD`, 1 April unless said otherwise).
 *
 * @category Testing
 * @param date - `YYYY-MM-DD`
 * @param yearStart - the financial year's first day as `MM-DD`; `"04-01"` by default
 * @returns the year's first day, `YYYY-MM-DD`
 * @throws {@link TestingError} for a date that is not a calendar date, or a year start that is not a day of the year
 * @example
 * import { financialYearStartOf } from "performance-management/testing";
 * financialYearStartOf("2002-03-31") //=> "2001-04-01"
 * financialYearStartOf("2002-04-01") //=> "2002-04-01"
 * financialYearStartOf("2002-03-31", "01-01") //=> "2002-01-01"
 */
export function financialYearStartOf(date: string, yearStart = "04-01"): string {
  dayOf(date, "date", fail);
  if (typeof yearStart !== "string" || !isMonthDay(yearStart) || yearStart === "02-29")
    throw new TestingError(`yearStart ${shown(yearStart)} must be a day of the year written MM-DD (not 02-29)`);
  // The engines' own financial year (trajectory/financialYear.ts); a year before 0001 is outside the calendar.
  const { start } = financialYearOf(date, yearStart);
  if (start < FIRST_CALENDAR_DATE)
    throw new TestingError(`the financial year of ${date} starts before the calendar does`);
  return start;
}
