import { fromDayNumber, toDayNumber } from "../internal/dates.js";
import type { Framework, FrameworkIndex, Id } from "../model/index.js";
import {
  type Box,
  type LabelOffset,
  type LabelledPoint,
  dateTicks,
  placeLabels,
  textWidth,
  valueAxis,
} from "./chartAxes.js";
import { isPercentUnit } from "../model/bounds.js";
import { chartDataOf, checkedChartCall, extent } from "./chartData.js";
import { STATUS_COLOURS, escapeHtml } from "./htmlText.js";
import type { ReportWords } from "./catalogue.js";

/**
 * Options for {@link renderTrajectorySvg}.
 *
 * @category Report
 */
export interface TrajectorySvgOptions {
  /** The date the chart is drawn as of: measurements after it are not shown, the forecast is made from it. */
  readonly asOf: string;
  /** The chart's width in pixels, 320 to 4000; 640 when absent. */
  readonly width?: number | undefined;
  /** The chart's height in pixels, 200 to 3000; 360 when absent. */
  readonly height?: number | undefined;
  /** The locale of the axis labels, the words' `lang` when absent (`en-GB` with the default words). */
  readonly locale?: string | undefined;
  /**
   * A prefix for every `id` the chart writes, and every reference to one, so charts inlined in
   * one page never share an id: a letter, then letters, digits, `-` and `_`, up to 64 characters
   * (`"c1-"` gives `c1-chart-title`). None when absent.
   */
  readonly idPrefix?: string | undefined;
  /** The words of the chart's title, description and labels (issue 21): {@link REPORT_WORDS_EN_GB} when absent. */
  readonly words?: ReportWords | undefined;
}

/** How many samples the expected path is drawn through, between its own points. */
const SAMPLES = 96;
/** Where the goal's label goes: above and to the left of its diamond, else below, else a row further. */
const GOAL_OFFSETS: readonly LabelOffset[] = [
  { dx: -10, dy: -10, anchor: "end" },
  { dx: -10, dy: 21, anchor: "end" },
  { dx: -10, dy: -23, anchor: "end" },
  { dx: -10, dy: 34, anchor: "end" },
];
const MARGIN = { top: 40, right: 24, bottom: 56, left: 88 } as const;

/** A text broken into lines of at most `width` characters at spaces, the first two kept (the second ends "…" when cut). */
function wrapped(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  if (lines.length <= 2) return lines;
  // Cut by characters, not UTF-16 units, so a cut never splits a surrogate pair.
  return [
    lines[0] as string,
    `${Array.from(lines[1] as string)
      .slice(0, Math.max(1, width - 1))
      .join("")}…`,
  ];
}

/** A position as drawn: rounded to a hundredth of a pixel, as {@link px} writes it. */
const asDrawn = (value: number): number => Math.round(value * 100) / 100;

/** A number for an SVG attribute: two decimal places at most. */
const px = (value: number): string => String(asDrawn(value));

/**
 * A target's trajectory as an SVG chart: the expected path from the baseline through the
 * milestones to the goal, the tolerance band on the shortfall side of it (where a figure is amber
 * rather than red), each measurement up to `asOf` as a point coloured by the status it was given and
 * labelled with its figure and status in words, the forecast to the goal date dashed, and the goal
 * marked. Axes are labelled with dates and the indicator's unit; a `<title>` and `<desc>` say
 * the same in words for screen readers. Every text is escaped. Coordinates are drawn in floating
 * point; every figure the chart writes comes from the engines' exact strings.
 *
 * The path is the target's as set (`trajectory`); a band goal draws its band, and a quartile goal,
 * whose expectation depends on benchmarks, draws no path. The tolerance band is the one
 * `evaluateTarget` applies at each date; a comparator target has none.
 *
 * @category Report
 * @param source - a parsed framework or its index
 * @param targetId - the target to chart
 * @param options - `asOf`, and the size and locale
 * @returns the SVG document, self-contained
 * @throws {@link ReportError} for a `source` that is neither a framework nor an index, a `targetId` that is not a string, an unknown target, a missing or malformed `asOf`, or a size out of range
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { renderTrajectorySvg } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const svg = renderTrajectorySvg(stockton, "t-relet-28-days", { asOf: "2001-07-15" });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') //=> true
 * svg.includes('<title id="chart-title">100% houses available for re-let within 28 days: expected path and measurements</title>') //=> true
 * svg.includes("79% (✖ Red)") //=> true
 */
