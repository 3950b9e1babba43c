/**
 * `npm run bench -- goals`: issue 22's goals, each a row with the figure BEFORE (the baseline build
 * in `.pack/baseline/`, made by `npm run bench:baseline -- <git-ref | file.tgz>`) and AFTER (this
 * checkout's `dist/`, built with `npx tsup` when src/ is newer), measured in one run: both builds are
 * loaded in one process and called alternately, before then after and after then before in turn,
 * with a full collection before each call, and the medians compared; a first call and the command
 * line run in alternating child processes. Each section runs in a process of its own, so one
 * section's heap does not slow the next.
 *
 * `PM_BENCH_ROUNDS` sets the rounds of each in-process comparison (default 5, 3 for the slowest);
 * `PM_BENCH_GOALS=cli,parse` runs some sections (cli, parse, status, evaluate, report, cascade).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Framework } from "../src/index.js";
import { type Build, type Library, PACK, ROOT, baselineBuild, cliOf, currentBuild, loadBuild } from "./builds.js";
import { generateAuthority, generateFramework, withUnSmartActions } from "./generate.js";
import { TWENTY_QUARTER_ENDS } from "./shapes.js";

/** One goal's row: a figure measured with each build. */
export interface GoalRow {
  readonly goal: string;
  /** What was measured, with its size where it is smaller than the goal's (a rate). */
  readonly measure: string;
  readonly target: string;
  readonly unit: "ms" | "MB" | "statuses/s" | "targets/s" | "µs/finding";
  /** Whether a lower figure is better (times, memory, cost) or a higher one (rates). */
  readonly better: "lower" | "higher";
  readonly before: number;
  readonly after: number;
  /** The goal as a figure: a bound on the after figure, or the speed-up wanted when `of` is "speed-up". */
  readonly bound: { readonly figure: number; readonly of: "after" | "speed-up" };
  /** Whether the goal is met, judged on the after figure (or on the speed-up, for a "× faster" goal). */
  readonly met: boolean;
  /** The spread of the after runs, or what else a reader should know. */
  readonly note?: string;
}

/** How many times better after is than before: above 1 is faster (or smaller). */
export function speedUp(row: Pick<GoalRow, "before" | "after" | "better">): number {
  return row.better === "lower" ? row.before / row.after : row.after / row.before;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function rounds(fallback: number): number {
  const wanted = Number(process.env.PM_BENCH_ROUNDS);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : fallback;
}

/**
 * Measures before and after alternately, `count` rounds: each measurement is a function returning
 * its figure (it prepares its input untimed, then times its call). Round r runs before then after
 * when r is even, after then before when odd, so a drift of the machine falls on both alike.
 */
export function alternate<T>(count: number, measure: (side: "before" | "after") => T): { before: T[]; after: T[] } {
  const before: T[] = [];
  const after: T[] = [];
  for (let round = 0; round < count; round += 1) {
    for (const side of round % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const)) {
      collectGarbage();
      (side === "before" ? before : after).push(measure(side));
    }
  }
  return { before, after };
}

/** The time of one call, in ms. */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function spread(values: readonly number[], digits = 0): string {
  return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
}

/**
 * The row of a goal on wall-clock time, `target` "< N s": the before and after medians of alternated
 * runs in ms, met when the after median is under N s, the after runs' spread as its note.
 */
function timeGoalRow(
  goal: string,
  measure: string,
  target: `< ${number} s`,
  runs: { readonly before: readonly number[]; readonly after: readonly number[] },
): GoalRow {
  const limit = Number(target.slice(2, -2)) * 1000;
  const after = median(runs.after);
  return {
    goal,
    measure,
    target,
    unit: "ms",
    better: "lower",
    before: median(runs.before),
    after,
    bound: { figure: limit, of: "after" },
    met: after < limit,
    note: `after ${spread(runs.after)} ms`,
  };
}

