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
 * hostile entries: whatever a fast function accepts, zod accepts with a deep-equal result. A
 * schema that gains a key leaves entries with it to zod (an unknown key here); a schema whose check
 * tightens needs the same change here, and those tests fail until it is made.
 * @internal
 */
import { daysInMonth } from "../internal/dates.js";
import { boundsInOrder } from "./bounds.js";
import { fitsDecimalDigits } from "./digits.js";

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

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === "boolean";
}

/**
 * An optional key of a hand-written entry, checked: absent, nothing; given as `undefined`, kept as
 * `undefined` (zod keeps it: the key is `in` the input); otherwise checked and copied as given.
 * Called in the schema's key order, it stores the keys in that order. False when the check fails.
 */
function copyOptional(value: Plain, parsed: Plain, key: string, test: (given: unknown) => boolean): boolean {
  const given = value[key];
  if (given !== undefined) {
    if (!test(given)) return false;
    parsed[key] = given;
  } else if (key in value) parsed[key] = undefined;
  return true;
}

/** {@link copyOptional} for a key whose value is parsed (a list, an object): stores what `parse` returns. */
function parseOptional(value: Plain, parsed: Plain, key: string, parse: FastParser): boolean {
  const given = value[key];
  if (given !== undefined) {
    const result = parse(given);
    if (result === REJECT) return false;
    parsed[key] = result;
  } else if (key in value) parsed[key] = undefined;
  return true;
}

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
const text = check(isString);
const nonEmptyText = check(isNonEmptyString);
const boolean = check(isBoolean);

/**
 * `z.strictObject(shape)`: no key outside the shape (own or inherited, as
 * `for…in` lists them), every required key present and valid, a fresh object in the shape's order.
 * An optional key given as `undefined` is kept as `undefined`, as zod keeps it.
 */
