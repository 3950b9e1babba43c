import { addDays, addYears, differenceInCalendarDays, format } from "date-fns";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BudgetLine,
  BudgetRevision,
  BudgetYear,
  CarryForward,
  FinancialYear,
  FrameworkValidationError,
  Money,
  OutturnForecast,
  Spend,
  UnitCost,
  financialYearPeriod,
  parseFramework,
  safeParseFramework,
} from "../../src/index.js";
import { deepFreeze, loadExample, minimalFramework } from "../helpers/fixtures.js";

/** The issues of a framework with `fields` added to the minimal one, as `path: message` lines. */
function issuesWith(fields: Record<string, unknown>): string[] {
  const result = safeParseFramework({ ...minimalFramework(), ...fields });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`);
}

const line = {
  id: "b-relets",
  name: "Void property repairs",
  objective: "so-relets",
  holder: "hd-housing",
  years: [
    { year: "2001/02", amount: "1200000" },
    { year: "2002/03", amount: "1250000" },
    { year: "2003/04", amount: "1275000" },
  ],
};

describe("FinancialYear", () => {
  it.each(["2002/03", "1999/00", "2002", "0001/02", "9999/00"])("accepts %s", (label) => {
    expect(FinancialYear.safeParse(label).success).toBe(true);
  });

  it.each(["2002/04", "2002-03", "02/03", "2002/3", "2002/2003", " 2002/03", "", "1999/99", "0000/01"])(
    "refuses %j",
    (label) => {
      expect(FinancialYear.safeParse(label).success).toBe(false);
    },
  );
});

describe("financialYearPeriod", () => {
  it("gives a 1 April year by default, and the framework's start otherwise", () => {
    expect(financialYearPeriod("2001/02")).toEqual({ start: "2001-04-01", end: "2002-03-31" });
    expect(financialYearPeriod("2003/04")).toEqual({ start: "2003-04-01", end: "2004-03-31" });
    expect(financialYearPeriod("2002", "01-01")).toEqual({ start: "2002-01-01", end: "2002-12-31" });
    expect(financialYearPeriod("2003/04", "07-01")).toEqual({ start: "2003-07-01", end: "2004-06-30" });
    // A year that starts on 1 March ends on the last day of February, 29th in a leap year.
    expect(financialYearPeriod("2003/04", "03-01")).toEqual({ start: "2003-03-01", end: "2004-02-29" });
    // The calendar ends on 9999-12-31: the year 9999/00 ends there.
    expect(financialYearPeriod("9999/00")).toEqual({ start: "9999-04-01", end: "9999-12-31" });
  });

  it("agrees with date-fns on every year and start day: a year, then the next begins", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9998 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const yearStart = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const label = `${String(year)}/${String((year + 1) % 100).padStart(2, "0")}`;
          const first = new Date(year, month - 1, day);
          const next = addYears(first, 1);
          const period = financialYearPeriod(label, yearStart);
          expect(period.start).toBe(format(first, "yyyy-MM-dd"));
          expect(period.end).toBe(format(addDays(next, -1), "yyyy-MM-dd"));
          expect([365, 366]).toContain(differenceInCalendarDays(next, first));
          expect(financialYearPeriod(String(year), yearStart)).toEqual(period);
        },
      ),
    );
  });

  it("throws the library's error, naming the argument, for what is not a year or a start day", () => {
    expect(() => financialYearPeriod("2002-03")).toThrow(FrameworkValidationError);
    expect(() => financialYearPeriod("2002-03")).toThrow(/the year given to financialYearPeriod/);
    expect(() => financialYearPeriod("2002/03", "02-29")).toThrow(/the yearStart given to financialYearPeriod/);
  });
});

describe("Money", () => {
  it("takes decimal strings only: a JSON number is refused with a sentence saying why", () => {
    expect(Money.safeParse("1250000.50").success).toBe(true);
    expect(Money.safeParse("-350.75").success).toBe(true);
    expect(Money.safeParse("1e6").success).toBe(false);
    const result = safeParseFramework({
      ...minimalFramework(),
      spend: [{ budget: "b", date: "2002-06-30", amount: 5 }],
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues).toEqual([
      expect.objectContaining({
        code: "invalid_decimal",
        path: ["spend", 0, "amount"],
        message:
          'spend[0].amount: must be money written as a decimal string such as "1250000.50" (a JSON number is not exact) (found the number 5).',
      }),
    ]);
  });
});

describe("BudgetLine and its years", () => {
  it("parses a medium-term line as given, without defaults written in", () => {
    expect(BudgetLine.parse(deepFreeze(structuredClone(line)))).toEqual(line);
  });

  it("refuses a negative budget, naming income as negative spend instead", () => {
    const result = BudgetYear.safeParse({ year: "2002/03", amount: "-1" });
    expect(result.success).toBe(false);
    const issues = issuesWith({ budgets: [{ ...line, years: [{ year: "2002/03", amount: "-1" }] }] });
    expect(issues).toEqual(["budgets.0.years.0.amount too_small"]);
    const message = safeParseFramework({
      ...minimalFramework(),
      budgets: [{ ...line, years: [{ year: "2002/03", amount: "-1" }] }],
    });
    expect(message.success ? "" : message.error.issues[0]?.message).toMatch(/negative spend entry/);
  });

  it("refuses a year given twice, in either spelling, at the second", () => {
    expect(
      issuesWith({
        budgets: [
          {
            ...line,
            years: [
              { year: "2002/03", amount: "1" },
              { year: "2003/04", amount: "1" },
              { year: "2002", amount: "2" },
            ],
          },
        ],
      }),
    ).toEqual(["budgets.0.years.2.year invalid_format"]);
  });

  it("refuses a line with no year, and a revision with no year", () => {
    expect(issuesWith({ budgets: [{ ...line, years: [] }] })).toEqual(["budgets.0.years invalid_format"]);
    expect(BudgetRevision.safeParse({ date: "2002-02-28", years: [] }).success).toBe(false);
  });

  it("refuses two revisions on one date, at the second", () => {
    const revision = { date: "2002-02-28", years: [{ year: "2002/03", amount: "1300000" }] };
    expect(issuesWith({ budgets: [{ ...line, revisions: [revision, { ...revision }] }] })).toEqual([
      "budgets.0.revisions.1.date invalid_format",
    ]);
  });

  it("takes a kind, a currency and a profile, and refuses others", () => {
    expect(
      BudgetLine.safeParse({ ...line, kind: "capital", currency: "EUR", profile: { quarterly: ["1", "1", "1", "2"] } })
        .success,
    ).toBe(true);
    expect(issuesWith({ budgets: [{ ...line, kind: "grant" }] })).toEqual(["budgets.0.kind invalid_value"]);
    expect(issuesWith({ budgets: [{ ...line, currency: "£" }] })).toEqual(["budgets.0.currency invalid_format"]);
    expect(issuesWith({ budgets: [{ ...line, profile: { monthly: ["1"] } }] })).toEqual([
      "budgets.0.profile.monthly too_small",
    ]);
  });
});

describe("Spend, outturn forecasts and carry-forwards", () => {
  it("parse as given", () => {
    const spend = { budget: "b-relets", date: "2002-06-30", amount: "-3200.00", kind: "actual" as const };
    expect(Spend.parse(spend)).toEqual(spend);
    const forecast = { budget: "b-relets", date: "2002-09-30", year: "2002/03", amount: "1310000" };
    expect(OutturnForecast.parse(forecast)).toEqual(forecast);
    const carried = { budget: "b-relets", from: "2001/02", amount: "-12000", approved: "2002-05-14" };
    expect(CarryForward.parse(carried)).toEqual(carried);
  });

  it("report each bad field with its path", () => {
    expect(
      issuesWith({
        spend: [{ budget: "b", date: "2002-02-30", amount: "1", kind: "accrual" }],
        outturnForecasts: [{ budget: "b", date: "2002-06-30", year: "2002-03", amount: "1" }],
        carryForwards: [{ budget: "b", from: "2001/02", amount: "x", approved: "14/05/2002" }],
      }),
    ).toEqual([
      "spend.0.date invalid_date",
      "spend.0.kind invalid_value",
      "outturnForecasts.0.year invalid_format",
      "carryForwards.0.amount invalid_decimal",
      "carryForwards.0.approved invalid_date",
    ]);
  });
});

describe("Unit costs", () => {
  it("parse as given, and report each bad field with its path", () => {
    const cost = { id: "uc", name: "Cost per household rehoused", indicator: "pi", objective: "o", note: "Local." };
    expect(UnitCost.parse(cost)).toEqual(cost);
    expect(
      issuesWith({
        unitCosts: [
          { id: "uc", name: "", indicator: "pi", objective: "o" },
          { id: "uc2", name: "Per job", indicator: "pi" },
          { id: "uc3", name: "Per job", indicator: "pi", objective: "o", per: "job" },
        ],
      }),
    ).toEqual(["unitCosts.0.name too_small", "unitCosts.1.objective required", "unitCosts.2 unrecognized_keys"]);
  });
});

describe("the examples' illustrative resources", () => {
  /** A plan's budget lines' revenue for each year, summed exactly (the examples' budgets are whole pounds). */
  function revenueByYear(name: "stockton" | "spelthorne", plan: string): Record<string, string> {
    const framework = parseFramework(loadExample(name));
    const totals: Record<string, bigint> = {};
    for (const budget of framework.budgets ?? [])
      if (budget.plan === plan && (budget.kind ?? "revenue") === "revenue")
        for (const year of budget.years) totals[year.year] = (totals[year.year] ?? 0n) + BigInt(year.amount);
    return Object.fromEntries(Object.entries(totals).map(([year, pounds]) => [year, String(pounds)]));
  }

  it("keep Stockton's housing lines within its three-year allocation of £4.2m: £1.4m a year", () => {
    // Homelessness 520,000 + voids 880,000; 535,000 + 865,000; 550,000 + 850,000 (before the revision).
    expect(revenueByYear("stockton", "plan-housing")).toEqual({
      "2001/02": "1400000",
      "2002/03": "1400000",
      "2003/04": "1400000",
    });
    expect(revenueByYear("stockton", "plan-environment")).toEqual({
      "2001/02": "1000000",
      "2002/03": "1030000",
      "2003/04": "1070000",
    });
  });

  it("keep Spelthorne's environmental lines at its plan's £2.35m for 2001/02", () => {
    // Refuse collection 1,900,000 + food safety 450,000.
    expect(revenueByYear("spelthorne", "plan-environmental")["2001/02"]).toBe("2350000");
  });

  it("key every line to an objective (and a plan that exists), and every spend entry and forecast to a line", () => {
    for (const name of ["stockton", "spelthorne"] as const) {
      const framework = parseFramework(loadExample(name));
      const lines = new Map((framework.budgets ?? []).map((budget) => [budget.id, budget]));
      for (const budget of lines.values()) {
        const objective = framework.objectives.find((candidate) => candidate.id === budget.objective);
        expect(objective, budget.id).toBeDefined();
        expect(budget.plan === undefined || framework.plans.some((plan) => plan.id === budget.plan)).toBe(true);
        expect(budget.note).toMatch(/Illustrative/);
      }
      for (const entry of [...(framework.spend ?? []), ...(framework.outturnForecasts ?? [])])
        expect(lines.has(entry.budget), entry.budget).toBe(true);
      expect(framework.currency).toBe("GBP");
    }
  });
});
