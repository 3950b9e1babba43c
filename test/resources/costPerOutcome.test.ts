import { Decimal as BaseDecimal } from "decimal.js";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Framework,
  ResourcesError,
  checkCascade,
  costPerOutcome,
  indexFramework,
  parseFramework,
} from "../../src/index.js";
import { deepFreeze, example, jsonCopy } from "../helpers/fixtures.js";

/** A decimal.js with room for every product the tests check. */
const Decimal = BaseDecimal.clone({ precision: 100 });

const plan = (id: string, level: "community" | "service") => ({
  id,
  name: id,
  level,
  period: { start: "2000-04-01", end: "2004-03-31" },
});

const count = (id: string) => ({
  id,
  title: id,
  unit: "people",
  polarity: "higher-is-better" as const,
  measure: "outcome" as const,
  frequency: "quarterly" as const,
  aggregation: "running-total" as const,
});

/** A service objective "jobs" with a line of its own, a count of people into work, and one unit cost on it. */
function framework(fields: Partial<Framework>): Framework {
  return deepFreeze(
    parseFramework({
      id: "fw",
      name: "Unit costs",
      owners: [],
      targets: [],
      plans: [plan("cp", "community"), plan("sp", "service")],
      objectives: [{ id: "jobs", plan: "sp", title: "Help people into work" }],
      indicators: [count("into-work")],
      budgets: [
        {
          id: "b-jobs",
          name: "New Deal",
          objective: "jobs",
          years: [
            { year: "2000/01", amount: "600000" },
            { year: "2001/02", amount: "600000" },
          ],
        },
      ],
      unitCosts: [{ id: "uc", name: "Cost per person into work", indicator: "into-work", objective: "jobs" }],
      ...fields,
    }),
  );
}

const spendOf = (budget: string, entries: readonly (readonly [string, string])[]) =>
  entries.map(([date, amount]) => ({ budget, date, amount }));

/** A count and a month's spend a year apart: `[date, outcomes, spend]` each. */
function yearOnYear(
  before: readonly [string, string, string],
  now: readonly [string, string, string],
  moreSpend: readonly (readonly [string, string])[] = [],
): Framework {
  return framework({
    measurements: [before, now].map(([date, value]) => ({ indicator: "into-work", date, value })),
    spend: spendOf("b-jobs", [[before[0], before[2]], [now[0], now[2]], ...moreSpend]),
  });
}

describe("costPerOutcome on Stockton's illustrative unit costs", () => {
  it("sets the first quarter's people into work and households rehoused against the money behind them", () => {
    const result = costPerOutcome(example("stockton"), { asOf: "2001-07-01" });
    expect([result.year, result.previousYear, result.monthsEnd, result.currency]).toEqual([
      "2001/02",
      "2000/01",
      "2001-06-30",
      "GBP",
    ]);
    const [job, rehoused] = result.costs;
    // New Deal: £46,000 + £52,500 + £51,800 = £150,300 for 63 people, £2,385.714… each.
    expect(job).toEqual({
      id: "uc-new-deal-job",
      name: "Cost per New Deal client helped into work",
      indicator: "pi-new-deal-into-work",
      objective: "so-new-deal",
      unit: "people",
      current: {
        year: "2001/02",
        figureDate: "2001-06-30",
        spendTo: "2001-06-30",
        ledgerTo: "2001-06-30",
        outcomes: "63",
        spend: "150300",
        cost: "2385.71",
      },
      // The lines have no budget for 2000/01, and the count no figure: nothing to compare with.
      previous: null,
      direction: null,
    });
    // Homelessness's £41,200 + £43,900 + £44,350 = £129,450, and the voids' £213,450 (net of £3,200
    // recovered) flowing up from the re-let objective beneath: £342,900. The void improvements'
    // £99,650 is capital, left out. £342,900 / 104 = £3,297.115…
    expect(rehoused?.current).toMatchObject({ outcomes: "104", spend: "342900", cost: "3297.12" });
  });

  it("a year on, compares the same quarter: an outcome costs less, improving", () => {
    const [job, rehoused] = costPerOutcome(example("stockton"), { asOf: "2002-07-01" }).costs;
    // £48,200 + £49,900 + £50,400 = £148,500 for 71 people: £2,091.549…, down from £2,385.71.
    expect(job?.current).toMatchObject({ year: "2002/03", outcomes: "71", spend: "148500", cost: "2091.55" });
    expect(job?.previous).toMatchObject({ year: "2001/02", figureDate: "2001-06-30", cost: "2385.71" });
    expect(job?.direction).toBe("improving");
    // No households-rehoused figure yet in 2002/03.
    expect([rehoused?.current, rehoused?.previous, rehoused?.direction]).toEqual([null, null, null]);
  });

  it("sets a figure that lags the ledger against the months it counts", () => {
    // On 15 October the ledger is posted to September, the count only to June: June's count against June's spend.
    const [job] = costPerOutcome(example("stockton"), { asOf: "2001-10-15" }).costs;
    expect(job?.current).toMatchObject({ figureDate: "2001-06-30", spendTo: "2001-06-30", spend: "150300" });
  });

  it("gives no figures before any month of the year has ended", () => {
    const result = costPerOutcome(example("stockton"), { asOf: "2001-04-15", year: "2001/02" });
    expect(result.monthsEnd).toBeNull();
    expect(result.costs.map((cost) => cost.current)).toEqual([null, null]);
  });
});

