import { expect } from "vitest";

/**
 * A value a file's tests share, computed inside the first test that reads it and again in each
 * later test (a test that reads it twice gets the same value).
 *
 * Why not a constant at the top of the file: code that runs while a file loads runs outside every
 * test, so Stryker cannot tell which tests read a line it mutates, calls the mutant "static" and
 * runs every related test file for it (about 20 s a mutant here, against a fraction of a second).
 * Computed inside the tests, each mutant is judged by the tests that reach it (`npm run
 * test:mutation`). The cost is a report or schedule of a small example per test.
 */
export function perTest<T>(make: () => T): () => T {
  let test: string | undefined;
  let value: T | undefined;
  return () => {
    const current = expect.getState().currentTestName;
    if (current === undefined || test !== current || value === undefined) {
      value = make();
      test = current;
    }
    return value;
  };
}
