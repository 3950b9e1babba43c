/** The cascade checker at national scale: 10k, 100k and 1M objectives. */
import { spawnSync } from "node:child_process";
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
  results.push(...cascadeColdBenchmarks());
  return results;
}

/** The script a child process runs for one cold check: generate, parse as JSON, check once, print the time. */
const COLD_SCRIPT = `
const [generate, library, shape, size] = process.argv.slice(1);
const { generateFramework } = await import(generate);
const { checkCascade } = await import(library);
const tidy = generateFramework({ objectives: Number(size) });
const framework = shape === "unsmart"
  ? { ...tidy, objectives: tidy.objectives.map((o) => o.actions === undefined ? o : { ...o, actions: o.actions.map((a) => ({ title: a.title })) }) }
  : tidy;
const json = JSON.parse(JSON.stringify(framework));
const start = performance.now();
const report = checkCascade(json);
console.log(JSON.stringify({ ms: performance.now() - start, findings: report.findings.length }));
`;

/**
 * Issue 22's rows: checkCascade on a million objectives in a fresh process each run (cold: the index,
 * the objective graph and every built-in rule, as a command-line run makes them), with SMART actions
 * (the clean cascade, goal under 2 s) and with actions that name no owner and no due date (2M findings,
 * goal at most 1 µs a finding beyond the clean run). Set PM_BENCH_COLD_SIZE for a smaller cascade.
 */
export function cascadeColdBenchmarks(): BenchResult[] {
  const size = Number(process.env.PM_BENCH_COLD_SIZE ?? 1_000_000);
  const label = size.toLocaleString("en-GB");
  const generate = new URL("./generate.ts", import.meta.url).href;
  const library = new URL("../src/index.ts", import.meta.url).href;
  const results: BenchResult[] = [];
  for (const shape of ["clean", "unsmart"] as const) {
    const times: number[] = [];
    let findings = 0;
    for (let run = 0; run < 3; run += 1) {
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", COLD_SCRIPT, generate, library, shape, String(size)],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      if (child.status !== 0) throw new Error(`the cold checkCascade run failed: ${child.stderr}`);
      const result = JSON.parse(child.stdout.trim().split("\n").pop() as string) as { ms: number; findings: number };
      times.push(result.ms);
      findings = result.findings;
    }
    times.sort((a, b) => a - b);
    results.push({
      name: `checkCascade(framework), ${label} objectives, ${shape === "clean" ? "SMART actions" : "actions with no owner or due date"}, cold (${findings.toLocaleString("en-GB")} findings)`,
      medianMs: times[1] as number,
      runs: 3,
      items: size,
    });
  }
  return results;
}
