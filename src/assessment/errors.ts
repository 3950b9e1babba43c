import { PerformanceManagementError, type PerformanceManagementErrorJson } from "../errors.js";

/**
 * One problem in a catalogue or in an assessment's input: where it is and what is wrong, in the
 * shape zod's issues have.
 *
 * @category Assessment
 */
export interface AssessmentIssue {
  /** Where the problem is: `["areas", 0, "characteristics", 2, "id"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong. */
  readonly message: string;
}

/**
 * Thrown when an assessment function is misused: a catalogue that is not valid (its `issues` list
 * every problem with its path), a rating outside the scale, a response for a characteristic the
 * catalogue does not have, two ratings of one characteristic from one source, a weight that is not positive.
 *
 * @category Assessment
 * @example
 * import { AssessmentError, parseCatalogue } from "performance-management/assessment";
 * let caught;
 * try {
 *   parseCatalogue({ areas: [] });
 * } catch (error) { caught = error; }
 * caught instanceof AssessmentError //=> true
 * caught.code //=> "assessment"
 */
export class AssessmentError extends PerformanceManagementError {
  /** Always `"assessment"`. */
  readonly code = "assessment";
  /** Every problem found, with its path; one issue for a misuse found outside a catalogue. */
  readonly issues: readonly AssessmentIssue[];

  /**
   * @param message - what is wrong
   * @param issues - the problems behind it, each with its path
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, issues: readonly AssessmentIssue[] = [], options?: ErrorOptions) {
    super(`performance-management: ${message}`, "AssessmentError", options);
    this.issues = issues;
  }

  /**
   * The error as plain JSON, with its issues.
   *
   * @returns `{ name, code, message, cause?, issues }`
   */
  override toJSON(): PerformanceManagementErrorJson & { readonly issues: readonly AssessmentIssue[] } {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/**
 * Makes an AssessmentError for a misused argument (a source that is not a framework, say), with the
 * message as its one issue: how the assessment functions have the shared argument checks report misuse.
 * @internal
 */
export const assessmentError = (message: string): AssessmentError =>
  new AssessmentError(message, [{ path: [], message }]);
