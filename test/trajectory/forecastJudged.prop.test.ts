/**
 * A forecast's line is judged in floats where they decide (its clamp, status, goal and shown value)
 * and as a 60-digit decimal only where they cannot; windows of 16–17-digit values take the line in
 * floats where the big integers would be exact. Both must give what the decimal route gives: the
 * least-squares line summed and divided in decimals, clamped, judged by `judgeAgainstPoint` or
 * `judgeAgainstBand` with the material shortfall, and shown by `formatDecimal`. Checked here
 * against that route, written out, on generated windows: plain figures, float artefacts, exponent
 * forms, negatives and zeros, huge and tiny values, lines that land exactly on a goal, a band edge,
 * a bound or a tolerance threshold, every built-in scale and a custom one, each kind of tolerance.
 */
import type { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactDecimal, compareDecimals, formatDecimal, isAboveZero, toDecimal } from "../../src/internal/decimal.js";
import { type Framework, type Indicator, type Target, indexFramework } from "../../src/index.js";
import { boundsOf } from "../../src/model/bounds.js";
import { goalValue } from "../../src/model/goal.js";
import { clampDecimal, clampedGoal } from "../../src/trajectory/clamp.js";
import { type Forecast, forecastOf } from "../../src/trajectory/forecast.js";
import { type AppliedTolerance, judgeAgainstBand, judgeAgainstPoint, targetFacts } from "../../src/trajectory/judge.js";
import { BRAG, DCA5, RAG, type Scale, defineScale } from "../../src/trajectory/scales.js";
import { seriesOf } from "../../src/trajectory/series.js";
import { materialShortfallFor } from "../../src/trajectory/tolerances.js";

const FIVE_POINT = defineScale({
  id: "five",
  bands: [
    { status: "green", upTo: "0" },
    { status: "amber-green", upTo: "0.3" },
    { status: "amber", upTo: "1.7" },
    { status: "amber-red", upTo: "4" },
  ],
  beyond: "red",
  blueWhenGoalMet: true,
});
const SCALES: readonly Scale[] = [RAG, BRAG, DCA5, FIVE_POINT];

const DAY = 86_400_000;
const EPOCH = Date.UTC(2001, 0, 1);
const dateOf = (day: number): string => new Date(EPOCH + day * DAY).toISOString().slice(0, 10);
const dayOf = (date: string): number => Math.round((Date.parse(date) - EPOCH) / DAY);

/** A decimal string of `units` over 10^places. */
function plain(units: bigint, places: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return units < 0n ? `-${text}` : text;
}

/** Figures of every kind a window may hold. */
const KINDS: readonly fc.Arbitrary<string | number>[] = [
  // Plain figures of few digits (the safe integers).
  fc
    .tuple(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: 0, max: 3 }))
    .map(([u, p]) => plain(BigInt(u), p)),
  // Float artefacts as the bench's generator writes them ("72.02000000000001").
  fc.integer({ min: 0, max: 4000 }).map((k) => (40 + k / 100).toString()),
  fc
    .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 99 }))
    .map(([a, b]) => String((a / 100) * (b / 10))),
  // Any double's shortest string (up to 17 digits), as a string or a number.
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => String(Object.is(x, -0) ? 0 : x)),
  // Exponent forms (numbers JavaScript writes with an exponent: the decimal route).
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.constantFrom(1e-7, 1e-9, 1e21, 1e24)).map(([u, s]) => u * s),
  // Zeros written several ways.
  fc.constantFrom("0", "0.000", "-0", "000", 0),
  // Huge and tiny: 20–45 digits, up to 60 places.
  fc
    .tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: 0, max: 60 }))
    .map(([u, p]) => plain(u, p)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 15, max: 30 }))
    .map(([u, p]) => plain(u, p)),
  // Huge and nearly equal: the decimal route's sums round at 60 digits and cancel.
  fc
    .tuple(
      fc.constantFrom(10n ** 40n, -(10n ** 45n), 10n ** 52n),
      fc.bigInt({ min: -1000n, max: 1000n }),
      fc.integer({ min: 0, max: 4 }),
    )
    .map(([base, u, p]) => plain(base + u, p)),
];
const figure = fc.oneof(...KINDS);

