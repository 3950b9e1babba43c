import * as z from "zod";
import { _safeParse } from "zod/v4/core";
import { Framework } from "./framework.js";
import { Indicator } from "./indicator.js";
import { IssueCollector } from "./issueCollector.js";
import { countFrameworkIssues } from "./issueMessages.js";
import { Benchmark } from "./benchmark.js";
import { type FastParser, REJECT, fastIndicator, fastMeasurement, fastObjective, fastTarget } from "./fastEntries.js";
import { FrameworkValidationError } from "./issues.js";
import { Measurement } from "./measurement.js";
import { Objective } from "./objective.js";
import { Owner } from "./owner.js";
import { Plan } from "./plan.js";
import { Review, ReviewCycle } from "./review.js";
import { BudgetLine, CarryForward, OutturnForecast, Spend, UnitCost } from "./resources.js";
import { Target } from "./target.js";

/** The framework's lists and the schema of each entry; the lists are validated an entry at a time. */
const COLLECTIONS = {
  owners: Owner,
  plans: Plan,
  objectives: Objective,
  indicators: Indicator,
  targets: Target,
  measurements: Measurement,
  reviewCycles: ReviewCycle,
  reviews: Review,
  benchmarks: Benchmark,
  budgets: BudgetLine,
  spend: Spend,
  outturnForecasts: OutturnForecast,
  carryForwards: CarryForward,
  unitCosts: UnitCost,
} as const satisfies Record<string, z.ZodType>;
type CollectionKey = keyof typeof COLLECTIONS;

/**
 * The fast path of the large lists (src/model/fastEntries.ts): each accepts the common valid
 * entries and returns what the schema would; anything else it leaves to the schema.
 */
const FAST_PARSERS: Readonly<Partial<Record<CollectionKey, FastParser>>> = {
  objectives: fastObjective,
  indicators: fastIndicator,
  targets: fastTarget,
  measurements: fastMeasurement,
};

/** An entry on the fast path, or {@link REJECT}: a fast function that throws (a hostile getter) leaves the entry to the schema. */
function parseFast(fast: FastParser, entry: unknown): unknown {
  try {
    return fast(entry);
  } catch {
    return REJECT;
  }
}

const list = z.array(z.unknown());

/**
 * zod's failure as a plain list of issues: an `Error` per failing entry would capture a stack trace
 * each time, most of the cost of a document with millions of bad entries.
 */
class EntryIssues {
  constructor(readonly issues: z.core.$ZodIssue[]) {}
}
// zod types the class as its own error; `issues` is the one member read here.
const safeParseEntry = _safeParse(EntryIssues as unknown as z.core.$ZodErrorClass);

/** {@link Framework} with its lists' entries left unchecked: the lists are checked entry by entry after. */
const FrameworkShell = Framework.extend({
  owners: list,
  plans: list,
  objectives: list,
  indicators: list,
  targets: list,
  measurements: list.optional(),
  reviewCycles: list.optional(),
  reviews: list.optional(),
  benchmarks: list.optional(),
  budgets: list.optional(),
  spend: list.optional(),
  outturnForecasts: list.optional(),
  carryForwards: list.optional(),
  unitCosts: list.optional(),
});

/**
 * A list of the fast path's shell: a list is taken as it is, not copied (its entries are read one at
 * a time after), and anything else gets exactly the issues `z.array(z.unknown())` gives it.
 */
const listAsGiven = z
  .custom<unknown[]>(() => true)
  .superRefine((value, context) => {
    if (Array.isArray(value)) return;
    for (const issue of runSchema(list, value).issues)
      context.addIssue(issue as Parameters<typeof context.addIssue>[0]);
  });

