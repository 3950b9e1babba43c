import { PerformanceManagementError, type PerformanceManagementErrorJson } from "../errors.js";

/**
 * One segment of a path into a framework document: a property name or an array index.
 *
 * @category Validation
 */
export type PathSegment = string | number;

/**
 * The codes the model's own checks raise, tagged on the schema with zod's `params`:
 * `.refine(isCalendarDate, { message, params: { code: "invalid_date" } satisfies IssueTag })`.
 * @internal
 */
export interface IssueTag {
  /** A format code of the model's own (not one of zod's), or a range the model checks itself. */
  readonly code:
    | Exclude<FormatIssue["code"], "invalid_format" | "no_matching_form" | "too_small" | "too_big">
    | "too_many_digits"
    | "negative";
}

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
 * Each code also has an interface of its own with the data particular to it
 * ({@link TooSmallIssue} carries its `minimum`, {@link InvalidPeriodIssue} its two dates…).
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
 * A value is not written as its field requires: `invalid_date` (not a real `YYYY-MM-DD` date),
 * `invalid_month_day` (not a `MM-DD` day found in every year), `invalid_decimal` (not a decimal
 * such as `"95.5"`, or `NaN`), `invalid_id` (spaces around an id), `invalid_format` (any other
 * pattern, such as a currency code), `no_matching_form` (none of a field's accepted forms).
 * `received` describes the value found.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type MalformedValueIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "Bad date", owners: [], objectives: [], indicators: [], targets: [],
 *   plans: [{ id: "p", name: "Plan", level: "corporate", period: { start: "2023-02-30", end: "2024-03-31" } }],
 * });
 * const issue = (result.success ? undefined : result.error.issues[0]) as MalformedValueIssue;
 * [issue.code, issue.received] //=> ["invalid_date", 'the text "2023-02-30"']
 */
export interface MalformedValueIssue extends FormatIssue {
  readonly code:
    "invalid_date" | "invalid_month_day" | "invalid_decimal" | "invalid_id" | "invalid_format" | "no_matching_form";
  /** What was found, in words: `'the text "31/03/2004"'`, `"NaN"`, `"an object"`… */
  readonly received: string;
}

/**
 * A period ends before it starts. The issue's path points at the period's `end`.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type InvalidPeriodIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "Backwards", owners: [], objectives: [], indicators: [], targets: [],
 *   plans: [{ id: "p", name: "Plan", level: "corporate", period: { start: "2024-04-01", end: "2024-03-31" } }],
 * });
 * const issue = (result.success ? undefined : result.error.issues[0]) as InvalidPeriodIssue;
 * [issue.code, issue.start, issue.end] //=> ["invalid_period", "2024-04-01", "2024-03-31"]
 */
export interface InvalidPeriodIssue extends FormatIssue {
  readonly code: "invalid_period";
  /** The period's first day. */
  readonly start: string;
  /** The period's last day, which falls before `start`. */
  readonly end: string;
}

/**
 * A value is below its field's minimum: an empty name, a review cycle of zero months.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type TooSmallIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "", owners: [], plans: [], objectives: [], indicators: [], targets: [],
 * });
 * const issue = (result.success ? undefined : result.error.issues[0]) as TooSmallIssue;
 * [issue.code, issue.minimum, issue.origin] //=> ["too_small", 1, "text"]
 */
export interface TooSmallIssue extends FormatIssue {
  readonly code: "too_small";
  /** The least value (or length) allowed, itself allowed. */
  readonly minimum: number;
  /** Whether a text's length, a number or a list's length is measured. */
  readonly origin: "text" | "number" | "list";
}

/**
 * A value is above its field's maximum: more than 10 decimal places, a cycle of over 1,200 months,
 * a decimal with more than {@link MAX_SIGNIFICANT_DIGITS} significant digits (`origin: "digits"`).
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type TooBigIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "Precise", owners: [], plans: [], objectives: [], targets: [],
 *   indicators: [{ id: "i", title: "I", unit: "%", polarity: "higher-is-better", measure: "outcome", frequency: "annual", decimals: 11 }],
 * });
 * const issue = (result.success ? undefined : result.error.issues[0]) as TooBigIssue;
 * [issue.code, issue.maximum, issue.origin] //=> ["too_big", 10, "number"]
 */
export interface TooBigIssue extends FormatIssue {
  readonly code: "too_big";
  /** The greatest value (or length, or number of significant digits) allowed, itself allowed. */
  readonly maximum: number;
  /** Whether a text's length, a number, a list's length or a decimal's significant digits are measured. */
  readonly origin: "text" | "number" | "list" | "digits";
}

/**
 * A value could not be read: a getter or a proxy threw when the parser looked at it, or the proxy
 * was revoked. A framework document is plain data (what `JSON.parse` returns); give that instead.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type UnreadableIssue } from "performance-management";
 * const document = { id: "fw", owners: [], plans: [], objectives: [], indicators: [], targets: [] };
 * Object.defineProperty(document, "name", { enumerable: true, get() { throw new Error("locked"); } });
 * const result = safeParseFramework(document);
 * const issue = (result.success ? undefined : result.error.issues[0]) as UnreadableIssue;
 * [issue.code, issue.path, issue.reason] //=> ["unreadable", ["name"], "Error: locked"]
 */
