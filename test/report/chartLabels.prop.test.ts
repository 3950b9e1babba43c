import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, ReportError } from "../../src/index.js";
import { renderTrajectorySvg } from "../../src/report/index.js";
import {
  type Box,
  MONTH_STEPS,
  TICK_MANTISSAS,
  dateTicks,
  intersects,
  textBox,
  valueAxis,
} from "../../src/report/chartAxes.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { example } from "../helpers/fixtures.js";
import { oneTarget } from "../helpers/oneTarget.js";
import { runs, timeout } from "../helpers/runs.js";

const stockton = (): Framework => example("stockton");

/** The attributes of a tag, `x="1" y="2"` → { x: "1", y: "2" }. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-z-]+)="([^"]*)"/gu)) found[match[1] ?? ""] = match[2] ?? "";
  return found;
}

/** Undo escapeHtml, for measuring a label's text. */
const unescaped = (text: string) =>
  text
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, "&");

/** The estimated box of each `<text>` of class `className` in the SVG, from its position, anchor and words. */
function textBoxesOf(svg: string, className: "point-label" | "goal-label"): Box[] {
  return [...svg.matchAll(new RegExp(`<text class="${className}" ([^>]*)>([^<]*)</text>`, "gu"))].map((match) => {
    const at = attributes(match[1] ?? "");
    return textBox(
      Number(at.x),
      Number(at.y),
      unescaped(match[2] ?? ""),
      12,
      at["text-anchor"] === "end" ? "end" : "start",
    );
  });
}

/** Each point label's estimated box, each point's marker box, and the goal label's box, read back from the SVG. */
function boxesOf(svg: string): { labels: Box[]; markers: Box[]; goal: Box[] } {
  const markers = [...svg.matchAll(/<circle ([^>]*)>/gu)].map((match) => {
    const at = attributes(match[1] ?? "");
    const [cx, cy, r] = [Number(at.cx), Number(at.cy), Number(at.r)];
    return { left: cx - r, top: cy - r, right: cx + r, bottom: cy + r };
  });
  return { labels: textBoxesOf(svg, "point-label"), markers, goal: textBoxesOf(svg, "goal-label") };
}

/** The pairs of boxes that overlap: a label with a label, a marker or the goal's label. */
function overlaps(svg: string): string[] {
  const { labels, markers, goal } = boxesOf(svg);
  const found: string[] = [];
  labels.forEach((label, i) => {
    labels.forEach((other, j) => {
      if (j > i && intersects(label, other)) found.push(`label ${String(i)} and label ${String(j)}`);
    });
    markers.forEach((marker, j) => {
      if (intersects(label, marker)) found.push(`label ${String(i)} and marker ${String(j)}`);
    });
    for (const box of goal) if (intersects(label, box)) found.push(`label ${String(i)} and the goal's label`);
  });
  return found;
}

