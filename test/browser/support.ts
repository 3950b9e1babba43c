import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";

/**
 * What every browser test shares: where Chromium is (and the skip where it is not), Chromium
 * launched for a suite, where screenshots go, a page that refuses every request, a page wrapped
 * round a fragment, and axe-core's verdict on a page.
 */
const require = createRequire(import.meta.url);

/** Debian's Chromium (or CHROMIUM_PATH); undefined where none is installed, and the tests skip. */
export const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (path): path is string => path !== undefined && path !== "" && existsSync(path),
);
if (executablePath === undefined)
  console.warn(
    "test/browser skipped: Chromium is not installed. Install it with `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH.",
  );

/** `describe`, skipped where Chromium is not installed. */
export const describeInChromium = describe.skipIf(executablePath === undefined);

/** The git-ignored folder the tests write their screenshots and PDFs to. */
export const screenshots = fileURLToPath(new URL("./screenshots/", import.meta.url));

/** mermaid's browser bundle and axe-core, from node_modules. */
export const MERMAID_JS = require.resolve("mermaid/dist/mermaid.min.js");
const AXE_JS = require.resolve("axe-core/axe.min.js");

/** A page that records each request it would make in `requests` and refuses it: the pages here make none. */
async function isolatedPage(
  browser: Browser,
  requests: string[],
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.route("**/*", async (route) => {
    requests.push(route.request().url());
    await route.abort();
  });
  return page;
}

/** Chromium for the enclosing suite, and the requests its isolated pages tried (which must stay none). */
export interface ChromiumSuite {
  /** Every request any of the suite's pages tried to make, in order. */
  readonly requests: string[];
  /** A new page of the suite's browser that records and refuses every request (1280 × 900 unless told). */
  page(viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * Registers, in the enclosing `describe`, Chromium's launch before its tests (making the
 * screenshots folder) and its close after them.
 */
export function useChromium(): ChromiumSuite {
  let browser: Browser | undefined;
  const requests: string[] = [];
  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    browser = await chromium.launch({ executablePath: executablePath as string, args: ["--no-sandbox"] });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    requests,
    page: async (viewport) => {
      if (browser === undefined) throw new Error("useChromium: the browser is used before the suite's beforeAll ran");
      return isolatedPage(browser, requests, viewport);
    },
  };
}

/** A whole English (UK) HTML document titled `title` whose main holds `main` (with the id `mainId`, if given). */
export function htmlDocument(title: string, main: string, mainId?: string): string {
  const id = mainId === undefined ? "" : ` id="${mainId}"`;
  return `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><main${id}>${main}</main></body></html>`;
}

/** axe-core's verdict on the page: the violations of WCAG 2.0, 2.1 and 2.2 A and AA rules. */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: number }[]> {
  await page.addScriptTag({ path: AXE_JS });
  return page.evaluate(async () => {
    // The page's globals, typed for the calls made of them (the project has no DOM types).
    const page = globalThis as unknown as {
      document: object;
      axe: {
        run: (
          context: object,
          options: object,
        ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>;
      };
    };
    const results = await page.axe.run(page.document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.length,
    }));
  });
}