describe("costPerOutcome's rules", () => {
  const twoYears = yearOnYear(
    ["2000-06-30", "60", "150000"],
    ["2001-06-30", "64", "54000"],
    [
      ["2001-04-30", "40000"],
      ["2001-05-31", "50000"],
      ["2001-07-31", "51000"],
    ],
  );

  it("counts spend to the end of the figure's month, not beyond", () => {
    const [cost] = costPerOutcome(twoYears, { asOf: "2001-08-01" }).costs;
    // July's £51,000 is in the ledger but not in June's count.
    expect(cost?.current).toEqual({
      year: "2001/02",
      figureDate: "2001-06-30",
      spendTo: "2001-06-30",
      ledgerTo: "2001-07-31",
      outcomes: "64",
      spend: "144000",
      cost: "2250",
    });
    expect(cost?.previous).toEqual({
      year: "2000/01",
      figureDate: "2000-06-30",
      spendTo: "2000-06-30",
      ledgerTo: "2000-06-30",
      outcomes: "60",
      spend: "150000",
      cost: "2500",
    });
    expect(cost?.direction).toBe("improving");
  });

  it("judges the direction on the costs as shown: worsening, and no change to the penny", () => {
    const dearer = yearOnYear(["2000-06-30", "3", "1000"], ["2001-06-30", "3", "1000.01"]);
    // £333.333… and £333.336…: £333.33 and £333.34.
    expect(costPerOutcome(dearer, { asOf: "2001-07-01" }).costs[0]?.direction).toBe("worsening");
    const same = yearOnYear(["2000-06-30", "3", "1000"], ["2001-06-30", "3", "1000.001"]);
    // £333.333… and £333.3336…: both £333.33 as shown.
    const [cost] = costPerOutcome(same, { asOf: "2001-07-01" }).costs;
    expect([cost?.current?.cost, cost?.previous?.cost, cost?.direction]).toEqual(["333.33", "333.33", "no-change"]);
  });

  it("compares only a figure of the same month of the year before", () => {
    const may = yearOnYear(["2000-05-31", "40", "100000"], ["2001-06-30", "64", "144000"]);
    const [cost] = costPerOutcome(may, { asOf: "2001-07-01" }).costs;
    expect([cost?.current?.cost, cost?.previous, cost?.direction]).toEqual(["2250", null, null]);
  });

  it("gives no cost for no outcomes, and none for an objective or indicator the framework lacks", () => {
    const none = framework({
      measurements: [{ indicator: "into-work", date: "2001-06-30", value: "0" }],
      spend: spendOf("b-jobs", [["2001-06-30", "144000"]]),
      unitCosts: [
        { id: "uc", name: "Per person", indicator: "into-work", objective: "jobs" },
        { id: "uc-gone", name: "Per nothing", indicator: "into-work", objective: "gone" },
        { id: "uc-unmeasured", name: "Per nobody", indicator: "nobody", objective: "jobs" },
        { id: "uc", name: "A second uc, not read", indicator: "into-work", objective: "jobs" },
      ],
    });
    const costs = costPerOutcome(none, { asOf: "2001-07-01" }).costs;
    expect(costs.map((cost) => [cost.id, cost.unit, cost.current === null ? "no figures" : cost.current.cost])).toEqual(
      [
        ["uc", "people", null],
        ["uc-gone", "people", "no figures"],
        ["uc-unmeasured", null, "no figures"],
      ],
    );
    expect(costs[0]?.current).toMatchObject({ outcomes: "0", spend: "144000" });
    // The checker names the references that name nothing, and the unit cost given twice.
    const findings = checkCascade(none).findings.filter((f) => f.subject.kind === "unitCost");
    expect(findings.map((f) => [f.ruleId, f.subject.id])).toEqual([
      ["duplicate-id", "uc"],
      ["dangling-reference", "uc-gone"],
      ["dangling-reference", "uc-unmeasured"],
    ]);
  });

  it("counts revenue only, and what flows up from beneath split by the links' weights", () => {
    const weighted = framework({
      objectives: [
        { id: "jobs", plan: "sp", title: "Help people into work" },
        { id: "skills", plan: "sp", title: "Skills" },
        {
          id: "advice",
          plan: "sp",
          title: "Advice",
          contributesTo: [{ objective: "jobs", weight: "2" }, { objective: "skills" }],
        },
      ],
      budgets: [
        { id: "b-jobs", name: "New Deal", objective: "jobs", years: [{ year: "2001/02", amount: "600000" }] },
        { id: "b-advice", name: "Advice", objective: "advice", years: [{ year: "2001/02", amount: "300000" }] },
        {
          id: "b-centre",
          name: "Job centre",
          kind: "capital",
          objective: "jobs",
          years: [{ year: "2001/02", amount: "500000" }],
        },
      ],
      measurements: [{ indicator: "into-work", date: "2001-06-30", value: "7" }],
      spend: [
        ...spendOf("b-jobs", [["2001-06-30", "100000"]]),
        ...spendOf("b-advice", [["2001-06-30", "30000.01"]]),
        ...spendOf("b-centre", [["2001-06-30", "400000"]]),
      ],
    });
    const [cost] = costPerOutcome(weighted, { asOf: "2001-07-01" }).costs;
    // Two thirds of advice's £30,000.01 flows to jobs, exactly: £20,000.00666… in 10^-20 units, rounded
    // down, and the unit left over goes to the larger remainder, this link's (2 thirds to 1): rounded
    // up. The capital is left out.
    const spend = new Decimal("30000.01").times(2).div(3).toDecimalPlaces(20, BaseDecimal.ROUND_UP).plus(100000);
    expect(cost?.current?.spend).toBe(spend.toFixed());
    expect(cost?.current?.cost).toBe(spend.div(7).toDecimalPlaces(2, BaseDecimal.ROUND_HALF_UP).toFixed());
  });

  it("reads the months of a financial year that starts on 6 April", () => {
    const april6 = framework({
      financialYearStart: "04-06",
      measurements: [{ indicator: "into-work", date: "2001-07-05", value: "30" }],
      spend: spendOf("b-jobs", [
        ["2001-05-05", "30000"],
        ["2001-07-05", "30000"],
        ["2001-07-06", "99999"],
      ]),
    });
    const [cost] = costPerOutcome(april6, { asOf: "2001-07-06" }).costs;
    // The year's third month runs 6 June to 5 July.
    expect(cost?.current).toMatchObject({ spendTo: "2001-07-05", spend: "60000", cost: "2000" });
  });

  it("counts money spent against a line with no budget for the year, or one a later revision adds", () => {
    // The line is budgeted for 2001/02 only, and £150,000 was spent against it in June 2000.
    const unbudgeted = framework({
      budgets: [{ id: "b-jobs", name: "New Deal", objective: "jobs", years: [{ year: "2001/02", amount: "600000" }] }],
      measurements: [
        { indicator: "into-work", date: "2000-06-30", value: "60" },
        { indicator: "into-work", date: "2001-06-30", value: "64" },
      ],
      spend: spendOf("b-jobs", [
        ["2000-06-30", "150000"],
        ["2001-06-30", "144000"],
      ]),
    });
    const [cost] = costPerOutcome(unbudgeted, { asOf: "2001-07-01" }).costs;
    expect([cost?.previous?.spend, cost?.previous?.cost, cost?.direction]).toEqual(["150000", "2500", "improving"]);
    // A revision of 1 September 2001 adds 2001/02 to a line; June's spend still counts on 1 October.
    const revised = framework({
      budgets: [
        {
          id: "b-jobs",
          name: "New Deal",
          objective: "jobs",
          years: [{ year: "2000/01", amount: "600000" }],
          revisions: [{ date: "2001-09-01", years: [{ year: "2001/02", amount: "600000" }] }],
        },
      ],
      measurements: [{ indicator: "into-work", date: "2001-06-30", value: "64" }],
      spend: spendOf("b-jobs", [["2001-06-30", "144000"]]),
    });
    expect(costPerOutcome(revised, { asOf: "2001-10-01" }).costs[0]?.current).toMatchObject({
      spend: "144000",
      cost: "2250",
    });
  });

  it("gives no cost while the ledger is not posted to the count's month, nor with no spend", () => {
    // June's count is in, the ledger only to May: two months' money is not set against three months' outcomes.
    const unposted = yearOnYear(["2000-06-30", "60", "150000"], ["2001-05-31", "64", "96000"]);
    const withCount = framework({
      measurements: [
        { indicator: "into-work", date: "2000-06-30", value: "60" },
        { indicator: "into-work", date: "2001-06-30", value: "64" },
      ],
      spend: unposted.spend,
    });
    const [cost] = costPerOutcome(withCount, { asOf: "2001-07-01" }).costs;
    expect(cost?.current).toMatchObject({ spendTo: "2001-06-30", ledgerTo: "2001-05-31", spend: "96000", cost: null });
    expect(cost?.direction).toBeNull();
    // Nothing spent at all in the year: no cost of £0.
    const nothing = framework({ measurements: [{ indicator: "into-work", date: "2001-06-30", value: "64" }] });
    expect(costPerOutcome(nothing, { asOf: "2001-07-01" }).costs[0]?.current).toMatchObject({
      ledgerTo: null,
      spend: "0",
      cost: null,
    });
    // Spend dated after the months ended by asOf is not read: the ledger reaches June, not July.
    const later = framework({
      measurements: [{ indicator: "into-work", date: "2001-06-30", value: "64" }],
      spend: spendOf("b-jobs", [
        ["2001-06-30", "144000"],
        ["2001-07-31", "51000"],
      ]),
    });
    expect(costPerOutcome(later, { asOf: "2001-07-15" }).costs[0]?.current?.ledgerTo).toBe("2001-06-30");
  });

  it("gives no cost of a net credit, and reads a ledger in the calendar's last year", () => {
    const credit = yearOnYear(["2000-06-30", "10", "100"], ["2001-06-30", "10", "-500"]);
    const [cost] = costPerOutcome(credit, { asOf: "2001-07-01" }).costs;
    // £500 of income against 10 outcomes is not "−£50 an outcome, improving".
    expect([cost?.current?.spend, cost?.current?.cost, cost?.direction]).toEqual(["-500", null, null]);
    const last = framework({
      plans: [
        { id: "cp", name: "cp", level: "community", period: { start: "9998-04-01", end: "9999-12-31" } },
        { id: "sp", name: "sp", level: "service", period: { start: "9998-04-01", end: "9999-12-31" } },
      ],
      budgets: [{ id: "b-jobs", name: "New Deal", objective: "jobs", years: [{ year: "9999/00", amount: "1200" }] }],
      measurements: [{ indicator: "into-work", date: "9999-12-31", value: "4" }],
      spend: spendOf("b-jobs", [
        ["9999-05-15", "100"],
        ["9999-12-31", "300"],
      ]),
    });
    // The year 9999/00 ends with the calendar: its ninth month is cut to 31 December.
    expect(costPerOutcome(last, { asOf: "9999-12-31" }).costs[0]?.current).toMatchObject({
      spendTo: "9999-12-31",
      ledgerTo: "9999-12-31",
      spend: "400",
      cost: "100",
    });
  });

  it("names no year before the calendar's first", () => {
    const first = framework({
      plans: [
        { id: "cp", name: "cp", level: "community", period: { start: "0001-04-01", end: "0004-03-31" } },
        { id: "sp", name: "sp", level: "service", period: { start: "0001-04-01", end: "0004-03-31" } },
      ],
      budgets: [{ id: "b-jobs", name: "New Deal", objective: "jobs", years: [{ year: "0001/02", amount: "600000" }] }],
      measurements: [{ indicator: "into-work", date: "0001-06-30", value: "64" }],
      spend: spendOf("b-jobs", [["0001-06-30", "144000"]]),
    });
    const result = costPerOutcome(first, { asOf: "0001-07-01" });
    expect([result.year, result.previousYear, result.costs[0]?.current?.cost, result.costs[0]?.previous]).toEqual([
      "0001/02",
      null,
      "2250",
      null,
    ]);
  });

  it("follows a chain 100,000 objectives deep without recursion", () => {
    const depth = 100_000;
    const objectives = Array.from({ length: depth }, (_, i) => ({
      id: `o${String(i)}`,
      plan: "sp",
      title: `Objective ${String(i)}`,
      ...(i === 0 ? {} : { contributesTo: [{ objective: `o${String(i - 1)}` }] }),
    }));
    const deep = framework({
      objectives,
      budgets: [
        { id: "b", name: "Bottom", objective: `o${String(depth - 1)}`, years: [{ year: "2001/02", amount: "1" }] },
      ],
      measurements: [{ indicator: "into-work", date: "2001-06-30", value: "4" }],
      spend: spendOf("b", [["2001-06-30", "10"]]),
      unitCosts: [{ id: "uc", name: "At the top", indicator: "into-work", objective: "o0" }],
    });
    expect(costPerOutcome(indexFramework(deep), { asOf: "2001-07-01" }).costs[0]?.current?.cost).toBe("2.5");
  });

  it("returns plain JSON, leaves its input alone, and throws ResourcesError on misuse", () => {
    const result = costPerOutcome(twoYears, { asOf: "2001-08-01" });
    expect(jsonCopy(result)).toEqual(result);
    expect(() => costPerOutcome(twoYears, { asOf: "1 July 2001" })).toThrow(ResourcesError);
    expect(() => costPerOutcome(twoYears, { asOf: "2001-07-01", year: "2001-02" })).toThrow(
      /options\.year "2001-02" is not a financial year/u,
    );
    expect(() => costPerOutcome(twoYears, { asOf: "2001-07-01", tolerances: {} } as never)).toThrow(ResourcesError);
    expect(() => costPerOutcome({} as Framework, { asOf: "2001-07-01" })).toThrow(ResourcesError);
  });
});

