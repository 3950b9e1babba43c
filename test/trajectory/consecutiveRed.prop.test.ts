import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import {
  BRAG,
  DCA5,
  type Framework,
  type FrameworkIndex,
  type Measurement,
  RAG,
  type Scale,
  type Target,
  type Tolerance,
  evaluateTarget,
  indexFramework,
} from "../../src/index.js";
import { revisionInForce } from "../../src/model/revisions.js";
import { judgeMeasurement, toleranceFor } from "../../src/trajectory/judge.js";
import { firstAfter, firstOnOrAfter, seriesOf } from "../../src/trajectory/series.js";
import { type RedRunLimits, SHORT_RUN, consecutiveRed } from "../../src/trajectory/redRun.js";
import { SCAN_LIMIT, greatestIn, leastIn, rangeMax, rangeMin, rangeTreeOf } from "../../src/trajectory/rangeTree.js";
import { redRangeTest } from "../../src/trajectory/redRange.js";
import { kernelJudge } from "../../src/trajectory/statusKernel.js";
import { defined } from "../helpers/defined.js";
import { runs, timeout } from "../helpers/runs.js";

const START = toDayNumber("2001-01-01");
const day = (offset: number): string => fromDayNumber(START + offset);

/**
 * What an evaluation as of `asOf` judges: the target's window of its indicator's series (from its
 * baseline to the latest measurement on or before `asOf`, or the goal date once that has passed), the
 * tolerance of the goal in force on the latest's date, and each position's exact status.
 */
function windowOf(index: FrameworkIndex, id: string, asOf: string, scale: Scale, fallback: Tolerance | undefined) {
  const given = defined(index.targets.get(id));
  const indicator = defined(index.indicators.get(given.indicator));
  const series = seriesOf(index, indicator.id);
  const start = firstOnOrAfter(series.days, toDayNumber(given.baseline.date));
  // Once the goal in force has passed (a goal after the baseline: one on or before it is a standard),
  // the figures after its date are not the target's.
  const goalDate = revisionInForce(given, asOf).target.goal.date;
  const upTo = goalDate < asOf && goalDate > given.baseline.date ? goalDate : asOf;
  const end = firstAfter(series.days, toDayNumber(upTo), start);
  if (end <= start || asOf < given.baseline.date) return undefined;
  const judgedDate = (series.measurements[end - 1] as Measurement).date;
  const tolerance = toleranceFor(revisionInForce(given, judgedDate).target, indicator, fallback, index.framework);
  const status = (position: number) =>
    judgeMeasurement(index, given, indicator, series.measurements[position] as Measurement, scale, tolerance).status;
  return { given, indicator, series, start, end, tolerance, status };
}

/**
 * The count as it was first written, re-judging the whole run: back from the latest measurement on
 * or before `asOf` (or the goal date, once that has passed), the last measurement of each date judged by the goal in force on it, with the
 * tolerance of the evaluation's own goal in force, until one is not red.
 */
function bruteForce(
  index: FrameworkIndex,
  id: string,
  asOf: string,
  scale: Scale,
  fallback: Tolerance | undefined,
): number {
  const window = windowOf(index, id, asOf, scale, fallback);
  if (window === undefined) return 0;
  const { series, start, end, status } = window;
  if (status(end - 1) !== "red") return 0;
  let run = 1;
  let current = series.days[end - 1] as number;
  for (let position = end - 2; position >= start; position -= 1) {
    if (series.days[position] === current) continue;
    current = series.days[position] as number;
    if (status(position) !== "red") break;
    run += 1;
  }
  return run;
}

const value = fc.integer({ min: -120, max: 120 }).map(String);

