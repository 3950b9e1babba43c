import { expect } from "vitest";
import { PerformanceManagementError } from "../../src/index.js";

/**
 * Expects `call` to throw the library's typed misuse error of class `errorClass` (never a
 * `TypeError` or a `DecimalError`), whose message matches `message`.
 */
export function expectMisuse(
  call: () => unknown,
  errorClass: abstract new (...args: never[]) => Error,
  message: RegExp,
): void {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(errorClass);
  expect(caught).toBeInstanceOf(PerformanceManagementError);
  expect((caught as Error).message).toMatch(message);
}
