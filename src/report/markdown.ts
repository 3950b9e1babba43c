import type { PerformanceReport } from "./performanceReport.js";
import { checkReport } from "./check.js";
import { type Table, layoutOf } from "./layout.js";
import { checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import type { ReportWords } from "./catalogue.js";
import { reportError } from "./errors.js";
import { wordsForReport } from "./wordsOption.js";

/**
 * Options for {@link renderReportMarkdown}.
 *
 * @category Report
 */
export interface ReportMarkdownOptions {
  /**
   * The catalogue of words the report is laid out in (issue 21): the one it was made with
   * (`performanceReport`'s `words`). Absent: {@link REPORT_WORDS_EN_GB}, for a report made with
   * it; a report made in another language needs its catalogue given again, and one in a language
   * other than the report's (`report.lang`) is refused, so the text never mixes two.
   */
  readonly words?: ReportWords | undefined;
}

/**
 * Text safe inside a Markdown table cell, heading or paragraph: the characters that open emphasis,
 * code, links or a table cell (`\\ \` * _ [ ] | ~ #`) escaped with a backslash, HTML's `<`, `>` and `&`
 * written as entities, line breaks as spaces, so a title renders as the text it is, whatever it
 * contains. Text never starts a line here, so list and heading markers need no escape.
 * @internal
 */
export function escapeMarkdown(text: string): string {
  // Most text holds none of these: one test, and no string copied (a report writes millions of characters).
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text
    .replace(/\r\n|\r|\n/gu, " ")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/[\\`*_[\]|~#]/gu, (character) => `\\${character}`);
}

/** Whether text holds a character {@link escapeMarkdown} rewrites. */
const MARKDOWN_SPECIAL = /[\r\n&<>\\`*_[\]|~#]/u;

/** A table: a header row, its rule, and one row per item; every cell escaped. */
function table(shown: Table): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  return [
    line(shown.headers),
    `|${shown.headers.map(() => " --- |").join("")}`,
    ...shown.rows.map((row) => line(row.map((cell) => `${cell.text}${cell.after ?? ""}`))),
  ].join("\n");
}

/**
 * The lines of detail beneath a table's rows, as a list after it, each headed by its row's first
 * cell in bold; empty when the table has none. (A Markdown table has no row spanning its columns.)
 */
function details(shown: Table): string[] {
  const lines = (shown.details ?? []).flatMap((detail, i) =>
    detail === null ? [] : [`- **${escapeMarkdown(shown.rows[i]?.[0]?.text ?? "")}**: ${escapeMarkdown(detail)}`],
  );
  return lines.length === 0 ? [] : [lines.join("\n")];
}

/**
 * A performance report as Markdown: a heading, the counts, the exceptions (with what has been
 * done about each), what is going well, a section per community-plan aim (its corporate
 * objectives, and for scrutiny every target beneath it), the overdue reviews, the checker's
 * errors and warnings and the data caveats. Statuses are written as words with a symbol, never by
 * colour alone; every title is escaped, so a `|` or `<script>` in the data renders as text.
 *
 * @category Report
 * @param report - a report from {@link performanceReport}
 * @param options - `words`: the catalogue the report was made with, when not the default
 * @returns the Markdown text
 * @throws {@link ReportError} when `report` is not a report from {@link performanceReport}, naming the first place that is wrong; when `options.words` is not a whole catalogue, or is in another language than the report (or is absent for a report made in words other than English)
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport, renderReportMarkdown } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const markdown = renderReportMarkdown(performanceReport(stockton, { asOf: "2001-07-15" }));
 * markdown.split("\n")[0] //=> "# Performance report, Quarter 1 2001/02: Stockton-on-Tees Borough Council performance framework"
 * markdown.includes("| 100% homeless households offered accommodation within 21 days | ✖ Red ↑ improving |") //=> true
 * // A council's own words: given to the report and again to the renderer.
 * import { REPORT_WORDS_EN_GB } from "performance-management/report";
 * const words = { ...REPORT_WORDS_EN_GB, layout: { ...REPORT_WORDS_EN_GB.layout, exceptionsHeading: "Off track" } };
 * renderReportMarkdown(performanceReport(stockton, { asOf: "2001-07-15", words }), { words }).includes("\n## Off track\n") //=> true
 */
export function renderReportMarkdown(report: PerformanceReport, options?: ReportMarkdownOptions): string {
  checkReport(report);
  if (options !== undefined) {
    checkOptionsObject(options, "options", reportError);
    checkKnownOptions(options, ["words"], "options", reportError);
  }
  const words = wordsForReport(report.lang, options?.words, "options.words");
  const layout = layoutOf(report, undefined, words);
  const out: string[] = [`# ${escapeMarkdown(layout.title)}`, escapeMarkdown(layout.lead), table(layout.counts)];
  // The members' part, then the officers' annex under its own heading, its sections one level down.
  const annex = layout.sections.filter((section) => section.part === "annex");
  const parts = [
    ...layout.sections.filter((section) => section.part !== "annex").map((section) => ({ section, level: "##" })),
    ...annex.map((section) => ({ section, level: "###" })),
  ];
  for (const { section, level } of parts) {
    if (level === "###" && section === annex[0])
      out.push(`## ${escapeMarkdown(words.annex.heading)}`, escapeMarkdown(words.annex.lead));
    out.push(`${level} ${escapeMarkdown(section.heading)}`);
    for (const paragraph of section.paragraphs) out.push(escapeMarkdown(paragraph));
    for (const shown of section.tables) {
      if (shown.subheading !== undefined) out.push(`### ${escapeMarkdown(shown.subheading)}`);
      out.push(table(shown), ...details(shown));
    }
  }
  return `${out.join("\n\n")}\n`;
}
