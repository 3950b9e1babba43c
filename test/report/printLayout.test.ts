import { describe, expect, it } from "vitest";
import { columnShares } from "../../src/report/html.js";
import { layoutOf } from "../../src/report/layout.js";
import { performanceReport, renderReportHtml } from "../../src/report/index.js";
import { example } from "../helpers/fixtures.js";

const stockton = example("stockton");
const spelthorne = example("spelthorne");

// Issue 21: the HTML report printed on the browser's default page (Letter, portrait) and its
// twelve-column exceptions table lost its right border. The browser test (test/browser/print.test.ts)
// prints it; these check what the page asks for.
describe("the HTML report's print layout", () => {
  it("asks for A4 landscape pages, keeps each aim's section whole, and starts scrutiny's aims on a new page", () => {
    for (const framework of [stockton, spelthorne])
      for (const audience of ["executive", "scrutiny"] as const) {
        const report = performanceReport(framework, { asOf: "2001-07-15", audience });
        const html = renderReportHtml(report);
        expect(html).toContain("@page { size: A4 landscape; margin: 12mm;");
        // The executive's aims (counts and objectives, short) kept whole, never forced onto a page of their own.
        expect(html).toContain("section.aim { break-inside: avoid; }");
        expect(html).not.toContain("section.aim { break-before: page; }");
        expect(html).toContain("section.aim-page { break-before: page; }");
        const marked = audience === "scrutiny" ? '<section class="aim aim-page">' : '<section class="aim">';
        expect(html.split(marked).length - 1).toBe(report.aims.length);
        // The layout marks the aims' sections.
        const kinds = layoutOf(report).sections.map((section) => section.kind);
        expect(kinds.filter((kind) => kind === "aim")).toHaveLength(report.aims.length);
      }
  });

  it("gives every table a fixed layout with a width for each column, the widths summing to 100%", () => {
    const html = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }));
    expect(html).toContain("table-layout: fixed;");
    const tables = html.split("<table>").slice(1);
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const widths = [...table.matchAll(/<col style="width: ([\d.]+)%">/gu)].map((match) => Number(match[1]));
      const headers = (table.split("</thead>")[0] ?? "").split('<th scope="col">').length - 1;
      expect(widths).toHaveLength(headers);
      expect(Math.abs(widths.reduce((sum, width) => sum + width, 0) - 100)).toBeLessThan(0.5);
    }
  });

  it("shares a table's width by its contents: a long word is capped, a status and a short column keep their room", () => {
    const shares = columnShares({
      caption: "c",
      headers: ["Target", "Status", "Why", "Commentary"],
      rows: [
        [
          { text: `A${"x".repeat(200)}` },
          { text: "… Awaiting data", status: "awaiting-data" },
          { text: "amber" },
          { text: "word ".repeat(60) },
        ],
      ],
    });
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(100, 6);
    const [target = 0, status = 0, why = 0, commentary = 0] = shares;
    // A line holds about 150 characters: the status (15 characters, bold, with its symbol and
    // padding) keeps about 23 of them, "amber" its 5 and padding; the 201-character word is
    // counted as 16 (bold) and shares what is left with the 300-character commentary.
    expect(status).toBeGreaterThan((100 * 22) / 150);
    expect(why).toBeGreaterThan((100 * 7.5) / 150);
    expect(commentary).toBeGreaterThan(target);
    expect(target).toBeGreaterThan((100 * 18) / 150);
  });

  it("shares a narrow table's width in proportion to its longest cells", () => {
    const shares = columnShares({
      caption: "c",
      headers: ["Status", "Targets"],
      rows: [[{ text: "✖ Red", status: "red" }, { text: "3" }]],
    });
    // In characters: the status "✖ Red" (5, and 3 for its badge) bold (x1.15) and 3 of padding, 12.2;
    // the header "Targets" (7) bold and padding, 11.05. Both fit a line, so each gets its own:
    // 12.2 / 23.25 = 52.5%, 11.05 / 23.25 = 47.5%.
    expect(shares.map((share) => share.toFixed(1))).toEqual(["52.5", "47.5"]);
  });
});
