import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seedPath = `${root}../shared/seed/000_5d6f965cfb48d0d7.txt`;
const fallbackPath = "/work/shared/seed/000_5d6f965cfb48d0d7.txt";

/** The seed paper's text, as stored for the project. */
export function seedText(): string {
  for (const path of [seedPath, fallbackPath]) {
    try {
      return readFileSync(path, "utf8");
    } catch {
      // try the next place
    }
  }
  throw new Error(`the seed paper is at neither ${seedPath} nor ${fallbackPath}`);
}

/**
 * The seed's text between two markers, with its layout undone: the HTML list tags and bullets of the
 * appendix's table become line breaks, a list item's leading "- " goes, and runs of white space become
 * one space (one Appendix A characteristic runs across a page break as "performance\n\n- information").
 */
export function seedSection(from: string, to: string): string {
  const seed = seedText();
  const start = seed.indexOf(from);
  const end = seed.indexOf(to, start + from.length);
  if (start < 0 || end < 0) throw new Error(`the seed has no section from "${from}" to "${to}"`);
  return seed
    .slice(start, end)
    .replace(/<[^>]+>|•/g, "\n")
    .replace(/\n\s*-\s+/g, "\n")
    .replace(/\s+/g, " ");
}
