import { describe, expect, it } from "vitest";
import { type Framework, evaluateFramework, parseFramework } from "../../src/index.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { oneTarget } from "../helpers/oneTarget.js";

describe("data-only indicators in evaluateFramework", () => {
  it("Stockton's regional unemployment rate: latest figure, direction, quality and staleness, no RAG", () => {
    const stockton = deepFreeze(parseFramework(loadExample("stockton")));
    const regional = (asOf: string, detail?: "status") =>
      evaluateFramework(stockton, { asOf, ...(detail === undefined ? {} : { detail }) }).indicators.filter(
        (result) => result.indicator === "pi-regional-unemployment",
      );
    const report = { indicators: regional("2001-07-15") };
    // Monthly, lower is better: 6.5 in May, 6.4 (provisional) in June. The fall of 0.1 is over the
    // default materiality, 1% of 6.5 = 0.065: improving. June 2000 has no figure: no year-on-year
    // direction. The July figure's month ends 31 July and is due three weeks later (the example's
    // illustrative lagDays of 21): 21 August, not stale.
    expect(report.indicators).toEqual([
      {
        indicator: "pi-regional-unemployment",
        actual: "6.4",
        actualDate: "2001-06-30",
        direction: { sincePrevious: "improving", sinceYearAgo: null },
        quality: "provisional",
        stale: false,
        nextFigure: { periodEnd: "2001-07-31", due: "2001-08-21", overdue: false },
      },
    ]);
    expect(report.indicators[0]).not.toHaveProperty("status");
    expect(regional("2001-07-15", "status")).toEqual(report.indicators);
    // On 1 August July's figure is awaited; on 22 August it is overdue.
    expect(regional("2001-08-01")[0]?.stale).toBe(false);
    expect(regional("2001-08-22")[0]?.stale).toBe(true);
    expect(jsonCopy(report)).toEqual(report);
  });

  it("lists every indicator without a target in the framework's order, with nulls before any figure", () => {
    const base = oneTarget({});
    const extra = (id: string, over: Partial<Framework["indicators"][number]> = {}) => ({
      ...(base.indicators[0] as Framework["indicators"][number]),
      id,
      ...over,
    });
    const framework = deepFreeze(
      parseFramework({
        ...base,
        indicators: [
          extra("pi-survey", { frequency: "annual", polarity: "lower-is-better", lagDays: 90 }),
          ...base.indicators,
          extra("pi-unmeasured"),
        ],
        measurements: [
          { indicator: "pi-survey", date: "2000-03-31", value: "30" },
          { indicator: "pi-survey", date: "2001-03-31", value: "31" },
          { indicator: "pi", date: "2001-06-30", value: "90" },
        ],
      }),
    );
    const rows = evaluateFramework(framework, { asOf: "2002-06-29" }).indicators;
    // The target's indicator "pi" has no row. The survey is annual, lower is better: 30 then 31, a
    // rise of 1 over 1% of 31 (0.31): worsening, against both the previous and the year before.
    // Its next figure, for the year to 31 March 2002, is due 90 days later (April's 30 days, May's 31,
    // then 29 of June): 29 June 2002, not overdue that day, overdue the next.
    expect(rows.map((row) => row.indicator)).toEqual(["pi-survey", "pi-unmeasured"]);
    expect(rows[0]).toMatchObject({
      actual: "31",
      actualDate: "2001-03-31",
      direction: { sincePrevious: "worsening", sinceYearAgo: "worsening" },
      stale: false,
      nextFigure: { periodEnd: "2002-03-31", due: "2002-06-29", overdue: false },
    });
    expect(rows[1]).toEqual({
      indicator: "pi-unmeasured",
      actual: null,
      actualDate: null,
      direction: { sincePrevious: null, sinceYearAgo: null },
      quality: null,
      stale: false,
      nextFigure: null,
    });
    expect(evaluateFramework(framework, { asOf: "2002-06-30" }).indicators[0]?.stale).toBe(true);
    // Before the survey's first figure, nothing to show.
    expect(evaluateFramework(framework, { asOf: "2000-01-01" }).indicators[0]?.actual).toBeNull();
  });
});
