import { addDays, format, lastDayOfMonth } from "date-fns";
import { Decimal } from "decimal.js";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BudgetLine,
  DEFAULT_BUDGET_TOLERANCES,
  type Framework,
  ResourcesError,
  indexFramework,
  monitorBudgets,
  parseFramework,
  safeParseFramework,
} from "../../src/index.js";
import { deepFreeze, example, minimalFramework } from "../helpers/fixtures.js";
import { perTest } from "../helpers/perTest.js";

/** A decimal.js with room for every product the tests check exactly. */
const Big = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });

/** A framework with spend entries added to its own, parsed and frozen. */
function withMeasurementsOf(framework: Framework, spend: NonNullable<Framework["spend"]>): Framework {
  return deepFreeze(parseFramework({ ...framework, spend: [...(framework.spend ?? []), ...spend] }));
}

/** A framework of the given lines, spend and more, parsed and frozen. */
function withResources(fields: Partial<Framework>): Framework {
  return deepFreeze(parseFramework({ ...minimalFramework(), ...fields }));
}

const line = (fields: Partial<BudgetLine> = {}): BudgetLine => ({
  id: "b",
  name: "Void repairs",
  years: [{ year: "2001/02", amount: "1200000" }],
  ...fields,
});

describe("monitorBudgets on Stockton's illustrative budgets, the day after quarter 1 2001/02", () => {
  const monitoring = perTest(() => monitorBudgets(example("stockton"), { asOf: "2001-07-01" }));
  const byId = perTest(() => new Map(monitoring().lines.map((entry) => [entry.id, entry])));

  it("monitors 2001/02 to the end of June: three months of twelve", () => {
    expect([
      monitoring().year,
      monitoring().period,
      monitoring().monthsElapsed,
      monitoring().monthsEnd,
      monitoring().currency,
    ]).toEqual(["2001/02", { start: "2001-04-01", end: "2002-03-31" }, 3, "2001-06-30", "GBP"]);
    expect(monitoring().lines.map((entry) => entry.id)).toEqual([
      "b-homelessness",
      "b-voids",
      "b-void-improvements",
      "b-street-cleansing",
      "b-new-deal",
    ]);
    expect(monitoring().unbudgetedSpend).toEqual([]);
  });

  it("homelessness: £129,450 spent against £130,000 expected; at that rate £517,800, 0.4% under: green", () => {
    // 41,200 + 43,900 + 44,350 = 129,450; 520,000 × 3/12 = 130,000; 129,450 × 12/3 = 517,800.
    expect(byId().get("b-homelessness")).toMatchObject({
      budget: "520000",
      originalBudget: "520000",
      revision: null,
      available: "520000",
      profileToDate: "130000",
      actualToDate: "129450",
      varianceToDate: "550",
      forecastOutturn: "517800",
      forecastBasis: "run-rate",
      forecastDate: null,
      variance: "2200",
      variancePercent: "0.4",
      direction: "underspend",
      status: "green",
      lastSpendDate: "2001-06-30",
    });
  });

  it("voids: the team leader's forecast of £862,000 is the forecast, £18,000 (2.0%) under: green", () => {
    // 70,100 + 74,650 + 71,900 − 3,200 recovered = 213,450; quarterly profile, even: 880,000 / 4 = 220,000.
    expect(byId().get("b-voids")).toMatchObject({
      profileToDate: "220000",
      actualToDate: "213450",
      varianceToDate: "6550",
      forecastOutturn: "862000",
      forecastBasis: "holder",
      forecastDate: "2001-06-30",
      variance: "18000",
      variancePercent: "2",
      status: "green",
      holder: "leader-estate-management",
      objective: "uo-relet-28-days",
      plan: "plan-housing",
    });
  });

  it("street cleansing: a winter-weighted profile, 6.8% over at the run rate: red", () => {
    // Weights 1 × 9, 1.5, 1.5, 1 = 13; three months passed: 1,000,000 × 3/13 = 230,769.2307… → 230,769.23.
    // 80,950 + 82,100 + 83,400 = 246,450; × 13/3 = 1,067,950; 67,950 over is 6.795% → 6.8.
    expect(byId().get("b-street-cleansing")).toMatchObject({
      profileToDate: "230769.23",
      actualToDate: "246450",
      varianceToDate: "-15680.77",
      forecastOutturn: "1067950",
      forecastBasis: "run-rate",
      variance: "-67950",
      variancePercent: "-6.8",
      direction: "overspend",
      status: "red",
    });
  });

  it("New Deal: a forecast overspend of exactly 2% is amber, not red (red is more than 2%)", () => {
    expect(byId().get("b-new-deal")).toMatchObject({
      forecastOutturn: "612000",
      variance: "-12000",
      variancePercent: "-2",
      status: "amber",
    });
  });

  it("capital: without a holder's forecast, the budget is the forecast; commitments shown beside", () => {
    // 0 + 38,400 + 61,250 = 99,650 spent, 95,000 committed: 194,650 is within 250,000.
    expect(byId().get("b-void-improvements")).toMatchObject({
      kind: "capital",
      actualToDate: "99650",
      commitments: "95000",
      forecastOutturn: "250000",
      forecastBasis: "budget",
      variance: "0",
      direction: "on-budget",
      status: "green",
    });
  });

  it("totals revenue apart from capital: £3,059,750 forecast against £3,000,000, 2.0% over: amber", () => {
    // 517,800 + 862,000 + 1,067,950 + 612,000 = 3,059,750; 59,750 / 3,000,000 = 1.99%.
    expect(monitoring().totals).toEqual([
      expect.objectContaining({
        currency: "GBP",
        kind: "revenue",
        lines: 4,
        budget: "3000000",
        available: "3000000",
        profileToDate: "730769.23",
        actualToDate: "739650",
        forecastOutturn: "3059750",
        variance: "-59750",
        variancePercent: "-2",
        status: "amber",
      }),
      expect.objectContaining({ kind: "capital", lines: 1, available: "250000", status: "green" }),
    ]);
  });
});