function strictObject(fields: readonly Field[]): FastParser {
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
    return parsed;
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

/** Whether every key `for…in` lists (own or inherited, as zod's strict check reads them) is one of `keys`. */
function onlyKeys(value: Plain, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

// The entries of the large lists (measurements, indicators, targets) are written out by hand: each
// reads its keys by name, so V8 keeps every read and every store of the result monomorphic. The
// pattern of an optional key `k`: absent, nothing; given as undefined, kept as undefined (zod keeps
// it: the key is `in` the input); otherwise checked and copied. The smaller lists (objectives and
// their contributions and actions) use copyOptional and parseOptional, the same pattern by key: a
// call and a keyed store per key, which measured some 15% slower on the large lists (the helpers
// are not inlined there). The rarer parts use the combinators above.

function isLink(value: unknown): boolean {
  return value === "direct" || value === "indirect";
}

const CONTRIBUTION_KEYS = new Set(["objective", "link", "partners", "soThat", "weight", "note"]);

/** `Contribution`. */
function contribution(value: unknown): unknown {
  if (!isPlain(value) || !onlyKeys(value, CONTRIBUTION_KEYS)) return REJECT;
  const objective = value.objective;
  if (!isId(objective)) return REJECT;
  const parsed: Plain = { objective };
  if ("link" in value && !copyOptional(value, parsed, "link", isLink)) return REJECT;
  if ("partners" in value && !parseOptional(value, parsed, "partners", idList)) return REJECT;
  if ("soThat" in value && !copyOptional(value, parsed, "soThat", isString)) return REJECT;
  if ("weight" in value && !copyOptional(value, parsed, "weight", isNonNegativeDecimalValue)) return REJECT;
  if ("note" in value && !copyOptional(value, parsed, "note", isString)) return REJECT;
  return parsed;
}

/** `z.array(Id)`: a fresh array. */
function idList(value: unknown): unknown[] | Reject {
  if (!Array.isArray(value)) return REJECT;
  const length = value.length;
  const parsed: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    const item: unknown = value[index];
    if (!isId(item)) return REJECT;
    parsed.push(item);
  }
  return parsed;
}

function isActionStatus(value: unknown): boolean {
  return value === "open" || value === "done";
}

const ACTION_KEYS = new Set(["id", "title", "owner", "due", "status", "completed", "ongoing", "note"]);

/** `Action`. */
function action(value: unknown): unknown {
  if (!isPlain(value) || !onlyKeys(value, ACTION_KEYS)) return REJECT;
  const parsed: Plain = {};
  if ("id" in value && !copyOptional(value, parsed, "id", isId)) return REJECT;
  const title = value.title;
  if (typeof title !== "string" || title.length === 0) return REJECT;
  parsed.title = title;
  if ("owner" in value && !copyOptional(value, parsed, "owner", isId)) return REJECT;
  if ("due" in value && !copyOptional(value, parsed, "due", isCalendarDateText)) return REJECT;
  if ("status" in value && !copyOptional(value, parsed, "status", isActionStatus)) return REJECT;
  if ("completed" in value && !copyOptional(value, parsed, "completed", isCalendarDateText)) return REJECT;
  if ("ongoing" in value && !copyOptional(value, parsed, "ongoing", isBoolean)) return REJECT;
  if ("note" in value && !copyOptional(value, parsed, "note", isString)) return REJECT;
  return parsed;
}

/** `z.array(item)` of hand-written entries: a fresh array. */
function listOf(item: FastParser, value: unknown): unknown[] | Reject {
  if (!Array.isArray(value)) return REJECT;
  const length = value.length;
  const parsed: unknown[] = [];
  for (let index = 0; index < length; index += 1) {
    const element = item(value[index]);
    if (element === REJECT) return REJECT;
    parsed.push(element);
  }
  return parsed;
}

const contributions: FastParser = (value) => listOf(contribution, value);
const actions: FastParser = (value) => listOf(action, value);

const OBJECTIVE_KEYS = new Set(["id", "plan", "title", "outcome", "owner", "contributesTo", "actions", "note"]);

/** `Objective`, every part of it. */
export function fastObjective(value: unknown): unknown {
  if (!isPlain(value) || !onlyKeys(value, OBJECTIVE_KEYS)) return REJECT;
  const objectiveId = value.id;
  const plan = value.plan;
  const title = value.title;
  if (!isId(objectiveId) || !isId(plan) || typeof title !== "string" || title.length === 0) return REJECT;
  const parsed: Plain = { id: objectiveId, plan, title };
  if ("outcome" in value && !copyOptional(value, parsed, "outcome", isString)) return REJECT;
  if ("owner" in value && !copyOptional(value, parsed, "owner", isId)) return REJECT;
  if ("contributesTo" in value && !parseOptional(value, parsed, "contributesTo", contributions)) return REJECT;
  if ("actions" in value && !parseOptional(value, parsed, "actions", actions)) return REJECT;
  if ("note" in value && !copyOptional(value, parsed, "note", isString)) return REJECT;
  return parsed;
}

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

const INDICATOR_KEYS = new Set([
  ...["id", "title", "code", "source", "definition", "standard", "unit", "polarity", "measure", "financial"],
  ...["perspective", "frequency", "cumulative", "aggregation", "profile", "lagDays", "materiality", "decimals"],
  ...["tolerance", "materialShortfall", "min", "max", "lagNote", "note"],
]);
const PERSPECTIVES = new Set<unknown>(["customer", "citizen", "employee", "partner", "financial", "internal"]);
const AGGREGATIONS = new Set<unknown>(["snapshot", "running-total", "year-to-date-rate"]);

/** `z.int().min(min).max(max)`. */
function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * `Indicator` without a `profile` (the schema checks one), with the schema's two refinements: when
 * both `cumulative` and `aggregation` are given they agree, and `max` is not below `min`.
 */
export function fastIndicator(value: unknown): unknown {
  if (!isPlain(value) || !onlyKeys(value, INDICATOR_KEYS)) return REJECT;
  const indicatorId = value.id;
  const title = value.title;
  if (!isId(indicatorId) || typeof title !== "string" || title.length === 0) return REJECT;
  const parsed: Plain = { id: indicatorId, title };
  const code = value.code;
  if (code !== undefined) {
    if (typeof code !== "string") return REJECT;
    parsed.code = code;
  } else if ("code" in value) parsed.code = undefined;
  const source = value.source;
  if (source !== undefined) {
    if (source !== "national" && source !== "local") return REJECT;
    parsed.source = source;
  } else if ("source" in value) parsed.source = undefined;
  const definition = value.definition;
  if (definition !== undefined) {
    if (typeof definition !== "string") return REJECT;
    parsed.definition = definition;
  } else if ("definition" in value) parsed.definition = undefined;
  const standard = value.standard;
  if (standard !== undefined) {
    if (typeof standard !== "boolean") return REJECT;
    parsed.standard = standard;
  } else if ("standard" in value) parsed.standard = undefined;
  const unit = value.unit;
  const polarity = value.polarity;
  const measure = value.measure;
  if (typeof unit !== "string" || unit.length === 0) return REJECT;
  if (polarity !== "higher-is-better" && polarity !== "lower-is-better" && polarity !== "in-band") return REJECT;
  if (measure !== "input" && measure !== "output" && measure !== "outcome" && measure !== "process") return REJECT;
  parsed.unit = unit;
  parsed.polarity = polarity;
  parsed.measure = measure;
  const financial = value.financial;
  if (financial !== undefined) {
    if (typeof financial !== "boolean") return REJECT;
    parsed.financial = financial;
  } else if ("financial" in value) parsed.financial = undefined;
  const perspective = value.perspective;
  if (perspective !== undefined) {
    if (!PERSPECTIVES.has(perspective)) return REJECT;
    parsed.perspective = perspective;
  } else if ("perspective" in value) parsed.perspective = undefined;
  const frequency = value.frequency;
  if (frequency !== "monthly" && frequency !== "quarterly" && frequency !== "annual") return REJECT;
  parsed.frequency = frequency;
  const cumulative = value.cumulative;
  if (cumulative !== undefined) {
    if (typeof cumulative !== "boolean") return REJECT;
    parsed.cumulative = cumulative;
  } else if ("cumulative" in value) parsed.cumulative = undefined;
  const aggregation = value.aggregation;
  if (aggregation !== undefined) {
    if (!AGGREGATIONS.has(aggregation)) return REJECT;
    parsed.aggregation = aggregation;
  } else if ("aggregation" in value) parsed.aggregation = undefined;
  // A profile is the schema's: its weights are counted and one must be above 0.
  if (value.profile !== undefined) return REJECT;
  if ("profile" in value) parsed.profile = undefined;
  const lagDays = value.lagDays;
  if (lagDays !== undefined) {
    if (!isIntegerIn(lagDays, 0, 3660)) return REJECT;
    parsed.lagDays = lagDays;
  } else if ("lagDays" in value) parsed.lagDays = undefined;
  const materiality = value.materiality;
  if (materiality !== undefined) {
    const result = nonNegativeAmount(materiality);
    if (result === REJECT) return REJECT;
    parsed.materiality = result;
  } else if ("materiality" in value) parsed.materiality = undefined;
  const decimals = value.decimals;
  if (decimals !== undefined) {
    if (!isIntegerIn(decimals, 0, 10)) return REJECT;
    parsed.decimals = decimals;
  } else if ("decimals" in value) parsed.decimals = undefined;
  const tolerance = value.tolerance;
  if (tolerance !== undefined) {
    const result = nonNegativeAmount(tolerance);
    if (result === REJECT) return REJECT;
    parsed.tolerance = result;
  } else if ("tolerance" in value) parsed.tolerance = undefined;
  const shortfall = value.materialShortfall;
  if (shortfall !== undefined) {
    const result = materialShortfall(shortfall);
    if (result === REJECT) return REJECT;
    parsed.materialShortfall = result;
  } else if ("materialShortfall" in value) parsed.materialShortfall = undefined;
  const min = value.min;
  if (min !== undefined) {
    if (!isDecimalValue(min)) return REJECT;
    parsed.min = min;
  } else if ("min" in value) parsed.min = undefined;
  const max = value.max;
  if (max !== undefined) {
    if (!isDecimalValue(max)) return REJECT;
    parsed.max = max;
  } else if ("max" in value) parsed.max = undefined;
  const lagNote = value.lagNote;
  if (lagNote !== undefined) {
    if (typeof lagNote !== "string" || lagNote.length === 0) return REJECT;
    parsed.lagNote = lagNote;
  } else if ("lagNote" in value) parsed.lagNote = undefined;
  const note = value.note;
  if (note !== undefined) {
    if (typeof note !== "string") return REJECT;
    parsed.note = note;
  } else if ("note" in value) parsed.note = undefined;
  // The schema's refinements, on what it parsed.
  if (cumulative !== undefined && aggregation !== undefined && cumulative !== (aggregation === "running-total"))
    return REJECT;
  if (min !== undefined && max !== undefined && !boundsInOrder(parsed)) return REJECT;
  return parsed;
}

const DATED_VALUE_KEYS = new Set(["date", "value"]);

/** `DatedValue` (a baseline, a milestone, an absolute goal): `{ date, value }`. */
function datedValue(value: unknown): unknown {
  if (!isPlain(value) || !onlyKeys(value, DATED_VALUE_KEYS)) return REJECT;
  const date = value.date;
  const figure = value.value;
  if (!isCalendarDateText(date) || !isDecimalValue(figure)) return REJECT;
  return { date, value: figure };
}

const change = union(
  strictObject([required("percent", decimalValue)]),
  strictObject([required("absolute", decimalValue)]),
  strictObject([required("points", decimalValue)]),
);

/** The goals after the first form, `{ date, value }`, in the schema's order. */
const otherGoals = union(
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

/** `Goal`: the first of its four forms that accepts (their keys differ, so at most one does). */
function goal(value: unknown): unknown {
  const absolute = datedValue(value);
  return absolute === REJECT ? otherGoals(value) : absolute;
}

const comparator = strictObject([
  required("indicator", id),
  optional("label", text),
  optional("margin", decimalValue),
  optional("inclusive", boolean),
  optional("note", text),
]);

const stretch = strictObject([required("value", decimalValue), optional("note", text)]);

const TARGET_KEYS = new Set([
  ...["id", "title", "objective", "indicator", "owner", "baseline", "goal", "milestones", "trajectory"],
  ...["tolerance", "stretch", "floor", "comparator", "revisions", "weight", "correctiveActions", "note"],
]);

/** `Target` without `revisions` (the schema checks that no two share a date). */
export function fastTarget(value: unknown): unknown {
  if (!isPlain(value) || !onlyKeys(value, TARGET_KEYS)) return REJECT;
  const targetId = value.id;
  if (!isId(targetId)) return REJECT;
  const parsed: Plain = { id: targetId };
  const title = value.title;
  if (title !== undefined) {
    if (typeof title !== "string") return REJECT;
    parsed.title = title;
  } else if ("title" in value) parsed.title = undefined;
  const objective = value.objective;
  const indicator = value.indicator;
  if (!isId(objective) || !isId(indicator)) return REJECT;
  parsed.objective = objective;
  parsed.indicator = indicator;
  const owner = value.owner;
  if (owner !== undefined) {
    if (!isId(owner)) return REJECT;
    parsed.owner = owner;
  } else if ("owner" in value) parsed.owner = undefined;
  const baseline = datedValue(value.baseline);
  if (baseline === REJECT) return REJECT;
  parsed.baseline = baseline;
  const parsedGoal = goal(value.goal);
  if (parsedGoal === REJECT) return REJECT;
  parsed.goal = parsedGoal;
  const milestones = value.milestones;
  if (milestones !== undefined) {
    const list = listOf(datedValue, milestones);
    if (list === REJECT) return REJECT;
    parsed.milestones = list;
  } else if ("milestones" in value) parsed.milestones = undefined;
  const trajectory = value.trajectory;
  if (trajectory !== undefined) {
    if (trajectory !== "linear" && trajectory !== "step" && trajectory !== "compound" && trajectory !== "period-target")
      return REJECT;
    parsed.trajectory = trajectory;
  } else if ("trajectory" in value) parsed.trajectory = undefined;
  const tolerance = value.tolerance;
  if (tolerance !== undefined) {
    const result = nonNegativeAmount(tolerance);
    if (result === REJECT) return REJECT;
    parsed.tolerance = result;
  } else if ("tolerance" in value) parsed.tolerance = undefined;
  const stretchGiven = value.stretch;
  if (stretchGiven !== undefined) {
    const result = stretch(stretchGiven);
    if (result === REJECT) return REJECT;
    parsed.stretch = result;
  } else if ("stretch" in value) parsed.stretch = undefined;
  const floor = value.floor;
  if (floor !== undefined) {
    if (!isDecimalValue(floor)) return REJECT;
    parsed.floor = floor;
  } else if ("floor" in value) parsed.floor = undefined;
  const comparatorGiven = value.comparator;
  if (comparatorGiven !== undefined) {
    const result = comparator(comparatorGiven);
    if (result === REJECT) return REJECT;
    parsed.comparator = result;
  } else if ("comparator" in value) parsed.comparator = undefined;
  // Revisions are the schema's: their dates are checked apart from one another.
  if (value.revisions !== undefined) return REJECT;
  if ("revisions" in value) parsed.revisions = undefined;
  const weight = value.weight;
  if (weight !== undefined) {
    if (!isNonNegativeDecimalValue(weight)) return REJECT;
    parsed.weight = weight;
  } else if ("weight" in value) parsed.weight = undefined;
  const correctiveActions = value.correctiveActions;
  if (correctiveActions !== undefined) {
    const list = listOf(action, correctiveActions);
    if (list === REJECT) return REJECT;
    parsed.correctiveActions = list;
  } else if ("correctiveActions" in value) parsed.correctiveActions = undefined;
  const note = value.note;
  if (note !== undefined) {
    if (typeof note !== "string") return REJECT;
    parsed.note = note;
  } else if ("note" in value) parsed.note = undefined;
  return parsed;
}
