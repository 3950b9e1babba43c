import type { z } from "zod";
import { DECIMAL_STRING_MESSAGE, DECIMAL_VALUE_MESSAGE } from "./primitives.js";

/**
 * One segment of a path into a framework document: a property name or an array index.
 *
 * @category Validation
 * @example
 * import type { PathSegment } from "performance-management";
 * const path: PathSegment[] = ["targets", 3, "baseline", "date"];
 * path.length //=> 4
 */
export type PathSegment = string | number;

/** Fields every framework issue has. @category Validation */
interface IssueBase {
  /** Where the problem is, from the document's root: `["targets", 3, "baseline", "date"]`. */
  readonly path: PathSegment[];
  /** A sentence saying where the problem is and what to do about it. */
  readonly message: string;
}

/**
 * A required field is absent.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type RequiredIssue } from "performance-management";
 * const result = safeParseFramework({ name: "No id", owners: [], plans: [], objectives: [], indicators: [], targets: [] });
 * const issue = (result.success ? undefined : result.error.issues[0]) as RequiredIssue;
 * issue.path //=> ["id"]
 */
export interface RequiredIssue extends IssueBase {
  readonly code: "required";
}

/**
 * A field holds the wrong type of value.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type InvalidTypeIssue } from "performance-management";
 * const result = safeParseFramework({ id: "fw", name: "Wrong", owners: {}, plans: [], objectives: [], indicators: [], targets: [] });
 * const issue = (result.success ? undefined : result.error.issues[0]) as InvalidTypeIssue;
 * [issue.expected, issue.received] //=> ["a list", "an object"]
 */
export interface InvalidTypeIssue extends IssueBase {
  readonly code: "invalid_type";
  /** What was expected, in words: `"text"`, `"a number"`, `"a list"`… */
  readonly expected: string;
  /** What was found, in words. */
  readonly received: string;
}

/**
 * A field holds a value outside its list of options.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type InvalidValueIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "Bad kind", plans: [], objectives: [], indicators: [], targets: [],
 *   owners: [{ id: "o", name: "Someone", kind: "boss" }],
 * });
 * const issue = (result.success ? undefined : result.error.issues[0]) as InvalidValueIssue;
 * issue.options.includes("individual") //=> true
 */
export interface InvalidValueIssue extends IssueBase {
  readonly code: "invalid_value";
  /** The values accepted. */
  readonly options: string[];
}

/**
 * An object has fields the framework does not define (often a misspelling).
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type UnrecognizedKeysIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "Typo", plans: [], objectives: [], indicators: [], targets: [],
 *   owners: [{ id: "o", name: "Someone", kind: "team", ower: "x" }],
 * });
 * const issue = (result.success ? undefined : result.error.issues[0]) as UnrecognizedKeysIssue;
 * issue.keys //=> ["ower"]
 */
export interface UnrecognizedKeysIssue extends IssueBase {
  readonly code: "unrecognized_keys";
  /** The unknown field names. */
  readonly keys: string[];
}

/**
 * A value is malformed in a way the message explains: an impossible date, a decimal with a comma,
 * a period that ends before it starts, a value that matches none of a field's accepted forms.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type FormatIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "Bad date", owners: [], objectives: [], indicators: [], targets: [],
 *   plans: [{ id: "p", name: "Plan", level: "corporate", period: { start: "2023-02-30", end: "2024-03-31" } }],
 * });
 * const issue = (result.success ? undefined : result.error.issues[0]) as FormatIssue;
 * [issue.code, issue.path] //=> ["invalid_date", ["plans", 0, "period", "start"]]
 */
export interface FormatIssue extends IssueBase {
  readonly code:
    | "invalid_date"
    | "invalid_month_day"
    | "invalid_decimal"
    | "invalid_id"
    | "invalid_period"
    | "invalid_format"
    | "no_matching_form"
    | "too_small"
    | "too_big";
}

