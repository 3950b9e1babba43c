import { constants, isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { type Framework, type FrameworkIssue, safeParseFramework } from "../index.js";
import { CliError, type CliIo, type Progress, inputError, printable, usageError } from "./io.js";
import { parseJsonText } from "./json.js";
import { type CsvMeasurements, csvIssue, readMeasurementsCsv } from "./csv.js";

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

/** @internal The lines that list a validation's problems under a heading naming the file. */
export function issueLines(name: string, issues: readonly FrameworkIssue[], csv?: CsvMeasurements, more = 0): string[] {
  const total = issues.reduce((sum, issue) => sum + (issue.code === "too_many_issues" ? issue.omitted : 1), more);
  const lines = [`${name}: not a valid framework (${total === 1 ? "1 problem" : `${total} problems`}):`];
  // A message quotes the data (an id, a key): each stays on its one line, with nothing a terminal acts on.
  for (const issue of issues)
    lines.push(`  ${printable((csv === undefined ? undefined : csvIssue(csv, issue)) ?? issue.message)}`);
  return lines;
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
  options: { readonly measurements?: string | undefined; readonly progress?: Progress } = {},
): Promise<Framework> {
  const name = displayName(path);
  // Misuse is said before anything is read: standard input that never closes would otherwise hide it.
  if (path === "-" && options.measurements === "-")
    throw usageError("the framework and the measurements cannot both come from standard input");
  const document = await readJson(path, io);
  let input = document;
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
    input = { ...document, measurements: existing.concat(csv.measurements) };
  }
  options.progress?.report(`validating ${name}`);
  const result = safeParseFramework(input);
  if (!result.success) {
    // The rows naming no indicator are said with the rest, so one run lists every row to mend.
    const unknown = csv === undefined ? NONE_UNKNOWN : unknownIndicatorLines(csv, indicatorIdsOf(document));
    throw inputError([...issueLines(name, result.error.issues, csv, unknown.count), ...unknown.lines].join("\n"));
  }
  if (csv !== undefined) {
    const unknown = unknownIndicatorLines(csv, new Set(result.data.indicators.map((indicator) => indicator.id)));
    if (unknown.count > 0)
      throw inputError(
        [`${name}: the measurements name indicators the framework does not have:`, ...unknown.lines].join("\n"),
      );
  }
  return result.data;
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

/**
 * The lines that refuse CSV rows whose indicator the framework does not have (a misspelt id):
 * `evaluate` and `report` would otherwise drop the figure without a word, as no target reads it.
 * Each names its line and column, the first ten listed and the rest counted; none when `known` is
 * not known.
 */
function unknownIndicatorLines(
  csv: CsvMeasurements,
  known: ReadonlySet<string> | undefined,
): { lines: string[]; count: number } {
  if (known === undefined) return NONE_UNKNOWN;
  const column = csv.header.indexOf("indicator") + 1;
  const unknown: string[] = [];
  let count = 0;
  csv.measurements.forEach((measurement, k) => {
    const id = measurement.indicator as string;
    if (known.has(id)) return;
    count += 1;
    if (unknown.length < LISTED_UNKNOWN_ROWS)
      unknown.push(
        `  ${csv.name}: line ${String(csv.lines[k])}, column ${String(column)} (indicator): ${printable(JSON.stringify(id))} names no indicator of the framework`,
      );
  });
  if (count > unknown.length) unknown.push(`  and ${String(count - unknown.length)} more rows naming no indicator`);
  return { lines: unknown, count };
}

/** No row naming an unknown indicator. */
const NONE_UNKNOWN: { lines: string[]; count: number } = { lines: [], count: 0 };
