import { PerformanceManagementError } from "../errors.js";
import type { MisuseError } from "../internal/dates.js";

/**
 * Thrown when a report function is misused: an `asOf` that is not a calendar date, an audience
 * other than `executive` or `scrutiny`, a source that is neither a framework nor its index, a
 * report or an evaluation that is not one (`{}`, `null`, a malformed field). The message names the
 * library, the argument and the cause.
 *
 * @category Report
 * @example
 * import { ReportError, performanceReport } from "performance-management/report";
 * let caught;
 * try {
 *   performanceReport({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] }, { asOf: "31/03/2002" });
 * } catch (error) { caught = error; }
 * [caught instanceof ReportError, caught.code] //=> [true, "report"]
 */
export class ReportError extends PerformanceManagementError {
  /** Always `"report"`. */
  readonly code = "report";

  /**
   * @param message - what is wrong
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, options?: ErrorOptions) {
    super(`performance-management: ${message}`, "ReportError", options);
  }
}

/** Makes a ReportError: how the report functions have the shared option checks report misuse. @internal */
export const reportError: MisuseError = (message) => new ReportError(message);
