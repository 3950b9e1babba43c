/**
 * `npm run bench`: runs every benchmark group and prints a table per group. Performance goals live
 * here, not in timed tests. Pass names to run some groups: `npm run bench -- cascade trajectory`.
 *
 * Without names, each group runs in a process of its own, so one group's heap (a million-objective
 * framework, a national dataset) does not slow the next one's measurements.
 */
import { spawnSync } from "node:child_process";
import { accountabilityBenchmarks } from "./accountability.bench.js";
import { assessmentBenchmarks } from "./assessment.bench.js";
import { cacheBenchmarks } from "./cache.bench.js";
import { cascadeBenchmarks } from "./cascade.bench.js";
import { goalsBenchmarks } from "./goals.bench.js";
import { report } from "./harness.js";
import { modelBenchmarks } from "./model.bench.js";
import { reportBenchmarks } from "./report.bench.js";
import { resourcesBenchmarks } from "./resources.bench.js";
import { scalingBenchmarks } from "./scaling.bench.js";
import { trajectoryBenchmarks } from "./trajectory.bench.js";

/** Each group runs its benchmarks and prints its table. */
const groups: Record<string, () => void> = {
  model: () => {
    report(modelBenchmarks());
  },
  cascade: () => {
    report(cascadeBenchmarks());
  },
  trajectory: () => {
    report(trajectoryBenchmarks());
  },
  cache: () => {
    report(cacheBenchmarks());
  },
  assessment: () => {
    report(assessmentBenchmarks());
  },
  // Times each dimension of a framework at n and 4n and prints the growth (issue 8).
  scaling: scalingBenchmarks,
  // impact over a 100k-objective framework and its evaluation: time and heap (issue 11).
  accountability: accountabilityBenchmarks,
  // The members' report of about 10,000 targets, its Markdown and HTML, a chart, the diagram (issue 13).
  report: reportBenchmarks,
  // Issue 23: budget monitoring, money by aim and cost per outcome at national size, and n against 4n.
  resources: resourcesBenchmarks,
  // Issue 22's goals, before (the baseline build in .pack/baseline/) and after (dist/) in one run.
  goals: goalsBenchmarks,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`unknown benchmark group(s): ${unknown.join(", ")}; the groups are ${Object.keys(groups).join(", ")}`);
  process.exit(2);
}
if (wanted.length === 0) {
  for (const name of Object.keys(groups)) {
    const child = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1, 2), name], {
      stdio: "inherit",
      env: { ...process.env, PM_BENCH_ALL: "1" },
    });
    if (child.status !== 0) process.exit(child.status ?? 1);
  }
} else {
  for (const name of wanted) {
    console.log(`\n# ${name} (node ${process.version})\n`);
    (groups[name] as () => void)();
  }
}
