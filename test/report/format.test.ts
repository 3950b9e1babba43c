import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReportError, createFormatter } from "../../src/report/index.js";
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
});
