import { PerformanceManagementError } from "../errors.js";
import type { MisuseError } from "../internal/dates.js";

/**
 * Thrown when a review function is misused: a review cycle id the framework does not have, an
 * `asOf` that is not a calendar date. The message names the library and the cause.
 *
 * @category Review
 * @example
 * import { ReviewError, reviewsDue } from "performance-management/review";
 * let caught;
 * try {
 *   reviewsDue({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] }, "rc-none", { kind: "plan", id: "p" }, { asOf: "2001-10-01" });
 * } catch (error) { caught = error; }
 * caught instanceof ReviewError //=> true
 */
export class ReviewError extends PerformanceManagementError {
  /** Always `"review"`. */
  readonly code = "review";

  /**
   * @param message - what is wrong
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, options?: ErrorOptions) {
    super(`performance-management: ${message}`, "ReviewError", options);
  }
}

/** Makes a ReviewError: how the review functions have the shared option checks report misuse. @internal */
export const reviewError: MisuseError = (message) => new ReviewError(message);
