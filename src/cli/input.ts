import { constants, isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { type Framework, type FrameworkIssue, type SafeParseFrameworkResult, safeParseFramework } from "../index.js";
import { CliError, type CliIo, type Progress, inputError, printable, usageError } from "./io.js";
import { parseJsonText } from "./json.js";
import { measurementWarnings } from "./warnings.js";
import {
  type CsvKind,
  type CsvLocate,
  type CsvMeasurements,
  type CsvProblem,
  type CsvTable,
  ListedRows,
  MEASUREMENTS_CSV,
  cellAt,
  csvIssue,
  readCsv,
} from "./csv.js";
import { BUDGETS_CSV, SPEND_CSV, type SpendRow, budgetLinesOf, unbudgetedRows } from "./resourcesCsv.js";

/** @internal How a file is named in messages: `standard input` for `-`; a path {@link printable}. */
export function displayName(path: string): string {
  return path === "-" ? "standard input" : printable(path);
}

/**
 * @internal The most bytes one input may hold: V8's longest string (536,870,888 UTF-16 units, 512 MiB
 * less 24 bytes). UTF-8 never decodes to more units than it has bytes, so any input up to this size
 * becomes one string; a larger one is refused before it is all read.
 */
export const MAX_INPUT_BYTES: number = constants.MAX_STRING_LENGTH;

function tooLarge(name: string): CliError {
  return usageError(
    `${name}: cannot read: larger than ${MAX_INPUT_BYTES.toLocaleString("en-GB")} bytes (512 MiB), the most one input may hold`,
  );
}

/**
 * @internal The bytes of a stream, up to {@link MAX_INPUT_BYTES}: a file's and standard input's alike,
 * so the one limit and its message hold for both.
 */
async function collect(chunks: AsyncIterable<string | Uint8Array>, name: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    size += part.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(name);
    parts.push(part);
  }
  return Buffer.concat(parts, size);
}

/**
 * @internal The byte offset of the first byte that does not start or continue a well-formed UTF-8
 * sequence (overlong forms, surrogates and code points above U+10FFFF included), or -1 when all do.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] as number;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return at;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or beyond U+10FFFF).
    const [low, high] =
      lead === 0xe0
        ? [0xa0, 0xbf]
        : lead === 0xed
          ? [0x80, 0x9f]
          : lead === 0xf0
            ? [0x90, 0xbf]
            : lead === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const byte = bytes[at + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return at;
    }
    at += length;
  }
  return -1;
}

/**
 * Refuses bytes that are not UTF-8 (a file saved as Windows-1252, whose "£" would otherwise become
 * "\uFFFD" without a word), naming the line and column of the first bad byte.
 */
function checkUtf8(bytes: Buffer, name: string): void {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return;
  const before = bytes.subarray(0, at);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  const line = before.reduce((count, byte) => (byte === 0x0a ? count + 1 : count), 1);
  const column = bytes.subarray(lineStart, at).toString("utf8").length + 1;
  const byte = (bytes[at] as number).toString(16).toUpperCase().padStart(2, "0");
  throw inputError(
    `${name}: not UTF-8: line ${String(line)}, column ${String(column)}: byte 0x${byte} is not UTF-8 text; save the file as UTF-8`,
  );
}

/**
 * @internal Reads a path, or standard input for `-`, as UTF-8 without its byte-order mark. Both are
 * read as a stream of bytes with one limit, so standard input of any size behaves as a file of that size.
 */
