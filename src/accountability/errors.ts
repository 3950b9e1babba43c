import { PerformanceManagementError } from "../errors.js";
import type { MisuseError } from "../internal/dates.js";

/**
 * Thrown when an accountability function is misused: an id that names no objective, target or
 * action with an id (no owner, for {@link ownerPortfolio}), or a `maxChains` that is not a whole
 * number of at least 0. The message names the id. Everything about the framework itself (an orphan,
 * a loop, a missing objective) is a result, never an error.
 *
 * @category Accountability
 * @example
 * import { AccountabilityError, traceUp } from "performance-management/accountability";
 * let caught;
 * try {
 *   traceUp({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] }, "io-key-tags");
 * } catch (error) { caught = error; }
 * caught instanceof AccountabilityError //=> true
 * caught.message //=> 'performance-management: "io-key-tags" names no objective, target or action'
 */
export class AccountabilityError extends PerformanceManagementError {
  /** Always `"accountability"`. */
  readonly code = "accountability";

  /**
   * @param message - what is wrong
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, options?: ErrorOptions) {
    super(`performance-management: ${message}`, "AccountabilityError", options);
  }
}

/** Makes an AccountabilityError: how the accountability functions have the shared option checks report misuse. @internal */
export const accountabilityError: MisuseError = (message) => new AccountabilityError(message);
