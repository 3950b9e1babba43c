// Issue 21, scrutiny's version: for holding the executive to account, not another executive paper.
// It asks the portfolio holder questions about each exception (never asks scrutiny to "agree a
// corrective action"), lists the targets red for two or more figures running, and, given the
// previous report, follows up what was decided then and whether it happened.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Framework, ReportError, parseFramework } from "../../src/index.js";
import {
  type PerformanceReport,
  performanceReport,
  renderReportHtml,
  renderReportMarkdown,
} from "../../src/report/index.js";
import { deepFreeze, example, jsonCopy, withMeasurements } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

const stockton = example("stockton");
const spelthorne = example("spelthorne");

function questions(report: PerformanceReport, target: string) {
  return report.scrutiny?.exceptions.find((row) => row.target === target)?.questions ?? [];
}
const kinds = (report: PerformanceReport, target: string) => questions(report, target).map((q) => q.kind);

describe("scrutiny's questions for the portfolio holder (issue 21)", () => {
  const july = perTest(() => performanceReport(stockton, { asOf: "2001-07-15", audience: "scrutiny" }));

  it("never asks scrutiny to agree a corrective action, in the data, the Markdown or the HTML; the executive's still does", () => {
    // Before issue 21 the scrutiny version carried the executive's decisions word for word.
    for (const exception of july().exceptions)
      expect(exception.decisionText).not.toMatch(/agree a corrective action/iu);
    expect(renderReportMarkdown(july())).not.toMatch(/agree a corrective action/iu);
    expect(renderReportHtml(july())).not.toMatch(/agree a corrective action/iu);
    expect(renderReportMarkdown(july())).toContain("| Questions for the portfolio holder |");
    const executive = performanceReport(stockton, { asOf: "2001-07-15" });
    expect(renderReportMarkdown(executive)).toMatch(/agree a corrective action/iu);
    expect(executive.scrutiny).toBeNull();
  });

  it("Stockton, 15 July 2001: worded from each exception's figures, actions, run of red, forecast and partners", () => {
    expect(july().scrutiny?.exceptions.map((row) => row.target)).toEqual(july().exceptions.map((row) => row.target));
    // Offers: 84% against the year's 100%; its one action, the prevention service, is due 30 June
    // 2002, after the 31 March 2002 goal date.
    expect(questions(july(), "t-homeless-offers")).toEqual([
      {
        kind: "shortfall",
        text: "The figure is 84% (30 June 2001) against 100% expected: what explains the shortfall, and what is being done about it?",
      },
      {
        kind: "too-late-action",
        text: 'The action "Open a housing advice and prevention service, so fewer households need an offer at short notice" is due on 30 June 2002, after the target\'s goal date: what will bring the target back on track in time, who owns it, and by when will it be done?',
      },
    ]);
    // Re-lets: red in April, May and June (72, 75, 79% against 100%): 3 monthly figures; the
    // contractor action, due 30 September, was in hand and in date on 15 July.
    expect(questions(july(), "t-relet-28-days").slice(1)).toEqual([
      {
        kind: "red-run",
        text: "The target has been red for 3 monthly figures in a row: why has what has been done not turned it round?",
      },
      {
        kind: "action-on-course",
        text: 'Is the action "Agree a ten-day repair turnaround with the repairs contractor" (due 30 September 2001) on course, and will it bring the target back on track?',
      },
    ]);
    // Amber for the first time: the shortfall; the zones' forecast misses the 95% goal; New Deal's
    // shortfall is shared with the Employment Service.
    expect(kinds(july(), "t-street-cleanliness")).toEqual(["shortfall"]);
    expect(kinds(july(), "t-zone-cleanliness")).toEqual(["shortfall", "forecast"]);
    expect(questions(july(), "t-zone-cleanliness")[1]?.text).toBe(
      "On present trends the forecast is 94.4% against a goal of 95.0%: will the goal be met and, if not, should the target be revised?",
    );
    expect(questions(july(), "t-new-deal")[1]).toEqual({
      kind: "partners",
      text: "The shortfall is shared with Employment Service (New Deal): what are they doing about it?",
    });
    // The exceptions table's column holds the questions, in order.
    const relets = july().exceptions.find((row) => row.target === "t-relet-28-days");
    expect(relets?.decisionText).toBe(
      questions(july(), "t-relet-28-days")
        .map((question) => question.text)
        .join(" "),
    );
    expect(relets?.decision).toBe("note-action-in-hand");
  });

  it("Stockton, 15 October 2001: July's re-let figure is late, and its contractor action done: what corrective action now?", () => {
    const october = performanceReport(stockton, { asOf: "2001-10-15", audience: "scrutiny" });
    // July's figure was due 42 days after 31 July: 11 September.
    expect(questions(october, "t-relet-28-days")[0]).toEqual({
      kind: "late-figure",
      text: "The figure due by 11 September 2001 has not been reported: why, and when will it be?",
    });
    expect(kinds(october, "t-relet-28-days")).toEqual(["late-figure", "shortfall", "red-run", "corrective-action"]);
    expect(questions(october, "t-relet-28-days")[3]?.text).toBe(
      "What corrective action has been agreed, who owns it, and by when will it be done?",
    );
    // New Deal's delivery plan was due on 30 September and is not done.
    expect(questions(october, "t-new-deal")).toContainEqual({
      kind: "overdue-action",
      text: 'The action "Agree a joint New Deal delivery plan with the Employment Service" was due on 30 September 2001 and is not done: why, and what is the new date?',
    });
  });

  it("Spelthorne, 15 July 2001: the food inspections' overdue action; the missed bins' missing figure", () => {
    const report = performanceReport(spelthorne, { asOf: "2001-07-15", audience: "scrutiny" });
    expect(questions(report, "t-food-inspections")).toContainEqual({
      kind: "overdue-action",
      text: 'The action "Adopt a risk-based inspection programme" was due on 30 June 2001 and is not done: why, and what is the new date?',
    });
    const missing = report.exceptions.find((row) => row.status === "no-data");
    expect(missing).toBeDefined();
    expect(questions(report, missing?.target ?? "")).toEqual([
      { kind: "missing-figure", text: "No figure has been reported for this target: why not, and when will it be?" },
    ]);
    // The bins, red at 98.8% against 99.05%: the rounds' re-plan (30 September) and the quarterly
    // report to management team (31 July) are in hand and in date.
    expect(kinds(report, "t-collection-day")).toEqual(["shortfall", "action-on-course", "forecast"]);
    expect(questions(report, "t-collection-day")[1]?.text).toBe(
      'Are the actions "Re-plan refuse rounds" (due 30 September 2001) and "Report missed collections to management team quarterly" (due 31 July 2001) on course, and will they bring the target back on track?',
    );
  });

  it("Stockton at year end, 15 May 2002: the offers' outturn short of its goal; the zones' outturn late", () => {
    const yearEnd = withMeasurements(stockton, {
      indicator: "pi-homeless-offers",
      date: "2002-03-31",
      value: "86",
    });
    const report = performanceReport(yearEnd, { asOf: "2002-05-15", audience: "scrutiny" });
    expect(questions(report, "t-homeless-offers")).toEqual([
      {
        kind: "outturn-shortfall",
        text: "The target ended on 31 March 2002 at 86% against 100% (14 percentage points short): why was it not achieved, and how do next year's target and service plan address the shortfall?",
      },
    ]);
    // March's monthly zone figure: 31 March plus 42 days, 12 May.
    expect(questions(report, "t-zone-cleanliness")).toEqual([
      {
        kind: "outturn-late",
        text: "The outturn, the figure for 31 March 2002, was due by 12 May 2002 and is not in: why, and when will it be reported?",
      },
    ]);
    expect(renderReportMarkdown(report)).not.toMatch(/agree a corrective action/iu);
  });
});

