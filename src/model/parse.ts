import { Framework } from "./framework.js";
import { frameworkIssuesFrom } from "./issueMessages.js";
import { type FrameworkIssue, FrameworkValidationError } from "./issues.js";

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
 * Shape problems are reported here, every one of them with its path; broken references between
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
  const result = Framework.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  const issues: FrameworkIssue[] = frameworkIssuesFrom(result.error.issues, input);
  return { success: false, error: new FrameworkValidationError(issues) };
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
