import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { defaultCatalogue } from "../../src/assessment/index.js";
import { TABLE_END, TABLE_START, catalogueRows, catalogueTable, tableCells } from "./catalogueTable.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const guide = readFileSync(`${root}docs/assessment.md`, "utf8");

describe("docs/assessment.md", () => {
  it("holds the catalogue table as generated from the data, so it cannot drift", () => {
    const start = guide.indexOf(TABLE_START);
    const end = guide.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    // Cell by cell, whatever padding Prettier gave the columns.
    expect(tableCells(guide.slice(start, end))).toEqual(tableCells(catalogueTable()));
  });

  it("generates a row for each of the 44 items, its building block and success factors", () => {
    const rows = catalogueRows(defaultCatalogue);
    expect(rows).toHaveLength(44);
    expect(rows.find((row) => row[1] === "`targets-related-and-cascaded`")).toEqual([
      "A focus on outcomes",
      "`targets-related-and-cascaded`",
      "↳ Related and cascaded, so that the whole organisation understands the links between targets, and where responsibility lies for improvement",
      "derived",
      "measures-and-targets",
      "2, 3",
    ]);
    expect(tableCells(catalogueTable())).toEqual(rows);
  });
});
