/**
 * The zod-to-English translation of framework issues: zod's issues in, {@link FrameworkIssue}s out,
 * each with its code's data and a sentence naming the entity (`target "t-1" (targets[3]), goal.date`).
 * The model's own checks say which issue they raise through zod's `params` (`IssueTag`, in issues.ts); no
 * issue is ever recognised by its wording.
 * @internal
 */
import type * as z from "zod";
import type { FrameworkIssue, IssueTag, MalformedValueIssue, PathSegment } from "./issues.js";
import { MAX_SIGNIFICANT_DIGITS } from "./digits.js";

const TAGGED_CODES: ReadonlySet<string> = new Set<IssueTag["code"]>([
  "invalid_date",
  "invalid_month_day",
  "invalid_decimal",
  "invalid_id",
  "invalid_period",
  "too_many_digits",
  "negative",
]);

/** The tag a check put on its issue, if it is one of ours. */
function tagOf(issue: z.core.$ZodIssueCustom): IssueTag["code"] | undefined {
  const code: unknown = issue.params?.code;
  return typeof code === "string" && TAGGED_CODES.has(code) ? (code as IssueTag["code"]) : undefined;
}

/** What a zod size check measures, in the words of {@link TooSmallIssue}'s `origin`. */
function sizeOrigin(origin: string): "text" | "number" | "list" {
  if (origin === "string") return "text";
  return origin === "array" || origin === "set" ? "list" : "number";
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

/** A data property's value; `undefined` for a getter, a missing key, or a proxy that throws. */
function ownValue(container: unknown, key: PathSegment): unknown {
  if (container === null || typeof container !== "object") return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(container, key);
    return descriptor !== undefined && "value" in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}

/** The longest id or key a message quotes whole; longer ones are abbreviated. @internal */
export const MAX_QUOTED_LENGTH = 80;

/**
 * A string quoted for a message, abbreviated past {@link MAX_QUOTED_LENGTH} characters with an
 * ellipsis and its length, so a message stays short whatever the document holds.
 * @internal
 */
export function quoted(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return JSON.stringify(text);
  return `${JSON.stringify(`${text.slice(0, MAX_QUOTED_LENGTH - 1)}…`)} (${text.length} characters)`;
}

/** How many names (unknown keys) a message lists before saying how many more there are. */
const MAX_LISTED_NAMES = 10;

function listNames(names: readonly string[]): string {
  const listed = names.slice(0, MAX_LISTED_NAMES).map(quoted).join(", ");
  const more = names.length - MAX_LISTED_NAMES;
  return more > 0 ? `${listed} and ${more} more` : listed;
}

function isList(value: object): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false; // a revoked proxy
  }
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
      return isList(value) ? "a list" : "an object";
  }
}

function formatPath(path: readonly PathSegment[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else {
      const name = segment.length > MAX_QUOTED_LENGTH ? quoted(segment) : segment;
      text += text === "" ? name : `.${name}`;
    }
  }
  return text;
}

/**
 * `target "t-1" (targets[3]), goal.date` — the entity's id when it has one, then the field.
 * @internal
 */
export function describeLocation(root: unknown, path: readonly PathSegment[]): string {
  const [collection, index, ...rest] = path;
  if (typeof collection === "string" && typeof index === "number" && collection in ENTITY_NAMES) {
    const entity = ENTITY_NAMES[collection];
    const id = ownValue(valueAt(root, [collection, index]), "id");
    const where =
      typeof id === "string" && id !== ""
        ? `${entity} ${quoted(id)} (${collection}[${index}])`
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
    const atRoot =
      ((issue.path as PathSegment[] | undefined) ?? []).length === 0 &&
      (issue.code === "invalid_type" || issue.code === "invalid_value");
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

/** A malformed-value issue: the check's sentence, then the value found. */
function malformed(
  code: MalformedValueIssue["code"],
  path: PathSegment[],
  location: string,
  text: string,
  root: unknown,
): MalformedValueIssue {
  const received = describeValue(valueAt(root, path));
  return { code, path, received, message: sentence(location, `${text} (found ${received})`) };
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
      out.push(malformed("no_matching_form", path, location, issue.message, root));
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
      const names = listNames(keys);
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
      const minimum = Number(issue.minimum);
      const origin = sizeOrigin(issue.origin);
      const text = origin === "text" && minimum === 1 ? "must not be empty" : `must be at least ${minimum}`;
      out.push({ code: "too_small", path, minimum, origin, message: sentence(location, text) });
      return;
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      const origin = sizeOrigin(issue.origin);
      out.push({ code: "too_big", path, maximum, origin, message: sentence(location, `must be at most ${maximum}`) });
      return;
    }
    case "custom": {
      const code = tagOf(issue);
      if (code === "too_many_digits") {
        const maximum = MAX_SIGNIFICANT_DIGITS;
        out.push({ code: "too_big", path, maximum, origin: "digits", message: sentence(location, issue.message) });
        return;
      }
      if (code === "negative") {
        const received = describeValue(valueAt(root, path));
        const message = sentence(location, `${issue.message} (found ${received})`);
        out.push({ code: "too_small", path, minimum: 0, origin: "number", message });
        return;
      }
      if (code === "invalid_period") {
        const period = valueAt(root, path.slice(0, -1));
        out.push({
          code,
          path,
          start: String(ownValue(period, "start")),
          end: String(ownValue(period, "end")),
          message: sentence(location, issue.message),
        });
        return;
      }
      out.push(malformed(code ?? "invalid_format", path, location, issue.message, root));
      return;
    }
    case "invalid_format":
      out.push(malformed("invalid_format", path, location, issue.message, root));
      return;
    default:
      out.push({
        code: "invalid_format",
        path,
        received: describeValue(valueAt(root, path)),
        message: sentence(location, issue.message),
      });
  }
}

/**
 * How many framework issues zod's issues would become, without writing a message: one each, a
 * union's issues counted as the branch {@link frameworkIssuesFrom} would report. Takes zod's raw
 * issues too (before zod finalises them), which may have no path yet.
 * @internal
 */
export function countFrameworkIssues(issues: readonly ZodIssue[]): number {
  let count = 0;
  const pending: ZodIssue[] = [...issues];
  for (let issue = pending.pop(); issue !== undefined; issue = pending.pop()) {
    const branch = issue.code === "invalid_union" && issue.errors.length > 0 ? bestBranch(issue) : undefined;
    if (branch === undefined) count += 1;
    else pending.push(...branch);
  }
  return count;
}

/**
 * Turns zod's issues into framework issues with officer-readable messages.
 * @internal
 */
export function frameworkIssuesFrom(
  issues: readonly ZodIssue[],
  input: unknown,
  basePath: readonly PathSegment[] = [],
): FrameworkIssue[] {
  const out: FrameworkIssue[] = [];
  for (const issue of issues) toFrameworkIssues(issue, basePath, input, out);
  return out;
}