describe("point labels never overlap", () => {
  it("labels Stockton's three zone-cleanliness months (90.5%, 91%, 91.2%) apart, none dropped", () => {
    // On the old chart the first two labels shared a baseline (the three-row stagger put 90.5%'s
    // at +29 and 91%'s at +16 below points 13 pixels apart) and ran into each other.
    for (const asOf of ["2001-07-15", "2002-05-15"]) {
      const svg = renderTrajectorySvg(stockton(), "t-zone-cleanliness", { asOf });
      const texts = [...svg.matchAll(/<text class="point-label" [^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]);
      expect(texts).toEqual(["90.5% (✔ Green)", "91.0% (✔ Green)", "91.2% (▲ Amber)"]);
      expect(overlaps(svg)).toEqual([]);
    }
  });

  it("drops a label that has no free place, never the latest, and the point keeps its tooltip", () => {
    // A figure a day for a month, in a narrow chart: far more labels than fit.
    const measurements = Array.from({ length: 30 }, (_, i) => ({
      indicator: "pi",
      date: fromDayNumber(toDayNumber("2001-04-01") + i),
      value: String(80 + (i % 3)),
    }));
    const svg = renderTrajectorySvg(oneTarget({ frequency: "monthly" }, measurements), "t", {
      asOf: "2001-05-15",
      width: 320,
      height: 200,
    });
    const texts = [...svg.matchAll(/<text class="point-label" [^>]*>([^<]*)<\/text>/gu)].map((m) => m[1]);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThan(30);
    expect(svg.match(/<circle /gu)).toHaveLength(30);
    // The latest figure, 30 April's 82% (above the 79.8% expected), keeps its label.
    expect(texts.at(-1)).toBe("82% (✔ Green)");
    expect(overlaps(svg)).toEqual([]);
  });

  it("keeps a label off a marker its edge would only touch as drawn (a property's counterexample)", () => {
    // The latest figure's label, left of its point and a row up, was placed (at unrounded
    // positions) just clear of 86.02's marker; written to a hundredth of a pixel, its bottom and
    // the marker's top both came out at 606.68, and its box computed from the SVG's numbers
    // (603.08 + 3.6 = 606.6800000000001) overlapped the marker.
    const day0 = toDayNumber("2001-03-31");
    const offsets = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 249];
    const values = ["0", "0", "0", "0", "0", "4785", "86.02", "0", "0", "0", "0", "81.9"];
    const measurements = offsets.map((offset, i) => ({
      indicator: "pi",
      date: fromDayNumber(day0 + offset),
      value: values[i] ?? "0",
    }));
    const framework = oneTarget({ unit: "households", decimals: 2 }, measurements);
    const svg = renderTrajectorySvg(framework, "t", { asOf: "2002-08-31", width: 514, height: 676 });
    expect(overlaps(svg)).toEqual([]);
    // The latest figure keeps its label, now a row higher and to the right.
    expect(svg).toContain(
      '<text class="point-label" x="289.24" y="590.08" fill="#7f1010">81.90 households (✖ Red)</text>',
    );
  });

  it("labels the latest figure where the goal's marker takes the places beside it (found by npm run fuzz)", () => {
    const day0 = toDayNumber("2001-03-31");
    const measurements = [1, 29, 57, 85, 231].map((offset, i) => ({
      indicator: "pi",
      date: fromDayNumber(day0 + offset),
      value: ["0", "0", "767", "0", "1"][i] ?? "0",
    }));
    const framework = oneTarget({ unit: "households", decimals: 2 }, measurements);
    const svg = renderTrajectorySvg(framework, "t", { asOf: "2002-08-31", width: 320, height: 353 });
    expect(overlaps(svg)).toEqual([]);
    expect(svg).toContain('<text class="point-label" x="91.92" y="286.74" fill="#7f1010">1.00 (✖ Red)</text>');
  });

  it(
    "never overlaps on generated series: any dates, any values, any size",
    () => {
      const day0 = toDayNumber("2001-03-31");
      fc.assert(
        fc.property(
          // Up to the goal date, 365 days on: a figure after it is the next year's, not drawn.
          fc.uniqueArray(fc.integer({ min: 1, max: 365 }), { minLength: 1, maxLength: 40 }),
          fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 40, maxLength: 40 }),
          fc.integer({ min: 320, max: 1200 }),
          fc.integer({ min: 200, max: 800 }),
          (offsets, values, width, height) => {
            const measurements = [...offsets]
              .sort((a, b) => a - b)
              .map((offset, i) => ({
                indicator: "pi",
                date: fromDayNumber(day0 + offset),
                value: (values[i] ?? 0) % 2 === 0 ? String((values[i] ?? 0) / 100) : String(values[i] ?? 0),
              }));
            const framework = oneTarget({ unit: "households", decimals: 2 }, measurements);
            const svg = renderTrajectorySvg(framework, "t", { asOf: "2002-08-31", width, height });
            expect(overlaps(svg)).toEqual([]);
            // The latest figure is labelled first: on a monthly or sparser series, always. (Where
            // figures crowd closer, a place beside it may be taken by other points' markers.)
            const sorted = [...offsets].sort((a, b) => a - b);
            if (sorted.some((offset, i) => i > 0 && offset - (sorted[i - 1] ?? 0) < 28)) return;
            const latest = measurements.at(-1);
            const figure = Number(latest?.value).toLocaleString("en-GB", {
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
            });
            expect(svg).toMatch(new RegExp(`class="point-label"[^>]*>${figure}`, "u"));
          },
        ),
        { numRuns: runs(60) },
      );
    },
    timeout(120_000),
  );
});

