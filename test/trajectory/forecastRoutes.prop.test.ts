/**
 * A forecast's least-squares line takes one of three routes to its sums: safe integers when every
 * figure and total fits a double, big integers when one does not (17-digit float artefacts,
 * trailing zeros), and decimals for a figure written in exponent notation. All three are exact, so
 * the same figures written three ways must forecast the same, digit for digit, on the first
 * forecast of a series (summed directly) and on later ones (read from running totals).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, evaluateTarget, indexFramework } from "../../src/index.js";

const QUARTERS = ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31", "2002-06-30", "2002-09-30"];

/** A framework of three targets on one indicator with `values` as its quarterly figures. */
function framework(values: readonly (string | number)[], baseline: string, goal: string): Framework {
  return {
    id: "fw",
    name: "Routes",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      {
        id: "pi",
        title: "PI",
        unit: "count",
        polarity: "higher-is-better",
        measure: "outcome",
        frequency: "quarterly",
      },
    ],
    targets: ["2001-03-31", "2001-07-31", "2001-10-31"].map((date, t) => ({
      id: `t-${String(t)}`,
      objective: "o",
      indicator: "pi",
      baseline: { date, value: baseline },
      goal: { date: "2003-03-31", value: goal },
    })),
    measurements: values.map((value, q) => ({ indicator: "pi", date: QUARTERS[q] as string, value })),
  };
}

function forecasts(document: Framework): unknown[] {
  const index = indexFramework(document);
  return ["2002-03-31", "2002-09-30"].flatMap((asOf) =>
    document.targets.map((target) => evaluateTarget(index, target.id, { asOf }).forecast),
  );
}

const figure = fc
  .tuple(fc.integer({ min: -5_000_000, max: 5_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, places]) => ({ units, places }));

const plain = ({ units, places }: { units: number; places: number }): string => {
  const digits = String(Math.abs(units)).padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return units < 0 ? `-${text}` : text;
};

describe("a forecast's routes to its sums", () => {
  it("forecasts the same from figures in safe integers, in big integers and in decimals", () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 3, maxLength: 6 }), figure, figure, (values, baseline, goal) => {
        const written = values.map(plain);
        // The same values: plain (safe integers), padded to 20 places (too many digits: big integers),
        // and as numbers, some of which JavaScript writes in exponent notation (decimals).
        const padded = written.map((value) =>
          value.includes(".") ? `${value}${"0".repeat(16)}` : `${value}.${"0".repeat(19)}`,
        );
        const scaled = values.map(({ units, places }) => units / 10 ** places);
        const expected = forecasts(framework(written, plain(baseline), plain(goal)));
        expect(expected.some((forecast) => (forecast as { value: unknown }).value !== null)).toBe(true);
        expect(forecasts(framework(padded, plain(baseline), plain(goal)))).toEqual(expected);
        if (scaled.every((value, i) => String(value) === written[i] || String(value).includes("e")))
          expect(forecasts(framework(scaled, plain(baseline), plain(goal)))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("forecasts figures in exponent notation by the decimal route, exactly", () => {
    const index = indexFramework(framework([1e-7, 2.5e-7, 3e-7, 1e-6], "0", "0.000002"));
    expect(evaluateTarget(index, "t-0", { asOf: "2002-03-31" }).forecast).toEqual(
      evaluateTarget(
        indexFramework(framework(["0.0000001", "0.00000025", "0.0000003", "0.000001"], "0", "0.000002")),
        "t-0",
        {
          asOf: "2002-03-31",
        },
      ).forecast,
    );
  });
  it("reads figures with leading zeros, trailing zeros and more than 20 places as the numbers they are", () => {
    const forecastOf = (values: readonly (string | number)[], goal: string): unknown =>
      evaluateTarget(indexFramework(framework(values, "0", goal)), "t-0", { asOf: "2002-03-31" }).forecast;
    // Leading and trailing zeros (the safe-integer route) forecast as the plain figures do.
    const plainForecast = forecastOf(["7.5", "12", "3", "-4.25"], "20");
    expect((plainForecast as { value: unknown }).value).not.toBeNull();
    expect(forecastOf(["007.50", "0012", "3.000", "-04.250"], "20")).toEqual(plainForecast);
    // 21 places (past the safe-integer route: big integers) against the same figures in exponent
    // notation (the decimal route).
    const tiny = [
      "0.000000000000000000001",
      "0.000000000000000000002",
      "0.000000000000000000004",
      "0.000000000000000000008",
    ];
    const viaDecimals = forecastOf([1e-21, 2e-21, 4e-21, 8e-21], "0.00000000000000000001");
    expect((viaDecimals as { value: unknown }).value).not.toBeNull();
    expect(forecastOf(tiny, "0.00000000000000000001")).toEqual(viaDecimals);
    // 15 significant digits (safe integers) and the same figures padded to 16 (big integers).
    expect(forecastOf(["12345678901234.5", "2", "3", "4"], "20")).toEqual(
      forecastOf(["12345678901234.50", "2", "3", "4"], "20"),
    );
  });
});
