// The library's misuse errors, under one base class, so a caller can catch them in one place.

/**
 * The codes of the library's errors, one per error class: `"framework-validation"`
 * ({@link FrameworkValidationError}), `"cascade-config"` ({@link CascadeConfigError}),
 * `"trajectory"` ({@link TrajectoryError}), `"review"` ({@link ReviewError}), `"accountability"`
 * ({@link AccountabilityError}), `"assessment"` ({@link AssessmentError}), `"report"`
 * ({@link ReportError}), `"resources"` ({@link ResourcesError}) and `"testing"` (`TestingError`, from
 * `performance-management/testing`). Engines added later bring codes of their own.
 *
 * @category Errors
 * @example
 * import { PerformanceManagementError, checkCascade, type PerformanceManagementErrorCode } from "performance-management";
 * let code: PerformanceManagementErrorCode | undefined;
 * try {
 *   checkCascade({ id: "fw", name: "F", owners: [], plans: [], objectives: [], indicators: [], targets: [] }, { rules: { "no-such-rule": "error" } });
 * } catch (error) {
 *   if (error instanceof PerformanceManagementError) code = error.code;
 * }
 * code //=> "cascade-config"
 */
export type PerformanceManagementErrorCode =
  | "framework-validation"
  | "cascade-config"
  | "trajectory"
  | "review"
  | "accountability"
  | "assessment"
  | "report"
  | "resources"
  | "testing";

/**
 * The base class of every error the library throws on purpose: an invalid framework document, a
 * wrong checker configuration, a misused engine function. `code` says which, so a caller can catch
 * the library's errors in one place and still tell them apart. Every message begins
 * `performance-management:`. Each subclass sets `name` to its own class name.
 *
 * Domain problems (a red target, an orphan objective) are never thrown: they are findings and statuses.
 *
 * @category Errors
 * @example
 * import { PerformanceManagementError, expectedValue } from "performance-management";
 * let caught;
 * try {
 *   expectedValue({ id: "t", objective: "o", indicator: "i", baseline: { date: "2001-03-31", value: "1" }, goal: { date: "2002-03-31", value: "2" } }, "31/03/2002");
 * } catch (error) { caught = error; }
 * caught instanceof PerformanceManagementError //=> true
 * caught instanceof Error //=> true
 * [caught.name, caught.code] //=> ["TrajectoryError", "trajectory"]
 */
export abstract class PerformanceManagementError extends Error {
  /** Which kind of error this is; one code per subclass. */
  abstract readonly code: PerformanceManagementErrorCode;

  /**
   * @param message - the whole message, starting `performance-management:`
   * @param name - the subclass's name, shown in stack traces
   * @param options - `cause`: the error behind this one, where there is one (a caller's getter that threw)
   */
  protected constructor(message: string, name: string, options?: ErrorOptions) {
    super(message, options);
    this.name = name;
  }

  /**
   * The error as plain JSON, for a log or a response body: `JSON.stringify` of an `Error` gives
   * `{}`, losing the message. A subclass adds what it carries (its `issues`).
   *
   * @returns `{ name, code, message, cause }`: `cause` is the error behind it (its message, or the value as text), `null` when there is none
   * @example
   * import { expectedValue } from "performance-management";
   * let caught;
   * try {
   *   expectedValue({ id: "t", objective: "o", indicator: "i", baseline: { date: "2001-03-31", value: "1" }, goal: { date: "2002-03-31", value: "2" } }, "31/03/2002");
   * } catch (error) { caught = error; }
   * JSON.parse(JSON.stringify(caught)).code //=> "trajectory"
   */
  toJSON(): PerformanceManagementErrorJson {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      // The cause's message; a thrown value that is not an Error, as JSON would write it (or its type).
      cause: this.cause === undefined ? null : this.cause instanceof Error ? this.cause.message : causeText(this.cause),
    };
  }
}

/**
 * What {@link PerformanceManagementError.toJSON} returns: the error's name, code and message, and
 * the message of the error behind it, if any.
 *
 * @category Errors
 */
export interface PerformanceManagementErrorJson {
  readonly name: string;
  readonly code: PerformanceManagementErrorCode;
  readonly message: string;
  /** The message of the error behind it (a thrown value that is not an `Error`, as text); `null` when there is none. */
  readonly cause: string | null;
}

/** A thrown value that is not an `Error`, as text: a string as it is, anything else as JSON writes it, else its type. */
function causeText(cause: unknown): string {
  if (typeof cause === "string") return cause;
  try {
    // JSON.stringify gives undefined for a function or a symbol, though its type says string.
    const text = JSON.stringify(cause) as string | undefined;
    return text ?? typeof cause;
  } catch {
    return typeof cause;
  }
}
