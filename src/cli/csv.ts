import { CsvError, type Options, parse } from "csv-parse/sync";
import type { FrameworkIssue, PathSegment } from "../index.js";
import { type Progress, inputError, printable } from "./io.js";

/**
 * @internal One kind of CSV file the CLI reads: its columns, and the framework's list its rows go to.
 * `Row` is what the CLI reads of a row once read (its required cells).
 */
export interface CsvKind<Row> {
  /** The framework's list the rows go to, and their name in messages: "measurements", "spend", "budgets". */
  readonly collection: string;
  /** The columns every file has, in their usual order. */
  readonly required: readonly [string, string, string];
  readonly optional: readonly string[];
  /**
   * A row of a file whose header starts with the required columns in their order: one object literal
   * (one shape, as small as it can be), its optional cells added after.
   */
  readonly usual: (first: string, second: string, third: string) => Row & Record<string, string>;
}

/** @internal What the CLI reads of a measurements CSV row once read: its indicator's id and its date, as written. */
export interface CsvRow {
  readonly indicator: string;
  readonly date: string;
}

/** @internal The measurements file of `--measurements`. */
export const MEASUREMENTS_CSV: CsvKind<CsvRow> = {
  collection: "measurements",
  required: ["indicator", "date", "value"],
  optional: ["quality", "note", "correctiveAction"],
  usual: (indicator, date, value) => ({ indicator, date, value }),
};

/** @internal The rows of a CSV file, with what is needed to point a problem back to its line and column. */
export interface CsvTable<Row> {
  readonly kind: CsvKind<Row>;
  readonly name: string;
  /** How many entries the framework's list had before the CSV's: the CSV's first is at this index. */
  readonly base: number;
  /** The header row's column names. */
  readonly header: readonly string[];
  /** The line each row ends on, 1-based (the header is line 1). */
  readonly lines: Int32Array;
  /**
   * The rows, as read (each cell a string, an empty optional one left out); for measurements, after
   * validation, the validated framework's measurements that are the CSV's, in the same order.
   */
  readonly rows: readonly Row[];
}

/** @internal A CSV file's text, its name in messages, and how many entries its list has before its rows. */
export interface CsvText {
  readonly text: string;
  readonly name: string;
  readonly base: number;
  readonly progress?: Progress | undefined;
}

/** @internal The measurements of a CSV file. */
export type CsvMeasurements = CsvTable<CsvRow>;

/** "indicator, date and value": the columns a header row needs, for a message. */
const needs = (kind: CsvKind<unknown>): string => `${kind.required.slice(0, -1).join(", ")} and ${kind.required[2]}`;

function checkHeader(kind: CsvKind<unknown>, header: readonly string[], name: string): void {
  const known = [...kind.required, ...kind.optional];
  const seen = new Map<string, number>();
  for (const [i, column] of header.entries()) {
    if (!known.includes(column))
      throw inputError(
        `${name}: line 1, column ${i + 1}: unknown column "${printable(column)}" (the columns are ${known.join(", ")})`,
      );
    // A repeated column would have its later cells silently win over the earlier ones.
    const first = seen.get(column);
    if (first !== undefined)
      throw inputError(
        `${name}: line 1, column ${i + 1}: column "${column}" is repeated (it is also column ${first + 1}); each column appears once`,
      );
    seen.set(column, i);
  }
  const missing = kind.required.filter((column) => !header.includes(column));
  if (missing.length > 0)
    throw inputError(
      `${name}: line 1: missing column${missing.length > 1 ? "s" : ""} ${missing.map((c) => `"${c}"`).join(", ")} (the header row needs ${needs(kind)})`,
    );
}

/**
 * @internal Reads a CSV file of one kind from its text, with a header row naming the kind's columns
 * (its required ones, and any of its optional ones; an empty optional cell is left out). Cells stay
 * strings: `safeParseFramework` decides whether they are dates and decimals.
 *
 * The common file (LF or CRLF line ends, quotes that open and close a cell) is read by
 * {@link fastCsv}; anything it does not accept, a problem included, is read again by csv-parse,
 * whose rows, lines and error messages are the reference ({@link parsedCsv}).
 */
