/**
 * Issue 23's resources at national size: 350 councils' finances (200 budget lines each, with a
 * month's spend on every line for 18 months, commitments, forecasts, carry-forwards and ten unit
 * costs; 70,000 lines and some 1.3 million spend entries in all) monitored, followed up the
 * cascade to each aim, and set against outcomes, a council at a time; then one framework of n and
 * 4n lines for each engine, to show each is linear in the data.
 */
import { type Framework, indexFramework, parseFramework } from "../src/index.js";
import { costPerOutcome, monitorBudgets, resourcesByAim } from "../src/resources/index.js";
import { type BenchResult, bench, report } from "./harness.js";
import { councilFinances } from "./shapes.js";

const COUNCILS = 350;
const LINES = 200;
const AS_OF = "2001-10-15";

/** The spend entries of some frameworks. */
const entries = (frameworks: readonly Framework[]): number =>
  frameworks.reduce((sum, framework) => sum + (framework.spend?.length ?? 0), 0);

export function resourcesBenchmarks(): void {
  const national = Array.from({ length: COUNCILS }, (_, c) => parseFramework(councilFinances(LINES, c + 1)));
  const lines = COUNCILS * LINES;
  const spend = entries(national);
  console.log(
    `${COUNCILS.toLocaleString("en-GB")} councils, ${lines.toLocaleString("en-GB")} budget lines, ${spend.toLocaleString("en-GB")} spend entries, as of ${AS_OF}\n`,
  );
  const results: BenchResult[] = [
    bench(`monitorBudgets, every council (lines/s)`, lines, () => {
      for (const framework of national) monitorBudgets(framework, { asOf: AS_OF });
    }),
    bench(`resourcesByAim, every council, fresh index (lines/s)`, lines, () => {
      for (const framework of national) resourcesByAim(indexFramework(framework), { asOf: AS_OF });
    }),
    bench(`costPerOutcome, every council, fresh index (lines/s)`, lines, () => {
      for (const framework of national) costPerOutcome(indexFramework(framework), { asOf: AS_OF });
    }),
  ];
  report(results);

  // One framework of n and 4n lines: growth near 4× is linear.
  console.log("\nOne framework, n and 4n budget lines (18 months of spend each):\n");
  const n = 17_500;
  const small = parseFramework(councilFinances(n, 1));
  const large = parseFramework(councilFinances(4 * n, 1));
  const rows: [string, (framework: Framework) => unknown][] = [
    ["monitorBudgets", (framework) => monitorBudgets(framework, { asOf: AS_OF })],
    ["resourcesByAim (fresh index)", (framework) => resourcesByAim(indexFramework(framework), { asOf: AS_OF })],
    ["costPerOutcome (fresh index)", (framework) => costPerOutcome(indexFramework(framework), { asOf: AS_OF })],
  ];
  const growth: BenchResult[] = [];
  for (const [name, run] of rows) {
    const a = bench(`${name}, ${n.toLocaleString("en-GB")} lines`, n, () => run(small), 3);
    const b = bench(`${name}, ${(4 * n).toLocaleString("en-GB")} lines`, 4 * n, () => run(large), 3);
    growth.push(a, b);
    console.log(`${name}: ${(b.medianMs / a.medianMs).toFixed(2)}× for 4× the lines`);
  }
  console.log();
  report(growth);
}
