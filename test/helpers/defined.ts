import { expect } from "vitest";

/**
 * The value, after checking that it is there (neither `undefined` nor `null`): a test fails here,
 * naming `what`, rather than later on a missing value. The check in place of a non-null assertion.
 */
export function defined<T>(value: T | null | undefined, what = "value"): T {
  expect(value, what).toBeDefined();
  expect(value, what).not.toBeNull();
  return value as T;
}
