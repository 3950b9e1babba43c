import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BRAG, DCA5, RAG, type Status, parseFramework } from "../../src/index.js";
import {
  REPORT_SECTION_OF,
  type PerformanceReport,
  type ReportSection,
  performanceReport,
  renderReportMarkdown,
} from "../../src/report/index.js";
import { layoutOf } from "../../src/report/layout.js";
import { reportDateArbitrary, reportableFrameworkArbitrary } from "../arbitraries/report.js";
import { perTest } from "../helpers/perTest.js";

const SECTIONS: readonly ReportSection[] = ["exceptions", "goingWell", "watch", "awaiting"];
const HEADINGS: Readonly<Record<ReportSection, string>> = {
  exceptions: "Exceptions",
  goingWell: "Going well",
  watch: "To watch",
  awaiting: "Awaiting a first figure",
};

/** The ids a section lists with each status. */
function listed(report: PerformanceReport, section: ReportSection): Map<Status, string[]> {
  const byStatus = new Map<Status, string[]>();
  for (const row of report[section]) byStatus.set(row.status, [...(byStatus.get(row.status) ?? []), row.target]);
  return byStatus;
}

describe("a report's counts and its sections never disagree (issue 20, properties)", () => {
  it("every target counted under a status is listed in exactly the section that status implies, and vice versa; late figures besides", () => {
    fc.assert(
      fc.property(
        reportableFrameworkArbitrary,
        reportDateArbitrary,
        fc.constantFrom(RAG, BRAG, DCA5),
        (document, asOf, scale) => {
          const framework = parseFramework(document);
          const report = performanceReport(framework, { asOf, scale });
          const statuses = Object.keys(report.counts) as Status[];
          for (const status of statuses) {
            const counted = report.targets.filter((row) => row.status === status).map((row) => row.target);
            expect(counted).toHaveLength(report.counts[status]);
            for (const section of SECTIONS) {
              const shown = listed(report, section).get(status) ?? [];
              // Listed in its section exactly once each, and in no other section.
              if (REPORT_SECTION_OF[status] === section) expect([...shown].sort()).toEqual([...counted].sort());
              else expect(shown).toEqual([]);
            }
          }
          // Lateness never hides a status: the late figures are every stale target, whatever its status.
          expect(report.lateFigures.map((row) => row.target)).toEqual(
            report.targets.filter((row) => row.stale).map((row) => row.target),
          );
          // Each aim leads with its targets by status, and they are the targets it lists.
          for (const aim of report.aims) {
            const rows = report.targets.filter((row) => aim.targets.includes(row.target));
            for (const status of statuses)
              expect(aim.targetCounts[status]).toBe(rows.filter((row) => row.status === status).length);
          }
          // The laid-out report says the same: each section's table has as many rows as its statuses' counts,
          // and a section says it is empty only when they are 0.
          const layout = layoutOf(report);
          for (const section of SECTIONS) {
            const total = statuses
              .filter((status) => REPORT_SECTION_OF[status] === section)
              .reduce((sum, status) => sum + report.counts[status], 0);
            const laid = layout.sections.find((candidate) => candidate.heading === HEADINGS[section]);
            // Issue 21: standards and indicators may be in two tables of the section.
            expect((laid?.tables ?? []).reduce((sum, table) => sum + table.rows.length, 0)).toBe(total);
          }
          // An ended target's section follows its status like any other's; its decision asks for no
          // action within its ended year, and follows the outturn (an achieved one asks nothing,
          // even where its final figure, dated before the goal date, was red on the path); and it
          // is listed once among the targets that have ended.
          const ended = report.targets.filter((row) => row.outturn !== null);
          const byOutturn = {
            achieved: ["note-outturn"],
            unjudged: ["note-outturn"],
            "not-achieved": ["address-shortfall"],
            awaiting: ["await-outturn", "obtain-figure"],
          } as const;
          for (const row of report.exceptions)
            if (row.outturn !== null) {
              expect(byOutturn[row.outturn.status]).toContain(row.decision);
              expect(row.decision === "obtain-figure").toBe(row.outturn.overdue);
            }
          const endedSection = layout.sections.find(
            (candidate) => candidate.heading === "Outturns: targets that have ended",
          );
          expect((endedSection?.tables ?? []).reduce((sum, table) => sum + table.rows.length, 0)).toBe(ended.length);
          const markdown = renderReportMarkdown(report);
          // "yet" only while a green can still come: not at year end, nor once every target has ended.
          const noGreen = report.counts.green + report.counts.blue === 0;
          const over = report.period.kind === "year-end" || ended.length === report.targets.length;
          expect(markdown.includes("No target is green or blue yet.")).toBe(noGreen && !over);
          expect(markdown.includes("No target is green or blue.")).toBe(noGreen && over);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("Stockton reported on 1 October 2001 (issue 20)", () => {
  const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")) as unknown);
  const report = perTest(() => performanceReport(stockton, { asOf: "2001-10-01" }));

  it("lists the three green targets as going well, the late monthly figures apart, and awaits the quarter's", () => {
    expect(report().counts.green).toBe(3);
    const green = ["t-zero-homelessness", "t-youth-offending", "t-unemployment"];
    expect(
      report()
        .goingWell.map((row) => row.target)
        .sort(),
    ).toEqual([...green].sort());
    // The quarter to September is awaited until 11 November (six weeks): not late the day after it ends.
    // The monthly figures are: July's re-lets and zone inspections were due by 11 September, and
    // July's claimant count by 21 August (the example's three weeks). Unemployment is green and late,
    // listed under going well and, separately, as a late figure.
    expect(report().lateFigures.map((row) => [row.target, row.status, row.nextFigureDue])).toEqual([
      ["t-unemployment", "green", "2001-08-21"],
      ["t-zone-cleanliness", "amber", "2001-09-11"],
      ["t-relet-28-days", "red", "2001-09-11"],
    ]);
    // Lateness alone makes no exception: the exceptions are the two red and three amber targets.
    expect(report().exceptions.map((row) => [row.target, row.status])).toEqual([
      ["t-homeless-offers", "red"],
      ["t-relet-28-days", "red"],
      ["t-street-cleanliness", "amber"],
      ["t-zone-cleanliness", "amber"],
      ["t-new-deal", "amber"],
    ]);
    const markdown = renderReportMarkdown(report());
    expect(markdown).not.toContain("No target is green or blue yet.");
    expect(markdown).toContain("## Late figures");
    // CO2 and heart disease await their first annual figures, and the GCSE results for the year to
    // August are awaited until 31 October (61 days, illustrative): listed, not lost between the sections.
    expect(report().awaiting.map((row) => row.target)).toEqual(["t-co2", "t-heart-disease", "t-gcse"]);
  });
});
