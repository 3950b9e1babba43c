import { fromDayNumber, toDayNumber } from "../internal/dates.js";
import { toDecimal } from "../internal/decimal.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import type { Framework, FrameworkIndex, Id, Indicator } from "../model/index.js";
import { type Bounds, boundsOf } from "../model/bounds.js";
import { evaluateTarget, trajectory } from "../trajectory/index.js";
import { scaledTolerance } from "../trajectory/tolerances.js";
import { toleranceFor } from "../trajectory/judge.js";
import { checkId } from "./check.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { ReportError, reportError } from "./errors.js";
import { formatterFor } from "./format.js";
import { STATUS_COLOURS, escapeHtml } from "./html.js";
import { STATUS_TEXT } from "./words.js";

/**
 * Options for {@link renderTrajectorySvg}.
 *
 * @category Report
 */
export interface TrajectorySvgOptions {
  /** The date the chart is drawn as of: measurements after it are not shown, the forecast is made from it. */
  readonly asOf: string;
  /** The chart's width in pixels, 320 to 4000; 640 when absent. */
  readonly width?: number;
  /** The chart's height in pixels, 200 to 3000; 360 when absent. */
  readonly height?: number;
  /** The locale of the axis labels, `en-GB` when absent. */
  readonly locale?: string;
}

/** How many samples the expected path is drawn through, between its own points. */
const SAMPLES = 96;
const MARGIN = { top: 40, right: 24, bottom: 56, left: 88 } as const;

function checkedSize(value: unknown, what: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new ReportError(`${what} must be a whole number of pixels from ${String(min)} to ${String(max)}`);
  return value;
}

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

