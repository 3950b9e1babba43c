import type * as z from "zod";
import { frameworkIssuesFrom } from "./issueMessages.js";
import type { FrameworkIssue, PathSegment } from "./issues.js";
import { notAModelValue } from "./valueMisuse.js";

/**
 * The library's issues for a `ZodError` from one of its exported schemas (`Target.safeParse(value)`,
 * `Framework.safeParse(document)`): each with its path and the sentence an officer can act on, as
 * {@link safeParseFramework} gives them, instead of zod's terse messages. Give the value that was
 * parsed, so each sentence can say what it found; and, for a part of a framework document, the
 * path to the part (`["targets", 3]`), so each issue's path and wording are the document's.
 * Without a path the value is read as a framework document.
 *
 * @category Validation
 * @param error - the error `safeParse` returned (or `parse` threw) for `value`
 * @param value - the value that was parsed
 * @param basePath - where `value` sits in its document, when it is a part of one
 * @returns the issues, in zod's order
 * @throws {@link FrameworkValidationError} when `error` is not a ZodError (an object with a list of `issues`) or `basePath` not a list of keys and indices
 * @example
 * import { Target, issuesFromZodError } from "performance-management";
 * const value = { id: "t", objective: "o", indicator: "i", baseline: { date: "2001-02-30", value: "40" }, goal: { date: "2002-03-31", value: "50" } };
 * const result = Target.safeParse(value);
 * result.success //=> false
 * issuesFromZodError(result.error, value, ["targets", 0]).map((issue) => issue.message)
 * //=> ['target "t" (targets[0]), baseline.date: must be a real calendar date written YYYY-MM-DD (found the text "2001-02-30").']
 */
export function issuesFromZodError(
  error: z.ZodError,
  value: unknown,
  basePath: readonly PathSegment[] = [],
): FrameworkIssue[] {
  // A JavaScript caller may pass anything: the types say a ZodError, the check reads what came.
  const given: unknown = error;
  const issues: unknown =
    typeof given === "object" && given !== null ? (given as { issues?: unknown }).issues : undefined;
  if (!Array.isArray(issues))
    throw notAModelValue("issuesFromZodError", "error", "a ZodError from one of the library's schemas", error);
  if (
    !Array.isArray(basePath) ||
    !basePath.every((segment) => typeof segment === "string" || (Number.isInteger(segment) && segment >= 0))
  )
    throw notAModelValue(
      "issuesFromZodError",
      "basePath",
      'a list of keys and indices such as ["targets", 3]',
      basePath,
    );
  // The document the sentences are about: the value itself, or the value placed at its path (so a
  // target at ["targets", 3] is named as the framework names it: target "t" (targets[3])).
  let root: unknown = value;
  for (let i = basePath.length - 1; i >= 0; i -= 1) {
    const segment = basePath[i] as PathSegment;
    if (typeof segment === "number") {
      const list: unknown[] = [];
      list[segment] = root;
      root = list;
    } else root = Object.fromEntries([[segment, root]]); // an own property, "__proto__" included
  }
  return frameworkIssuesFrom(error.issues, root, basePath);
}
