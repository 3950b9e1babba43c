import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { REPORT_WORDS_EN_GB, type ReportWords, performanceReport, renderReportHtml } from "../../src/report/index.js";
import { loadExample } from "../helpers/fixtures.js";

/**
 * Issue 21: a report in a council's own words (a partial Welsh catalogue) is a page whose language
 * is its words' (`lang="cy"`), read by the browser as such, and axe-core finds no WCAG 2.2 AA
 * violation on it (`html-has-lang`, `html-lang-valid` among its rules).
 */
const require = createRequire(import.meta.url);
const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (path): path is string => path !== undefined && path !== "" && existsSync(path),
);

const stockton = parseFramework(loadExample("stockton"));
const cy: ReportWords = {
  ...REPORT_WORDS_EN_GB,
  lang: "cy",
  layout: { ...REPORT_WORDS_EN_GB.layout, exceptionsHeading: "Eithriadau", goingWellHeading: "Yn mynd yn dda" },
};

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const page = globalThis as unknown as {
      document: object;
      axe: { run: (context: object, options: object) => Promise<{ violations: { id: string }[] }> };
    };
    const results = await page.axe.run(page.document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return results.violations.map((violation) => violation.id);
  });
}

describe.skipIf(executablePath === undefined)("the report in a council's own words, in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath as string, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser.close();
  });

  it('is a page in Welsh (lang="cy"), its dates Welsh, with no axe-core violation', async () => {
    const html = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15", words: cy }), {
      words: cy,
      charts: stockton,
    });
    const page = await browser.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html);
    const read = await page.evaluate(() => {
      const document = (
        globalThis as unknown as { document: { documentElement: { lang: string }; body: { innerText: string } } }
      ).document;
      return { lang: document.documentElement.lang, text: document.body.innerText };
    });
    expect(read.lang).toBe("cy");
    expect(read.text).toContain("Eithriadau");
    expect(read.text).toContain("15 Gorffennaf 2001");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