/** A window of three to twelve figures: of mixed kinds, of one kind, or one run of figures twice. */
const windowOf = fc.oneof(
  { weight: 2, arbitrary: fc.array(figure, { minLength: 3, maxLength: 12 }) },
  { weight: 3, arbitrary: fc.constantFrom(...KINDS).chain((kind) => fc.array(kind, { minLength: 3, maxLength: 12 })) },
  {
    weight: 1,
    arbitrary: fc
      .array(
        figure.filter((f) => typeof f === "string"),
        { minLength: 3, maxLength: 5 },
      )
      .map((f) => [...f, ...f]),
  },
);

const toleranceOf: fc.Arbitrary<AppliedTolerance> = fc.oneof(
  fc.constantFrom("5", "10", "2.5", "0", "33.3", "100").map((percent) => ({ percent })),
  fc
    .tuple(fc.constantFrom("5", "12.5"), fc.constantFrom("0", "15", "0.001", "72.02000000000001"))
    .map(([percent, floor]) => ({
      percent,
      floor: toDecimal(floor),
    })),
  fc.constantFrom("0", "1", "0.5", "3.75", "1000").map((absolute) => ({ absolute })),
  fc.constantFrom("2", "0.25").map((points) => ({ points })),
);

interface Case {
  readonly figures: readonly (string | number)[];
  readonly gaps: readonly number[];
  readonly lead: number;
  readonly ahead: number;
  readonly unit: string;
  readonly min: string | undefined;
  readonly max: string | undefined;
  readonly polarity: Indicator["polarity"];
  readonly material: string | undefined;
  readonly goal: { readonly value: string } | { readonly low: string; readonly high: string };
  readonly tolerance: AppliedTolerance;
  readonly scale: Scale;
  readonly withFacts: boolean;
}

const goalFigure = fc.oneof(
  fc
    .tuple(fc.integer({ min: -20_000, max: 20_000 }), fc.integer({ min: 0, max: 2 }))
    .map(([u, p]) => plain(BigInt(u), p)),
  fc.integer({ min: 0, max: 4000 }).map((k) => (40 + k / 100).toString()),
  fc.constantFrom("0", "100", "75", "25"),
);

const caseOf: fc.Arbitrary<Case> = fc.record({
  figures: windowOf,
  gaps: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 12, maxLength: 12 }),
  lead: fc.integer({ min: 0, max: 100 }),
  ahead: fc.integer({ min: 1, max: 800 }),
  unit: fc.constantFrom("%", "count"),
  min: fc.option(fc.constantFrom("0", "-50", "40", "72.5"), { nil: undefined }),
  max: fc.option(fc.constantFrom("100", "60", "1000000"), { nil: undefined }),
  polarity: fc.constantFrom("higher-is-better", "lower-is-better", "in-band"),
  material: fc.option(fc.constantFrom("0", "0.5", "3", "0.00001"), { nil: undefined }),
  goal: fc.oneof(
    goalFigure.map((value) => ({ value })),
    fc
      .tuple(goalFigure, goalFigure)
      .map(([a, b]) => (compareDecimals(toDecimal(a), toDecimal(b)) <= 0 ? { low: a, high: b } : { low: b, high: a })),
  ),
  tolerance: toleranceOf,
  scale: fc.constantFrom(...SCALES),
  withFacts: fc.boolean(),
});

/** The framework of a case: one indicator, one target, the figures on their days. */
function frameworkOf(c: Case): { framework: Framework; days: number[] } {
  const days: number[] = [];
  let day = 0;
  for (let i = 0; i < c.figures.length; i += 1) {
    day += c.gaps[i % c.gaps.length] as number;
    days.push(day);
  }
  // Bounds in order (an indicator whose min passes its max is reported elsewhere, not forecast).
  const min = c.min !== undefined && c.max !== undefined && Number(c.min) > Number(c.max) ? undefined : c.min;
  const indicator: Indicator = {
    id: "pi",
    title: "PI",
    unit: c.unit,
    polarity: c.polarity,
    measure: "outcome",
    frequency: "monthly",
    ...(min === undefined ? {} : { min }),
    ...(c.max === undefined ? {} : { max: c.max }),
    ...(c.material === undefined ? {} : { materialShortfall: { absolute: c.material } }),
  };
  const target = {
    id: "t",
    objective: "o",
    indicator: "pi",
    baseline: { date: dateOf((days[0] as number) - c.lead), value: "50" },
    goal: { date: dateOf((days[days.length - 1] as number) + c.ahead), ...c.goal },
  } as Target;
  const framework: Framework = {
    id: "fw",
    name: "Forecasts",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [indicator],
    targets: [target],
    measurements: c.figures.map((value, i) => ({ indicator: "pi", date: dateOf(days[i] as number), value })),
  };
  return { framework, days };
}

