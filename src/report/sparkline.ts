import { fromDayNumber, toDayNumber } from "../internal/dates.js";
import type { Framework, FrameworkIndex, Id } from "../model/index.js";
import { judgedYearToDate } from "../model/figures.js";
import { type ChartData, chartDataOf, checkedChartCall, extent } from "./chartData.js";
import type { ReportFormatter } from "./format.js";
import { STATUS_COLOURS, escapeHtml } from "./htmlText.js";
import type { ReportWords } from "./catalogue.js";

/**
 * Options for {@link renderSparklineSvg}.
 *
 * @category Report
 */
export interface SparklineSvgOptions {
  /** The date the sparkline is drawn as of: measurements after it are not shown, the status is as of it. */
  readonly asOf: string;
  /** A prefix for the one `id` the sparkline writes (its title's) and the reference to it, as the trajectory chart's `idPrefix`: a letter, then letters, digits, `-` and `_`. None when absent. */
  readonly idPrefix?: string | undefined;
  /** The width in pixels, 40 to 800; 120 when absent. */
  readonly width?: number | undefined;
  /** The height in pixels, 16 to 200; 32 when absent. */
  readonly height?: number | undefined;
  /** The locale of the figures and dates in its words, the words' `lang` when absent (`en-GB` with the default words). */
  readonly locale?: string | undefined;
  /** The words of its text alternative (issue 21): {@link REPORT_WORDS_EN_GB} when absent. */
  readonly words?: ReportWords | undefined;
}

/** How many steps the sparkline samples the expected path in: a sparkline is a few dozen pixels wide. */
const SPARK_SAMPLES = 24;
/** The most figures the words list one by one; an earlier one is counted, not read out. */
const FIGURES_READ = 4;
/** The space kept clear round the lines, so the latest point's dot is never clipped. */
const INSET = 4;

/** A status as a word alone, for words read aloud: "Amber", "No data" (the symbol left out). @internal */

/** A number for an SVG attribute: two decimal places at most. */
const px = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * What the sparkline shows, in words: the figures (the latest few, each with its date), the
 * status as of the report's date against what was expected, and the goal. English, kept here
 * as one function so a later catalogue of words can replace it.
 * @internal
 */
export function sparklineWords(data: ChartData, asOf: string, format: ReportFormatter): string {
  const { marks, evaluation, shown, title, target } = data;
  const w = format.words.charts;
  const goal = w.goal(format.figure(evaluation.goal, shown), format.date(target.goal.date));
  const status = w.statusOn(w.status[evaluation.status], format.date(asOf));
  if (marks.length === 0) return w.noFigureYet(title, status, goal);
  const read = marks.slice(-FIGURES_READ).map((mark) => w.figure(mark.text, format.date(fromDayNumber(mark.day))));
  // The baseline first, the sparkline's first (hollow) point: "baseline 82% (31 March 2001), then 1 figure, …".
  const baseline = w.baselinePoint(
    format.figure(String(target.baseline.value), shown),
    format.date(target.baseline.date),
  );
  const listed = w.sinceBaseline(baseline, w.figures(marks.length, read, FIGURES_READ));
  // The judged figure against its expectation, told apart where they would read the same.
  const [actual, expectation] = format.apart([evaluation.actual, evaluation.expected], shown);
  const expected =
    evaluation.actual === null || evaluation.expected === null
      ? null
      : w.latestAgainst(actual ?? "", expectation ?? "");
  return w.trend(title, listed, status, expected, goal);
}

