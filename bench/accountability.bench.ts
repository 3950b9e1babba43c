/**
 * The accountability engine at national scale: `impact` over a generated 100k-objective framework
 * with its evaluation, on a shared index and on a fresh one, then the heap the report holds; tracing
 * up from a front-line objective and down from a community one for scale; and one chain 100,000
 * objectives deep with an owner of every objective and a red target on each: `ownerPortfolio` and
 * `impact`, which were quadratic there (issue 11).
 */
import { impact, ownerPortfolio, traceDown, traceUp } from "../src/accountability/index.js";
import { type FrameworkEvaluation, evaluateFramework, indexFramework } from "../src/index.js";
import { frameworkOf } from "../test/accountability/build.js";
import { generateFramework } from "./generate.js";
import { type BenchResult, bench, report } from "./harness.js";

const SIZE = 100_000;

/** Heap in use after a full collection (Node started with `--expose-gc`, as `npm run bench` is), in MB. */
function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export function accountabilityBenchmarks(): void {
  const framework = generateFramework({ objectives: SIZE, measurementsPerIndicator: 4 });
  const index = indexFramework(framework);
  // Statuses a year in: the generated measurements put targets on every status the kernel gives.
  const evaluation = evaluateFramework(index, { asOf: "2002-06-30", detail: "status" });
  const label = SIZE.toLocaleString("en-GB");
  const results: BenchResult[] = [
    bench(`impact(shared index), ${label} objectives`, SIZE, () => impact(index, evaluation)),
    bench(`impact(fresh index), ${label} objectives`, SIZE, () => impact(indexFramework(framework), evaluation)),
    bench(`traceUp from an individual objective, ${label} objectives`, 1, () =>
      traceUp(index, `obj-individual-${String(Math.floor(SIZE / 2))}`),
    ),
    bench(`traceDown from a community objective, ${label} objectives`, 1, () => traceDown(index, "obj-community-0")),
  ];
  report(results);
  deepChain();
  const before = heapMb();
  const kept = impact(index, evaluation);
  const after = heapMb();
  const troubled = kept.objectives.reduce((sum, row) => sum + row.targets.length, 0);
  console.log(
    `\nimpact over ${label} objectives and ${String(evaluation.targets.length)} targets: ` +
      `${String(kept.objectives.length)} community and corporate objectives, ${String(troubled)} troubled target rows; ` +
      `the report holds ${(after - before).toFixed(1)} MB of heap (${after.toFixed(0)} MB in use with the framework, index and evaluation).`,
  );
}

/** One chain `SIZE` objectives deep, o(i) → o(i − 1), a target on each, all red; "lead" owns everything. */
function deepChain(): void {
  const base = frameworkOf(
    Array.from({ length: SIZE }, (_, i) => (i === 0 ? 0 : 2)),
    Array.from({ length: SIZE - 1 }, (_, i) => [i + 1, i] as const),
  );
  const framework = {
    ...base,
    targets: base.objectives.map((objective, i) => ({
      id: `t${String(i)}`,
      objective: objective.id,
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "1" },
      goal: { date: "2002-03-31", value: "2" },
    })),
  };
  const evaluation = {
    asOf: "2002-03-31",
    scale: "DCA5",
    targets: framework.targets.map((target) => ({ target: target.id, status: "red" })),
    objectives: [],
    counts: {},
    provisional: 0,
    indicators: [],
  } as unknown as FrameworkEvaluation;
  const label = SIZE.toLocaleString("en-GB");
  report([
    bench(`ownerPortfolio(fresh index), one chain ${label} deep, owner of all`, SIZE, () =>
      ownerPortfolio(indexFramework(framework), "lead"),
    ),
    bench(`impact(fresh index), one chain ${label} deep, every target red`, SIZE, () =>
      impact(indexFramework(framework), evaluation),
    ),
  ]);
}
