import { describe, expect, it } from "vitest";
import { type Framework, ReportError, evaluateTarget, indexFramework, parseFramework } from "../../src/index.js";
import { toDayNumber } from "../../src/internal/dates.js";
import { chartDataOf } from "../../src/report/chartData.js";
import { formatterFor } from "../../src/report/format.js";
import {
  performanceReport,
  renderReportHtml,
  renderReportMarkdown,
  renderSparklineSvg,
  renderTrajectorySvg,
} from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { oneTarget } from "../helpers/oneTarget.js";
import { xmlProblem } from "../helpers/xml.js";
import { perTest } from "../helpers/perTest.js";

const stockton = (): Framework => example("stockton");

/** The words a sparkline's title says. */
const words = (svg: string) => /<title id="[^"]*">([^<]*)<\/title>/u.exec(svg)?.[1];

describe("renderSparklineSvg", () => {
  it("is a tiny image whose title says the figures in words (zone cleanliness, 15 July 2001, worked by hand)", () => {
    const svg = renderSparklineSvg(stockton(), "t-zone-cleanliness", { asOf: "2001-07-15", idPrefix: "s1-" });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32"')).toBe(
      true,
    );
    expect(svg).toContain('role="img" aria-labelledby="s1-spark-title"');
    // 90 on 31 March 2001 to 95 on 31 March 2002: on 30 June, 91 days in, 90 + 5 × 91/365 = 91.2465…%;
    // 91.2% is amber (short by 0.05, within the 2-point tolerance), read apart from it to two places.
    expect(words(svg)).toBe(
      "95% zone/patch to be of high/acceptable cleanliness: trend. baseline 90.0% (31 March 2001), then 3 figures, 90.5% (30 April 2001), 91.0% (31 May 2001), 91.2% (30 June 2001); Amber on 15 July 2001, the latest 91.20% against 91.25% expected; goal 95.0% by 31 March 2002.",
    );
    expect(xmlProblem(svg)).toBeUndefined();
  });

  it("draws the expected path, the figures, the goal, and the latest figure as a dot in its status's colour", () => {
    const svg = renderSparklineSvg(stockton(), "t-relet-28-days", { asOf: "2001-07-15" });
    const polylines = [...svg.matchAll(/<polyline points="([^"]*)" fill="none" stroke="(#[0-9a-f]+)"/gu)];
    expect(polylines.map((match) => match[2])).toEqual(["#6b6b6b", "#1a1a1a"]);
    // The figures' line from the baseline: 70 (31 March 2001), then 72, 75, 79, rising (y falls), inside the 120 × 32 box.
    const figures = (polylines[1]?.[1] ?? "").split(" ").map((pair) => pair.split(",").map(Number));
    expect(figures).toHaveLength(4);
    expect(figures.map(([, y]) => y)).toEqual([...figures.map(([, y]) => y)].sort((a, b) => (b ?? 0) - (a ?? 0)));
    for (const [x, y] of figures) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(120);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(32);
    }
    // Red's colour on the latest figure, 79% on 30 June.
    expect(svg).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="3" fill="#7f1010"\/>/u);
    expect(svg).toContain("<path d=");
  });

  it("draws the same figures as the full chart, for targets of each shape, at year end", () => {
    for (const id of ["t-relet-28-days", "t-zone-cleanliness", "t-unemployment", "t-new-deal", "t-gcse"]) {
      const chart = renderTrajectorySvg(stockton(), id, { asOf: "2002-05-15" });
      const spark = renderSparklineSvg(stockton(), id, { asOf: "2002-05-15" });
      const points = /<polyline points="([^"]*)" fill="none" stroke="#1a1a1a"/u.exec(spark)?.[1]?.split(" ") ?? [];
      const circles = chart.match(/<circle /gu)?.length ?? 0;
      // The figures' line starts at the baseline (a hollow point the full chart draws as its path's start).
      expect(points.length === 0 ? 0 : points.length - 1).toBe(circles);
    }
  });

  it("draws one figure as a line from the baseline, a hollow point, not a lone dot (homeless offers, 15 July 2001)", () => {
    // 82% at the baseline, 31 March 2001; one figure since, 84% on 30 June 2001.
    const svg = renderSparklineSvg(stockton(), "t-homeless-offers", { asOf: "2001-07-15" });
    const line = /<polyline points="([^"]*)" fill="none" stroke="#1a1a1a"/u.exec(svg)?.[1]?.split(" ") ?? [];
    expect(line).toHaveLength(2);
    const baseline =
      /<circle class="baseline" cx="([\d.]+)" cy="([\d.]+)" r="2.5" fill="#ffffff" stroke="#1a1a1a"/u.exec(svg);
    // The baseline is the line's first point, at the left edge (the inset, 4 pixels).
    expect(line[0]).toBe(`${baseline?.[1] ?? ""},${baseline?.[2] ?? ""}`);
    expect(baseline?.[1]).toBe("4");
    expect(words(svg)).toContain("trend. baseline 82% (31 March 2001), then 1 figure, 84% (30 June 2001);");
    expect(xmlProblem(svg)).toBeUndefined();
  });

  it("never joins a year-to-date figure to the baseline: Spelthorne's food inspections, 78% for 2000/01, then 22% by 30 June 2001", () => {
    const svg = renderSparklineSvg(example("spelthorne"), "t-food-inspections", { asOf: "2001-07-15" });
    // The baseline a hollow point of its own; one figure, no line from the baseline (a plunge from 78% to 22% it is not).
    expect(svg).toContain('<circle class="baseline" cx="4"');
    expect(svg).not.toMatch(/<polyline points="[^"]*" fill="none" stroke="#1a1a1a"/u);
    expect(words(svg)).toContain("baseline 78% (31 March 2001), then 1 figure, 22% (30 June 2001);");
  });

  it("says so when there is no figure yet, and reads out only the latest four of many", () => {
    expect(words(renderSparklineSvg(stockton(), "t-co2", { asOf: "2001-07-15" }))).toBe(
      "Carbon dioxide emissions from dwellings cut by 9000 tonnes each year: trend. No figure yet; Awaiting data on 15 July 2001; goal 585,000 tonnes a year by 31 March 2004.",
    );
    const monthly = oneTarget(
      { frequency: "monthly" },
      ["04-30", "05-31", "06-30", "07-31", "08-31", "09-30"].map((day, i) => ({
        indicator: "pi",
        date: `2001-${day}`,
        value: String(80 + i),
      })),
    );
    const said = words(renderSparklineSvg(monthly, "t", { asOf: "2001-10-15" })) ?? "";
    expect(said).toContain(
      "6 figures, the latest 4 82% (30 June 2001), 83% (31 July 2001), 84% (31 August 2001), 85% (30 September 2001);",
    );
    expect(said).not.toContain("80%");
  });

  it("escapes the title and gives the same drawing from a framework or its index", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relet = framework.targets.find((target) => target.id === "t-relet-28-days");
    if (relet !== undefined) relet.title = `<b>"Re-lets" & 'keys'</b>`;
    const svg = renderSparklineSvg(deepFreeze(framework), "t-relet-28-days", { asOf: "2001-07-15" });
    expect(svg).toContain("&lt;b&gt;&quot;Re-lets&quot; &amp; &#39;keys&#39;&lt;/b&gt;: trend.");
    expect(xmlProblem(svg)).toBeUndefined();
    expect(renderSparklineSvg(indexFramework(framework), "t-relet-28-days", { asOf: "2001-07-15" })).toBe(svg);
  });

  it.each([
    ["no-such-target", { asOf: "2001-07-15" }, 'there is no target "no-such-target"'],
    ["t-co2", { asOf: "2001-7-15" }, 'options.asOf "2001-7-15" is not a calendar date'],
    ["t-co2", { asOf: "2001-07-15", width: 20 }, "options.width must be a whole number of pixels from 40 to 800"],
    ["t-co2", { asOf: "2001-07-15", height: 8 }, "options.height must be a whole number of pixels from 16 to 200"],
    ["t-co2", { asOf: "2001-07-15", idPrefix: "9" }, "options.idPrefix must be a letter followed by"],
    ["t-co2", { asOf: "2001-07-15", colour: "red" }, "colour"],
  ])("misuse (%s, %j) throws a ReportError", (id, options, message) => {
    const call = () => renderSparklineSvg(stockton(), id, options);
    expect(call).toThrow(ReportError);
    expect(call).toThrow(message);
  });
});

