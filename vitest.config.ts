import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Three projects. `unit` is everything that runs in seconds and is run under several time zones in
// CI; `scale` holds the slow national-scale tests (a million objectives, a 100k-objective
// generator, the README's type-check), which CI runs once; `browser` opens the report, the charts
// and the cascade diagram in headless Chromium (skipped, with a message, where Chromium is not
// installed). `npm test` runs all three.
// PM_ZOD names another zod's folder (scripts/zodRange.sh unpacks the peer range's lowest there):
// the library and its tests then import that zod instead of the pinned one.
const otherZod = process.env.PM_ZOD;

export default defineConfig({
  resolve: {
    alias:
      otherZod === undefined
        ? []
        : [
            { find: /^zod$/, replacement: `${otherZod}/index.js` },
            { find: /^zod\/v4\/core$/, replacement: `${otherZod}/v4/core/index.js` },
          ],
  },
  test: {
    // Vitest leaves a core to its main process, which idles here: on a two-core machine that ran one
    // worker, and `npm test` took 62 s; two workers take about 43 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      // `isolate: false`: the test files of a worker share one module graph, so zod, decimal.js and
      // TypeScript load once per worker instead of once per file (the unit run fell from about 50 s to
      // 16 s). The library is pure; a test that changes global state (a zod locale, decimal.js's
      // defaults, the clock) must restore it before it ends.
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/scale/**", "test/browser/**"],
          isolate: false,
          // Property tests and golden digests (issue 22) take seconds on a busy two-core machine; a
          // 5 s default failed them there on time, not on an answer. Timings live in bench/.
          testTimeout: 30_000,
        },
      },
      // Generous time-outs: these are correctness tests on big inputs, not timings (those live in bench/).
      { extends: true, test: { name: "scale", include: ["test/scale/**/*.test.ts"], testTimeout: 120_000 } },
      { extends: true, test: { name: "browser", include: ["test/browser/**/*.test.ts"], testTimeout: 120_000 } },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "text"],
      // Enforced in CI (.ci/run runs the unit project with --coverage): the unit tests alone cover
      // 98.7% of lines and 92.7% of branches.
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