export function readCsv<Row>(kind: CsvKind<Row>, file: CsvText): CsvTable<Row> {
  return fastCsv(kind, file) ?? parsedCsv(kind, file);
}

/**
 * @internal Reads measurements from CSV text (`indicator,date,value` required; `quality`, `note`,
 * `correctiveAction` optional): {@link readCsv} of {@link MEASUREMENTS_CSV}.
 */
export function readMeasurementsCsv(text: string, name: string, base: number, progress?: Progress): CsvMeasurements {
  return readCsv(MEASUREMENTS_CSV, { text, name, base, progress });
}

/** @internal Reads a CSV file through csv-parse: the reference reader, and the one for any file the fast reader leaves. */
export function parsedCsv<Row>(kind: CsvKind<Row>, file: CsvText): CsvTable<Row> {
  const { text, name, base, progress } = file;
  let header: string[] | undefined;
  const lines: number[] = [];
  // The header's names and which are required, read once: the per-row loop is the import's hot path.
  let columns: readonly string[] = [];
  let required: readonly boolean[] = [];
  // Each row has its required cells (a record of another length is csv-parse's error).
  let rows: (Record<string, string> & Row)[];
  try {
    // The header is read as the first record (not `columns`), so a record is an array and becomes a
    // row in one step, without a second object per row.
    const options: Options<Record<string, string>, string[]> = {
      skip_empty_lines: true,
      on_record: (record: string[], context): Record<string, string> | null => {
        if (header === undefined) {
          header = record.map((cell) => cell.trim());
          checkHeader(kind, header, name);
          columns = header;
          required = header.map((column) => kind.required.includes(column));
          return null;
        }
        const row: Record<string, string> = {};
        for (let i = 0; i < columns.length; i += 1) {
          const cell = record[i] as string;
          if (cell !== "" || (required[i] as boolean)) row[columns[i] as string] = cell;
        }
        lines.push(context.lines);
        if (lines.length % 262_144 === 0) progress?.report(`${name}: ${lines.length.toLocaleString("en-GB")} rows`);
        return row;
      },
    };
    rows = parse(text, options as unknown as Options) as unknown as (Record<string, string> & Row)[];
  } catch (error) {
    // csv-parse's words may quote a cell: shown on one line, with nothing a terminal acts on.
    if (error instanceof CsvError)
      throw inputError(`${name}: line ${String(error.lines)}: ${printable(error.message)}`);
    throw error;
  }
  if (header === undefined) throw inputError(`${name}: no header row (it needs ${needs(kind)})`);
  return { kind, name, base, header, lines: Int32Array.from(lines), rows };
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
/**
 * How many distinct cells of a column are kept once each (an indicator's id, a date, a quality, and
 * the values and notes, which repeat too: "92", "6.1", "Estimated"): a repeated cell is then one
 * string, not one a row. Past this many, a column's new cells are copied as they come.
 */
const KEPT_CELLS = 65_536;

/**
 * A scan of CSV text that reads exactly what csv-parse (with `skip_empty_lines`) reads on the files
 * it accepts, and gives up (`BAIL`) on everything else: a lone CR, a line end that differs from the
 * first one, a line end inside quotes of a CRLF file, a quote inside a cell or after a closing quote,
 * an unclosed quote, a row whose cells are more or fewer than the header's. `line` follows
 * csv-parse's `info.lines`: a line end outside quotes is one line, each LF inside quotes one more.
 */
class Scanner {
  pos = 0;
  line = 1;
  /** Whether lines end in CRLF (true) or LF (false): set at the first line end outside quotes, as csv-parse discovers it. */
  crlf: boolean | undefined = undefined;
  /** The line the last record read ends on. */
  ends = 1;
  constructor(readonly text: string) {}

  /** The length of the line end at `at` (1 or 2), 0 when there is none, BAIL for one this scanner does not read. */
  lineEnd(at: number): number {
    const code = this.text.charCodeAt(at);
    if (code === LF) {
      this.crlf ??= false;
      return this.crlf ? BAIL : 1;
    }
    if (code !== CR) return 0;
    if (this.text.charCodeAt(at + 1) !== LF) return BAIL;
    this.crlf ??= true;
    return this.crlf ? 2 : BAIL;
  }

  /** The unquoted cell from `from` to `to`, the `n`th of its row: the row above's when the same, else one kept for its column. */
  cell(from: number, to: number, n: number, last: string[], kept: Map<string, string>[]): string {
    const previous = last[n];
    if (to - from === previous?.length && this.text.startsWith(previous, from)) return previous;
    const cells = kept[n];
    let cell = this.text.slice(from, to);
    const known = cells?.get(cell);
    if (known === undefined) {
      cell = own(cell);
      if (cells !== undefined && cells.size < KEPT_CELLS) cells.set(cell, cell);
    } else cell = known;
    last[n] = cell;
    return cell;
  }

  /** Where the next quote is at or after `quote`'s last search (Infinity for none): searched again only once passed. */
  quoteAt = -1;
  /** Likewise the next CR. */
  crAt = -1;

  /**
   * Reads the record at `p` when its line holds no quote and no CR but its CRLF's, cutting it at its
   * commas with `indexOf`; 0 when the line is not that plain (the record is then read character by
   * character), BAIL for a record of more than `limit` cells.
   */
  plain(p: number, cells: string[], limit: number, last: string[], intern: Map<string, string>[]): number {
    const text = this.text;
    const newline = text.indexOf("\n", p);
    let stop = newline < 0 ? text.length : newline;
    if (this.crlf === true && newline >= 0) {
      if (text.charCodeAt(newline - 1) !== CR) return BAIL;
      stop = newline - 1;
    }
    if (this.quoteAt < p) this.quoteAt = found(text.indexOf('"', p));
    if (this.quoteAt < stop) return 0;
    if (this.crAt < p) this.crAt = found(text.indexOf("\r", p));
    if (this.crAt < stop) return 0;
    let n = 0;
    let from = p;
    for (;;) {
      if (n === limit) return BAIL;
      let comma = text.indexOf(",", from);
      if (comma < 0 || comma > stop) comma = stop;
      cells[n] = this.cell(from, comma, n, last, intern);
      n += 1;
      if (comma === stop) break;
      from = comma + 1;
    }
    this.ends = this.line;
    if (newline < 0) this.pos = text.length;
    else {
      this.pos = newline + 1;
      this.line += 1;
    }
    return n;
  }

  /**
   * Reads the next record's cells into `cells` (at most `limit` of them) and returns how many, or 0 at
   * the end of the text, or BAIL. Empty lines are passed over, as csv-parse's `skip_empty_lines` does.
   */
  record(cells: string[], limit: number, last: string[], intern: Map<string, string>[]): number {
    const text = this.text;
    const length = text.length;
    let p = this.pos;
    for (;;) {
      if (p >= length) {
        this.pos = p;
        return 0;
      }
      const end = this.lineEnd(p);
      if (end === BAIL) return BAIL;
      if (end === 0) break;
      p += end;
      this.line += 1;
    }
    if (this.crlf !== undefined) {
      const read = this.plain(p, cells, limit, last, intern);
      if (read !== 0) return read;
    }
    let n = 0;
    for (;;) {
      if (n === limit) return BAIL;
      let cell: string;
      let next: number;
      if (text.charCodeAt(p) === QUOTE) {
        // A quoted cell: "" inside is one quote; an LF inside is kept, and counted as a line.
        let from = p + 1;
        let value = "";
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) return BAIL;
          for (let k = from; k < close; k += 1) {
            const code = text.charCodeAt(k);
            if (code === CR) return BAIL;
            if (code === LF) {
              if (this.crlf !== false) return BAIL;
              this.line += 1;
            }
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          cell = own(value === "" ? text.slice(from, close) : value + text.slice(from, close));
          next = close + 1;
          break;
        }
        const after = text.charCodeAt(next);
        if (after === after && after !== COMMA && after !== LF && after !== CR) return BAIL;
      } else {
        let k = p;
        let code = text.charCodeAt(k);
        while (code === code && code !== COMMA && code !== LF && code !== CR) {
          if (code === QUOTE) return BAIL;
          k += 1;
          code = text.charCodeAt(k);
        }
        next = k;
        cell = this.cell(p, k, n, last, intern);
      }
      cells[n] = cell;
      n += 1;
      if (text.charCodeAt(next) === COMMA) {
        p = next + 1;
        continue;
      }
      this.ends = this.line;
      if (next >= length) {
        this.pos = next;
        return n;
      }
      const end = this.lineEnd(next);
      if (end <= 0) return BAIL;
      this.pos = next + end;
      this.line += 1;
      return n;
    }
  }
}