/** The decimal route, written out: sums and the line in decimals, clamped, judged, shown. */
function decimalRoute(c: Case, framework: Framework): Forecast {
  const target = framework.targets[0] as Target;
  const indicator = framework.indicators[0] as Indicator;
  const origin = dayOf(target.baseline.date);
  const goalDay = dayOf(target.goal.date);
  const zero = new ExactDecimal(0);
  let sx: Decimal = zero;
  let sy: Decimal = zero;
  let sxx: Decimal = zero;
  let sxy: Decimal = zero;
  for (const m of framework.measurements ?? []) {
    const x = new ExactDecimal(dayOf(m.date) - origin);
    const y = toDecimal(m.value);
    sx = sx.plus(x);
    sy = sy.plus(y);
    sxx = sxx.plus(x.times(x));
    sxy = sxy.plus(x.times(y));
  }
  const n = new ExactDecimal(framework.measurements?.length ?? 0);
  const spread = n.times(sxx).minus(sx.times(sx));
  if (spread.isZero()) return { value: null, reason: "the measurements since the baseline are all on one date" };
  const at = new ExactDecimal(goalDay - origin);
  const line = sy
    .times(spread)
    .plus(n.times(sxy).minus(sx.times(sy)).times(n.times(at).minus(sx)))
    .div(n.times(spread));
  const { value: projected, clamped } = clampDecimal(line, boundsOf(indicator));
  const goal = target.goal;
  const judged =
    "low" in goal
      ? judgeAgainstBand(projected, toDecimal(goal.low), toDecimal(goal.high), c.tolerance, c.scale)
      : judgeAgainstPoint(
          projected,
          { num: clampedGoal(goalValue(target), indicator) as Decimal, den: new ExactDecimal(1) },
          indicator.polarity,
          c.tolerance,
          c.scale,
        );
  const material = materialShortfallFor(indicator, framework);
  const onProfile = material !== undefined && compareDecimals(judged.shortfall, material) < 0;
  return {
    value: formatDecimal(projected),
    status: onProfile ? (c.scale.bands[0] as Scale["bands"][number]).status : judged.status,
    meetsGoal: !isAboveZero(judged.shortfall),
    clamped,
  };
}

/** The library's forecast of a case's whole series, on a fresh index (its first forecast of the series). */
function libraryRoute(c: Case, framework: Framework, index = indexFramework(framework)): Forecast {
  const target = framework.targets[0] as Target;
  const indicator = framework.indicators[0] as Indicator;
  const series = seriesOf(index, "pi");
  const facts = c.withFacts ? targetFacts(index, target, true, indicator) : undefined;
  return forecastOf(
    index,
    target,
    indicator,
    { series, start: 0, end: series.measurements.length },
    c.scale,
    c.tolerance,
    facts,
  );
}

/** Whether every figure of a case is of moderate size, so that every route of the library is exact. */
const moderate = (c: Case): boolean =>
  c.figures.every((f) => {
    const text = String(f);
    return !text.includes("e") && text.replace(/[-.]/g, "").replace(/^0+/, "").length <= 20;
  });

