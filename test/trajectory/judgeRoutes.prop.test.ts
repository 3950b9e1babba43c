/**
 * The latest figure of an evaluation is judged and shown in safe integers where every figure fits
 * (src/trajectory/judgeScaled.ts) and by decimals otherwise. Both are exact, so on any target and
 * measurement the integer route must give what the decimal route gives: the same status (bands,
 * floors, blue, material shortfalls, clamping) and the same four shown figures, digit for digit; and
 * the readers beside it (a figure's digits as a scaled integer, two figures' order read from their
 * text, a measurement as shown, the direction of travel on figures' digits) must agree with the
 * decimals they stand in for.
 */
import fc from "fast-check";
import type { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import type { Framework, Indicator, Measurement, Target, Tolerance } from "../../src/index.js";
import { indexFramework } from "../../src/index.js";
import {
  compareDecimals,
  comparePlainDecimals,
  formatDecimal,
  isAboveZero,
  isOne,
  readScaledDecimal,
  toDecimal,
} from "../../src/internal/decimal.js";
import { measuredText, valueOf } from "../../src/trajectory/exact.js";
import {
  judgeMeasurement,
  scaledShortfall,
  scaledTolerance,
  targetFacts,
  toleranceFor,
} from "../../src/trajectory/judge.js";
import { floorBreachedScaled, judgeLatestScaled } from "../../src/trajectory/judgeScaled.js";
import { BRAG, DCA5, RAG, type Scale, defineScale } from "../../src/trajectory/scales.js";
import { compare, directionOfTravel } from "../../src/trajectory/directionOfTravel.js";
import { seriesOf } from "../../src/trajectory/series.js";

const STRICT = defineScale({
  id: "strict",
  bands: [
    { status: "green", upTo: "0" },
    { status: "amber", upTo: "0.35" },
    { status: "red", upTo: "2.125" },
  ],
  beyond: "red",
  blueWhenGoalMet: true,
});
const SCALES: readonly Scale[] = [RAG, BRAG, DCA5, STRICT];

/** A plain decimal string from big-integer units over 10^places. */
function plain(units: bigint, places: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return units < 0n ? `-${text}` : text;
}

/** Decimals as a council's data has them, and at the edges of the integer route. */
const decimalText: fc.Arbitrary<string> = fc.oneof(
  // Short figures: the integer route's common case.
  fc
    .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([u, p]) => plain(BigInt(u), p)),
  // Float artefacts (16 and 17 significant digits): 72.02000000000001, 47.019999999999996.
  fc.integer({ min: 0, max: 4000 }).map((k) => String(40 + k / 100)),
  fc.integer({ min: 0, max: 2000 }).map((k) => String(50 + Math.floor(k) / 100)),
  // Up to 18 digits: either side of 2^53.
  fc
    .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 18 }))
    .map(([u, p]) => plain(u, p)),
  // Huge and tiny.
  fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 40 }))
    .map(([u, p]) => plain(u, p)),
  fc.constantFrom(
    "0",
    "-0",
    "0.000",
    "-0.0",
    "100",
    "007.50",
    "0.0000000000000000000001",
    "99.99999999999999",
    "1.0",
    "00.5",
    "-0.50",
    "0.5",
    "-0.5",
    "5.1234567890",
    "5.12345678901",
    "-12.00000000005",
    "10",
    "010",
  ),
);

/** A figure as given: mostly strings, sometimes a number (some written in exponent notation). */
const figure: fc.Arbitrary<string | number> = fc.oneof(
  { weight: 5, arbitrary: decimalText },
  { weight: 1, arbitrary: fc.constantFrom(1e21, 1e-7, 0.1 + 0.2, -0, 72.5, 2.5e-5, 123456789.125) },
);

const nonNegative: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 3 })).map(([u, p]) => plain(BigInt(u), p)),
  fc.constantFrom("0", "5", "12.5", "0.0001", "3.333333333333333333333"),
);

const tolerance: fc.Arbitrary<Tolerance | undefined> = fc.oneof(
  fc.constant(undefined),
  nonNegative.map((percent) => ({ percent })),
  nonNegative.map((absolute) => ({ absolute })),
  nonNegative.map((points) => ({ points })),
);

