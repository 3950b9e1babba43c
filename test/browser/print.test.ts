import { writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { type Framework, parseFramework } from "../../src/index.js";
import { performanceReport, renderReportHtml } from "../../src/report/index.js";
import { jsonCopy, loadExample } from "../helpers/fixtures.js";
import { axeViolations, describeInChromium, screenshots, useChromium } from "./support.js";

/**
 * Issue 21: the report printed. On the default Letter page the twelve-column exceptions table
 * lost its right border; now the page is A4 landscape (`@page`), every table shares the page's
 * width out in a fixed layout and wraps long words, each aim is kept whole (scrutiny's start a page), headers repeat and
 * rows never split. Each report is printed to PDF by Chromium and measured in print emulation.
 */

/** A4 landscape, 297 × 210 mm, in PDF points (1/72 inch): 841.89 × 595.28. */
const A4_LANDSCAPE_POINTS = { width: 842, height: 595 };
/** The printed area's width in CSS pixels (96 to the inch): 297 mm less the 12 mm margins, 273 mm. */
const CONTENT_WIDTH = Math.floor((273 / 25.4) * 96);
/** And its height: 210 mm less the margins, 186 mm. */
const CONTENT_HEIGHT = Math.floor((186 / 25.4) * 96);

/** Each page's size in a PDF, read from the MediaBox of each page object in its bytes. */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/gu)].map(
    ([, x0 = "0", y0 = "0", x1 = "0", y1 = "0"]) => ({
      width: Math.round(Number(x1) - Number(x0)),
      height: Math.round(Number(y1) - Number(y0)),
    }),
  );
}

/** What the page's layout says in print emulation: each table's overflow, each cell's, and the print rules in force. */
async function printedLayout(page: Page): Promise<{
  pageWidth: number;
  documentWidth: number;
  tables: { caption: string; scrollWidth: number; containerWidth: number; right: number; columns: number }[];
  overflowingCells: string[];
  aims: { breakBefore: string; breakInside: string }[];
  keptBreakInside: string[];
  theadDisplay: string[];
  theadBreakAfter: string[];
  rowBreakInside: string[];
}> {
  return page.evaluate(() => {
    // The page's globals, typed for the calls made of them (the project has no DOM types).
    interface Element {
      textContent: string | null;
      scrollWidth: number;
      clientWidth: number;
      parentElement: Element | null;
      getBoundingClientRect: () => { left: number; right: number };
      querySelectorAll: (selector: string) => Iterable<Element>;
      querySelector: (selector: string) => Element | null;
    }
    const page = globalThis as unknown as {
      document: { documentElement: Element; querySelectorAll: (selector: string) => Iterable<Element> };
      getComputedStyle: (element: Element) => {
        breakBefore: string;
        breakAfter: string;
        display: string;
        breakInside: string;
      };
    };
    const all = (selector: string): Element[] => [...page.document.querySelectorAll(selector)];
    const tables = all("table").map((table) => ({
      caption: table.querySelector("caption")?.textContent ?? "",
      scrollWidth: table.scrollWidth,
      containerWidth: table.parentElement?.clientWidth ?? 0,
      right: Math.max(...[...table.querySelectorAll("th, td")].map((cell) => cell.getBoundingClientRect().right)),
      columns: [...table.querySelectorAll("thead th")].length,
    }));
    // A cell whose content is wider than the cell: a word or a status that does not wrap.
    const overflowingCells = all("th, td")
      .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => (cell.textContent ?? "").slice(0, 60));
    return {
      pageWidth: page.document.documentElement.clientWidth,
      documentWidth: page.document.documentElement.scrollWidth,
      tables,
      overflowingCells,
      aims: all("section.aim").map((section) => ({
        breakBefore: page.getComputedStyle(section).breakBefore,
        breakInside: page.getComputedStyle(section).breakInside,
      })),
      keptBreakInside: [...new Set(all("tbody.kept").map((body) => page.getComputedStyle(body).breakInside))],
      theadDisplay: [...new Set(all("thead").map((head) => page.getComputedStyle(head).display))],
      theadBreakAfter: [...new Set(all("thead").map((head) => page.getComputedStyle(head).breakAfter))],
      rowBreakInside: [...new Set(all("tr").map((row) => page.getComputedStyle(row).breakInside))],
    };
  });
}

