// Issue 20, "Targets end: the outturn", as the members' report says it: on Stockton, whose
// housing and street-cleanliness targets ended on 31 March 2002, with year-end figures added
// (offers 86%, street cleanliness 93%, re-lets 100%) and without them.
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import {
  type PerformanceReport,
  performanceReport,
  renderReportHtml,
  renderReportMarkdown,
} from "../../src/report/index.js";
import { deepFreeze, example, stocktonYearEnd } from "../helpers/fixtures.js";

const stockton = example("stockton");
const yearEnd = stocktonYearEnd();

const ENDED = ["t-street-cleanliness", "t-homeless-offers", "t-zone-cleanliness", "t-relet-28-days"];

function row(report: PerformanceReport, id: string) {
  return report.targets.find((candidate) => candidate.target === id);
}
function exception(report: PerformanceReport, id: string) {
  return report.exceptions.find((candidate) => candidate.target === id);
}

describe("the members' report says how an ended target ended (issue 20)", () => {
  it("10 May 2002, year-end figures in: offers and street cleanliness not achieved, re-lets achieved, zones awaited to 12 May", () => {
    const report = performanceReport(yearEnd, { asOf: "2002-05-10" });
    // Offers: 86 against 100 is 14 points short. Street cleanliness: 93 against 95, 2 short (shown
    // to the indicator's one decimal). Re-lets: 100 against 100, achieved.
    expect(row(report, "t-homeless-offers")?.outturn).toMatchObject({
      status: "not-achieved",
      actual: "86",
      goal: "100",
      shortfall: "14",
      text: {
        summary: "Ended 31 March 2002: not achieved, 86% against 100% (14 percentage points short)",
        date: "31 March 2002",
        due: "12 May 2002",
        figures: "86% against 100% (14 percentage points short)",
      },
    });
    expect(row(report, "t-street-cleanliness")?.outturn?.text.summary).toBe(
      "Ended 31 March 2002: not achieved, 93.0% against 95.0% (2.0 percentage points short)",
    );
    expect(row(report, "t-relet-28-days")?.outturn?.text.summary).toBe(
      "Ended 31 March 2002: achieved, 100% against 100%",
    );
    // The zones' monthly figure for March is due six weeks after: 30 days of April and 12 of May.
    expect(row(report, "t-zone-cleanliness")?.outturn).toMatchObject({
      status: "awaiting",
      due: "2002-05-12",
      overdue: false,
      text: { summary: "Ended 31 March 2002: outturn due 12 May 2002" },
    });
    // A target still running has none.
    expect(row(report, "t-zero-homelessness")?.outturn).toBeNull();

    // Achieved is green: going well, not an exception; its section follows its status as ever.
    expect(report.goingWell.map((target) => target.target)).toContain("t-relet-28-days");
    expect(exception(report, "t-relet-28-days")).toBeUndefined();
    // The decisions: a shortfall for next year's plan; the zones' outturn noted as awaited, nothing asked.
    expect(exception(report, "t-homeless-offers")).toMatchObject({
      status: "red",
      reasons: ["red"],
      decision: "address-shortfall",
      decisionText:
        "Not achieved: the target ended on 31 March 2002 at 86% against 100% (14 percentage points short). Agree how next year's target and service plan address the shortfall: roll the target forward or revise it, with reasons, and the actions to meet it, each with an owner and a date.",
    });
    expect(exception(report, "t-street-cleanliness")).toMatchObject({ status: "amber", decision: "address-shortfall" });
    expect(exception(report, "t-zone-cleanliness")).toMatchObject({
      status: "amber",
      reasons: ["amber"],
      decision: "await-outturn",
      decisionText:
        "No decision yet: the target ended on 31 March 2002; its outturn (due by 12 May 2002) is reported when it is in.",
    });
    // Within the lag nothing of theirs is late: not the quarters missed in 2001, not the outturn.
    expect(report.lateFigures.map((target) => target.target).filter((id) => ENDED.includes(id))).toEqual([]);

    // Rendered: the Forecast cell says how the target ended, and a section lists every ended target.
    const markdown = renderReportMarkdown(report);
    // Issue 21: the exception's line beneath its row says how it ended, not a forecast.
    expect(markdown).toContain(
      "Variance: 14 percentage points worse than expected. Ended 31 March 2002: not achieved, 86% against 100% (14 percentage points short).",
    );
    expect(markdown).not.toContain("Variance: 14 percentage points worse than expected. Forecast");
    expect(markdown).toContain("## Outturns: targets that have ended");
    expect(markdown).toContain(
      "| 100% houses available for re-let within 28 days | Estate management team leader | Ended 31 March 2002: achieved, 100% against 100% |",
    );
    const html = renderReportHtml(report);
    expect(html).toContain("<td>Ended 31 March 2002: outturn due 12 May 2002</td>");
  });

  it("15 July 2002: the zones' outturn is late, listed by its own due date, and asked for", () => {
    const report = performanceReport(yearEnd, { asOf: "2002-07-15" });
    const zones = row(report, "t-zone-cleanliness");
    expect([zones?.stale, zones?.nextFigureDue, zones?.outturn?.text.summary]).toEqual([
      true,
      "2002-05-12",
      "Ended 31 March 2002: outturn late, was due 12 May 2002",
    ]);
    // Late figures: the zones only, of the ended targets, due 12 May 2002 (the old report said the
    // September 2001 figure, due 11 September 2001, and listed all four).
    expect(report.lateFigures.filter((target) => ENDED.includes(target.target)).map((target) => target.target)).toEqual(
      ["t-zone-cleanliness"],
    );
    expect(exception(report, "t-zone-cleanliness")).toMatchObject({
      reasons: ["amber", "stale"],
      decision: "obtain-figure",
      decisionText: "Obtain the outturn, the figure for 31 March 2002, from the owner: it was due by 12 May 2002.",
    });
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain("| 91.20% (30 June 2001) | 12 May 2002 (the outturn, for 31 March 2002) |");
    expect(markdown).not.toContain("11 September 2001");
  });

  it("without the year-end figures: awaited to 12 May, asked for after it; never a corrective action that 'lands in time'", () => {
    for (const asOf of ["2002-04-15", "2002-05-10"]) {
      const report = performanceReport(stockton, { asOf });
      const offers = exception(report, "t-homeless-offers");
      // Red on June 2001's 84%; its open action is due 30 June 2002, after the goal date, but no
      // action can now land in the target's time: the outturn is awaited, nothing asked.
      expect([offers?.status, offers?.text.actual, offers?.stale, offers?.decision]).toEqual([
        "red",
        "84%",
        false,
        "await-outturn",
      ]);
      expect(offers?.text.forecast).toBe("no figure");
      expect(report.lateFigures.filter((target) => ENDED.includes(target.target))).toEqual([]);
      for (const id of ENDED) expect(exception(report, id)?.decisionText).not.toMatch(/in time|meanwhile/u);
      expect(renderReportMarkdown(report)).toContain("| Ended 31 March 2002: outturn due 12 May 2002 |");
    }
    const july = performanceReport(stockton, { asOf: "2002-07-15" });
    for (const id of ENDED) {
      expect(exception(july, id)).toMatchObject({ decision: "obtain-figure", nextFigureDue: "2002-05-12" });
      expect(exception(july, id)?.outturn?.text.summary).toBe("Ended 31 March 2002: outturn late, was due 12 May 2002");
    }
    // The late figures give the outturn's due date, not the quarter's (11 November 2001) or the
    // month's (11 September 2001) that the old report gave; running targets are still chased.
    const late = renderReportMarkdown(july).split("## Late figures")[1]?.split("\n## ")[0] ?? "";
    for (const id of ENDED) {
      const title = row(july, id)?.title ?? id;
      const line = late.split("\n").find((candidate) => candidate.startsWith(`| ${title} |`));
      expect(line?.endsWith("| 12 May 2002 (the outturn, for 31 March 2002) |")).toBe(true);
    }
    expect(late).toContain("| 11 November 2001 |");
  });
});

describe("an outturn with nothing to judge it by (issue 20)", () => {
  it("unemployment to March 2004 with no regional rate recorded: no data, the outturn in but unjudged, no decision asked", () => {
    const framework = deepFreeze(
      parseFramework({
        ...stockton,
        measurements: [
          ...(stockton.measurements ?? []).filter((m) => m.indicator !== "pi-regional-unemployment"),
          { indicator: "pi-unemployment", date: "2004-03-31", value: "5.9" },
        ],
      }),
    );
    const report = performanceReport(framework, { asOf: "2004-06-01" });
    const unemployment = exception(report, "t-unemployment");
    expect(unemployment?.outturn).toMatchObject({
      status: "unjudged",
      actual: "5.9",
      text: { summary: "Ended 31 March 2004: outturn 5.9%, with nothing to judge it by", figures: null },
    });
    expect([unemployment?.status, unemployment?.stale, unemployment?.decision]).toEqual([
      "no-data",
      false,
      "note-outturn",
    ]);
  });
});