const targetArbitrary = fc.record({
  kind: fc.constantFrom<Target["trajectory"]>("linear", "step", "compound", "period-target"),
  baseline: value,
  goal: fc.oneof(
    { weight: 4, arbitrary: fc.record({ at: fc.integer({ min: -20, max: 400 }), value }) },
    // A band, now and then one whose edges are the wrong way round (the smart rule's finding).
    {
      weight: 1,
      arbitrary: fc.record({
        at: fc.integer({ min: 10, max: 400 }),
        low: value,
        width: fc.integer({ min: -5, max: 30 }),
      }),
    },
  ),
  milestones: fc.array(fc.record({ at: fc.integer({ min: -10, max: 420 }), value }), { maxLength: 5 }),
  revisions: fc.uniqueArray(
    fc.record({
      at: fc.integer({ min: -5, max: 450 }),
      goalAt: fc.integer({ min: 20, max: 500 }),
      value,
      width: fc.option(fc.integer({ min: -5, max: 30 }), { nil: undefined }),
    }),
    { maxLength: 2, selector: (revision) => revision.at },
  ),
  floor: fc.option(value, { nil: undefined }),
  comparator: fc.option(fc.record({ margin: fc.constantFrom(undefined, "0", "2.5", "-3"), inclusive: fc.boolean() }), {
    nil: undefined,
    freq: 4,
  }),
  stretch: fc.option(value, { nil: undefined }),
  tolerance: fc.constantFrom<Tolerance | undefined>(
    undefined,
    { percent: "5" },
    { percent: "60" },
    { percent: "150" },
    { absolute: "4" },
    { absolute: "0" },
  ),
});

/** A measured figure: mostly a whole number, now and then a float artefact, exponent form, a negative zero or a tiny or huge figure. */
const figure = fc.oneof(
  { weight: 6, arbitrary: value },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "72.02000000000001",
      "47.019999999999996",
      "-10.000000000000002",
      "1e1",
      "-1.5e1",
      "-0",
      "0.000000000001",
      "123456789012.5",
    ),
  },
);

/** Measurements as runs: each a step of 0 (the same date again) to 6 days, and a value (often one repeated for a while). */
const measurementsArbitrary = fc.array(
  fc.record({ step: fc.integer({ min: 0, max: 6 }), value: figure, repeat: fc.integer({ min: 1, max: 20 }) }),
  { minLength: 1, maxLength: 12 },
);

const caseArbitrary = fc.record({
  polarity: fc.constantFrom<"higher-is-better" | "lower-is-better" | "in-band">(
    "higher-is-better",
    "lower-is-better",
    "in-band",
  ),
  targets: fc.array(targetArbitrary, { minLength: 1, maxLength: 3 }),
  measurements: measurementsArbitrary,
  /** The comparator series (a region's figures), on dates of its own. */
  region: fc.array(fc.record({ at: fc.integer({ min: -10, max: 500 }), value }), { maxLength: 30 }),
  scale: fc.constantFrom(RAG, BRAG, DCA5),
  fallback: fc.constantFrom<Tolerance | undefined>(undefined, { percent: "10" }),
  order: fc.constantFrom("ascending", "descending", "shuffled"),
  seed: fc.nat(),
  /** A council's own rules: a status rule, or a material shortfall for the unit or the indicator. */
  rules: fc.constantFrom("none", "none", "none", "status-rule", "material", "indicator-material"),
});

type Case = typeof caseArbitrary extends fc.Arbitrary<infer C> ? C : never;

