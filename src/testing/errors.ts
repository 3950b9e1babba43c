import { PerformanceManagementError } from "../errors.js";

/**
 * Thrown when a testing helper is misused: a date that is not a calendar date, a day or month count
 * that is not a whole number, options an arbitrary cannot honour.
 *
 * @category Testing
 * @example
 * import { TestingError, addDays } from "performance-management/testing";
 * let caught;
 * try { addDays("2001-02-30", 1); } catch (error) { caught = error; }
 * [caught instanceof TestingError, caught.code] //=> [true, "testing"]
 */
export class TestingError extends PerformanceManagementError {
  /** Always `"testing"`. */
  readonly code = "testing";

  /**
   * @param message - what is wrong
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, options?: ErrorOptions) {
    super(`performance-management: ${message}`, "TestingError", options);
  }
}
