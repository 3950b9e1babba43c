import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";

/**
 * What the cascade and print browser tests share: where Chromium is, where screenshots go, a page
 * that refuses every request, and axe-core's verdict on a page.
 */
const require = createRequire(import.meta.url);

/** Debian's Chromium (or CHROMIUM_PATH); undefined where none is installed, and the tests skip. */
export const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (path): path is string => path !== undefined && path !== "" && existsSync(path),
);

/** The git-ignored folder the tests write their screenshots and PDFs to. */
export const screenshots = fileURLToPath(new URL("./screenshots/", import.meta.url));

/** mermaid's browser bundle and axe-core, from node_modules. */
export const MERMAID_JS = require.resolve("mermaid/dist/mermaid.min.js");
const AXE_JS = require.resolve("axe-core/axe.min.js");

/** A page that records each request it would make in `requests` and refuses it: the pages here make none. */
export async function isolatedPage(
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
