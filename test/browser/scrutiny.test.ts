import { expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { performanceReport, renderReportHtml } from "../../src/report/index.js";
import { loadExample } from "../helpers/fixtures.js";
import { axeViolations, describeInChromium, screenshots, useChromium } from "./support.js";

/**
 * Issue 21: scrutiny's version, with last quarter's decisions followed up, and the officers' annex,
 * in headless Chromium: the annex's section comes after every members' section, its headings one
 * level down, and axe-core finds no WCAG 2.2 AA violation. Skipped where Chromium is not installed.
 */

const stockton = parseFramework(loadExample("stockton"));
const spelthorne = parseFramework(loadExample("spelthorne"));

describeInChromium("scrutiny's version and the officers' annex in headless Chromium", () => {
  const chromium = useChromium();

  it("Stockton and Spelthorne, a quarter on: the annex last, its headings h3, no axe violation", async () => {
    const page = await chromium.page();
    for (const [name, framework] of [
      ["stockton", stockton],
      ["spelthorne", spelthorne],
    ] as const) {
      const previous = performanceReport(framework, { asOf: "2001-07-15", audience: "scrutiny" });
      const report = performanceReport(framework, { asOf: "2001-10-15", audience: "scrutiny", previous });
      await page.setContent(renderReportHtml(report));
      // Every h2 before the annex is the members'; the annex's own sections are h3s inside it.
      const headings = await page.locator("h2").allTextContents();
      expect(headings.at(-1)).toBe("Officers' annex");
      expect(headings).toContain("What was decided last time, and whether it happened (report of 15 July 2001)");
      const annex = page.locator("section.annex");
      expect(await annex.locator("h3").allTextContents()).toEqual([
        "Reviews of the period 1 July 2001 to 30 September 2001, and when each is due",
        "Overdue reviews",
        "Findings of the cascade checker",
        "Data caveats",
      ]);
      expect(await page.locator("main > section:not(.annex) h3").count()).toBe(0);
      expect(await page.locator("text=agree a corrective action").count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${screenshots}scrutiny-${name}.png`, fullPage: true });
      if (name === "stockton") {
        const followUp = page.locator("section", { hasText: "What was decided last time" }).last();
        // Into the git-ignored screenshots folder only, so a run never dirties the tree;
        // docs/images/scrutiny-follow-up-2001-10-15.png is a copy of it, made by hand when the page changes.
        await followUp.screenshot({ path: `${screenshots}scrutiny-follow-up-2001-10-15.png` });
        await annex.screenshot({ path: `${screenshots}annex-stockton.png` });
      }
    }
    expect(chromium.requests).toEqual([]);
    await page.close();
  });
});