/** A JSON document written once under .pack/goals/ and read back (a generated framework). */
function cachedDocument(name: string, make: () => unknown): string {
  const folder = join(PACK, "goals");
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.json`);
  if (!existsSync(path)) {
    // Written beside and renamed, so a run stopped half-way leaves no half a document.
    writeFileSync(`${path}.part`, JSON.stringify(make()));
    renameSync(`${path}.part`, path);
  }
  return path;
}

function progress(message: string): void {
  console.error(`goals: ${message}`);
}

/** What a section is given: both builds, loaded, and where they are. */
interface Builds {
  readonly before: Library;
  readonly after: Library;
  readonly baseline: Build;
  readonly current: Build;
}

// ---------------------------------------------------------------------------------------------
// The command line on 2,000,000 CSV rows.

const CLI_FOLDER = join(PACK, "cli-2m");

/** Writes the 2M-row input once (bench/cli/twoMillion.ts), kept under .pack/cli-2m. */
function cliInput(): string {
  const complete = join(CLI_FOLDER, "complete");
  if (existsSync(complete)) return CLI_FOLDER;
  progress("writing the 2,000,000-row CSV to .pack/cli-2m (once)");
  rmSync(CLI_FOLDER, { recursive: true, force: true });
  const made = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench/cli/twoMillion.ts"), CLI_FOLDER], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (made.status !== 0) throw new Error("bench/cli/twoMillion.ts failed");
  writeFileSync(complete, "");
  return CLI_FOLDER;
}

interface CliRun {
  readonly ms: number;
  readonly peakMb: number;
  readonly status: number | null;
  readonly output: string;
}

/** One run of `evaluate --detail status` on the 2M rows in a child process: wall clock and its peak RSS. */
function runCli(build: Build, folder: string): CliRun {
  const rssFile = join(PACK, `peak-rss-${build.name}`);
  rmSync(rssFile, { force: true });
  const args = [
    "--import",
    pathToFileURL(join(ROOT, "scripts/peakRss.mjs")).href,
    cliOf(build),
    "evaluate",
    "framework.json",
    "--as-of",
    "2055-03-31",
    "--detail",
    "status",
    "--measurements",
    "measurements.csv",
  ];
  const start = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: folder,
    env: { ...process.env, PM_BENCH_RSS_FILE: rssFile },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - start;
  const kilobytes = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : Number.NaN;
  const output = createHash("sha256").update(child.stdout).update(child.stderr).digest("hex");
  return { ms, peakMb: kilobytes / 1024, status: child.status, output };
}

function cliGoals(builds: Builds): GoalRow[] {
  const folder = cliInput();
  const runs = alternate(Number(process.env.PM_BENCH_CLI_ROUNDS ?? 2), (side) => {
    const run = runCli(side === "before" ? builds.baseline : builds.current, folder);
    progress(`cli ${side}: ${run.ms.toFixed(0)} ms, ${run.peakMb.toFixed(0)} MB, exit ${String(run.status)}`);
    return run;
  });
  const outputs = new Set([...runs.before, ...runs.after].map((run) => `${String(run.status)} ${run.output}`));
  const same = outputs.size === 1 ? "output and exit code identical" : "OUTPUT DIFFERS between the builds";
  const measure = "evaluate --detail status, 2,000,000 CSV rows (child process)";
  const wall = { before: median(runs.before.map((run) => run.ms)), after: median(runs.after.map((run) => run.ms)) };
  const peak = {
    before: median(runs.before.map((run) => run.peakMb)),
    after: median(runs.after.map((run) => run.peakMb)),
  };
  return [
    {
      goal: "2M CSV rows through the CLI: wall clock",
      measure,
      target: "< 5 s",
      unit: "ms",
      better: "lower",
      ...wall,
      bound: { figure: 5000, of: "after" },
      met: wall.after < 5000 && outputs.size === 1,
      note: `${String(runs.after.length)} runs each; ${same}`,
    },
    {
      goal: "2M CSV rows through the CLI: peak RSS",
      measure,
      target: "< 600 MB",
      unit: "MB",
      better: "lower",
      ...peak,
      bound: { figure: 600, of: "after" },
      met: peak.after < 600,
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Validation of a measurement-heavy document.

/** 5,000 targets, 5,000 indicators and 100,000 measurements (20 quarters each). */
function measurementHeavy(): Framework {
  return generateAuthority(5_000, 1, TWENTY_QUARTER_ENDS);
}

/** A child process that loads a build and times its first `parseFramework` of a JSON file. */
const FIRST_PARSE = `
const [entry, path] = process.argv.slice(1);
const { readFileSync } = await import("node:fs");
const library = await import(entry);
const document = JSON.parse(readFileSync(path, "utf8"));
const start = performance.now();
library.parseFramework(document);
console.log(performance.now() - start);
`;

function firstParse(build: Build, path: string): number {
  const entry = pathToFileURL(join(build.folder, "dist", "index.js")).href;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", FIRST_PARSE, entry, path], {
    encoding: "utf8",
  });
  if (child.status !== 0) throw new Error(`first parse failed: ${child.stderr}`);
  return Number(child.stdout.trim());
}

function parseGoals(builds: Builds): GoalRow[] {
  const path = cachedDocument("authority-5000x20", measurementHeavy);
  const document = JSON.parse(readFileSync(path, "utf8")) as unknown;
  const measure = "parseFramework, 5,000 targets, 5,000 indicators, 100,000 measurements";
  builds.before.parseFramework(document);
  builds.after.parseFramework(document);
  const warm = alternate(rounds(7), (side) => timed(() => builds[side].parseFramework(document)));
  progress(`parse warm: ${median(warm.before).toFixed(0)} → ${median(warm.after).toFixed(0)} ms`);
  const first = alternate(rounds(5), (side) => firstParse(side === "before" ? builds.baseline : builds.current, path));
  progress(`parse first call: ${median(first.before).toFixed(0)} → ${median(first.after).toFixed(0)} ms`);
  const row = (label: string, runs: { before: number[]; after: number[] }, how: string): GoalRow => {
    const figures = { before: median(runs.before), after: median(runs.after) };
    return {
      goal: `validation, ${label}`,
      measure: `${measure} (${how})`,
      target: "≥ 3× faster",
      unit: "ms",
      better: "lower",
      ...figures,
      bound: { figure: 3, of: "speed-up" },
      met: figures.before / figures.after >= 3,
      note: `after ${spread(runs.after)} ms over ${String(runs.after.length)} runs`,
    };
  };
  return [row("warm", warm, "in process"), row("first call", first, "a fresh process each")];
}

// ---------------------------------------------------------------------------------------------
// statusHistory's first call and the national dataset.

function statusGoals(builds: Builds): GoalRow[] {
  const document = JSON.parse(readFileSync(cachedDocument("authority-5000x20", measurementHeavy), "utf8")) as Framework;
  const dates = TWENTY_QUARTER_ENDS;
  const statuses = document.targets.length * dates.length;
  // A fresh index each call, built untimed: the call compiles the index's series, as a first call does.
  for (const library of [builds.before, builds.after])
    library.statusHistory(library.indexFramework(document), { dates });
  const first = alternate(rounds(7), (side) => {
    const library = builds[side];
    const index = library.indexFramework(document);
    return timed(() => library.statusHistory(index, { dates }));
  });
  const rate = (ms: number): number => (statuses / ms) * 1000;
  progress(`statusHistory first call: ${median(first.before).toFixed(0)} → ${median(first.after).toFixed(0)} ms`);

  const national = Array.from({ length: 350 }, (_, a) => generateAuthority(300, a + 1, dates));
  for (const library of [builds.before, builds.after]) library.statusHistory(national[0] as Framework, { dates });
  const whole = alternate(rounds(3), (side) =>
    timed(() => {
      for (const framework of national) builds[side].statusHistory(framework, { dates });
    }),
  );
  progress(`national: ${median(whole.before).toFixed(0)} → ${median(whole.after).toFixed(0)} ms`);
  return [
    {
      goal: "statusHistory, first call",
      measure: "5,000 targets × 20 quarters, a fresh index each call (index built untimed)",
      target: "≥ 2,000,000 statuses/s",
      unit: "statuses/s",
      better: "higher",
      before: rate(median(first.before)),
      after: rate(median(first.after)),
      bound: { figure: 2_000_000, of: "after" },
      met: rate(median(first.after)) >= 2_000_000,
      note: `after ${spread(first.after)} ms a call`,
    },
    timeGoalRow(
      "statusHistory, the national dataset",
      "350 authorities × 300 targets × 20 quarters (2.1M statuses), indexing included",
      "< 1 s",
      whole,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Full evaluations and the report.

const EVALUATED_TARGETS = 2_000;
/** Within the targets' period (they end 2004-03-31), after 11 quarters: forecasts and direction are made. */
const EVALUATION_AS_OF = "2003-12-31";

function evaluateGoals(builds: Builds): GoalRow[] {
  const document = generateAuthority(EVALUATED_TARGETS, 3, TWENTY_QUARTER_ENDS);
  const ids = document.targets.map((target) => target.id);
  const asOf = EVALUATION_AS_OF;
  const shared = {
    before: builds.before.indexFramework(document),
    after: builds.after.indexFramework(document),
  };
  for (const side of ["before", "after"] as const) {
    builds[side].evaluateFramework(shared[side], { asOf });
    for (const id of ids) builds[side].evaluateTarget(shared[side], id, { asOf });
  }
  // A fresh index each call (built untimed): the evaluation builds the paths and series it needs.
  const fresh = alternate(rounds(7), (side) => {
    const index = builds[side].indexFramework(document);
    return timed(() => builds[side].evaluateFramework(index, { asOf }));
  });
  const each = alternate(rounds(7), (side) =>
    timed(() => {
      for (const id of ids) builds[side].evaluateTarget(shared[side], id, { asOf });
    }),
  );
  const rate = (ms: number): number => (EVALUATED_TARGETS / ms) * 1000;
  const rows = (
    [
      ["evaluateFramework (default detail), a fresh index each call (built untimed)", fresh],
      ["evaluateTarget of every target, the index shared and warm", each],
    ] as const
  ).map(([how, runs]): GoalRow => ({
    goal: "full evaluations",
    measure: `${how}; ${EVALUATED_TARGETS.toLocaleString("en-GB")} targets × 20 quarters, as of ${asOf} (a rate: smaller than national)`,
    target: "≥ 50,000 targets/s",
    unit: "targets/s",
    better: "higher",
    before: rate(median(runs.before)),
    after: rate(median(runs.after)),
    bound: { figure: 50_000, of: "after" },
    met: rate(median(runs.after)) >= 50_000,
    note: `after ${spread(runs.after, 1)} ms a run`,
  }));
  progress(`evaluations: ${rows.map((row) => `${row.before.toFixed(0)} → ${row.after.toFixed(0)}/s`).join(", ")}`);
  return rows;
}

const REPORT_OBJECTIVES = 200_000;
const REPORT_AS_OF = "2002-06-30";

function reportGoals(builds: Builds): GoalRow[] {
  const document = generateFramework({ objectives: REPORT_OBJECTIVES, measurementsPerIndicator: 4 });
  const index = {
    before: builds.before.indexFramework(document),
    after: builds.after.indexFramework(document),
  };
  // One report first on each index, as the report bench does: its compiled data is built once and shared.
  for (const side of ["before", "after"] as const) builds[side].performanceReport(index[side], { asOf: REPORT_AS_OF });
  const runs = alternate(rounds(3), (side) =>
    timed(() => builds[side].performanceReport(index[side], { asOf: REPORT_AS_OF })),
  );
  progress(`report: ${median(runs.before).toFixed(0)} → ${median(runs.after).toFixed(0)} ms`);
  return [
    timeGoalRow(
      "the report on 10,000 targets",
      `performanceReport, ${document.targets.length.toLocaleString("en-GB")} targets over 200,000 objectives, shared index`,
      "< 1.5 s",
      runs,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The cascade checker.

const FINDING_OBJECTIVES = 250_000;

function cascadeGoals(builds: Builds): GoalRow[] {
  // Per finding: the same cascade with unSMART actions and with SMART ones, on a fresh index each
  // (indexing included both times, so it cancels); the difference over the extra findings.
  const smart = JSON.parse(JSON.stringify(generateFramework({ objectives: FINDING_OBJECTIVES }))) as Framework;
  const unSmart = JSON.parse(JSON.stringify(withUnSmartActions(smart))) as Framework;
  const findings = {
    smart: builds.after.checkCascade(smart).findings.length,
    unSmart: builds.after.checkCascade(unSmart).findings.length,
  };
  for (const library of [builds.before, builds.after]) {
    library.checkCascade(smart);
    library.checkCascade(unSmart);
  }
  const runs = alternate(rounds(5), (side) => ({
    smart: timed(() => builds[side].checkCascade(smart)),
    unSmart: timed(() => builds[side].checkCascade(unSmart)),
  }));
  const extra = findings.unSmart - findings.smart;
  const perFinding = (list: readonly { smart: number; unSmart: number }[]): number =>
    ((median(list.map((run) => run.unSmart)) - median(list.map((run) => run.smart))) / extra) * 1000;
  const cost = { before: perFinding(runs.before), after: perFinding(runs.after) };
  progress(`per finding: ${cost.before.toFixed(2)} → ${cost.after.toFixed(2)} µs (${String(extra)} findings)`);

  const million = JSON.parse(JSON.stringify(generateFramework({ objectives: 1_000_000 }))) as Framework;
  for (const library of [builds.before, builds.after]) library.checkCascade(million);
  const cold = alternate(rounds(3), (side) => timed(() => builds[side].checkCascade(million)));
  progress(`clean 1M cold: ${median(cold.before).toFixed(0)} → ${median(cold.after).toFixed(0)} ms`);
  const ms = (list: readonly { smart: number; unSmart: number }[], key: "smart" | "unSmart"): string =>
    `${median(list.map((run) => run[key])).toFixed(0)} ms`;
  return [
    {
      goal: "checkCascade, cost of a finding",
      measure:
        `${FINDING_OBJECTIVES.toLocaleString("en-GB")} objectives with unSMART actions (${findings.unSmart.toLocaleString("en-GB")} findings)` +
        ` less SMART (${findings.smart.toLocaleString("en-GB")}), over the difference; checkCascade(framework) (a rate: a quarter of 1M)`,
      target: "≤ 1 µs/finding",
      unit: "µs/finding",
      better: "lower",
      ...cost,
      bound: { figure: 1, of: "after" },
      met: cost.after <= 1,
      note: `after: unSMART ${ms(runs.after, "unSmart")}, SMART ${ms(runs.after, "smart")}; before: ${ms(runs.before, "unSmart")}, ${ms(runs.before, "smart")}`,
    },
    timeGoalRow(
      "clean million-objective cascade, cold",
      "checkCascade(framework) of 1,000,000 generated objectives, indexing included",
      "< 2 s",
      cold,
    ),
  ];
}

/** The sections, each run in a process of its own, in this order. */
export const GOAL_SECTIONS: Record<string, (builds: Builds) => GoalRow[]> = {
  cli: cliGoals,
  parse: parseGoals,
  status: statusGoals,
  evaluate: evaluateGoals,
  report: reportGoals,
  cascade: cascadeGoals,
};

/**
 * How far the after figure is from the goal, as a factor still to gain: "met" when it is met, else
 * e.g. "3.2×" (three times faster still to go).
 */
export function toGo(row: Pick<GoalRow, "before" | "after" | "better" | "bound" | "met">): string {
  if (row.met) return "met";
  const factor =
    row.bound.of === "speed-up"
      ? row.bound.figure / speedUp(row)
      : row.better === "lower"
        ? row.after / row.bound.figure
        : row.bound.figure / row.after;
  return `${factor.toFixed(1)}× to go`;
}

function figure(value: number, unit: GoalRow["unit"]): string {
  if (Number.isNaN(value)) return "?";
  if (unit === "µs/finding") return `${value.toFixed(2)} µs`;
  if (unit === "statuses/s" || unit === "targets/s") return `${Math.round(value).toLocaleString("en-GB")}/s`;
  return `${Math.round(value).toLocaleString("en-GB")} ${unit}`;
}

/** The goals table as text: goal, target, before, after, speed-up, met, then what was measured. */
export function formatGoalsTable(rows: readonly GoalRow[]): string {
  const header = ["goal", "target", "before", "after", "speed-up", "met", "measured"];
  // "met" reads "yes", or how many times better the after figure must still get.
  const cells = rows.map((row) => [
    row.goal,
    row.target,
    figure(row.before, row.unit),
    figure(row.after, row.unit),
    `${speedUp(row).toFixed(2)}×`,
    row.met ? "yes" : `no, ${toGo(row)}`,
    row.note === undefined ? row.measure : `${row.measure}; ${row.note}`,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] as string).length)),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => (column === values.length - 1 ? value : value.padEnd(widths[column] as number)))
      .join("  ");
  return [line(header), widths.map((width) => "-".repeat(Math.min(width, 40))).join("  "), ...cells.map(line)].join(
    "\n",
  );
}

const ROWS_PREFIX = "GOAL-ROWS ";

/**
 * The group: builds dist/ if stale, checks the baseline is there, then runs each section in a child
 * process and prints the table.
 */
export function goalsBenchmarks(): void {
  let baseline: Build;
  try {
    baseline = baselineBuild();
  } catch (error) {
    // In the run of every group, a missing baseline skips this one; asked for by name, it fails.
    console.log(error instanceof Error ? error.message : String(error));
    if (process.env.PM_BENCH_ALL !== "1") process.exitCode = 2;
    return;
  }
  const current = currentBuild();
  const wanted = (process.env.PM_BENCH_GOALS ?? Object.keys(GOAL_SECTIONS).join(","))
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const unknown = wanted.filter((name) => !(name in GOAL_SECTIONS));
  if (unknown.length > 0) throw new Error(`unknown goal section(s) ${unknown.join(", ")}`);
  console.log(`before: ${baseline.description}\nafter:  ${current.description}\n`);
  const rows: GoalRow[] = [];
  const started = performance.now();
  for (const name of wanted) {
    const sectionStart = performance.now();
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), name],
      {
        cwd: ROOT,
        // dist/ was built (or found fresh) above: a section uses it as it is.
        env: { ...process.env, PM_BENCH_BUILD: "never" },
        stdio: ["ignore", "pipe", "inherit"],
        encoding: "utf8",
        maxBuffer: 1 << 26,
      },
    );
    const line = child.stdout.split("\n").find((text) => text.startsWith(ROWS_PREFIX));
    if (child.status !== 0 || line === undefined) {
      console.log(`${name}: the section failed (exit ${String(child.status)})\n${child.stdout}`);
      process.exitCode = 1;
      continue;
    }
    const section = JSON.parse(line.slice(ROWS_PREFIX.length)) as GoalRow[];
    rows.push(...section);
    console.log(
      `${formatGoalsTable(section)}\n(${name}: ${((performance.now() - sectionStart) / 1000).toFixed(0)} s)\n`,
    );
  }
  console.log(
    `\n## Goals of issue 22: before and after, one run (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  console.log(formatGoalsTable(rows));
  console.log(
    "\nspeed-up: before ÷ after for times, sizes and costs; after ÷ before for rates (above 1 is better)." +
      " In-process rows alternate the builds (before, after, then after, before) with a full collection before" +
      " each call and compare medians; a machine's noise shows as a ratio away from 1 when both builds are the same.",
  );
}

/** Run directly (by goalsBenchmarks): one section, its rows printed as one JSON line. */
async function runSection(name: string): Promise<void> {
  const section = GOAL_SECTIONS[name];
  if (section === undefined) throw new Error(`unknown goal section ${name}`);
  const baseline = baselineBuild();
  const current = currentBuild();
  const builds: Builds = { before: await loadBuild(baseline), after: await loadBuild(current), baseline, current };
  console.log(`${ROWS_PREFIX}${JSON.stringify(section(builds))}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runSection(process.argv[2] ?? "");
}
