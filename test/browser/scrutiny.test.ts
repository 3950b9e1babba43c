import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { performanceReport, renderReportHtml } from "../../src/report/index.js";
import { loadExample } from "../helpers/fixtures.js";

/**
 * Issue 21: scrutiny's version, with last quarter's decisions followed up, and the officers' annex,
 * in headless Chromium: the annex's section comes after every members' section, its headings one
 * level down, and axe-core finds no WCAG 2.2 AA violation. Skipped where Chromium is not installed.
 */
const require = createRequire(import.meta.url);
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (path): path is string => path !== undefined && path !== "" && existsSync(path),
);
const screenshots = fileURLToPath(new URL("./screenshots/", import.meta.url));
const images = fileURLToPath(new URL("../../docs/images/", import.meta.url));

const stockton = parseFramework(loadExample("stockton"));
const spelthorne = parseFramework(loadExample("spelthorne"));

async function axeViolations(page: Page): Promise<{ id: string; nodes: number }[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const page = globalThis as unknown as {
      document: object;
      axe: { run: (context: object, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    };
    const results = await page.axe.run(page.document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.length }));
  });
}

describe.skipIf(executablePath === undefined)("scrutiny's version and the officers' annex in headless Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({ executablePath: executablePath as string, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser.close();
  });

  it("Stockton and Spelthorne, a quarter on: the annex last, its headings h3, no axe violation", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    await page.route("**/*", async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
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
        "Reviews due in the period, 1 July 2001 to 30 September 2001",
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
        await followUp.screenshot({ path: `${images}scrutiny-follow-up-2001-10-15.png` });
        await annex.screenshot({ path: `${screenshots}annex-stockton.png` });
      }
    }
    expect(requests).toEqual([]);
    await page.close();
  });
});
