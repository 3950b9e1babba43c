import { z } from "zod";
import { isCalendarDate, isMonthDay } from "../internal/dates.js";
import { DECIMAL_STRING_PATTERN, toCanonicalString, toDecimal } from "../internal/decimal.js";
import type { IssueTag } from "./issueMessages.js";

/**
 * An identifier chosen by the council system: any non-empty string without surrounding spaces.
 * Ids such as `"__proto__"` or `"constructor"` are ordinary ids.
 *
 * @category Model
 * @example
 * import { Id } from "performance-management/model";
 * Id.safeParse("obj-homelessness").success //=> true
 * Id.safeParse(" obj-homelessness").success //=> false
 */
export const Id = z
  .string()
  .min(1)
  .refine((value) => value.trim() === value, {
    message: "must not start or end with spaces",
    params: { code: "invalid_id" } satisfies IssueTag,
  })
  .meta({
    title: "Id",
    description: "An identifier: a non-empty string without leading or trailing spaces.",
    pattern: "^\\S(?:[\\s\\S]*\\S)?$",
  });
/** An identifier chosen by the council system. @category Model */
export type Id = z.infer<typeof Id>;

/**
 * A calendar date written `YYYY-MM-DD`; impossible dates such as `2023-02-30` are refused.
 *
 * @category Model
 * @example
 * import { CalendarDate } from "performance-management/model";
 * CalendarDate.safeParse("2024-02-29").success //=> true
 * CalendarDate.safeParse("2023-02-29").success //=> false
 */
export const CalendarDate = z
  .string()
  .refine(isCalendarDate, {
    message: "must be a real calendar date written YYYY-MM-DD",
    params: { code: "invalid_date" } satisfies IssueTag,
  })
  .meta({
    title: "CalendarDate",
    description: "A calendar date, YYYY-MM-DD.",
    format: "date",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    examples: ["2001-04-01"],
  });
/** A calendar date written `YYYY-MM-DD`. @category Model */
export type CalendarDate = z.infer<typeof CalendarDate>;

/**
 * A day of the year written `MM-DD` that exists in every year (so not `02-29`).
 *
 * @category Model
 * @example
 * import { MonthDay } from "performance-management/model";
 * MonthDay.safeParse("04-01").success //=> true
 * MonthDay.safeParse("13-01").success //=> false
 */
export const MonthDay = z
  .string()
  .refine(isMonthDay, {
    message: "must be a day of the year written MM-DD, such as 04-01",
    params: { code: "invalid_month_day" } satisfies IssueTag,
  })
  .meta({
    title: "MonthDay",
    description: "A day of the year, MM-DD.",
    pattern: "^\\d{2}-\\d{2}$",
    examples: ["04-01"],
  });
/** A day of the year written `MM-DD`. @category Model */
export type MonthDay = z.infer<typeof MonthDay>;

const DECIMAL_TAG = { code: "invalid_decimal" } satisfies IssueTag;

/**
 * A decimal written in plain notation, such as `"95.5"` or `"-10"`: the exact, documented form of every value.
 *
 * @category Model
 * @example
 * import { DecimalString } from "performance-management/model";
 * DecimalString.safeParse("6.5").success //=> true
 * DecimalString.safeParse("6,5").success //=> false
 */
export const DecimalString = z
  .string()
  .refine((value) => DECIMAL_STRING_PATTERN.test(value), {
    message: "must be a decimal number such as 95.5",
    params: DECIMAL_TAG,
  })
  .meta({
    title: "DecimalString",
    description: "A decimal in plain notation, such as 95.5.",
    pattern: DECIMAL_STRING_PATTERN.source,
  });
/** A decimal written in plain notation. @category Model */
export type DecimalString = z.infer<typeof DecimalString>;

/**
 * A value: a decimal string (exact, the documented form) or a finite number.
 * `NaN` and infinities are refused.
 *
 * @category Model
 * @example
 * import { DecimalValue } from "performance-management/model";
 * DecimalValue.safeParse("0.1").success //=> true
 * DecimalValue.safeParse(0.1).success //=> true
 * DecimalValue.safeParse(Number.NaN).success //=> false
 */
export const DecimalValue = z
  // First the kind of value, so that anything but a string or a finite number is refused with a tagged
  // issue (zod's union issue carries no params); then which of the two, for JSON Schema's anyOf.
  .custom<string | number>(
    (value) => typeof value === "string" || (typeof value === "number" && Number.isFinite(value)),
    {
      message: 'must be a number, written as a decimal such as "95.5" (NaN and infinities are not numbers)',
      params: DECIMAL_TAG,
    },
  )
  .pipe(z.union([DecimalString, z.number()]))
  .meta({ title: "DecimalValue", description: "A decimal string (exact; preferred) or a finite JSON number." });
/** A decimal string or a finite number. @category Model */
export type DecimalValue = z.infer<typeof DecimalValue>;

/**
 * Free text explaining an entity, for example that a value is illustrative rather than taken from a source.
 *
 * @category Model
 * @example
 * import { Note } from "performance-management/model";
 * Note.safeParse("Illustrative: the seed gives no baseline.").success //=> true
 */
export const Note = z
  .string()
  .meta({ title: "Note", description: "Free text: provenance, caveats, illustrative values." });
/** Free text explaining an entity. @category Model */
export type Note = z.infer<typeof Note>;

/**
 * A span of calendar days, both ends included; `end` may not fall before `start`.
 *
 * @category Model
 * @example
 * import { Period } from "performance-management/model";
 * Period.safeParse({ start: "2001-04-01", end: "2002-03-31" }).success //=> true
 * Period.safeParse({ start: "2002-04-01", end: "2002-03-31" }).success //=> false
 */
export const Period = z
  .strictObject({ start: CalendarDate, end: CalendarDate })
  .refine((period) => !(isCalendarDate(period.start) && isCalendarDate(period.end)) || period.start <= period.end, {
    message: "ends before it starts: the end date must be on or after the start date",
    path: ["end"],
    params: { code: "invalid_period" } satisfies IssueTag,
  })
  .meta({ title: "Period", description: "A span of calendar days, both ends included." });
/** A span of calendar days. @category Model */
export type Period = z.infer<typeof Period>;

/**
 * The canonical string of a value: plain notation, no exponent, no trailing zeros, no `-0`.
 * This is how every decimal leaves the library.
 *
 * @category Model
 * @param value - a decimal string or a finite number, as accepted by {@link DecimalValue}
 * @returns the canonical decimal string
 * @example
 * import { canonicalDecimal } from "performance-management/model";
 * canonicalDecimal("095.50") //=> "95.5"
 * canonicalDecimal(1e21) //=> "1000000000000000000000"
 * canonicalDecimal("-0.0") //=> "0"
 */
export function canonicalDecimal(value: DecimalValue): string {
  return toCanonicalString(toDecimal(value));
}