describe("monitorBudgets across Stockton's years", () => {
  it("reads the annual revision and the carry-forwards in 2002/03", () => {
    const monitoring = monitorBudgets(example("stockton"), { asOf: "2002-06-30" });
    const byId = new Map(monitoring.lines.map((entry) => [entry.id, entry]));
    expect(monitoring.year).toBe("2002/03");
    expect(byId.get("b-homelessness")).toMatchObject({
      originalBudget: "535000",
      budget: "560000",
      revision: { date: "2002-02-26", reason: expect.stringMatching(/^Annual revision/) as string },
    });
    // The £18,000 underspend carried forward (agreed 14 May 2002), and the agreed £12,000 overspend.
    expect(byId.get("b-voids")).toMatchObject({ budget: "840000", carriedIn: "18000", available: "858000" });
    expect(byId.get("b-new-deal")).toMatchObject({ carriedIn: "-12000", available: "588000" });
    // Nothing spent recorded yet: the budget is the forecast, not a 100% underspend.
    expect(byId.get("b-voids")).toMatchObject({ forecastBasis: "budget", lastSpendDate: null, status: "green" });
  });

  it("a carry-forward is not counted before it is agreed, and shows as carried out of its year", () => {
    const before = monitorBudgets(example("stockton"), { asOf: "2002-05-13", year: "2002/03" });
    expect(before.lines.find((entry) => entry.id === "b-voids")?.carriedIn).toBe("0");
    const after = monitorBudgets(example("stockton"), { asOf: "2002-05-14", year: "2001/02" });
    expect(after.lines.find((entry) => entry.id === "b-voids")?.carriedForward).toBe("18000");
  });

  it("a revision that adds a year brings the line into it, with no original budget", () => {
    const monitoring = monitorBudgets(example("stockton"), { asOf: "2004-06-30" });
    expect(monitoring.year).toBe("2004/05");
    expect(monitoring.lines.map((entry) => [entry.id, entry.originalBudget, entry.budget])).toEqual([
      ["b-homelessness", null, "570000"],
      ["b-voids", null, "835000"],
    ]);
  });

  it("on the day after the year ends, reports the year just ended; with March not posted, not as its outturn", () => {
    const monitoring = monitorBudgets(example("stockton"), { asOf: "2002-04-01" });
    expect([monitoring.year, monitoring.monthsElapsed, monitoring.monthsEnd]).toEqual(["2001/02", 12, "2002-03-31"]);
    // The example's ledger is posted to June: homelessness at its April–June run rate, voids at its holder's forecast.
    expect(monitoring.lines[0]).toMatchObject({ forecastBasis: "run-rate", forecastOutturn: "517800" });
    expect(monitoring.lines[1]).toMatchObject({ forecastBasis: "holder", forecastOutturn: "862000" });
    // Once March is posted, the year's spend is its outturn, the holder's forecast aside.
    const posted = withMeasurementsOf(example("stockton"), [
      { budget: "b-voids", date: "2002-03-31", amount: "640000" },
    ]);
    expect(monitorBudgets(posted, { asOf: "2002-04-01" }).lines[1]).toMatchObject({
      forecastBasis: "outturn",
      forecastOutturn: "853450",
      variance: "26550",
      status: "green",
    });
    // Once a month of the new year has ended, the new year.
    expect(monitorBudgets(example("stockton"), { asOf: "2002-04-30" }).year).toBe("2002/03");
  });
});

