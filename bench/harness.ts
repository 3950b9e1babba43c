/** A small benchmark harness: warm up, run a fixed number of times, report the median. */
export interface BenchResult {
  readonly name: string;
  readonly medianMs: number;
  readonly runs: number;
  /** Items processed per run (objectives, evaluations…), for a throughput figure. */
  readonly items: number;
}

export function bench(name: string, items: number, run: () => unknown, runs = 5): BenchResult {
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)] as number, runs, items };
}

export function report(results: readonly BenchResult[]): void {
  const rows = results.map((result) => [
    result.name,
    `${result.medianMs.toFixed(1)} ms`,
    `${Math.round((result.items / result.medianMs) * 1000).toLocaleString("en-GB")} /s`,
    String(result.runs),
  ]);
  const header = ["benchmark", "median", "throughput", "runs"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] as number)).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}
