/**
 * The parser's fast path: plain functions that accept the common, valid entries of the framework's
 * large lists (measurements above all) without running zod, and return exactly what the zod schema
 * would return for them: a fresh object with the schema's keys in the schema's order, an optional
 * key given as `undefined` kept as `undefined`, every value as given (parsing rewrites nothing).
 *
 * Each function accepts a subset of what its schema accepts. For anything else (a wrong value, an
 * unknown or missing key, a value of a form it does not model, an object that is not plain data) it
 * returns {@link REJECT}, and the caller runs the zod schema on that entry, so every issue still
 * comes from zod. `test/model/fastEntries.prop.test.ts` checks both halves on generated valid and
 * hostile entries: whatever a fast function accepts, zod accepts with a deep-equal result.
 * @internal
 */
import { daysInMonth } from "../internal/dates.js";
import { boundsInOrder } from "./bounds.js";
import { fitsDecimalDigits } from "./primitives.js";

/** What a fast function returns for an entry it does not accept: the schema then decides. */
export const REJECT: unique symbol = Symbol("performance-management: not on the fast path");
/** The type of {@link REJECT}. */
export type Reject = typeof REJECT;

/** A fast function: the parsed value, or {@link REJECT}. */
export type FastParser = (value: unknown) => unknown;

type Plain = Record<string, unknown>;

/**
 * Whether a value is an object the fast path reads: a plain object (as `JSON.parse` makes) or one
 * with no prototype. Arrays, class instances and anything else go to the schema.
 */
