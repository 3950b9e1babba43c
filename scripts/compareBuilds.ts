/**
 * `npm run fuzz:compare -- [COUNT] [SEED] [CLI] [CSV]`: every engine's answers on COUNT generated
 * frameworks with the baseline build (`.pack/baseline/`, made by `npm run bench:baseline -- <git-ref
 * | file.tgz>`) and with the current one (dist/, built with `npx tsup` when src/ is newer), compared
 * byte for byte. Prints "identical" with the count of answers compared, or the first difference: the
 * engine and its arguments, the framework (its arbitrary, seed and number) and the path inside the
 * answer where they part, with both values; exits 1 on a difference.
 *
 * The frameworks are the fuzz run's (scripts/zoneDigest.ts: any document and valid cascades), the
 * report's and the reviews' generators, and generated authorities with many measurements; each
 * document is also spoiled in a few places (seeded) so `safeParseFramework`'s issues on invalid
 * documents are compared as well. The first CLI valid cascades (default 4) also go through both
 * builds' command lines (validate, check, evaluate with a CSV of their measurements and two bad rows,
 * full and status, report), output and exit code compared; and CSV (default 20) quirky measurement
 * files (quoted commas, quotes and line breaks, CRLF, a BOM, short and long rows, bad cells) through
 * both builds' `evaluate --measurements`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { Framework, FrameworkIndex, Measurement } from "../src/index.js";
import { type Build, type Library, baselineBuild, cliOf, currentBuild, loadBuild } from "../bench/builds.js";
import { generateAuthority, seededRandom } from "../bench/generate.js";
import { cascadeArbitrary } from "../test/arbitraries/cascade.js";
import { frameworkArbitrary } from "../test/arbitraries/framework.js";
import { reportableFrameworkArbitrary } from "../test/arbitraries/report.js";
import { reviewedFrameworkArbitrary } from "../test/arbitraries/reviews.js";

const AS_OF = ["1990-01-01", "2001-06-30", "2002-03-31", "2003-09-30", "2005-03-31", "2040-12-31"] as const;
const KINDS = ["plan", "objective", "target", "owner"] as const;

/** One engine call: its label (engine and arguments) and its answer as JSON, or what it threw. */
interface Answer {
  readonly label: string;
  readonly text: string;
}

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The answer of one call as text: its JSON, or the error it threw (class, code, message, issues). */
function answerOf(call: () => unknown): string {
  try {
    const value = call();
    return value === undefined ? "undefined" : JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof Error)) return JSON.stringify({ threw: String(error) });
    const { code, issues } = error as { code?: unknown; issues?: unknown };
    return JSON.stringify({ threw: error.name, code, message: error.message, issues });
  }
}

