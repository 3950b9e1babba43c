/**
 * How often things recur and when reviews fall due: the frequency table and the review cycles'
 * deadlines, apart from the schemas so that the engines reading them load no zod.
 * @internal
 */
import { notAModelValue } from "./valueMisuse.js";

// The model's ReviewDeadline type is inferred from its schema in review.ts; the signatures below write
// out the same shapes (a frequency, a deadline, a cycle's fields), so this module imports nothing from there.
type Deadline = { readonly daysAfterPeriodEnd: number } | { readonly monthsAfterPeriodEnd: number };

/**
 * The days after a period's end by which a review of it is due, for a cycle with neither
 * `deadline` nor `graceDays`: six weeks, the shortest of the six-to-eight-week committee cycles on which a quarter's
 * report reaches members (seed 5.3.4.1 names "quarterly reports on progress against targets" but
 * gives no figure for how soon after the quarter they are made).
 *
 * @category Model
 * @example
 * import { DEFAULT_REVIEW_GRACE_DAYS } from "performance-management/model";
 * DEFAULT_REVIEW_GRACE_DAYS //=> 42
 */
export const DEFAULT_REVIEW_GRACE_DAYS = 42;

/** The longest grace a review cycle may allow: ten years of days. @internal */
export const MAX_GRACE_DAYS = 3660;

/**
 * The days a review cycle allows after a period ends before its review is overdue, as `graceDays`
 * writes them: its `graceDays`, else {@link DEFAULT_REVIEW_GRACE_DAYS}. A cycle with a `deadline`
 * is read by {@link deadlineOf}, which the review engine uses.
 *
 * @category Model
 * @param cycle - a parsed review cycle
 * @returns a whole number of days, 0 or more
 * @throws {@link FrameworkValidationError} when `cycle` is not an object, or its `graceDays` is not a whole number of days the model accepts
 * @example
 * import { graceDaysOf } from "performance-management/model";
 * graceDaysOf({ id: "rc", name: "Quarterly", frequency: "quarterly", appliesTo: {} }) //=> 42
 * graceDaysOf({ id: "rc", name: "Quarterly", frequency: "quarterly", appliesTo: {}, graceDays: 0 }) //=> 0
 */
export function graceDaysOf(cycle: { readonly graceDays?: number | undefined }): number {
  if (typeof cycle !== "object" || (cycle as unknown) === null)
    throw notAModelValue("graceDaysOf", "cycle", "a review cycle (an object, with graceDays or without)", cycle);
  return checkedGraceDays(cycle, "graceDaysOf");
}

/** A cycle's `graceDays`, checked, or the default; misuse is reported as `helper`'s. */
function checkedGraceDays(cycle: { readonly graceDays?: number | undefined }, helper: string): number {
  const days: unknown = cycle.graceDays;
  if (days === undefined) return DEFAULT_REVIEW_GRACE_DAYS;
  if (typeof days !== "number" || !Number.isInteger(days) || days < 0 || days > MAX_GRACE_DAYS)
    throw notAModelValue(helper, "cycle.graceDays", `a whole number of days from 0 to ${String(MAX_GRACE_DAYS)}`, days);
  return days;
}

/** The longest a deadline may run after its period ends: ten years of months. @internal */
export const MAX_DEADLINE_MONTHS = 120;

/**
 * When a cycle's reviews are due after the periods they cover: its `deadline`; else its
 * `graceDays` read as days after the period's end (`{ daysAfterPeriodEnd: graceDays }`), which is
 * what it always meant (a review due at the period's end, overdue once the grace had passed); else
 * {@link DEFAULT_REVIEW_GRACE_DAYS} days, six weeks.
 *
 * @category Model
 * @param cycle - a parsed review cycle
 * @returns the cycle's deadline
 * @throws {@link FrameworkValidationError} when `cycle` is not an object, or its `deadline` or `graceDays` is not one the model accepts
 * @example
 * import { deadlineOf } from "performance-management/model";
 * deadlineOf({ graceDays: 56 }) //=> { daysAfterPeriodEnd: 56 }
 * deadlineOf({ deadline: { monthsAfterPeriodEnd: 3 } }) //=> { monthsAfterPeriodEnd: 3 }
 * deadlineOf({}) //=> { daysAfterPeriodEnd: 42 }
 */