describe("renderReportHtml with charts", () => {
  const report = perTest(() => performanceReport(stockton(), { asOf: "2001-07-15" }));
  const html = perTest(() => renderReportHtml(report(), { charts: stockton() }));

  it("puts a sparkline in each exception's target cell, linking to its full chart in a Charts section before the annex", () => {
    const rows = [
      ...html().matchAll(/<tr><th scope="row">([^<]*)<a class="sparkline-link" id="spark-(\d)" href="#chart-(\d)">/gu),
    ];
    expect(rows.map((row) => row[1])).toEqual(report().exceptions.map((row) => row.title));
    expect(rows.map((row) => [row[2], row[3]])).toEqual(
      report().exceptions.map((_, i) => [String(i + 1), String(i + 1)]),
    );
    const charts = html().slice(html().indexOf("<h2>Charts</h2>"));
    // After the members' sections, before the officers' annex.
    expect(html().indexOf("<h2>Charts</h2>")).toBeGreaterThan(html().lastIndexOf('<section class="aim">'));
    expect(html().indexOf('<section class="annex"')).toBeGreaterThan(html().indexOf("<h2>Charts</h2>"));
    expect(charts.endsWith("</section>\n</main>\n</body>\n</html>\n")).toBe(true);
    report().exceptions.forEach((row, i) => {
      const n = String(i + 1);
      expect(charts).toContain(`<figure class="chart" id="chart-${n}">\n<svg`);
      expect(charts).toContain(`<title id="c${n}-chart-title">`);
      expect(charts).toContain(`<a href="#spark-${n}">Back to the exception</a>`);
      // The chart is drawn as of the report's date: its own figures, not later ones.
      expect(charts).toContain(`${row.title}: expected path and measurements</title>`);
    });
  });

  it("holds no id twice, and each chart's references resolve inside it", () => {
    const ids = [...html().matchAll(/\sid="([^"]*)"/gu)].map((match) => match[1]);
    // Five ids a charted exception, and the officers' annex's heading.
    expect(ids.length).toBe(report().exceptions.length * 5 + 1);
    expect(ids).toContain("officers-annex");
    expect(new Set(ids).size).toBe(ids.length);
    for (const svg of html().match(/<svg[\s\S]*?<\/svg>/gu) ?? []) {
      const own = new Set([...svg.matchAll(/\sid="([^"]*)"/gu)].map((match) => match[1]));
      const labelledBy = /aria-labelledby="([^"]*)"/u.exec(svg)?.[1]?.split(" ") ?? [];
      expect(labelledBy.length).toBeGreaterThan(0);
      for (const id of labelledBy) expect(own.has(id)).toBe(true);
    }
    for (const match of html().matchAll(/href="#([^"]*)"/gu)) expect(ids).toContain(match[1]);
  });

  it("leaves the page as it was without charts, and the Markdown never has any", () => {
    const plain = renderReportHtml(report());
    expect(renderReportHtml(report(), {})).toBe(plain);
    // An explicit undefined, as a JavaScript caller may pass, is no charts.
    expect(renderReportHtml(report(), { charts: undefined })).toBe(plain);
    expect(plain).not.toContain("<svg");
    // The one id of a page without charts is the officers' annex's heading.
    expect([...plain.matchAll(/\sid="([^"]*)"/gu)].map((match) => match[1])).toEqual(["officers-annex"]);
    // The charted page is the plain page with the sparklines, their style and the Charts section added.
    const unCharted = html()
      .replace(/<a class="sparkline-link"[\s\S]*?<\/a>/gu, "")
      .replace(/\n<section>\n<h2>Charts<\/h2>[\s\S]*?<\/section>/u, "")
      .replace(/\n\.sparkline-link[\s\S]*?(?=\n<\/style>)/u, "");
    expect(unCharted).toBe(plain);
    expect(renderReportMarkdown(report())).not.toMatch(/<svg|sparkline/u);
  });

  it("takes an index as well as a framework, and draws the year-end report's exceptions", () => {
    const index = indexFramework(stockton());
    expect(renderReportHtml(report(), { charts: index })).toBe(html());
    const yearEnd = performanceReport(stockton(), { asOf: "2002-05-15" });
    const page = renderReportHtml(yearEnd, { charts: stockton() });
    expect(page.match(/<a class="sparkline-link"/gu)).toHaveLength(
      new Set(yearEnd.exceptions.map((row) => row.target)).size,
    );
  });

  it.each([
    [null, "options must be an object; got null"],
    [{ chart: stockton() }, "chart"],
    [{ charts: {} }, "options.charts"],
  ])("refuses options %#, naming what is wrong", (options, message) => {
    const call = () => renderReportHtml(report(), options as never);
    expect(call).toThrow(ReportError);
    expect(call).toThrow(message);
  });

  it("refuses a framework that is not the report's, naming the target it lacks", () => {
    const other = oneTarget({});
    expect(() => renderReportHtml(report(), { charts: other })).toThrow(
      `options.charts has no target "${report().exceptions[0]?.target ?? ""}", which report.exceptions[0] lists: give the framework the report was made from`,
    );
  });
});