/** Every engine's answers on one document with one build, in a fixed order. */
export function answersWith(library: Library, document: unknown): Answer[] {
  const answers: Answer[] = [];
  const ask = (label: string, call: () => unknown): void => {
    answers.push({ label, text: answerOf(call) });
  };
  const parsed = library.safeParseFramework(jsonCopy(document));
  // The error's message is not an own enumerable property: copied so that JSON holds it.
  ask("safeParseFramework", () =>
    parsed.success ? parsed : { success: false, message: parsed.error.message, issues: parsed.error.issues },
  );
  if (!parsed.success) return answers;
  const framework = parsed.data;
  const index: FrameworkIndex = library.indexFramework(framework);
  const first = <T>(items: Iterable<T>, count = 3): T[] => [...items].slice(0, count);
  const objectives = first(index.objectives.keys());
  const targets = first(index.targets.keys());
  const owners = first(index.owners.keys());
  const plans = first(index.plans.keys(), 2);

  ask("checkCascade", () => library.checkCascade(index));
  ask("statusHistory (BRAG)", () => library.statusHistory(index, { dates: AS_OF, scale: library.BRAG }));
  ask("statusHistory (DCA5)", () => library.statusHistory(index, { dates: AS_OF, scale: library.DCA5 }));
  ask("renderCascadeMermaid", () => library.renderCascadeMermaid(index));
  for (const id of objectives) {
    ask(`traceUp(${id})`, () => library.traceUp(index, id));
    ask(`traceDown(${id})`, () => library.traceDown(index, id));
    ask(`accountableOwners(${id})`, () => library.accountableOwners(index, id));
  }
  for (const id of owners) ask(`ownerPortfolio(${id})`, () => library.ownerPortfolio(index, id));
  for (const id of plans) ask(`planOverview(${id})`, () => library.planOverview(index, id));
  for (const asOf of AS_OF) {
    const full = library.evaluateFramework(index, { asOf, scale: library.RAG });
    ask(`checkCascade(asOf ${asOf})`, () => library.checkCascade(index, { asOf }));
    ask(`evaluateFramework(${asOf}, RAG)`, () => full);
    ask(`evaluateFramework(${asOf}, DCA5)`, () => library.evaluateFramework(index, { asOf, scale: library.DCA5 }));
    const statuses = library.evaluateFramework(index, { asOf, detail: "status" });
    ask(`evaluateFramework(${asOf}, status)`, () => statuses);
    for (const method of ["worst", "weighted", "share-green"] as const)
      ask(`rollUp(${asOf}, ${method})`, () => library.rollUp(index, full.targets, { method }));
    ask(`impact(${asOf})`, () => library.impact(index, statuses));
    ask(`overdueReviews(${asOf})`, () => library.overdueReviews(index, { asOf }));
    ask(`deriveEvidence(${asOf})`, () => library.deriveEvidence(index, { asOf }));
    for (const id of targets) {
      ask(`evaluateTarget(${id}, ${asOf})`, () => library.evaluateTarget(index, id, { asOf }));
      ask(`actionsInHand(${id}, ${asOf})`, () => library.actionsInHand(index, id, { asOf }));
      ask(`expectedYearToDate(${id}, ${asOf})`, () => library.expectedYearToDate(index, id, asOf));
    }
    for (const cycle of index.reviewCycles.values())
      for (const kind of KINDS)
        for (const id of [...objectives, ...targets])
          ask(`reviewsDue(${cycle.id}, ${kind} ${id}, ${asOf})`, () =>
            library.reviewsDue(index, cycle.id, { kind, id }, { asOf }),
          );
  }
  for (const asOf of ["2001-06-30", "2002-06-30", "2003-12-31"]) {
    for (const audience of ["executive", "scrutiny"] as const) {
      const report = library.performanceReport(index, { asOf, audience });
      ask(`performanceReport(${asOf}, ${audience})`, () => report);
      ask(`renderReportMarkdown(${asOf}, ${audience})`, () => library.renderReportMarkdown(report));
      ask(`renderReportHtml(${asOf}, ${audience}, charts)`, () => library.renderReportHtml(report, { charts: index }));
    }
    for (const id of targets.slice(0, 2))
      ask(`renderTrajectorySvg(${id}, ${asOf})`, () => library.renderTrajectorySvg(index, id, { asOf }));
  }
  ask("reviewSchedule", () => library.reviewSchedule(index, { from: "2001-04-01", to: "2004-03-31" }));
  for (const target of index.targets.values()) {
    const [from, to] = [target.baseline.date, target.goal.date].sort();
    ask(`trajectory(${target.id})`, () =>
      library.trajectory(target, { from: from as string, to: to as string, frequency: "quarterly" }),
    );
    for (const asOf of AS_OF) {
      ask(`expectedValue(${target.id}, ${asOf})`, () => library.expectedValue(target, asOf));
      ask(`expectedBand(${target.id}, ${asOf})`, () => library.expectedBand(target, asOf));
    }
  }
  return answers;
}

