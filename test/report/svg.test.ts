import { describe, expect, it } from "vitest";
import { type Framework, ReportError, parseFramework } from "../../src/index.js";
import { renderTrajectorySvg } from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy, loadExample, withMeasurements } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

const stockton = (): Framework => example("stockton");

/** The numbers of an SVG attribute list, `x1="1" y1="2"` → { x1: 1, y1: 2 }. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-z-]+)="([^"]*)"/gu)) found[match[1] ?? ""] = match[2] ?? "";
  return found;
}

describe("renderTrajectorySvg", () => {
  const svg = perTest(() => renderTrajectorySvg(stockton(), "t-relet-28-days", { asOf: "2001-07-15" }));

  it("is a self-contained, labelled image: a title and a description screen readers read", () => {
    expect(svg().startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"')).toBe(true);
    expect(svg()).toContain('role="img" aria-labelledby="chart-title chart-desc"');
    expect(svg()).toContain(
      '<title id="chart-title">100% houses available for re-let within 28 days: expected path and measurements</title>',
    );
    // Baseline 70% on 31 March 2001, the year's 100% from the next day (period target), three figures.
    expect(svg()).toContain(
      '<desc id="chart-desc">Expected path from 70% on 31 March 2001 to 100% by 31 March 2002. 3 measurements; the latest 79% on 30 June 2001, ✖ Red. Forecast 100% by the goal date.</desc>',
    );
    expect(svg()).not.toMatch(/<script|href=|<image/u);
  });

  it("charts only a target's own figures once it has ended: a figure after the goal date is the next year's (issue 20)", () => {
    const framework = withMeasurements(
      stockton(),
      { indicator: "pi-relet-28-days", date: "2002-03-31", value: "100" },
      { indicator: "pi-relet-28-days", date: "2002-04-30", value: "60" },
    );
    const ended = renderTrajectorySvg(framework, "t-relet-28-days", { asOf: "2002-05-10" });
    // April 2001 to June 2001 and March 2002: four of the target's own figures, not April 2002's 60%.
    expect([...ended.matchAll(/<circle [^>]*>/gu)]).toHaveLength(4);
    expect(ended).toContain(">100% (✔ Green)</text>");
    expect(ended).not.toContain(">60%");
  });

  it("draws each measurement coloured by its status, with its figure and status in words", () => {
    const circles = [...svg().matchAll(/<circle [^>]*>/gu)].map((match) => attributes(match[0]));
    expect(circles).toHaveLength(3);
    // Red's text colour: each re-let figure (72, 75, 79 against the year's 100) was red when it came in.
    for (const circle of circles) expect(circle.fill).toBe("#7f1010");
    for (const label of ["72% (✖ Red)", "75% (✖ Red)", "79% (✖ Red)"]) expect(svg()).toContain(`>${label}</text>`);
    // Later figures sit higher on the chart: y falls as the value rises.
    const ys = circles.map((circle) => Number(circle.cy));
    expect(ys[0]).toBeGreaterThan(ys[1] as number);
    expect(ys[1]).toBeGreaterThan(ys[2] as number);
  });

  it("draws the path, the tolerance band, the dashed forecast, the goal and both axes' labels", () => {
    expect(svg()).toMatch(
      /<polyline points="[^"]+" fill="none" stroke="#1a1a1a" stroke-width="2"><title>Expected path<\/title>/u,
    );
    expect(svg()).toContain("<title>Tolerance: a figure here is amber</title>");
    expect(svg()).toMatch(/stroke-dasharray="6 4"><title>Forecast: 100% by 31 March 2002<\/title>/u);
    expect(svg()).toContain("<title>Goal: 100% by 31 March 2002</title>");
    // Dates on the quarters of the financial year, from April 2001 (the baseline is 31 March 2001).
    expect(
      [...svg().matchAll(/text-anchor="(?:start|middle|end)" fill="#1a1a1a">([A-Z][a-z]+ \d{4})<\/text>/gu)].map(
        (m) => m[1],
      ),
    ).toEqual(["Apr 2001", "Jul 2001", "Oct 2001", "Jan 2002"]);
    expect(svg()).toMatch(/transform="rotate\(-90 [^"]+\)" text-anchor="middle" fill="#1a1a1a">%<\/text>/u);
    // A percentage's axis stops at 100, never 101.7%.
    const ticks = [...svg().matchAll(/text-anchor="end" fill="#1a1a1a">([\d.,]+)<\/text>/gu)].map((m) => Number(m[1]));
    expect(Math.max(...ticks)).toBe(100);
  });

  it("puts every point inside the plot, for targets of each shape", () => {
    for (const id of ["t-co2", "t-heart-disease", "t-unemployment", "t-zone-cleanliness", "t-new-deal", "t-gcse"]) {
      const chart = renderTrajectorySvg(stockton(), id, { asOf: "2002-04-15", width: 800, height: 400 });
      for (const match of chart.matchAll(/<circle [^>]*>/gu)) {
        const { cx, cy } = attributes(match[0]);
        expect(Number(cx)).toBeGreaterThanOrEqual(88);
        expect(Number(cx)).toBeLessThanOrEqual(800 - 24);
        expect(Number(cy)).toBeGreaterThanOrEqual(0);
        expect(Number(cy)).toBeLessThanOrEqual(400 - 56);
      }
      expect(chart).not.toContain("NaN");
    }
  });

  it("escapes every text: a title with <script>, & and quotes is drawn as text", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relet = framework.targets.find((target) => target.id === "t-relet-28-days");
    if (relet !== undefined) relet.title = `<script>alert("x")</script> & 'quotes'`;
    const chart = renderTrajectorySvg(deepFreeze(framework), "t-relet-28-days", { asOf: "2001-07-15" });
    expect(chart).not.toContain("<script>");
    expect(chart).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
  });

  it.each([
    ["no-such-target", { asOf: "2001-07-15" }, 'there is no target "no-such-target"'],
    ["t-co2", { asOf: "15/07/2001" }, 'options.asOf "15/07/2001" is not a calendar date'],
    ["t-co2", { asOf: "2001-07-15", width: 10 }, "options.width must be a whole number of pixels from 320 to 4000"],
    ["t-co2", { asOf: "2001-07-15", height: 1.5 }, "options.height must be a whole number of pixels from 200 to 3000"],
  ])("misuse (%s, %j) throws a ReportError", (id, options, message) => {
    expect(() => renderTrajectorySvg(stockton(), id, options)).toThrow(ReportError);
    expect(() => renderTrajectorySvg(stockton(), id, options)).toThrow(message);
  });
});
