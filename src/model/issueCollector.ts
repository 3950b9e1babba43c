/**
 * Bounded issue collection for {@link safeParseFramework}: at most {@link MAX_FRAMEWORK_ISSUES}
 * issues kept, the rest counted, and any value that throws when read turned into an issue at its path.
 * @internal
 */
import type * as z from "zod";
import { describeLocation, frameworkIssuesFrom } from "./issueMessages.js";
import { type FrameworkIssue, MAX_FRAMEWORK_ISSUES, type PathSegment } from "./issues.js";

/** The longest reason quoted from a thrown value. */
const MAX_REASON_LENGTH = 120;

/** What was thrown, in a few words, without ever throwing (a thrown proxy or a hostile `toString` included). */
function describeThrown(thrown: unknown): string {
  try {
    const text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : `a thrown ${typeof thrown}`;
    return text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text;
  } catch {
    return "an unreadable error";
  }
}

interface Pending {
  readonly value: unknown;
  readonly path: readonly PathSegment[];
}

/**
 * The path of the first value under `value` that throws when read (a getter, a proxy trap, a revoked
 * proxy), walking as the parser reads: own enumerable keys, then each value. Iterative, and each object
 * once, so deep or cyclic input ends. `undefined` when nothing throws on this walk.
 * @internal
 */
export function findUnreadable(value: unknown, path: readonly PathSegment[]): PathSegment[] | undefined {
  const seen = new Set<object>();
  const stack: Pending[] = [{ value, path }];
  for (let pending = stack.pop(); pending !== undefined; pending = stack.pop()) {
    const current = pending.value;
    if (current === null || (typeof current !== "object" && typeof current !== "function")) continue;
    if (seen.has(current)) continue;
    seen.add(current);
    const children: Pending[] = [];
    try {
      const isList = Array.isArray(current);
      for (const key of Object.keys(current)) {
        const segment = isList ? Number(key) : key;
        try {
          children.push({ value: (current as Record<string, unknown>)[key], path: [...pending.path, segment] });
        } catch {
          return [...pending.path, segment];
        }
      }
    } catch {
      return [...pending.path];
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Pending);
  }
  return undefined;
}

/**
 * Collects framework issues up to {@link MAX_FRAMEWORK_ISSUES}, counting those past it.
 * @internal
 */
export class IssueCollector {
  readonly #root: unknown;
  readonly #issues: FrameworkIssue[] = [];
  #omitted = 0;

  /** @param root - the document being parsed, for the entity names in messages */
  constructor(root: unknown) {
    this.#root = root;
  }

  /** Whether the list is full, so further issues are only counted (see {@link IssueCollector.countMore}). */
  get full(): boolean {
    return this.#issues.length >= MAX_FRAMEWORK_ISSUES;
  }

  /** Counts issues past the list's end without keeping them. */
  countMore(count: number): void {
    this.#omitted += count;
  }

  /** Whether any issue was found. */
  get failed(): boolean {
    return this.#issues.length > 0;
  }

  /** Adds zod's issues for the value at `basePath`. */
  addZodIssues(issues: readonly z.core.$ZodIssue[], basePath: readonly PathSegment[]): void {
    for (const issue of frameworkIssuesFrom(issues, this.#root, basePath)) this.#add(issue);
  }

  /** Adds an issue for a value under `basePath` that threw `thrown` when read. */
  addUnreadable(value: unknown, basePath: readonly PathSegment[], thrown: unknown): void {
    const path = findUnreadable(value, basePath) ?? [...basePath];
    const reason = describeThrown(thrown);
    const message = `${describeLocation(this.#root, path)}: could not be read (${reason}); give plain data, as JSON.parse returns.`;
    this.#add({ code: "unreadable", path, reason, message });
  }

  /** The issues kept, then one saying how many more there were, if any. */
  issues(): FrameworkIssue[] {
    if (this.#omitted === 0) return this.#issues;
    const omitted = this.#omitted;
    const more = omitted === 1 ? "1 more problem was" : `${omitted} more problems were`;
    const message = `the framework: ${more} found and not listed; mend the ones listed and parse again.`;
    return [...this.#issues, { code: "too_many_issues", path: [], omitted, message }];
  }

  #add(issue: FrameworkIssue): void {
    if (this.#issues.length < MAX_FRAMEWORK_ISSUES) this.#issues.push(issue);
    else this.#omitted += 1;
  }
}
