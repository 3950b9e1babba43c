/**
 * `npm run bench`: runs every benchmark and prints a table. Performance goals live here, not in
 * timed tests. Pass a name to run one group: `npm run bench -- model`.
 */
import { cacheBenchmarks } from "./cache.bench.js";
import { cascadeBenchmarks } from "./cascade.bench.js";
import { modelBenchmarks } from "./model.bench.js";
import { trajectoryBenchmarks } from "./trajectory.bench.js";
import { report } from "./harness.js";

const groups: Record<string, () => ReturnType<typeof modelBenchmarks>> = {
  model: modelBenchmarks,
  cascade: cascadeBenchmarks,
  trajectory: trajectoryBenchmarks,
  cache: cacheBenchmarks,
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(groups)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n# ${name} (node ${process.version})\n`);
  report(run());
}
