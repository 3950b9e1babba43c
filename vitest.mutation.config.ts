import { defineConfig } from "vitest/config";

// The unit tests alone, for Stryker (stryker.config.json): mutants are judged by the tests that run
// in seconds; the scale and browser projects add no assertions on the mutated lines' logic. Left out
// too: the tests that read src/ as text (the TSDoc examples, the results' schema generated from the
// types), which Stryker's instrumented copy of src/ is not.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/scale/**", "test/browser/**", "test/docs/**", "test/schemas/results.test.ts"],
    // As the unit project: a worker's test files share one module graph. Vitest starts a fresh
    // worker for each of Stryker's runs (one per mutant), so no mutant's module state outlives its run.
    isolate: false,
    testTimeout: 30_000,
  },
});
