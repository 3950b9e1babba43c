import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "model/index": "src/model/index.ts",
    "cascade/index": "src/cascade/index.ts",
    "trajectory/index": "src/trajectory/index.ts",
    "review/index": "src/review/index.ts",
    "accountability/index": "src/accountability/index.ts",
    "report/index": "src/report/index.ts",
    "assessment/index": "src/assessment/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  tsconfig: "tsconfig.build.json",
  target: "node20",
  platform: "neutral",
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
});
