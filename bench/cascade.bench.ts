/** The cascade checker at national scale: 10k, 100k and 1M objectives. */
import { checkCascade, indexFramework } from "../src/index.js";
import { generateFramework } from "./generate.js";
import { type BenchResult, bench } from "./harness.js";

export function cascadeBenchmarks(): BenchResult[] {
  const results: BenchResult[] = [];
  for (const size of [10_000, 100_000, 1_000_000]) {
    const framework = JSON.parse(JSON.stringify(generateFramework({ objectives: size }))) as ReturnType<
      typeof generateFramework
    >;
    const runs = size >= 1_000_000 ? 3 : 5;
    const label = size.toLocaleString("en-GB");
    // A shared index, as engines use one: its objective graph is built by the first check and reused.
    const index = indexFramework(framework);
    results.push(bench(`checkCascade(shared index), ${label} objectives`, size, () => checkCascade(index), runs));
    // A fresh index each time: the graph is built inside the measured check.
    results.push(
      bench(
        `checkCascade(fresh index), ${label} objectives`,
        size,
        () => checkCascade(indexFramework(framework)),
        runs,
      ),
    );
    results.push(
      bench(
        `checkCascade(framework), ${label} objectives (indexing included)`,
        size,
        () => checkCascade(framework),
        runs,
      ),
    );
  }
  return results;
}