/** Where two JSON values first part: a path like `targets[3].status`, with both values. */
export function firstDifference(
  before: unknown,
  after: unknown,
  path = "$",
): { path: string; before: unknown; after: unknown } | undefined {
  // An explicit stack, in document order: answers can be deep.
  const stack: [unknown, unknown, string][] = [[before, after, path]];
  while (stack.length > 0) {
    const [a, b, at] = stack.pop() as [unknown, unknown, string];
    if (a === b) continue;
    if (
      typeof a !== "object" ||
      typeof b !== "object" ||
      a === null ||
      b === null ||
      Array.isArray(a) !== Array.isArray(b)
    )
      return { path: at, before: a, after: b };
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) return { path: `${at}.length`, before: a.length, after: b.length };
      for (let i = a.length - 1; i >= 0; i -= 1) stack.push([a[i], b[i], `${at}[${String(i)}]`]);
      continue;
    }
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.join("\u0000") !== keysB.join("\u0000")) return { path: `${at} (keys)`, before: keysA, after: keysB };
    for (let i = keysA.length - 1; i >= 0; i -= 1) {
      const key = keysA[i] as string;
      stack.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`]);
    }
  }
  return undefined;
}

/** Values a spoiled document holds in place of a good one. */
const SPOILERS: readonly unknown[] = [null, -1, "", "x", {}, [], "2001-02-30", "1e999", true, "12.5", 0, "__proto__"];

/** Every path to a value in a JSON document (objects and arrays included, the root excluded). */
function pathsOf(document: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[document, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, (string | number)[]];
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => stack.push([item, [...path, i]]));
    else if (typeof value === "object" && value !== null)
      for (const [key, item] of Object.entries(value)) stack.push([item, [...path, key]]);
  }
  return paths;
}

/** The document with one to three values replaced by wrong ones or removed (seeded). */
export function spoiled(document: unknown, seed: number): unknown {
  const copy = jsonCopy(document);
  const random = seededRandom(seed);
  const paths = pathsOf(copy);
  const count = 1 + Math.floor(random() * 3);
  for (let k = 0; k < count && paths.length > 0; k += 1) {
    const path = paths[Math.floor(random() * paths.length)] as (string | number)[];
    let parent: unknown = copy;
    for (const segment of path.slice(0, -1))
      parent = typeof parent === "object" && parent !== null ? (parent as Record<string, unknown>)[segment] : undefined;
    if (typeof parent !== "object" || parent === null) continue;
    const key = path[path.length - 1] as string | number;
    const holder = parent as Record<string | number, unknown>;
    if (random() < 0.15 && !Array.isArray(parent)) Reflect.deleteProperty(holder, key);
    else holder[key] = SPOILERS[Math.floor(random() * SPOILERS.length)];
  }
  return copy;
}

/** The documents compared: the fuzz run's mix, the report's and the reviews' generators, and authorities. */
export function documentsOf(count: number, seed: number): { name: string; document: unknown }[] {
  const quarter = Math.max(1, Math.ceil(count / 4));
  const named = (name: string, documents: readonly unknown[]): { name: string; document: unknown }[] =>
    documents.map((document, i) => ({ name: `${name} #${String(i)}`, document }));
  const documents = [
    ...named(`frameworkArbitrary seed ${String(seed)}`, fc.sample(frameworkArbitrary, { numRuns: quarter, seed })),
    ...named(
      `cascadeArbitrary seed ${String(seed + 1)}`,
      fc.sample(cascadeArbitrary, { numRuns: quarter, seed: seed + 1 }),
    ),
    ...named(
      `reportableFrameworkArbitrary seed ${String(seed + 2)}`,
      fc.sample(reportableFrameworkArbitrary, { numRuns: quarter, seed: seed + 2 }),
    ),
    ...named(
      `reviewedFrameworkArbitrary seed ${String(seed + 3)}`,
      fc.sample(reviewedFrameworkArbitrary, { numRuns: quarter, seed: seed + 3 }),
    ),
  ].slice(0, count);
  // Measurement-heavy documents, valid and spoiled (the validation fast path's ground).
  for (let a = 0; a < 3; a += 1)
    documents.push({ name: `generateAuthority(60, ${String(seed + a)})`, document: generateAuthority(60, seed + a) });
  return [
    ...documents,
    ...documents.flatMap(({ name, document }, i) =>
      [0, 1].map((k) => ({
        name: `${name}, spoiled (seed ${String(seed * 1000 + i * 2 + k)})`,
        document: spoiled(document, seed * 1000 + i * 2 + k),
      })),
    ),
  ];
}

