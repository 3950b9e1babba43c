import type { Decimal } from "decimal.js";
import { ExactDecimal } from "../internal/decimal.js";
import { fromDayNumber, toDayNumber } from "../internal/dates.js";

/**
 * The geometry of a chart's axes and labels, kept apart from the drawing: ticks on round values,
 * dates on month and quarter boundaries, and point labels placed so no two overlap.
 * @internal
 */

/** The mantissas a value tick's step may have: steps of 1, 2, 2.5 and 5 × 10^k. @internal */
export const TICK_MANTISSAS = [1, 2, 2.5, 5] as const;

/** A value axis: its drawn range (from one tick to another, or to the indicator's bound), its step, and its ticks as exact decimal strings. @internal */
export interface ValueAxis {
  readonly low: number;
  readonly high: number;
  /** The step between ticks, an exact decimal string: 1, 2, 2.5 or 5 × 10^k. */
  readonly step: string;
  readonly ticks: readonly string[];
}

/**
 * The value axis for data from `low` to `high`: a round step (1, 2, 2.5 or 5 × 10^k) giving at
 * most `maxIntervals` intervals, the range widened out to the ticks either side, but never past
 * `min` or `max` (a percentage's 0 and 100). At most `maxIntervals + 1` ticks, at least two.
 * @internal
 */
export function valueAxis(low: number, high: number, min?: number, max?: number, maxIntervals = 5): ValueAxis {
  // Equal ends, or ends too close for a number to tell apart, widen by one either way.
  if (!(high - low > Math.max(Math.abs(low), Math.abs(high)) * 1e-12 + 1e-300)) [low, high] = [low - 1, high + 1];
  // Start one decade below the step that would give maxIntervals intervals, and go up: at most 8 tries.
  let exponent = Math.floor(Math.log10((high - low) / maxIntervals)) - 1;
  for (;;) {
    for (const mantissa of TICK_MANTISSAS) {
      const step: Decimal = new ExactDecimal(mantissa).mul(new ExactDecimal(10).pow(exponent));
      const size = step.toNumber();
      const first = Math.floor(low / size + 1e-9);
      const last = Math.ceil(high / size - 1e-9);
      if (last - first > maxIntervals) continue;
      let axisLow = first * size;
      let axisHigh = last * size;
      if (min !== undefined && axisLow < min) axisLow = Math.min(low, min);
      if (max !== undefined && axisHigh > max) axisHigh = Math.max(high, max);
      const ticks: string[] = [];
      for (let k = first; k <= last; k += 1) {
        const value = k * size;
        if (value >= axisLow - size * 1e-9 && value <= axisHigh + size * 1e-9) ticks.push(step.mul(k).toFixed());
      }
      return { low: axisLow, high: axisHigh, step: step.toFixed(), ticks };
    }
    exponent += 1;
  }
}

/** A date tick: its day number, and whether it is the first of a month (else a first or last day drawn). @internal */
export interface DateTick {
  readonly day: number;
  readonly monthStart: boolean;
}

/** The steps date ticks may take, in months: a month, a quarter, half a year, a year, then years. @internal */
export const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000] as const;

/**
 * Date ticks from day `first` to day `last`: the first days of months, a step of 1, 3, 6 or 12
 * months (or years beyond), the fewest-month step that gives at most `maxTicks`; steps of a
 * quarter or more fall on the financial year's quarters (1 April, 1 July, 1 October, 1 January),
 * half years and years on 1 April. Where fewer than two month starts fall in the range (a chart
 * of a few weeks), the first and last days drawn instead.
 * @internal
 */