/** One indicator, every target on it, the measurements as the case's runs lay them out from 8 days before the baseline. */
function build(c: Case): Framework {
  const targets: Target[] = c.targets.map((t, i) => ({
    id: `t-${String(i)}`,
    objective: "o",
    indicator: "pi",
    trajectory: t.kind,
    baseline: { date: day(0), value: t.baseline },
    goal:
      "low" in t.goal
        ? { date: day(t.goal.at), low: t.goal.low, high: String(Number(t.goal.low) + t.goal.width) }
        : { date: day(t.goal.at), value: t.goal.value },
    milestones: t.milestones.map((m) => ({ date: day(m.at), value: m.value })),
    revisions: t.revisions.map((r) => ({
      date: day(r.at),
      goal:
        r.width === undefined
          ? { date: day(r.goalAt), value: r.value }
          : { date: day(r.goalAt), low: r.value, high: String(Number(r.value) + r.width) },
      reason: "Reviewed",
    })),
    ...(t.floor === undefined ? {} : { floor: t.floor }),
    ...(t.stretch === undefined ? {} : { stretch: { value: t.stretch } }),
    ...(t.tolerance === undefined ? {} : { tolerance: t.tolerance }),
    ...(t.comparator === undefined
      ? {}
      : {
          comparator: {
            indicator: "region",
            inclusive: t.comparator.inclusive,
            ...(t.comparator.margin === undefined ? {} : { margin: t.comparator.margin }),
          },
        }),
  }));
  const measurements: Measurement[] = [];
  let at = -8;
  for (const m of c.measurements) {
    for (let r = 0; r < m.repeat; r += 1) {
      at += r === 0 ? m.step : Math.max(1, m.step);
      measurements.push({ indicator: "pi", date: day(at), value: m.value });
    }
  }
  return {
    id: "fw",
    name: "Runs of red",
    owners: [],
    plans: [],
    objectives: [],
    ...(c.rules === "status-rule"
      ? { statusRule: { kind: "within-percent-else-year-on-year" as const, withinPercent: "10" } }
      : {}),
    ...(c.rules === "material" ? { materialShortfalls: [{ unit: "u", materialShortfall: { points: "3" } }] } : {}),
    indicators: [
      {
        id: "pi",
        title: "PI",
        unit: "u",
        polarity: c.polarity,
        measure: "outcome",
        frequency: "monthly",
        ...(c.rules === "indicator-material" ? { materialShortfall: { points: "0.5" } } : {}),
      },
      { id: "region", title: "Region", unit: "u", polarity: c.polarity, measure: "outcome", frequency: "monthly" },
    ],
    targets,
    measurements: [...measurements, ...c.region.map((r) => ({ indicator: "region", date: day(r.at), value: r.value }))],
  };
}

/** The case's evaluation dates: measurements' dates and the days after them, in the case's order. */
function datesOf(c: Case, framework: Framework): string[] {
  const dates = [
    ...new Set((framework.measurements ?? []).flatMap((m) => [m.date, fromDayNumber(toDayNumber(m.date) + 1)])),
  ].sort();
  if (c.order === "descending") dates.reverse();
  if (c.order === "shuffled") {
    let state = c.seed;
    for (let i = dates.length - 1; i > 0; i -= 1) {
      state = (state * 1103515245 + 12345) % 2147483648;
      const j = state % (i + 1);
      [dates[i], dates[j]] = [dates[j] as string, dates[i] as string];
    }
  }
  // At most 40 of them, spread out: the oracle re-judges a whole run for each.
  const every = Math.max(1, Math.ceil(dates.length / 40));
  return dates.filter((_, i) => i % every === 0);
}

describe("consecutiveRed", () => {
  it(
    "is the count a re-judgement of the whole run gives, whatever order a shared index is asked in",
    () => {
      fc.assert(
        fc.property(caseArbitrary, (c) => {
          const framework = build(c);
          // One index serves every evaluation (its kept runs are exercised); the oracle has its own.
          const shared = indexFramework(framework);
          const oracle = indexFramework(framework);
          let compared = 0;
          for (const asOf of datesOf(c, framework)) {
            for (const target of framework.targets) {
              const options = { asOf, scale: c.scale, ...(c.fallback === undefined ? {} : { tolerance: c.fallback }) };
              const evaluation = evaluateTarget(shared, target.id, options);
              const expected = bruteForce(oracle, target.id, asOf, c.scale, c.fallback);
              expect(evaluation.consecutiveRed).toBe(expected);
              expect(evaluation.consecutiveRed > 0).toBe(evaluation.status === "red");
              compared += 1;
            }
          }
          expect(compared).toBeGreaterThan(0);
        }),
        { numRuns: runs(40) },
      );
      // A correctness test, not a timing: the oracle re-judges whole runs, slow on a loaded machine.
    },
    timeout(60_000),
  );
});

/**
 * Cases for the routes: runs of up to 40 measurements far on the wrong side of any generated goal
 * (certainly red, so long runs the range test settles), broken by runs far on the right side or of
 * any figure, or on the first target's path at its start or end; three quarters of them with every
 * target plain (no revision, no comparator: the kernel's own), two thirds of those with no
 * milestones either (a path of two points, compiled from its strings).
 */
