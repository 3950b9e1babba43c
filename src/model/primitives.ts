import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { isCalendarDate, isMonthDay } from "../internal/dates.js";
import { DECIMAL_STRING_PATTERN, isDecimalValue, toCanonicalString, toDecimal } from "../internal/decimal.js";
import type { IssueTag } from "./issues.js";
import { notAModelValue } from "./valueMisuse.js";
import {
  DIGITS_MESSAGE,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
  MAX_SIGNIFICANT_DIGITS,
  fitsDecimalDigits,
  plainTextFitsDigits,
} from "./digits.js";

export { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, MAX_SIGNIFICANT_DIGITS, fitsDecimalDigits } from "./digits.js";

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
  .clone()
  .register(modelMetadata, {
    title: "Id",
    description: "An identifier: a non-empty string without leading or trailing spaces.",
    pattern: "^\\S(?:[\\s\\S]*\\S)?$",
  });
/** An identifier chosen by the council system. @category Model */
export type Id = z.infer<typeof Id>;

/** A string schema with one tagged check, registered with its metadata. */
function checkedString(
  test: (value: string) => boolean,
  message: string,
  code: IssueTag["code"],
  metadata: z.core.GlobalMeta,
): z.ZodString {
  return z
    .string()
    .refine(test, { message, params: { code } satisfies IssueTag })
    .clone()
    .register(modelMetadata, metadata);
}

/**
 * A calendar date written `YYYY-MM-DD`; impossible dates such as `2023-02-30` are refused.
 *
 * @category Model
 * @example
 * import { CalendarDate } from "performance-management/model";
 * CalendarDate.safeParse("2024-02-29").success //=> true
 * CalendarDate.safeParse("2023-02-29").success //=> false
 */
export const CalendarDate = checkedString(
  isCalendarDate,
  "must be a real calendar date written YYYY-MM-DD",
  "invalid_date",
  {
    title: "CalendarDate",
    description: "A calendar date, YYYY-MM-DD.",
    format: "date",
    pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    examples: ["2001-04-01"],
  },
);
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
export const MonthDay = checkedString(
  isMonthDay,
  "must be a day of the year written MM-DD, such as 04-01",
  "invalid_month_day",
  {
    title: "MonthDay",
    description: "A day of the year, MM-DD.",
    pattern: "^\\d{2}-\\d{2}$",
    examples: ["04-01"],
  },
);
/** A day of the year written `MM-DD`. @category Model */
export type MonthDay = z.infer<typeof MonthDay>;

const DECIMAL_TAG = { code: "invalid_decimal" } satisfies IssueTag;
const DIGITS_TAG = { code: "too_many_digits" } satisfies IssueTag;
const NEGATIVE_TAG = { code: "negative" } satisfies IssueTag;

/**
 * A decimal written in plain notation, such as `"95.5"` or `"-10"`: the exact, documented form of every value.
 * At most {@link MAX_SIGNIFICANT_DIGITS} (30) significant digits, 20 before the point and 20 after it.
 *
 * @category Model
 * @example
 * import { DecimalString } from "performance-management/model";
 * DecimalString.safeParse("6.5").success //=> true
 * DecimalString.safeParse("6,5").success //=> false
 * DecimalString.safeParse("0.000000000000000000001").success //=> false
 */
export const DecimalString = z
  .string()
  .refine((value) => DECIMAL_STRING_PATTERN.test(value), {
    message: "must be a decimal number such as 95.5",
    params: DECIMAL_TAG,
    abort: true,
  })
  .refine(plainTextFitsDigits, { message: DIGITS_MESSAGE, params: DIGITS_TAG })
  .clone()
  .register(modelMetadata, {
    title: "DecimalString",
    description: `A decimal in plain notation, such as 95.5: at most ${MAX_SIGNIFICANT_DIGITS} significant digits, ${MAX_INTEGER_DIGITS} before the point and ${MAX_FRACTION_DIGITS} after it (leading and trailing zeros aside).`,
    pattern: `^-?0*\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${MAX_FRACTION_DIGITS}}0*)?$`,
  });
