import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "model/index": "src/model/index.ts",
      "cascade/index": "src/cascade/index.ts",
      "trajectory/index": "src/trajectory/index.ts",
      "review/index": "src/review/index.ts",
      "accountability/index": "src/accountability/index.ts",
      "report/index": "src/report/index.ts",
      "assessment/index": "src/assessment/index.ts",
      "resources/index": "src/resources/index.ts",
      "testing/index": "src/testing/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    tsconfig: "tsconfig.build.json",
    target: "node20",
    platform: "neutral",
    // No source maps in the package: tsup leaves the code readable, and maps with their sources
    // inlined were two thirds of the unpacked package (5.9 of 9.1 MB), a second copy of src/.
    sourcemap: false,
    // Everything but dist/cli, which the second build writes at the same time.
    clean: ["!cli/**"],
    splitting: true,
    treeshake: true,
  },
  // The command-line tool: ESM only, for Node. Its imports of the library ("../index.js") stay
  // imports of the built dist/index.js, so the CLI runs on the public API and adds no second copy of it.
  {
    entry: { "cli/bin": "src/cli/bin.ts" },
    format: ["esm"],
    tsconfig: "tsconfig.build.json",
    target: "node20",
    platform: "node",
    sourcemap: false,
    clean: false,
    splitting: true,
    external: ["../index.js"],
    // csv-parse is the CLI's alone: bundled into it, so a library user installs decimal.js and zod only.
    noExternal: ["csv-parse"],
  },
]);