/**
 * One problem found while validating a framework document: `{ code, path, message }` plus
 * fields particular to the code, following zod's convention.
 *
 * @category Validation
 * @example
 * import { safeParseFramework } from "performance-management";
 * const result = safeParseFramework({ id: "fw" });
 * result.success ? [] : result.error.issues[0]
 * //=> { code: "required", path: ["name"], message: "name: is required." }
 */
export type FrameworkIssue = RequiredIssue | InvalidTypeIssue | InvalidValueIssue | UnrecognizedKeysIssue | FormatIssue;

/**
 * The codes a {@link FrameworkIssue} can carry, derived from the union.
 *
 * @category Validation
 * @example
 * import type { FrameworkIssueCode } from "performance-management";
 * const code: FrameworkIssueCode = "invalid_date";
 * code //=> "invalid_date"
 */
export type FrameworkIssueCode = FrameworkIssue["code"];

/**
 * Thrown by {@link parseFramework} when a document is not a valid framework. `issues` lists every
 * problem found, each with its path; `message` lists them too, one a line.
 *
 * @category Validation
 * @example
 * import { FrameworkValidationError, parseFramework } from "performance-management";
 * let caught;
 * try { parseFramework({ id: "fw" }); } catch (error) { caught = error; }
 * caught instanceof FrameworkValidationError //=> true
 */
export class FrameworkValidationError extends Error {
  /** Every problem found, in document order. */
  readonly issues: FrameworkIssue[];

  /** @param issues - the problems found; at least one. */
  constructor(issues: FrameworkIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(
      `performance-management: the framework is not valid (${count}):\n${issues.map((issue) => `- ${issue.message}`).join("\n")}`,
    );
    this.name = "FrameworkValidationError";
    this.issues = issues;
  }
}

const ENTITY_NAMES: Readonly<Record<string, string>> = {
  owners: "owner",
  plans: "plan",
  objectives: "objective",
  indicators: "indicator",
  targets: "target",
  measurements: "measurement",
  reviewCycles: "review cycle",
  reviews: "review",
};

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
};

type ZodIssue = z.core.$ZodIssue;

function ownValue(container: unknown, key: PathSegment): unknown {
  if (container === null || typeof container !== "object") return undefined;
  if (!Object.prototype.hasOwnProperty.call(container, key)) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(container, key);
  return descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) current = ownValue(current, segment);
  return current;
}

/**
 * Describes a value in a few words without ever throwing (symbols, bigints and odd objects included).
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  switch (typeof value) {
    case "string": {
      const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return `the text ${JSON.stringify(shown)}`;
    }
    case "number":
      return Number.isNaN(value) ? "NaN" : Number.isFinite(value) ? `the number ${value}` : "an infinite number";
    case "boolean":
      return `${value}`;
    case "bigint":
      return "a bigint";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return Array.isArray(value) ? "a list" : "an object";
  }
}

function formatPath(path: readonly PathSegment[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

/** `target "t-1" (targets[3]), goal.date` — the entity's id when it has one, then the field. */
function describeLocation(root: unknown, path: readonly PathSegment[]): string {
  const [collection, index, ...rest] = path;
  if (typeof collection === "string" && typeof index === "number" && collection in ENTITY_NAMES) {
    const entity = ENTITY_NAMES[collection];
    const id = ownValue(valueAt(root, [collection, index]), "id");
    const where =
      typeof id === "string" && id !== ""
        ? `${entity} ${JSON.stringify(id)} (${collection}[${index}])`
        : `${collection}[${index}]`;
    return rest.length === 0 ? where : `${where}, ${formatPath(rest)}`;
  }
  return path.length === 0 ? "the framework" : formatPath(path);
}

/**
 * How badly a union branch missed: one point per issue, and many for a branch whose very type or
 * option is wrong at the union's own path (the input was plainly not meant for it).
 */
function branchMiss(branch: readonly ZodIssue[]): number {
  let miss = 0;
  for (const issue of branch) {
    const atRoot = issue.path.length === 0 && (issue.code === "invalid_type" || issue.code === "invalid_value");
    miss += atRoot ? 1000 : 1;
  }
  return miss;
}