/** A decimal written in plain notation. @category Model */
export type DecimalString = z.infer<typeof DecimalString>;

const DecimalNumber = z
  .number()
  .refine(fitsDecimalDigits, { message: DIGITS_MESSAGE, params: DIGITS_TAG })
  .clone()
  .register(modelMetadata, {
    exclusiveMinimum: -1e20,
    exclusiveMaximum: 1e20,
    description: `A finite number below 10^${MAX_INTEGER_DIGITS} in size, with at most ${MAX_FRACTION_DIGITS} decimal places and ${MAX_SIGNIFICANT_DIGITS} significant digits.`,
  });

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
  .pipe(z.union([DecimalString, DecimalNumber]))
  .clone()
  .register(modelMetadata, {
    title: "DecimalValue",
    description: "A decimal string (exact; preferred) or a finite JSON number.",
  });
/** A decimal string or a finite number. @category Model */
export type DecimalValue = z.infer<typeof DecimalValue>;

/** Whether a decimal string or finite number is below zero (`"-0"` is zero). */
function isNegative(value: string | number): boolean {
  return typeof value === "number" ? value < 0 : value.startsWith("-") && /[1-9]/.test(value);
}

/**
 * A value that may not be negative: a tolerance, a weight, a profile's monthly weight.
 * Zero is allowed (a zero tolerance asks for the exact value; a zero weight counts for nothing).
 *
 * @category Model
 * @example
 * import { NonNegativeDecimalValue } from "performance-management/model";
 * NonNegativeDecimalValue.safeParse("0").success //=> true
 * NonNegativeDecimalValue.safeParse("2.5").success //=> true
 * NonNegativeDecimalValue.safeParse("-5").success //=> false
 */
export const NonNegativeDecimalValue = DecimalValue.refine((value) => !isNegative(value), {
  message: "must not be negative: use 0 or more",
  params: NEGATIVE_TAG,
})
  .clone()
  .register(modelMetadata, {
    title: "NonNegativeDecimalValue",
    description: "A decimal string (exact; preferred) or a finite JSON number, 0 or more.",
    anyOf: [
      {
        type: "string",
        pattern: `^(-0+(\\.0+)?|0*\\d{1,${MAX_INTEGER_DIGITS}}(\\.\\d{1,${MAX_FRACTION_DIGITS}}0*)?)$`,
      },
      { type: "number", minimum: 0, exclusiveMaximum: 1e20 },
    ],
  });
/** A decimal string or a finite number, 0 or more. @category Model */
export type NonNegativeDecimalValue = z.infer<typeof NonNegativeDecimalValue>;

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
  .clone()
  .register(modelMetadata, { title: "Note", description: "Free text: provenance, caveats, illustrative values." });
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
  .clone()
  .register(modelMetadata, { title: "Period", description: "A span of calendar days, both ends included." });
/** A span of calendar days. @category Model */
export type Period = z.infer<typeof Period>;

/**
 * The canonical string of a value: plain notation, no exponent, no trailing zeros, no `-0`.
 * This is how every decimal leaves the library.
 *
 * @category Model
 * @param value - a decimal string or a finite number, as accepted by {@link DecimalValue}
 * @returns the canonical decimal string
 * @throws {@link FrameworkValidationError} for anything else (`"abc"`, `"1e5"`, `NaN`, `null`), naming `value`
 * @example
 * import { canonicalDecimal } from "performance-management/model";
 * canonicalDecimal("095.50") //=> "95.5"
 * canonicalDecimal(1e21) //=> "1000000000000000000000"
 * canonicalDecimal("-0.0") //=> "0"
 */
export function canonicalDecimal(value: DecimalValue): string {
  if (!isDecimalValue(value))
    throw notAModelValue(
      "canonicalDecimal",
      "value",
      'a decimal string in plain notation such as "95.5", or a finite number',
      value,
    );
  return toCanonicalString(toDecimal(value));
}