describe("costPerOutcome's arithmetic (properties)", () => {
  it("the cost is the spend over the outcomes to the penny, and the direction follows the costs shown", () => {
    // Now and then nothing spent, or a net credit: no cost, rather than £0 or less an outcome.
    const money = fc.oneof(
      { arbitrary: fc.constant("0"), weight: 1 },
      {
        arbitrary: fc
          .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }))
          .map(([pounds, pence]) => new Decimal(pounds.toString()).plus(new Decimal(pence).div(100)).toFixed()),
        weight: 9,
      },
    );
    const outcomes = fc.integer({ min: -5, max: 100_000 }).map(String);
    fc.assert(
      fc.property(money, money, outcomes, outcomes, (before, now, countBefore, countNow) => {
        const data = yearOnYear(["2000-09-30", countBefore, before], ["2001-09-30", countNow, now]);
        const [cost] = costPerOutcome(data, { asOf: "2001-10-01" }).costs;
        const expected = (spend: string, n: string): string | null =>
          new Decimal(n).lte(0) || new Decimal(spend).lte(0)
            ? null
            : new Decimal(spend).div(n).toDecimalPlaces(2, BaseDecimal.ROUND_HALF_UP).toFixed();
        expect(cost?.current?.spend).toBe(new Decimal(now).toFixed());
        expect(cost?.current?.cost).toBe(expected(now, countNow));
        expect(cost?.previous?.cost).toBe(expected(before, countBefore));
        const [a, b] = [expected(before, countBefore), expected(now, countNow)];
        const direction =
          a === null || b === null
            ? null
            : new Decimal(b).lt(a)
              ? "improving"
              : new Decimal(b).gt(a)
                ? "worsening"
                : "no-change";
        expect(cost?.direction).toBe(direction);
      }),
      { numRuns: 200 },
    );
  });
});
