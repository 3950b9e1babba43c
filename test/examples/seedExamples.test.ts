import { describe, expect, it } from "vitest";
import { type Framework, indexFramework, parseFramework, reviewsDue } from "../../src/index.js";
import { coveredSubjects } from "../../src/review/cycleCovers.js";
import { loadExample } from "../helpers/fixtures.js";

const stockton = (): Framework => parseFramework(loadExample("stockton"));
const spelthorne = (): Framework => parseFramework(loadExample("spelthorne"));
const ILLUSTRATIVE = /illustrative/i;

describe("Stockton: every value the seed does not give is marked illustrative", () => {
  it("every target's note says which of its figures and dates are illustrative", () => {
    for (const target of stockton().targets) expect(target.note, target.id).toMatch(ILLUSTRATIVE);
  });

  it("a tolerance the seed does not give is named illustrative in its target's note", () => {
    const withTolerance = stockton().targets.filter((target) => target.tolerance !== undefined);
    expect(withTolerance.map((target) => target.id)).toEqual(["t-street-cleanliness", "t-zone-cleanliness"]);
    for (const target of withTolerance) expect(target.note).toMatch(/tolerance illustrative/);
  });

  it("every unit but the seed's percentages is named illustrative in its indicator's note", () => {
    for (const indicator of stockton().indicators) {
      if (indicator.unit === "%") continue;
      expect(indicator.note, indicator.id).toMatch(/unit[^.]*illustrative/i);
    }
  });

  it("the indirect links other than New Deal to unemployment (5.3.5.7) are marked illustrative", () => {
    const indirect = stockton().objectives.flatMap((objective) =>
      (objective.contributesTo ?? [])
        .filter((link) => link.link === "indirect")
        .map((link) => ({ from: objective.id, to: link.objective, note: link.note })),
    );
    expect(indirect.map(({ from, to }) => `${from} -> ${to}`)).toEqual([
      "co-youth-offending -> cp-wellbeing",
      "co-heart-disease -> cp-health",
      "co-unemployment -> cp-regeneration",
      "so-new-deal -> co-unemployment",
    ]);
    for (const link of indirect) {
      if (link.from === "so-new-deal") expect(link.note).toBeUndefined();
      else expect(link.note, link.from).toMatch(ILLUSTRATIVE);
    }
  });

  it("every reviewer is illustrative except the Local Strategic Partnership's, which the seed gives (5.3.4.2)", () => {
    for (const cycle of stockton().reviewCycles ?? []) {
      expect(cycle.reviewer, cycle.id).toBeDefined();
      if (cycle.reviewer === "lsp-stockton") expect(cycle.note).toMatch(/5\.3\.4\.2/);
      else expect(cycle.note, cycle.id).toMatch(/reviewer[^.]*illustrative/i);
    }
  });

  it("the void property officer, the reviews and the actuals the seed does not give are illustrative", () => {
    const framework = stockton();
    expect(framework.owners.find((owner) => owner.id === "officer-voids")?.note).toMatch(ILLUSTRATIVE);
    for (const review of framework.reviews ?? []) expect(review.note).toMatch(ILLUSTRATIVE);
    // Only January 2001's unemployment and regional rates come from the seed (5.3.5.3).
    for (const measurement of framework.measurements ?? []) {
      if (measurement.date === "2001-01-31") expect(measurement.note).toMatch(/^Seed 5\.3\.5\.3/);
      else expect(measurement.note).toMatch(ILLUSTRATIVE);
    }
  });
});

