import { readFile } from "node:fs/promises";
import { type Framework, type FrameworkIssue, safeParseFramework } from "../index.js";
import { type CliIo, type Progress, inputError, usageError } from "./io.js";
import { parseJsonText } from "./json.js";
import { type CsvMeasurements, csvIssue, readMeasurementsCsv } from "./csv.js";

/** @internal How a file is named in messages: `standard input` for `-`. */
export function displayName(path: string): string {
  return path === "-" ? "standard input" : path;
}

/** @internal Reads a path, or standard input for `-`, as UTF-8 without its byte-order mark. */
async function readText(path: string, io: CliIo): Promise<string> {
  let text: string;
  if (path === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin)
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    text = Buffer.concat(chunks).toString("utf8");
  } else {
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why =
        code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : (error as Error).message;
      throw usageError(`${path}: cannot read: ${why}`);
    }
  }
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
  for (const issue of issues)
    lines.push(`  ${(csv === undefined ? undefined : csvIssue(csv, issue)) ?? issue.message}`);
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
