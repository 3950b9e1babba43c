import { constants } from "node:buffer";
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
  const text = bytes.toString("utf8");
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** @internal Reads and parses a JSON file (or standard input). */
export async function readJson(path: string, io: CliIo): Promise<unknown> {
  return parseJsonText(await readText(path, io), displayName(path));
}

/** @internal The lines that list a validation's problems under a heading naming the file. */
export function issueLines(name: string, issues: readonly FrameworkIssue[], csv?: CsvMeasurements): string[] {
  const total = issues.reduce((sum, issue) => sum + (issue.code === "too_many_issues" ? issue.omitted : 1), 0);
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
  const document = await readJson(path, io);
  let input = document;
  let csv: CsvMeasurements | undefined;
  if (options.measurements !== undefined) {
    if (typeof document !== "object" || document === null || Array.isArray(document))
      throw inputError(`${name}: not a valid framework: the document is not an object`);
    if (path === "-" && options.measurements === "-")
      throw usageError("the framework and the measurements cannot both come from standard input");
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
  if (!result.success) throw inputError(issueLines(name, result.error.issues, csv).join("\n"));
  return result.data;
}