describe("Stockton's monitoring arrangements (seed 5.3.4.1-2) all fall due while the framework runs, 2001-2004", () => {
  /** Each cycle's earliest due date over the subjects it covers, judged before any review took place. */
  function firstDueByCycle(): Map<string, string | undefined> {
    const index = indexFramework(stockton());
    const result = new Map<string, string | undefined>();
    for (const cycle of index.reviewCycles.values()) {
      const dues = coveredSubjects(index, cycle)
        .map((subject) => reviewsDue(index, cycle.id, subject, { asOf: "2001-04-01" }).nextDue)
        .filter((due): due is string => due !== null)
        .sort();
      result.set(cycle.id, dues[0]);
    }
    return result;
  }

  it("every cycle of 5.3.4.1 and 5.3.4.2 falls due between April 2001 and the end of March 2004", () => {
    const dues = firstDueByCycle();
    expect([...dues.keys()]).toEqual([
      "rc-annual-plan-review",
      "rc-quarterly-targets",
      "rc-annual-community-plan",
      "rc-quarterly-directors",
      "rc-annual-departmental-appraisal",
      "rc-annual-individual-appraisal",
      "rc-best-value-reviews",
      "rc-annual-pi-report",
    ]);
    for (const [cycle, due] of dues) {
      expect(due !== undefined && due >= "2001-04-01" && due <= "2004-03-31", `${cycle} due ${String(due)}`).toBe(true);
    }
  });

  it("the annual individual appraisal and the annual review of one-year plans cover the year, due six weeks after it ends", () => {
    const index = indexFramework(stockton());
    // Individual work plans run 2001-04-01 to 2002-03-31: the year's review is due by 12 May 2002.
    for (const cycle of ["rc-annual-individual-appraisal", "rc-annual-plan-review"])
      expect(reviewsDue(index, cycle, { kind: "plan", id: "plan-receptionist" }, { asOf: "2001-04-01" })).toMatchObject(
        { period: { start: "2001-04-01", end: "2002-03-31" }, deadline: "2002-05-12" },
      );
  });

  it("the five-yearly best value reviews end their first period in the services' third year; the PI report covers the year, due by 30 June", () => {
    const index = indexFramework(stockton());
    const housing = { kind: "plan", id: "plan-housing" } as const;
    expect(reviewsDue(index, "rc-best-value-reviews", housing, { asOf: "2001-04-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2003-03-31" },
      deadline: "2003-05-12",
    });
    // Seed 5.3.4.2: the annual report on Performance Indicators, for the year to 31 March 2002, by 30 June.
    const bvpp = { kind: "plan", id: "plan-corporate" } as const;
    expect(reviewsDue(index, "rc-annual-pi-report", bvpp, { asOf: "2001-04-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2002-03-31" },
      deadline: "2002-06-30",
    });
    // Seed 5.3.4.1: the quarterly reports to cabinet, each within two months of its quarter.
    const homeless = { kind: "target", id: "t-homeless-offers" } as const;
    expect(reviewsDue(index, "rc-quarterly-targets", homeless, { asOf: "2001-04-01" })).toMatchObject({
      period: { start: "2001-04-01", end: "2001-06-30" },
      deadline: "2001-08-31",
    });
  });

  it("the quarterly reports on targets are kept up through the year: none overdue on 2002-04-15", () => {
    const index = indexFramework(stockton());
    for (const target of index.targets.keys()) {
      const due = reviewsDue(index, "rc-quarterly-targets", { kind: "target", id: target }, { asOf: "2002-04-15" });
      expect(due).toMatchObject({ lastReviewed: "2002-01-31", overdue: false });
    }
  });
});

describe("Spelthorne: standards and local indicators (seed 5.3.3.1)", () => {
  it("are told apart by the data, not by their ids", () => {
    const indicators = spelthorne().indicators;
    const standards = indicators.filter((indicator) => indicator.standard === true).map((indicator) => indicator.id);
    const local = indicators.filter((indicator) => indicator.standard !== true).map((indicator) => indicator.id);
    expect(standards).toEqual(["std-collection-day", "std-missed-bins-next-day"]);
    expect(local).toEqual(["lpi-missed-bins", "lpi-food-inspections", "lpi-cost-per-household"]);
    for (const indicator of indicators) expect(indicator.source).toBe("local");
  });

  it("the review cycles the seed does not give are marked illustrative; the end of year report is the seed's", () => {
    for (const cycle of spelthorne().reviewCycles ?? []) {
      if (cycle.id === "rc-end-of-year-report") expect(cycle.note).toMatch(/5\.3\.1\.1/);
      else expect(cycle.note, cycle.id).toMatch(ILLUSTRATIVE);
    }
  });
});