/** Stockton with words no column can hold: a 120-character title with no space, a long owner's name. */
function stocktonWithLongWords(): Framework {
  const framework = jsonCopy(parseFramework(loadExample("stockton")));
  const relet = framework.targets.find((target) => target.id === "t-relet-28-days");
  if (relet !== undefined) relet.title = `Re-lets:${"x".repeat(60)}${"/www.stockton.gov.uk/housing/voids".repeat(2)}`;
  const owner = framework.owners.find((candidate) => candidate.id === "leader-estate-management");
  if (owner !== undefined) owner.name = "Estatemanagementandvoidpropertyturnaroundteamleader(northandsouthpatches)";
  return parseFramework(framework);
}

describeInChromium("the report printed on A4 landscape in headless Chromium (issue 21)", () => {
  const chromium = useChromium();
  const frameworks = {
    stockton: parseFramework(loadExample("stockton")),
    spelthorne: parseFramework(loadExample("spelthorne")),
    "stockton-long-words": stocktonWithLongWords(),
  };

  const cases = (["stockton", "spelthorne", "stockton-long-words"] as const).flatMap((name) =>
    (["executive", "scrutiny"] as const).flatMap((audience) =>
      (name === "stockton-long-words" ? ["2001-07-15"] : ["2001-07-15", "2002-05-15"]).map((asOf) => ({
        name,
        audience,
        asOf,
      })),
    ),
  );

  it.each(cases)(
    "prints $name's $audience report of $asOf on A4 landscape, no table wider than its page, aims kept whole",
    async ({ name, audience, asOf }) => {
      const report = performanceReport(frameworks[name], { asOf, audience });
      const html = renderReportHtml(report);
      const page = await chromium.page({ width: CONTENT_WIDTH, height: CONTENT_HEIGHT });
      await page.setContent(html);
      // On screen, and in print: no WCAG 2.2 AA violation.
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ media: "print" });
      expect(await axeViolations(page)).toEqual([]);

      const layout = await printedLayout(page);
      expect(layout.pageWidth).toBe(CONTENT_WIDTH);
      // Nothing on the page is wider than the page.
      expect(layout.documentWidth).toBeLessThanOrEqual(layout.pageWidth);
      expect(layout.tables.length).toBeGreaterThan(3);
      for (const table of layout.tables) {
        expect(table.scrollWidth, `"${table.caption}" fits its container`).toBeLessThanOrEqual(table.containerWidth);
        expect(table.right, `"${table.caption}"'s cells end within the page`).toBeLessThanOrEqual(
          layout.pageWidth + 0.5,
        );
      }
      expect(layout.overflowingCells).toEqual([]);
      // Scrutiny's aims (every target listed) each start a page; the executive's (counts and
      // objectives, short) are kept whole but share pages. Table headers repeat on each page, and
      // never end a page alone (Chromium left the exceptions table's header at the foot of page 1,
      // its rows on page 2); rows never split, nor an exception's row from its line of detail.
      expect(layout.aims).toHaveLength(report.aims.length);
      for (const aim of layout.aims)
        expect(aim).toEqual({ breakBefore: audience === "scrutiny" ? "page" : "auto", breakInside: "avoid" });
      expect(layout.keptBreakInside).toEqual(report.exceptions.length === 0 ? [] : ["avoid"]);
      expect(layout.theadDisplay).toEqual(["table-header-group"]);
      expect(layout.theadBreakAfter).toEqual(["avoid"]);
      expect(layout.rowBreakInside).toEqual(["avoid"]);
      await page.screenshot({ path: `${screenshots}print-${name}-${audience}-${asOf}.png`, fullPage: true });
      // The first page's worth (docs/images/print-stockton-2001-07-15.png is Stockton's executive one).
      await page.screenshot({ path: `${screenshots}print-${name}-${audience}-${asOf}-first-page.png` });

      // The PDF: every page A4 landscape; scrutiny's, at least a page for the opening sections and one an aim.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      writeFileSync(`${screenshots}print-${name}-${audience}-${asOf}.pdf`, pdf);
      const sizes = pageSizes(pdf);
      expect(sizes.length).toBeGreaterThanOrEqual(audience === "scrutiny" ? 1 + report.aims.length : 2);
      expect(new Set(sizes.map((size) => `${String(size.width)}x${String(size.height)}`))).toEqual(
        new Set([`${String(A4_LANDSCAPE_POINTS.width)}x${String(A4_LANDSCAPE_POINTS.height)}`]),
      );
      expect(chromium.requests).toEqual([]);
      await page.close();
    },
  );
});