describe("a forecast judged in floats", () => {
  it("gives the decimal route's value, status, goal and clamp on generated windows", () => {
    fc.assert(
      fc.property(caseOf, (c) => {
        const { framework } = frameworkOf(c);
        const expected = decimalRoute(c, framework);
        expect(libraryRoute(c, framework)).toEqual(expected);
        // A second forecast of the series reads running totals (and the floats): the same where every route is exact.
        if (moderate(c)) {
          const index = indexFramework(framework);
          libraryRoute(c, framework, index);
          expect(libraryRoute(c, framework, index)).toEqual(expected);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("gives the decimal route's judgement where the line lands exactly on a goal, an edge, a bound, a threshold or a tie of its rounding", () => {
    // Figures on a straight line y = a + b·x (x in days from the baseline), so the line is exact
    // and the goal, a band edge, a bound or a threshold can be put exactly on it.
    const exactCase = fc
      .record({
        a: fc.oneof(fc.bigInt({ min: -50_000n, max: 50_000n }), fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n })),
        b: fc.oneof(fc.bigInt({ min: -500n, max: 500n }), fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n })),
        places: fc.constantFrom(0, 3, 11, 15),
        count: fc.integer({ min: 3, max: 11 }),
        ahead: fc.integer({ min: 1, max: 400 }),
        artefact: fc.boolean(),
        // The line through (or next to) zero at the goal date, far below its values: cancellation.
        cross: fc.option(fc.bigInt({ min: -3n, max: 3n }), { nil: undefined, freq: 3 }),
        where: fc.constantFrom("goal", "low", "high", "bound", "threshold", "material", "shown"),
        polarity: fc.constantFrom("higher-is-better", "lower-is-better", "in-band"),
        scale: fc.constantFrom(...SCALES),
        tolerance: toleranceOf,
        band: fc.integer({ min: 1, max: 3 }),
        withFacts: fc.boolean(),
      })
      .map((r): Case => {
        const gaps = Array.from({ length: 12 }, () => 30);
        const xs = Array.from({ length: r.count }, (_, i) => 30 * (i + 1));
        // Values (a + b·x) / 10^places, so the line is exact and has at most `places` places (an
        // 11th place can tie the shown rounding; 16–18 digits take the floats); as artefacts, the
        // same values in float arithmetic ("72.02000000000001"), so the line lands next to them.
        const a = r.cross === undefined ? r.a : r.cross - r.b * BigInt(30 * r.count + r.ahead);
        const scale = 10 ** r.places;
        const figures = xs.map((x) =>
          r.artefact ? String(Number(a) / scale + (Number(r.b) / scale) * x) : plain(a + r.b * BigInt(x), r.places),
        );
        const line = toDecimal(plain(a + r.b * BigInt(30 * r.count + r.ahead), r.places));
        const tolerance = r.tolerance;
        const upTo = toDecimal(
          (r.scale.bands[Math.min(r.band, r.scale.bands.length - 1)] as Scale["bands"][number]).upTo,
        );
        // The shortfall a tolerance threshold allows (an absolute one; a floored one's floor).
        const shift =
          r.where === "material"
            ? toDecimal("0.5")
            : "absolute" in tolerance
              ? toDecimal(tolerance.absolute).times(upTo)
              : "floor" in tolerance
                ? toDecimal(tolerance.percent).div(100).times(upTo).times(tolerance.floor)
                : new ExactDecimal(0);
        // "shown": the goal far off, so the judgement is plain and the value's rounding is what is tested.
        const goalValue =
          r.where === "threshold" || r.where === "material"
            ? line.plus(r.polarity === "lower-is-better" ? shift.neg() : shift)
            : r.where === "shown"
              ? line.abs().times(3).plus(1000)
              : line;
        const goal =
          r.where === "low"
            ? { low: line.toFixed(), high: line.plus(10).toFixed() }
            : r.where === "high"
              ? { low: line.minus(10).toFixed(), high: line.toFixed() }
              : { value: goalValue.toFixed() };
        return {
          figures,
          gaps,
          lead: 30,
          ahead: r.ahead,
          unit: "count",
          min: r.where === "bound" ? line.toFixed() : undefined,
          max: r.where === "bound" ? line.plus(1).toFixed() : undefined,
          polarity: r.polarity,
          material: r.where === "material" ? "0.5" : undefined,
          goal,
          tolerance,
          scale: r.scale,
          withFacts: r.withFacts,
        };
      });
    fc.assert(
      fc.property(exactCase, (c) => {
        const { framework } = frameworkOf(c);
        expect(libraryRoute(c, framework)).toEqual(decimalRoute(c, framework));
      }),
      { numRuns: 400 },
    );
  });

  it("forecasts the bench's float artefacts as the decimal route does", () => {
    // The goals bench's series: values 40 + k/100 written by JavaScript, 80% of windows holding an artefact.
    let state = 7;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let t = 0; t < 300; t += 1) {
      const c: Case = {
        figures: Array.from({ length: 11 }, () => (40 + Math.floor(random() * 4000) / 100).toString()),
        gaps: Array.from({ length: 12 }, (_, i) => 90 + (i % 3)),
        lead: 91,
        ahead: 91 + (t % 200),
        unit: "%",
        min: undefined,
        max: undefined,
        polarity: t % 2 === 0 ? "higher-is-better" : "lower-is-better",
        material: t % 5 === 0 ? "1" : undefined,
        goal: t % 7 === 0 ? { low: "55", high: "65" } : { value: t % 2 === 0 ? "75" : "25" },
        tolerance: t % 3 === 0 ? { percent: "5" } : { percent: "5", floor: toDecimal("15") },
        scale: SCALES[t % SCALES.length] as Scale,
        withFacts: t % 2 === 0,
      };
      const { framework } = frameworkOf(c);
      expect(libraryRoute(c, framework)).toEqual(decimalRoute(c, framework));
    }
  });
});

/**
 * Long windows (past the float line's 64 values) of figures of up to 17 digits take the big
 * integers; once a series has served a second forecast, their running totals, and the last line
 * they gave is kept for the next forecast of the same window, goal date and baseline. The line is
 * judged in floats (`floatOfBig`) where they decide. Several targets on one series, on one index,
 * asked in turn: each forecast must be the decimal route's for its own target.
 */
describe("long windows on one series, many targets", () => {
  /** Figures of a long window: the bench's artefacts, 16–17-digit doubles, plain, negative and zero, now and then an exponent form. */
  const longFigure = fc.oneof(
    { weight: 40, arbitrary: fc.integer({ min: 0, max: 1000 }).map((k) => (10 + k / 100).toString()) },
    {
      weight: 20,
      arbitrary: fc
        .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 99 }))
        .map(([a, b]) => String((a / 100) * (b / 10))),
    },
    { weight: 20, arbitrary: fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((x) => String(x + 0)) },
    { weight: 10, arbitrary: fc.constantFrom("0", "-0", "0.000", "-12.5") },
    {
      weight: 10,
      arbitrary: fc
        .tuple(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), fc.integer({ min: 12, max: 20 }))
        .map(([u, p]) => plain(u, p)),
    },
    // Now and then huge: the line's value too large for the floats to show.
    { weight: 1, arbitrary: fc.constantFrom("99999999999999.99", "-31415926535897.932") },
    { weight: 10, arbitrary: fc.constantFrom(1e-7, 2.5e21, "3e2") },
  );
  const longCase = fc.record({
    figures: fc.oneof(
      fc.array(longFigure, { minLength: 65, maxLength: 260 }),
      // Without exponent forms, so the big integers' running totals serve every target.
      fc
        .array(longFigure, { minLength: 65, maxLength: 260 })
        .map((f) => f.map((v) => (String(v).includes("e") ? "1" : v))),
    ),
    gap: fc.integer({ min: 1, max: 45 }),
    // Large day numbers: baselines up to 60 years before the first figure.
    leads: fc.array(fc.constantFrom(0, 1, 30, 365, 21_900), { minLength: 1, maxLength: 2 }),
    targets: fc.array(
      fc.record({
        lead: fc.nat(1),
        ahead: fc.constantFrom(1, 90, 400),
        // The window: the whole series, or one a measurement shorter at either end.
        trim: fc.constantFrom([0, 0], [0, 0], [1, 0], [0, 1]),
        goal: fc.oneof(
          goalFigure.map((value) => ({ value })),
          fc.constantFrom({ low: "10", high: "15" }, { low: "-5", high: "12.81" }),
        ),
        polarity: fc.constantFrom("higher-is-better", "lower-is-better", "in-band"),
        tolerance: toleranceOf,
        scale: fc.constantFrom(...SCALES),
        withFacts: fc.boolean(),
      }),
      { minLength: 2, maxLength: 6 },
    ),
    unit: fc.constantFrom("%", "count", "count", "count"),
    material: fc.option(fc.constantFrom("0", "0.5"), { nil: undefined }),
  });

  /** Each case's own framework, and one framework, index and series holding every case's target. */
  function onOneSeries(cases: readonly Case[]) {
    const frameworks = cases.map((c) => frameworkOf(c).framework);
    const shared: Framework = {
      ...(frameworks[0] as Framework),
      targets: frameworks.map((f, i) => ({ ...(f.targets[0] as Target), id: `t${String(i)}` })),
    };
    const index = indexFramework(shared);
    return { frameworks, shared, index, series: seriesOf(index, "pi") };
  }

  it("gives each target the decimal route's forecast", () => {
    fc.assert(
      fc.property(longCase, (r) => {
        // Every target on one indicator (so one series); each polarity its own indicator would split it, so one polarity per case.
        const polarity = (r.targets[0] as (typeof r.targets)[number]).polarity;
        const cases: Case[] = r.targets.map((t) => ({
          figures: r.figures,
          gaps: [r.gap],
          lead: r.leads[t.lead % r.leads.length] as number,
          ahead: t.ahead,
          unit: r.unit,
          min: undefined,
          max: undefined,
          polarity,
          material: r.material,
          goal: t.goal,
          tolerance: t.tolerance,
          scale: t.scale,
          withFacts: t.withFacts,
        }));
        const { frameworks, shared, index, series } = onOneSeries(cases);
        // Twice over, so the later targets read the running totals and the kept line.
        for (let round = 0; round < 2; round += 1)
          cases.forEach((c, i) => {
            const target = shared.targets[i] as Target;
            const indicator = shared.indicators[0] as Indicator;
            const facts = c.withFacts ? targetFacts(index, target, true, indicator) : undefined;
            const trim: readonly number[] = (r.targets[i] as (typeof r.targets)[number]).trim;
            const start = trim[0] as number;
            const end = series.measurements.length - (trim[1] as number);
            const got = forecastOf(index, target, indicator, { series, start, end }, c.scale, c.tolerance, facts);
            const own = frameworks[i] as Framework;
            expect(got).toEqual(decimalRoute(c, { ...own, measurements: own.measurements?.slice(start, end) }));
          });
      }),
      { numRuns: 120, endOnFailure: true },
    );
  });

  it("gives the decimal route's judgement where a long window's line lands exactly on a goal, a threshold or a tie of its rounding", () => {
    const exactLong = fc.record({
      a: fc.oneof(fc.bigInt({ min: -50_000n, max: 50_000n }), fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n })),
      b: fc.oneof(fc.bigInt({ min: -500n, max: 500n }), fc.bigInt({ min: -(10n ** 11n), max: 10n ** 11n })),
      places: fc.constantFrom(2, 11, 15),
      count: fc.integer({ min: 65, max: 200 }),
      ahead: fc.integer({ min: 1, max: 400 }),
      where: fc.constantFrom("goal", "threshold", "shown"),
      polarity: fc.constantFrom("higher-is-better", "lower-is-better"),
      scale: fc.constantFrom(...SCALES),
      absolute: fc.constantFrom("1", "0.5", "3.75"),
    });
    fc.assert(
      fc.property(exactLong, (r) => {
        const xs = Array.from({ length: r.count }, (_, i) => 7 * (i + 1));
        // A 17-digit figure first, so the safe integers refuse and the big integers take the window.
        const figures = ["10.809999999999999", ...xs.slice(1).map((x) => plain(r.a + r.b * BigInt(x), r.places))];
        const c0: Case = {
          figures,
          gaps: [7],
          lead: 0,
          ahead: r.ahead,
          unit: "count",
          min: undefined,
          max: undefined,
          polarity: r.polarity,
          material: undefined,
          goal: { value: "0" },
          tolerance: { absolute: r.absolute },
          scale: r.scale,
          withFacts: false,
        };
        // The line as the decimal route makes it, then goals on it, a threshold from it, or far off.
        const line = toDecimal(String(decimalRoute(c0, frameworkOf(c0).framework).value));
        const upTo = toDecimal(r.scale.bands[1]?.upTo ?? "0");
        const shift = toDecimal(r.absolute).times(upTo);
        const goals = [
          r.where === "goal"
            ? line
            : r.where === "threshold"
              ? line.plus(r.polarity === "lower-is-better" ? shift.neg() : shift)
              : line.abs().times(3).plus(1000),
          line.plus("1e-10"),
          line.minus("1e-10"),
        ];
        const cases = goals.map((g): Case => ({ ...c0, goal: { value: g.toFixed() } }));
        const { frameworks, shared, index, series } = onOneSeries(cases);
        cases.forEach((c, i) => {
          const got = forecastOf(
            index,
            shared.targets[i] as Target,
            shared.indicators[0] as Indicator,
            { series, start: 0, end: series.measurements.length },
            c.scale,
            c.tolerance,
          );
          expect(got).toEqual(decimalRoute(c, frameworks[i] as Framework));
        });
      }),
      { numRuns: 150, endOnFailure: true },
    );
  });
});
