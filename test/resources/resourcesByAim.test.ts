import { Decimal as BaseDecimal } from "decimal.js";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, ResourcesError, parseFramework, resourcesByAim } from "../../src/index.js";
import { deepFreeze, example } from "../helpers/fixtures.js";

/** A decimal.js with room for every sum the tests check. */
const Decimal = BaseDecimal.clone({ precision: 100 });

const plan = (id: string, level: "community" | "corporate" | "service") => ({
  id,
  name: id,
  level,
  period: { start: "2001-04-01", end: "2004-03-31" },
});

/** A framework of a community plan, a corporate plan and a service plan with the given objectives and lines. */
function framework(fields: Partial<Framework>): Framework {
  return deepFreeze(
    parseFramework({
      id: "fw",
      name: "Aims",
      owners: [],
      indicators: [],
      targets: [],
      plans: [plan("cp", "community"), plan("corp", "corporate"), plan("sp", "service")],
      objectives: [],
      ...fields,
    }),
  );
}

const line = (id: string, objective: string | undefined, amount: string) => ({
  id,
  name: id,
  ...(objective === undefined ? { plan: "sp" } : { objective }),
  years: [{ year: "2001/02", amount }],
});

describe("resourcesByAim on Stockton's illustrative budgets", () => {
  it("follows 2001/02's money to the community plan's five aims", () => {
    const result = resourcesByAim(example("stockton"), { asOf: "2001-07-01" });
    expect([result.year, result.previousYear, result.currency]).toEqual(["2001/02", "2000/01", "GBP"]);
    // Well-being: homelessness 520,000 + voids 880,000 + void improvements (capital) 250,000, through
    // the re-let and homeless-offer objectives; environment: street cleansing through street
    // cleanliness; regeneration: New Deal through unemployment. 3,250,000 in all.
    expect(result.aims.map((aim) => [aim.objective, aim.available, aim.actualToDate, aim.share])).toEqual([
      ["cp-environment", "1000000", "246450", "30.8"],
      ["cp-wellbeing", "1650000", "442550", "50.8"],
      ["cp-health", "0", "0", "0"],
      ["cp-regeneration", "600000", "150300", "18.5"],
      ["cp-education", "0", "0", "0"],
    ]);
    // No budget in 2000/01: no share to compare with.
    expect(result.aims[0]).toMatchObject({ previous: { available: "0", share: null }, shareChange: null });
    expect([result.unkeyed, result.unreached]).toEqual([
      { available: "0", actualToDate: "0", forecastOutturn: "0" },
      { available: "0", actualToDate: "0", forecastOutturn: "0" },
    ]);
    // The forecasts follow the money: homelessness £517,800 at its run rate, voids' holder's £862,000,
    // void improvements' £250,000 at its budget (capital): £1,629,800 behind the homeless offers.
    expect(result.objectives.find((o) => o.objective === "so-homeless-offers")).toEqual({
      objective: "so-homeless-offers",
      own: { available: "520000", actualToDate: "129450", forecastOutturn: "517800" },
      total: { available: "1650000", actualToDate: "442550", forecastOutturn: "1629800" },
    });
    expect(result.aims.map((aim) => aim.forecastOutturn)).toEqual(["1067950", "1629800", "0", "612000", "0"]);
  });

  it("a year on, shows money moved towards the environment, whose street cleanliness is amber", () => {
    const result = resourcesByAim(example("stockton"), { asOf: "2002-06-30" });
    // Well-being: 560,000 (revised) + 858,000 (840,000 and 18,000 carried) + 150,000 = 1,568,000;
    // environment 1,030,000; regeneration 600,000 less the 12,000 overspend agreed = 588,000: 3,186,000.
    expect(
      result.aims.map((aim) => [
        aim.objective,
        aim.available,
        aim.share,
        aim.previous.share,
        aim.shareChange,
        aim.status,
      ]),
    ).toEqual([
      ["cp-environment", "1030000", "32.3", "30.8", "1.6", "amber"],
      ["cp-wellbeing", "1568000", "49.2", "50.8", "-1.6", "green"],
      ["cp-health", "0", "0", "0", "0", "awaiting-data"],
      ["cp-regeneration", "588000", "18.5", "18.5", "0", "green"],
      ["cp-education", "0", "0", "0", "0", "no-data"],
    ]);
  });
});