describe("monitorBudgets' rules", () => {
  it("judges commitments as a balance: the latest date's entries, summed", () => {
    const monitoring = monitorBudgets(
      withResources({
        budgets: [line({ kind: "capital" })],
        spend: [
          { budget: "b", date: "2001-04-30", amount: "500", kind: "commitment" },
          { budget: "b", date: "2001-05-31", amount: "300", kind: "commitment" },
          { budget: "b", date: "2001-05-31", amount: "200", kind: "commitment" },
          { budget: "b", date: "2001-07-31", amount: "900", kind: "commitment" },
        ],
      }),
      { asOf: "2001-06-30" },
    );
    expect(monitoring.lines[0]?.commitments).toBe("500");
  });

  it("leaves out spend after asOf and outside the year, and lists spend with no budget to judge it", () => {
    const monitoring = monitorBudgets(
      withResources({
        budgets: [line(), line({ id: "b-next", years: [{ year: "2002/03", amount: "10" }] })],
        spend: [
          { budget: "b", date: "2001-03-31", amount: "999" },
          { budget: "b", date: "2001-04-30", amount: "100" },
          { budget: "b", date: "2001-07-31", amount: "999" },
          { budget: "b-next", date: "2001-05-31", amount: "40" },
          { budget: "__proto__", date: "2001-05-31", amount: "7.5" },
        ],
      }),
      { asOf: "2001-06-30" },
    );
    expect(monitoring.lines.map((entry) => [entry.id, entry.actualToDate])).toEqual([["b", "100"]]);
    expect(monitoring.unbudgetedSpend).toEqual([
      { id: "b-next", known: true, name: "Void repairs", currency: "GBP", actualToDate: "40", commitments: "0" },
      { id: "__proto__", known: false, name: null, currency: "GBP", actualToDate: "7.5", commitments: "0" },
    ]);
  });

  it("judges a line with nothing available red when any spend is forecast, and gives no percentage", () => {
    const monitoring = monitorBudgets(
      withResources({
        budgets: [line({ years: [{ year: "2001/02", amount: "0" }] })],
        spend: [{ budget: "b", date: "2001-04-30", amount: "10" }],
      }),
      { asOf: "2001-06-30" },
    );
    expect(monitoring.lines[0]).toMatchObject({ status: "red", variancePercent: null, direction: "overspend" });
  });

  it("follows the framework's financial year start and names a January year by its calendar year", () => {
    const monitoring = monitorBudgets(
      withResources({
        financialYearStart: "01-01",
        budgets: [line({ years: [{ year: "2001", amount: "1200" }] })],
        spend: [{ budget: "b", date: "2001-02-28", amount: "200" }],
      }),
      { asOf: "2001-03-15" },
    );
    expect([monitoring.year, monitoring.period.end, monitoring.monthsElapsed, monitoring.monthsEnd]).toEqual([
      "2001",
      "2001-12-31",
      2,
      "2001-02-28",
    ]);
    expect(monitoring.lines[0]).toMatchObject({ profileToDate: "200", forecastOutturn: "1200", status: "green" });
  });

  it("takes the caller's tolerances", () => {
    const framework = withResources({
      budgets: [line()],
      spend: [{ budget: "b", date: "2001-06-30", amount: "315000" }],
    });
    // 5% over at the run rate: red by default, amber when red starts above 5%.
    expect(monitorBudgets(framework, { asOf: "2001-06-30" }).lines[0]?.status).toBe("red");
    const tolerances = { overspend: { amber: "0", red: "5" }, underspend: { amber: "5", red: "10" } };
    expect(monitorBudgets(framework, { asOf: "2001-06-30", tolerances }).lines[0]?.status).toBe("amber");
  });

  it("gives the same answer from an index, without changing its input", () => {
    const framework = example("stockton");
    expect(monitorBudgets(indexFramework(framework), { asOf: "2001-07-01" })).toEqual(
      monitorBudgets(framework, { asOf: "2001-07-01" }),
    );
  });

  it("returns plain JSON", () => {
    const monitoring = monitorBudgets(example("stockton"), { asOf: "2001-07-01" });
    expect(JSON.parse(JSON.stringify(monitoring))).toEqual(monitoring);
    expect(monitoring.tolerances).toEqual(DEFAULT_BUDGET_TOLERANCES);
  });

  it.each([
    ["options missing", undefined, /options must be an object/],
    ["asOf missing", {}, /options.asOf is missing/],
    ["asOf not a date", { asOf: "30/06/2001" }, /not a calendar date/],
    ["a year written as a date", { asOf: "2001-06-30", year: "2001-02" }, /not a financial year/],
    ["an unknown option", { asOf: "2001-06-30", detail: "all" }, /detail/],
    [
      "amber above red",
      {
        asOf: "2001-06-30",
        tolerances: { overspend: { amber: "5", red: "2" }, underspend: { amber: "5", red: "10" } },
      },
      /amber at most red/,
    ],
    [
      "a number for a percentage",
      { asOf: "2001-06-30", tolerances: { overspend: { amber: 0, red: 2 } } },
      /tolerances/,
    ],
  ])("throws ResourcesError for %s", (_name, options, message) => {
    const call = () => monitorBudgets(example("stockton"), options as never);
    expect(call).toThrow(ResourcesError);
    expect(call).toThrow(message);
  });
});

