/** Parsing and indexing at scale. */
import { indexFramework, parseFramework } from "../src/index.js";
import { generateFramework } from "./generate.js";
import { type BenchResult, bench } from "./harness.js";

export function modelBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  for (const size of [10_000, 100_000]) {
    const json = JSON.parse(JSON.stringify(generateFramework({ objectives: size }))) as unknown;
    results.push(
      bench(
        `parseFramework, ${size.toLocaleString("en-GB")} objectives`,
        size,
        () => parseFramework(json),
        size >= 100_000 ? 3 : 5,
      ),
    );
  }
  for (const size of [10_000, 100_000, 1_000_000]) {
    const framework = generateFramework({ objectives: size });
    results.push(
      bench(
        `indexFramework, ${size.toLocaleString("en-GB")} objectives`,
        size,
        () => indexFramework(framework),
        size >= 1_000_000 ? 3 : 5,
      ),
    );
  }
  return results;
}
