import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The browser tests write their screenshots and PDFs only into test/browser/screenshots/ (git-
 * ignored): scrutiny.test.ts wrote docs/images/scrutiny-follow-up-2001-10-15.png on every run,
 * dirtying the tree. The images docs use are copied from there by hand. No browser needed.
 */
const folder = fileURLToPath(new URL("./", import.meta.url));

describe("the browser tests' screenshots", () => {
  it("go to the screenshots folder only, never docs/", () => {
    const files = readdirSync(folder).filter((name) => name.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const text = readFileSync(`${folder}${name}`, "utf8");
      // Every path a test writes to (a screenshot's or a file's) starts with the screenshots folder.
      const writes = [...text.matchAll(/(?:path:|writeFileSync\()\s*`([^`]*)`/gu)].map((match) => match[1] ?? "");
      for (const path of writes) expect(path, `${name} writes ${path}`).toMatch(/^\$\{screenshots\}/u);
      expect(text, name).not.toMatch(/new URL\("(?:\.\.\/)+docs/u);
    }
  });
});
