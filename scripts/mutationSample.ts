// Mutation testing of a sample of an engine's lines (issue 24): the whole of src/ has about 33,000
// mutants, and on a two-core machine each takes seconds to judge (most are "static", reached while a
// test file loads, so Stryker runs every related test file for them), so a full run takes days. A
// seeded sample of lines gives each engine's score with a margin, in minutes, and the same sample on
// every run (so Stryker's incremental file re-tests only what changed).
//
//   tsx scripts/mutationSample.ts list review [lines] [seed]  # prints the sample's --mutate list
//   npm run test:mutation:sample -- review [lines] [seed]         # runs Stryker on it and sums it up
//   tsx scripts/mutationSample.ts summary review                # sums up the last run's report
//
// A run writes reports/mutation/<engine>.json (Stryker's report) and .pack/stryker-<engine>.json (its
// incremental file); the summary gives the score, a 95% interval for the engine's score, and every
// mutant that survived, with where it is and what it changed.
//
// A line is a candidate when it holds code Stryker can mutate: not blank, not a comment, not an import
// or a type declaration's member. Every mutant on a chosen line is tested.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../bench/generate.js";

const ENGINES = [
  "accountability",
  "assessment",
  "cascade",
  "cli",
  "model",
  "report",
  "resources",
  "review",
  "trajectory",
];

function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) pending.push(path);
      else if (name.endsWith(".ts") && name !== "index.ts" && name !== "bin.ts") found.push(path);
    }
  }
  return found.sort();
}

const SKIPPED =
  /^(\/\/|\/\*|\*|import |export type |export interface |type |interface |readonly |\}|\)|\]|[A-Za-z_$][\w$]*\??: [^=(]*;$)/;

/** The lines of a file that hold code Stryker can mutate, by number (1-based). */
function candidateLines(path: string): number[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const chosen: number[] = [];
  let inComment = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (inComment) {
      if (line.includes("*/")) inComment = false;
      return;
    }
    if (line.startsWith("/*") && !line.includes("*/")) {
      inComment = true;
      return;
    }
    if (line === "" || SKIPPED.test(line)) return;
    chosen.push(i + 1);
  });
  return chosen;
}

/** The `--mutate` list for a sample of `count` lines of an engine's files. */
export function sampleOf(engine: string, count: number, seed: number): { candidates: number; sample: string[] } {
  if (!ENGINES.includes(engine)) throw new Error(`no engine "${engine}": one of ${ENGINES.join(", ")}`);
  const random = seededRandom(seed);
  const all = filesUnder(join("src", engine)).flatMap((file) => candidateLines(file).map((line) => ({ file, line })));
  // A partial Fisher–Yates shuffle: the first `count` places.
  const picked = all.slice();
  const n = Math.min(count, picked.length);
  for (let i = 0; i < n; i += 1) {
    const j = i + Math.floor(random() * (picked.length - i));
    [picked[i], picked[j]] = [picked[j] as (typeof picked)[number], picked[i] as (typeof picked)[number]];
  }
  const sample = picked.slice(0, n).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { candidates: all.length, sample: sample.map(({ file, line }) => `${file}:${line}-${line}`) };
}

/** Wilson's 95% interval for a proportion `k / n`, in percent. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 100];
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100];
}

/** The parts of Stryker's JSON report (mutation-testing-report-schema) the summary reads. */
interface StrykerReport {
  readonly files: Record<
    string,
    {
      readonly source: string;
      readonly mutants: readonly {
        readonly status: string;
        readonly mutatorName: string;
        readonly replacement?: string;
        readonly location: { readonly start: { readonly line: number; readonly column: number } };
      }[];
    }
  >;
}

interface Survivor {
  readonly where: string;
  readonly status: string;
  readonly mutator: string;
  readonly original: string;
  readonly replacement: string;
}

/** The score of a Stryker report: detected (killed or timed out) over the valid mutants, and the survivors. */
export function summaryOf(report: StrykerReport): {
  counts: Record<string, number>;
  detected: number;
  valid: number;
  interval: [number, number];
  survivors: Survivor[];
} {
  const counts = new Map<string, number>();
  const survivors: Survivor[] = [];
  for (const [file, { mutants, source }] of Object.entries(report.files)) {
    const lines = source.split("\n");
    for (const mutant of mutants) {
      counts.set(mutant.status, (counts.get(mutant.status) ?? 0) + 1);
      if (mutant.status === "Survived" || mutant.status === "NoCoverage") {
        const { line, column } = mutant.location.start;
        survivors.push({
          where: `${file}:${line}:${column}`,
          status: mutant.status,
          mutator: mutant.mutatorName,
          original: (lines[line - 1] ?? "").trim(),
          replacement: mutant.replacement ?? "",
        });
      }
    }
  }
  const of = (status: string): number => counts.get(status) ?? 0;
  const detected = of("Killed") + of("Timeout");
  const valid = detected + of("Survived") + of("NoCoverage");
  return { counts: Object.fromEntries(counts), detected, valid, interval: wilson(detected, valid), survivors };
}

function printSummary(engine: string): void {
  const { counts, detected, valid, interval, survivors } = summaryOf(
    JSON.parse(readFileSync(join("reports", "mutation", `${engine}.json`), "utf8")) as StrykerReport,
  );
  const score = valid === 0 ? 0 : (100 * detected) / valid;
  process.stdout.write(
    `${engine}: ${score.toFixed(1)}% of ${valid} mutants detected (95% interval ${interval[0].toFixed(0)}–${interval[1].toFixed(0)}%); ${JSON.stringify(counts)}\n`,
  );
  for (const survivor of survivors)
    process.stdout.write(
      `  ${survivor.status} ${survivor.where} ${survivor.mutator}: ${survivor.original}  =>  ${survivor.replacement.replace(/\s+/g, " ").slice(0, 120)}\n`,
    );
}

function run(engine: string, lines: number, seed: number): void {
  const { candidates, sample } = sampleOf(engine, lines, seed);
  process.stderr.write(`${engine}: ${sample.length} of ${candidates} candidate lines (seed ${seed})\n`);
  const base = JSON.parse(readFileSync("stryker.config.json", "utf8")) as Record<string, unknown>;
  mkdirSync(".pack", { recursive: true });
  mkdirSync(join("reports", "mutation"), { recursive: true });
  const config: Record<string, unknown> = {
    ...base,
    mutate: sample,
    incrementalFile: `.pack/stryker-${engine}.json`,
    reporters: ["clear-text", "progress-append-only", "json"],
    jsonReporter: { fileName: `reports/mutation/${engine}.json` },
  };
  delete config.$schema;
  const path = `.pack/stryker-${engine}.config.json`;
  writeFileSync(path, JSON.stringify(config, null, 2));
  const result = spawnSync("npx", ["stryker", "run", path], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  printSummary(engine);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, engine = "", lines = "40", seed = "24"] = process.argv.slice(2);
  if (command === "list") {
    const { candidates, sample } = sampleOf(engine, Number(lines), Number(seed));
    process.stderr.write(`${engine}: ${sample.length} of ${candidates} candidate lines (seed ${seed})\n`);
    process.stdout.write(`${sample.join(",")}\n`);
  } else if (command === "run") run(engine, Number(lines), Number(seed));
  else if (command === "summary") printSummary(engine);
  else {
    process.stderr.write("usage: tsx scripts/mutationSample.ts list|run|summary <engine> [lines] [seed]\n");
    process.exit(2);
  }
}
