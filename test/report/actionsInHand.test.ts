import { describe, expect, it } from "vitest";
import { type Framework, ReportError, parseFramework } from "../../src/index.js";
import { performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { deepFreeze, example, jsonCopy, loadExample } from "../helpers/fixtures.js";

/** Stockton with the zone cleanliness figures for April and May replaced. */
function zones(april: string, may: string): Framework {
  const framework = jsonCopy(parseFramework(loadExample("stockton")));
  for (const measurement of framework.measurements ?? []) {
    if (measurement.indicator !== "pi-zone-cleanliness") continue;
    if (measurement.date === "2001-04-30") measurement.value = april;
    if (measurement.date === "2001-05-31") measurement.value = may;
  }
  return deepFreeze(parseFramework(framework));
}

const zone = (framework: Framework, options: { amberPeriods?: number } = {}) =>
  performanceReport(framework, { asOf: "2001-07-15", ...options }).exceptions.find(
    (row) => row.target === "t-zone-cleanliness",
  );

describe("the exception's decision follows the run of amber periods", () => {
  // The zone path runs from 90 (31 March 2001) to 95 (31 March 2002), a 2-point tolerance: expected
  // 90 + 5 × 30/365 = 90.41 on 30 April, 90 + 5 × 61/365 = 90.84 on 31 May, 91.25 on 30 June.
  it("asks for commentary on Stockton's zone cleanliness: green in April (90.5) and May (91), amber in June (91.2)", () => {
    expect(zone(example("stockton"))?.decision).toBe("seek-commentary");
  });

  it("asks for a decision when May was amber too (90.7 against 90.84): amber again after amber", () => {
    const row = zone(zones("90.5", "90.7"));
    // The objective's sweeping and inspection are standing duties, not corrective actions.
    expect([row?.decision, row?.decisionText]).toEqual([
      "agree-corrective-action",
      "Amber or worse for 2 periods in a row, with no action in hand: agree a corrective action, with an owner and a date to be done by.",
    ]);
    expect(renderReportMarkdown(performanceReport(zones("90.5", "90.7"), { asOf: "2001-07-15" }))).toContain(
      "Amber or worse for 2 periods in a row, with no action in hand",
    );
  });

  it("waits for a third amber period when amberPeriods is 3, and asks on the third", () => {
    expect(zone(zones("90.5", "90.7"), { amberPeriods: 3 })?.decisionText).toBe(
      "No decision yet: amber or worse for 2 periods in a row; the owner to comment on the shortfall and what is being done about it.",
    );
    // April 90.3 against 90.41: amber as well.
    expect(zone(zones("90.3", "90.7"), { amberPeriods: 3 })?.decision).toBe("agree-corrective-action");
  });

  it("counts no further back than amberPeriods: a run of three is reported as two with the default", () => {
    expect(zone(zones("90.3", "90.7"))?.decisionText).toMatch(/^Amber or worse for 2 periods in a row/);
  });

  it("refuses an amberPeriods that is not a whole number from 1 to 100, naming the option", () => {
    const stockton = example("stockton");
    for (const amberPeriods of [0, 1.5, -1, 101, Number.NaN, "2"])
      expectMisuse(
        () => performanceReport(stockton, { asOf: "2001-07-15", amberPeriods: amberPeriods as number }),
        ReportError,
        /options\.amberPeriods/,
      );
  });
});

describe("the report's actions at its date", () => {
  it("shows an action marked done with no completion date as done, date not recorded", () => {
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relets = framework.targets.find((target) => target.id === "t-relet-28-days");
    delete relets?.correctiveActions?.[0]?.completed;
    const report = performanceReport(deepFreeze(parseFramework(framework)), { asOf: "2001-07-15" });
    const row = report.exceptions.find((exception) => exception.target === "t-relet-28-days");
    // Taken as done: not in hand, so the red target has nothing open.
    expect(row?.actions).toEqual([]);
    expect(row?.inHand.actions.map((action) => action.state)).toEqual(["done-undated"]);
    expect(row?.decision).toBe("agree-corrective-action");
    expect(renderReportMarkdown(report)).toContain(
      "Agree a ten-day repair turnaround with the repairs contractor (Estate management team leader, due 30 September 2001, done, date not recorded)",
    );
    // And the checker asks for the date.
    expect(report.findings.map((finding) => finding.messageId)).toContain("correctiveNoCompleted");
  });

  it("shows an objective's action marked done with no completion date, and does not count it as in hand (issue 20)", () => {
    // The re-let target (red, 79% against 100% on 15 July 2001) with its contractor action moved to
    // its objective's action plan and marked done without a date: the row lists it as done, date not
    // recorded (not "none open"), and with nothing open the red asks for a corrective action.
    const framework = jsonCopy(parseFramework(loadExample("stockton")));
    const relets = framework.targets.find((target) => target.id === "t-relet-28-days");
    const objective = framework.objectives.find((given) => given.id === "uo-relet-28-days");
    const action = relets?.correctiveActions?.[0];
    if (relets === undefined || objective === undefined || action === undefined)
      throw new Error("Stockton has the re-let target, its objective and its contractor action");
    delete action.completed;
    objective.actions = [action];
    delete relets.correctiveActions;
    const report = performanceReport(deepFreeze(parseFramework(framework)), { asOf: "2001-07-15" });
    const row = report.exceptions.find((exception) => exception.target === "t-relet-28-days");
    expect(row?.inHand.actions.map((shown) => [shown.of, shown.state, shown.status])).toEqual([
      ["objective", "done-undated", "done"],
    ]);
    expect([row?.decision, row?.decisionText]).toEqual([
      "agree-corrective-action",
      expect.stringMatching(/with no action in hand/u),
    ]);
    const markdown = renderReportMarkdown(report);
    expect(markdown).toContain(
      "Agree a ten-day repair turnaround with the repairs contractor (Estate management team leader, due 30 September 2001, done, date not recorded)",
    );
  });

  it("shows the re-let contractor action done on its completion date once the report is past it", () => {
    const report = performanceReport(example("stockton"), { asOf: "2001-10-01" });
    expect(renderReportMarkdown(report)).toContain(
      "Agree a ten-day repair turnaround with the repairs contractor (Estate management team leader, due 30 September 2001, done 21 September 2001)",
    );
  });
});

describe("the report's cost in actions", () => {
  it("reads an objective's action plan for its exceptions only, never once per target row", () => {
    // 200 green targets under one objective holding 500 actions: no row lists them.
    const framework = parseFramework({
      id: "fw",
      name: "Many targets, one plan",
      owners: [{ id: "o", name: "Owner", kind: "individual" }],
      plans: [{ id: "p", name: "P", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } }],
      objectives: [
        {
          id: "obj",
          plan: "p",
          title: "Objective",
          actions: Array.from({ length: 500 }, (_, i) => ({
            title: `Step ${String(i)}`,
            owner: "o",
            due: "2002-01-31",
          })),
        },
      ],
      indicators: [
        { id: "pi", title: "PI", unit: "%", polarity: "higher-is-better", measure: "outcome", frequency: "monthly" },
      ],
      targets: Array.from({ length: 200 }, (_, t) => ({
        id: `t-${String(t)}`,
        objective: "obj",
        indicator: "pi",
        baseline: { date: "2001-03-31", value: "70" },
        goal: { date: "2002-03-31", value: "80" },
      })),
      measurements: [{ indicator: "pi", date: "2001-06-30", value: "90" }],
    });
    // Count the reads of the objective's actions through a getter on the parsed objective.
    let reads = 0;
    const objective = framework.objectives[0] as (typeof framework.objectives)[number];
    const actions = objective.actions;
    Object.defineProperty(objective, "actions", {
      get: () => {
        reads += 1;
        return actions;
      },
    });
    const report = performanceReport(framework, { asOf: "2001-07-15" });
    expect(report.exceptions).toEqual([]);
    expect(report.targets).toHaveLength(200);
    // The checker's action-plan-smart and no-action-plan read it once or twice; 200 rows read it never.
    expect(reads).toBeLessThan(10);
  });
});
