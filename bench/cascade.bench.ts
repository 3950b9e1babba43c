/** The cascade checker at national scale: 10k, 100k and 1M objectives. */
import { checkCascade, indexFramework } from "../src/index.js";
import { generateFramework } from "./generate.js";
import { type BenchResult, bench } from "./harness.js";

export function cascadeBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  for (const size of [10_000, 100_000, 1_000_000]) {
    const framework = JSON.parse(JSON.stringify(generateFramework({ objectives: size }))) as ReturnType<typeof generateFramework>;
    const runs = size >= 1_000_000 ? 3 : 5;
    const label = size.toLocaleString("en-GB");
    const index = indexFramework(framework);
    results.push(bench(`checkCascade(index), ${label} objectives`, size, () => checkCascade(index), runs));
    results.push(bench(`checkCascade(framework), ${label} objectives (index included)`, size, () => checkCascade(framework), runs));
  }
  return results;
}
