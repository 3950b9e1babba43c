import { describe, expect, it } from "vitest";
import { layoutOf } from "../../src/report/layout.js";
import { performanceReport, renderReportHtml } from "../../src/report/index.js";
import { REPORT_WORDS_EN_GB } from "../../src/report/index.js";
import { example } from "../helpers/fixtures.js";

const stockton = example("stockton");
const spelthorne = example("spelthorne");
const a = REPORT_WORDS_EN_GB.annex;
const l = REPORT_WORDS_EN_GB.layout;

// Issue 21, a reviewer's print of the Stockton and Spelthorne reports: scrutiny's own sections came
// after all five aims, the charts after the officers' annex one to a page, an exception's line of
// detail parted from its row by a page break, and the executive's version repeated each exception
// under its aim, each aim from a new page (16 pages for 11 targets).
describe("the printed report's layout, as a reviewer read it", () => {
  it("puts scrutiny's own sections directly after the exceptions, before what is going well and the aims", () => {
    for (const framework of [stockton, spelthorne]) {
      const previous = performanceReport(framework, { asOf: "2001-07-15", audience: "scrutiny" });
      const report = performanceReport(framework, { asOf: "2001-10-15", audience: "scrutiny", previous });
      const headings = layoutOf(report).sections.map((section) => section.heading);
      const at = headings.indexOf(l.exceptionsHeading);
      expect(headings[at + 1]).toBe(a.redRunsHeading);
      expect(headings[at + 2]).toBe(a.followUpOf(report.scrutiny?.followUp?.asOfText ?? ""));
      expect(headings[at + 3]).toBe(l.goingWellHeading);
      expect(headings.indexOf(report.aims[0]?.title ?? "")).toBeGreaterThan(at + 3);
    }
  });

  it("puts the charts after the members' sections and before the officers' annex, their links back hidden in print", () => {
    const report = performanceReport(stockton, { asOf: "2001-07-15" });
    const html = renderReportHtml(report, { charts: stockton });
    const charts = html.indexOf(`<h2>${REPORT_WORDS_EN_GB.charts.heading}</h2>`);
    const annex = html.indexOf('<section class="annex"');
    const lastAim = html.lastIndexOf('<section class="aim">');
    expect(charts).toBeGreaterThan(lastAim);
    expect(annex).toBeGreaterThan(charts);
    // Each figure kept whole, none forced onto a page of its own; two fit a printed page (82 mm each of 186 mm).
    expect(html).toContain(".chart { margin: 1rem 0 2rem; break-inside: avoid; }");
    expect(html).toContain(".chart svg { width: auto; max-height: 82mm; }");
    expect(html).not.toMatch(/\.chart[^{]*\{[^}]*break-(before|after): page/u);
    expect(html).toContain(".chart .back { display: none; }");
    expect(html.split('<p class="back"><a href="#spark-').length - 1).toBe(report.exceptions.length);
  });

  it("keeps each exception's row and its line of detail in a tbody of their own, kept on one page", () => {
    const report = performanceReport(stockton, { asOf: "2001-07-15" });
    const html = renderReportHtml(report);
    expect(html).toContain("tbody.kept { break-inside: avoid; }");
    const exceptions = html.split(`<caption>${l.exceptionsCaption}</caption>`)[1]?.split("</table>")[0] ?? "";
    const bodies = exceptions.split('<tbody class="kept">').slice(1);
    expect(bodies).toHaveLength(report.exceptions.length);
    for (const body of bodies) {
      // One row headed by its target, then its detail row, and the body closed.
      expect(body.match(/<tr>/gu)).toHaveLength(1);
      expect(body.match(/<tr class="detail">/gu)).toHaveLength(1);
      expect(body.trim().endsWith("</tbody>")).toBe(true);
    }
    // A table without detail lines keeps its one tbody.
    const goingWell = html.split(`<caption>${l.goingWellCaption}</caption>`)[1]?.split("</table>")[0] ?? "";
    expect(goingWell.match(/<tbody>/gu)).toHaveLength(1);
  });

  it("lists the executive's exceptions once, not again beneath each aim; scrutiny keeps every target beneath its aim", () => {
    for (const framework of [stockton, spelthorne]) {
      const executive = performanceReport(framework, { asOf: "2001-07-15" });
      const aims = layoutOf(executive).sections.filter((section) => section.kind === "aim");
      expect(aims).toHaveLength(executive.aims.length);
      for (const [i, aim] of aims.entries()) {
        const title = executive.aims[i]?.title ?? "";
        expect(aim.tables.map((table) => table.caption)).not.toContain(l.beneathCaption(false, title));
        // The aim keeps its counts and its objectives.
        expect(aim.paragraphs[0]).toMatch(/^Targets: /u);
        if ((executive.aims[i]?.objectives.length ?? 0) > 0)
          expect(aim.tables.map((table) => table.caption)).toContain(l.objectivesCaption(title));
      }
      const scrutiny = performanceReport(framework, { asOf: "2001-07-15", audience: "scrutiny" });
      const scrutinyAims = layoutOf(scrutiny).sections.filter((section) => section.kind === "aim");
      for (const [i, aim] of scrutinyAims.entries()) {
        const row = scrutiny.aims[i];
        if (row === undefined || row.targets.length === 0) continue;
        const every = aim.tables.find((table) => table.caption === l.beneathCaption(true, row.title));
        expect(every?.rows).toHaveLength(row.targets.length);
      }
    }
  });
});
