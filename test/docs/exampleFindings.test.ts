import { describe, expect, it } from "vitest";
import { checkCascade } from "../../src/cascade/index.js";
import { parseFramework } from "../../src/index.js";
import { loadExample } from "../helpers/fixtures.js";
import { EXAMPLE_PAGE_CASES, tableCellsUnder } from "./examplesPage.js";

/** One table row of docs/examples.md's findings, or one finding, as `rule severity kind:id messageId`. */
type Row = string;

/** The rows of the findings table under the heading `### <title>`, and each row's "why" cell. */
function tableUnder(title: string): { rows: Row[]; whys: string[] } {
  const rows: Row[] = [];
  const whys: string[] = [];
  for (const cells of tableCellsUnder(title)) {
    // A body row: | `rule` | severity | kind `id` | `messageId` | why |
    const rule = /^`([a-z-]+)`$/.exec(cells[1] ?? "");
    if (rule === null) continue;
    const subject = /^([a-zA-Z]+) `([^`]+)`$/.exec(cells[3] ?? "");
    const messageId = /^`([a-zA-Z]+)`$/.exec(cells[4] ?? "");
    expect(subject, cells.join(" | ")).not.toBeNull();
    expect(messageId, cells.join(" | ")).not.toBeNull();
    rows.push(`${rule[1] ?? ""} ${cells[2] ?? ""} ${subject?.[1] ?? ""}:${subject?.[2] ?? ""} ${messageId?.[1] ?? ""}`);
    whys.push(cells[5] ?? "");
  }
  return { rows, whys };
}

describe("docs/examples.md lists every finding on both examples, with why", () => {
  const cases = EXAMPLE_PAGE_CASES;

  it.each(cases)("%s at %s: the table and the checker agree, row for row", (title, asOf, name) => {
    const report = checkCascade(parseFramework(loadExample(name)), { asOf });
    expect(report.ok).toBe(true);
    const found = report.findings.map(
      (finding) =>
        `${finding.ruleId} ${finding.severity} ${finding.subject.kind}:${finding.subject.id} ${finding.messageId}`,
    );
    const { rows, whys } = tableUnder(`${title} at ${asOf}`);
    expect([...rows].sort()).toEqual([...found].sort());
    for (const why of whys) expect(why.length).toBeGreaterThan(20);
  });
});
