/**
 * Calendar-date helpers. Dates are `YYYY-MM-DD` strings and all arithmetic is
 * integer arithmetic on day numbers, so no result depends on the host's time zone.
 *
 * The calendar's range is what `YYYY-MM-DD` can write and the parser accepts: 0001-01-01 to
 * 9999-12-31 (proleptic Gregorian). Arithmetic whose answer would leave it says so (`undefined`)
 * instead of writing a five-digit year, so every date the library emits is in range and compares
 * correctly as a string.
 * @internal
 */
import { quoted } from "./shown.js";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY_PATTERN = /^(\d{2})-(\d{2})$/;

/** The first date of the calendar's range. */
export const FIRST_CALENDAR_DATE = "0001-01-01";
/** The last date of the calendar's range: arithmetic past it is out of range. */
export const LAST_CALENDAR_DATE = "9999-12-31";
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/** Whether `year` is a leap year in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a real `YYYY-MM-DD` calendar date between 0001-01-01 and 9999-12-31. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= FIRST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether `value` is a `MM-DD` day of the year that exists in every year
 * (29 February is refused: a financial year cannot start on a day most years lack).
 */
export function isMonthDay(value: string): boolean {
  const match = MONTH_DAY_PATTERN.exec(value);
  if (match === null) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2001, month);
}

/** The digit at `position` of `text`, as a number. */
function digitAt(text: string, position: number): number {
  return text.charCodeAt(position) - 48;
}

/**
 * Days since 1970-01-01 of a valid calendar date (negative before it).
 * Howard Hinnant's `days_from_civil`, exact for the whole proleptic Gregorian calendar.
 */
export function toDayNumber(date: string): number {
  let year: number;
  let month: number;
  let day: number;
  if (date.length === 10) {
    // The usual four-digit year, read digit by digit: this is on every engine's hot path.
    year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
    month = digitAt(date, 5) * 10 + digitAt(date, 6);
    day = digitAt(date, 8) * 10 + digitAt(date, 9);
  } else {
    // Read from the end, so a year past 9999 that arithmetic produced still reads right.
    year = Number(date.slice(0, -6));
    month = Number(date.slice(-5, -3));
    day = Number(date.slice(-2));
  }
  return dayNumberOfParts(year, month, day);
}

/** A date written `YYYY-MM-DD` (a year past 9999 gets five digits: only day-number arithmetic reads it). */
function writeDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The calendar date of a day number produced by {@link toDayNumber} (past 9999-12-31, a five-digit year: for arithmetic only, never emitted). */
export function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return writeDate(year, month, day);
}

/** The year and month (1–12) `months` calendar months after a date's, and the date's day; years may leave the range. */
function monthsLater(date: string, months: number): { year: number; month: number; day: number } {
  const year = Number(date.slice(0, -6));
  const month = Number(date.slice(-5, -3));
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  return { year: newYear, month: total - newYear * 12 + 1, day: Number(date.slice(-2)) };
}

/**
 * The date `months` calendar months after `date` (before it when negative), clamped to the end of
 * the month: 2001-01-31 plus one month is 2001-02-28. `undefined` when the answer would fall
 * outside the calendar's range (before 0001-01-01 or after 9999-12-31): callers read that as
 * "not within the calendar", never as a date.
 */
export function addMonths(date: string, months: number): string | undefined {
  const { year, month, day } = monthsLater(date, months);
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) return undefined;
  return writeDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/**
 * The day number (see {@link toDayNumber}) of the date `months` calendar months after `date`,
 * clamped to the end of the month like {@link addMonths}, but exact past the calendar's range: a
 * financial year that starts in 9999 ends in 10000, and its length in days is still right.
 */
export function dayNumberMonthsAfter(date: string, months: number): number {
  const { year, month, day } = monthsLater(date, months);
  return toDayNumber(writeDate(year, month, Math.min(day, daysInMonth(year, month))));
}

/** Makes the error a caller's misuse throws: each engine passes its own (a `TrajectoryError`, say). */
export type MisuseError = (message: string) => Error;

/**
 * The day number of a date a caller gave, after checking that it is a real `YYYY-MM-DD` calendar
 * date; otherwise the error `fail` makes, naming the date as `what`.
 */
export function dayOf(date: string, what: string, fail: MisuseError): number {
  if (typeof date !== "string" || !isCalendarDate(date)) {
    throw fail(`${what} ${quoted(date)} is not a calendar date written YYYY-MM-DD`);
  }
  return toDayNumber(date);
}

/** Whether a date is the last day of its month. */
export function isMonthEnd(date: string): boolean {
  return Number(date.slice(8, 10)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/** The last day of a date's month. */
export function monthEnd(date: string): string {
  return `${date.slice(0, 8)}${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, "0")}`;
}

/**
 * A regular schedule: `from`, then every `stepMonths` calendar months after it, up to and including
 * `to`. A schedule from a month's last day keeps to month ends (30 June, 30 September, 31
 * December…); otherwise days past a month's end are clamped to it. `from` and `to` are checked as
 * {@link dayOf} checks them; a schedule that ends before it starts, or has more than `maxDates`
 * dates, is misuse too. `stepMonths` is a whole number, at least 1. The schedule stops at the last
 * date in the calendar's range: a step that would pass 9999-12-31 ends it, as `to` would.
 */
export function scheduleDates(
  from: string,
  to: string,
  stepMonths: number,
  maxDates: number,
  fail: MisuseError,
): string[] {
  const fromDay = dayOf(from, "the schedule's from", fail);
  const toDay = dayOf(to, "the schedule's to", fail);
  if (toDay < fromDay) throw fail(`the schedule ends (${to}) before it starts (${from})`);
  const dates: string[] = [];
  const monthEnds = isMonthEnd(from);
  for (let k = 0; ; k += 1) {
    const moved = addMonths(from, k * stepMonths);
    if (moved === undefined) break;
    const date = monthEnds ? monthEnd(moved) : moved;
    if (toDayNumber(date) > toDay) break;
    dates.push(date);
    if (dates.length > maxDates) throw fail(`the schedule has more than ${maxDates} dates`);
  }
  return dates;
}

/**
 * {@link toDayNumber} of a date already read into its year, month and day (the same arithmetic),
 * for a caller that reads the digits itself: the status kernel's series read each date once for
 * both its order and its day.
 */
export function dayNumberOfParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