const routeCaseArbitrary = fc
  .record({
    base: caseArbitrary,
    runs: fc.array(
      fc.record({
        step: fc.integer({ min: 0, max: 3 }),
        kind: fc.constantFrom("bad", "bad", "good", "any", "near the baseline", "near the goal"),
        value: figure,
        offset: fc.integer({ min: -8, max: 8 }),
        repeat: fc.integer({ min: 1, max: 40 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    plain: fc.constantFrom("as generated", "no revision or comparator", "two points", "two points"),
  })
  .map(({ base, runs: laid, plain }): Case => {
    const first = base.targets[0] as Case["targets"][number];
    // A figure on the first target's path at its start or its end, moved a little: red, amber or green by a little.
    const near = (kind: string, offset: number): string =>
      String(Number(kind === "near the baseline" || "low" in first.goal ? first.baseline : first.goal.value) + offset);
    const far = (bad: boolean): string => (bad === (base.polarity === "lower-is-better") ? "1000" : "-1000");
    return {
      ...base,
      targets:
        plain === "as generated"
          ? base.targets
          : base.targets.map((t) => ({
              ...t,
              revisions: [],
              comparator: undefined,
              milestones: plain === "two points" ? [] : t.milestones,
            })),
      measurements: laid.map((run) => ({
        step: run.step,
        repeat: run.repeat,
        value:
          run.kind === "any"
            ? run.value
            : run.kind === "bad" || run.kind === "good"
              ? far(run.kind === "bad")
              : near(run.kind, run.offset),
      })),
    };
  });

/**
 * The walk's routes, each forced by its limits: as shipped; the range walk with trees for every
 * range (no date judged by the kernel first, no range read directly); the kernel back through the
 * whole run with every range read directly; and limits small enough that runs cross them.
 */
const ROUTES: readonly RedRunLimits[] = [
  { short: SHORT_RUN, scan: SCAN_LIMIT },
  { short: 0, scan: 0 },
  { short: Number.POSITIVE_INFINITY, scan: Number.POSITIVE_INFINITY },
  { short: 3, scan: 2 },
];

/** The count by one route: as evaluateTarget calls it. */
function countBy(
  index: FrameworkIndex,
  id: string,
  asOf: string,
  scale: Scale,
  fallback: Tolerance | undefined,
  limits: RedRunLimits,
): number {
  const window = windowOf(index, id, asOf, scale, fallback);
  if (window === undefined) return 0;
  const { given, indicator, series, start, end, tolerance, status } = window;
  const judgedBy = { scale, tolerance, fallback };
  return consecutiveRed(index, given, indicator, series, { start, end }, status(end - 1), judgedBy, limits);
}

describe("consecutiveRed's routes", () => {
  it(
    "give the count a re-judgement gives: the kernel date by date, the range walk with trees, and runs crossing the limits",
    () => {
      const lengths = new Set<number>();
      fc.assert(
        fc.property(fc.oneof(routeCaseArbitrary, caseArbitrary), (c) => {
          const framework = build(c);
          const oracle = indexFramework(framework);
          // Each route keeps its runs and remembered counts on an index of its own, asked in the case's order.
          const indexes = ROUTES.map(() => indexFramework(framework));
          for (const asOf of datesOf(c, framework)) {
            for (const target of framework.targets) {
              const expected = bruteForce(oracle, target.id, asOf, c.scale, c.fallback);
              lengths.add(expected);
              ROUTES.forEach((limits, k) => {
                const count = countBy(indexes[k] as FrameworkIndex, target.id, asOf, c.scale, c.fallback, limits);
                expect([k, count]).toEqual([k, expected]);
              });
            }
          }
        }),
        { numRuns: runs(60) },
      );
      // Runs on both sides of the shipped limit and of the small one were compared.
      for (const length of [1, 2, 3, 4, 5, SHORT_RUN, SHORT_RUN + 1]) expect(lengths).toContain(length);
    },
    timeout(120_000),
  );
});

describe("the range tests", () => {
  it(
    "say red only of ranges whose every measurement is red, the kernel's and the exact targets', and say it of some",
    () => {
      let passed = 0;
      fc.assert(
        fc.property(fc.oneof(routeCaseArbitrary, caseArbitrary), (c) => {
          const framework = build(c);
          const index = indexFramework(framework);
          const series = seriesOf(index, "pi");
          const length = series.measurements.length;
          for (const target of framework.targets) {
            const given = defined(index.targets.get(target.id));
            const indicator = defined(index.indicators.get("pi"));
            const tolerance = toleranceFor(given, indicator, c.fallback, index.framework);
            // notRed[i]: how many of the first i measurements are not red, each judged exactly.
            const notRed = [0];
            for (let i = 0; i < length; i += 1) {
              const measurement = series.measurements[i] as Measurement;
              const status = judgeMeasurement(index, given, indicator, measurement, c.scale, tolerance).status;
              notRed.push((notRed[i] as number) + (status === "red" ? 0 : 1));
            }
            const start = firstOnOrAfter(series.days, toDayNumber(given.baseline.date));
            for (const scan of [0, 3, Number.POSITIVE_INFINITY]) {
              const tests = [
                kernelJudge(index, given, series.values, c.scale, c.fallback, scan)?.certainlyRed,
                redRangeTest(index, given, c.scale, tolerance, scan),
              ];
              for (const test of tests) {
                if (test === undefined) continue;
                // Every range from the baseline on, of every length (series of up to 80, every third start beyond).
                for (let from = start; from < length; from += length > 80 ? 3 : 1) {
                  for (let to = from + 1; to <= length; to += 1) {
                    if (!test(from, to)) continue;
                    passed += 1;
                    expect([from, to, (notRed[to] as number) - (notRed[from] as number)]).toEqual([from, to, 0]);
                  }
                }
              }
            }
          }
        }),
        { numRuns: runs(120) },
      );
      expect(passed).toBeGreaterThan(0);
    },
    timeout(120_000),
  );
});

/**
 * One plain target (a path of two points, or with milestones) and figures on its path moved by up to
 * 30 either way (the same for a run of them), dated from before its baseline to after its goal: red,
 * amber, green and blue mixed.
 */
const nearPathArbitrary = fc.record({
  kind: fc.constantFrom<Target["trajectory"]>("linear", "step", "compound", "period-target"),
  polarity: fc.constantFrom<"higher-is-better" | "lower-is-better">("higher-is-better", "lower-is-better"),
  baseline: fc.integer({ min: -120, max: 120 }),
  goal: fc.integer({ min: -120, max: 120 }),
  goalAt: fc.integer({ min: -20, max: 200 }),
  milestones: fc.array(fc.record({ at: fc.integer({ min: 1, max: 200 }), value }), { maxLength: 2 }),
  figures: fc.array(
    fc.record({
      step: fc.integer({ min: 0, max: 9 }),
      offset: fc.integer({ min: -30, max: 30 }),
      repeat: fc.integer({ min: 1, max: 15 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  floor: fc.option(value, { nil: undefined, freq: 4 }),
  stretch: fc.option(value, { nil: undefined, freq: 4 }),
  tolerance: fc.constantFrom<Tolerance | undefined>(undefined, { percent: "10" }, { absolute: "4" }),
  scale: fc.constantFrom(RAG, BRAG, DCA5),
  fallback: fc.constantFrom<Tolerance | undefined>(undefined, { percent: "20" }),
});

describe("the kernel's range test", () => {
  it(
    "says red only of ranges of figures each red, near a path of two points or more, and says it of some",
    () => {
      let passed = 0;
      fc.assert(
        fc.property(nearPathArbitrary, (c) => {
          // The figures follow the straight line from baseline to goal (the path's own shape aside), then the goal.
          const on = (at: number): number =>
            at >= c.goalAt || c.goalAt <= 0
              ? c.goal
              : c.baseline + ((c.goal - c.baseline) * Math.max(at, 0)) / c.goalAt;
          let at = -10;
          const measurements: Measurement[] = c.figures.flatMap((f) =>
            Array.from({ length: f.repeat }, (_, r) => {
              at += r === 0 ? f.step : Math.max(1, f.step);
              return { indicator: "pi", date: day(at), value: String(Math.round(on(at)) + f.offset) };
            }),
          );
          const framework: Framework = {
            id: "fw",
            name: "Near the path",
            owners: [],
            plans: [],
            objectives: [],
            indicators: [
              { id: "pi", title: "PI", unit: "u", polarity: c.polarity, measure: "outcome", frequency: "monthly" },
            ],
            targets: [
              {
                id: "t",
                objective: "o",
                indicator: "pi",
                trajectory: c.kind,
                baseline: { date: day(0), value: String(c.baseline) },
                goal: { date: day(c.goalAt), value: String(c.goal) },
                milestones: c.milestones.map((m) => ({ date: day(m.at), value: m.value })),
                ...(c.floor === undefined ? {} : { floor: c.floor }),
                ...(c.stretch === undefined ? {} : { stretch: { value: c.stretch } }),
                ...(c.tolerance === undefined ? {} : { tolerance: c.tolerance }),
              },
            ],
            measurements,
          };
          const index = indexFramework(framework);
          const series = seriesOf(index, "pi");
          const given = defined(index.targets.get("t"));
          const indicator = defined(index.indicators.get("pi"));
          const tolerance = toleranceFor(given, indicator, c.fallback, index.framework);
          const notRed = [0];
          for (let i = 0; i < series.measurements.length; i += 1) {
            const measurement = series.measurements[i] as Measurement;
            const status = judgeMeasurement(index, given, indicator, measurement, c.scale, tolerance).status;
            notRed.push((notRed[i] as number) + (status === "red" ? 0 : 1));
          }
          const start = firstOnOrAfter(series.days, toDayNumber(given.baseline.date));
          for (const scan of [0, Number.POSITIVE_INFINITY]) {
            const test = kernelJudge(index, given, series.values, c.scale, c.fallback, scan)?.certainlyRed;
            expect(test).toBeDefined();
            for (let from = start; from < series.measurements.length; from += 1) {
              for (let to = from + 1; to <= series.measurements.length; to += 1) {
                if (!(test as (from: number, to: number) => boolean)(from, to)) continue;
                passed += 1;
                expect([from, to, (notRed[to] as number) - (notRed[from] as number)]).toEqual([from, to, 0]);
              }
            }
          }
        }),
        { numRuns: runs(150) },
      );
      expect(passed).toBeGreaterThan(0);
    },
    timeout(120_000),
  );
});

describe("a range's least and greatest", () => {
  it("are the same read directly and from the tree, NaN, infinities and signed zeros included", () => {
    const number = fc.oneof(
      fc.double(),
      fc.constantFrom(Number.NaN, 0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    );
    const index = indexFramework({
      id: "fw",
      name: "n",
      owners: [],
      plans: [],
      objectives: [],
      indicators: [],
      targets: [],
    });
    fc.assert(
      fc.property(fc.array(number, { minLength: 1, maxLength: 80 }), fc.nat(), fc.nat(), (list, a, b) => {
        const values = Float64Array.from(list);
        const from = a % (values.length + 1);
        const to = from + (b % (values.length - from + 1));
        const tree = rangeTreeOf(values);
        let least = Number.POSITIVE_INFINITY;
        let greatest = Number.NEGATIVE_INFINITY;
        for (let i = from; i < to; i += 1) {
          least = Math.min(least, values[i] as number);
          greatest = Math.max(greatest, values[i] as number);
        }
        for (const scan of [0, 4, Number.POSITIVE_INFINITY]) {
          expect(Object.is(leastIn(index, values, from, to, scan), least)).toBe(true);
          expect(Object.is(greatestIn(index, values, from, to, scan), greatest)).toBe(true);
        }
        expect(Object.is(rangeMin(tree, from, to), least)).toBe(true);
        expect(Object.is(rangeMax(tree, from, to), greatest)).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });
});