/** Whether a decimal string is a whole multiple of another, exactly (by scaling both to integers). */
function isMultiple(value: string, step: string): boolean {
  const places = Math.max(...[value, step].map((text) => text.split(".")[1]?.length ?? 0));
  const scale = (text: string) => {
    const [whole = "0", fraction = ""] = text.split(".");
    return BigInt(`${whole}${fraction.padEnd(places, "0")}`);
  };
  return scale(value) % scale(step) === 0n;
}

describe("axis ticks on round values", () => {
  it("steps by 1, 2, 2.5 or 5 × 10^k, every tick a multiple, the axis covering the data", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true })),
        (low, span) => {
          const high = low + span;
          const axis = valueAxis(low, high);
          const step = Number(axis.step);
          const exponent = Math.floor(Math.log10(step) + 1e-9);
          const mantissa = Number((step / 10 ** exponent).toPrecision(6));
          // Within a millionth of a step, or floating point's resolution at the values' size.
          const slack = step * 1e-6 + Math.max(Math.abs(low), Math.abs(high)) * 1e-12;
          expect(TICK_MANTISSAS).toContain(mantissa);
          expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
          expect(axis.ticks.length).toBeLessThanOrEqual(6);
          for (const tick of axis.ticks) {
            expect(isMultiple(tick, axis.step)).toBe(true);
            expect(Number(tick)).toBeGreaterThanOrEqual(axis.low - slack);
            expect(Number(tick)).toBeLessThanOrEqual(axis.high + slack);
          }
          if (span > 0) {
            expect(axis.low).toBeLessThanOrEqual(low + slack);
            expect(axis.high).toBeGreaterThanOrEqual(high - slack);
            // The axis starts and ends on a tick: round values at both ends.
            expect(Math.abs(Number(axis.ticks[0]) - axis.low)).toBeLessThanOrEqual(slack);
            expect(Math.abs(Number(axis.ticks.at(-1)) - axis.high)).toBeLessThanOrEqual(slack);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("never runs a percentage's axis past 100 or below 0", () => {
    expect(valueAxis(72, 100, 0, 100)).toMatchObject({ low: 70, high: 100, step: "10" });
    expect(valueAxis(86, 99.5, 0, 100)).toMatchObject({ low: 85, high: 100 });
    expect(valueAxis(0.2, 3.9, 0, 100)).toMatchObject({ low: 0, high: 4, step: "1" });
  });

  it("puts the charts' value ticks on round values, on generated series", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 1, maxLength: 12 }), (values) => {
        const measurements = values.map((value, i) => ({
          indicator: "pi",
          date: fromDayNumber(toDayNumber("2001-04-30") + 30 * i),
          value: String(value / 100),
        }));
        const svg = renderTrajectorySvg(oneTarget({ unit: "households" }, measurements), "t", { asOf: "2002-03-31" });
        const ticks = [...svg.matchAll(/text-anchor="end" fill="#1a1a1a">([−\-\d.,]+)<\/text>/gu)].map((m) =>
          (m[1] ?? "").replace(/,/gu, "").replace("−", "-"),
        );
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        const steps = ticks.slice(1).map((tick, i) => Number(tick) - Number(ticks[i]));
        const step = Math.abs(steps[0] ?? 0);
        const exponent = Math.floor(Math.log10(step) + 1e-9);
        expect(TICK_MANTISSAS).toContain(Number((step / 10 ** exponent).toPrecision(6)));
        for (const tick of ticks) expect(isMultiple(tick, String(Number(step.toPrecision(6))))).toBe(true);
      }),
      { numRuns: runs(40) },
    );
  });

  it("puts date ticks on the first of a month; a quarter or more on the financial year's quarters", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("1990-01-01"), max: toDayNumber("2030-01-01") }),
        fc.integer({ min: 1, max: 30 * 365 }),
        fc.integer({ min: 3, max: 15 }),
        (first, span, maxTicks) => {
          const ticks = dateTicks(first, first + span, maxTicks);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(Math.max(2, maxTicks));
          for (const tick of ticks) {
            expect(tick.day).toBeGreaterThanOrEqual(first);
            expect(tick.day).toBeLessThanOrEqual(first + span);
          }
          const monthStarts = ticks.filter((tick) => tick.monthStart);
          if (monthStarts.length === 0) {
            // Only when fewer than two month starts fit: the first and last days drawn.
            expect(ticks.map((tick) => tick.day)).toEqual([first, first + span]);
            return;
          }
          expect(monthStarts).toHaveLength(ticks.length);
          const dates = ticks.map((tick) => fromDayNumber(tick.day));
          for (const date of dates) expect(date.endsWith("-01")).toBe(true);
          const months = dates.map((date) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1);
          const step = (months[1] ?? 0) - (months[0] ?? 0);
          expect(MONTH_STEPS).toContain(step);
          if (step >= 3) for (const month of months) expect((month - 3) % 3).toBe(0);
          if (step >= 6) for (const month of months) expect((month - 3) % 6).toBe(0);
          if (step >= 12) for (const date of dates) expect(date.slice(5, 7)).toBe("04");
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

describe("an id prefix keeps two charts' ids apart", () => {
  /** Every id a document defines, and every id it refers to (aria-labelledby, url(#…), href="#…"). */
  function idsOf(svg: string): { ids: string[]; references: string[] } {
    const ids = [...svg.matchAll(/\sid="([^"]*)"/gu)].map((m) => m[1] ?? "");
    const references = [
      ...[...svg.matchAll(/aria-(?:labelledby|describedby)="([^"]*)"/gu)].flatMap((m) => (m[1] ?? "").split(" ")),
      ...[...svg.matchAll(/url\(#([^)]*)\)/gu)].map((m) => m[1] ?? ""),
      ...[...svg.matchAll(/href="#([^"]*)"/gu)].map((m) => m[1] ?? ""),
    ];
    return { ids, references };
  }

  it("prefixes every id and every reference, so two charts in one page share none", () => {
    const first = renderTrajectorySvg(stockton(), "t-zone-cleanliness", { asOf: "2001-07-15", idPrefix: "c1-" });
    const second = renderTrajectorySvg(stockton(), "t-relet-28-days", { asOf: "2001-07-15", idPrefix: "c2-" });
    const a = idsOf(first);
    const b = idsOf(second);
    expect(a.ids).toEqual(["c1-chart-title", "c1-chart-desc"]);
    expect(b.ids).toEqual(["c2-chart-title", "c2-chart-desc"]);
    for (const id of a.ids) expect(b.ids).not.toContain(id);
    // Each reference resolves within its own chart.
    for (const reference of a.references) expect(a.ids).toContain(reference);
    for (const reference of b.references) expect(b.ids).toContain(reference);
    expect(a.references.length).toBeGreaterThan(0);
    // Without a prefix the chart is as before.
    expect(renderTrajectorySvg(stockton(), "t-zone-cleanliness", { asOf: "2001-07-15" })).toBe(
      first.replace(/c1-/gu, ""),
    );
  });

  it.each([[""], ["1c"], ["c 1"], ['c"><script>'], [7], ["c".repeat(65)]])(
    "refuses the prefix %j, naming options.idPrefix",
    (idPrefix) => {
      const call = () => renderTrajectorySvg(stockton(), "t-co2", { asOf: "2001-07-15", idPrefix: idPrefix as string });
      expect(call).toThrow(ReportError);
      expect(call).toThrow("options.idPrefix must be a letter followed by letters, digits");
    },
  );
});
