import type { Framework, FrameworkIndex, Id } from "../model/index.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { ReportError, reportError } from "./errors.js";
import { escapeHtml } from "./htmlText.js";
import type { PerformanceReport } from "./performanceReport.js";
import { renderSparklineSvg } from "./sparkline.js";
import { renderTrajectorySvg } from "./svg.js";
import type { ReportWords } from "./catalogue.js";

/**
 * Options for {@link renderReportHtml}.
 *
 * @category Report
 */
export interface ReportHtmlOptions {
  /**
   * The framework (or its index) the report was made from. Given, each exception's target cell
   * carries a sparkline of its trend, linking to its full trajectory chart in a "Charts" section
   * after the members' part, before the officers' annex; absent, the page has no charts (and is as it was before charts).
   * Each exception's target must be in it.
   */
  readonly charts?: Framework | FrameworkIndex | undefined;
  /**
   * The catalogue of words the page is laid out in (issue 21): the one the report was made with
   * (`performanceReport`'s `words`), whose `lang` the report records. Absent: the default,
   * {@link REPORT_WORDS_EN_GB}, for a report made with it; a report made in another language needs
   * its catalogue given again, and one in a language other than the report's is refused, so a page
   * never mixes two. Its `lang` is the page's `<html lang>`.
   */
  readonly words?: ReportWords | undefined;
}

/** The charts a report's HTML page carries: the sparkline for each exception's target cell, the section of full charts, and their style. @internal */
export interface ReportCharts {
  readonly cells: ReadonlyMap<Id, string>;
  readonly section: string;
  readonly style: string;
}

/** The style the charts add to the page, only when it has them. */
const CHART_STYLE = `
.sparkline-link { display: block; width: max-content; margin-top: 0.3rem; }
.sparkline-link svg { display: block; }
.chart { margin: 1rem 0 2rem; break-inside: avoid; }
.chart svg { display: block; max-width: 100%; height: auto; }
@media print {
  .sparkline-link { color: inherit; }
  .chart { margin: 0 0 4mm; }
  .chart svg { width: auto; max-height: 82mm; }
  .chart .back { display: none; }
}
`.trim();

/**
 * The report's charts from the framework it was made from: for the n-th exception (from 1), a
 * sparkline (ids prefixed `s<n>-`) in a link to `#chart-<n>`, and its full trajectory chart (ids
 * prefixed `c<n>-`) in a figure with that id, linking back to `#spark-<n>`. Drawn as of the
 * report's date, in its locale. Undefined when no charts are asked for.
 * @internal
 */
export function reportCharts(
  report: PerformanceReport,
  options: ReportHtmlOptions | undefined,
  words: ReportWords,
): ReportCharts | undefined {
  const source = options?.charts;
  if (source === undefined) return undefined;
  const w = words.charts;
  const index = checkedFrameworkIndex(source, reportError, "options.charts");
  const cells = new Map<Id, string>();
  const figures: string[] = [];
  report.exceptions.forEach((row, i) => {
    if (cells.has(row.target)) return;
    if (!index.targets.has(row.target))
      throw new ReportError(
        `options.charts has no target "${row.target}", which report.exceptions[${String(i)}] lists: give the framework the report was made from`,
      );
    const n = String(cells.size + 1);
    const drawn = { asOf: report.asOf, locale: report.locale, words };
    const spark = renderSparklineSvg(index, row.target, { ...drawn, idPrefix: `s${n}-` }).trim();
    cells.set(
      row.target,
      `<a class="sparkline-link" id="spark-${n}" href="#chart-${n}">${spark}<span class="visually-hidden"> (${escapeHtml(w.sparklineLink)})</span></a>`,
    );
    const chart = renderTrajectorySvg(index, row.target, { ...drawn, idPrefix: `c${n}-` }).trim();
    figures.push(
      // The chart's own title names its target, so the figure needs no caption to repeat it. Printed,
      // each figure is kept whole, two to a page, and its link back (no use on paper) is hidden.
      `<figure class="chart" id="chart-${n}">\n${chart}\n<p class="back"><a href="#spark-${n}">${escapeHtml(w.back)}</a></p>\n</figure>`,
    );
  });
  const section = [
    "<section>",
    `<h2>${escapeHtml(w.heading)}</h2>`,
    `<p>${escapeHtml(w.lead)}</p>`,
    ...figures,
    "</section>",
  ].join("\n");
  return {
    cells,
    section,
    style: `${CHART_STYLE}\n.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`,
  };
}