const BAIL = -1;

/**
 * A cell's text that does not hold on to the file's: V8 makes a slice of 13 or more characters a view
 * of the whole text, so one long id or note kept would keep the whole file in memory. A copy of its
 * own (through a concatenation, which a slice flattens) lets the text go once it is read.
 */
const own = (cell: string): string => (cell.length < 13 ? cell : `\u0000${cell}`.slice(1));

/** An `indexOf` result as a place: Infinity for not found. */
const found = (at: number): number => (at < 0 ? Number.POSITIVE_INFINITY : at);

/**
 * @internal Reads the CSV files csv-parse reads without a problem, line ends LF or CRLF and no lone
 * CR, with the same rows and the same lines, in one pass over the text with no record object per
 * row: each row's cells go straight into its object, a column's repeated cells one string each (up
 * to {@link KEPT_CELLS} distinct a column). Undefined for any other text (a problem included), which
 * csv-parse reads and words: the fast reader never words a problem of its own.
 */
export function fastCsv<Row>(kind: CsvKind<Row>, file: CsvText): CsvTable<Row> | undefined {
  const { text, name, base, progress } = file;
  const scanner = new Scanner(text);
  const headerCells: string[] = [];
  const none: string[] = [];
  const cellsRead = scanner.record(headerCells, Number.MAX_SAFE_INTEGER, none, []);
  if (cellsRead === BAIL) return undefined;
  if (cellsRead === 0) throw inputError(`${name}: no header row (it needs ${needs(kind)})`);
  const header = headerCells.map((cell) => cell.trim());
  checkHeader(kind, header, name);
  const width = header.length;
  const required = header.map((column) => kind.required.includes(column));
  const intern = header.map(() => new Map<string, string>());
  const last: string[] = header.map(() => "\u0000");
  const cells: string[] = new Array<string>(width).fill("");
  // Rows are at most the lines left: the lists are made that long once (no growing, no slack) and
  // cut to the rows read at the end.
  let most = 1;
  for (let at = text.indexOf("\n", scanner.pos); at >= 0; at = text.indexOf("\n", at + 1)) most += 1;
  const lines = new Int32Array(most);
  const rows = new Array<Record<string, string> & Row>(most);
  let count = 0;
  // The usual header starts with the required columns in their order (indicator, date, value): each
  // row's object is then made whole by the kind's literal, and its optional cells added after.
  const usual = kind.required.every((column, i) => header[i] === column);
  for (;;) {
    const n = scanner.record(cells, width, last, intern);
    if (n === 0) break;
    if (n !== width) return undefined;
    let row: Record<string, string>;
    if (usual) {
      row = kind.usual(cells[0] as string, cells[1] as string, cells[2] as string);
      for (let i = 3; i < width; i += 1) {
        const cell = cells[i] as string;
        if (cell !== "") row[header[i] as string] = cell;
      }
    } else {
      // Every required cell is set below, empty or not.
      row = {};
      for (let i = 0; i < width; i += 1) {
        const cell = cells[i] as string;
        if (cell !== "" || (required[i] as boolean)) row[header[i] as string] = cell;
      }
    }
    rows[count] = row as Record<string, string> & Row;
    lines[count] = scanner.ends;
    count += 1;
    if (count % 262_144 === 0) progress?.report(`${name}: ${count.toLocaleString("en-GB")} rows`);
  }
  rows.length = count;
  return { kind, name, base, header, lines: count === most ? lines : lines.slice(0, count), rows };
}

