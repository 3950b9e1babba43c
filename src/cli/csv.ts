import { CsvError, type Options, parse } from "csv-parse/sync";
import type { FrameworkIssue } from "../index.js";
import { type Progress, inputError, printable } from "./io.js";

const REQUIRED = ["indicator", "date", "value"] as const;
const OPTIONAL = ["quality", "note", "correctiveAction"] as const;
const KNOWN: ReadonlySet<string> = new Set([...REQUIRED, ...OPTIONAL]);

/** @internal The measurements of a CSV file, with what is needed to point a problem back to its line and column. */
export interface CsvMeasurements {
  readonly name: string;
  /** How many measurements the framework had before the CSV's: the CSV's first is at this index. */
  readonly base: number;
  /** The header row's column names. */
  readonly header: readonly string[];
  /** The line each measurement ends on, 1-based (the header is line 1). */
  readonly lines: readonly number[];
  readonly measurements: readonly Record<string, string>[];
}

function checkHeader(header: readonly string[], name: string): void {
  const seen = new Map<string, number>();
  for (const [i, column] of header.entries()) {
    if (!KNOWN.has(column))
      throw inputError(
        `${name}: line 1, column ${i + 1}: unknown column "${printable(column)}" (the columns are ${[...KNOWN].join(", ")})`,
      );
    // A repeated column would have its later cells silently win over the earlier ones.
    const first = seen.get(column);
    if (first !== undefined)
      throw inputError(
        `${name}: line 1, column ${i + 1}: column "${column}" is repeated (it is also column ${first + 1}); each column appears once`,
      );
    seen.set(column, i);
  }
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length > 0)
    throw inputError(
      `${name}: line 1: missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} (the header row needs indicator, date and value)`,
    );
}

/**
 * @internal Reads measurements from CSV text with a header row (`indicator,date,value` required;
 * `quality`, `note`, `correctiveAction` optional; an empty optional cell is left out). Values stay
 * strings: `safeParseFramework` decides whether they are dates and decimals.
 */
export function readMeasurementsCsv(text: string, name: string, base: number, progress?: Progress): CsvMeasurements {
  let header: string[] | undefined;
  const lines: number[] = [];
  // The header's names and which are required, read once: the per-row loop is the import's hot path.
  let columns: readonly string[] = [];
  let required: readonly boolean[] = [];
  let measurements: Record<string, string>[];
  try {
    // The header is read as the first record (not `columns`), so a record is an array and becomes a
    // measurement in one step, without a second object per row.
    const options: Options<Record<string, string>, string[]> = {
      skip_empty_lines: true,
      on_record: (record: string[], context): Record<string, string> | null => {
        if (header === undefined) {
          header = record.map((cell) => cell.trim());
          checkHeader(header, name);
          columns = header;
          required = header.map((column) => (REQUIRED as readonly string[]).includes(column));
          return null;
        }
        const measurement: Record<string, string> = {};
        for (let i = 0; i < columns.length; i += 1) {
          const cell = record[i] as string;
          if (cell !== "" || (required[i] as boolean)) measurement[columns[i] as string] = cell;
        }
        lines.push(context.lines);
        if (lines.length % 262_144 === 0) progress?.report(`${name}: ${lines.length.toLocaleString("en-GB")} rows`);
        return measurement;
      },
    };
    measurements = parse(text, options as unknown as Options) as unknown as Record<string, string>[];
  } catch (error) {
    // csv-parse's words may quote a cell: shown on one line, with nothing a terminal acts on.
    if (error instanceof CsvError)
      throw inputError(`${name}: line ${String(error.lines)}: ${printable(error.message)}`);
    throw error;
  }
  if (header === undefined) throw inputError(`${name}: no header row (it needs indicator, date and value)`);
  return { name, base, header, lines, measurements };
}

/** @internal A problem in one of the CSV's rows: the line it ends on, and the problem worded with its line and column, without the file's name (the heading names the file). */
export interface CsvProblem {
  readonly line: number;
  readonly text: string;
}

/** @internal A validation problem in one of the CSV's rows, worded with the row's line and the cell's column; else undefined. */
export function csvIssue(csv: CsvMeasurements, issue: FrameworkIssue): CsvProblem | undefined {
  const [collection, index, field] = issue.path;
  if (collection !== "measurements" || typeof index !== "number" || index < csv.base) return undefined;
  const line = csv.lines[index - csv.base];
  if (line === undefined) return undefined;
  const column = typeof field === "string" ? csv.header.indexOf(field) : -1;
  const where = column < 0 ? `line ${line}` : `line ${line}, column ${column + 1} (${field as string})`;
  // The library words the problem at its path in the framework ("measurements[19], date: …"): the
  // line and column say where it is in the file the user wrote, so the path is left out.
  const message = issue.message.replace(/^measurements\[\d+\](?:[.,][^:]*)?: /u, "");
  return { line, text: `${where}: ${printable(message)}` };
}
