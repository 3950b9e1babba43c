import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy } from "../helpers/fixtures.js";

describe("issue 20: the report's direction of travel for a year-to-date figure", () => {
  const spelthorne = example("spelthorne");

  it("says Spelthorne's food inspections are not comparable (year to date), not that there is no earlier figure", () => {
    // 22% of the year's programme by 30 June 2001 is a running total: the baseline (78% for the whole
    // of 2000/01, 31 March 2001) is a whole year's figure, and nothing earlier falls in 2001/02.
    // Scrutiny's version, whose every-target table beneath each aim has the owner's column.
    const report = performanceReport(spelthorne, { asOf: "2001-10-01", audience: "scrutiny" });
    const food = report.targets.find((row) => row.target === "t-food-inspections");
    expect([food?.direction, food?.text.direction]).toEqual([null, "not comparable (year to date)"]);
    expect(renderReportMarkdown(report)).toContain(
      "| 100% of programmed food inspections achieved (Local indicator) | ✖ Red, not comparable (year to date) | Environmental health team | 22% (30 June 2001) against 25% expected; goal 100% by 31 March 2002 | Previous: none earlier this year (year to date). Same period last year: no figure. |",
    );
  });

  it("compares a second figure of the same year as before, and words a snapshot's first figure against its baseline", () => {
    // With 45% by 30 September the year to date has an earlier figure of its own year: 22 → 45, improving.
    const framework = jsonCopy(spelthorne);
    framework.measurements = [
      ...(framework.measurements ?? []),
      { indicator: "lpi-food-inspections", date: "2001-09-30", value: "45" },
    ];
    const later = performanceReport(deepFreeze(parseFramework(framework)), { asOf: "2001-10-15" });
    const food = later.targets.find((row) => row.target === "t-food-inspections");
    expect([food?.direction, food?.text.direction]).toEqual(["improving", "improving"]);
    // Stockton's homelessness (a snapshot): 40 households at the baseline, 34 at 30 June 2001: improving;
    // CO2 has no figure at all: no earlier figure.
    const stockton = performanceReport(example("stockton"), { asOf: "2001-07-15" });
    const text = (id: string) => stockton.targets.find((row) => row.target === id)?.text.direction;
    expect([text("t-zero-homelessness"), text("t-co2")]).toEqual(["improving", "no earlier figure"]);
  });
});

describe("issue 20: an aim rated wholly on partner-delivered contributions says so", () => {
  it("reads Stockton's regeneration aim as green from partner-delivered contributions only", () => {
    // cp-regeneration has no target of its own; its one contribution, unemployment (6.3% against
    // below 6.6%: green), is delivered with the Employment Service.
    const report = performanceReport(example("stockton"), { asOf: "2001-07-15" });
    const aim = report.aims.find((row) => row.objective === "cp-regeneration");
    expect(aim?.ratedOnPartners).toBe(true);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain(
      "Rolled up: ✔ Green (from partner-delivered contributions only); delivered with partners: 1 ✔ Green.",
    );
    // The environment aim is rated on the council's own objectives: no such words.
    expect(markdown).toContain("Rolled up: ▲ Amber. Progress to goal");
  });
});