export function dateTicks(first: number, last: number, maxTicks: number): DateTick[] {
  const start = fromDayNumber(first);
  const end = fromDayNumber(last);
  // Months counted from January of year 0, so month index 3 is an April.
  const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
  // The first month starting on or after `first`.
  const from = monthIndex(start) + (start.endsWith("-01") ? 0 : 1);
  const to = monthIndex(end);
  for (const step of MONTH_STEPS) {
    const offset = step === 1 ? 0 : 3;
    const firstTick = from + ((((offset - from) % step) + step) % step);
    if (to < firstTick) break;
    const count = Math.floor((to - firstTick) / step) + 1;
    if (count > maxTicks) continue;
    if (count < 2) break;
    const ticks: DateTick[] = [];
    for (let m = firstTick; m <= to; m += step) {
      const year = Math.floor(m / 12);
      const month = (m % 12) + 1;
      ticks.push({
        day: toDayNumber(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`),
        monthStart: true,
      });
    }
    return ticks;
  }
  return [
    { day: first, monthStart: false },
    { day: last, monthStart: false },
  ];
}

/** A box on the chart: left, top, right and bottom, in pixels. @internal */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The width a text is estimated to take at a font size: 0.62 em a character of ASCII (wider than
 * Arial's or the system font's digits and most letters), a whole em for any other character (the
 * status symbols ✔ ▲ ✖ and letters of other scripts). A browser test checks the estimate covers
 * what Chromium draws.
 * @internal
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += (character.codePointAt(0) ?? 0) < 0x80 ? 0.62 : 1;
  return ems * fontSize;
}

/** The box a text is estimated to take: from its baseline, 0.95 em up and 0.3 em down. @internal */
export function textBox(x: number, y: number, text: string, fontSize: number, anchor: "start" | "end"): Box {
  const width = textWidth(text, fontSize);
  const left = anchor === "start" ? x : x - width;
  return { left, top: y - 0.95 * fontSize, right: left + width, bottom: y + 0.3 * fontSize };
}

/** Whether two boxes overlap (touching edges do not). @internal */
export const intersects = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The grid cell size of {@link BoxGrid}, in pixels. */
const CELL = 40;

/**
 * Boxes held in a grid of cells, so asking whether a box overlaps any held box looks only at the
 * few cells it covers, not at every box: placing n labels costs about n, not n².
 * @internal
 */
export class BoxGrid {
  readonly #cells = new Map<number, Box[]>();

  #each(box: Box, visit: (key: number) => boolean): boolean {
    const x0 = Math.floor(box.left / CELL);
    const x1 = Math.floor(box.right / CELL);
    const y0 = Math.floor(box.top / CELL);
    const y1 = Math.floor(box.bottom / CELL);
    for (let cx = x0; cx <= x1; cx += 1) for (let cy = y0; cy <= y1; cy += 1) if (visit(cx * 100_003 + cy)) return true;
    return false;
  }

  add(box: Box): void {
    this.#each(box, (key) => {
      const cell = this.#cells.get(key);
      if (cell === undefined) this.#cells.set(key, [box]);
      else cell.push(box);
      return false;
    });
  }

  overlaps(box: Box): boolean {
    return this.#each(box, (key) => (this.#cells.get(key) ?? []).some((held) => intersects(held, box)));
  }
}

/** A point to label: where it is drawn, its label's text, and a shorter text to fall back on (the figure without its unit). @internal */
export interface LabelledPoint {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly short?: string;
  /** The places to try beside the point, in order, instead of the usual ones. */
  readonly offsets?: readonly LabelOffset[];
}

/** A place beside a point: the text's anchor, offset from the point. @internal */
export interface LabelOffset {
  readonly dx: number;
  readonly dy: number;
  readonly anchor: "start" | "end";
}

/** A placed label: its text (the point's own or its short one), where it is drawn, its anchor and the box it takes. @internal */
export interface PlacedLabel {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "end";
  readonly box: Box;
}

/** Where a label may go, tried in order: beside its point to the right below and above, then to the left, then staggered a row further. */
const OFFSETS: readonly LabelOffset[] = [
  { dx: 8, dy: 16, anchor: "start" },
  { dx: 8, dy: -9, anchor: "start" },
  { dx: -8, dy: 16, anchor: "end" },
  { dx: -8, dy: -9, anchor: "end" },
  { dx: 8, dy: 29, anchor: "start" },
  { dx: 8, dy: -22, anchor: "start" },
  { dx: -8, dy: 29, anchor: "end" },
  { dx: -8, dy: -22, anchor: "end" },
  { dx: 8, dy: 42, anchor: "start" },
  { dx: 8, dy: -35, anchor: "start" },
  { dx: -8, dy: 42, anchor: "end" },
  { dx: -8, dy: -35, anchor: "end" },
];

/**
 * The gap, in pixels, a label keeps from every other box: a label that only touches a marker or
 * another label (its edge, as computed in floating point, a hair either side of the other's) is
 * not placed there, so none overlaps one when its box is computed again from the SVG's numbers.
 * Far below the hundredth of a pixel the SVG writes positions to (the chart places labels around
 * its marks as drawn, rounded to that hundredth).
 */
const CLEARANCE = 0.001;

/** The rows a label centred on its point may take, above and below it. */
const CENTRED_ROWS = [-10, 19, -23, 32, -36, 45] as const;

/**
 * Labels for points, none overlapping another, a point's marker (radius `radius`) or a box in
 * `taken` (the goal's label), nor only touching one (see {@link CLEARANCE}), each inside `area`. The points are labelled in the order given (put
 * the latest first: it is the one a reader looks for); each takes the first of its places that is
 * free, trying beside it right and left, below and above, staggered up to three rows, or centred above or
 * below it (slid sideways to stay inside); then the same places for its short text (the figure without its unit); then both texts in the centred rows again, slid to end or to start at the point; a label with no free place is left out (its point keeps its tooltip, and the chart's description says
 * the latest figure). Returns each point's label, or undefined where it was left out.
 * @internal
 */
export function placeLabels(
  points: readonly LabelledPoint[],
  fontSize: number,
  radius: number,
  area: Box,
  taken: readonly Box[],
): (PlacedLabel | undefined)[] {
  const grid = new BoxGrid();
  for (const box of taken) grid.add(box);
  for (const point of points)
    grid.add({ left: point.x - radius, top: point.y - radius, right: point.x + radius, bottom: point.y + radius });
  const free = (box: Box) =>
    box.left >= area.left &&
    box.right <= area.right &&
    box.top >= area.top &&
    box.bottom <= area.bottom &&
    !grid.overlaps({
      left: box.left - CLEARANCE,
      top: box.top - CLEARANCE,
      right: box.right + CLEARANCE,
      bottom: box.bottom + CLEARANCE,
    });
  return points.map((point) => {
    for (const text of point.short === undefined ? [point.text] : [point.text, point.short]) {
      const candidates = (point.offsets ?? OFFSETS).map((offset) => ({
        x: point.x + offset.dx,
        y: point.y + offset.dy,
        anchor: offset.anchor,
      }));
      // Then centred above and below the point, slid sideways as far as it takes to stay inside.
      const width = textWidth(text, fontSize);
      const left = Math.max(area.left, Math.min(point.x - width / 2, area.right - width));
      for (const dy of CENTRED_ROWS) candidates.push({ x: left, y: point.y + dy, anchor: "start" });
      for (const candidate of candidates) {
        const box = textBox(candidate.x, candidate.y, text, fontSize, candidate.anchor);
        if (!free(box)) continue;
        grid.add(box);
        return { text, ...candidate, box };
      }
    }
    // Last, each text centred-row by row again but slid to end at the point or to start at it: a
    // label hemmed in by a marker on one side (the goal's, beside the latest figure) finds room on
    // the other. Tried only where every place above failed; the place it takes is then not free for
    // the labels after it, which may go elsewhere or be left out (labels are placed in order of
    // importance, the latest first).
    for (const text of point.short === undefined ? [point.text] : [point.text, point.short]) {
      const width = textWidth(text, fontSize);
      const clamp = (left: number): number => Math.max(area.left, Math.min(left, area.right - width));
      for (const dy of CENTRED_ROWS)
        for (const left of [clamp(point.x + radius - width), clamp(point.x - radius)]) {
          const box = textBox(left, point.y + dy, text, fontSize, "start");
          if (!free(box)) continue;
          grid.add(box);
          return { text, x: left, y: point.y + dy, anchor: "start" as const, box };
        }
    }
    return undefined;
  });
}
