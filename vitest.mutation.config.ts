import { defineConfig } from "vitest/config";

// The unit tests alone, for Stryker (stryker.config.json): mutants are judged by the tests that run
// in seconds; the scale and browser projects add no assertions on the mutated lines' logic.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/scale/**", "test/browser/**"],
    testTimeout: 30_000,
  },
});
