import { describe, expect, it } from "vitest";
import {
  type Framework,
  TrajectoryError,
  evaluateTarget,
  expectedYearToDate,
  parseFramework,
} from "../../src/index.js";
import { financialYearOf } from "../../src/trajectory/financialYear.js";
import { deepFreeze } from "../helpers/fixtures.js";

function seasonal(
  profile?: Framework["indicators"][number]["profile"],
  financialYearStart?: string,
  measurements: Framework["measurements"] = [],
): Framework {
  return deepFreeze(
    parseFramework({
      id: "fw",
      name: "Seasonal",
      ...(financialYearStart === undefined ? {} : { financialYearStart }),
      owners: [],
      plans: [],
      objectives: [],
      indicators: [
        {
          id: "pi",
          title: "Repairs completed",
          unit: "count",
          polarity: "higher-is-better",
          measure: "output",
          frequency: "monthly",
          cumulative: true,
          ...(profile === undefined ? {} : { profile }),
        },
      ],
      targets: [
        // 1200 a year in 2001/02, rising to 2400 a year by 31 March 2003.
        {
          id: "t",
          objective: "o",
          indicator: "pi",
          baseline: { date: "2002-03-31", value: "1200" },
          goal: { date: "2003-03-31", value: "2400" },
          tolerance: { percent: "10" },
        },
      ],
      measurements,
    }),
  );
}

describe("financial years", () => {
  it("start on 1 April by default, or on the framework's day", () => {
    expect(financialYearOf("2002-03-31", "04-01")).toEqual({ start: "2001-04-01", end: "2002-03-31" });
    expect(financialYearOf("2002-04-01", "04-01")).toEqual({ start: "2002-04-01", end: "2003-03-31" });
    expect(financialYearOf("2002-06-30", "01-01")).toEqual({ start: "2002-01-01", end: "2002-12-31" });
    expect(financialYearOf("2004-02-29", "03-01")).toEqual({ start: "2003-03-01", end: "2004-02-29" });
  });
});

describe("expectedYearToDate", () => {
  it("even months: a month's share of the year's total, with the current month by days passed", () => {
    const framework = seasonal();
    // 2002/03's total is the path at 2003-03-31: 2400. By 30 June, 3 of 12 months.
    expect(expectedYearToDate(framework, "t", "2002-06-30")).toBe("600");
    // By 15 April: 15 of April's 30 days, half a month's 200.
    expect(expectedYearToDate(framework, "t", "2002-04-15")).toBe("100");
    expect(expectedYearToDate(framework, "t", "2003-03-31")).toBe("2400");
    expect(expectedYearToDate(framework, "t", "2002-03-30")).toBeNull();
  });

  it("a quarterly profile loads the winter quarter", () => {
    const framework = seasonal({ quarterly: ["1", "1", "1", "3"] });
    expect(expectedYearToDate(framework, "t", "2002-12-31")).toBe("1200");
    expect(expectedYearToDate(framework, "t", "2003-03-31")).toBe("2400");
  });

  it("a monthly profile, and a calendar financial year", () => {
    const framework = seasonal({ monthly: ["0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1"] }, "01-01");
    // The 2002 calendar year's total is the path at 2002-12-31: 1200 + 1200 × 275/365.
    expect(expectedYearToDate(framework, "t", "2002-11-30")).toBe("0");
    expect(expectedYearToDate(framework, "t", "2002-12-31")).toBe("2104.1095890411");
  });

  it("refuses misuse", () => {
    expect(() => expectedYearToDate(seasonal(), "nope", "2002-06-30")).toThrow(TrajectoryError);
    expect(() => expectedYearToDate(seasonal(), "t", "2002-06-31")).toThrow(/not a calendar date/);
  });
});

describe("evaluating a cumulative indicator", () => {
  const winter = [
    { indicator: "pi", date: "2002-06-30", value: "420" },
    { indicator: "pi", date: "2002-12-31", value: "1150" },
  ];

  it("is not red in winter when the profile expects the year to load late", () => {
    // Even months expect 1800 by 31 December: 1150 is far short, red. The profile expects 1200: amber.
    expect(evaluateTarget(seasonal(undefined, undefined, winter), "t", { asOf: "2003-01-05" }).status).toBe("red");
    const profiled = evaluateTarget(seasonal({ quarterly: ["1", "1", "1", "3"] }, undefined, winter), "t", {
      asOf: "2003-01-05",
    });
    expect([profiled.status, profiled.expected, profiled.progressPercent]).toEqual(["amber", "1200", null]);
    expect(profiled.forecast).toEqual({
      value: null,
      reason: "forecasts are not made for year-to-date (cumulative) indicators",
    });
    expect(profiled.direction.sincePrevious).toBe("improving");
  });

  it("does not compare across the start of a financial year", () => {
    const acrossYears = [
      { indicator: "pi", date: "2002-03-31", value: "1200" },
      { indicator: "pi", date: "2002-04-30", value: "190" },
    ];
    expect(
      evaluateTarget(seasonal(undefined, undefined, acrossYears), "t", { asOf: "2002-05-05" }).direction.sincePrevious,
    ).toBeNull();
  });

  it("validates profiles when parsing", () => {
    expect(() => seasonal({ quarterly: ["1", "2", "3"] })).toThrow(/indicators\[0\]\), profile/);
  });
});
