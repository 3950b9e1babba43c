import { expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { performanceReport, renderReportHtml } from "../../src/report/index.js";
import { loadExample } from "../helpers/fixtures.js";
import { axeViolations, describeInChromium, screenshots, useChromium } from "./support.js";

/**
 * Issue 23: the members' report's resources section in a real browser, as the executive and
 * scrutiny read it the day after the first quarter and a year on, on screen and printed.
 */

/** The printed area in CSS pixels: A4 landscape less 12 mm margins, 273 mm wide. */
const CONTENT_WIDTH = Math.floor((273 / 25.4) * 96);

const RESOURCES = [
  "Resources",
  "Money by aim and portfolio",
  "Carry-forwards",
  "The money behind red targets",
  "Cost per outcome",
];

describeInChromium("the report's resources section in headless Chromium (issue 23)", () => {
  const chromium = useChromium();
  const stockton = parseFramework(loadExample("stockton"));

  it("shows the section after the aims and before the annex, tinted, captioned, with no WCAG 2.2 AA violation", async () => {
    const page = await chromium.page();
    for (const [asOf, audience, linesHeading] of [
      ["2001-07-15", "executive", "Budget lines off budget"],
      ["2001-07-15", "scrutiny", "Budget lines"],
      ["2002-07-15", "executive", "Budget lines off budget"],
    ] as const) {
      await page.setContent(renderReportHtml(performanceReport(stockton, { asOf, audience })));
      const headings = await page.locator("main h2").allTextContents();
      const first = headings.indexOf("Resources");
      expect(headings.slice(first, first + 6)).toEqual([...RESOURCES.slice(0, 2), linesHeading, ...RESOURCES.slice(2)]);
      expect(headings.indexOf("Officers' annex")).toBeGreaterThan(first + 5);
      const section = (name: string) => page.locator("section", { has: page.locator("h2", { hasText: name }) }).last();
      for (const caption of await section("Resources").locator("caption").all())
        expect(await caption.isVisible()).toBe(true);
      // The lines table: street cleansing red, tinted as the performance statuses are, its variance in words.
      const lines = section(linesHeading);
      if (asOf === "2001-07-15") {
        const street = lines.locator("tr", { hasText: "Street cleansing" });
        expect(await street.locator(".status-red").textContent()).toBe("✖ Red");
        expect(await street.textContent()).toContain("£67,950 over (6.8%)");
        expect(await lines.locator("tbody tr").count()).toBe(audience === "scrutiny" ? 5 : 2);
      } else {
        expect(await section("Carry-forwards").locator("tbody tr").count()).toBe(2);
        expect(await section("Cost per outcome").locator("tbody tr").first().textContent()).toContain("↑ improving");
      }
      expect(await axeViolations(page)).toEqual([]);
      await section("Resources").screenshot({ path: `${screenshots}resources-${audience}-${asOf}.png` });
    }
    expect(chromium.requests).toEqual([]);
    await page.close();
  });

  it("prints every resources table within the page's width", async () => {
    const page = await chromium.page({ width: CONTENT_WIDTH, height: 700 });
    await page.setContent(renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15", audience: "scrutiny" })));
    await page.emulateMedia({ media: "print" });
    const widths = await page.evaluate(
      (names) => {
        const doc = (
          globalThis as unknown as {
            document: {
              querySelectorAll: (selector: string) => ArrayLike<{
                textContent: string | null;
                closest: (
                  selector: string,
                ) => { querySelectorAll: (s: string) => ArrayLike<{ scrollWidth: number }> } | null;
              }>;
            };
          }
        ).document;
        const found: number[] = [];
        for (const heading of Array.from(doc.querySelectorAll("main h2"))) {
          if (!names.includes(heading.textContent ?? "")) continue;
          for (const table of Array.from(heading.closest("section")?.querySelectorAll("table") ?? []))
            found.push(table.scrollWidth);
        }
        return found;
      },
      [...RESOURCES, "Budget lines"],
    );
    expect(widths.length).toBeGreaterThanOrEqual(5);
    for (const width of widths) expect(width).toBeLessThanOrEqual(CONTENT_WIDTH);
    await page.close();
  });
});
