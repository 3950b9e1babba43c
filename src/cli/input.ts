import { constants, isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { type Framework, type FrameworkIssue, type SafeParseFrameworkResult, safeParseFramework } from "../index.js";
import { CliError, type CliIo, type Progress, inputError, printable, usageError } from "./io.js";
import { parseJsonText } from "./json.js";
import { measurementWarnings } from "./warnings.js";
import { type CsvMeasurements, type CsvProblem, csvIssue, readMeasurementsCsv } from "./csv.js";

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
 * @internal The lines that list the problems of a measurements CSV's rows under a heading naming the
 * CSV file (not the framework, which may be sound): each row's problem with its line and column, in
 * the file's order, then what was counted but not listed.
 */
export function csvProblemLines(
  csv: CsvMeasurements,
  rows: readonly CsvProblem[],
  unlisted: readonly { readonly count: number; readonly text: string }[] = [],
  kind: "problem" | "warning" = "problem",
  after = "",
): string[] {
  const total = unlisted.reduce((sum, more) => sum + more.count, rows.length);
  return [
    `${csv.name}: ${String(total)} ${kind}${total === 1 ? "" : "s"} in the measurements${after}:`,
    ...[...rows].sort((a, b) => a.line - b.line).map((row) => `  ${row.text}`),
    ...unlisted.filter((more) => more.count > 0).map((more) => `  ${more.text}`),
  ];
}

function invalidIssues(document: unknown): readonly FrameworkIssue[] {
  const result = safeParseFramework(document);
  return result.success ? [] : result.error.issues;
}

/**
 * @internal Reads a framework, adds the measurements of a CSV file when one is given, and validates
 * the whole through `safeParseFramework`: nothing is evaluated until every row is clean.
 */
export async function loadFramework(
  path: string,
  io: CliIo,
  options: {
    readonly measurements?: string | undefined;
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
  // Misuse is said before anything is read: standard input that never closes would otherwise hide it.
  if (path === "-" && options.measurements === "-")
    throw usageError("the framework and the measurements cannot both come from standard input");
  const document = await readJson(path, io);
  let csv: CsvMeasurements | undefined;
  if (options.measurements !== undefined) {
    if (typeof document !== "object" || document === null || Array.isArray(document))
      throw inputError(`${name}: not a valid framework: the document is not an object`);
    options.progress?.report(`reading ${displayName(options.measurements)}`);
    const base = (document as { measurements?: unknown }).measurements;
    // A `measurements` that is not a list is left for the validation to report.
    const existing = Array.isArray(base) ? (base as unknown[]) : base === undefined ? [] : undefined;
    if (existing === undefined) throw inputError(issueLines(name, invalidIssues(document)).join("\n"));
    csv = readMeasurementsCsv(
      await readText(options.measurements, io),
      displayName(options.measurements),
      existing.length,
      options.progress,
    );
  }
  options.progress?.report(`validating ${name}`);
  const result = validate(document, csv);
  if (!result.success) {
    // The CSV's rows are said under the CSV's name and the framework's own problems under its
    // name; the rows naming no indicator are said with the rest, so one run lists every row to mend.
    const own: FrameworkIssue[] = [];
    const rows: CsvProblem[] = [];
    let tooMany: FrameworkIssue | undefined;
    for (const issue of result.error.issues) {
      const row = csv === undefined ? undefined : csvIssue(csv, issue);
      if (issue.code === "too_many_issues") tooMany = issue;
      else if (row === undefined) own.push(issue);
      else rows.push(row);
    }
    const omitted = tooMany?.code === "too_many_issues" ? tooMany.omitted : 0;
    const lines: string[] = [];
    // Past the validator's limit, the problems not listed are counted where the listed ones end.
    if (own.length > 0 || csv === undefined)
      lines.push(...issueLines(name, tooMany === undefined ? own : [...own, tooMany]));
    if (csv !== undefined) {
      const unknown = unknownIndicators(csv, indicatorIdsOf(document));
      if (rows.length > 0 || unknown.count > 0)
        lines.push(
          ...csvProblemLines(
            csv,
            [...rows, ...unknown.listed],
            [unknown.more, ...(own.length === 0 ? [notListed(omitted)] : [])],
          ),
        );
    }
    throw inputError(lines.join("\n"));
  }
  if (csv !== undefined) {
    // From `base` on, the framework's measurements are the CSV's rows, validated, in the file's order:
    // they stand in for the CSV's own objects, which are let go before the evaluation.
    const measurements = result.data.measurements ?? [];
    csv = { ...csv, measurements: csv.base === 0 ? measurements : measurements.slice(csv.base) };
    const unknown = unknownIndicators(csv, new Set(result.data.indicators.map((indicator) => indicator.id)));
    if (unknown.count > 0) throw inputError(csvProblemLines(csv, unknown.listed, [unknown.more]).join("\n"));
    const warnings = measurementWarnings(csv, result.data, options.asOf);
    if (warnings.count > 0) {
      if (options.strict === true)
        throw inputError(csvProblemLines(csv, warnings.rows, warnings.unlisted, "problem", " (--strict)").join("\n"));
      options.warn?.(
        csvProblemLines(
          csv,
          warnings.rows,
          warnings.unlisted,
          "warning",
          " (the run goes on; --strict makes them errors)",
        ),
      );
    }
  }
  return result.data;
}

/**
 * The framework, with the CSV's rows after its own measurements, validated. The document built here
 * lives only in this call: the result is a copy, and the rows' objects (two million at national
 * scale) are let go with it.
 */
function validate(document: unknown, csv: CsvMeasurements | undefined): SafeParseFrameworkResult {
  if (csv === undefined) return safeParseFramework(document);
  const existing = ((document as { measurements?: unknown }).measurements as unknown[] | undefined) ?? [];
  // A framework without measurements of its own (the national case) takes the CSV's list as it is.
  const measurements = existing.length === 0 ? csv.measurements : existing.concat(csv.measurements);
  return safeParseFramework({ ...(document as object), measurements });
}

/** The ids of a document's indicators as far as they can be read, for a framework that does not validate. */
function indicatorIdsOf(document: unknown): ReadonlySet<string> | undefined {
  const indicators = (document as { indicators?: unknown }).indicators;
  if (!Array.isArray(indicators)) return undefined;
  const ids = new Set<string>();
  for (const indicator of indicators as unknown[]) {
    const id = typeof indicator === "object" && indicator !== null ? (indicator as { id?: unknown }).id : undefined;
    // An indicator without a readable id: which ids exist is not known, so no row is blamed on a guess.
    if (typeof id !== "string") return undefined;
    ids.add(id);
  }
  return ids;
}

/** How many CSV rows naming no indicator are listed; the rest are counted. */
const LISTED_UNKNOWN_ROWS = 10;

/** CSV rows found wanting: the first few listed, the rest counted with the line saying so. */
interface Unknown {
  readonly listed: CsvProblem[];
  readonly count: number;
  readonly more: { readonly count: number; readonly text: string };
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
function unknownIndicators(csv: CsvMeasurements, known: ReadonlySet<string> | undefined): Unknown {
  const listed: CsvProblem[] = [];
  let count = 0;
  if (known !== undefined) {
    const column = csv.header.indexOf("indicator") + 1;
    csv.measurements.forEach((measurement, k) => {
      const id = measurement.indicator;
      if (known.has(id)) return;
      count += 1;
      const line = csv.lines[k] as number;
      if (listed.length < LISTED_UNKNOWN_ROWS)
        listed.push({
          line,
          text: `line ${String(line)}, column ${String(column)} (indicator): ${printable(JSON.stringify(id))} names no indicator of the framework`,
        });
    });
  }
  const rest = count - listed.length;
  return {
    listed,
    count,
    more: { count: rest, text: `and ${String(rest)} more ${rest === 1 ? "row" : "rows"} naming no indicator` },
  };
}