describe("resourcesByAim's rules", () => {
  it("splits money by the links' weights, exactly, the parts adding up to the whole", () => {
    const result = resourcesByAim(
      framework({
        objectives: [
          { id: "a", plan: "cp", title: "A" },
          { id: "b", plan: "cp", title: "B" },
          { id: "c", plan: "cp", title: "C" },
          {
            id: "s",
            plan: "sp",
            title: "S",
            contributesTo: [{ objective: "a" }, { objective: "b" }, { objective: "c" }],
          },
        ],
        budgets: [line("b-s", "s", "100")],
      }),
      { asOf: "2001-07-01" },
    );
    // 100 in three: 33.33… each, the last unit of 10^-20 to the first link.
    const parts = result.aims.map((aim) => aim.available);
    expect(parts).toEqual(["33.33333333333333333334", "33.33333333333333333333", "33.33333333333333333333"]);
    expect(parts.reduce((sum, part) => sum.plus(part), new Decimal(0)).toFixed()).toBe("100");
  });

  it("takes a loop as one, and stops money at links that all weigh 0", () => {
    const result = resourcesByAim(
      framework({
        objectives: [
          { id: "aim", plan: "cp", title: "Aim" },
          { id: "x", plan: "corp", title: "X", contributesTo: [{ objective: "y" }, { objective: "aim" }] },
          { id: "y", plan: "corp", title: "Y", contributesTo: [{ objective: "x" }] },
          { id: "z", plan: "sp", title: "Z", contributesTo: [{ objective: "aim", weight: "0" }] },
        ],
        budgets: [line("b-y", "y", "500"), line("b-z", "z", "70"), line("b-plan", undefined, "9")],
      }),
      { asOf: "2001-07-01" },
    );
    expect(result.aims.map((aim) => [aim.objective, aim.available])).toEqual([["aim", "500"]]);
    expect(
      result.objectives.filter((o) => o.objective === "x" || o.objective === "y").map((o) => o.total.available),
    ).toEqual(["500", "500"]);
    expect(result.unreached.available).toBe("70");
    expect(result.unkeyed.available).toBe("9");
  });

  it("keeps money at the first aim it reaches: an aim's own links up are not followed", () => {
    const result = resourcesByAim(
      framework({
        objectives: [
          { id: "a", plan: "cp", title: "A", contributesTo: [{ objective: "b" }, { objective: "x" }] },
          { id: "b", plan: "cp", title: "B", contributesTo: [{ objective: "a" }] },
          { id: "x", plan: "sp", title: "X" },
        ],
        budgets: [line("b-a", "a", "100")],
      }),
      { asOf: "2001-07-01" },
    );
    expect(result.aims.map((aim) => [aim.objective, aim.available, aim.share])).toEqual([
      ["a", "100", "100"],
      ["b", "0", "0"],
    ]);
    expect(result.unreached.available).toBe("0");
  });

  it("stops the share of a link that names no objective short of the aims", () => {
    const result = resourcesByAim(
      framework({
        objectives: [
          { id: "a", plan: "cp", title: "A" },
          {
            id: "s",
            plan: "sp",
            title: "S",
            contributesTo: [
              { objective: "a", weight: "1" },
              { objective: "gone", weight: "9" },
            ],
          },
        ],
        budgets: [line("b-s", "s", "100")],
      }),
      { asOf: "2001-07-01" },
    );
    expect([result.aims[0]?.available, result.unreached.available]).toEqual(["10", "90"]);
  });

  it("gives no share where the aims' money is less than none", () => {
    const result = resourcesByAim(
      framework({
        objectives: [
          { id: "a", plan: "cp", title: "A" },
          { id: "b", plan: "cp", title: "B" },
        ],
        budgets: [line("b-a", "a", "10"), line("b-b", "b", "10")],
        carryForwards: [{ budget: "b-a", from: "2000/01", amount: "-50" }],
      }),
      { asOf: "2001-07-01" },
    );
    expect(result.aims.map((aim) => [aim.available, aim.share])).toEqual([
      ["-40", null],
      ["10", null],
    ]);
  });

  it("follows a chain 20,000 deep without recursion", () => {
    const depth = 20_000;
    const objectives = [
      { id: "aim", plan: "cp", title: "Aim" },
      ...Array.from({ length: depth }, (_, i) => ({
        id: `o${String(i)}`,
        plan: "sp",
        title: "O",
        contributesTo: [{ objective: i === 0 ? "aim" : `o${String(i - 1)}` }],
      })),
    ];
    const result = resourcesByAim(framework({ objectives, budgets: [line("b", `o${String(depth - 1)}`, "42")] }), {
      asOf: "2001-07-01",
    });
    expect(result.aims[0]?.available).toBe("42");
  });

  it("throws ResourcesError for misuse", () => {
    const stockton = example("stockton");
    expect(() => resourcesByAim(stockton, { asOf: "1/7/2001" })).toThrow(ResourcesError);
    expect(() => resourcesByAim(stockton, { asOf: "2001-07-01", year: "2001-02" })).toThrow(/not a financial year/);
    expect(() => resourcesByAim(stockton, { asOf: "2001-07-01", yaer: "2001/02" } as never)).toThrow(ResourcesError);
  });
});