/** @internal A problem in one of the CSV's rows: the line it ends on, and the problem worded with its line and column, without the file's name (the heading names the file). */
export interface CsvProblem {
  readonly line: number;
  readonly text: string;
}

/** How many rows of one kind of problem or warning are listed; the rest are counted. */
const LISTED_ROWS = 10;

/**
 * @internal Rows of a CSV found wanting in one way: the first ten listed with their line and column,
 * the rest counted, with the line that says how many more.
 */
export class ListedRows {
  readonly listed: CsvProblem[] = [];
  count = 0;
  /** `what` names the rows not listed, by how many they are: "rows naming no indicator". */
  constructor(private readonly what: (rest: number) => string) {}

  /** One more row; its words are made only when it is listed. */
  add(line: number, text: () => string): void {
    this.count += 1;
    if (this.listed.length < LISTED_ROWS) this.listed.push({ line, text: text() });
  }

  /** The rows not listed: how many, and the line that says so. */
  get more(): { readonly count: number; readonly text: string } {
    const rest = this.count - this.listed.length;
    return { count: rest, text: `and ${String(rest)} more ${this.what(rest)}` };
  }
}

/**
 * @internal Where a problem of one of the CSV's entries is in the file: the row (its index among the
 * CSV's rows), the column when the problem is one cell's, and, when the library's words name other
 * entries by their place in the framework ("years[0]"), the same words naming them by their lines.
 */