describe("targets red for two or more periods running (issue 21)", () => {
  it("Stockton, 15 July 2001: the re-lets, red in April, May and June; the offers' one red figure is not a run", () => {
    const report = performanceReport(stockton, { asOf: "2001-07-15", audience: "scrutiny" });
    expect(report.scrutiny?.redRuns).toEqual([
      {
        target: "t-relet-28-days",
        title: "100% houses available for re-let within 28 days",
        owner: { id: "leader-estate-management", name: "Estate management team leader" },
        figures: 3,
        frequency: "monthly",
        latest: "2001-06-30",
        text: "3 monthly figures in a row, the latest for 30 June 2001",
      },
    ]);
    expect(renderReportMarkdown(report)).toContain(
      "| 100% houses available for re-let within 28 days | Estate management team leader | 3 monthly figures in a row, the latest for 30 June 2001 |",
    );
  });

  it("the longest run first; a run broken by a green figure counts from after it", () => {
    const longer = withMeasurements(
      stockton,
      // Offers, quarterly: 84% in June, then 80% in September: red twice.
      { indicator: "pi-homeless-offers", date: "2001-09-30", value: "80" },
      // Re-lets, monthly: 100% in July (green), then 90% and 91% in August and September.
      { indicator: "pi-relet-28-days", date: "2001-07-31", value: "100" },
      { indicator: "pi-relet-28-days", date: "2001-08-31", value: "90" },
      { indicator: "pi-relet-28-days", date: "2001-09-30", value: "91" },
    );
    const report = performanceReport(longer, { asOf: "2001-10-15", audience: "scrutiny" });
    expect(report.scrutiny?.redRuns.map((run) => [run.target, run.figures, run.text])).toEqual([
      ["t-homeless-offers", 2, "2 quarterly figures in a row, the latest for 30 September 2001"],
      ["t-relet-28-days", 2, "2 monthly figures in a row, the latest for 30 September 2001"],
    ]);
    const spelthorneReport = performanceReport(spelthorne, { asOf: "2001-07-15", audience: "scrutiny" });
    expect(spelthorneReport.scrutiny?.redRuns).toEqual([]);
    expect(renderReportMarkdown(spelthorneReport)).toContain("No target has been red for two or more figures running.");
  });
});