/** A number for an SVG attribute: two decimal places at most. */
const px = (value: number): string => String(Math.round(value * 100) / 100);

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
  checkOptionsObject(options, "options", reportError);
  checkKnownOptions(options, ["asOf", "width", "height", "locale"], "options", reportError);
  const asOf = checkDate(options.asOf, "options.asOf", reportError);
  const width = checkedSize(options.width, "options.width", 640, 320, 4000);
  const height = checkedSize(options.height, "options.height", 360, 200, 3000);
  const index = checkedFrameworkIndex(source, reportError);
  checkId(targetId, "targetId");
  const target = index.targets.get(targetId);
  if (target === undefined) throw new ReportError(`there is no target "${targetId}"`);
  const indicator: Indicator | undefined = index.indicators.get(target.indicator);
  const format = formatterFor(options.locale, "options.locale");
  const shown = indicator === undefined ? undefined : { unit: indicator.unit, decimals: indicator.decimals };
  const title = target.title ?? target.id;

  // The dates drawn: the baseline to the goal date, or to asOf when that is later.
  const first = toDayNumber(target.baseline.date);
  const last = Math.max(toDayNumber(target.goal.date), toDayNumber(asOf), first + 1);
  const pathDays = new Set<number>();
  for (let i = 0; i <= SAMPLES; i += 1)
    pathDays.add(Math.round(first + ((toDayNumber(target.goal.date) - first) * i) / SAMPLES));
  // Each point of the path, and the day after it, so steps and period targets turn square.
  for (const point of [...(target.milestones ?? []), target.goal]) {
    pathDays.add(toDayNumber(point.date));
    pathDays.add(toDayNumber(point.date) + 1);
  }
  const days = [...pathDays]
    .filter((day) => day >= first && day <= toDayNumber(target.goal.date))
    .sort((a, b) => a - b);
  const points = trajectory(target, days.map(fromDayNumber), indicator === undefined ? undefined : { indicator });

  const applied = indicator === undefined ? undefined : toleranceFor(target, indicator, undefined, index.framework);
  const sign = indicator?.polarity === "lower-is-better" ? 1 : -1;
  const path: { day: number; value: number }[] = [];
  const band: { day: number; low: number; high: number }[] = [];
  points.forEach((point, i) => {
    const day = days[i] as number;
    if (point.expected !== null) {
      const value = Number(point.expected);
      path.push({ day, value });
      if (applied !== undefined && target.comparator === undefined && indicator?.polarity !== "in-band") {
        const amount = scaledTolerance(applied, toDecimal(point.expected), toDecimal(1)).toNumber() * sign;
        band.push({ day, low: Math.min(value, value + amount), high: Math.max(value, value + amount) });
      }
    } else if (point.band !== null) band.push({ day, low: Number(point.band.low), high: Number(point.band.high) });
  });

  // The measurements up to asOf (up to the goal date, for a target that has ended: later figures
  // are not its own), each with the status it was given as of its own date.
  const evaluation = evaluateTarget(index, target.id, { asOf });
  const upTo = evaluation.outturn?.date ?? asOf;
  const measured = (index.measurementsByIndicator.get(target.indicator) ?? []).filter(
    (measurement) => measurement.date > target.baseline.date && measurement.date <= upTo,
  );
  const marks = measured.map((measurement) => ({
    day: toDayNumber(measurement.date),
    value: Number(measurement.value),
    text: format.figure(String(measurement.value), shown),
    status: evaluateTarget(index, target.id, { asOf: measurement.date }).status,
  }));
  const forecast = evaluation.forecast.value === null ? null : Number(evaluation.forecast.value);
  const goal = evaluation.goal === null ? null : Number(evaluation.goal);

  // The value axis: everything drawn, padded by a twentieth either way.
  const values = [
    Number(target.baseline.value),
    ...path.map((p) => p.value),
    ...band.flatMap((b) => [b.low, b.high]),
    ...marks.map((m) => m.value),
    ...(forecast === null ? [] : [forecast]),
    ...(goal === null ? [] : [goal]),
  ].filter((value) => Number.isFinite(value));
  // A loop, not Math.min(...values): a path of 70,000 milestones has more points than a call has room for arguments.
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  if (high === low) [low, high] = [low - 1, high + 1];
  const pad = (high - low) / 20;
  // Padded, but never past the indicator's natural bounds (0 to 100 for a percentage).
  const bounds: Bounds = indicator === undefined ? { min: undefined, max: undefined } : boundsOf(indicator);
  low = Math.max(low - pad, bounds.min === undefined ? Number.NEGATIVE_INFINITY : Math.min(low, bounds.min.toNumber()));
  high = Math.min(
    high + pad,
    bounds.max === undefined ? Number.POSITIVE_INFINITY : Math.max(high, bounds.max.toNumber()),
  );
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}" viewBox="0 0 ${String(width)} ${String(height)}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, Arial, sans-serif" font-size="12">`,
  );
  const latest = marks.at(-1);
  const description = [
    `Expected path from ${format.figure(String(target.baseline.value), shown)} on ${format.date(target.baseline.date)} to ${format.figure(evaluation.goal, shown)} by ${format.date(target.goal.date)}.`,
    marks.length === 0
      ? "No measurement yet."
      : `${String(marks.length)} measurement${marks.length === 1 ? "" : "s"}; the latest ${latest?.text ?? ""} on ${format.date(fromDayNumber(latest?.day ?? first))}, ${STATUS_TEXT[latest?.status ?? "no-data"]}.`,
    forecast === null ? "" : `Forecast ${format.figure(evaluation.forecast.value, shown)} by the goal date.`,
  ]
    .filter((sentence) => sentence !== "")
    .join(" ");
  out.push(`<title id="chart-title">${escapeHtml(`${title}: expected path and measurements`)}</title>`);
  out.push(`<desc id="chart-desc">${escapeHtml(description)}</desc>`);
  out.push(`<rect x="0" y="0" width="${String(width)}" height="${String(height)}" fill="#ffffff"/>`);
  out.push(
    `<text x="${px(plot.x)}" y="20" font-size="14" font-weight="600" fill="#1a1a1a">${titleLines.map((line, i) => `<tspan x="${px(plot.x)}" dy="${i === 0 ? "0" : "18"}">${escapeHtml(line)}</tspan>`).join("")}</text>`,
  );

  // Axes, with five value ticks and five date ticks.
  out.push(
    `<g stroke="#6b6b6b" stroke-width="1"><line x1="${px(plot.x)}" y1="${px(plot.y)}" x2="${px(plot.x)}" y2="${px(plot.y + plot.h)}"/><line x1="${px(plot.x)}" y1="${px(plot.y + plot.h)}" x2="${px(plot.x + plot.w)}" y2="${px(plot.y + plot.h)}"/></g>`,
  );
  for (let i = 0; i <= 4; i += 1) {
    const value = low + ((high - low) * i) / 4;
    // Numbers only on the ticks; the axis's title gives the unit.
    const label = format.figure(value.toFixed(Math.max(0, indicator?.decimals ?? 1)), undefined);
    out.push(
      `<text x="${px(plot.x - 6)}" y="${px(y(value) + 4)}" text-anchor="end" fill="#1a1a1a">${escapeHtml(label)}</text>`,
    );
  }
  // Three date ticks: the first, the middle and the last day drawn.
  for (let i = 0; i <= 4; i += 2) {
    const dayTick = Math.round(first + ((last - first) * i) / 4);
    const anchor = i === 0 ? "start" : i === 4 ? "end" : "middle";
    out.push(
      `<text x="${px(x(dayTick))}" y="${px(plot.y + plot.h + 18)}" text-anchor="${anchor}" fill="#1a1a1a">${escapeHtml(format.date(fromDayNumber(dayTick)))}</text>`,
    );
  }
  out.push(
    `<text x="16" y="${px(plot.y + plot.h / 2)}" transform="rotate(-90 16 ${px(plot.y + plot.h / 2)})" text-anchor="middle" fill="#1a1a1a">${escapeHtml(indicator?.unit ?? "value")}</text>`,
  );
  out.push(
    `<text x="${px(plot.x + plot.w / 2)}" y="${px(height - 10)}" text-anchor="middle" fill="#1a1a1a">Date</text>`,
  );

  // The tolerance band, the path, the forecast, the goal and the measurements.
  if (band.length > 1) {
    const upper = band.map((b) => `${px(x(b.day))},${px(y(b.high))}`);
    const lower = band.map((b) => `${px(x(b.day))},${px(y(b.low))}`).reverse();
    out.push(
      `<polygon points="${[...upper, ...lower].join(" ")}" fill="${STATUS_COLOURS.amber.background}" stroke="none"><title>Tolerance: a figure here is amber</title></polygon>`,
    );
  }
  if (path.length > 1)
    out.push(
      `<polyline points="${path.map((p) => `${px(x(p.day))},${px(y(p.value))}`).join(" ")}" fill="none" stroke="#1a1a1a" stroke-width="2"><title>Expected path</title></polyline>`,
    );
  if (forecast !== null && latest !== undefined)
    out.push(
      `<line x1="${px(x(latest.day))}" y1="${px(y(latest.value))}" x2="${px(x(toDayNumber(target.goal.date)))}" y2="${px(y(forecast))}" stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="6 4"><title>${escapeHtml(`Forecast: ${format.figure(evaluation.forecast.value, shown)} by ${format.date(target.goal.date)}`)}</title></line>`,
    );
  if (goal !== null) {
    const gx = x(toDayNumber(target.goal.date));
    const gy = y(goal);
    out.push(
      `<path d="M ${px(gx)} ${px(gy - 7)} L ${px(gx + 7)} ${px(gy)} L ${px(gx)} ${px(gy + 7)} L ${px(gx - 7)} ${px(gy)} Z" fill="#1a1a1a"><title>${escapeHtml(`Goal: ${format.figure(evaluation.goal, shown)} by ${format.date(target.goal.date)}`)}</title></path>`,
    );
    out.push(
      `<text x="${px(gx - 10)}" y="${px(gy - 10)}" text-anchor="end" fill="#1a1a1a">${escapeHtml(`Goal ${format.figure(evaluation.goal, shown)}`)}</text>`,
    );
  }
  marks.forEach((mark, i) => {
    const colour = STATUS_COLOURS[mark.status].text;
    // Labels step down in three rows below their points, so neighbours a month apart do not overlap.
    const dy = 16 + 13 * (i % 3);
    const label = `${mark.text} (${STATUS_TEXT[mark.status]})`;
    out.push(
      `<circle cx="${px(x(mark.day))}" cy="${px(y(mark.value))}" r="5" fill="${colour}" stroke="#ffffff" stroke-width="1.5"><title>${escapeHtml(`${label}, ${format.date(fromDayNumber(mark.day))}`)}</title></circle>`,
    );
    out.push(
      `<text x="${px(x(mark.day) + 8)}" y="${px(y(mark.value) + dy)}" fill="${colour}">${escapeHtml(label)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
