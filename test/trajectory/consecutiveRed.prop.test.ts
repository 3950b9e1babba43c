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
import { defined } from "../helpers/defined.js";
import { runs } from "../helpers/runs.js";

const START = toDayNumber("2001-01-01");
const day = (offset: number): string => fromDayNumber(START + offset);

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
  const given = defined(index.targets.get(id));
  const indicator = defined(index.indicators.get(given.indicator));
  const series = seriesOf(index, indicator.id);
  const start = firstOnOrAfter(series.days, toDayNumber(given.baseline.date));
  // Once the goal in force has passed (a goal after the baseline: one on or before it is a standard),
  // the figures after its date are not the target's.
  const goalDate = revisionInForce(given, asOf).target.goal.date;
  const upTo = goalDate < asOf && goalDate > given.baseline.date ? goalDate : asOf;
  const end = firstAfter(series.days, toDayNumber(upTo), start);
  if (end <= start || asOf < given.baseline.date) return 0;
  const judgedDate = (series.measurements[end - 1] as Measurement).date;
  const tolerance = toleranceFor(revisionInForce(given, judgedDate).target, indicator, fallback, index.framework);
  const status = (position: number) =>
    judgeMeasurement(index, given, indicator, series.measurements[position] as Measurement, scale, tolerance).status;
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

/** Measurements as runs: each a step of 0 (the same date again) to 6 days, and a value (often one repeated for a while). */
const measurementsArbitrary = fc.array(
  fc.record({ step: fc.integer({ min: 0, max: 6 }), value, repeat: fc.integer({ min: 1, max: 20 }) }),
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
    indicators: [
      { id: "pi", title: "PI", unit: "u", polarity: c.polarity, measure: "outcome", frequency: "monthly" },
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
  it("is the count a re-judgement of the whole run gives, whatever order a shared index is asked in", () => {
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
  }, 60_000);
});