describe("what was decided at the previous report, and whether it happened (issue 21)", () => {
  const previous = perTest(() => jsonCopy(performanceReport(stockton, { asOf: "2001-07-15" })));

  it("without a previous report, says it cannot follow up", () => {
    const report = performanceReport(stockton, { asOf: "2001-10-15", audience: "scrutiny" });
    expect(report.scrutiny?.followUp).toBeNull();
    expect(renderReportMarkdown(report)).toContain(
      "No previous report was given, so what was decided then cannot be followed up here.",
    );
  });

  it("Stockton, 15 October after 15 July: the offers' corrective action was never agreed; the re-lets' contractor action is done", () => {
    const report = performanceReport(stockton, { asOf: "2001-10-15", audience: "scrutiny", previous: previous() });
    const items = report.scrutiny?.followUp?.items ?? [];
    expect(report.scrutiny?.followUp?.asOfText).toBe("15 July 2001");
    expect(items.map((item) => [item.target, item.then.decision, item.happened])).toEqual([
      ["t-homeless-offers", "agree-corrective-action", "no"],
      ["t-relet-28-days", "note-action-in-hand", "yes"],
      ["t-street-cleanliness", "seek-commentary", null],
      ["t-zone-cleanliness", "seek-commentary", null],
      ["t-new-deal", "seek-commentary", null],
    ]);
    expect(items[0]?.text).toBe("No: no corrective action has been recorded since.");
    expect(items[1]?.actions).toEqual([
      {
        id: "ca-relet-contractor",
        title: "Agree a ten-day repair turnaround with the repairs contractor",
        owner: { id: "leader-estate-management", name: "Estate management team leader" },
        dueThenText: "30 September 2001",
        then: "open",
        now: "done",
        dueNowText: "30 September 2001",
        text: "done 21 September 2001",
      },
    ]);
    expect(items[1]?.now).toEqual({ status: "red", exception: true });
    const markdown = renderReportMarkdown(report);
    // Even recalling what the executive was asked, scrutiny's paper never asks scrutiny to agree one.
    expect(markdown).not.toMatch(/agree a corrective action/iu);
    expect(markdown).toContain("## What was decided last time, and whether it happened (report of 15 July 2001)");
    expect(markdown).toContain(
      "| 100% homeless households offered accommodation within 21 days | ✖ Red | A corrective action to be agreed, with an owner and a date | ✖ Red | No: no corrective action has been recorded since. |",
    );
    expect(markdown).toContain(
      '| 100% houses available for re-let within 28 days | ✖ Red | Note the actions in hand, and see them through | ✖ Red | Yes: "Agree a ten-day repair turnaround with the repairs contractor": done 21 September 2001. |',
    );
  });

  it("an action agreed since, and a target now green, are followed up as such", () => {
    const since: Framework = deepFreeze(
      parseFramework({
        ...stockton,
        targets: stockton.targets.map((target) =>
          target.id === "t-homeless-offers"
            ? {
                ...target,
                correctiveActions: [
                  ...(target.correctiveActions ?? []),
                  {
                    id: "ca-offers-interim",
                    title: "Use interim lets while the prevention service opens",
                    owner: "director-housing",
                    due: "2001-12-31",
                  },
                ],
              }
            : target,
        ),
        measurements: [
          ...(stockton.measurements ?? []),
          { indicator: "pi-relet-28-days", date: "2001-07-31", value: "100" },
          { indicator: "pi-relet-28-days", date: "2001-08-31", value: "100" },
        ],
      }),
    );
    const report = performanceReport(since, { asOf: "2001-10-15", audience: "scrutiny", previous: previous() });
    const [offers, relets] = report.scrutiny?.followUp?.items ?? [];
    expect(offers?.happened).toBe("yes");
    expect(offers?.agreedSince.map((action) => action.id)).toEqual(["ca-offers-interim"]);
    expect(offers?.text).toBe(
      'Yes: agreed since: "Use interim lets while the prevention service opens" (Director of Housing, due 31 December 2001).',
    );
    // August's 100% against the year's 100%: green, no longer an exception.
    expect(relets?.now).toEqual({ status: "green", exception: false });
    expect(relets?.happened).toBe("yes");
  });

  it("Spelthorne: the food inspections' overdue action, chased in July, still overdue in October; re-planned, it happened", () => {
    const julyReport = jsonCopy(performanceReport(spelthorne, { asOf: "2001-07-15", audience: "scrutiny" }));
    const food = (report: PerformanceReport) =>
      report.scrutiny?.followUp?.items.find((item) => item.target === "t-food-inspections");
    const still = performanceReport(spelthorne, { asOf: "2001-10-15", audience: "scrutiny", previous: julyReport });
    expect(food(still)?.then.decision).toBe("chase-overdue-action");
    expect(food(still)?.happened).toBe("no");
    expect(food(still)?.text).toBe('No: "Adopt a risk-based inspection programme": overdue since 30 June 2001.');
    const replanned: Framework = deepFreeze(
      parseFramework({
        ...spelthorne,
        objectives: spelthorne.objectives.map((objective) =>
          objective.id === "so-food-safety"
            ? { ...objective, actions: (objective.actions ?? []).map((action) => ({ ...action, due: "2001-12-31" })) }
            : objective,
        ),
      }),
    );
    const later = performanceReport(replanned, { asOf: "2001-10-15", audience: "scrutiny", previous: julyReport });
    expect(food(later)?.happened).toBe("yes");
    expect(food(later)?.text).toBe(
      'Yes: "Adopt a risk-based inspection programme": re-planned: now due 31 December 2001 (was due 30 June 2001).',
    );
  });

  it("refuses a previous report that is not one, is on another framework, is not earlier, or is given to the executive's version", () => {
    const at =
      (given: unknown, audience: "executive" | "scrutiny" = "scrutiny") =>
      () =>
        performanceReport(stockton, {
          asOf: "2001-10-15",
          audience,
          previous: given as PerformanceReport,
        });
    expect(at({})).toThrow(ReportError);
    expect(at({})).toThrow(/options\.previous is not a report from performanceReport: options\.previous\.framework/u);
    expect(at({ ...previous(), exceptions: [{ ...previous().exceptions[0], decision: "panic" }] })).toThrow(
      /options\.previous\.exceptions\[0\]\.decision must be one of/u,
    );
    expect(at({ ...previous(), framework: { id: "spelthorne", name: "Spelthorne" } })).toThrow(
      /options\.previous is a report on the framework "spelthorne", not "stockton-on-tees"/u,
    );
    expect(at({ ...previous(), asOf: "2001-10-15" })).toThrow(/options\.previous is as of 2001-10-15, not before/u);
    expect(at({ ...previous(), asOf: "15/07/2001" })).toThrow(/options\.previous\.asOf/u);
    expect(at(previous(), "executive")).toThrow(/options\.previous is read by scrutiny's version only/u);
  });

  it("follows up a previous report saved before every field was always there: an action without an id has no id key", () => {
    const saved = jsonCopy(previous()) as unknown as {
      exceptions: { inHand: { actions: Record<string, unknown>[] } }[];
    };
    let dropped = 0;
    for (const exception of saved.exceptions)
      for (const action of exception.inHand.actions)
        if (action.id === null) {
          delete action.id;
          dropped += 1;
        }
    expect(dropped).toBeGreaterThan(0);
    const october = (given: unknown) =>
      performanceReport(stockton, { asOf: "2001-10-15", audience: "scrutiny", previous: given as PerformanceReport });
    expect(october(saved)).toEqual(october(previous()));
  });

  it("renders the same after JSON, and leaves its inputs alone (frozen)", () => {
    const report = performanceReport(stockton, {
      asOf: "2001-10-15",
      audience: "scrutiny",
      previous: deepFreeze(previous()),
    });
    expect(renderReportMarkdown(jsonCopy(report))).toBe(renderReportMarkdown(report));
    expect(renderReportHtml(jsonCopy(report))).toBe(renderReportHtml(report));
  });
});

describe("docs/reporting.md quotes scrutiny's words as the report writes them", () => {
  it("the questions, the red run and the follow-up it shows are the report's", () => {
    const doc = readFileSync(new URL("../../docs/reporting.md", import.meta.url), "utf8").replace(/\s+/gu, " ");
    const july = performanceReport(stockton, { asOf: "2001-07-15", audience: "scrutiny" });
    const october = performanceReport(stockton, { asOf: "2001-10-15", audience: "scrutiny" });
    for (const text of [
      questions(july, "t-homeless-offers")[0]?.text,
      questions(july, "t-relet-28-days")[1]?.text,
      questions(july, "t-zone-cleanliness")[1]?.text,
      questions(july, "t-new-deal")[1]?.text,
      questions(october, "t-relet-28-days")[0]?.text,
      questions(october, "t-relet-28-days")[3]?.text,
      july.scrutiny?.redRuns[0]?.text,
    ])
      expect(doc).toContain(text ?? "missing");
  });
});