export function renderTrajectorySvg(
  source: Framework | FrameworkIndex,
  targetId: Id,
  options: TrajectorySvgOptions,
): string {
  const { asOf, width, height, prefix, index, target, words, format } = checkedChartCall(source, targetId, options, {
    width: [640, 320, 4000],
    height: [360, 200, 3000],
  });
  const w = words.charts;
  const data = chartDataOf(index, target, asOf, format, SAMPLES, true);
  const { indicator, shown, title, first, last, path, band, marks, evaluation, forecast, goal } = data;

  // The value axis: everything drawn, padded by a twentieth either way, but never past the
  // indicator's natural bounds (0 to 100 for a percentage), then out to round ticks.
  const drawn = extent(data, true);
  // A padding never takes the axis across zero: counts and rates do not go below it.
  const pad = (drawn.high - drawn.low) / 20;
  const floor = Math.min(drawn.low, data.min ?? (drawn.low >= 0 ? 0 : Number.NEGATIVE_INFINITY));
  const ceiling = Math.max(drawn.high, data.max ?? (drawn.high <= 0 ? 0 : Number.POSITIVE_INFINITY));
  const axis = valueAxis(Math.max(drawn.low - pad, floor), Math.min(drawn.high + pad, ceiling), data.min, data.max);
  const { low, high } = axis;
  // The title wrapped to the chart's width (about 8.5 pixels a character in bold at 14 px), two lines at most.
  const titleLines = wrapped(title, Math.floor((width - MARGIN.left) / 8.5));
  const top = MARGIN.top + 18 * (titleLines.length - 1);
  const plot = {
    x: MARGIN.left,
    y: top,
    w: width - MARGIN.left - MARGIN.right,
    h: height - top - MARGIN.bottom,
  };
  const x = (day: number) => plot.x + ((day - first) / (last - first)) * plot.w;
  const y = (value: number) => plot.y + plot.h - ((value - low) / (high - low)) * plot.h;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-labelledby="${prefix}chart-title ${prefix}chart-desc" font-family="system-ui, Arial, sans-serif" font-size="12">`,
  );
  const latest = marks.at(-1);
  const description = [
    w.expectedPath(
      format.figure(String(target.baseline.value), shown),
      format.date(target.baseline.date),
      format.figure(evaluation.goal, shown),
      format.date(target.goal.date),
    ),
    marks.length === 0
      ? w.noMeasurement
      : w.measurements(
          marks.length,
          latest?.text ?? "",
          format.date(fromDayNumber(latest?.day ?? first)),
          words.status[latest?.status ?? "no-data"],
        ),
    forecast === null ? "" : w.forecastBy(format.figure(evaluation.forecast.value, shown)),
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
  out.push(`<title id="${prefix}chart-title">${escapeHtml(w.chartTitle(title))}</title>`);
  out.push(`<desc id="${prefix}chart-desc">${escapeHtml(description)}</desc>`);
  out.push(`<rect x="0" y="0" width="${String(width)}" height="${String(height)}" fill="#ffffff"/>`);
  out.push(
    `<text x="${px(plot.x)}" y="20" font-size="14" font-weight="600" fill="#1a1a1a">${titleLines.map((line, i) => `<tspan x="${px(plot.x)}" dy="${i === 0 ? "0" : "18"}">${escapeHtml(line)}</tspan>`).join("")}</text>`,
  );

  // Axes: value ticks on round steps with light grid lines, dates on month or quarter boundaries.
  out.push(
    `<g stroke="#e3e3e3" stroke-width="1">${axis.ticks.map((tick) => `<line x1="${px(plot.x)}" y1="${px(y(Number(tick)))}" x2="${px(plot.x + plot.w)}" y2="${px(y(Number(tick)))}"/>`).join("")}</g>`,
  );
  out.push(
    `<g stroke="#6b6b6b" stroke-width="1"><line x1="${px(plot.x)}" y1="${px(plot.y)}" x2="${px(plot.x)}" y2="${px(plot.y + plot.h)}"/><line x1="${px(plot.x)}" y1="${px(plot.y + plot.h)}" x2="${px(plot.x + plot.w)}" y2="${px(plot.y + plot.h)}"/></g>`,
  );
  for (const tick of axis.ticks)
    // Numbers only on the ticks; the axis's title gives the unit.
    out.push(
      `<text x="${px(plot.x - 6)}" y="${px(y(Number(tick)) + 4)}" text-anchor="end" fill="#1a1a1a">${escapeHtml(format.figure(tick, undefined))}</text>`,
    );
  const months = new Intl.DateTimeFormat(format.locale, { month: "short", year: "numeric", timeZone: "UTC" });
  for (const tick of dateTicks(first, last, Math.max(2, Math.floor(plot.w / 72)))) {
    const label = tick.monthStart
      ? months.format(new Date(`${fromDayNumber(tick.day)}T00:00:00Z`))
      : format.date(fromDayNumber(tick.day));
    const at = x(tick.day);
    const half = textWidth(label, 12) / 2;
    const anchor = at - half < 2 ? "start" : at + half > width - 2 ? "end" : "middle";
    out.push(
      `<line x1="${px(at)}" y1="${px(plot.y + plot.h)}" x2="${px(at)}" y2="${px(plot.y + plot.h + 4)}" stroke="#6b6b6b" stroke-width="1"/>`,
    );
    out.push(
      `<text x="${px(at)}" y="${px(plot.y + plot.h + 18)}" text-anchor="${anchor}" fill="#1a1a1a">${escapeHtml(label)}</text>`,
    );
  }
  out.push(
    `<text x="16" y="${px(plot.y + plot.h / 2)}" transform="rotate(-90 16 ${px(plot.y + plot.h / 2)})" text-anchor="middle" fill="#1a1a1a">${escapeHtml(indicator?.unit ?? w.valueAxis)}</text>`,
  );
  out.push(
    `<text x="${px(plot.x + plot.w / 2)}" y="${px(height - 10)}" text-anchor="middle" fill="#1a1a1a">${escapeHtml(w.dateAxis)}</text>`,
  );

  // The tolerance band, the path, the forecast, the goal and the measurements.
  if (band.length > 1) {
    const upper = band.map((b) => `${px(x(b.day))},${px(y(b.high))}`);
    const lower = band.map((b) => `${px(x(b.day))},${px(y(b.low))}`).reverse();
    out.push(
      `<polygon points="${[...upper, ...lower].join(" ")}" fill="${STATUS_COLOURS.amber.background}" stroke="none"><title>${escapeHtml(w.tolerance)}</title></polygon>`,
    );
  }
  if (path.length > 1)
    out.push(
      `<polyline points="${path.map((p) => `${px(x(p.day))},${px(y(p.value))}`).join(" ")}" fill="none" stroke="#1a1a1a" stroke-width="2"><title>${escapeHtml(w.expectedPathTitle)}</title></polyline>`,
    );
  if (forecast !== null && latest !== undefined)
    out.push(
      `<line x1="${px(x(latest.day))}" y1="${px(y(latest.value))}" x2="${px(x(toDayNumber(target.goal.date)))}" y2="${px(y(forecast))}" stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="6 4"><title>${escapeHtml(w.forecastTitle(format.figure(evaluation.forecast.value, shown), format.date(target.goal.date)))}</title></line>`,
    );
  // The title's lines, which no label may cover (bold: a tenth wider than the estimate).
  let titleRight: number = plot.x;
  for (const line of titleLines) titleRight = Math.max(titleRight, plot.x + textWidth(line, 14) * 1.1);
  const taken: Box[] = [{ left: plot.x, top: 0, right: titleRight, bottom: 25 + 18 * (titleLines.length - 1) }];
  let goalPoint: LabelledPoint | undefined;
  if (goal !== null) {
    const gx = x(toDayNumber(target.goal.date));
    const gy = y(goal);
    out.push(
      `<path d="M ${px(gx)} ${px(gy - 7)} L ${px(gx + 7)} ${px(gy)} L ${px(gx)} ${px(gy + 7)} L ${px(gx - 7)} ${px(gy)} Z" fill="#1a1a1a"><title>${escapeHtml(w.goalTitle(format.figure(evaluation.goal, shown), format.date(target.goal.date)))}</title></path>`,
    );
    // Labels are placed around the marks as drawn (rounded), so none overlaps one in the SVG.
    const [dx, dy] = [asDrawn(gx), asDrawn(gy)];
    taken.push({ left: dx - 7, top: dy - 7, right: dx + 7, bottom: dy + 7 });
    goalPoint = { x: dx, y: dy, text: w.goalLabel(format.figure(evaluation.goal, shown)), offsets: GOAL_OFFSETS };
  }
  // Each point's label, its figure and status in words, placed so no two overlap: the latest
  // first, then the goal's, then the rest newest first, each beside its point where there is
  // room, staggered, or left out.
  const labels = marks.map((mark) => w.pointLabel(mark.text, words.status[mark.status]));
  // Where the full label has no room, the figure without its unit (the axis's title gives it).
  const bare = {
    unit: indicator !== undefined && isPercentUnit(indicator.unit) ? indicator.unit : "",
    decimals: indicator?.decimals,
  };
  const pointOf = (i: number): LabelledPoint => {
    const mark = marks[i] as (typeof marks)[number];
    return {
      x: asDrawn(x(mark.day)),
      y: asDrawn(y(mark.value)),
      text: labels[i] ?? "",
      short: w.pointLabel(format.figure(mark.exact, bare).trim(), words.status[mark.status]),
    };
  };
  const order = marks.map((_, i) => marks.length - 1 - i);
  const points = order.map(pointOf);
  if (goalPoint !== undefined) points.splice(Math.min(1, points.length), 0, goalPoint);
  const placed = placeLabels(
    points,
    12,
    5,
    // Labels may rise above the plot beside the title (the goal's, at the top of the axis, often does).
    { left: plot.x + 2, top: 2, right: width - 2, bottom: plot.y + plot.h - 2 },
    taken,
  );
  const goalAt = goalPoint === undefined ? undefined : placed.splice(Math.min(1, order.length), 1)[0];
  if (goalAt !== undefined)
    out.push(
      `<text class="goal-label" x="${px(goalAt.x)}" y="${px(goalAt.y)}"${goalAt.anchor === "end" ? ' text-anchor="end"' : ""} fill="#1a1a1a">${escapeHtml(goalAt.text)}</text>`,
    );
  const labelOf = new Map(order.map((i, k) => [i, placed[k]]));
  marks.forEach((mark, i) => {
    const colour = STATUS_COLOURS[mark.status].text;
    const label = labels[i] ?? "";
    out.push(
      `<circle cx="${px(x(mark.day))}" cy="${px(y(mark.value))}" r="5" fill="${colour}" stroke="#ffffff" stroke-width="1.5"><title>${escapeHtml(w.pointTitle(label, format.date(fromDayNumber(mark.day))))}</title></circle>`,
    );
    const at = labelOf.get(i);
    if (at !== undefined)
      out.push(
        `<text class="point-label" x="${px(at.x)}" y="${px(at.y)}"${at.anchor === "end" ? ' text-anchor="end"' : ""} fill="${colour}">${escapeHtml(at.text)}</text>`,
      );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