export interface CsvPlace {
  readonly row: number;
  readonly column: string | undefined;
  readonly words?: (message: string) => string;
}

/**
 * @internal Where the problem at `path` inside the CSV's `entry`th entry (counted from the CSV's
 * first) is in the file; undefined when it is not the CSV's.
 */
export type CsvLocate = (entry: number, path: readonly PathSegment[]) => CsvPlace | undefined;

/** An entry is a row, and its field the column of the same name: measurements and spend. */
const rowPerEntry: CsvLocate = (entry, [field]) => ({
  row: entry,
  column: typeof field === "string" ? field : undefined,
});

/** @internal "line 7, column 2 (date)": a cell of the CSV; "line 7" when the column is not one of the file's. */
export function cellAt(csv: CsvTable<unknown>, line: number, column: string | undefined): string {
  const at = column === undefined ? -1 : csv.header.indexOf(column);
  return at < 0 ? `line ${String(line)}` : `line ${String(line)}, column ${String(at + 1)} (${column as string})`;
}

/**
 * @internal A validation problem in one of the CSV's rows, worded with the row's line and the cell's
 * column; else undefined. `locate` finds the row of an entry that is not one row (a budget line).
 */
export function csvIssue(
  csv: CsvTable<unknown>,
  issue: FrameworkIssue,
  locate: CsvLocate = rowPerEntry,
): CsvProblem | undefined {
  const [collection, index] = issue.path;
  if (collection !== csv.kind.collection || typeof index !== "number" || index < csv.base) return undefined;
  const place = locate(index - csv.base, issue.path.slice(2));
  const line = place === undefined ? undefined : csv.lines[place.row];
  if (place === undefined || line === undefined) return undefined;
  // The library words the problem at its path in the framework ("measurements[19], date: …"): the
  // line and column say where it is in the file the user wrote, so the path is left out.
  const message = issue.message.replace(new RegExp(`^${csv.kind.collection}\\[\\d+\\](?:[.,][^:]*)?: `, "u"), "");
  return { line, text: `${cellAt(csv, line, place.column)}: ${printable(place.words?.(message) ?? message)}` };
}