/** {@link FrameworkShell} on the fast path: its lists are not copied. */
const FastShell = Framework.extend({
  owners: listAsGiven,
  plans: listAsGiven,
  objectives: listAsGiven,
  indicators: listAsGiven,
  targets: listAsGiven,
  measurements: listAsGiven.optional(),
  reviewCycles: listAsGiven.optional(),
  reviews: listAsGiven.optional(),
  benchmarks: listAsGiven.optional(),
  budgets: listAsGiven.optional(),
  spend: listAsGiven.optional(),
  outturnForecasts: listAsGiven.optional(),
  carryForwards: listAsGiven.optional(),
  unitCosts: listAsGiven.optional(),
});

/**
 * Thrown on the fast path when a list itself cannot be read as the schema path reads it (a proxy, a
 * getter on an index): the document is then parsed again on the schema path, whose shell copies each
 * list and so reports such a list as it always has.
 */
class ListUnreadable extends Error {}

function isCollectionKey(key: string): key is CollectionKey {
  return Object.hasOwn(COLLECTIONS, key);
}

/** A value's property, or `undefined` when reading it throws (the shell's own check reports that). */
function readProperty(value: unknown, key: string): unknown {
  try {
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** zod's raw run of a schema: its value and unfinalised issues, with no error built (never async here). */
function runSchema(schema: z.ZodType, value: unknown): z.core.ParsePayload {
  const payload = schema._zod.run({ value, issues: [] }, { async: false });
  if (payload instanceof Promise) throw new TypeError("performance-management: the framework schema is synchronous");
  return payload;
}

/**
 * Validates one list entry by entry; returns the parsed entries, or `undefined` once any entry fails.
 * A valid entry costs one run of its schema; an invalid one is run again for zod's finished issues,
 * or, once the issue list is full, only counted from the raw issues (no error, no messages).
 */
function parseEntries(
  key: CollectionKey,
  entries: readonly unknown[],
  issues: IssueCollector,
  useFastPath: boolean,
): unknown[] | undefined {
  const schema: z.ZodType = COLLECTIONS[key];
  const fast = useFastPath ? FAST_PARSERS[key] : undefined;
  const parsed: unknown[] = [];
  let valid = true;
  for (let index = 0; index < entries.length; index += 1) {
    let entry: unknown;
    // On the fast path the list is the input's own, not the shell's copy: reading it is the shell's part.
    if (useFastPath)
      try {
        entry = entries[index];
      } catch {
        throw new ListUnreadable();
      }
    try {
      if (!useFastPath) entry = entries[index];
      if (fast !== undefined) {
        const result = parseFast(fast, entry);
        if (result !== REJECT) {
          if (valid) parsed.push(result);
          continue;
        }
      }
      const payload = runSchema(schema, entry);
      if (payload.issues.length === 0) {
        if (valid) parsed.push(payload.value);
        continue;
      }
      valid = false;
      // Raw issues differ from finalised ones only in an optional path, which the count allows for.
      if (issues.full) issues.countMore(countFrameworkIssues(payload.issues as z.core.$ZodIssue[]));
      else {
        const result = safeParseEntry(schema, entry);
        if (!result.success) issues.addZodIssues(result.error.issues, [key, index]);
      }
    } catch (thrown) {
      valid = false;
      issues.addUnreadable(entry, [key, index], thrown);
    }
  }
  return valid ? parsed : undefined;
}

function listAt(value: unknown): readonly unknown[] | undefined {
  try {
    return Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The whole parse: the top level first (its lists only as lists), then each list entry by entry, so
 * issues come in document order, at most {@link MAX_FRAMEWORK_ISSUES} of them, and a value that throws
 * when read becomes an issue at its path.
 */
function parseBounded(input: unknown, useFastPath: boolean): { data?: Framework; issues: IssueCollector } {
  const issues = new IssueCollector(input);
  let shell: ReturnType<typeof FrameworkShell.safeParse>;
  let topIssues: readonly z.core.$ZodIssue[];
  try {
    shell = (useFastPath ? FastShell : FrameworkShell).safeParse(input);
    // zod builds its error (and the messages that describe the input) when it is first read.
    topIssues = shell.success ? [] : shell.error.issues;
  } catch (thrown) {
    if (useFastPath) throw new ListUnreadable();
    issues.addUnreadable(input, [], thrown);
    return { issues };
  }
  const data: Record<string, unknown> = shell.success ? { ...shell.data } : {};
  for (const key of Object.keys(FrameworkShell.shape)) {
    const atKey = topIssues.filter((issue) => issue.path[0] === key);
    if (atKey.length > 0) issues.addZodIssues(atKey, []);
    if (!isCollectionKey(key) || atKey.length > 0) continue;
    const entries = listAt(shell.success ? shell.data[key] : readProperty(input, key));
    if (entries === undefined) continue;
    const parsed = parseEntries(key, entries, issues, useFastPath);
    if (parsed !== undefined && key in data) data[key] = parsed;
  }
  const rest = topIssues.filter((issue) => issue.path.length === 0);
  if (rest.length > 0) issues.addZodIssues(rest, []);
  return issues.failed ? { issues } : { data: data as Framework, issues };
}

/**
 * The result of {@link safeParseFramework}: the framework, or an error listing every problem.
 *
 * @category Validation
 * @example
 * import { safeParseFramework, type SafeParseFrameworkResult } from "performance-management";
 * const result: SafeParseFrameworkResult = safeParseFramework(42);
 * result.success ? "valid" : result.error.issues.length //=> 1
 */
export type SafeParseFrameworkResult =
  | { readonly success: true; readonly data: Framework }
  | { readonly success: false; readonly error: FrameworkValidationError };

/**
 * Validates an unknown value (a council system's JSON export, say) as a {@link Framework} without throwing.
 *
 * Shape problems are reported here, every one of them with its path (up to {@link MAX_FRAMEWORK_ISSUES},
 * then one issue saying how many more); a getter or proxy that throws when read is an `unreadable`
 * issue at its path, never an escaping error. Memory stays proportional to the input. Broken references between
 * entities (a target naming a missing objective) are left to the cascade checker, so a user sees
 * them all together. The input is never modified, and the data returned is a fresh copy.
 *
 * @category Validation
 * @param input - any value
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * import { safeParseFramework } from "performance-management";
 * const result = safeParseFramework({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] });
 * result.success //=> true
 * safeParseFramework("not a framework").success //=> false
 */
export function safeParseFramework(input: unknown): SafeParseFrameworkResult {
  let parsed: ReturnType<typeof parseBounded>;
  try {
    parsed = parseBounded(input, true);
  } catch {
    // A list (or the document) that throws when read, a ListUnreadable or a list's own getter: the
    // schema path reports it as it always has.
    parsed = parseBounded(input, false);
  }
  return resultOf(parsed);
}

/**
 * {@link safeParseFramework} with every entry run through its zod schema, the fast path left out:
 * what the fast path must equal (test/model/fastEntries.prop.test.ts). Not part of the public API.
 *
 * @internal
 * @param input - any value
 * @returns what {@link safeParseFramework} returns
 */
export function safeParseFrameworkBySchema(input: unknown): SafeParseFrameworkResult {
  return resultOf(parseBounded(input, false));
}

function resultOf({ data, issues }: { data?: Framework; issues: IssueCollector }): SafeParseFrameworkResult {
  if (data !== undefined) return { success: true, data };
  return { success: false, error: new FrameworkValidationError(issues.issues()) };
}

/**
 * Validates an unknown value as a {@link Framework}, throwing when it is not one.
 *
 * @category Validation
 * @param input - any value
 * @returns the framework, a fresh copy of the input
 * @throws {@link FrameworkValidationError} listing every problem, each with its path and a message
 * @example
 * import { parseFramework } from "performance-management";
 * const framework = parseFramework({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] });
 * framework.name //=> "Empty"
 */
export function parseFramework(input: unknown): Framework {
  const result = safeParseFramework(input);
  if (!result.success) throw result.error;
  return result.data;
}
