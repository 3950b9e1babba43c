/**
 * Writes test/cascade/fixtures/golden.json: the digests of checkCascade's reports on every golden
 * case (test/cascade/goldenCases.ts), with the checker from a source directory (default: this
 * worktree's src). Taken with the code before issue 22 (e420c48):
 * `node --import tsx test/cascade/writeGolden.ts /path/to/e420c48/src e420c48`.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type GoldenDigest, goldenCases, goldenDigest } from "./goldenCases.js";

const source = process.argv[2] ?? fileURLToPath(new URL("../../src", import.meta.url));
/** The commit the checker was taken from, as the fixture records it. */
const takenWith = process.argv[3] ?? "this worktree";
const library = (await import(`${source}/index.ts`)) as typeof import("../../src/index.js");
const cases: GoldenDigest[] = [];
const messages: Record<string, number> = {};
for (const golden of goldenCases(library.defineRule)) {
  const report = library.checkCascade(golden.framework, golden.options);
  cases.push(goldenDigest(golden, report));
  for (const finding of report.findings) {
    const key = `${finding.ruleId}/${finding.messageId}`;
    messages[key] = (messages[key] ?? 0) + 1;
  }
}
const sorted = Object.fromEntries(Object.entries(messages).sort(([a], [b]) => (a < b ? -1 : 1)));
const out = fileURLToPath(new URL("fixtures/golden.json", import.meta.url));
writeFileSync(out, `${JSON.stringify({ takenWith, cases, messages: sorted }, null, 2)}\n`);
console.log(`${cases.length} cases, ${Object.keys(sorted).length} message ids, written to ${out}`);