/** Picks the union branch the input was evidently meant for: the only one with the fewest issues. */
function bestBranch(issue: z.core.$ZodIssueInvalidUnion): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestCount = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const branch of issue.errors) {
    const count = branchMiss(branch);
    if (count < bestCount) {
      best = branch;
      bestCount = count;
      tied = false;
    } else if (count === bestCount) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

function sentence(location: string, text: string): string {
  const body = `${location}: ${text}`;
  return /[.!?]$/.test(body) ? body : `${body}.`;
}

function toFrameworkIssues(
  issue: ZodIssue,
  basePath: readonly PathSegment[],
  root: unknown,
  out: FrameworkIssue[],
): void {
  const path = [...basePath, ...(issue.path as PathSegment[])];
  const location = describeLocation(root, path);
  switch (issue.code) {
    case "invalid_union": {
      const branch = issue.errors.length > 0 ? bestBranch(issue) : undefined;
      if (branch !== undefined) {
        for (const inner of branch) toFrameworkIssues(inner, path, root, out);
        return;
      }
      const received = valueAt(root, path);
      out.push({
        code: issue.message === DECIMAL_VALUE_MESSAGE ? "invalid_decimal" : "no_matching_form",
        path,
        message: sentence(location, `${issue.message} (found ${describeValue(received)})`),
      });
      return;
    }
    case "invalid_type": {
      const received = valueAt(root, path);
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      if (received === undefined) {
        out.push({ code: "required", path, message: sentence(location, "is required") });
      } else {
        const receivedWords = describeValue(received);
        out.push({
          code: "invalid_type",
          path,
          expected,
          received: receivedWords,
          message: sentence(location, `must be ${expected}, but is ${receivedWords}`),
        });
      }
      return;
    }
    case "invalid_value": {
      const options = issue.values.map((value) => String(value));
      out.push({
        code: "invalid_value",
        path,
        options,
        message: sentence(
          location,
          `${describeValue(valueAt(root, path))} is not allowed; use one of ${options.map((option) => JSON.stringify(option)).join(", ")}`,
        ),
      });
      return;
    }
    case "unrecognized_keys": {
      const keys = [...issue.keys];
      const names = keys.map((key) => JSON.stringify(key)).join(", ");
      out.push({
        code: "unrecognized_keys",
        path,
        keys,
        message: sentence(
          location,
          `has ${keys.length === 1 ? "a field" : "fields"} the framework does not define (${names}); check the spelling or remove ${keys.length === 1 ? "it" : "them"}`,
        ),
      });
      return;
    }
    case "too_small": {
      const text =
        issue.origin === "string" && Number(issue.minimum) === 1
          ? "must not be empty"
          : `must be at least ${String(issue.minimum)}`;
      out.push({ code: "too_small", path, message: sentence(location, text) });
      return;
    }
    case "too_big":
      out.push({ code: "too_big", path, message: sentence(location, `must be at most ${String(issue.maximum)}`) });
      return;
    case "invalid_format":
      out.push({
        code: issue.message === DECIMAL_STRING_MESSAGE ? "invalid_decimal" : "invalid_format",
        path,
        message: sentence(location, `${issue.message} (found ${describeValue(valueAt(root, path))})`),
      });
      return;
    case "custom": {
      const code = (issue.params as { pmCode?: FormatIssue["code"] } | undefined)?.pmCode ?? "invalid_format";
      const found = code === "invalid_period" ? "" : ` (found ${describeValue(valueAt(root, path))})`;
      out.push({ code, path, message: sentence(location, `${issue.message}${found}`) });
      return;
    }
    default:
      out.push({ code: "invalid_format", path, message: sentence(location, issue.message) });
  }
}

/**
 * Turns zod's issues into framework issues with officer-readable messages.
 * @internal
 */
export function frameworkIssuesFrom(issues: readonly ZodIssue[], input: unknown): FrameworkIssue[] {
  const out: FrameworkIssue[] = [];
  for (const issue of issues) toFrameworkIssues(issue, [], input, out);
  return out;
}
