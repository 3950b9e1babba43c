// Issue 21, the members' part of the report, on Stockton and Spelthorne for quarter 1 2001/02 (15
// July 2001) and the year end (15 May 2002): the title by period and the data's as-of date, names
// never ids, the six-column exceptions table with a line beneath each row, previous period and same
// period last year, quartiles against benchmarks, standards apart from local indicators, and the
// outturns in their own section. Every figure below is worked by hand from the examples.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/internal/decimal.js";
import { type Framework, parseFramework } from "../../src/index.js";
import {
  type PerformanceReport,
  ReportError,
  performanceReport,
  renderReportHtml,
  renderReportMarkdown,
} from "../../src/report/index.js";
import { layoutOf } from "../../src/report/layout.js";
import { placesOf } from "../../src/report/performanceReport.js";
import { example, stocktonYearEnd, withMeasurements } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

const stockton = example("stockton");
const spelthorne = example("spelthorne");

function row(report: PerformanceReport, id: string) {
  return report.targets.find((candidate) => candidate.target === id);
}

/** The members' part of a Markdown report: everything before the reviews (the officers' and scrutiny's). */
function membersPart(markdown: string): string {
  return markdown.slice(0, markdown.indexOf("## Reviews of the period"));
}

describe("Stockton, quarter 1 2001/02 (15 July 2001)", () => {
  const report = perTest(() => performanceReport(stockton, { asOf: "2001-07-15" }));
  const markdown = perTest(() => renderReportMarkdown(report()));

  it("is titled by its quarter, with the report's date and the date of the figures it rests on", () => {
    expect(report().period).toMatchObject({ title: "Quarter 1 2001/02", kind: "quarter", quarter: 1 });
    // The latest figures are June's (30 June 2001): the quarter's end.
    expect([report().dataAsOf, report().dataAsOfText]).toEqual(["2001-06-30", "30 June 2001"]);
    const [title, , lead] = markdown().split("\n");
    expect(title).toBe(
      "# Performance report, Quarter 1 2001/02: Stockton-on-Tees Borough Council performance framework",
    );
    expect(lead).toBe(
      "For the executive. Report date 15 July 2001; figures to 30 June 2001, the latest the report rests on. It covers 1 April 2001 to 30 June 2001. Statuses on the RAG scale.",
    );
  });

  it("holds the exceptions in at most seven columns, the rest in a line beneath each row", () => {
    const layout = layoutOf(report());
    const exceptions = layout.sections.find((section) => section.heading === "Exceptions");
    const table = exceptions?.tables[0];
    expect(table?.headers.length).toBeLessThanOrEqual(7);
    expect(table?.headers).toEqual([
      "Target",
      "Status and direction",
      "Actual against expected; goal",
      "Previous period; same period last year; benchmark",
      "Action in hand",
      "Decision or commentary asked",
    ]);
    expect(table?.details).toHaveLength(report().exceptions.length);
    // Re-lets: 79% in June against the year's 100% (judged against the point goal), up from May's 75%;
    // quartiles from the illustrative 2000/01 benchmarks (31 March 2001): all England 78/85/92 puts
    // 79 at or above the lower quartile, below the median: 3rd; the North East's 70/76/83: 2nd.
    expect(markdown()).toContain(
      "| 100% houses available for re-let within 28 days | ✖ Red ↑ improving | 79% (30 June 2001) against 100% expected; goal 100% by 31 March 2002 | Previous: 75% (31 May 2001). Same period last year: no figure. 3rd quartile (worse than the median), all England 2000/01; 2nd quartile (better than the median), North East councils 2000/01. | Agree a ten-day repair turnaround with the repairs contractor (Estate management team leader, due 30 September 2001). Recorded with the figure: Repairs contractor's turnaround to be renegotiated; keys now logged on the day they are handed in. | Red for 3 periods in a row, with an action in hand: note it, and confirm with its owner that it will bring the target back on track. |",
    );
    // Beneath it: why, the owner, the variance (79 − 100 = −21 points), the forecast and what it reaches.
    expect(markdown()).toContain(
      "- **100% houses available for re-let within 28 days**: Why: red. Owner: Estate management team leader. Variance: 21 percentage points worse than expected. Forecast: 100%. Reaches: Make every house available for re-let within 28 days → Offer every homeless household accommodation within 21 days → Promote the safety and social well-being of the community.",
    );
    // The HTML puts the line in a full-width row beneath its row.
    expect(renderReportHtml(report())).toContain(
      '<tr class="detail"><td colspan="6">Why: red. Owner: Estate management team leader. Variance: 21 percentage points worse than expected.',
    );
  });

  it("sets each figure beside the previous period's, the same period last year's and the quartiles, as data", () => {
    const relets = row(report(), "t-relet-28-days");
    expect(relets?.previous).toEqual({ value: "75", date: "2001-05-31", baseline: false, text: "75% (31 May 2001)" });
    expect(relets?.yearAgo).toBeNull();
    expect(relets?.benchmarks.map((benchmark) => [benchmark.group, benchmark.quartile, benchmark.text])).toEqual([
      ["all England", 3, "3rd quartile (worse than the median), all England 2000/01"],
      ["North East councils", 2, "2nd quartile (better than the median), North East councils 2000/01"],
    ]);
    expect(relets?.goalDate).toBe("2002-03-31");
    // Offers: the first figure of the year; the previous period's is the baseline, 82% at 31 March 2001.
    const offers = row(report(), "t-homeless-offers");
    expect(offers?.previous).toEqual({
      value: "82",
      date: "2001-03-31",
      baseline: true,
      text: "82% (31 March 2001, baseline)",
    });
    // 84 against all England's 80/88/95: 3rd quartile.
    expect(offers?.benchmarks.map((benchmark) => benchmark.quartile)).toEqual([3]);
  });

  it("reads a lower-is-better indicator's quartiles from the lowest: youth offending's 243 is 2nd, not 3rd", () => {
    // All England 210/250/290 offences per 10,000: at or below the median (250) is the 2nd quartile
    // for a lower-is-better rate; read as higher-is-better, 243 would be 3rd.
    const youth = row(report(), "t-youth-offending");
    expect(youth?.benchmarks.map((benchmark) => benchmark.text)).toEqual([
      "2nd quartile (better than the median), all England 2000/01",
    ]);
    expect(markdown()).toContain("2nd quartile (better than the median), all England 2000/01.");
  });

  it("names, never ids, in the members' part: targets, objectives, owners, partners, caveats", () => {
    const part = membersPart(markdown());
    // No target, indicator, objective or owner id of the example is printed before the reviews.
    const ids = [
      ...stockton.targets.map((target) => target.id),
      ...stockton.indicators.map((indicator) => indicator.id),
      ...stockton.objectives.map((objective) => objective.id),
      ...stockton.owners.map((owner) => owner.id),
    ];
    for (const id of ids) expect(part).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, "u"));
    expect(part).toContain("shared with Employment Service (New Deal)");
    // A caveat names its target by title.
    expect(report().caveats.map((caveat) => caveat.title)).toEqual([
      "Unemployment (6.5% January 2001) maintained below the average regional rate (6.6%)",
      "Increase the % job success for New Deal average by 7% in 3 years",
    ]);
    expect(markdown()).toContain("| Increase the % job success for New Deal average by 7% in 3 years | estimate |");
    // The exception's line beneath says the estimate, and that New Deal has no forecast yet.
    expect(markdown()).toContain("No forecast. Caveat: the figure is an estimate.");
  });

  it("tells no standards apart where the framework says none (Stockton sets no `standard`)", () => {
    expect(report().targets.every((target) => target.measureLabel === null)).toBe(true);
    expect(markdown()).not.toContain("### Standards");
    expect(markdown()).not.toContain("(Local indicator)");
  });

  it("titles a custom period by its dates, and the whole year as the year end", () => {
    const custom = performanceReport(stockton, {
      asOf: "2001-07-15",
      period: { from: "2001-04-01", to: "2001-07-15" },
    });
    expect(custom.period).toMatchObject({ title: "1 April 2001 to 15 July 2001", kind: "custom", quarter: null });
    expect(renderReportMarkdown(custom).split("\n")[0]).toBe(
      "# Performance report, 1 April 2001 to 15 July 2001: Stockton-on-Tees Borough Council performance framework",
    );
    const year = performanceReport(stockton, { asOf: "2002-05-15", period: { from: "2001-04-01", to: "2002-03-31" } });
    expect(year.period).toMatchObject({ title: "Year end 2001/02", kind: "year-end", quarter: null });
    // Quarter 2 by default on 15 October 2001.
    expect(performanceReport(stockton, { asOf: "2001-10-15" }).period.title).toBe("Quarter 2 2001/02");
  });

  it("compares with the same period last year once there is one: unemployment in June 2002 against June 2001", () => {
    // 6.1% in June 2002: the previous figure is May 2002's 6.2%; the same period a year before, June
    // 2001's 6.3% (a monthly indicator: the month to 30 June 2001); lower is better, so improving.
    const framework = withMeasurements(
      stockton,
      { indicator: "pi-unemployment", date: "2002-05-31", value: "6.2" },
      { indicator: "pi-unemployment", date: "2002-06-30", value: "6.1" },
    );
    const later = performanceReport(framework, { asOf: "2002-07-15" });
    const unemployment = row(later, "t-unemployment");
    expect(unemployment?.previous?.text).toBe("6.2% (31 May 2002)");
    expect(unemployment?.yearAgo).toEqual({
      value: "6.3",
      date: "2001-06-30",
      baseline: false,
      text: "6.3% (30 June 2001)",
    });
    expect(unemployment?.sinceYearAgo).toBe("improving");
    expect(unemployment?.text.compared).toBe(
      "Previous: 6.2% (31 May 2002). Same period last year: 6.3% (30 June 2001), ↑ improving.",
    );
  });
});

