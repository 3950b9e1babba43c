import { expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { performanceReport, renderReportHtml, renderTrajectorySvg } from "../../src/report/index.js";
import { type Box, intersects, textBox } from "../../src/report/chartAxes.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { loadExample } from "../helpers/fixtures.js";
import { oneTarget } from "../helpers/oneTarget.js";
import { axeViolations, describeInChromium, htmlDocument, screenshots, useChromium } from "./support.js";

/**
 * Issue 21's charts in a real browser (Debian's Chromium through playwright-core, as
 * report.test.ts): the report's sparklines render and link to their full charts, the page holds no
 * id twice, axe-core finds nothing; and the point labels Chromium draws never meet, each inside
 * the box the renderer estimated for it.
 */
const stockton = parseFramework(loadExample("stockton"));

/** The page's document, typed for the calls made of it (the project has no DOM types). */
interface Element {
  id: string;
  getAttribute: (name: string) => string | null;
  querySelector: (selector: string) => Element | null;
  querySelectorAll: (selector: string) => ArrayLike<Element>;
  textContent: string | null;
  getBBox: () => { x: number; y: number; width: number; height: number };
}
interface Document {
  getElementById: (id: string) => Element | null;
  querySelectorAll: (selector: string) => ArrayLike<Element>;
}

describeInChromium("charts in headless Chromium", () => {
  const chromium = useChromium();

  it("draws a sparkline beside each exception, each linking to its full chart, no id twice, no axe violation", async () => {
    const page = await chromium.page();
    for (const asOf of ["2001-07-15", "2002-05-15"]) {
      const report = performanceReport(stockton, { asOf });
      await page.setContent(renderReportHtml(report, { charts: stockton }));
      const found = await page.evaluate(() => {
        const document = (globalThis as unknown as { document: Document }).document;
        const ids = Array.from(document.querySelectorAll("[id]"), (element) => element.id);
        const links = Array.from(document.querySelectorAll("a.sparkline-link"), (link) => {
          const href = link.getAttribute("href") ?? "";
          const target = document.getElementById(href.slice(1));
          const back = target?.querySelector("a[href^='#spark-']")?.getAttribute("href") ?? "";
          return {
            href,
            inTargetCell: link.querySelector("svg.sparkline") !== null,
            chartTitle: target?.querySelector("svg title")?.textContent ?? null,
            backResolves: document.getElementById(back.slice(1)) === link,
            sparkTitle: link.querySelector("svg title")?.textContent ?? "",
          };
        });
        // Every reference inside an SVG resolves to an element of the same SVG.
        const unresolved = Array.from(document.querySelectorAll("svg"), (svg) =>
          (svg.getAttribute("aria-labelledby") ?? "")
            .split(" ")
            .filter((id) => id !== "" && svg.querySelector(`[id="${id}"]`) === null),
        ).flat();
        return { ids, links, unresolved, rows: document.querySelectorAll("th[scope=row] a.sparkline-link").length };
      });
      expect(found.links).toHaveLength(report.exceptions.length);
      expect(found.rows).toBe(report.exceptions.length);
      expect(new Set(found.ids).size).toBe(found.ids.length);
      expect(found.unresolved).toEqual([]);
      for (const link of found.links) {
        expect(link.inTargetCell).toBe(true);
        expect(link.chartTitle).toContain("expected path and measurements");
        expect(link.backResolves).toBe(true);
        expect(link.sparkTitle).toContain(": trend.");
      }
      // Each sparkline is drawn at 120 × 32, visible.
      for (const spark of await page.locator("svg.sparkline").all()) {
        expect(await spark.isVisible()).toBe(true);
        expect(await spark.boundingBox()).toMatchObject({ width: 120, height: 32 });
      }
      // Following a sparkline's link brings its chart into view.
      await page.locator("a.sparkline-link").first().click();
      expect(await page.locator("#chart-1").isVisible()).toBe(true);
      expect(await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).toBe(
        "#chart-1",
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.evaluate(() => {
        (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0);
      });
      await page.screenshot({ path: `${screenshots}report-sparklines-${asOf}.png`, fullPage: true });
    }
    expect(chromium.requests).toEqual([]);
    await page.close();
  });

  it("draws labels that never meet, each inside the box the renderer estimated", async () => {
    const page = await chromium.page({ width: 700, height: 900 });
    // A crowded series: a figure every week for a year, in a small chart.
    const weekly = oneTarget(
      { frequency: "monthly", unit: "households", decimals: 1 },
      Array.from({ length: 52 }, (_, i) => ({
        indicator: "pi",
        date: fromDayNumber(toDayNumber("2001-04-06") + 7 * i),
        value: String(80 + ((i * 37) % 23) / 2),
      })),
    );
    const charts: [string, string][] = [
      ["zone-cleanliness", renderTrajectorySvg(stockton, "t-zone-cleanliness", { asOf: "2001-07-15" })],
      ["zone-cleanliness-year-end", renderTrajectorySvg(stockton, "t-zone-cleanliness", { asOf: "2002-05-15" })],
      ["relet", renderTrajectorySvg(stockton, "t-relet-28-days", { asOf: "2001-10-01" })],
      ["weekly", renderTrajectorySvg(weekly, "t", { asOf: "2002-03-31", width: 480, height: 260 })],
    ];
    for (const [name, svg] of charts) {
      await page.setContent(htmlDocument("Chart", `<h1>Chart</h1>${svg}`));
      const labels = await page.evaluate(() => {
        const document = (globalThis as unknown as { document: Document }).document;
        return Array.from(document.querySelectorAll("text.point-label, text.goal-label"), (text) => ({
          x: Number(text.getAttribute("x")),
          y: Number(text.getAttribute("y")),
          anchor: text.getAttribute("text-anchor") === "end" ? ("end" as const) : ("start" as const),
          text: text.textContent ?? "",
          // A plain copy: an SVGRect's fields are getters, which do not cross back to node.
          drawn: (({ x, y, width, height }) => ({ x, y, width, height }))(text.getBBox()),
        }));
      });
      expect(labels.length).toBeGreaterThan(1);
      const drawn: Box[] = labels.map((label) => ({
        left: label.drawn.x,
        top: label.drawn.y,
        right: label.drawn.x + label.drawn.width,
        bottom: label.drawn.y + label.drawn.height,
      }));
      labels.forEach((label, i) => {
        const estimate = textBox(label.x, label.y, label.text, 12, label.anchor);
        const box = drawn[i] as Box;
        // Chromium's box within the estimate, to a pixel (its glyph boxes round outward).
        expect(box.left).toBeGreaterThanOrEqual(estimate.left - 1);
        expect(box.right).toBeLessThanOrEqual(estimate.right + 1);
        expect(box.top).toBeGreaterThanOrEqual(estimate.top - 1);
        expect(box.bottom).toBeLessThanOrEqual(estimate.bottom + 1);
        drawn.forEach((other, j) => {
          if (j > i)
            expect(intersects(box, other), `${name}: "${label.text}" meets "${labels[j]?.text ?? ""}"`).toBe(false);
        });
      });
      expect(await axeViolations(page)).toEqual([]);
      await page.locator("svg").screenshot({ path: `${screenshots}chart-labels-${name}.png` });
    }
    expect(chromium.requests).toEqual([]);
    await page.close();
  });
});
