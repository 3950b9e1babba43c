/**
 * Checks of the options a caller passes to an engine's public functions: each engine passes the
 * error its misuse throws (as {@link dayOf} does), so a bad tolerance, date or choice is reported
 * as that engine's typed error naming the option, never as a `DecimalError`, a `TypeError` or a
 * `NaN` in the results. Only the public entry points call these; kernels trust their input.
 * @internal
 */
import { type MisuseError, isCalendarDate } from "./dates.js";
import { isDecimalValue, toDecimal } from "./decimal.js";
import { shown } from "./shown.js";

export { shown } from "./shown.js";

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
  if (!isDecimalValue(value)) return false;
  if (typeof value === "number") return value >= 0;
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

/** The number of single-character edits (insert, delete, replace, swap two neighbours) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known key nearest to `key`, when it is near: at most a third of the longer one's length away
 * (case ignored), or one begins with the other (`maximum` for `max`). Keys longer than 40
 * characters are not compared (no misspelling is that long, and the work stays small).
 */
function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(key.length, best.length) / 3))) return best;
  // A longer or shorter spelling of a known key: `maximum` for `max`, `char` for `characteristic`.
  const lower = key.toLowerCase();
  return lower.length < 3
    ? undefined
    : known.find((candidate) => lower.startsWith(candidate) || candidate.startsWith(lower));
}

/**
 * The first own key of `value` that is not in `known`, with the nearest known key (a misspelling's
 * likely meaning); undefined when every key is known.
 */
export function unknownKey(
  value: Readonly<Record<string, unknown>>,
  known: readonly string[],
): { readonly key: string; readonly near: string | undefined } | undefined {
  for (const key of Object.keys(value)) if (!known.includes(key)) return { key, near: nearestKey(key, known) };
  return undefined;
}

/**
 * Checks that an options object has only the keys a function reads: an unknown one (a misspelt
 * `asof`, which would otherwise leave the option unset without a word) is misuse, reported by
 * `fail` naming it as `what.key` and the nearest known key.
 */
export function checkKnownOptions(options: object, known: readonly string[], what: string, fail: MisuseError): void {
  const unknown = unknownKey(options as Readonly<Record<string, unknown>>, known);
  if (unknown === undefined) return;
  const { key, near } = unknown;
  throw fail(
    `${what}.${key} is not an option${near === undefined ? "" : `: did you mean "${near}"?`} (the options are ${known.join(", ")})`,
  );
}