describe("resourcesByAim's conservation (property)", () => {
  it("loses and makes no money: the aims', what stops short and what is unkeyed add up to every line", () => {
    const levels = ["cp", "corp", "sp"] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            level: fc.integer({ min: 0, max: 2 }),
            links: fc.array(fc.tuple(fc.nat(30), fc.constantFrom("0", "1", "2", "0.5", "3")), { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.array(fc.tuple(fc.option(fc.nat(30), { nil: undefined }), fc.bigInt({ min: 0n, max: 10n ** 12n })), {
          maxLength: 12,
        }),
        (shape, lines) => {
          const objectives = shape.map((entry, i) => ({
            id: `o${String(i)}`,
            plan: levels[entry.level] as string,
            title: "O",
            // Links to anything at the objective's level or above (loops, and aims serving aims, included),
            // and now and then to an objective that does not exist.
            contributesTo: entry.links
              .map(([target, weight]) => ({
                objective: target === 29 ? "gone" : `o${String(target % shape.length)}`,
                weight,
              }))
              .filter(
                (link) =>
                  link.objective === "gone" || (shape[Number(link.objective.slice(1))]?.level ?? 9) <= entry.level,
              ),
          }));
          const budgets = lines.map(([target, amount], i) =>
            line(
              `b${String(i)}`,
              target === undefined ? undefined : `o${String(target % shape.length)}`,
              (amount / 100n).toString(),
            ),
          );
          const result = resourcesByAim(framework({ objectives, budgets }), { asOf: "2001-07-01" });
          const all = budgets.reduce((sum, entry) => sum.plus(entry.years[0]?.amount ?? "0"), new Decimal(0));
          const ended = result.aims
            .reduce((sum, aim) => sum.plus(aim.available), new Decimal(0))
            .plus(result.unreached.available)
            .plus(result.unkeyed.available);
          expect(ended.eq(all)).toBe(true);
          // With nothing spent yet each line is forecast at its budget: the forecasts add up the same.
          const forecast = result.aims
            .reduce((sum, aim) => sum.plus(aim.forecastOutturn), new Decimal(0))
            .plus(result.unreached.forecastOutturn)
            .plus(result.unkeyed.forecastOutturn);
          expect(forecast.toFixed()).toBe(all.toFixed());
          for (const aim of result.aims)
            if (aim.share !== null) expect(new Decimal(aim.share).gte(0) && new Decimal(aim.share).lte(100)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("resourcesByAim at the calendar's start", () => {
  it("names no year before year 1, and compares with none", () => {
    const early = (start: string) => ({ start, end: "0004-03-31" });
    const result = resourcesByAim(
      parseFramework({
        id: "fw",
        name: "Year one",
        owners: [],
        indicators: [],
        targets: [],
        plans: [{ id: "cp", name: "cp", level: "community", period: early("0001-04-01") }],
        objectives: [{ id: "aim", plan: "cp", title: "Aim" }],
        budgets: [{ id: "b", name: "b", objective: "aim", years: [{ year: "0001/02", amount: "100" }] }],
      }),
      { asOf: "0001-07-01" },
    );
    expect([result.year, result.previousYear]).toEqual(["0001/02", null]);
    expect(result.aims[0]).toMatchObject({ available: "100", share: "100", shareChange: null });
  });
});
