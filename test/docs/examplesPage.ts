import { readFileSync } from "node:fs";
import { expect } from "vitest";

const page = readFileSync(new URL("../../docs/examples.md", import.meta.url), "utf8");

/**
 * The table lines of docs/examples.md under the heading `### <title>` (up to the next heading), each
 * split into its trimmed cells (cell 0 is before the first `|`). Fails the test when the page has no
 * such section.
 */
export function tableCellsUnder(title: string): string[][] {
  const start = page.indexOf(`### ${title}\n`);
  expect(start, `docs/examples.md has no section "### ${title}"`).toBeGreaterThanOrEqual(0);
  const rest = page.slice(start + title.length + 5);
  const section = rest.slice(0, rest.search(/\n#{2,3} /) >>> 0);
  return section.split("\n").map((line) => line.split("|").map((cell) => cell.trim()));
}

/** The examples and dates docs/examples.md tables (each table's title, date and example's file name). */
export const EXAMPLE_PAGE_CASES = [
  ["Stockton", "2001-10-01", "stockton"],
  ["Stockton", "2002-04-15", "stockton"],
  ["Stockton", "2002-05-10", "stockton"],
  ["Spelthorne", "2001-10-01", "spelthorne"],
  ["Spelthorne", "2002-04-15", "spelthorne"],
  ["Spelthorne", "2002-05-10", "spelthorne"],
] as const;