/** A quarterly count indicator, higher is better: what the readers' properties measure on. */
const COUNT: Indicator = {
  id: "pi",
  title: "PI",
  unit: "count",
  polarity: "higher-is-better",
  measure: "outcome",
  frequency: "quarterly",
};

/** A framework of one indicator and its measurements, no targets. */
function measured(indicator: Indicator, measurements: readonly Measurement[]): Framework {
  return {
    id: "fw",
    name: "Readers",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [indicator],
    targets: [],
    measurements,
  } as unknown as Framework;
}

const QUARTERS = ["2001-03-31", "2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31", "2002-06-30", "2002-09-30"];

interface Case {
  readonly document: Framework;
  readonly scale: Scale;
  readonly fallback: Tolerance | undefined;
}

const aCase: fc.Arbitrary<Case> = fc
  .record({
    polarity: fc.constantFrom("higher-is-better" as const, "lower-is-better" as const, "in-band" as const),
    unit: fc.constantFrom("%", "count"),
    min: fc.option(fc.constantFrom("0", "-50", "10.5"), { nil: undefined }),
    max: fc.option(fc.constantFrom("100", "80", "1000000"), { nil: undefined }),
    goal: fc.oneof(
      figure.map((value) => ({ value })),
      fc.tuple(decimalText, decimalText).map(([a, b]) => {
        const [low, high] = compareDecimals(toDecimal(a), toDecimal(b)) <= 0 ? [a, b] : [b, a];
        return { low, high };
      }),
      fc.constantFrom("-10", "15", "2.5").map((percent) => ({ change: { percent } })),
    ),
    goalDate: fc.constantFrom("2002-03-31", "2001-12-15", "2003-03-31", "2001-01-31"),
    baseline: figure,
    milestones: fc.array(fc.tuple(fc.constantFrom("2001-05-15", "2001-08-31", "2001-11-30"), figure), { maxLength: 2 }),
    trajectory: fc.constantFrom(
      undefined,
      "linear" as const,
      "step" as const,
      "compound" as const,
      "period-target" as const,
    ),
    floor: fc.option(figure, { nil: undefined }),
    stretch: fc.option(figure, { nil: undefined }),
    tolerance,
    indicatorTolerance: tolerance,
    fallback: tolerance,
    material: fc.option(
      nonNegative.chain((amount) => fc.constantFrom({ absolute: amount }, { points: amount })),
      { nil: undefined },
    ),
    values: fc.array(figure, { minLength: 1, maxLength: 6 }),
    scale: fc.constantFrom(...SCALES),
  })
  .map((c) => {
    const indicator: Indicator = {
      id: "pi",
      title: "PI",
      unit: c.unit,
      polarity: c.polarity,
      measure: "outcome",
      frequency: "quarterly",
      ...(c.min === undefined ? {} : { min: c.min }),
      ...(c.max === undefined || (c.min !== undefined && compareDecimals(toDecimal(c.max), toDecimal(c.min)) < 0)
        ? {}
        : { max: c.max }),
      ...(c.indicatorTolerance === undefined ? {} : { tolerance: c.indicatorTolerance }),
      ...(c.material === undefined ? {} : { materialShortfall: c.material }),
    };
    const target = {
      id: "t",
      objective: "o",
      indicator: "pi",
      baseline: { date: "2001-02-28", value: c.baseline },
      goal: { date: c.goalDate, ...c.goal },
      ...(c.milestones.length === 0 ? {} : { milestones: c.milestones.map(([date, value]) => ({ date, value })) }),
      ...(c.trajectory === undefined ? {} : { trajectory: c.trajectory }),
      ...(c.floor === undefined ? {} : { floor: c.floor }),
      ...(c.stretch === undefined ? {} : { stretch: { value: c.stretch } }),
      ...(c.tolerance === undefined ? {} : { tolerance: c.tolerance }),
    } as Target;
    const document = {
      id: "fw",
      name: "Routes",
      owners: [],
      plans: [],
      objectives: [],
      indicators: [indicator],
      targets: [target],
      measurements: c.values.map((value, i) => ({ indicator: "pi", date: QUARTERS[i] as string, value })),
    } as Framework;
    return { document, scale: c.scale, fallback: c.fallback };
  });