describe("Stockton, year end 2001/02 (15 May 2002)", () => {
  const yearEnd = perTest(() => stocktonYearEnd());
  const report = perTest(() => performanceReport(yearEnd(), { asOf: "2002-05-15" }));
  const markdown = perTest(() => renderReportMarkdown(report()));

  it("is the year-end report: titled so, covering quarter 4, resting on the year's last figures", () => {
    expect(report().period).toMatchObject({
      from: "2002-01-01",
      to: "2002-03-31",
      title: "Year end 2001/02",
      kind: "year-end",
      quarter: 4,
      financialYear: "2001/02",
    });
    expect(report().dataAsOf).toBe("2002-03-31");
    expect(markdown().split("\n")[0]).toBe(
      "# Performance report, Year end 2001/02: Stockton-on-Tees Borough Council performance framework",
    );
    expect(markdown()).toContain("Report date 15 May 2002; figures to 31 March 2002, the latest the report rests on.");
  });

  it("leads with the outturns, counted and grouped: the shortfalls first", () => {
    // Offers 86 against 100 and street cleanliness 93 against 95: not achieved; re-lets 100 against
    // 100: achieved; the zones' final figure (due 12 May 2002) is not in: awaiting.
    expect(report().outturns).toEqual({
      achieved: ["t-relet-28-days"],
      notAchieved: ["t-street-cleanliness", "t-homeless-offers"],
      awaiting: ["t-zone-cleanliness"],
      unjudged: [],
    });
    const headings = markdown()
      .split("\n")
      .filter((line) => line.startsWith("## "));
    expect(headings.slice(0, 2)).toEqual(["## Outturns: targets that have ended", "## Exceptions"]);
    expect(markdown()).toContain("Of 4 targets that have ended: 1 achieved, 2 not achieved, 1 awaiting the outturn.");
    const order = ["### Not achieved (2)", "### Achieved (1)", "### Awaiting the outturn (1)"].map((heading) =>
      markdown().indexOf(heading),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(markdown()).toContain(
      "| 100% homeless households offered accommodation within 21 days | Director of Housing | Ended 31 March 2002: not achieved, 86% against 100% (14 percentage points short) |",
    );
    // At quarter 1 the section is where it was, after the late figures, with nothing ended.
    expect(renderReportMarkdown(performanceReport(stockton, { asOf: "2001-07-15" }))).not.toContain("## Outturns");
  });
});

describe("Spelthorne: standards apart from local indicators", () => {
  const report = perTest(() => performanceReport(spelthorne, { asOf: "2001-07-15" }));
  const markdown = perTest(() => renderReportMarkdown(report()));

  it("labels each target by what it measures, and lists the standards and the local indicators in tables of their own", () => {
    expect(report().targets.map((target) => [target.target, target.measureLabel])).toEqual([
      ["t-collection-day", "Standard"],
      ["t-missed-bins", "Local indicator"],
      ["t-missed-bins-next-day", "Standard"],
      ["t-food-inspections", "Local indicator"],
      ["t-cost-per-household", "Local indicator"],
    ]);
    const exceptions = layoutOf(report()).sections.find((section) => section.heading === "Exceptions");
    expect(exceptions?.tables.map((table) => [table.subheading, table.rows.map((cells) => cells[0]?.text)])).toEqual([
      [
        "Standards",
        [
          "99.5% of bins collected on the scheduled day (Standard)",
          "Every missed bin collected by the end of the next working day (Standard)",
        ],
      ],
      [
        "Local indicators",
        [
          "100% of programmed food inspections achieved (Local indicator)",
          "Missed collections below 60 per 100,000 (Local indicator)",
        ],
      ],
    ]);
    expect(markdown()).toContain("## Exceptions\n\n### Standards\n\n| Target |");
  });

  it("words a worsening standard with its arrow, and a year-to-date figure as not comparable with last year's total", () => {
    // Bins on the scheduled day: 98.8% in June after 99.1% in May, worsening; expected 99.05% (the
    // straight line from 98.9 to 99.5 at 30 June, to two places to read apart), the goal 99.5%.
    expect(markdown()).toContain(
      "| 99.5% of bins collected on the scheduled day (Standard) | ✖ Red ↓ worsening | 98.8% (30 June 2001) against 99.05% expected; goal 99.5% by 31 March 2002 | Previous: 99.1% (31 May 2001). Same period last year: no figure. |",
    );
    // In the HTML the status is tinted and its direction follows in plain words.
    expect(renderReportHtml(report())).toContain('<td><span class="status status-red">✖ Red</span> ↓ worsening</td>');
    // Food inspections, 22% of the year's programme by 30 June: the baseline (78%, the whole of
    // 2000/01) is not its previous period.
    const food = row(report(), "t-food-inspections");
    expect([food?.previous, food?.text.status]).toEqual([null, "✖ Red, not comparable (year to date)"]);
    expect(food?.text.compared).toBe(
      "Previous: none earlier this year (year to date). Same period last year: no figure.",
    );
    // A band goal reads as its band.
    expect(row(report(), "t-missed-bins-next-day")?.text.against).toBe("No figure; goal 98% to 100% by 31 March 2002");
  });

  it("sets no part-year running total against whole-year quartiles, and the year's final figure against them", () => {
    const benchmarked = (measurements: Framework["measurements"]) =>
      parseFramework({
        ...spelthorne,
        measurements,
        benchmarks: [
          {
            indicator: "lpi-food-inspections",
            date: "2001-03-31",
            group: "all England",
            lowerQuartile: "85",
            median: "92",
            upperQuartile: "97",
          },
        ],
      });
    const q1 = performanceReport(benchmarked(spelthorne.measurements), { asOf: "2001-07-15" });
    expect(row(q1, "t-food-inspections")?.benchmarks).toEqual([]);
    const final = performanceReport(
      benchmarked([
        ...(spelthorne.measurements ?? []),
        { indicator: "lpi-food-inspections", date: "2002-03-31", value: "96" },
      ]),
      { asOf: "2002-05-15" },
    );
    // 96 against 85/92/97: at or above the median, below the upper quartile: 2nd.
    expect(row(final, "t-food-inspections")?.benchmarks.map((benchmark) => benchmark.text)).toEqual([
      "2nd quartile (better than the median), all England 2000/01",
    ]);
  });
});

describe("a report without fields every report has (one saved before 1.0)", () => {
  it("is refused with a ReportError naming the first missing field, not rendered with gaps", () => {
    const report = performanceReport(stockton, { asOf: "2001-07-15" });
    const older = Object.fromEntries(
      Object.entries(report).filter(([key]) => !["dataAsOf", "dataAsOfText", "outturns"].includes(key)),
    );
    expect(() => renderReportMarkdown(older as unknown as PerformanceReport)).toThrow(
      new ReportError(
        "report is not a report from performanceReport: report.dataAsOf must be a string or null; got undefined",
      ),
    );
    const period = Object.fromEntries(Object.entries(report.period).filter(([key]) => key !== "title"));
    expect(() => renderReportHtml({ ...report, period } as unknown as PerformanceReport)).toThrow(
      /report\.period\.title must be a string; got undefined/u,
    );
  });
});

describe("a figure's places, read from its string (the report's speed, issue 21)", () => {
  it("counts as Decimal#decimalPlaces does, for plain decimal strings, numbers and exponents", () => {
    const decimal = fc.tuple(
      fc.constantFrom("", "-", "+"),
      fc.stringMatching(/^\d{1,6}$/u),
      fc.option(fc.stringMatching(/^\d{0,8}$/u), { nil: undefined }),
    );
    fc.assert(
      fc.property(decimal, ([sign, whole, fraction]) => {
        const text = `${sign}${whole}${fraction === undefined ? "" : `.${fraction}`}`;
        expect(placesOf(text)).toBe(toDecimal(text).decimalPlaces());
      }),
    );
    for (const value of ["1.50", "100", "0.000", "-.5", ".25", "1e-7", "2.5E3", 0.125, 42])
      expect(placesOf(value)).toBe(toDecimal(value).decimalPlaces());
  });
});
