import type { Status } from "../trajectory/index.js";
import { checkReport } from "./check.js";
import { type ReportHtmlOptions, reportCharts } from "./htmlCharts.js";
import { type Cell, type Section, type Table, layoutOf } from "./layout.js";
import { checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { reportError } from "./errors.js";
import { wordsForReport } from "./wordsOption.js";
import type { ReportWords } from "./catalogue.js";
import { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";
import type { PerformanceReport } from "./performanceReport.js";

export { XML_FORBIDDEN, escapeHtml, xmlSafe, STATUS_COLOURS } from "./htmlText.js";
import { STATUS_COLOURS, escapeHtml } from "./htmlText.js";

/** One class per status, for the stylesheet. */
const statusClass = (status: Status): string => `status-${status}`;

/**
 * The printed page's margin on every side. A4 landscape (297 × 210 mm) less 12 mm each side leaves
 * 273 × 186 mm for the report, 1032 CSS pixels wide.
 */
const PAGE_MARGIN = "12mm";
/** A CSS string holding `text`: its quotes, backslashes, line breaks and `<` escaped, so it never ends the string or the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\r\n]/gu, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`;
}

/** The printed page's number, bottom right, in the report's words: "Page 2 of 9" (CSS `content`). */
function pageNumber(words: ReportWords): string {
  const { before, between, after } = words.layout.pageNumber;
  const last = after === "" ? "" : ` ${cssString(after)}`;
  return `${cssString(before)} counter(page) ${cssString(between)} counter(pages)${last}`;
}

/** The page's style with its page number in the report's words. */
const styleOf = (words: ReportWords): string =>
  `
:root { color: #1a1a1a; background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.45; }
body { margin: 0 auto; max-width: 80rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.75rem 0 1.25rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid #6b6b6b; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
td svg, td img { max-width: 100%; height: auto; }
p, h1, h2 { overflow-wrap: break-word; }
thead th { background: #e8e8e8; }
tbody th { font-weight: 600; }
tr.detail td { border-top: none; font-size: 0.85rem; color: #333333; background: #f7f7f7; }
.status { display: inline-block; max-width: 100%; padding: 0.05rem 0.4rem; border-radius: 0.25rem; font-weight: 600; }
${(Object.entries(STATUS_COLOURS) as [Status, { text: string; background: string }][])
  .map(([status, colours]) => `.${statusClass(status)} { color: ${colours.text}; background: ${colours.background}; }`)
  .join("\n")}
@page { size: A4 landscape; margin: ${PAGE_MARGIN}; @bottom-right { content: ${pageNumber(words)}; font-size: 8pt; color: #1a1a1a; } }
@media print {
  :root { font-size: 10pt; }
  body { max-width: none; padding: 0; margin: 0; }
  h1 { font-size: 16pt; }
  h2 { font-size: 13pt; margin-top: 1rem; break-after: avoid; }
  section.aim { break-inside: avoid; }
  section.aim-page { break-before: page; }
  tbody.kept { break-inside: avoid; }
  table { font-size: 9pt; break-inside: auto; }
  caption { break-after: avoid; }
  tr, caption { break-inside: avoid; }
  thead { display: table-header-group; break-after: avoid; }
  .status { border: 1px solid currentColor; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h3 { font-size: 11pt; break-after: avoid; }
  .annex { break-before: page; }
}
`.trim();

/** The page's style in the default words, written once. */
const STYLE = styleOf(REPORT_WORDS_EN_GB);

/** A cell: the row's first cell heads the row; a status cell is a tinted word with its symbol. */
function cellHtml(cell: Cell, first: boolean): string {
  const content =
    cell.status === undefined
      ? escapeHtml(cell.text)
      : `<span class="status ${statusClass(cell.status)}">${escapeHtml(cell.text)}</span>${escapeHtml(cell.after ?? "")}`;
  // A chart after the text is trusted markup, drawn by the library (htmlCharts.ts), not escaped.
  const drawn = cell.chart === undefined ? content : `${content}${cell.chart}`;
  return first ? `<th scope="row">${drawn}</th>` : `<td>${drawn}</td>`;
}

/**
 * A table. One with lines of detail holds each row and its detail row in a `<tbody>` of their own
 * (class `kept`), which print keeps on one page, so a detail line is never parted from its row.
 */
function tableHtml(table: Table): string {
  const head = table.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join("");
  const detailed = table.details !== undefined;
  const body = table.rows
    .map((row, r) => {
      const shown = `<tr>${row.map((cell, i) => cellHtml(cell, i === 0)).join("")}</tr>`;
      // A row's line of detail: a full-width row beneath it.
      const detail = table.details?.[r];
      const rows =
        detail === null || detail === undefined
          ? shown
          : `${shown}\n<tr class="detail"><td colspan="${String(row.length)}">${escapeHtml(detail)}</td></tr>`;
      return detailed ? `<tbody class="kept">\n${rows}\n</tbody>` : rows;
    })
    .join("\n");
  const columns = columnShares(table)
    .map((share) => `<col style="width: ${share.toFixed(1)}%">`)
    .join("");
  const bodies = detailed ? body : `<tbody>\n${body}\n</tbody>`;
  return `<table>\n<caption>${escapeHtml(table.caption)}</caption>\n<colgroup>${columns}</colgroup>\n<thead><tr>${head}</tr></thead>\n${bodies}\n</table>`;
}

/**
 * About how many characters of a table's 9pt text fit across an A4 landscape page, inside its
 * margins (1032 CSS pixels): the unit columns are shared out in.
 */
const PRINT_LINE_CHARACTERS = 150;
/** A word longer than this many characters is counted as this long when columns are shared out: it wraps. */
const LONGEST_WORD_KEPT = 16;
/**
 * How many of a table's rows its columns are measured on: enough to see what its cells hold, and
 * a table of 10,000 rows costs no more to lay out than one of 200 (a longer word further down wraps).
 */
const ROWS_MEASURED = 200;
/** A cell's padding and border, in characters. */
const CELL_PADDING = 3;
/** How much wider bold text (the headers, each row's first cell, a status) is than plain. */
const BOLD = 1.15;
/** A status's symbol, padding and border, in characters. */
const STATUS_EXTRA = 3;

/**
 * Each column's share of its table's width, in per cent, for a fixed table layout: the table is
 * never wider than its page, and a word too long for its column wraps inside it. Shared as a
 * browser shares a page too narrow for a table, measured in characters: each column gets at least
 * its longest word and what is left of the printed line goes to the columns in proportion to how
 * much longer their longest cell is. A word over {@link LONGEST_WORD_KEPT} characters is counted
 * as that long (it wraps); where even the columns' longest words do not fit on the line, the
 * longest words are cut shorter still (down to 6 characters), so that short words ("amber",
 * "Owner") keep their space and only long ones wrap. A status is counted whole. Measured on the
 * headers and the first {@link ROWS_MEASURED} rows.
 * @internal
 */
export function columnShares(table: Table): number[] {
  // Each column's longest word and longest cell, and the most a status in it needs, in characters.
  const word = table.headers.map(() => 0);
  const most = table.headers.map(() => 0);
  const fixed = table.headers.map(() => 0);
  const bold = table.headers.map(() => false);
  const measure = (i: number, text: string, isBold: boolean, isStatus: boolean): void => {
    const scale = isBold ? BOLD : 1;
    if (isStatus) {
      fixed[i] = Math.max(fixed[i] ?? 0, (text.length + STATUS_EXTRA) * scale + CELL_PADDING);
      most[i] = Math.max(most[i] ?? 0, fixed[i] ?? 0);
      return;
    }
    let run = 0;
    let longest = 0;
    for (let k = 0; k < text.length; k += 1) {
      // A space or a line break ends a word (counted in UTF-16 units: an estimate).
      const code = text.charCodeAt(k);
      run = code === 32 || code === 10 ? 0 : run + 1;
      if (run > longest) longest = run;
    }
    word[i] = Math.max(word[i] ?? 0, longest * scale);
    most[i] = Math.max(most[i] ?? 0, text.length * scale + CELL_PADDING);
    if (isBold) bold[i] = true;
  };
  table.headers.forEach((header, i) => {
    measure(i, header, true, false);
  });
  for (const row of table.rows.slice(0, ROWS_MEASURED))
    row.forEach((cell, i) => {
      if (i >= word.length) return;
      measure(i, cell.text, i === 0 || cell.status !== undefined, cell.status !== undefined);
      // The words after a status (" ↓ worsening") wrap beside or below it, as plain text.
      if (cell.after !== undefined) measure(i, cell.after, false, false);
    });
  const leastAt = (cap: number): number[] =>
    word.map((longest, i) =>
      Math.max(fixed[i] ?? 0, Math.min(longest, cap * (bold[i] === true ? BOLD : 1)) + CELL_PADDING),
    );
  const sum = (widths: readonly number[]): number => widths.reduce((total, width) => total + width, 0);
  let least = leastAt(LONGEST_WORD_KEPT);
  for (let cap = LONGEST_WORD_KEPT - 1; cap >= 6 && sum(least) > PRINT_LINE_CHARACTERS; cap -= 1) least = leastAt(cap);
  const sumLeast = sum(least);
  const sumMost = sum(most.map((width, i) => Math.max(width, least[i] ?? 0)));
  const spare =
    sumMost <= PRINT_LINE_CHARACTERS
      ? 1
      : sumLeast >= PRINT_LINE_CHARACTERS
        ? 0
        : (PRINT_LINE_CHARACTERS - sumLeast) / (sumMost - sumLeast);
  const widths = least.map((low, i) => low + (Math.max(most[i] ?? 0, low) - low) * spare);
  const total = sum(widths);
  return widths.map((width) => (100 * width) / total);
}

/**
 * A performance report as one self-contained HTML page: inline CSS, no scripts, no external
 * requests, so it can be mailed, archived or printed as it is. Built to WCAG 2.2 AA: the
 * document's language set from the report's words (`lang`, never the locale of its numbers and dates), one `h1` and a heading per section, semantic
 * tables with captions and `scope`d header cells (each row headed by its target or objective),
 * statuses written as a word with a symbol as well as tinted (every colour pair at least 7:1),
 * and a print stylesheet: A4 landscape pages with 12 mm margins, numbered "Page 2 of 9"; each
 * aim's section kept on one page where it fits (scrutiny's, listing every target, from a new
 * page); headers repeating on each page, rows never split and an exception's line of detail never
 * parted from its row. Every table
 * has a fixed layout, its width shared out between its columns by their contents (a `colgroup`),
 * and wraps a word too long for its column, so no table is ever wider than its page. Every piece
 * of text is escaped: a title holding `<script>`, quotes or `&` renders as that text.
 *
 * Given `options.charts`, the framework the report was made from, each exception carries a
 * sparkline of its trend ({@link renderSparklineSvg}) in its target cell, linking to its full
 * trajectory chart ({@link renderTrajectorySvg}) in a "Charts" section after the members' part,
 * before the officers' annex (two charts to a printed page);
 * every id in the page is unique (each chart's ids carry a prefix of its own).
 *
 * @category Report
 * @param report - a report from {@link performanceReport}
 * @param options - `charts`: the framework or index the report was made from, to draw charts from; `words`: the catalogue the report was made with, when not the default
 * @returns the HTML page
 * @throws {@link ReportError} when `report` is not a report from {@link performanceReport}, naming the first place that is wrong; when `options` is not an object of known options, `options.charts` is not a framework or index holding each exception's target, or `options.words` is not a whole catalogue or is in another language than the report
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport, renderReportHtml } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const html = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }));
 * html.startsWith('<!doctype html>\n<html lang="en-GB">') //=> true
 * html.includes('<span class="status status-red">✖ Red</span>') //=> true
 * /<script|<link|src=/u.test(html) //=> false
 * // Printed on A4 landscape, each of the five aims in a section of its own.
 * html.includes("@page { size: A4 landscape; margin: 12mm;") //=> true
 * html.split('<section class="aim">').length - 1 //=> 5
 * // With the framework, a sparkline beside each exception, linking to its full chart.
 * const charted = renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15" }), { charts: stockton });
 * charted.includes('<a class="sparkline-link" id="spark-1" href="#chart-1"><svg') //=> true
 * charted.includes('<figure class="chart" id="chart-1">') //=> true
 * // The page's language is its words': a catalogue in Welsh marks it so.
 * import { REPORT_WORDS_EN_GB } from "performance-management/report";
 * const cy = { ...REPORT_WORDS_EN_GB, lang: "cy" };
 * renderReportHtml(performanceReport(stockton, { asOf: "2001-07-15", words: cy }), { words: cy }).startsWith('<!doctype html>\n<html lang="cy">') //=> true
 */
export function renderReportHtml(report: PerformanceReport, options?: ReportHtmlOptions): string {
  checkReport(report);
  if (options !== undefined) {
    checkOptionsObject(options, "options", reportError);
    checkKnownOptions(options, ["charts", "words"], "options", reportError);
  }
  const words = wordsForReport(report.lang, options?.words, "options.words");
  const charts = reportCharts(report, options, words);
  const layout = layoutOf(report, charts?.cells, words);
  const parts: string[] = [
    "<!doctype html>",
    // The page's language is its words' (WCAG 3.1.1), not the locale of its numbers and dates.
    `<html lang="${escapeHtml(words.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style>\n${words === REPORT_WORDS_EN_GB ? STYLE : styleOf(words)}${charts === undefined ? "" : `\n${charts.style}`}\n</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(layout.title)}</h1>`,
    `<p>${escapeHtml(layout.lead)}</p>`,
    tableHtml(layout.counts),
  ];
  // The members' part, then the officers' annex in a section of its own, its sections one level down.
  const annex = layout.sections.filter((section) => section.part === "annex");
  const sectionHtml = (section: Section, level: "h2" | "h3"): void => {
    // An aim's section is marked, and kept on one page where it fits; scrutiny's, which lists every
    // target beneath its aim, printed from a new page.
    parts.push(
      section.kind === "aim"
        ? report.audience === "scrutiny"
          ? '<section class="aim aim-page">'
          : '<section class="aim">'
        : "<section>",
      `<${level}>${escapeHtml(section.heading)}</${level}>`,
    );
    for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`);
    for (const table of section.tables) parts.push(tableHtml(table));
    parts.push("</section>");
  };
  for (const section of layout.sections) if (section.part !== "annex") sectionHtml(section, "h2");
  // The charts are the members': after their sections, before the officers' annex.
  if (charts !== undefined) parts.push(charts.section);
  if (annex.length > 0) {
    parts.push(
      '<section class="annex" aria-labelledby="officers-annex">',
      `<h2 id="officers-annex">${escapeHtml(words.annex.heading)}</h2>`,
      `<p>${escapeHtml(words.annex.lead)}</p>`,
    );
    for (const section of annex) sectionHtml(section, "h3");
    parts.push("</section>");
  }
  parts.push("</main>", "</body>", "</html>");
  return `${parts.join("\n")}\n`;
}