/** A framework's measurements as the CLI's CSV, with two bad rows at the end. */
function csvOf(measurements: readonly Measurement[]): string {
  const cell = (value: string | number | undefined): string => {
    const text = value === undefined ? "" : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = measurements.map((m) => [m.indicator, m.date, m.value, m.quality, m.note].map(cell).join(","));
  const indicator = measurements[0]?.indicator ?? "pi-none";
  return (
    ["indicator,date,value,quality,note", ...rows, `${indicator},2001-02-30,12`, `${indicator},2001-06-30,`].join(
      "\n",
    ) + "\n"
  );
}

/**
 * Both builds' command line `args` run in `folder` (on `what`, for the message): where their exit
 * codes, stdout and stderr part, with 80 characters before and 120 after, or `undefined` when identical.
 */
function cliDifference(
  builds: readonly [Build, Build],
  folder: string,
  args: readonly string[],
  what: string,
): string | undefined {
  const [before, after] = builds.map((build) => {
    const child = spawnSync(process.execPath, [cliOf(build), ...args], { cwd: folder, encoding: "utf8" });
    return `exit ${String(child.status)}\n--- stdout\n${child.stdout}\n--- stderr\n${child.stderr}`;
  }) as [string, string];
  if (before === after) return undefined;
  let at = 0;
  while (at < before.length && before[at] === after[at]) at += 1;
  return `CLI \`${args.join(" ")}\` on ${what}: the outputs part at character ${String(at)}:\n  before: ${JSON.stringify(before.slice(Math.max(0, at - 80), at + 120))}\n  after:  ${JSON.stringify(after.slice(Math.max(0, at - 80), at + 120))}`;
}

/** Both builds' command lines on one valid framework; the first command whose output differs. */
function compareCli(builds: readonly [Build, Build], framework: Framework, name: string): string | undefined {
  const folder = mkdtempSync(join(tmpdir(), "pm-compare-"));
  try {
    const { measurements = [], ...rest } = framework;
    writeFileSync(join(folder, "framework.json"), JSON.stringify({ ...rest, measurements: [] }));
    writeFileSync(join(folder, "whole.json"), JSON.stringify(framework));
    writeFileSync(join(folder, "measurements.csv"), csvOf(measurements));
    const commands = [
      ["validate", "whole.json"],
      ["check", "whole.json", "--as-of", "2002-03-31", "--format", "json"],
      ["evaluate", "framework.json", "--as-of", "2002-03-31", "--measurements", "measurements.csv", "--format", "json"],
      ["evaluate", "framework.json", "--as-of", "2002-03-31", "--measurements", "measurements.csv"],
      [
        "evaluate",
        "framework.json",
        "--as-of",
        "2003-03-31",
        "--detail",
        "status",
        "--measurements",
        "measurements.csv",
      ],
      ["report", "whole.json", "--as-of", "2002-06-30"],
    ];
    for (const args of commands) {
      const difference = cliDifference(builds, folder, args, name);
      if (difference !== undefined) return difference;
    }
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Picks one of `items` with `random`. */
function oneOf<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * A measurements CSV with the quirks a council's export has (seeded): quoted cells holding commas,
 * quotes and line breaks, CRLF or LF, a byte-order mark, blank lines, short and long rows, columns
 * in another order or repeated, spaces around cells, unknown indicators, impossible dates, values
 * that are not numbers, unknown qualities, and a last line with or without its line break.
 */
export function quirkyCsv(seed: number, indicators: readonly string[]): string {
  const random = seededRandom(seed);
  const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`;
  const headers = [
    ["indicator", "date", "value", "quality", "note"],
    ["indicator", "date", "value"],
    ["date", "indicator", "value", "correctiveAction", "note", "quality"],
    ["value", "date", "indicator", "note"],
    ["indicator", "date", "value", "note", "note"],
    ["indicator", "date", "amount"],
    [" indicator", "date ", "value"],
  ];
  const header = random() < 0.75 ? (headers[0] as string[]) : oneOf(random, headers);
  // A third of the files clean (every cell good, quoted or not), a fifth with a row too short or too long.
  const kind = random();
  const clean = kind < 0.35;
  const structural = kind > 0.8;
  const pick = (good: readonly string[], bad: readonly string[]): string =>
    clean || random() < 0.75 ? oneOf(random, good) : oneOf(random, bad);
  const cellOf = (column: string): string => {
    switch (column.trim()) {
      case "indicator":
        return pick([...indicators, quote(indicators[0] ?? "")], ["pi-unknown", "", ` ${indicators[0] ?? ""}`]);
      case "date": {
        const day = new Date(Date.UTC(2001, 3, 1) + Math.floor(random() * 1100) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        return pick([day, day, quote(day)], ["2001-02-30", "2001-6-30", "", "30/06/2001"]);
      }
      case "value":
        return pick(
          [
            (random() * 200 - 50).toFixed(Math.floor(random() * 4)),
            String(Math.floor(random() * 100)),
            "-0",
            "0.00000000000000000001",
          ],
          ["1e5", "abc", "", " 12", quote("1,5"), "0.000000000000000000001"],
        );
      case "quality":
        return pick(
          ["", "", "provisional", "estimate", "validated", quote("provisional")],
          ["final", "estimated", " provisional"],
        );
      case "note":
      case "correctiveAction":
        return oneOf(random, [
          "",
          "",
          "",
          "Checked",
          quote("Estimated, pending audit"),
          quote('Said "later"'),
          quote("two\nlines"),
          quote(""),
        ]);
      default:
        return "x";
    }
  };
  const newline = random() < 0.3 ? "\r\n" : "\n";
  const rows: string[] = [header.join(",")];
  const count = 5 + Math.floor(random() * 40);
  for (let r = 0; r < count; r += 1) {
    const roll = random();
    if (roll < 0.04) rows.push("");
    else if (structural && roll < 0.06) rows.push(header.slice(0, -1).map(cellOf).join(","));
    else if (structural && roll < 0.08) rows.push([...header.map(cellOf), "extra"].join(","));
    else rows.push(header.map(cellOf).join(","));
  }
  const text = rows.join(newline) + (random() < 0.8 ? newline : "");
  return random() < 0.1 ? `\uFEFF${text}` : text;
}

/** Both builds' `evaluate --measurements` on quirky CSVs; the first whose output or exit code differs. */
function compareCsv(builds: readonly [Build, Build], count: number, seed: number): string | undefined {
  const folder = mkdtempSync(join(tmpdir(), "pm-compare-csv-"));
  try {
    const framework = generateAuthority(6, seed);
    writeFileSync(join(folder, "framework.json"), JSON.stringify({ ...framework, measurements: [] }));
    const indicators = framework.indicators.map((indicator) => indicator.id);
    for (let i = 0; i < count; i += 1) {
      writeFileSync(join(folder, "m.csv"), quirkyCsv(seed * 7919 + i, indicators));
      const args =
        i % 2 === 0
          ? ["evaluate", "framework.json", "--as-of", "2003-03-31", "--measurements", "m.csv", "--format", "json"]
          : ["evaluate", "framework.json", "--as-of", "2003-03-31", "--detail", "status", "--measurements", "m.csv"];
      const difference = cliDifference(builds, folder, args, `quirkyCsv(${String(seed * 7919 + i)})`);
      if (difference !== undefined) return difference;
    }
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [count = "200", seed = "8", cli = "4", csv = "20"] = process.argv.slice(2);
  const baseline = baselineBuild();
  const current = currentBuild();
  const [before, after] = [await loadBuild(baseline), await loadBuild(current)];
  console.log(`fuzz:compare: before ${baseline.description}; after ${current.description}`);
  const started = performance.now();
  const documents = documentsOf(Number(count), Number(seed));
  let compared = 0;
  for (const { name, document } of documents) {
    const [answersBefore, answersAfter] = [answersWith(before, document), answersWith(after, document)];
    const length = Math.max(answersBefore.length, answersAfter.length);
    for (let i = 0; i < length; i += 1) {
      const a = answersBefore[i] ?? { label: "none", text: "" };
      const b = answersAfter[i] ?? { label: "none", text: "" };
      if (a.label === b.label && a.text === b.text) continue;
      console.log(`DIFFERENT: ${name}`);
      if (a.label !== b.label) {
        console.log(`  the builds answered different calls at #${String(i)}: before ${a.label}, after ${b.label}`);
      } else {
        const where = firstDifference(JSON.parse(a.text) as unknown, JSON.parse(b.text) as unknown);
        console.log(`  engine: ${a.label}`);
        console.log(`  path:   ${where?.path ?? "(the texts differ in key order)"}`);
        console.log(`  before: ${JSON.stringify(where?.before ?? a.text.slice(0, 200))}`);
        console.log(`  after:  ${JSON.stringify(where?.after ?? b.text.slice(0, 200))}`);
      }
      process.exitCode = 1;
      return;
    }
    compared += length;
  }
  const cascades = fc.sample(cascadeArbitrary, { numRuns: Number(cli), seed: Number(seed) + 1 });
  for (const [i, framework] of cascades.entries()) {
    const difference = compareCli(
      [baseline, current],
      framework,
      `cascadeArbitrary seed ${String(Number(seed) + 1)} #${String(i)}`,
    );
    if (difference !== undefined) {
      console.log(`DIFFERENT: ${difference}`);
      process.exitCode = 1;
      return;
    }
  }
  const csvDifference = compareCsv([baseline, current], Number(csv), Number(seed));
  if (csvDifference !== undefined) {
    console.log(`DIFFERENT: ${csvDifference}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `fuzz:compare: identical: ${compared.toLocaleString("en-GB")} answers on ${String(documents.length)} documents` +
      ` (${count} generated from seed ${seed}, 3 authorities, each also spoiled twice), 6 commands on ${String(cascades.length)} cascades through both command lines, and ${csv} quirky CSVs through \`evaluate --measurements\`` +
      ` (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
