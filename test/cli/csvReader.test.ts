// Issue 22: the CLI's fast CSV reader. It reads the common file (LF or CRLF, quotes that open and
// close a cell) in one pass without csv-parse, and leaves anything else to csv-parse, whose rows,
// lines and words are the reference. These tests hold it to that: every problem the tool reported at
// e420c48 (before the fast reader) is reported word for word, and on generated files the fast reader
// and csv-parse give the same rows, lines and errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvMeasurements, MEASUREMENTS_CSV, fastCsv, parsedCsv, readMeasurementsCsv } from "../../src/cli/csv.js";
import { runs, timeout } from "../helpers/runs.js";
import { runCli, stockton } from "./run.js";

/**
 * What a reader made of a text, order of keys included: the header, each row's line and its
 * measurement, or the error it threw (its message and class); undefined when the fast reader left it.
 */
function outcome(read: () => CsvMeasurements | undefined): string | undefined {
  try {
    const csv = read();
    return csv === undefined ? undefined : JSON.stringify([csv.header, [...csv.lines], csv.rows, csv.base]);
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

const reference = (text: string) => outcome(() => parsedCsv(MEASUREMENTS_CSV, { text, name: "q2.csv", base: 3 }));
const read = (text: string) => outcome(() => readMeasurementsCsv(text, "q2.csv", 3));
const fast = (text: string) => outcome(() => fastCsv(MEASUREMENTS_CSV, { text, name: "q2.csv", base: 3 }));

/**
 * Stockton evaluated with a CSV on standard input: what e420c48's tool (csv-parse alone) printed on
 * standard error, and its exit code, recorded by running that build on each file.
 */
const CASES: readonly { readonly name: string; readonly csv: string; readonly code: number; readonly err: string }[] = [
  {
    name: "unterminated quote",
    csv: 'indicator,date,value,note\npi-unemployment,2001-09-30,6.1,"open\npi-new-deal-jobs,2001-09-30,42,\n',
    code: 1,
    err: "performance-management: standard input: line 3: Quote Not Closed: the parsing is finished with an opening quote at line 3\n",
  },
  {
    name: "too many cells",
    csv: "indicator,date,value\npi-unemployment,2001-09-30,6.1\npi-new-deal-jobs,2001-09-30,42,extra\n",
    code: 1,
    err: "performance-management: standard input: line 3: Invalid Record Length: expect 3, got 4 on line 3\n",
  },
  {
    name: "too few cells",
    csv: "indicator,date,value\npi-unemployment,2001-09-30,6.1\npi-new-deal-jobs,2001-09-30\n",
    code: 1,
    err: "performance-management: standard input: line 3: Invalid Record Length: expect 3, got 2 on line 3\n",
  },
  {
    name: "a quote inside a cell",
    csv: 'indicator,date,value,note\npi-unemployment,2001-09-30,6.1,say "hi"\n',
    code: 1,
    err: 'performance-management: standard input: line 2: Invalid Opening Quote: a quote is found on field 3 at line 2, value is "say "\n',
  },
  {
    name: "text after a closing quote",
    csv: 'indicator,date,value,note\npi-unemployment,2001-09-30,6.1,"hi" there\n',
    code: 1,
    err: 'performance-management: standard input: line 2: Invalid Closing Quote: got " " at line 2 instead of delimiter, record delimiter, trimable character (if activated) or comment\n',
  },
  {
    name: "a BOM",
    csv: "﻿indicator,date,value\npi-unemployment,2001-09-30,6.1\npi-new-deal-jobs,2001-09-31,42\n",
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 3, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "CRLF",
    csv: "indicator,date,value\r\npi-unemployment,2001-09-30,6.1\r\n\r\npi-new-deal-jobs,2001-09-31,42\r\n",
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 4, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "CRLF with a lone LF",
    csv: "indicator,date,value\r\npi-unemployment,2001-09-30,6.1\npi-new-deal-jobs,2001-09-30,42\r\n",
    code: 1,
    err: "performance-management: standard input: line 3: Invalid Record Length: expect 3, got 5 on line 3\n",
  },
  {
    name: "LF with a lone CR",
    csv: "indicator,date,value\npi-unemployment,2001-09-30,6.1\rpi-new-deal-jobs,2001-09-30,42\n",
    code: 1,
    err: "performance-management: standard input: line 3: Invalid Record Length: expect 3, got 5 on line 3\n",
  },
  {
    name: "CR line ends",
    csv: "indicator,date,value\rpi-unemployment,2001-09-30,6.1\rpi-new-deal-jobs,2001-09-31,42\r",
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 3, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "blank lines",
    csv: "\nindicator,date,value\n\n\npi-unemployment,2001-09-30,6.1\n\npi-new-deal-jobs,2001-09-31,42\n\n",
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 7, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "a line of spaces",
    csv: "indicator,date,value\npi-unemployment,2001-09-30,6.1\n   \npi-new-deal-jobs,2001-09-30,42\n",
    code: 1,
    err: "performance-management: standard input: line 3: Invalid Record Length: expect 3, got 1 on line 3\n",
  },
  {
    name: "quoted newlines",
    csv: 'indicator,date,value,note\npi-unemployment,2001-09-30,6.1,"two\nlines, and ""quotes"""\npi-new-deal-jobs,2001-09-31,42,\n',
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 4, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "quoted CRLF in a CRLF file",
    csv: 'indicator,date,value,note\r\npi-unemployment,2001-09-30,6.1,"two\r\nlines"\r\npi-new-deal-jobs,2001-09-31,42,\r\n',
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 5, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "bad dates and values",
    csv: "indicator,date,value\npi-unemployment,30/09/2001,6.1\npi-new-deal-jobs,2001-02-30,42\npi-homeless-offers,2001-09-30,ninety\npi-zone-cleanliness,2001-09-30,\n,2001-09-30,5\npi-street-cleanliness,2001-09-30,90.5\n",
    code: 1,
    err: 'performance-management: standard input: 6 problems in the measurements:\n  line 2, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "30/09/2001").\n  line 3, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-02-30").\n  line 4, column 3 (value): must be a decimal number such as 95.5 (found the text "ninety").\n  line 5, column 3 (value): must be a decimal number such as 95.5 (found the text "").\n  line 6, column 1 (indicator): must not be empty.\n  line 6, column 1 (indicator): "" names no indicator of the framework\n',
  },
  {
    name: "bad quality",
    csv: "indicator,date,value,quality\npi-unemployment,2001-09-30,6.1,guess\n",
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 2, column 4 (quality): the text "guess" is not allowed; use one of "validated", "provisional", "estimate".\n',
  },
  {
    name: "unknown indicators",
    csv: "indicator,date,value\npi-unemploymnet,2001-09-30,6.1\npi-unemployment,2001-09-30,6.1\nPI-NEW-DEAL-JOBS,2001-09-30,42\n",
    code: 1,
    err: 'performance-management: standard input: 2 problems in the measurements:\n  line 2, column 1 (indicator): "pi-unemploymnet" names no indicator of the framework\n  line 4, column 1 (indicator): "PI-NEW-DEAL-JOBS" names no indicator of the framework\n',
  },
  {
    name: "unknown indicators and a bad date",
    csv: "indicator,date,value\npi-unemploymnet,2001-09-30,6.1\npi-unemployment,2001-09-31,6.1\n",
    code: 1,
    err: 'performance-management: standard input: 2 problems in the measurements:\n  line 2, column 1 (indicator): "pi-unemploymnet" names no indicator of the framework\n  line 3, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "duplicate rows",
    csv: "indicator,date,value\npi-unemployment,2001-09-30,6.1\npi-unemployment,2001-09-30,6.1\npi-unemployment,2001-09-30,6.2\n",
    code: 0,
    err: "",
  },
  {
    name: "a header only",
    csv: "indicator,date,value\n",
    code: 0,
    err: "",
  },
  {
    name: "an empty file",
    csv: "",
    code: 1,
    err: "performance-management: standard input: no header row (it needs indicator, date and value)\n",
  },
  {
    name: "blank lines only",
    csv: "\n\n\n",
    code: 1,
    err: "performance-management: standard input: no header row (it needs indicator, date and value)\n",
  },
  {
    name: "a header with spaces",
    csv: " indicator , date,value\npi-unemployment,2001-09-30,6.1\n",
    code: 0,
    err: "",
  },
  {
    name: "a quoted header",
    csv: '"indicator","date","value"\npi-unemployment,2001-09-30,6.1\n',
    code: 0,
    err: "",
  },
  {
    name: "an unknown column",
    csv: "indicator,date,value,comment\npi-unemployment,2001-09-30,6.1,x\n",
    code: 1,
    err: 'performance-management: standard input: line 1, column 4: unknown column "comment" (the columns are indicator, date, value, quality, note, correctiveAction)\n',
  },
  {
    name: "a missing column",
    csv: "indicator,value\npi-unemployment,6.1\n",
    code: 1,
    err: 'performance-management: standard input: line 1: missing column "date" (the header row needs indicator, date and value)\n',
  },
  {
    name: "no final line end",
    csv: "indicator,date,value\npi-unemployment,2001-09-30,6.1\npi-new-deal-jobs,2001-09-31,42",
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 3, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "quoted cells everywhere",
    csv: '"indicator","date","value","note"\n"pi-unemployment","2001-09-30","6.1",""\n"pi-new-deal-jobs","2001-09-31","42","a, b"\n',
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 3, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "empty optional cells",
    csv: 'indicator,date,value,quality,note,correctiveAction\npi-unemployment,2001-09-30,6.1,,,\npi-new-deal-jobs,2001-09-30,42,provisional,,"act, now"\n',
    code: 0,
    err: "",
  },
  {
    name: "an empty line with a quote open",
    csv: 'indicator,date,value,note\npi-unemployment,2001-09-30,6.1,"a\n\nb"\npi-new-deal-jobs,2001-09-31,42,\n',
    code: 1,
    err: 'performance-management: standard input: 1 problem in the measurements:\n  line 5, column 2 (date): must be a real calendar date written YYYY-MM-DD (found the text "2001-09-31").\n',
  },
  {
    name: "a row off its period",
    csv: "indicator,date,value\npi-gcse,2001-07-15,48\npi-unemployment,2001-12-31,6.1\n",
    code: 0,
    err: 'performance-management: evaluate: warning: standard input: 2 warnings in the measurements (the run goes on; --strict makes them errors):\n  line 2, column 2 (date): 2001-07-15 is not the end of a period of "Pupils achieving 5 or more A*-C grade GCSEs" (pi-gcse), whose annual periods end on 31 August (from its baseline, 2000-08-31); date a figure by the last day of the period it measures\n  line 3, column 2 (date): 2001-12-31 is after --as-of 2001-10-15; this run does not read the figure\n',
  },
];

/** The cases the fast reader reads itself (the rest it leaves to csv-parse, problems included). */
const FAST = [
  "a BOM",
  "CRLF",
  "blank lines",
  "quoted newlines",
  "bad dates and values",
  "bad quality",
  "unknown indicators",
  "unknown indicators and a bad date",
  "duplicate rows",
  "a header only",
  "an empty file",
  "blank lines only",
  "a header with spaces",
  "a quoted header",
  "no final line end",
  "quoted cells everywhere",
  "empty optional cells",
  "an empty line with a quote open",
  "a row off its period",
  // A header's problems are found by the header's check, after either reader reads it.
  "an unknown column",
  "a missing column",
];

describe("a measurements CSV's problems are reported as before the fast reader", () => {
  it.each(CASES)("$name: the same words, line and column, and exit code", async ({ csv, code, err }) => {
    const run = await runCli(
      ["evaluate", stockton, "--as-of", "2001-10-15", "--format", "json", "--measurements", "-"],
      {
        stdin: csv,
      },
    );
    expect(run.err).toBe(err);
    expect(run.code).toBe(code);
    // The reader itself gives what csv-parse gives: rows, lines, key order, or the same error.
    expect(read(csv)).toBe(reference(csv));
  });

  it("reads the common files itself, and leaves the unusual ones to csv-parse", () => {
    for (const { name, csv } of CASES) {
      if (FAST.includes(name)) expect([name, fast(csv)]).toEqual([name, reference(csv)]);
      else expect([name, fast(csv)]).toEqual([name, undefined]);
    }
  });

  it(
    "reads a column of more distinct cells than it keeps once each as csv-parse does",
    () => {
      // 66,000 distinct values (past the 65,536 kept a column), dates cycling, ids alternating.
      const rows = Array.from(
        { length: 66_000 },
        (_, k) => `pi-${String(k % 2)},2001-${String((k % 12) + 1).padStart(2, "0")}-28,${String(k)}.5`,
      );
      const text = `indicator,date,value\n${rows.join("\n")}\n`;
      const csv = fastCsv(MEASUREMENTS_CSV, { text, name: "q2.csv", base: 0 });
      expect(csv?.rows[65_999]).toEqual({ indicator: "pi-1", date: "2001-12-28", value: "65999.5" });
      expect(fast(text)).toBe(reference(text));
      // csv-parse reads the 66,000 rows in about a second on a loaded machine.
    },
    timeout(30_000),
  );

  it("a row repeated in the CSV is check's duplicate-id, as before", async () => {
    const csv = "indicator,date,value\npi-unemployment,2001-09-30,6.1\npi-unemployment,2001-09-30,6.1\n";
    const run = await runCli(["check", stockton, "--as-of", "2001-10-15", "--measurements", "-"], { stdin: csv });
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      '  measurement pi-unemployment@2001-09-30\n    error   2 measurements of indicator "pi-unemployment" share the date 2001-09-30: keep one, so that the figure judged is not a matter of document order.  duplicate-id',
    );
  });
});

const COLUMNS = ["indicator", "date", "value", "quality", "note", "correctiveAction"] as const;

/** A cell's text: letters, digits, and the characters CSV treats specially (comma, quote, CR, LF), a space, non-ASCII. */
const cellText = fc.string({
  unit: fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom("a", "b", "1", ".", "-", " ", ",", '"', "é", "😀", "\uFEFF") },
    { weight: 1, arbitrary: fc.constantFrom("\n", "\r") },
  ),
  maxLength: 6,
});

