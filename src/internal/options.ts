/**
 * Checks of the options a caller passes to an engine's public functions: each engine passes the
 * error its misuse throws (as {@link dayOf} does), so a bad tolerance, date or choice is reported
 * as that engine's typed error naming the option, never as a `DecimalError`, a `TypeError` or a
 * `NaN` in the results. Only the public entry points call these; kernels trust their input.
 * @internal
 */
import { type MisuseError, isCalendarDate } from "./dates.js";
import { DECIMAL_STRING_PATTERN, toDecimal } from "./decimal.js";

const SHOWN_LENGTH = 60;

/** A short, safe rendering of any value for a message: JSON when it has one, at most 60 characters. */
export function shown(value: unknown): string {
  let text = Object.prototype.toString.call(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "symbol" || value === undefined)
    text = String(value);
  else {
    try {
      // JSON.stringify gives undefined for a function, and throws for a cycle or a BigInt inside.
      const json = JSON.stringify(value) as unknown;
      if (typeof json === "string") text = json;
    } catch {
      // keep the tag
    }
  }
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}

/** Whether a value is an object that is neither `null` nor an array. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks that an options argument is an object (the functions that require one). */
export function checkOptionsObject(options: unknown, what: string, fail: MisuseError): void {
  if (!isPlainObject(options)) throw fail(`${what} must be an object; got ${shown(options)}`);
}

/** Whether a value is a decimal the library reads exactly and at least 0: a plain decimal string or a finite number. */
function isNonNegativeDecimal(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0;
  if (typeof value !== "string" || !DECIMAL_STRING_PATTERN.test(value)) return false;
  const decimal = toDecimal(value);
  return !decimal.isNegative() || decimal.isZero();
}

/**
 * Checks a tolerance a caller gives as an option: absent (`undefined` or `null`), or an object with
 * exactly one own key, `percent`, `absolute` or `points`, whose value is a decimal at least 0 (a plain
 * decimal string such as `"5"`, or a finite number). `"abc"`, `NaN`, infinities, negatives, both
 * keys or neither are misuse, reported by `fail` naming the option as `what`.
 */
export function checkTolerance(value: unknown, what: string, fail: MisuseError): void {
  if (value === undefined || value === null) return;
  const keys = isPlainObject(value) ? Object.keys(value) : [];
  const [key] = keys;
  const amount: unknown = isPlainObject(value) && key !== undefined ? value[key] : undefined;
  if (
    keys.length !== 1 ||
    (key !== "percent" && key !== "absolute" && key !== "points") ||
    !isNonNegativeDecimal(amount)
  ) {
    throw fail(
      `${what} ${shown(value)} must be { percent }, { absolute } or { points }, one of them, with a decimal at least 0 such as "5"`,
    );
  }
}

/** Checks a date a caller gives as an option: a real `YYYY-MM-DD` calendar date; returns it. */
export function checkDate(value: unknown, what: string, fail: MisuseError): string {
  if (typeof value !== "string" || !isCalendarDate(value)) {
    throw fail(
      value === undefined
        ? `${what} is missing: give a calendar date written YYYY-MM-DD`
        : `${what} ${shown(value)} is not a calendar date written YYYY-MM-DD`,
    );
  }
  return value;
}

/** Checks that an option, when given (not `undefined`), is one of the values allowed. */
export function checkOneOf(value: unknown, allowed: readonly string[], what: string, fail: MisuseError): void {
  if (value !== undefined && !allowed.some((choice) => choice === value)) {
    throw fail(`${what} ${shown(value)} is not one of ${allowed.map((choice) => `"${choice}"`).join(", ")}`);
  }
}
