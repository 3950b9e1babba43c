/**
 * Financial years by their labels ("2002/03"), without the schema: what the engines read.
 */
import {
  FIRST_CALENDAR_DATE,
  LAST_CALENDAR_DATE,
  dayNumberMonthsAfter,
  fromDayNumber,
  isMonthDay,
} from "../internal/dates.js";
import type { Period } from "./primitives.js";
import { notAModelValue } from "./valueMisuse.js";

/**
 * Whether a financial year's label is "YYYY" or "YYYY/YY" with YY the next year's last two digits.
 * @internal
 */
export function isFinancialYearLabel(label: string): boolean {
  const match = /^(\d{4})(?:\/(\d{2}))?$/.exec(label);
  if (match === null || match[1] === "0000") return false;
  const next = match[2];
  return next === undefined || Number(next) === (Number(match[1]) + 1) % 100;
}

/**
 * The first and last days of a financial year named by its label, for a framework whose financial
 * year starts on `yearStart` (`MM-DD`, 1 April when absent, as {@link DEFAULT_FINANCIAL_YEAR_START}).
 *
 * @category Model
 * @param year - a financial year such as `"2002/03"`
 * @param yearStart - the framework's `financialYearStart`; `"04-01"` when absent
 * @returns the year's first and last days, `YYYY-MM-DD`
 * @throws {@link FrameworkValidationError} when `year` is not a financial year's label or `yearStart` not a `MM-DD` day found in every year
 * @example
 * import { financialYearPeriod } from "performance-management/model";
 * financialYearPeriod("2002/03") //=> { start: "2002-04-01", end: "2003-03-31" }
 * financialYearPeriod("2002", "01-01") //=> { start: "2002-01-01", end: "2002-12-31" }
 */
export function financialYearPeriod(year: string, yearStart = "04-01"): Period {
  if (typeof year !== "string" || !isFinancialYearLabel(year))
    throw notAModelValue("financialYearPeriod", "year", 'a financial year such as "2002/03"', year);
  if (typeof yearStart !== "string" || !isMonthDay(yearStart))
    throw notAModelValue("financialYearPeriod", "yearStart", 'a month and day such as "04-01"', yearStart);
  return periodOfYear(startYearOf(year), yearStart);
}

/**
 * The label of the financial year that starts in calendar year `year`, as councils write it:
 * "2001/02", or "2001" for a financial year that starts on 1 January.
 * @internal
 */
export function financialYearLabel(year: number, yearStart: string): string {
  const text = String(year).padStart(4, "0");
  return yearStart === "01-01" ? text : `${text}/${String((year + 1) % 100).padStart(2, "0")}`;
}

/**
 * The calendar year the financial year containing `date` starts in, for a year starting on `yearStart` (`MM-DD`).
 * @internal
 */
export function financialStartYearOf(date: string, yearStart: string): number {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= yearStart ? year : year - 1;
}

/**
 * The first and last days of the financial year starting in calendar year `year` on `yearStart`,
 * within the calendar (0001-01-01 to 9999-12-31: the year 9999/00 ends on 9999-12-31, and a year
 * starting before 0001-01-01 starts on it).
 * @internal
 */
export function periodOfYear(year: number, yearStart: string): Period {
  const start = `${String(year).padStart(4, "0")}-${yearStart}`;
  const end = fromDayNumber(dayNumberMonthsAfter(start, 12) - 1);
  return {
    start: start < FIRST_CALENDAR_DATE ? FIRST_CALENDAR_DATE : start,
    end: end.length > 10 || end > LAST_CALENDAR_DATE ? LAST_CALENDAR_DATE : end,
  };
}

/** The calendar year a financial year's label starts in: 2002 for "2002/03" and for "2002". @internal */
export function startYearOf(label: string): number {
  return Number(label.slice(0, 4));
}
