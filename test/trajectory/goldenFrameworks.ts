/**
 * Deterministic frameworks for the evaluation golden test (evaluationGolden.test.ts): every feature a
 * full evaluation reads, drawn from a seeded generator so the same seed always gives the same
 * framework. Revised targets, milestones, every trajectory kind, absolute, relative, band and
 * quartile goals, stretch levels, floors, comparators (with margins, inclusive or not), own and
 * framework tolerances, material shortfalls, a status rule, year-to-date indicators with profiles,
 * natural bounds, decimals and materiality, lags, provisional and estimated figures, benchmarks and
 * data-only indicators.
 */
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import type { Benchmark, Framework, Goal, Indicator, Measurement, Target } from "../../src/index.js";
import { seededRandom } from "../../bench/generate.js";

/** The calendar of the generated figures: 1999 to 2005. */
const FIRST_DAY = toDayNumber("1999-01-01");

const UNITS = ["%", "days", "count", "£"] as const;
const GROUPS = ["all England", "family"] as const;

/** The first of a list that has one. */
function firstOf<T>(items: readonly T[]): T {
  const item = items[0];
  if (item === undefined) throw new Error("an empty list");
  return item;
}

/** A framework exercising every input a full evaluation reads, from `seed`. */
export function goldenFramework(seed: number, targetCount = 14): Framework {
  const random = seededRandom(seed);
  const chance = (p: number): boolean => random() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const integer = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  /** A decimal string with up to `places` decimals, between `low` and `high`. */
  const decimal = (low: number, high: number, places = pick([0, 0, 1, 2, 3])): string => {
    const scale = 10 ** places;
    const units = integer(Math.round(low * scale), Math.round(high * scale));
    const negative = units < 0;
    const digits = String(Math.abs(units)).padStart(places + 1, "0");
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return negative && /[1-9]/.test(text) ? `-${text}` : text;
  };
  const quarterEnd = (from: number, to: number): string => {
    const day = integer(from, to);
    const date = fromDayNumber(day);
    const month = Number(date.slice(5, 7));
    const end = Math.ceil(month / 3) * 3;
    const last = new Date(Date.UTC(Number(date.slice(0, 4)), end, 0)).toISOString().slice(0, 10);
    return last;
  };
  const anyDate = (from: number, to: number): string => fromDayNumber(integer(from, to));

  const indicatorCount = integer(4, 8);
  const indicators: Indicator[] = [];
  for (let i = 0; i < indicatorCount; i += 1) {
    const unit = pick(UNITS);
    const aggregation = chance(0.25) ? pick(["running-total", "year-to-date-rate"] as const) : undefined;
    const indicator: Indicator = {
      id: `pi-${i}`,
      title: `Indicator ${i}`,
      unit,
      polarity: chance(0.1) ? "in-band" : chance(0.5) ? "higher-is-better" : "lower-is-better",
      measure: pick(["outcome", "output", "process", "input"] as const),
      frequency: pick(["monthly", "quarterly", "quarterly", "annual"] as const),
      ...(aggregation === undefined ? (chance(0.1) ? { aggregation: "snapshot" as const } : {}) : { aggregation }),
      ...(aggregation === "running-total" && chance(0.5)
        ? chance(0.5)
          ? { profile: { quarterly: ["1", "2", "3", "4"] } }
          : { profile: { monthly: ["1", "1", "1", "2", "2", "2", "1", "1", "1", "0", "3", "1"] } }
        : {}),
      ...(chance(0.3) ? { lagDays: integer(0, 120) } : {}),
      ...(chance(0.3) ? { decimals: integer(0, 2) } : {}),
      ...(chance(0.25)
        ? { materiality: pick([{ percent: decimal(0, 5) }, { points: decimal(0, 2) }, { absolute: decimal(0, 3) }]) }
        : {}),
      ...(chance(0.2) ? { tolerance: pick([{ percent: decimal(0, 15) }, { absolute: decimal(0, 5) }]) } : {}),
      ...(chance(0.2) ? { materialShortfall: pick([{ absolute: decimal(0, 2) }, { points: decimal(0, 1) }]) } : {}),
      ...(unit !== "%" && chance(0.2) ? { min: "0" } : {}),
      ...(unit !== "%" && chance(0.1) ? { max: "500" } : {}),
    };
    indicators.push(indicator);
  }
  // Comparator series and data-only indicators: no target is set on them.
  indicators.push({
    id: "pi-regional",
    title: "Regional rate",
    unit: "%",
    polarity: "lower-is-better",
    measure: "outcome",
    frequency: "quarterly",
  });
  indicators.push({
    id: "pi-data-only",
    title: "Data only",
    unit: "count",
    polarity: "higher-is-better",
    measure: "output",
    frequency: "monthly",
    ...(chance(0.5) ? { materiality: { percent: "2" } } : {}),
  });

  const valueFor = (indicator: Indicator): string =>
    indicator.unit === "%" ? decimal(0, 100) : indicator.unit === "£" ? decimal(-500, 5000) : decimal(0, 300);

  const goalFor = (indicator: Indicator, date: string, baseline: string): Goal => {
    const kind = random();
    if (kind < 0.45) return { date, value: valueFor(indicator) };
    if (kind < 0.65)
      return {
        date,
        change: pick([{ percent: decimal(-40, 40) }, { absolute: decimal(-20, 20) }, { points: decimal(-10, 10) }]),
      };
    if (kind < 0.8) {
      const low = Number(baseline) - integer(0, 10);
      return { date, low: String(low), high: String(low + integer(0, 15)) };
    }
    return { date, quartile: { group: pick(GROUPS), position: pick([1, 2, 3] as const) } };
  };

  const targets: Target[] = [];
  for (let t = 0; t < targetCount; t += 1) {
    // Mostly real indicators; now and then a missing one (a dangling reference).
    const indicator = chance(0.04) ? undefined : pick(indicators.slice(0, indicatorCount));
    const indicatorId = indicator?.id ?? "pi-missing";
    const shape = indicator ?? firstOf(indicators);
    const baselineDate = chance(0.8) ? quarterEnd(FIRST_DAY, FIRST_DAY + 900) : anyDate(FIRST_DAY, FIRST_DAY + 900);
    const baselineDay = toDayNumber(baselineDate);
    // A goal usually after the baseline, sometimes on or before it (a standard).
    const goalDay = chance(0.07) ? baselineDay - integer(0, 200) : baselineDay + integer(90, 1800);
    const goalDate = chance(0.7) ? quarterEnd(goalDay, goalDay) : fromDayNumber(goalDay);
    const baseline = valueFor(shape);
    const comparator = shape.polarity !== "in-band" && chance(0.12);
    const goal: Goal = comparator ? { date: goalDate, value: valueFor(shape) } : goalFor(shape, goalDate, baseline);
    const milestones = [];
    if (chance(0.35))
      for (let m = integer(1, 4); m > 0; m -= 1)
        milestones.push({
          date: chance(0.8) ? quarterEnd(baselineDay - 30, goalDay + 30) : anyDate(baselineDay - 30, goalDay + 30),
          value: valueFor(shape),
        });
    const revisions = [];
    if (chance(0.25)) {
      const used = new Set<string>();
      for (let r = integer(1, 3); r > 0; r -= 1) {
        const date = anyDate(baselineDay - 60, goalDay + 200);
        if (used.has(date)) continue;
        used.add(date);
        const revisedGoalDay = goalDay + integer(-300, 400);
        revisions.push({
          date,
          goal: comparator
            ? { date: fromDayNumber(revisedGoalDay), value: valueFor(shape) }
            : goalFor(shape, fromDayNumber(revisedGoalDay), baseline),
          reason: `Revision ${r}`,
        });
      }
    }
    targets.push({
      id: `t-${t}`,
      objective: `o-${t % 3}`,
      indicator: indicatorId,
      baseline: { date: baselineDate, value: baseline },
      goal,
      ...(milestones.length > 0 ? { milestones } : {}),
      ...(chance(0.5) ? { trajectory: pick(["linear", "step", "compound", "period-target"] as const) } : {}),
      ...(chance(0.2) ? { tolerance: pick([{ percent: decimal(0, 20) }, { absolute: decimal(0, 8) }]) } : {}),
      ...(chance(0.15) ? { stretch: { value: valueFor(shape) } } : {}),
      ...(chance(0.15) ? { floor: valueFor(shape) } : {}),
      ...(revisions.length > 0 ? { revisions } : {}),
      ...(comparator
        ? {
            comparator: {
              indicator: chance(0.8) ? "pi-regional" : "pi-data-only",
              ...(chance(0.6) ? { margin: decimal(-2, 2, 1) } : {}),
              ...(chance(0.5) ? { inclusive: chance(0.5) } : {}),
            },
          }
        : {}),
    });
  }

  const measurements: Measurement[] = [];
  for (const indicator of indicators) {
    const step = indicator.frequency === "monthly" ? 1 : indicator.frequency === "quarterly" ? 3 : 12;
    let level = Number(valueFor(indicator));
    for (let month = 0; month < 84; month += step) {
      if (chance(0.12)) continue;
      const year = 1999 + Math.floor(month / 12);
      const monthOfYear = (month % 12) + step;
      const end = new Date(Date.UTC(year, monthOfYear, 0)).toISOString().slice(0, 10);
      // Now and then a figure off the period's end, or two in one period.
      const date = chance(0.1) ? fromDayNumber(toDayNumber(end) - integer(1, 20)) : end;
      level += (random() - 0.5) * (indicator.unit === "%" ? 8 : 30);
      if (indicator.unit === "%") level = Math.min(100, Math.max(0, level));
      const places = pick([0, 1, 2]);
      const value = level.toFixed(places);
      const quality = chance(0.15) ? pick(["provisional", "estimate", "validated"] as const) : undefined;
      measurements.push({
        indicator: indicator.id,
        date,
        value: value === "-0" || /^-0\.?0*$/.test(value) ? "0" : value,
        ...(quality === undefined ? {} : { quality }),
      });
    }
  }
  // A duplicate date now and then: the last of a date counts.
  const first = measurements[0];
  if (first !== undefined && chance(0.5)) measurements.push({ ...first, value: "42" });

  const benchmarks: Benchmark[] = [];
  for (const indicator of indicators.slice(0, indicatorCount))
    for (const group of GROUPS)
      for (let year = 1999; year <= 2005; year += 1) {
        if (chance(0.3)) continue;
        const values = [valueFor(indicator), valueFor(indicator), valueFor(indicator)].sort(
          (a, b) => Number(a) - Number(b),
        );
        benchmarks.push({
          indicator: indicator.id,
          date: `${year}-03-31`,
          group,
          lowerQuartile: values[0] as string,
          median: values[1] as string,
          upperQuartile: values[2] as string,
          ...(chance(0.5) ? { source: `Source ${year}` } : {}),
        });
      }

  return {
    id: `golden-${seed}`,
    name: `Golden ${seed}`,
    ...(chance(0.3) ? { financialYearStart: pick(["01-01", "07-01", "04-01"]) } : {}),
    owners: [],
    plans: [],
    objectives: [],
    indicators,
    targets,
    measurements,
    benchmarks,
    ...(chance(0.4)
      ? { reportingLags: { monthly: integer(0, 60), quarterly: integer(0, 90), annual: integer(0, 200) } }
      : {}),
    ...(chance(0.4) ? { tolerances: [{ unit: "%", tolerance: { absolute: decimal(0, 5) } }] } : {}),
    ...(chance(0.3) ? { materialShortfalls: [{ unit: "days", materialShortfall: { absolute: decimal(0, 3) } }] } : {}),
    ...(chance(0.35)
      ? { statusRule: { kind: "within-percent-else-year-on-year" as const, withinPercent: decimal(0, 15) } }
      : {}),
  };
}

