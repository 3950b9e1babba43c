/**
 * The docs' links: every relative link in README.md and docs/ names a file that exists, and every
 * `#anchor` a heading of the page it points at (GitHub's slugs: lower case, punctuation dropped,
 * spaces as hyphens, a repeated heading numbered).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "api") return [];
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

/** GitHub's anchors for a page's headings. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const body = markdown.replace(/^```[\s\S]*?^```/gm, "");
  for (const [, heading] of body.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = (heading ?? "")
      .replace(/`/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${String(count)}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/** The relative links of a page, outside code, with the line each is on. */
function linksOf(markdown: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  let inCode = false;
  markdown.split("\n").forEach((text, index) => {
    if (/^\s*```/.test(text)) inCode = !inCode;
    if (inCode) return;
    const prose = text.replace(/`[^`]*`/g, "");
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g))
      if (target !== undefined && !/^[a-z]+:/i.test(target)) links.push({ target, line: index + 1 });
  });
  return links;
}

const pages = ["README.md", "CHANGELOG.md", ...markdownFiles("docs")];

describe("the docs' links", () => {
  it("finds the pages and their links", () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(linksOf(readFileSync("README.md", "utf8")).length).toBeGreaterThan(10);
  });

  it.each(pages)("%s links to files and headings that exist", (page) => {
    const broken: string[] = [];
    for (const { target, line } of linksOf(readFileSync(page, "utf8"))) {
      const [file = "", anchor] = target.split("#");
      const path = file === "" ? page : join(dirname(page), decodeURIComponent(file));
      if (!existsSync(path)) {
        broken.push(`${page}:${String(line)}: ${target} (no file ${relative(".", path)})`);
        continue;
      }
      if (anchor !== undefined && path.endsWith(".md") && !anchorsOf(readFileSync(path, "utf8")).has(anchor))
        broken.push(`${page}:${String(line)}: ${target} (no heading #${anchor} in ${relative(".", path)})`);
    }
    expect(broken).toEqual([]);
  });
});