function isPlain(value: unknown): value is Plain {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** `c` is an ASCII digit's code. */
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `Id`: a non-empty string without surrounding spaces (`trim()` leaves it unchanged). */
function isId(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const length = value.length;
  if (length === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(length - 1);
  // Printable ASCII at both ends is never trimmed; anything else asks trim() itself.
  if (first > 32 && first < 127 && last > 32 && last < 127) return true;
  return value.trim() === value;
}

/** `CalendarDate`: `YYYY-MM-DD` (ASCII digits), a real date from 0001-01-01 to 9999-12-31. */
function isCalendarDateText(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = value.charCodeAt(0);
  const y1 = value.charCodeAt(1);
  const y2 = value.charCodeAt(2);
  const y3 = value.charCodeAt(3);
  const m0 = value.charCodeAt(5);
  const m1 = value.charCodeAt(6);
  const d0 = value.charCodeAt(8);
  const d1 = value.charCodeAt(9);
  if (
    !isDigitCode(y0) ||
    !isDigitCode(y1) ||
    !isDigitCode(y2) ||
    !isDigitCode(y3) ||
    !isDigitCode(m0) ||
    !isDigitCode(m1) ||
    !isDigitCode(d0) ||
    !isDigitCode(d1)
  )
    return false;
  const year = (y0 - 48) * 1000 + (y1 - 48) * 100 + (y2 - 48) * 10 + (y3 - 48);
  const month = (m0 - 48) * 10 + (m1 - 48);
  const day = (d0 - 48) * 10 + (d1 - 48);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * `DecimalValue`: a string matching `^-?\d+(\.\d+)?$` within the digit limits, or a finite number
 * within them. A short string (at most 20 digits) is within the limits whatever its digits; a
 * longer one, and every number that is not a whole number below 10^20, asks {@link fitsDecimalDigits}.
 */
function isDecimalValue(value: unknown): value is string | number {
  if (typeof value === "number") return Number.isInteger(value) ? Math.abs(value) < 1e20 : fitsDecimalDigits(value);
  if (typeof value !== "string") return false;
  const length = value.length;
  if (length > 21) return fitsDecimalDigits(value);
  let i = length > 0 && value.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < length && isDigitCode(value.charCodeAt(i))) i += 1;
  if (i === start) return false;
  let digits = i - start;
  if (i < length) {
    if (value.charCodeAt(i) !== 46) return false;
    i += 1;
    const fraction = i;
    while (i < length && isDigitCode(value.charCodeAt(i))) i += 1;
    if (i === fraction || i !== length) return false;
    digits += i - fraction;
  }
  return digits <= 20 || fitsDecimalDigits(value);
}

/** `NonNegativeDecimalValue`: a {@link isDecimalValue} that is not below zero (`"-0"` is zero). */
function isNonNegativeDecimalValue(value: unknown): value is string | number {
  if (!isDecimalValue(value)) return false;
  return typeof value === "number" ? !(value < 0) : !value.startsWith("-") || !/[1-9]/.test(value);
}

// ---------------------------------------------------------------------------------------------
// Combinators mirroring the zod schemas' parse of valid input.

/** A field of a strict object: its key, its parser, and whether it may be absent (or `undefined`). */
interface Field {
  readonly key: string;
  readonly parse: FastParser;
  readonly optional: boolean;
}

function required(key: string, parse: FastParser): Field {
  return { key, parse, optional: false };
}

function optional(key: string, parse: FastParser): Field {
  return { key, parse, optional: true };
}

/** A check as a parser that returns the value itself: zod's primitives return their input. */
function check(test: (value: unknown) => boolean): FastParser {
  return (value) => (test(value) ? value : REJECT);
}

const id = check(isId);
const calendarDate = check(isCalendarDateText);
const decimalValue = check(isDecimalValue);
const nonNegativeDecimalValue = check(isNonNegativeDecimalValue);
const text = check((value) => typeof value === "string");
const nonEmptyText = check((value) => typeof value === "string" && value.length > 0);
const boolean = check((value) => typeof value === "boolean");
/** A part of the schema the fast path does not model: its presence sends the entry to the schema. */
const unmodelled: FastParser = () => REJECT;

function oneOf(...options: readonly string[]): FastParser {
  const set = new Set<unknown>(options);
  return (value) => (set.has(value) ? value : REJECT);
}

/** `z.int().min(min).max(max)`. */
function integer(min: number, max: number): FastParser {
  return (value) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : REJECT;
}

/** `z.array(item)`: a fresh array of the parsed items. */
function array(item: FastParser): FastParser {
  return (value) => {
    if (!Array.isArray(value)) return REJECT;
    const length = value.length;
    const parsed: unknown[] = [];
    for (let index = 0; index < length; index += 1) {
      const element = item(value[index]);
      if (element === REJECT) return REJECT;
      parsed.push(element);
    }
    return parsed;
  };
}

/**
 * `z.strictObject(shape)` (with its refinements): no key outside the shape (own or inherited, as
 * `for…in` lists them), every required key present and valid, a fresh object in the shape's order.
 * An optional key given as `undefined` is kept as `undefined`, as zod keeps it.
 */
function strictObject(fields: readonly Field[], refine?: (parsed: Plain) => boolean): FastParser {
  const keys = new Set(fields.map((field) => field.key));
  return (value) => {
    if (!isPlain(value)) return REJECT;
    for (const key in value) if (!keys.has(key)) return REJECT;
    const parsed: Plain = {};
    for (const field of fields) {
      const key = field.key;
      const given = value[key];
      if (given === undefined) {
        if (!field.optional) return REJECT;
        if (key in value) parsed[key] = undefined;
        continue;
      }
      const result = field.parse(given);
      if (result === REJECT) return REJECT;
      parsed[key] = result;
    }
    return refine === undefined || refine(parsed) ? parsed : REJECT;
  };
}

/** `z.union(options)`: the first option that accepts, as zod returns the first that succeeds. */
function union(...options: readonly FastParser[]): FastParser {
  return (value) => {
    for (const option of options) {
      const result = option(value);
      if (result !== REJECT) return result;
    }
    return REJECT;
  };
}

// ---------------------------------------------------------------------------------------------
// The entries.

const QUALITIES = new Set<unknown>(["validated", "provisional", "estimate"]);

/**
 * `Measurement`, written out by hand: it is most of a large document. `indicator`, `date` and
 * `value`, then `quality`, `note` and `correctiveAction` when present, in the schema's order.
 */
export function fastMeasurement(value: unknown): unknown {
  if (!isPlain(value)) return REJECT;
  for (const key in value) {
    if (
      key !== "indicator" &&
      key !== "date" &&
      key !== "value" &&
      key !== "quality" &&
      key !== "note" &&
      key !== "correctiveAction"
    )
      return REJECT;
  }
  const indicator = value.indicator;
  const date = value.date;
  const figure = value.value;
  if (!isId(indicator) || !isCalendarDateText(date) || !isDecimalValue(figure)) return REJECT;
  const parsed: Plain = { indicator, date, value: figure };
  const quality = value.quality;
  if (quality !== undefined) {
    if (!QUALITIES.has(quality)) return REJECT;
    parsed.quality = quality;
  } else if ("quality" in value) parsed.quality = undefined;
  const note = value.note;
  if (note !== undefined) {
    if (typeof note !== "string") return REJECT;
    parsed.note = note;
  } else if ("note" in value) parsed.note = undefined;
  const correctiveAction = value.correctiveAction;
  if (correctiveAction !== undefined) {
    if (typeof correctiveAction !== "string") return REJECT;
    parsed.correctiveAction = correctiveAction;
  } else if ("correctiveAction" in value) parsed.correctiveAction = undefined;
  return parsed;
}

const contribution = strictObject([
  required("objective", id),
  optional("link", oneOf("direct", "indirect")),
  optional("partners", array(id)),
  optional("soThat", text),
  optional("weight", nonNegativeDecimalValue),
  optional("note", text),
]);

const action = strictObject([
  optional("id", id),
  required("title", nonEmptyText),
  optional("owner", id),
  optional("due", calendarDate),
  optional("status", oneOf("open", "done")),
  optional("completed", calendarDate),
  optional("ongoing", boolean),
  optional("note", text),
]);

/** `Objective`, every part of it. */
export const fastObjective: FastParser = strictObject([
  required("id", id),
  required("plan", id),
  required("title", nonEmptyText),
  optional("outcome", text),
  optional("owner", id),
  optional("contributesTo", array(contribution)),
  optional("actions", array(action)),
  optional("note", text),
]);

/** `Tolerance` and `Materiality`: exactly one of `{ percent }`, `{ absolute }`, `{ points }`, not negative. */
const nonNegativeAmount = union(
  strictObject([required("percent", nonNegativeDecimalValue)]),
  strictObject([required("absolute", nonNegativeDecimalValue)]),
  strictObject([required("points", nonNegativeDecimalValue)]),
);

/** `MaterialShortfall`: `{ absolute }` or `{ points }`, not negative. */
const materialShortfall = union(
  strictObject([required("absolute", nonNegativeDecimalValue)]),
  strictObject([required("points", nonNegativeDecimalValue)]),
);

const INDICATOR_FIELDS: readonly Field[] = [
  required("id", id),
  required("title", nonEmptyText),
  optional("code", text),
  optional("source", oneOf("national", "local")),
  optional("definition", text),
  optional("standard", boolean),
  required("unit", nonEmptyText),
  required("polarity", oneOf("higher-is-better", "lower-is-better", "in-band")),
  required("measure", oneOf("input", "output", "outcome", "process")),
  optional("financial", boolean),
  optional("perspective", oneOf("customer", "citizen", "employee", "partner", "financial", "internal")),
  required("frequency", oneOf("monthly", "quarterly", "annual")),
  optional("cumulative", boolean),
  optional("aggregation", oneOf("snapshot", "running-total", "year-to-date-rate")),
  optional("profile", unmodelled),
  optional("lagDays", integer(0, 3660)),
  optional("materiality", nonNegativeAmount),
  optional("decimals", integer(0, 10)),
  optional("tolerance", nonNegativeAmount),
  optional("materialShortfall", materialShortfall),
  optional("min", decimalValue),
  optional("max", decimalValue),
  optional("lagNote", nonEmptyText),
  optional("note", text),
];

/**
 * `Indicator` without a `profile` (the schema checks one), with the schema's two refinements: when
 * both `cumulative` and `aggregation` are given they agree, and `max` is not below `min`.
 */
export const fastIndicator: FastParser = strictObject(
  INDICATOR_FIELDS,
  (indicator) =>
    (indicator.cumulative === undefined ||
      indicator.aggregation === undefined ||
      indicator.cumulative === (indicator.aggregation === "running-total")) &&
    (indicator.min === undefined || indicator.max === undefined || boundsInOrder(indicator)),
);

const datedValue = strictObject([required("date", calendarDate), required("value", decimalValue)]);

const change = union(
  strictObject([required("percent", decimalValue)]),
  strictObject([required("absolute", decimalValue)]),
  strictObject([required("points", decimalValue)]),
);

/** `Goal`: its four forms have different keys, so at most one of them accepts an object. */
const goal = union(
  datedValue,
  strictObject([required("date", calendarDate), required("change", change)]),
  strictObject([required("date", calendarDate), required("low", decimalValue), required("high", decimalValue)]),
  strictObject([
    required("date", calendarDate),
    required(
      "quartile",
      strictObject([
        required("group", nonEmptyText),
        required("position", (value) => (value === 1 || value === 2 || value === 3 ? value : REJECT)),
      ]),
    ),
  ]),
);

const comparator = strictObject([
  required("indicator", id),
  optional("label", text),
  optional("margin", decimalValue),
  optional("inclusive", boolean),
  optional("note", text),
]);

/** `Target` without `revisions` (the schema checks that no two share a date). */
export const fastTarget: FastParser = strictObject([
  required("id", id),
  optional("title", text),
  required("objective", id),
  required("indicator", id),
  optional("owner", id),
  required("baseline", datedValue),
  required("goal", goal),
  optional("milestones", array(datedValue)),
  optional("trajectory", oneOf("linear", "step", "compound", "period-target")),
  optional("tolerance", nonNegativeAmount),
  optional("stretch", strictObject([required("value", decimalValue), optional("note", text)])),
  optional("floor", decimalValue),
  optional("comparator", comparator),
  optional("revisions", unmodelled),
  optional("weight", nonNegativeDecimalValue),
  optional("correctiveActions", array(action)),
  optional("note", text),
]);