/**
 * A target's trend as a sparkline, a tiny inline SVG (120 × 32 pixels) to sit beside its row in
 * a report: the expected path as a thin grey line, the figures up to `asOf` as a dark line from
 * the baseline (a hollow point, so a single figure still shows a trend; a year-to-date figure's
 * line starts at its own first figure, as its direction is never read against the baseline), the latest figure as a
 * dot coloured by the target's status as of `asOf`, and the goal as a small diamond. Drawn from the same data as {@link renderTrajectorySvg} (the path as set, the figures
 * after the baseline and up to `asOf`, or up to the goal date for a target that has ended). It
 * is an image with a text alternative (`role="img"`, a `<title>` its `aria-labelledby` names)
 * that says the figures in words: the baseline, the latest few with their dates, the status
 * against what was expected, and the goal. Every text is escaped.
 *
 * @category Report
 * @param source - a parsed framework or its index
 * @param targetId - the target to draw
 * @param options - `asOf`, and the id prefix, size and locale
 * @returns the SVG document, self-contained
 * @throws {@link ReportError} for a `source` that is neither a framework nor an index, a `targetId` that is not a string, an unknown target, a missing or malformed `asOf`, an id prefix that is not a letter followed by letters, digits, `-` or `_`, or a size out of range
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { renderSparklineSvg } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const svg = renderSparklineSvg(stockton, "t-zone-cleanliness", { asOf: "2001-07-15", idPrefix: "s1-" });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32"') //=> true
 * svg.includes('role="img" aria-labelledby="s1-spark-title"') //=> true
 * svg.includes("baseline 90.0% (31 March 2001), then 3 figures, 90.5% (30 April 2001), 91.0% (31 May 2001), 91.2% (30 June 2001); Amber on 15 July 2001, the latest 91.20% against 91.25% expected; goal 95.0% by 31 March 2002.") //=> true
 */
export function renderSparklineSvg(
  source: Framework | FrameworkIndex,
  targetId: Id,
  options: SparklineSvgOptions,
): string {
  const { asOf, width, height, prefix, index, target, format } = checkedChartCall(source, targetId, options, {
    width: [120, 40, 800],
    height: [32, 16, 200],
  });
  const data = chartDataOf(index, target, asOf, format, SPARK_SAMPLES, false);
  const { low, high } = extent(data, false);
  const x = (day: number) => INSET + ((day - data.first) / (data.last - data.first)) * (width - 2 * INSET);
  const y = (value: number) => height - INSET - ((value - low) / (high - low)) * (height - 2 * INSET);
  const line = (points: readonly { day: number; value: number }[]) =>
    points.map((point) => `${px(x(point.day))},${px(y(point.value))}`).join(" ");

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-labelledby="${prefix}spark-title" class="sparkline">`,
    `<title id="${prefix}spark-title">${escapeHtml(sparklineWords(data, asOf, format))}</title>`,
  ];
  if (data.path.length > 1)
    out.push(`<polyline points="${line(data.path)}" fill="none" stroke="#6b6b6b" stroke-width="1"/>`);
  if (data.goal !== null) {
    const gx = x(toDayNumber(target.goal.date));
    const gy = y(data.goal);
    out.push(
      `<path d="M ${px(gx)} ${px(gy - 3)} L ${px(gx + 3)} ${px(gy)} L ${px(gx)} ${px(gy + 3)} L ${px(gx - 3)} ${px(gy)} Z" fill="#6b6b6b"/>`,
    );
  }
  // The figures' line from the baseline, so one figure shows a trend, not a lone dot; but a
  // year-to-date figure restarts each year and is never compared with the baseline (a whole
  // year's figure): its line starts at its own first figure, the baseline a point apart.
  const start = Number(data.target.baseline.value);
  const baseline = Number.isFinite(start) ? [{ day: data.first, value: start }] : [];
  const joined = data.indicator === undefined || !judgedYearToDate(data.indicator, data.target);
  const figures = joined ? [...baseline, ...data.marks] : data.marks;
  if (data.marks.length > 0 && figures.length > 1)
    out.push(`<polyline points="${line(figures)}" fill="none" stroke="#1a1a1a" stroke-width="1.5"/>`);
  // The baseline as a hollow point (it is not a measurement); the latest figure as a dot in its status's colour.
  for (const point of baseline)
    out.push(
      `<circle class="baseline" cx="${px(x(point.day))}" cy="${px(y(point.value))}" r="2.5" fill="#ffffff" stroke="#1a1a1a" stroke-width="1"/>`,
    );
  const latest = data.marks.at(-1);
  if (latest !== undefined)
    out.push(
      `<circle cx="${px(x(latest.day))}" cy="${px(y(latest.value))}" r="3" fill="${STATUS_COLOURS[data.evaluation.status].text}"/>`,
    );
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
