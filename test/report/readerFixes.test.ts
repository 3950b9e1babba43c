// Issue 21, what a council officer reading the Stockton and Spelthorne reports at 15 July 2001
// (quarter 1 2001/02) and 15 May 2002 (year end 2001/02) found misleading, each fixed and asserted
// on the examples with the text worked by hand.
import { describe, expect, it } from "vitest";
import { parseFramework, planOverview } from "../../src/index.js";
import { createFormatter, performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { varianceWords } from "../../src/report/variance.js";
import { varianceWords as cliVarianceWords } from "../../src/cli/people.js";
import { deepFreeze, example, loadExample, withMeasurements } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

const stockton = example("stockton");
const spelthorne = example("spelthorne");
const stocktonJuly = perTest(() => renderReportMarkdown(performanceReport(stockton, { asOf: "2001-07-15" })));
const stocktonMay = perTest(() => renderReportMarkdown(performanceReport(stockton, { asOf: "2002-05-15" })));
const spelthorneJuly = perTest(() => renderReportMarkdown(performanceReport(spelthorne, { asOf: "2001-07-15" })));
const spelthorneMay = perTest(() => renderReportMarkdown(performanceReport(spelthorne, { asOf: "2002-05-15" })));

/** The Markdown table rows whose first cell is `title`, joined one a line (a target may be in several tables). */
function rowOf(markdown: string, title: string): string {
  return markdown
    .split("\n")
    .filter((line) => line.startsWith(`| ${title} |`))
    .join("\n");
}

describe("what the reviewer found, fixed (issue 21)", () => {
  it("1. the annex heads the reviews by the period they cover; a review not yet due says so, its date in its own column", () => {
    // Spelthorne's quarterly monitoring of quarter 1 is due by 31 August 2001, after 15 July.
    expect(spelthorneJuly()).toContain("### Reviews of the period 1 April 2001 to 30 June 2001, and when each is due");
    expect(spelthorneJuly()).not.toContain("Reviews due in the period");
    expect(rowOf(spelthorneJuly(), "99.5% of bins collected on the scheduled day")).toContain(
      "| 99.5% of bins collected on the scheduled day | Quarterly monitoring of indicators at management team and member level | Management team | 31 August 2001 | not yet due |",
    );
  });

  it("2. the year-end report covers the year and says its quarter", () => {
    expect(spelthorneMay().split("\n")[2]).toBe(
      "For the executive. Report date 15 May 2002; figures to 30 June 2001, the latest the report rests on. It covers the year 1 April 2001 to 31 March 2002 (quarter 4: 1 January to 31 March 2002). Statuses on the RAG scale.",
    );
    // The data keep the period the report judges: the quarter.
    const report = performanceReport(spelthorne, { asOf: "2002-05-15" });
    expect([report.period.from, report.period.to]).toEqual(["2002-01-01", "2002-03-31"]);
    // A quarter's report is unchanged.
    expect(spelthorneJuly()).toContain("It covers 1 April 2001 to 30 June 2001.");
  });

  it("3. a row with no figure shows the latest figure known, the baseline; an annual figure's previous and year-ago figure once", () => {
    // Stockton's GCSEs, CO2 and heart disease have no figure at 15 July 2001: their baselines.
    expect(rowOf(stocktonJuly(), "50% of pupils achieve 5 or more A\\*-C grade GCSEs by 2002")).toContain(
      "| Latest known: 44% (31 August 2000, baseline). |",
    );
    expect(rowOf(stocktonJuly(), "Carbon dioxide emissions from dwellings cut by 9000 tonnes each year")).toContain(
      "| Latest known: 612,000 tonnes a year (31 March 2001, baseline). |",
    );
    expect(rowOf(stocktonJuly(), "Deaths from coronary heart disease and strokes reduced by 40% by 2010")).toContain(
      "| Latest known: 140.0 deaths per 100,000 people under 75 (31 December 2000, baseline). |",
    );
    expect(stocktonJuly()).not.toContain("Previous: no figure. Same period last year: no figure.");
    // GCSEs are annual: 47% for 31 August 2001, against the baseline 44% a year before, which is
    // both the previous figure and the same period last year's (47 > 44, higher is better: improving).
    const gcse = withMeasurements(stockton, { indicator: "pi-gcse", date: "2001-08-31", value: "47" });
    const markdown = renderReportMarkdown(performanceReport(gcse, { asOf: "2001-11-15" }));
    expect(rowOf(markdown, "50% of pupils achieve 5 or more A\\*-C grade GCSEs by 2002")).toContain(
      "| Previous (same period last year): 44% (31 August 2000, baseline), ↑ improving. |",
    );
  });

  it("4. a green whose next figure is late says so in the going-well and aim tables", () => {
    // Zero homelessness: its figure for 30 September 2001 was due by 11 November 2001.
    const going = stocktonMay().slice(
      stocktonMay().indexOf("## Going well"),
      stocktonMay().indexOf("## Awaiting a first figure"),
    );
    expect(rowOf(going, "Zero homelessness")).toMatch(
      /^\| Zero homelessness \| ✔ Green ↑ improving, figure late since 11 November 2001 \| Cabinet member/mu,
    );
    // A green whose figure is not late is plain green.
    expect(rowOf(stocktonJuly(), "Zero homelessness")).toMatch(/^\| Zero homelessness \| ✔ Green ↑ improving \|/mu);
  });

  it("5. the variance is worded by polarity, as the command line words it", () => {
    // Missed collections (lower is better): 79 against 78.5 expected, 0.5 worse.
    expect(spelthorneJuly()).toContain("Variance: 0.5 per 100,000 collections worse than expected.");
    // Zero homelessness (lower is better): 34 against 36.68 expected, 2.7 better.
    const zero = performanceReport(stockton, { asOf: "2001-07-15" }).targets.find(
      (row) => row.target === "t-zero-homelessness",
    );
    expect(zero?.text.variance).toBe("2.7 households better than expected");
    // Re-lets (higher is better): 79% against 100%, 21 points worse.
    expect(stocktonJuly()).toContain("Variance: 21 percentage points worse than expected.");
    expect(varianceWords("0.5", "+0.5 percentage points", "in-band")).toBe("0.5 percentage points above expected");
    expect(varianceWords("-0.5", "−0.5 percentage points", "in-band")).toBe("0.5 percentage points below expected");
    // One function: the command line's is the report's.
    expect(cliVarianceWords).toBe(varianceWords);
  });

  it("6. done actions are listed apart; an overdue action says since when, in lower case", () => {
    // Re-lets at 15 May 2002: the turnaround agreed on 21 September 2001 is done, not in hand.
    expect(rowOf(stocktonMay(), "100% houses available for re-let within 28 days")).toContain(
      "| Done: Agree a ten-day repair turnaround with the repairs contractor (Estate management team leader, due 30 September 2001, done 21 September 2001). Recorded with the figure:",
    );
    expect(rowOf(spelthorneMay(), "99.5% of bins collected on the scheduled day (Standard)")).toContain(
      "| Re-plan refuse rounds (Refuse collection supervisor, overdue since 30 September 2001); Report missed collections to management team quarterly (Head of Environmental Services, overdue since 31 July 2001).",
    );
    expect(spelthorneMay()).not.toContain("OVERDUE");
  });

  it("7. money is written as money in the locale: £42.50, as the plan's budget is", () => {
    expect(
      rowOf(spelthorneJuly(), "Hold the cost of refuse collection per household at or below 42.50 (Local indicator)"),
    ).toBe(
      "| Hold the cost of refuse collection per household at or below 42.50 (Local indicator) | … Awaiting data | Head of Environmental Services | No figure; goal £42.50 by 31 March 2002 | Latest known: £43.10 (31 March 2001, baseline). |",
    );
    expect(spelthorneJuly()).not.toContain("GBP");
    const plan = planOverview(spelthorne, "plan-environmental");
    expect(plan.budget?.text).toBe("£2,350,000");
    expect(JSON.stringify(plan)).toContain('"goal":"£42.50 by 31 March 2002 (£43.10 at 31 March 2001)"');
    const gb = createFormatter("en-GB");
    expect(gb.figure("42.5", { unit: "GBP", decimals: 2 })).toBe("£42.50");
    expect(gb.variance("-0.5", { unit: "EUR", decimals: 2 })).toBe("−€0.50");
    expect(gb.variance("1.25", { unit: "GBP", decimals: 2 })).toBe("+£1.25");
    // German writes the symbol after the amount; a unit that is not a currency code is left as it is.
    expect(createFormatter("de-DE").figure("42.5", { unit: "EUR", decimals: 2 })).toBe("42,50\u00a0€");
    expect(gb.figure("3", { unit: "XYZ" })).toBe("3 XYZ");
    expect(gb.figure("3", { unit: "gbp" })).toBe("3 gbp");
  });

  it("8. at year end an ended target's overdue actions are still chased beside the outturn", () => {
    expect(rowOf(spelthorneMay(), "99.5% of bins collected on the scheduled day (Standard)")).toMatch(
      /\| Obtain the outturn, the figure for 31 March 2002, from the owner: it was due by 12 May 2002\. 2 actions in hand are overdue: hold their owners to account, or re-plan them with new dates\. \|$/mu,
    );
  });

  it("9. a quartile says which end is best; the column says it holds the benchmark", () => {
    // Re-lets 79%: all England 78/85/92 puts it below the median, the North East's 70/76/83 above.
    expect(rowOf(stocktonJuly(), "100% houses available for re-let within 28 days")).toContain(
      "3rd quartile (worse than the median), all England 2000/01; 2nd quartile (better than the median), North East councils 2000/01.",
    );
    expect(stocktonJuly()).toContain(
      "| Target | Status and direction | Actual against expected; goal | Previous period; same period last year; benchmark | Action in hand | Decision or commentary asked |",
    );
  });

  it('10. at year end no green is still to come: no "yet"', () => {
    expect(spelthorneMay()).toContain("## Going well\n\nNo target is green or blue.\n");
    expect(spelthorneJuly()).toContain("## Going well\n\nNo target is green or blue yet.\n");
  });
});

describe("an exception whose chain stops short of the community plan says why", () => {
  const broken = (contributesTo: { objective: string; soThat: string }[]) => {
    const raw = loadExample("stockton") as { objectives: { id: string; contributesTo?: unknown }[] };
    const homeless = raw.objectives.find((objective) => objective.id === "so-homeless-offers");
    if (homeless === undefined) throw new Error("the fixture lost so-homeless-offers");
    homeless.contributesTo = contributesTo;
    return renderReportMarkdown(performanceReport(deepFreeze(parseFramework(raw)), { asOf: "2001-07-15" }));
  };

  it("a loop: its links lead back to an objective already on it", () => {
    // Re-lets serve homeless offers, which (in this broken copy) serve re-lets again.
    const markdown = broken([{ objective: "uo-relet-28-days", soThat: "the keys are collected" }]);
    expect(markdown).toContain("its links lead back to an objective already on it");
    expect(markdown).not.toContain("its last objective links to nothing above it");
  });

  it("an orphan: its last objective links to nothing above it", () => {
    const markdown = broken([]);
    expect(markdown).toContain("its last objective links to nothing above it");
    expect(markdown).not.toContain("its links lead back to an objective already on it");
  });
});
