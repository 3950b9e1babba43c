import { PerformanceManagementError } from "../errors.js";
import type { MisuseError } from "../internal/dates.js";

/**
 * Thrown when a resources function is misused: an `asOf` that is not a calendar date, a financial
 * year that is not written `"2002/03"`, tolerances that are not percentages. The message names the
 * library and the cause.
 *
 * @category Resources
 * @example
 * import { ResourcesError, monitorBudgets } from "performance-management/resources";
 * let caught;
 * try {
 *   monitorBudgets({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] }, { asOf: "30/06/2001" });
 * } catch (error) { caught = error; }
 * caught instanceof ResourcesError //=> true
 */
export class ResourcesError extends PerformanceManagementError {
  /** Always `"resources"`. */
  readonly code = "resources";

  /**
   * @param message - what is wrong
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, options?: ErrorOptions) {
    super(`performance-management: ${message}`, "ResourcesError", options);
  }
}

/** Makes a ResourcesError: how the resources functions have the shared option checks report misuse. @internal */
export const resourcesError: MisuseError = (message) => new ResourcesError(message);
