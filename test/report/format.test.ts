import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { ReportError, createFormatter, performanceReport } from "../../src/report/index.js";
import { deepFreeze, example, loadExample } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

describe("createFormatter: numbers and dates for people", () => {
  const format = createFormatter();

  it("writes figures to the indicator's decimals with its unit, rounding half away from zero", () => {
    expect(format.figure("79", { unit: "%" })).toBe("79%");
    expect(format.figure("89.55", { unit: "%", decimals: 1 })).toBe("89.6%");
    expect(format.figure("-0.05", { unit: "%", decimals: 1 })).toBe("-0.1%");
    expect(format.figure("612000", { unit: "tonnes a year" })).toBe("612,000 tonnes a year");
    expect(format.figure("36.6788321168", { unit: "households", decimals: 0 })).toBe("37 households");
    expect(format.figure(null, { unit: "%" })).toBe("no figure");
    expect(format.figure("1.5", undefined)).toBe("1.5");
  });

  it("keeps every digit of a 30-digit figure (no float on the way)", () => {
    expect(format.figure("123456789012345678901234567.891", { unit: "t", decimals: 3 })).toBe(
      "123,456,789,012,345,678,901,234,567.891 t",
    );
  });

  it("writes variances with a sign, percentage points for a % indicator", () => {
    expect(format.variance("-21", { unit: "%" })).toBe("−21 percentage points");
    expect(format.variance("3", { unit: "households" })).toBe("+3 households");
    // A miss the indicator's one place would round to nothing is shown to its first significant digit.
    expect(format.variance("-0.04", { unit: "%", decimals: 1 })).toBe("−0.04 percentage points");
    expect(format.variance("0.4644808743", { unit: "per 100,000", decimals: 0 })).toBe("+0.5 per 100,000");
    expect(format.variance("0", { unit: "%", decimals: 1 })).toBe("0.0 percentage points");
    expect(format.variance(null, { unit: "%" })).toBe("none");
  });

  it("writes dates in words, the same in every time zone, years 1 to 9999", () => {
    expect(format.date("2001-06-30")).toBe("30 June 2001");
    expect(format.date("0099-02-28")).toBe("28 February 99");
    expect(format.date(null)).toBe("no date");
    const saved = process.env.TZ;
    try {
      for (const zone of ["Pacific/Kiritimati", "America/Adak", "Asia/Kathmandu"]) {
        process.env.TZ = zone;
        expect(createFormatter().date("2001-04-01")).toBe("1 April 2001");
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("writes a date the same however often it is asked, past the dates one formatter remembers (performance)", () => {
    const kept = createFormatter();
    const day = Date.UTC(2001, 3, 1);
    const dates = Array.from({ length: 5000 }, (_, i) => new Date(day + i * 86_400_000).toISOString().slice(0, 10));
    const first = dates.map((date) => kept.date(date));
    expect(first[0]).toBe("1 April 2001");
    expect(first[4999]).toBe("8 December 2014");
    // Asked again, remembered or not, and in the other order: the same words, each its own date's.
    expect([...dates].reverse().map((date) => kept.date(date))).toEqual([...first].reverse());
    expect(new Set(first).size).toBe(5000);
  });

  it("refuses a locale that is not a language tag, with a ReportError", () => {
    for (const bad of ["en_GB", "not a locale", 42])
      expect(() => createFormatter(bad as string)).toThrow(/^performance-management: locale .* is not a language tag/u);
    expect(() => createFormatter("en_GB")).toThrow(ReportError);
  });

  it("takes a locale", () => {
    const german = createFormatter("de-DE");
    expect(german.locale).toBe("de-DE");
    expect(german.date("2001-06-30")).toBe("30. Juni 2001");
    expect(german.figure("1234.5", { unit: "%", decimals: 1 })).toBe("1.234,5%");
  });

  it("property: a figure shown to its decimals reads back as the exact value rounded", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (scaled, decimals) => {
        const value = (scaled / 1000).toFixed(3);
        const shown = format.figure(value, { unit: "units", decimals }).replace(/,/gu, "").replace(" units", "");
        const expected = Number(value);
        // Half away from zero: within half a unit in the last place shown.
        expect(Math.abs(Number(shown) - expected)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
        expect(shown.split(".")[1]?.length ?? 0).toBe(decimals);
      }),
      { numRuns: runs(300) },
    );
  });

  it("reads figures apart: Stockton's zone, 91.2% against an expected 91.2465753425%, is never 91.2% against 91.2% (issue 20)", () => {
    // One decimal rounds both to 91.2; at two they read 91.20 and 91.25.
    expect(format.apart(["91.2", "91.2465753425"], { unit: "%", decimals: 1 })).toEqual(["91.20%", "91.25%"]);
    // Figures that already read apart keep the indicator's places; equal figures read the same.
    expect(format.apart(["89.5", "89.7452054795"], { unit: "%", decimals: 1 })).toEqual(["89.5%", "89.7%"]);
    expect(format.apart(["100", "100.00"], { unit: "%", decimals: 1 })).toEqual(["100.0%", "100.0%"]);
    // Without decimals: up to `places`, each to no more than its own; more only where needed.
    expect(format.apart(["79", "100"], { unit: "%" }, 1)).toEqual(["79%", "100%"]);
    expect(format.apart(["40.5", "40.5812043796"], { unit: "%" }, 1)).toEqual(["40.5%", "40.6%"]);
    expect(format.apart(["40.5", "40.5412"], { unit: "%" }, 1)).toEqual(["40.5%", "40.54%"]);
    expect(format.apart(["34", null], { unit: "households" }, 1)).toEqual(["34 households", "no figure"]);
    // Band edges beside the actual: 98.96 under a band from 99 reads apart from its edge.
    expect(format.apart(["98.96", "99", "100"], { unit: "%", decimals: 0 })).toEqual(["98.96%", "99.00%", "100.00%"]);
  });

  it("property: figures that differ always read apart; equal figures read the same", () => {
    const figure = fc
      .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 8 }))
      .map(([n, places]) => (n / 10 ** places).toFixed(places));
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 1, maxLength: 4 }),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        fc.constantFrom("%", "households"),
        (values, decimals, places, unit) => {
          const indicator = decimals === undefined ? { unit } : { unit, decimals };
          const shown = format.apart(values, indicator, places);
          expect(shown).toHaveLength(values.length);
          values.forEach((a, i) => {
            values.forEach((b, j) => {
              expect(shown[i] === shown[j]).toBe(Number(a) === Number(b));
            });
          });
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it("the report shows a status that is not green with figures that read apart (issue 20)", () => {
    const stockton = example("stockton");
    const report = performanceReport(stockton, { asOf: "2001-07-15" });
    const text = (id: string) => {
      const row = [...report.exceptions, ...report.goingWell].find((target) => target.target === id);
      return [row?.status, row?.text.actual, row?.text.expected];
    };
    // Amber: 91.2% against 91.2465753425% (one decimal) reads 91.20% against 91.25%.
    expect(text("t-zone-cleanliness")).toEqual(["amber", "91.20%", "91.25%"]);
    // Amber already apart at one decimal: unchanged.
    expect(text("t-street-cleanliness")).toEqual(["amber", "89.5%", "89.7%"]);
    // Green keeps the indicator's places.
    expect(text("t-zero-homelessness")).toEqual(["green", "34 households", "36.7 households"]);
  });

  it("a status that is not green shows its shortfall on the right side of the tolerance: Spelthorne's collections are 0.25 short of 99.05%, not 0.2 of 99.0% (issue 20)", () => {
    // 98.9% to 99.5% over 2001/02: 98.9 + 0.6 × 91/365 = 99.0495890411% expected on 30 June; 98.8% is
    // 0.2495890411 short, over the target's tolerance of 0.2 points: red. At one place, "99.0%" and
    // "−0.2" would read as on the tolerance, amber.
    const spelthorne = loadExample("spelthorne") as {
      indicators: Record<string, unknown>[];
      targets: Record<string, unknown>[];
    };
    const row = (framework: unknown) => {
      const report = performanceReport(deepFreeze(parseFramework(framework)), { asOf: "2001-10-01" });
      const found = report.exceptions.find((target) => target.target === "t-collection-day");
      return [found?.status, found?.text.actual, found?.text.expected, found?.text.variance];
    };
    expect(row(spelthorne)).toEqual(["red", "98.8%", "99.05%", "0.25 percentage points worse than expected"]);
    // With one decimal set on the indicator, every figure goes to two places.
    const withDecimals = {
      ...spelthorne,
      indicators: spelthorne.indicators.map((each) =>
        each.id === "std-collection-day" ? { ...each, decimals: 1 } : each,
      ),
    };
    expect(row(withDecimals)).toEqual(["red", "98.80%", "99.05%", "0.25 percentage points worse than expected"]);
    // Amber within a tolerance of 0.25 points: one place already tells the reader so.
    const within = {
      ...spelthorne,
      targets: spelthorne.targets.map((each) =>
        each.id === "t-collection-day" ? { ...each, tolerance: { absolute: "0.25" } } : each,
      ),
    };
    expect(row(within)).toEqual(["amber", "98.8%", "99.0%", "0.2 percentage points worse than expected"]);
  });
});