/** The decimal route's four shown figures of a point judgement (evaluateTarget's decimal branch). */
function decimalFigures(
  actual: Decimal,
  expected: { num: Decimal; den: Decimal },
  toleranceAmount: Decimal,
): { expected: string; variance: string; variancePercent: string | null; tolerance: string } {
  const oneDen = isOne(expected.den);
  const scaled = oneDen ? actual.minus(expected.num) : actual.times(expected.den).minus(expected.num);
  return {
    expected: formatDecimal(valueOf(expected)),
    variance: formatDecimal(oneDen ? scaled : scaled.div(expected.den)),
    variancePercent: expected.num.isZero() ? null : formatDecimal(scaled.div(expected.num.abs()).times(100)),
    tolerance: formatDecimal(oneDen ? toleranceAmount : toleranceAmount.div(expected.den)),
  };
}

describe("the latest figure's routes to its judgement", () => {
  it("judges and shows in safe integers what the decimal route judges and shows", () => {
    let integer = 0;
    let bands = 0;
    let all = 0;
    const statuses = new Set<string>();
    fc.assert(
      fc.property(aCase, ({ document, scale, fallback }) => {
        const index = indexFramework(document);
        const target = document.targets[0] as Target;
        const indicator = document.indicators[0] as Indicator;
        const applied = toleranceFor(target, indicator, fallback, index.framework);
        const measurements: Measurement[] = (document.measurements ?? []).filter(
          (measurement) => measurement.date >= target.baseline.date,
        );
        // Figures on and next to every threshold: the expectation moved by each band's tolerances,
        // the material shortfall, the floor and the blue level, and one unit of the last place beside.
        const last = measurements[measurements.length - 1];
        const judged =
          last === undefined ? undefined : judgeMeasurement(index, target, indicator, last, scale, applied);
        if (last !== undefined && judged?.kind === "band") {
          // Figures on and beside each edge moved by each band's tolerances, and the material shortfall.
          const facts = targetFacts(index, target, true, indicator);
          const levels: Decimal[] = [];
          for (const edge of [facts.low, facts.high]) {
            if (edge === undefined) continue;
            // The tolerance of this edge (a percentage is of the edge).
            const tolerance = scaledTolerance(applied, edge, toDecimal(1));
            levels.push(edge);
            for (const band of scale.bands) {
              const step = tolerance.times(band.upTo);
              levels.push(edge.minus(step), edge.plus(step));
            }
            if (facts.material !== undefined) levels.push(edge.minus(facts.material), edge.plus(facts.material));
          }
          for (const level of levels) {
            if (!level.isFinite() || level.sd(true) > 16) continue;
            const unit = toDecimal(10).pow(-Math.max(level.decimalPlaces(), 0));
            for (const value of [level, level.plus(unit), level.minus(unit)])
              measurements.push({ indicator: "pi", date: last.date, value: value.toFixed() });
          }
        }
        if (last !== undefined && judged?.kind === "point") {
          const facts = targetFacts(index, target, true, indicator);
          const { num, den } = judged.expected;
          const amount = judged.toleranceAmount;
          const levels: Decimal[] = [num.div(den)];
          for (const band of scale.bands) {
            const step = amount.times(band.upTo).div(den);
            levels.push(num.div(den).minus(step), num.div(den).plus(step));
          }
          if (facts.material !== undefined)
            levels.push(num.div(den).minus(facts.material), num.div(den).plus(facts.material));
          if (facts.floor !== undefined) levels.push(facts.floor);
          if (facts.blue !== undefined) levels.push(facts.blue);
          for (const level of levels) {
            if (!level.isFinite() || level.sd(true) > 16) continue;
            const unit = toDecimal(10).pow(-Math.max(level.decimalPlaces(), 0));
            for (const value of [level, level.plus(unit), level.minus(unit)])
              measurements.push({ indicator: "pi", date: last.date, value: value.toFixed() });
          }
        }
        for (const measurement of measurements) {
          all += 1;
          const decimal = judgeMeasurement(index, target, indicator, measurement, scale, applied);
          const actual = readScaledDecimal(measurement.value);
          const breached =
            actual === undefined
              ? undefined
              : floorBreachedScaled(actual, targetFacts(index, target, true, indicator).floor, indicator.polarity);
          const floor = target.floor === undefined ? undefined : toDecimal(target.floor);
          if (breached !== undefined)
            expect(breached).toBe(
              floor !== undefined &&
                indicator.polarity !== "in-band" &&
                isAboveZero(
                  scaledShortfall(toDecimal(measurement.value), { num: floor, den: toDecimal(1) }, indicator.polarity),
                ),
            );
          const scaled =
            actual === undefined
              ? undefined
              : judgeLatestScaled(index, target, indicator, measurement, scale, applied, actual);
          if (scaled === undefined) continue;
          integer += 1;
          statuses.add(scaled.status);
          if (decimal.kind === "band") {
            bands += 1;
            const { edge, variance } = decimal;
            expect({ ...scaled }).toEqual({
              status: decimal.status,
              expected: null,
              variance: formatDecimal(variance),
              variancePercent: edge.isZero() ? null : formatDecimal(variance.div(edge.abs()).times(100)),
              tolerance: formatDecimal(decimal.toleranceAmount),
            });
            continue;
          }
          expect(decimal.kind).toBe("point");
          if (decimal.kind !== "point") continue;
          expect({ ...scaled }).toEqual({
            status: decimal.status,
            ...decimalFigures(toDecimal(measurement.value), decimal.expected, decimal.toleranceAmount),
          });
        }
      }),
      { numRuns: 700 },
    );
    // Not vacuous: many figures take the integer route, on every status of the scales.
    expect(integer).toBeGreaterThan(all / 10);
    expect(bands).toBeGreaterThan(integer / 20);
    for (const status of ["green", "amber", "red", "blue"]) expect(statuses.has(status)).toBe(true);
  });

  it("reads a figure's digits as the decimal it is", () => {
    fc.assert(
      fc.property(figure, (value) => {
        const scaled = readScaledDecimal(value);
        const exact = toDecimal(value);
        if (scaled === undefined) {
          // Refused only when it does not fit, or is written in exponent notation.
          const text = String(value);
          const places = exact.decimalPlaces();
          expect(
            text.includes("e") ||
              places > 22 ||
              exact.abs().times(toDecimal(10).pow(places)).greaterThan(Number.MAX_SAFE_INTEGER),
          ).toBe(true);
          return;
        }
        expect(Number.isSafeInteger(scaled.units) && !Object.is(scaled.units, -0)).toBe(true);
        expect(toDecimal(scaled.units).div(toDecimal(10).pow(scaled.places)).equals(exact)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("orders two figures from their characters as decimal.js orders them", () => {
    fc.assert(
      fc.property(figure, figure, (x, y) => {
        const order = comparePlainDecimals(x, y);
        if (order === undefined) {
          expect(String(x).includes("e") || String(y).includes("e")).toBe(true);
          return;
        }
        expect(order).toBe(toDecimal(x).comparedTo(toDecimal(y)));
        expect(comparePlainDecimals(x, x)).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("shows a measurement as formatDecimal shows its decimal", () => {
    fc.assert(
      fc.property(figure, (value) => {
        const measurement: Measurement = { indicator: "pi", date: "2001-03-31", value };
        const index = indexFramework(measured(COUNT, [measurement]));
        expect(measuredText(index, measurement)).toBe(formatDecimal(toDecimal(value)));
      }),
      { numRuns: 1500 },
    );
  });

  it("gives the direction of travel the decimals give, on figures' digits", () => {
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 2, maxLength: 6 }),
        fc.constantFrom("higher-is-better" as const, "lower-is-better" as const),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        (values, polarity, decimals) => {
          const measurements = values.map((value, i) => ({ indicator: "pi", date: QUARTERS[i] as string, value }));
          const indicator: Indicator = { ...COUNT, polarity, ...(decimals === undefined ? {} : { decimals }) };
          const index = indexFramework(measured(indicator, measurements));
          const series = seriesOf(index, "pi");
          for (let at = 1; at < values.length; at += 1) {
            const latest = series.measurements[at] as Measurement;
            const previous = series.measurements[at - 1] as Measurement;
            const yearAgo = at >= 4 ? (series.measurements[at - 4] as Measurement) : undefined;
            expect(directionOfTravel(series, 0, at, indicator, undefined, undefined)).toEqual({
              sincePrevious: compare(toDecimal(latest.value), toDecimal(previous.value), indicator, undefined),
              sinceYearAgo:
                yearAgo === undefined
                  ? null
                  : compare(toDecimal(latest.value), toDecimal(yearAgo.value), indicator, undefined),
            });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