/** A header: the required columns and some optional ones, in any order. */
const header = fc
  .subarray(["quality", "note", "correctiveAction"] as const)
  .chain((optional) => fc.shuffledSubarray([...COLUMNS.slice(0, 3), ...optional], { minLength: 3 + optional.length }));

/** How a cell is written: bare when it can be, or quoted (a quote doubled), or quoted whatever it holds. */
function written(cell: string, quote: boolean): string {
  const needs = /[",\r\n]/u.test(cell) || cell.startsWith('"');
  return quote || needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * A well-formed CSV file: a header, rows of as many cells, each written bare or quoted, lines ending
 * in LF or CRLF throughout (the last line's end optional), blank lines here and there, perhaps a BOM
 * before a bare header (the tool strips one before reading; a second is read as csv-parse reads it).
 */
const wellFormed = fc
  .record({
    columns: header,
    rows: fc.array(fc.array(fc.tuple(cellText, fc.boolean()), { minLength: 6, maxLength: 6 }), { maxLength: 8 }),
    crlf: fc.boolean(),
    blank: fc.array(fc.nat(9), { maxLength: 3 }),
    lastEnd: fc.boolean(),
    bom: fc.boolean(),
    quoteHeader: fc.boolean(),
    // Whether cells may hold line ends: in half the files they do not, the files the fast reader reads itself.
    breaks: fc.boolean(),
  })
  .map(({ columns, rows: generated, crlf, blank, lastEnd, bom, quoteHeader, breaks }) => {
    const rows = breaks
      ? generated
      : generated.map((row) => row.map(([cell, quote]) => [cell.replace(/[\r\n]/gu, ""), quote] as const));
    const end = crlf ? "\r\n" : "\n";
    const lines = [
      columns.map((column) => written(column, quoteHeader)).join(","),
      ...rows.map((row) => columns.map((_, i) => written(...(row[i] as readonly [string, boolean]))).join(",")),
    ];
    for (const at of blank) lines.splice(Math.min(at, lines.length), 0, "");
    // A BOM before a quote is csv-parse's "Invalid Opening Quote" (the tool strips one BOM first).
    const text = `${bom && !quoteHeader ? "\uFEFF" : ""}${lines.join(end)}${lastEnd ? end : ""}`;
    // The fast reader's own: every file but those with a CR in a cell, or a line end in a cell of a CRLF file.
    const cells = rows.flatMap((row) => row.slice(0, columns.length).map(([cell]) => cell));
    const fastReads = !cells.some((cell) => cell.includes("\r") || (crlf && cell.includes("\n")));
    return { text, fastReads };
  });

describe("the fast reader and csv-parse read the same", () => {
  it("on well-formed files: the same rows and lines; the fast reader reads all but those with a line end in a cell itself", () => {
    let byFast = 0;
    fc.assert(
      fc.property(wellFormed, ({ text, fastReads }) => {
        expect(read(text)).toBe(reference(text));
        if (fastReads) {
          byFast += 1;
          expect(fast(text)).toBe(reference(text));
        }
      }),
      { numRuns: runs(400) },
    );
    // Most generated files are the fast reader's own, so the property tests it, not csv-parse twice.
    expect(byFast).toBeGreaterThan(runs(400) / 4);
  });

  it("on any text of CSV's characters: the same rows, lines, or the same error", () => {
    const header = fc.constantFrom("indicator,date,value", "value,indicator,date,note", '"indicator",date,"value"', "");
    const body = fc.string({
      unit: fc.constantFrom("a", "1", ",", ",", '"', '"', "\n", "\n", "\r", "\r\n", " ", "é"),
      maxLength: 60,
    });
    fc.assert(
      fc.property(header, body, (head, rest) => {
        const text = `${head}${rest}`;
        expect(read(text)).toBe(reference(text));
        const quick = fast(text);
        // Where the fast reader reads a text at all, it reads it as csv-parse does.
        if (quick !== undefined) expect(quick).toBe(reference(text));
      }),
      { numRuns: runs(1000) },
    );
  });
});