async function readText(path: string, io: CliIo): Promise<string> {
  const name = displayName(path);
  let bytes: Buffer;
  try {
    bytes = await collect(path === "-" ? io.stdin : createReadStream(path, { highWaterMark: 1 << 20 }), name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    // A system error (ENOENT, EISDIR, EIO…) is the input's; anything else is a bug, and stays one.
    if (error instanceof CliError || typeof code !== "string") throw error;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : (error as Error).message;
    throw usageError(`${name}: cannot read: ${why}`);
  }
  checkUtf8(bytes, name);
  const text = bytes.toString("utf8");
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** @internal Reads and parses a JSON file (or standard input). */
export async function readJson(path: string, io: CliIo): Promise<unknown> {
  return parseJsonText(await readText(path, io), displayName(path));
}

const problems = (count: number): string => (count === 1 ? "1 problem" : `${String(count)} problems`);

/** @internal The lines that list a framework's validation problems under a heading naming its file. */
export function issueLines(name: string, issues: readonly FrameworkIssue[]): string[] {
  const total = issues.reduce((sum, issue) => sum + (issue.code === "too_many_issues" ? issue.omitted : 1), 0);
  const lines = [`${name}: not a valid framework (${problems(total)}):`];
  // A message quotes the data (an id, a key): each stays on its one line, with nothing a terminal acts on.
  for (const issue of issues) lines.push(`  ${printable(issue.message)}`);
  return lines;
}

/**
 * @internal The lines that list the problems of a CSV's rows under a heading naming the CSV file (not
 * the framework, which may be sound) and what its rows are ("in the measurements", "in the spend"):
 * each row's problem with its line and column, in the file's order, then what was counted but not listed.
 */
export function csvProblemLines(
  csv: CsvTable<unknown>,
  rows: readonly CsvProblem[],
  unlisted: readonly { readonly count: number; readonly text: string }[] = [],
  kind: "problem" | "warning" = "problem",
  after = "",
): string[] {
  const total = unlisted.reduce((sum, more) => sum + more.count, rows.length);
  return [
    `${csv.name}: ${String(total)} ${kind}${total === 1 ? "" : "s"} in the ${csv.kind.collection}${after}:`,
    ...[...rows].sort((a, b) => a.line - b.line).map((row) => `  ${row.text}`),
    ...unlisted.filter((more) => more.count > 0).map((more) => `  ${more.text}`),
  ];
}

function invalidIssues(document: unknown): readonly FrameworkIssue[] {
  const result = safeParseFramework(document);
  return result.success ? [] : result.error.issues;
}

/** @internal The CSV files a command adds to its framework, each by the framework's list it adds to. */
export interface CsvFiles {
  /** Measurements, `indicator,date,value` (`--measurements`). */
  readonly measurements?: string | undefined;
  /** Spend entries, `budget,date,amount` (`--spend`). */
  readonly spend?: string | undefined;
  /** Budget lines, `budget,year,amount` a line and year (`--budgets`). */
  readonly budgets?: string | undefined;
}

/** The CSV files, in the order they are read, with what their rows are called in a misuse message. */
const CSV_FILES = [
  ["measurements", "the measurements"],
  ["spend", "the spend"],
  ["budgets", "the budgets"],
] as const;

/**
 * @internal Misuse, said before anything is read (standard input that never closes would otherwise
 * hide it): two of the inputs from standard input.
 */
export function oneStandardInput(path: string, files: CsvFiles): void {
  const fromStdin = [
    ...(path === "-" ? ["the framework"] : []),
    ...CSV_FILES.filter(([option]) => files[option] === "-").map(([, words]) => words),
  ];
  if (fromStdin.length > 1)
    throw usageError(`${fromStdin[0] as string} and ${fromStdin[1] as string} cannot both come from standard input`);
}

/** One CSV file read: its rows, the entries they add to the framework's list, and the rows found wanting before validation. */
interface CsvSource {
  readonly csv: CsvTable<unknown>;
  /** What is added after the framework's own entries: the rows, or the budget lines the rows make. */
  readonly entries: readonly unknown[];
  /** Where a problem of an entry is in the file, when an entry is not one row. */
  readonly locate?: CsvLocate;
  /** Rows that are wrong whatever validation says (an unknown indicator, a budget line the framework has). */
  readonly found: ListedRows;
}

/** The framework's own list a CSV adds to; undefined when it is there and not a list (validation's to report). */
function ownEntries(document: object, collection: string): readonly unknown[] | undefined {
  const base = (document as Record<string, unknown>)[collection];
  return Array.isArray(base) ? (base as unknown[]) : base === undefined ? [] : undefined;
}

/** Reads one CSV file, to be added to the framework's list its kind names. */
async function readSource(
  document: unknown,
  name: string,
  kind: CsvKind<unknown>,
  path: string,
  io: CliIo,
  progress: Progress | undefined,
): Promise<CsvSource> {
  if (typeof document !== "object" || document === null || Array.isArray(document))
    throw inputError(`${name}: not a valid framework: the document is not an object`);
  progress?.report(`reading ${displayName(path)}`);
  const existing = ownEntries(document, kind.collection);
  if (existing === undefined) throw inputError(issueLines(name, invalidIssues(document)).join("\n"));
  const text = await readText(path, io);
  const read = <Row>(of: CsvKind<Row>): CsvTable<Row> =>
    readCsv(of, { text, name: displayName(path), base: existing.length, progress });
  if (kind === BUDGETS_CSV) {
    const csv = read(BUDGETS_CSV);
    const { lines, locate, found } = budgetLinesOf(csv, idsOf(existing));
    return { csv, entries: lines, locate, found };
  }
  if (kind === MEASUREMENTS_CSV) {
    const csv = read(MEASUREMENTS_CSV);
    return {
      csv,
      entries: csv.rows,
      found: unknownIndicators(csv, idsOf((document as { indicators?: unknown }).indicators)),
    };
  }
  const csv = read(kind);
  return { csv, entries: csv.rows, found: new ListedRows(() => "") };
}

/**
 * @internal Reads a framework, adds the rows of the CSV files given (measurements, spend, budget
 * lines), each after the framework's own, and validates the whole through `safeParseFramework`:
 * nothing is evaluated until every row is clean.
 */
export async function loadFramework(
  path: string,
  io: CliIo,
  options: CsvFiles & {
    readonly progress?: Progress;
    /** The run's date: a CSV row dated after it is warned about. */
    readonly asOf?: string | undefined;
    /** The CSV's warnings are errors (`--strict`). */
    readonly strict?: boolean;
    /** Where the CSV's warnings are said (standard error), as lines; they do not stop the run. */
    readonly warn?: (lines: readonly string[]) => void;
  } = {},
): Promise<Framework> {
  const name = displayName(path);
  oneStandardInput(path, options);
  const document = await readJson(path, io);
  const sources: CsvSource[] = [];
  for (const kind of [MEASUREMENTS_CSV, SPEND_CSV, BUDGETS_CSV] as const) {
    const file = options[kind.collection as keyof CsvFiles];
    if (file !== undefined) sources.push(await readSource(document, name, kind, file, io, options.progress));
  }
  options.progress?.report(`validating ${name}`);
  const result = validate(document, sources);
  if (!result.success) throw inputError(invalidLines(name, result.error.issues, sources).join("\n"));
  // Rows wrong whatever validation says are refused, though the framework is valid.
  const wanting = sources.filter((source) => source.found.count > 0);
  if (wanting.length > 0)
    throw inputError(wanting.flatMap(({ csv, found }) => csvProblemLines(csv, found.listed, [found.more])).join("\n"));
  const warnings: {
    readonly csv: CsvTable<unknown>;
    readonly rows: CsvProblem[];
    readonly unlisted: ListedRows["more"][];
  }[] = [];
  for (const source of sources) {
    if (source.csv.kind === MEASUREMENTS_CSV) {
      // From `base` on, the framework's measurements are the CSV's rows, validated, in the file's order:
      // they stand in for the CSV's own objects, which are let go before the evaluation.
      const csv = source.csv as CsvMeasurements;
      const measurements = result.data.measurements ?? [];
      const found = measurementWarnings(
        { ...csv, rows: csv.base === 0 ? measurements : measurements.slice(csv.base) },
        result.data,
        options.asOf,
      );
      if (found.count > 0) warnings.push({ csv, rows: found.rows, unlisted: found.unlisted });
    } else if (source.csv.kind === SPEND_CSV) {
      const found = unbudgetedRows(source.csv as CsvTable<SpendRow>, result.data);
      if (found.count > 0) warnings.push({ csv: source.csv, rows: found.listed, unlisted: [found.more] });
    }
  }
  if (warnings.length > 0 && options.strict === true)
    throw inputError(
      warnings.flatMap((w) => csvProblemLines(w.csv, w.rows, w.unlisted, "problem", " (--strict)")).join("\n"),
    );
  for (const w of warnings)
    options.warn?.(
      csvProblemLines(w.csv, w.rows, w.unlisted, "warning", " (the run goes on; --strict makes them errors)"),
    );
  return result.data;
}

/**
 * The problems of a framework that does not validate with its CSV files' rows: each CSV's rows said
 * under the CSV's name, with its rows found wanting before validation, so one run lists every row to
 * mend; the framework's own problems under its name.
 */
function invalidLines(name: string, issues: readonly FrameworkIssue[], sources: readonly CsvSource[]): string[] {
  const own: FrameworkIssue[] = [];
  const rows = sources.map((): CsvProblem[] => []);
  let tooMany: FrameworkIssue | undefined;
  for (const issue of issues) {
    if (issue.code === "too_many_issues") {
      tooMany = issue;
      continue;
    }
    let k = 0;
    let row: CsvProblem | undefined;
    for (; k < sources.length && row === undefined; k += 1) {
      const source = sources[k] as CsvSource;
      row = csvIssue(source.csv, issue, source.locate);
    }
    if (row === undefined) own.push(issue);
    else (rows[k - 1] as CsvProblem[]).push(row);
  }
  const omitted = tooMany?.code === "too_many_issues" ? tooMany.omitted : 0;
  const lines: string[] = [];
  // Past the validator's limit, the problems not listed are counted where the listed ones end.
  if (own.length > 0 || sources.length === 0)
    lines.push(...issueLines(name, tooMany === undefined ? own : [...own, tooMany]));
  const said = sources.flatMap((source, k) => {
    const listed = rows[k] as CsvProblem[];
    return listed.length > 0 || source.found.count > 0 ? [{ source, listed }] : [];
  });
  said.forEach(({ source, listed }, k) => {
    const last = k === said.length - 1 && own.length === 0;
    lines.push(
      ...csvProblemLines(
        source.csv,
        [...listed, ...source.found.listed],
        [source.found.more, ...(last ? [notListed(omitted)] : [])],
      ),
    );
  });
  return lines;
}

/**
 * The framework, with each CSV's entries after its list's own, validated. The document built here
 * lives only in this call: the result is a copy, and the rows' objects (two million at national
 * scale) are let go with it. The document is not changed.
 */
function validate(document: unknown, sources: readonly CsvSource[]): SafeParseFrameworkResult {
  if (sources.length === 0) return safeParseFramework(document);
  // The keys are the lists' names ("measurements", "spend", "budgets"), never an id from the data.
  const whole: Record<string, unknown> = { ...(document as object) };
  for (const { csv, entries } of sources) {
    const existing = (whole[csv.kind.collection] as unknown[] | undefined) ?? [];
    // A framework without entries of its own (the national case) takes the CSV's list as it is.
    whole[csv.kind.collection] = existing.length === 0 ? entries : existing.concat(entries);
  }
  return safeParseFramework(whole);
}

/** The ids of a list's entries as far as they can be read, for a framework that does not validate. */
function idsOf(list: unknown): ReadonlySet<string> | undefined {
  if (!Array.isArray(list)) return undefined;
  const ids = new Set<string>();
  for (const entry of list as unknown[]) {
    const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
    // An entry without a readable id: which ids exist is not known, so no row is blamed on a guess.
    if (typeof id !== "string") return undefined;
    ids.add(id);
  }
  return ids;
}

/** What the validator found and did not list, past its limit, said under the CSV's heading. */
function notListed(count: number): { count: number; text: string } {
  return { count, text: `and ${problems(count)} more, found and not listed; mend the ones listed and run again` };
}

/**
 * The CSV rows whose indicator the framework does not have (a misspelt id): `evaluate` and
 * `report` would otherwise drop the figure without a word, as no target reads it. Each names its
 * line and column, the first ten listed and the rest counted; none when `known` is not known.
 */
function unknownIndicators(csv: CsvMeasurements, known: ReadonlySet<string> | undefined): ListedRows {
  const unknown = new ListedRows((rest) => `${rest === 1 ? "row" : "rows"} naming no indicator`);
  if (known !== undefined)
    csv.rows.forEach((measurement, k) => {
      const id = measurement.indicator;
      if (known.has(id)) return;
      const line = csv.lines[k] as number;
      unknown.add(
        line,
        () => `${cellAt(csv, line, "indicator")}: ${printable(JSON.stringify(id))} names no indicator of the framework`,
      );
    });
  return unknown;
}
