import type { Status } from "../trajectory/index.js";
import { checkReport } from "./check.js";
import { type Cell, type Table, layoutOf } from "./layout.js";
import type { PerformanceReport } from "./performanceReport.js";

/**
 * The characters XML 1.0 forbids in a document (its `Char` production leaves them out), and HTML
 * reads as parse errors: the C0 controls other than tab, line feed and carriage return, lone
 * surrogates (half of a pair, alone), and the noncharacters U+FFFE and U+FFFF. With the `u` flag a
 * surrogate class matches only a lone half: a pair is read as the one character it makes.
 * @internal
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text made safe for XML 1.0 and HTML: each character XML forbids ({@link XML_FORBIDDEN}) replaced
 * by U+FFFD, the replacement character "�", so a chart or page parses as well-formed XML whatever
 * the data holds, and the reader sees that a character could not be shown.
 * @internal
 */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "\uFFFD");
}

/** Whether text holds a character {@link escapeHtml} rewrites: markup's five, or one XML forbids. */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const HTML_SPECIAL = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * Text safe in HTML and XML content and attribute values: `&`, `<`, `>`, `"` and `'` written as
 * entities, and each character XML 1.0 forbids replaced by U+FFFD ({@link xmlSafe}).
 * @internal
 */
export function escapeHtml(text: string): string {
  // Most text holds none of these: one test, and no string copied.
  if (!HTML_SPECIAL.test(text)) return text;
  return xmlSafe(text)
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;")
    .replace(/'/gu, "&#39;");
}

/**
 * Each status's colours: dark text on a light tint, every pair at least 7:1 (WCAG 2.2 AAA for
 * text, above AA's 4.5:1), and the status is also written as a word with a symbol, so colour is
 * never the only signal (1.4.1).
 * @internal
 */
export const STATUS_COLOURS: Readonly<Record<Status, { readonly text: string; readonly background: string }>> = {
  blue: { text: "#0b3a75", background: "#dbe8f8" },
  green: { text: "#14532d", background: "#dcf1e2" },
  "amber-green": { text: "#3f4a0c", background: "#eef3d2" },
  amber: { text: "#5c3d00", background: "#fdefc8" },
  "amber-red": { text: "#6e2a00", background: "#fde0cc" },
  red: { text: "#7f1010", background: "#fbdcdc" },
  "no-data": { text: "#333333", background: "#ececec" },
  "not-started": { text: "#333333", background: "#ececec" },
  "awaiting-data": { text: "#333333", background: "#ececec" },
};

/** One class per status, for the stylesheet. */
const statusClass = (status: Status): string => `status-${status}`;

const STYLE = `
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 80rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid #6b6b6b; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #e8e8e8; }
tbody th { font-weight: 600; }
tr.detail td { border-top: none; font-size: 0.85rem; color: #333333; background: #f7f7f7; }
.status { display: inline-block; padding: 0.05rem 0.4rem; border-radius: 0.25rem; font-weight: 600; white-space: nowrap; }
${(Object.entries(STATUS_COLOURS) as [Status, { text: string; background: string }][])
  .map(([status, colours]) => `.${statusClass(status)} { color: ${colours.text}; background: ${colours.background}; }`)
  .join("\n")}
@media print {
  :root { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  table { break-inside: auto; }
  tr, caption { break-inside: avoid; }
  thead { display: table-header-group; }
  .status { border: 1px solid currentColor; }
}
`.trim();

/** A cell: the row's first cell heads the row; a status cell is a tinted word with its symbol. */
function cellHtml(cell: Cell, first: boolean): string {
  const content =
    cell.status === undefined
      ? escapeHtml(cell.text)
      : `<span class="status ${statusClass(cell.status)}">${escapeHtml(cell.text)}</span>${escapeHtml(cell.after ?? "")}`;
  return first ? `<th scope="row">${content}</th>` : `<td>${content}</td>`;
}

function tableHtml(table: Table): string {
  const head = table.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const body = table.rows
    .map((row, r) => {
      const shown = `<tr>${row.map((cell, i) => cellHtml(cell, i === 0)).join("")}</tr>`;
      // A row's line of detail: a full-width row beneath it.
      const detail = table.details?.[r];
      return detail === null || detail === undefined
        ? shown
        : `${shown}\n<tr class="detail"><td colspan="${String(row.length)}">${escapeHtml(detail)}</td></tr>`;
    })
    .join("\n");
  return `<table>\n<caption>${escapeHtml(table.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * A performance report as one self-contained HTML page: inline CSS, no scripts, no external
 * requests, so it can be mailed, archived or printed as it is. Built to WCAG 2.2 AA: the
 * document's language set from the report's locale, one `h1` and a heading per section, semantic
 * tables with captions and `scope`d header cells (each row headed by its target or objective),
 * statuses written as a word with a symbol as well as tinted (every colour pair at least 7:1),
 * and a print stylesheet (headers repeat on each page, rows never split). Every piece of text is
 * escaped: a title holding `<script>`, quotes or `&` renders as that text.
 *
 * @category Report
 * @param report - a report from {@link performanceReport}
 * @returns the HTML page
 * @throws {@link ReportError} when `report` is not a report from {@link performanceReport}, naming the first place that is wrong
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport, renderReportHtml } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const html = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }));
 * html.startsWith('<!doctype html>\n<html lang="en-GB">') //=> true
 * html.includes('<span class="status status-red">✖ Red</span>') //=> true
 * /<script|<link|src=/u.test(html) //=> false
 */
export function renderReportHtml(report: PerformanceReport): string {
  checkReport(report);
  const layout = layoutOf(report);
  const parts: string[] = [
    "<!doctype html>",
    `<html lang="${escapeHtml(report.locale)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(layout.title)}</h1>`,
    `<p>${escapeHtml(layout.lead)}</p>`,
    tableHtml(layout.counts),
  ];
  for (const section of layout.sections) {
    parts.push("<section>", `<h2>${escapeHtml(section.heading)}</h2>`);
    for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
    for (const table of section.tables) parts.push(tableHtml(table));
    parts.push("</section>");
  }
  parts.push("</main>", "</body>", "</html>");
  return `${parts.join("\n")}\n`;
}
