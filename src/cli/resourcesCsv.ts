import type { Framework } from "../index.js";
import { type CsvKind, type CsvLocate, type CsvTable, ListedRows, cellAt } from "./csv.js";
import { printable } from "./io.js";

/** @internal What the CLI reads of a spend CSV row once read: its budget line's id. */
export interface SpendRow {
  readonly budget: string;
}

/** @internal The ledger of `--spend`: one spend entry a row. */
export const SPEND_CSV: CsvKind<SpendRow> = {
  collection: "spend",
  required: ["budget", "date", "amount"],
  optional: ["kind", "note"],
  usual: (budget, date, amount) => ({ budget, date, amount }),
};

/** @internal What the CLI reads of a budgets CSV row once read: its line's id, its year and the year's amount. */
export interface BudgetRow {
  readonly budget: string;
  readonly year: string;
  readonly amount: string;
}

/** The columns that describe a budget line rather than one of its years: every row of a line agrees on them. */
const DESCRIBING = ["name", "objective", "plan", "holder", "kind", "currency"] as const;
type Describing = (typeof DESCRIBING)[number];

/** @internal The medium-term financial plan of `--budgets`: one row a line and financial year. */
export const BUDGETS_CSV: CsvKind<BudgetRow> = {
  collection: "budgets",
  required: ["budget", "year", "amount"],
  optional: DESCRIBING,
  usual: (budget, year, amount) => ({ budget, year, amount }),
};

/** One budget line as the rows make it, before validation: the descriptive cells, then the years. */
interface LineDraft {
  readonly id: string;
  name: string;
  objective?: string;
  plan?: string;
  holder?: string;
  kind?: string;
  currency?: string;
  readonly years: { readonly year: string; readonly amount: string }[];
}

/** Where each of a line's parts came from: the row of each year, and the row that gave each descriptive cell. */
interface LineRows {
  readonly years: number[];
  readonly given: Map<Describing, number>;
}

/** @internal The budget lines a budgets CSV adds, with what points a problem of a line back to its rows. */
export interface CsvBudgetLines {
  /** The lines, in the order their ids first appear, each year in its row's order. */
  readonly lines: readonly LineDraft[];
  /** Where in the file a problem of the `k`th line is. */
  readonly locate: CsvLocate;
  /** The rows found wanting before validation: a line the framework has already, a description the rows disagree on. */
  readonly found: ListedRows;
}

/**
 * @internal Groups a budgets CSV's rows into budget lines by their `budget` id, in the order each id
 * first appears, each line's years in their rows' order. The descriptive cells (`name`, `objective`,
 * `plan`, `holder`, `kind`, `currency`) are the line's: an empty one says nothing, and a row that
 * gives another value than an earlier row of its line is a problem at its cell. `name` is the id when
 * no row gives one. A line whose id is in `existing` (the framework's own lines) is a problem at its
 * first row: a CSV adds lines, it never changes one. The rows are not changed.
 */
export function budgetLinesOf(csv: CsvTable<BudgetRow>, existing: ReadonlySet<string> | undefined): CsvBudgetLines {
  // Ids are the user's: kept in Maps, never as an object's keys ("__proto__" is an id like any other).
  const byId = new Map<string, { readonly line: LineDraft; readonly rows: LineRows }>();
  const lines: LineDraft[] = [];
  const rowsOf: LineRows[] = [];
  const found = new ListedRows((rest) => `${rest === 1 ? "row" : "rows"} adding or describing a budget line wrongly`);
  const describing = DESCRIBING.filter((column) => csv.header.includes(column));
  csv.rows.forEach((row, k) => {
    const line = csv.lines[k] as number;
    let entry = byId.get(row.budget);
    if (entry === undefined) {
      entry = { line: { id: row.budget, name: "", years: [] }, rows: { years: [], given: new Map() } };
      byId.set(row.budget, entry);
      lines.push(entry.line);
      rowsOf.push(entry.rows);
      if (existing?.has(row.budget) === true)
        found.add(
          line,
          () =>
            `${cellAt(csv, line, "budget")}: budget line ${printable(JSON.stringify(row.budget))} is already in the framework; a CSV line adds a line, it does not change one`,
        );
    }
    entry.line.years.push({ year: row.year, amount: row.amount });
    entry.rows.years.push(k);
    const cells = row as unknown as Readonly<Record<string, string | undefined>>;
    for (const column of describing) {
      const cell = cells[column];
      if (cell === undefined) continue;
      const earlier = entry.rows.given.get(column);
      if (earlier === undefined) {
        entry.line[column] = cell;
        entry.rows.given.set(column, k);
      } else if (entry.line[column] !== cell) {
        const first = csv.lines[earlier] as number;
        const was = entry.line[column] as string;
        found.add(
          line,
          () =>
            `${cellAt(csv, line, column)}: ${printable(JSON.stringify(cell))} differs from ${printable(JSON.stringify(was))} on line ${String(first)} for budget line ${printable(JSON.stringify(row.budget))}; the rows of a line give the same ${column}, or leave it empty`,
        );
      }
    }
  });
  // A line no row names is called by its id. An empty id is refused at its cell; its line is given a
  // name all the same, so that the one mistake is said once, not again as an empty name.
  for (const [k, line] of lines.entries())
    if (!(rowsOf[k] as LineRows).given.has("name")) line.name = line.id === "" ? "-" : line.id;
  const locate: CsvLocate = (entry, [field, year, cell]) => {
    const rows = rowsOf[entry];
    if (rows === undefined) return undefined;
    if (field === "years" && typeof year === "number") {
      const row = rows.years[year];
      if (row === undefined) return undefined;
      // A repeated year is worded by its place in the line ("is the year of years[0] as well"): said by its line.
      const words = (message: string): string =>
        message.replace(/\byears\[(\d+)\]/gu, (text, n: string) => {
          const other = rows.years[Number(n)];
          return other === undefined ? text : `line ${String(csv.lines[other])}`;
        });
      return { row, column: typeof cell === "string" ? cell : undefined, words };
    }
    if (field === "id") return { row: rows.years[0] as number, column: "budget" };
    const given = typeof field === "string" ? rows.given.get(field as Describing) : undefined;
    return { row: given ?? (rows.years[0] as number), column: given === undefined ? undefined : (field as string) };
  };
  return { lines, locate, found };
}

/**
 * @internal The rows of a spend CSV whose budget line the framework does not have (a misspelt id):
 * the first ten listed, the rest counted. Not an error (the checker's `unbudgeted-spend` and the
 * budget monitoring report the money), but the officer is told the row to mend.
 */
export function unbudgetedRows(csv: CsvTable<SpendRow>, framework: Framework): ListedRows {
  const known = new Set((framework.budgets ?? []).map((line) => line.id));
  const rows = new ListedRows((rest) => `${rest === 1 ? "row" : "rows"} naming no budget line`);
  csv.rows.forEach((row, k) => {
    if (known.has(row.budget)) return;
    const line = csv.lines[k] as number;
    rows.add(
      line,
      () =>
        `${cellAt(csv, line, "budget")}: ${printable(JSON.stringify(row.budget))} names no budget line of the framework, so no budget judges its money`,
    );
  });
  return rows;
}
