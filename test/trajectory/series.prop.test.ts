import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { toDecimal } from "../../src/internal/decimal.js";
import { type Framework, type Measurement, evaluateTarget, indexFramework, statusHistory } from "../../src/index.js";
import { defined } from "../helpers/defined.js";
import { runs } from "../helpers/runs.js";

const START = toDayNumber("2001-01-01");
const INDICATORS = ["a", "b", "cmp"] as const;

/** Many targets on few indicators, measured on few dates (so dates repeat), some judged against a comparator. */
const crowdedFrameworks = fc
  .record({
    targets: fc.array(
      fc.record({
        indicator: fc.constantFrom("a", "b"),
        baseline: fc.integer({ min: 0, max: 400 }),
        comparator: fc.boolean(),
        tolerance: fc.constantFrom("0", "2", "10"),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    measurements: fc.array(
      fc.record({
        indicator: fc.constantFrom(...INDICATORS),
        day: fc.integer({ min: 0, max: 40 }).map((k) => k * 20),
        value: fc.integer({ min: 40, max: 70 }),
      }),
      { maxLength: 60 },
    ),
    asOf: fc.array(fc.integer({ min: -10, max: 900 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ targets, measurements, asOf }) => {
    const framework: Framework = {
      id: "fw",
      name: "Crowded",
      owners: [],
      plans: [],
      objectives: [],
      indicators: INDICATORS.map((id) => ({
        id,
        title: id,
        unit: "u",
        polarity: "higher-is-better" as const,
        measure: "outcome" as const,
        frequency: "monthly" as const,
      })),
      targets: targets.map((t, i) => ({
        id: `t${String(i)}`,
        objective: "o",
        indicator: t.indicator,
        baseline: { date: fromDayNumber(START + t.baseline), value: "50" },
        goal: { date: fromDayNumber(START + 1000), value: "65" },
        tolerance: { percent: t.tolerance },
        ...(t.comparator ? { comparator: { indicator: "cmp" } } : {}),
      })),
      measurements: measurements.map((m) => ({
        indicator: m.indicator,
        date: fromDayNumber(START + m.day),
        value: String(m.value),
      })),
    };
    return { framework, dates: asOf.map((day) => fromDayNumber(START + day)) };
  });

/** The old way, by filtering: an indicator's measurements oldest first, ties in the framework's order. */
function seriesByFiltering(framework: Framework, indicator: string): Measurement[] {
  return (framework.measurements ?? [])
    .filter((m) => m.indicator === indicator)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

describe("shared series give what filtering gave", () => {
  it("the latest measurement, the comparator's reference, the year-ago figure and the kernel's status", () => {
    fc.assert(
      fc.property(crowdedFrameworks, ({ framework, dates }) => {
        const index = indexFramework(framework);
        const history = statusHistory(index, { dates });
        for (const [row, target] of framework.targets.entries()) {
          const all = seriesByFiltering(framework, target.indicator);
          for (const [column, asOf] of dates.entries()) {
            const evaluation = evaluateTarget(index, target.id, { asOf });
            // The kernel and evaluateTarget agree, target by target.
            expect(history.targets[row]?.statuses[column]).toBe(evaluation.status);
            const window = all.filter((m) => m.date >= target.baseline.date && m.date <= asOf);
            const latest = asOf < target.baseline.date ? undefined : window[window.length - 1];
            expect(evaluation.actualDate).toBe(latest?.date ?? null);
            expect(evaluation.actual).toBe(latest?.value ?? null);
            if (latest === undefined) continue;
            if (target.comparator !== undefined) {
              const reference = seriesByFiltering(framework, "cmp")
                .filter((m) => m.date <= latest.date)
                .pop();
              if (reference === undefined) expect(evaluation.status).toBe("no-data");
              else expect(toDecimal(defined(evaluation.expected)).equals(toDecimal(reference.value))).toBe(true);
            }
            const yearAgoTo = defined(addMonths(latest.date, -12));
            const yearAgoFrom = defined(addMonths(yearAgoTo, -1));
            // The baseline counts as the year-ago figure when no measurement falls in that period.
            const inPeriod = (date: string) => date > yearAgoFrom && date <= yearAgoTo;
            const yearAgo =
              all.filter((m) => inPeriod(m.date)).pop() ??
              (inPeriod(target.baseline.date) && target.baseline.date < latest.date ? target.baseline : undefined);
            expect(evaluation.direction.sinceYearAgo === null).toBe(yearAgo === undefined);
          }
        }
      }),
      { numRuns: runs(150) },
    );
  });
});

/** Values of up to 30 significant digits anywhere in the accepted range, so the running totals are tested where exactness is tight. */
const wideValue = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n) + 1n, max: 10n ** 30n - 1n }), fc.integer({ min: 0, max: 20 }))
  .map(([digits, places]) => {
    const text = (digits < 0n ? -digits : digits).toString().padStart(places + 1, "0");
    const whole = text.slice(0, text.length - places).replace(/^0+(?=\d{1,20}$)/, "");
    const value = places === 0 ? whole : `${whole}.${text.slice(text.length - places)}`;
    return digits < 0n ? `-${value}` : value;
  })
  .filter((value) => /^-?\d{1,20}(\.\d{1,20})?$/.test(value));

/** The calendar's first day: measurements spread over almost all of its range. */
const FIRST_DAY = toDayNumber("0001-01-01");

describe("forecasts from an indicator's running totals", () => {
  it("equal the forecast each target's own measurements give, digit for digit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 3_000_000 }), value: wideValue }), {
          minLength: 3,
          maxLength: 30,
        }),
        fc.array(fc.integer({ min: 0, max: 3_000_000 }), { minLength: 2, maxLength: 6 }),
        (measurements, baselines) => {
          const framework: Framework = {
            id: "fw",
            name: "Forecasts",
            owners: [],
            plans: [],
            objectives: [],
            indicators: [
              {
                id: "pi",
                title: "pi",
                unit: "u",
                polarity: "higher-is-better",
                measure: "outcome",
                frequency: "monthly",
              },
            ],
            targets: baselines.map((day, i) => ({
              id: `t${String(i)}`,
              objective: "o",
              indicator: "pi",
              baseline: { date: fromDayNumber(FIRST_DAY + day), value: "1" },
              goal: { date: fromDayNumber(FIRST_DAY + 3_200_000), value: "2" },
            })),
            measurements: measurements.map((m) => ({
              indicator: "pi",
              date: fromDayNumber(FIRST_DAY + m.day),
              value: m.value,
            })),
          };
          const asOf = fromDayNumber(FIRST_DAY + 3_100_000);
          // A shared index serves the first forecast directly and the later ones from running totals.
          const shared = indexFramework(framework);
          for (const target of framework.targets) {
            const alone = evaluateTarget(indexFramework(framework), target.id, { asOf }).forecast;
            expect(evaluateTarget(shared, target.id, { asOf }).forecast).toEqual(alone);
          }
        },
      ),
      { numRuns: runs(150) },
    );
  });
});