/** Plain decimal strings of money: up to 12 digits before the point and 0–20 after, either sign. */
const money = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 20 }))
  .map(([units, places]) => new Big(units.toString()).div(new Big(10).pow(places)).toFixed());
const budgetAmount = money.map((text) => (text.startsWith("-") ? text.slice(1) : text));

describe("monitorBudgets' arithmetic (properties)", () => {
  it("is exact: actuals are the exact sums of the year's entries, and totals the sums of their lines as shown", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(budgetAmount, fc.boolean()), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(3), fc.integer({ min: 0, max: 14 }), money), { maxLength: 30 }),
        (lines, entries) => {
          const months = ["2001-03-31", "2001-04-30", "2001-05-31", "2001-06-30", "2001-07-31"];
          const framework = withResources({
            budgets: lines.map(([amount, capital], i) =>
              line({
                id: `b${String(i)}`,
                ...(capital ? { kind: "capital" as const } : {}),
                years: [{ year: "2001/02", amount }],
              }),
            ),
            spend: entries.map(([which, month, amount]) => ({
              budget: `b${String(which)}`,
              date: months[month % months.length] as string,
              amount,
            })),
          });
          const monitoring = monitorBudgets(framework, { asOf: "2001-06-30" });
          for (const entry of monitoring.lines) {
            const expected = entries
              .filter(([which, month]) => `b${String(which)}` === entry.id && month % 5 >= 1 && month % 5 <= 3)
              .reduce((sum, [, , amount]) => sum.plus(amount), new Big(0));
            expect(new Big(entry.actualToDate).eq(expected)).toBe(true);
          }
          for (const total of monitoring.totals) {
            const members = monitoring.lines.filter((entry) => entry.kind === total.kind);
            expect(total.lines).toBe(members.length);
            for (const field of ["budget", "available", "actualToDate", "commitments"] as const) {
              const sum = members.reduce((acc, entry) => acc.plus(entry[field]), new Big(0));
              expect(new Big(total[field]).eq(sum), field).toBe(true);
            }
            // A total adds up its lines as shown: the page adds up, to the penny.
            for (const field of ["profileToDate", "forecastOutturn", "variance"] as const) {
              const sum = members.reduce((acc, entry) => acc.plus(entry[field]), new Big(0));
              expect(new Big(total[field]).eq(sum), field).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("runs a revenue line at its rate exactly, and judges its status as decimal.js does at 200 digits", () => {
    fc.assert(
      fc.property(
        budgetAmount.filter((amount) => !new Big(amount).isZero()),
        money,
        fc.integer({ min: 1, max: 11 }),
        fc
          .array(fc.integer({ min: 0, max: 5 }), { minLength: 12, maxLength: 12 })
          .filter((weights) => weights.some((w) => w > 0)),
        (amount, spent, months, weights) => {
          const framework = withResources({
            budgets: [line({ years: [{ year: "2001/02", amount }], profile: { monthly: weights.map(String) } })],
            spend: [
              { budget: "b", date: format(lastDayOfMonth(new Date(2001, 2 + months, 1)), "yyyy-MM-dd"), amount: spent },
            ],
          });
          const asOf = format(lastDayOfMonth(new Date(2001, 2 + months, 1)), "yyyy-MM-dd");
          const entry = monitorBudgets(framework, { asOf }).lines[0];
          const passed = weights.slice(0, months).reduce((a, b) => a + b, 0);
          const all = weights.reduce((a, b) => a + b, 0);
          if (passed === 0) {
            expect(entry?.forecastBasis).toBe("budget");
            return;
          }
          const forecast = new Big(spent).times(all).div(passed);
          expect(entry?.forecastBasis).toBe("run-rate");
          expect(entry?.forecastOutturn).toBe(new Big(forecast.toFixed(2, Decimal.ROUND_HALF_UP)).toFixed());
          const share = forecast.minus(amount).div(amount).times(100);
          const expected = share.gt(2)
            ? "red"
            : share.gt(0)
              ? "amber"
              : share.lt(-10)
                ? "red"
                : share.lt(-5)
                  ? "amber"
                  : "green";
          expect(entry?.status).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("conserves money carried forward: what leaves one year arrives in the next", () => {
    fc.assert(
      fc.property(budgetAmount, budgetAmount, money, (first, second, carriedAmount) => {
        const framework = withResources({
          budgets: [
            line({
              years: [
                { year: "2001/02", amount: first },
                { year: "2002/03", amount: second },
              ],
            }),
          ],
          carryForwards: [{ budget: "b", from: "2001/02", amount: carriedAmount, approved: "2002-05-14" }],
        });
        const out = monitorBudgets(framework, { asOf: "2002-06-30", year: "2001/02" }).lines[0];
        const into = monitorBudgets(framework, { asOf: "2002-06-30", year: "2002/03" }).lines[0];
        expect(new Big(out?.carriedForward ?? "x").eq(new Big(into?.carriedIn ?? "y"))).toBe(true);
        expect(new Big(into?.available ?? "x").eq(new Big(second).plus(carriedAmount))).toBe(true);
        // Over the two years, the money available is the two budgets: the carry leaves the first as it joins the second.
        const total = new Big(out?.available ?? "x").minus(out?.carriedForward ?? "x").plus(into?.available ?? "x");
        expect(total.eq(new Big(first).plus(second))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("monitorBudgets, as a finance officer reads a month (review of issue 23)", () => {
  it("sets spend against the profile of the same months: an entry after the last month end waits", () => {
    const monitoring = monitorBudgets(
      withResources({
        budgets: [line({ years: [{ year: "2001/02", amount: "1200" }] })],
        spend: [
          { budget: "b", date: "2001-04-30", amount: "100" },
          { budget: "b", date: "2001-05-10", amount: "100" },
        ],
      }),
      { asOf: "2001-05-15" },
    );
    expect(monitoring.lines[0]).toMatchObject({
      profileToDate: "100",
      actualToDate: "100",
      forecastOutturn: "1200",
      status: "green",
      lastSpendDate: "2001-04-30",
    });
  });

  it("projects a ledger posted to June at its April–June rate in October, the months not posted shown as behind profile", () => {
    const framework = withResources({
      budgets: [line({ years: [{ year: "2001/02", amount: "1200" }] })],
      spend: [
        { budget: "b", date: "2001-04-30", amount: "100" },
        { budget: "b", date: "2001-05-31", amount: "100" },
        { budget: "b", date: "2001-06-30", amount: "100" },
      ],
    });
    expect(monitorBudgets(framework, { asOf: "2001-10-01" }).lines[0]).toMatchObject({
      profileToDate: "600",
      actualToDate: "300",
      varianceToDate: "300",
      forecastBasis: "run-rate",
      forecastOutturn: "1200",
    });
  });

  it("reads the profile the revision in force gives a year", () => {
    const framework = withResources({
      budgets: [
        line({
          years: [{ year: "2001/02", amount: "1200" }],
          revisions: [
            {
              date: "2001-03-01",
              years: [{ year: "2001/02", amount: "1200", profile: { quarterly: ["0", "0", "0", "1"] } }],
            },
          ],
        }),
      ],
      spend: [{ budget: "b", date: "2001-06-30", amount: "0" }],
    });
    expect(monitorBudgets(framework, { asOf: "2001-07-01" }).lines[0]).toMatchObject({
      profileToDate: "0",
      forecastBasis: "budget",
    });
  });

  it("reads the first line of an id given twice, as the index reads the first of any entities", () => {
    const framework = withResources({
      budgets: [line(), line({ name: "A second line with the same id", years: [{ year: "2001/02", amount: "9" }] })],
      spend: [{ budget: "b", date: "2001-04-30", amount: "100" }],
    });
    const monitoring = monitorBudgets(framework, { asOf: "2001-05-01" });
    expect(monitoring.lines.map((entry) => [entry.id, entry.name, entry.budget])).toEqual([
      ["b", "Void repairs", "1200000"],
    ]);
    expect(monitoring.totals[0]).toMatchObject({ lines: 1, budget: "1200000", actualToDate: "100" });
  });

  it("takes commitments as a balance: a later date's 0 records the order paid", () => {
    const framework = withResources({
      budgets: [line({ kind: "capital", years: [{ year: "2001/02", amount: "1000" }] })],
      spend: [
        { budget: "b", date: "2001-04-30", amount: "900", kind: "commitment" },
        { budget: "b", date: "2001-05-31", amount: "900" },
        { budget: "b", date: "2001-05-31", amount: "0", kind: "commitment" },
      ],
    });
    expect(monitorBudgets(framework, { asOf: "2001-06-01" }).lines[0]).toMatchObject({
      actualToDate: "900",
      commitments: "0",
      forecastOutturn: "1000",
      status: "green",
    });
  });

  it("stays within the calendar at its ends", () => {
    const last = monitorBudgets(withResources({}), { asOf: "9999-12-31" });
    expect(last.period).toEqual({ start: "9999-04-01", end: "9999-12-31" });
    const first = monitorBudgets(withResources({}), { asOf: "0001-01-01" });
    expect(first.period.start >= "0001-01-01").toBe(true);
  });
});

describe("monitorBudgets with milestones: a capital scheme paid in stages (issue 23)", () => {
  /** A £500,000 scheme expected to have spent £50,000 by June (month 3) and £400,000 by December (month 9). */
  const scheme = (fields: Partial<BudgetLine> = {}, spend: NonNullable<Framework["spend"]> = []) =>
    withResources({
      budgets: [
        line({
          id: "b-scheme",
          name: "Leisure centre refurbishment",
          kind: "capital",
          years: [
            {
              year: "2001/02",
              amount: "500000",
              milestones: [
                { month: 3, amount: "50000" },
                { month: 9, amount: "400000" },
              ],
            },
          ],
          ...fields,
        }),
      ],
      spend,
    });

  it("expects the spend straight between the milestones, to the budget at the year's end", () => {
    const at = (asOf: string) => monitorBudgets(scheme(), { asOf }).lines[0]?.profileToDate;
    // By June, the first milestone: £50,000.
    expect(at("2001-07-01")).toBe("50000");
    // By July, a sixth of the way from June's £50,000 to December's £400,000: £108,333.33.
    expect(at("2001-08-01")).toBe("108333.33");
    // By October, four sixths: £283,333.33; by December, £400,000; by February, £400,000 + 2/3 × £100,000.
    expect(at("2001-11-01")).toBe("283333.33");
    expect(at("2002-01-01")).toBe("400000");
    expect(at("2002-03-01")).toBe("466666.67");
    expect(at("2002-04-01")).toBe("500000");
    // By May, two months of the three to June: two thirds of its £50,000.
    expect(at("2001-06-01")).toBe("33333.33");
  });

  it("runs a revenue line at the rate its milestones set", () => {
    const revenue = scheme({ kind: "revenue" }, [{ budget: "b-scheme", date: "2001-06-30", amount: "60000" }]);
    const [monitored] = monitorBudgets(revenue, { asOf: "2001-07-01" }).lines;
    // £60,000 spent when a tenth of the year's £500,000 was expected: £600,000 at that rate, 20% over.
    expect(monitored).toMatchObject({
      profileToDate: "50000",
      forecastOutturn: "600000",
      forecastBasis: "run-rate",
      variancePercent: "-20",
      status: "red",
    });
  });

  it("scales the milestones when a revision changes the year's budget without giving its own shape", () => {
    const revised = scheme({
      revisions: [{ date: "2001-05-01", years: [{ year: "2001/02", amount: "600000" }] }],
    });
    // The milestones are a tenth of the budget by June: a tenth of the revised £600,000.
    expect(monitorBudgets(revised, { asOf: "2001-07-01" }).lines[0]?.profileToDate).toBe("60000");
    // A revision's own profile replaces the milestones.
    const even = scheme({
      revisions: [
        {
          date: "2001-05-01",
          years: [{ year: "2001/02", amount: "600000", profile: { quarterly: ["1", "1", "1", "1"] } }],
        },
      ],
    });
    expect(monitorBudgets(even, { asOf: "2001-07-01" }).lines[0]?.profileToDate).toBe("150000");
  });

  it("gives the profile to date as decimal.js interpolates it at 200 digits, to the penny (property)", () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
        fc.array(cents, { minLength: 7, maxLength: 7 }),
        cents,
        fc.integer({ min: 0, max: 12 }),
        (months, steps, extra, passed) => {
          const sorted = [...months].sort((a, b) => a - b);
          // Non-decreasing amounts: running sums of the steps; the year's budget at least the last.
          const amounts: Decimal[] = [];
          let sum = new Big(0);
          sorted.forEach((_, i) => {
            sum = sum.plus(new Big(steps[i] ?? 0).div(100));
            amounts.push(sum);
          });
          // A budget above 0 (milestones shape something to spend); a month-12 milestone is the budget.
          const budget = sum.plus(new Big(extra + 1).div(100));
          if (sorted[sorted.length - 1] === 12) amounts[amounts.length - 1] = budget;
          const framework = withResources({
            budgets: [
              line({
                years: [
                  {
                    year: "2001/02",
                    amount: budget.toFixed(),
                    milestones: sorted.map((month, i) => ({ month, amount: (amounts[i] as Decimal).toFixed() })),
                  },
                ],
              }),
            ],
          });
          // As of the day after the passed-th month's end (the year's start for none).
          const asOf =
            passed === 0
              ? "2001-04-01"
              : format(addDays(lastDayOfMonth(new Date(2001, 2 + passed, 1)), 1), "yyyy-MM-dd");
          const monitored = monitorBudgets(framework, { asOf, year: "2001/02" }).lines[0];
          // The spend expected by then: straight between the points, (0, 0) and (12, budget) included.
          const points: [number, Decimal][] = [
            [0, new Big(0)],
            ...sorted.map((month, i) => [month, amounts[i]] as [number, Decimal]),
            [12, budget],
          ];
          let expected = new Big(0);
          if (passed > 0 && !budget.isZero()) {
            const k = points.findIndex(([month]) => month >= passed);
            const [m1, a1] = points[k] as [number, Decimal];
            const [m0, a0] = points[k - 1] as [number, Decimal];
            expected = a0.plus(
              a1
                .minus(a0)
                .times(passed - m0)
                .div(m1 - m0),
            );
          }
          expect(monitored?.profileToDate).toBe(expected.toDecimalPlaces(2).toFixed());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses milestones on a budget of 0, and a year's-end milestone that is not the budget", () => {
    const issues = (years: BudgetLine["years"]) => {
      const result = safeParseFramework({ ...minimalFramework(), budgets: [line({ years })] });
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(issues([{ year: "2001/02", amount: "0", milestones: [{ month: 6, amount: "0" }] }])).toEqual([
      "budgets[0].years[0].milestones: shape a budget of 0, which has nothing to spend: give the year's budget, or leave the milestones out (found a list).",
    ]);
    expect(issues([{ year: "2001/02", amount: "1000", milestones: [{ month: 12, amount: "500" }] }])).toEqual([
      "budgets[0].years[0].milestones[0].amount: is the year's end, so it is the year's budget of 1000: leave it out, or give the budget (found the text \"500\").",
    ]);
    expect(issues([{ year: "2001/02", amount: "1000", milestones: [{ month: 12, amount: "1000.00" }] }])).toEqual([]);
  });

  it("refuses milestones out of order, falling, beyond the budget, off the year's months, or beside a profile", () => {
    const result = safeParseFramework({
      ...minimalFramework(),
      budgets: [
        line({
          years: [
            {
              year: "2001/02",
              amount: "1000",
              profile: { quarterly: ["1", "1", "1", "1"] },
              milestones: [
                { month: 6, amount: "500" },
                { month: 4, amount: "400" },
                { month: 13, amount: "1200" },
              ],
            },
          ],
        }),
      ],
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      "budgets[0].years[0].milestones[2].month: must be at most 12.",
      "budgets[0].years[0].milestones: is given with a profile: a year's spend is shaped by a profile or by milestones, not both (found a list).",
      "budgets[0].years[0].milestones[1].month: is not after milestones[0]'s month 6: give the milestones in month order, one a month (found the number 4).",
      'budgets[0].years[0].milestones[1].amount: is less than milestones[0]\'s 500: a milestone is the spend expected by then in all, so it never falls (found the text "400").',
      "budgets[0].years[0].milestones[2].amount: is more than the year's budget of 1000: a milestone is part of the year's spend (found the text \"1200\").",
    ]);
  });
});
