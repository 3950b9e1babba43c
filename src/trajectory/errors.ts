import { PerformanceManagementError } from "../errors.js";

/**
 * Thrown when a trajectory function is misused: a date that is not a calendar date, a band target
 * asked for a single expected value, a schedule whose end comes before its start.
 *
 * @category Trajectory
 * @example
 * import { TrajectoryError, expectedValue } from "performance-management/trajectory";
 * let caught;
 * try {
 *   expectedValue({ id: "t", objective: "o", indicator: "i", baseline: { date: "2001-03-31", value: "1" }, goal: { date: "2002-03-31", value: "2" } }, "31/03/2002");
 * } catch (error) { caught = error; }
 * caught instanceof TrajectoryError //=> true
 */
export class TrajectoryError extends PerformanceManagementError {
  /** Always `"trajectory"`. */
  readonly code = "trajectory";

  /**
   * @param message - what is wrong
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, options?: ErrorOptions) {
    super(`performance-management: ${message}`, "TrajectoryError", options);
  }
}