describe("a year-to-date target's expected path (issue 21)", () => {
  it("is the year's expectation to date, as the evaluation judges the figure: Spelthorne's food inspections expect 25% by 30 June 2001, not a line from last year's 78%", () => {
    const index = indexFramework(example("spelthorne"));
    const target = index.targets.get("t-food-inspections");
    if (target === undefined) throw new Error("Spelthorne has no food inspections target");
    const data = chartDataOf(index, target, "2001-07-15", formatterFor(undefined, "locale"), 96, false);
    const at = (date: string) => data.path.find((point) => point.day === toDayNumber(date))?.value;
    // The evaluation's expectation on the figure's date is the path's value there.
    expect(evaluateTarget(index, "t-food-inspections", { asOf: "2001-07-15" }).expected).toBe("25");
    expect(at("2001-06-30")).toBe(25);
    // Next to nothing on the financial year's first day (a thirtieth of April's twelfth), the whole
    // year's 100% at its end.
    expect(at("2001-04-01")).toBeCloseTo(100 / 12 / 30, 6);
    expect(at("2002-03-31")).toBe(100);
    // A snapshot indicator's path is unchanged: Stockton's re-lets run from the baseline to the goal.
    const stockton = indexFramework(example("stockton"));
    const relets = stockton.targets.get("t-relet-28-days");
    if (relets === undefined) throw new Error("Stockton has no re-lets target");
    const straight = chartDataOf(stockton, relets, "2001-07-15", formatterFor(undefined, "locale"), 96, false);
    expect(straight.path[0]?.value).toBe(Number(relets.baseline.value));
  });
});