export interface UnreadableIssue extends IssueBase {
  readonly code: "unreadable";
  /** What was thrown when the value was read, in a few words. */
  readonly reason: string;
}

/**
 * The last issue of a list cut at {@link MAX_FRAMEWORK_ISSUES}: how many more problems were found.
 *
 * @category Validation
 * @example
 * import { MAX_FRAMEWORK_ISSUES, safeParseFramework, type TooManyIssuesIssue } from "performance-management";
 * const result = safeParseFramework({
 *   id: "fw", name: "Noisy", owners: [], plans: [], objectives: [], indicators: [], targets: [],
 *   measurements: new Array(MAX_FRAMEWORK_ISSUES + 5).fill(0),
 * });
 * const issues = result.success ? [] : result.error.issues;
 * const last = issues[issues.length - 1] as TooManyIssuesIssue;
 * [issues.length, last.code, last.omitted] //=> [1001, "too_many_issues", 5]
 */
export interface TooManyIssuesIssue extends IssueBase {
  readonly code: "too_many_issues";
  /** How many problems were found beyond the ones listed. */
  readonly omitted: number;
}

/**
 * The most issues {@link safeParseFramework} lists; past it, one {@link TooManyIssuesIssue} says how many more
 * there were, so a broken export of millions of rows gets an answer of bounded size.
 *
 * @category Validation
 * @example
 * import { MAX_FRAMEWORK_ISSUES } from "performance-management";
 * MAX_FRAMEWORK_ISSUES //=> 1000
 */
export const MAX_FRAMEWORK_ISSUES = 1000;

/**
 * How many issues {@link FrameworkValidationError}'s `message` lists; `issues` holds them all.
 *
 * @category Validation
 * @example
 * import { MAX_ISSUES_IN_MESSAGE } from "performance-management";
 * MAX_ISSUES_IN_MESSAGE //=> 20
 */
export const MAX_ISSUES_IN_MESSAGE = 20;

/**
 * One problem found while validating a framework document: `{ code, path, message }` plus
 * fields particular to the code, following zod's convention. Narrow on `code` to reach them.
 *
 * @category Validation
 * @example
 * import { safeParseFramework } from "performance-management";
 * const result = safeParseFramework({ id: "fw" });
 * result.success ? [] : result.error.issues[0]
 * //=> { code: "required", path: ["name"], message: "name: is required." }
 */
export type FrameworkIssue =
  | RequiredIssue
  | InvalidTypeIssue
  | InvalidValueIssue
  | UnrecognizedKeysIssue
  | MalformedValueIssue
  | InvalidPeriodIssue
  | TooSmallIssue
  | TooBigIssue
  | UnreadableIssue
  | TooManyIssuesIssue;

/**
 * The codes a {@link FrameworkIssue} can carry, derived from the union.
 *
 * @category Validation
 */
export type FrameworkIssueCode = FrameworkIssue["code"];

/** The error's message: a count, then the first {@link MAX_ISSUES_IN_MESSAGE} issues, one a line. */
function validationMessage(issues: readonly FrameworkIssue[], subject: string): string {
  const last = issues[issues.length - 1];
  const total = issues.length + (last?.code === "too_many_issues" ? last.omitted - 1 : 0);
  const count = total === 1 ? "1 problem" : `${total} problems`;
  const listed = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => `- ${issue.message}`);
  if (issues.length > MAX_ISSUES_IN_MESSAGE) {
    listed.push(`- and ${total - MAX_ISSUES_IN_MESSAGE} more (see the error's issues)`);
  }
  return `performance-management: ${subject} is not valid (${count}):\n${listed.join("\n")}`;
}

/**
 * Thrown by {@link parseFramework} when a document is not a valid framework. `issues` lists every
 * problem found (up to {@link MAX_FRAMEWORK_ISSUES}), each with its path; `message` lists the first
 * {@link MAX_ISSUES_IN_MESSAGE} of them, one a line.
 *
 * @category Validation
 * @example
 * import { FrameworkValidationError, PerformanceManagementError, parseFramework } from "performance-management";
 * let caught;
 * try { parseFramework({ id: "fw" }); } catch (error) { caught = error; }
 * caught instanceof FrameworkValidationError //=> true
 * caught instanceof PerformanceManagementError //=> true
 * [caught.name, caught.code] //=> ["FrameworkValidationError", "framework-validation"]
 */
export class FrameworkValidationError extends PerformanceManagementError {
  /** Always `"framework-validation"`. */
  readonly code = "framework-validation";
  /** Every problem found, in document order. */
  readonly issues: FrameworkIssue[];

  /**
   * @param issues - the problems found; at least one.
   * @param subject - what is not valid, as the message's first words say: `"the framework"` (a
   * document), or the value a model helper was given (`"the value given to canonicalDecimal"`)
   */
  constructor(issues: FrameworkIssue[], subject = "the framework") {
    super(validationMessage(issues, subject), "FrameworkValidationError");
    this.issues = issues;
  }

  /**
   * The error as plain JSON, with every issue.
   *
   * @returns `{ name, code, message, issues }`
   */
  override toJSON(): PerformanceManagementErrorJson & { readonly issues: readonly FrameworkIssue[] } {
    return { ...super.toJSON(), issues: this.issues };
  }
}