export function deadlineOf(cycle: {
  readonly deadline?: { readonly daysAfterPeriodEnd: number } | { readonly monthsAfterPeriodEnd: number } | undefined;
  readonly graceDays?: number | undefined;
}): { daysAfterPeriodEnd: number } | { monthsAfterPeriodEnd: number } {
  if (typeof cycle !== "object" || (cycle as unknown) === null)
    throw notAModelValue("deadlineOf", "cycle", "a review cycle (an object, with a deadline or without)", cycle);
  const deadline: unknown = cycle.deadline;
  if (deadline === undefined) return { daysAfterPeriodEnd: checkedGraceDays(cycle, "deadlineOf") };
  const parsed = readDeadline(deadline);
  if (parsed === undefined)
    throw notAModelValue(
      "deadlineOf",
      "cycle.deadline",
      "{ daysAfterPeriodEnd: n } (0 to 3660) or { monthsAfterPeriodEnd: n } (0 to 120)",
      deadline,
    );
  return parsed;
}

/** Whether a value is a whole number from 0 to `max`. */
function isWholeUpTo(value: unknown, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;
}

/**
 * A deadline as the `ReviewDeadline` schema accepts it (an object with exactly one of
 * `daysAfterPeriodEnd`, 0 to 3660, and `monthsAfterPeriodEnd`, 0 to 120, whole), copied; else
 * undefined. test/model/zodFreeChecks.prop.test.ts holds it to the schema.
 */
function readDeadline(deadline: unknown): Deadline | undefined {
  if (typeof deadline !== "object" || deadline === null || Array.isArray(deadline)) return undefined;
  // As zod reads a strict object: each field by property access (inherited and non-enumerable
  // ones too), and any other key a for…in walk meets (inherited enumerable ones too) refuses it.
  const keys: string[] = [];
  for (const key in deadline) keys.push(key);
  const { daysAfterPeriodEnd: days, monthsAfterPeriodEnd: months } = deadline as Record<string, unknown>;
  if (isWholeUpTo(days, MAX_GRACE_DAYS) && keys.every((key) => key === "daysAfterPeriodEnd"))
    return { daysAfterPeriodEnd: days };
  if (isWholeUpTo(months, MAX_DEADLINE_MONTHS) && keys.every((key) => key === "monthsAfterPeriodEnd"))
    return { monthsAfterPeriodEnd: months };
  return undefined;
}

/**
 * Calendar months between occurrences of a frequency: an indicator's measurements, a review cycle's
 * reviews or a trajectory schedule's dates. The one table of frequencies every engine reads.
 *
 * @category Model
 * @param frequency - a named frequency (`monthly`, `quarterly`, `half-yearly`, `annual`) or `{ everyMonths }`
 * @returns the whole number of months from one occurrence to the next
 * @throws {@link FrameworkValidationError} for anything that is not a frequency (`null`, `"weekly"`, `{ everyMonths: 0 }`), naming `frequency`
 * @example
 * import { monthsOf } from "performance-management/model";
 * [monthsOf("monthly"), monthsOf("quarterly"), monthsOf("half-yearly"), monthsOf("annual")] //=> [1, 3, 6, 12]
 * monthsOf({ everyMonths: 24 }) //=> 24
 */
export function monthsOf(
  frequency: "monthly" | "quarterly" | "half-yearly" | "annual" | { readonly everyMonths: number },
): number {
  // The type says a frequency; a caller from plain JavaScript may give anything.
  const given: unknown = frequency;
  const months: unknown =
    typeof given === "string"
      ? FREQUENCY_MONTHS.get(given)
      : typeof given === "object" && given !== null
        ? (given as { readonly everyMonths?: unknown }).everyMonths
        : undefined;
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1)
    throw notAModelValue(
      "monthsOf",
      "frequency",
      '"monthly", "quarterly", "half-yearly", "annual" or { everyMonths } with a whole number of months, 1 or more',
      frequency,
    );
  return months;
}

/** The named frequencies' months, in a Map so that no inherited name ("constructor") passes for one. */
const FREQUENCY_MONTHS: ReadonlyMap<string, number> = new Map([
  ["monthly", 1],
  ["quarterly", 3],
  ["half-yearly", 6],
  ["annual", 12],
]);