/**
 * Figures at the edges of exact arithmetic: 30 significant digits, 20 decimal places, numbers
 * JavaScript writes in exponent notation, and float artefacts of 17 digits; each on its own
 * indicator with several targets, so forecasts take every route to their sums.
 */
export function extremeFramework(): Framework {
  const series: readonly (readonly (string | number)[])[] = [
    ["12345678901234567890.1234567891", "12345678901234567890.1234567899", "99999999999999999999.9999999999", "1"],
    ["0.00000000000000000001", "0.00000000000000000003", "0.00000000000000000002", "0.00000000000000000005"],
    [1e-7, 2.5e-7, 3e-7, 1e-6],
    [1e19, 2e19, 1.5e19, 3e19],
    ["47.019999999999996", "46.21", "45.850000000000001", "60.55"],
    ["9007199254740993", "9007199254740995", "9007199254740999", "9007199254741001"],
    ["-5", "-0.5", "0", "-0.25"],
  ];
  const quarters = ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31", "2002-06-30"];
  const indicators: Indicator[] = series.map((_, i) => ({
    id: `pi-${i}`,
    title: `Extreme ${i}`,
    unit: "count",
    polarity: i % 2 === 0 ? "higher-is-better" : "lower-is-better",
    measure: "outcome",
    frequency: "quarterly",
  }));
  const measurements: Measurement[] = series.flatMap((values, i) =>
    values.map((value, q) => ({ indicator: `pi-${i}`, date: quarters[q] as string, value })),
  );
  const targets: Target[] = series.flatMap((values, i) =>
    [0, 1, 2].map((t) => ({
      id: `t-${i}-${t}`,
      objective: "o",
      indicator: `pi-${i}`,
      baseline: { date: t === 2 ? "2001-07-31" : "2001-03-31", value: values[0] as string | number },
      goal: { date: t === 1 ? "2003-03-31" : "2002-12-31", value: values[values.length - 1] as string | number },
    })),
  );
  return { id: "extremes", name: "Extremes", owners: [], plans: [], objectives: [], indicators, targets, measurements };
}
