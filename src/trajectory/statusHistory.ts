import { toDayNumber } from "../internal/dates.js";
import type { Framework, FrameworkIndex, Indicator, Measurement, Target, Tolerance } from "../model/index.js";
import { toFrameworkIndex } from "../model/index.js";
import { judgeMeasurement, toleranceFor } from "./evaluateTarget.js";
import { dayOf } from "./path.js";
import { RAG, type Scale, type Status } from "./scales.js";

/**
 * Options for {@link statusHistory}.
 *
 * @category Evaluation
 * @example
 * import type { StatusHistoryOptions } from "performance-management/trajectory";
 * const options: StatusHistoryOptions = { dates: ["2001-06-30", "2001-09-30"] };
 * options.dates.length //=> 2
 */
export interface StatusHistoryOptions {
  /** The dates to evaluate every target as of, `YYYY-MM-DD`. */
  readonly dates: readonly string[];
  readonly scale?: Scale;
  /** The tolerance when neither a target nor its indicator gives one; 5% when absent. */
  readonly tolerance?: Tolerance;
}

/**
 * Every target's status at each of a series of dates, with the targets counted by status per date.
 *
 * @category Evaluation
 * @example
 * import type { StatusHistory } from "performance-management/trajectory";
 * const none: StatusHistory = { dates: [], scale: "RAG", targets: [], counts: [] };
 * none.scale //=> "RAG"
 */
export interface StatusHistory {
  readonly dates: readonly string[];
  readonly scale: string;
  /** One row per target, in the framework's order: its status as of each date. */
  readonly targets: readonly { readonly target: string; readonly statuses: readonly Status[] }[];
  /** For each date, how many targets have each status. */
  readonly counts: readonly Readonly<Record<Status, number>>[];
}

/** A target prepared once per index: its path and measurements as numbers, for the float kernel. */
interface Compiled {
  readonly target: Target;
  readonly indicator: Indicator | undefined;
  /** Band, comparator and year-to-date targets, and missing indicators, are judged exactly every time. */
  readonly exactOnly: boolean;
  readonly baselineDay: number;
  readonly pointDays: Float64Array;
  readonly pointValues: Float64Array;
  /** 0 linear, 1 step, 2 compound. */
  readonly kind: number;
  /** +1 higher is better, −1 lower is better, 0 in band. */
  readonly sign: number;
  readonly goal: number;
  /** Measurements on or after the baseline, oldest first, with their days and values as numbers. */
  readonly measurements: readonly Measurement[];
  readonly measurementDays: Int32Array;
  readonly measurementValues: Float64Array;
  /** The target's or its indicator's tolerance, if either gives one; the call's default otherwise. */
  readonly tolerance: Tolerance | undefined;
  /** That tolerance as numbers: a fraction of the expectation, or an amount (NaN for the other kind). */
  readonly toleranceFraction: number;
  readonly toleranceAmount: number;
}

const COMPILED = Symbol("performance-management/trajectory compiled targets");
/** The tolerance when neither target, indicator nor caller gives one, as evaluateTarget has it. */
const DEFAULT: Tolerance = { percent: "5" };

function compile(index: FrameworkIndex): Compiled[] {
  const compiled: Compiled[] = [];
  for (const target of index.targets.values()) {
    const indicator = index.indicators.get(target.indicator);
    const goal = target.goal;
    const baselineDay = toDayNumber(target.baseline.date);
    const goalDay = toDayNumber(goal.date);
    const points: [number, number][] = [[baselineDay, Number(target.baseline.value)]];
    const milestones = [...(target.milestones ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (const milestone of milestones) {
      const day = toDayNumber(milestone.date);
      const shared = milestones.filter((other) => other.date === milestone.date).length > 1;
      if (day > baselineDay && day < goalDay && !shared) points.push([day, Number(milestone.value)]);
    }
    let goalValue = Number.NaN;
    if ("value" in goal) goalValue = Number(goal.value);
    else if ("change" in goal) {
      const base = Number(target.baseline.value);
      goalValue =
        "percent" in goal.change ? base * (1 + Number(goal.change.percent) / 100) : base + Number(goal.change.absolute);
    }
    if (goalDay > baselineDay) points.push([goalDay, goalValue]);
    const all = indicator === undefined ? [] : (index.measurementsByIndicator.get(indicator.id) ?? []);
    const measurements = all.filter((m) => m.date >= target.baseline.date);
    compiled.push({
      target,
      indicator,
      exactOnly:
        indicator === undefined || "low" in goal || target.comparator !== undefined || indicator.cumulative === true,
      baselineDay,
      pointDays: Float64Array.from(points, (p) => p[0]),
      pointValues: Float64Array.from(points, (p) => p[1]),
      kind: target.trajectory === "step" ? 1 : target.trajectory === "compound" ? 2 : 0,
      sign: indicator?.polarity === "higher-is-better" ? 1 : indicator?.polarity === "lower-is-better" ? -1 : 0,
      goal: goalValue,
      measurements,
      measurementDays: Int32Array.from(measurements, (m) => toDayNumber(m.date)),
      measurementValues: Float64Array.from(measurements, (m) => Number(m.value)),
      ...toleranceNumbers(target.tolerance ?? indicator?.tolerance),
    });
  }
  return compiled;
}

function toleranceNumbers(tolerance: Tolerance | undefined): {
  tolerance: Tolerance | undefined;
  toleranceFraction: number;
  toleranceAmount: number;
} {
  if (tolerance === undefined) return { tolerance, toleranceFraction: Number.NaN, toleranceAmount: Number.NaN };
  return "percent" in tolerance
    ? { tolerance, toleranceFraction: Number(tolerance.percent) / 100, toleranceAmount: Number.NaN }
    : { tolerance, toleranceFraction: Number.NaN, toleranceAmount: Number(tolerance.absolute) };
}

/** The expectation at a day on the float path (the day is on or after the baseline). */
function floatExpected(c: Compiled, day: number): number {
  const days = c.pointDays;
  const values = c.pointValues;
  const last = days.length - 1;
  if (day >= (days[last] as number)) return values[last] as number;
  let i = 0;
  while (day >= (days[i + 1] as number)) i += 1;
  const a = values[i] as number;
  if (day === days[i] || c.kind === 1) return a;
  const b = values[i + 1] as number;
  const f = (day - (days[i] as number)) / ((days[i + 1] as number) - (days[i] as number));
  if (c.kind === 2 && a !== 0 && b !== 0 && a < 0 === b < 0) return a * Math.pow(b / a, f);
  return a + (b - a) * f;
}

/** Relative distance within which the float kernel hands a decision to exact arithmetic. */
const MARGIN = 1e-9;

/**
 * The status of a target as of a day. Away from every boundary the float kernel decides; within
 * a relative margin of one, or for band, comparator and year-to-date targets, the exact judgement
 * decides. So the status is always the exact one.
 */
function statusAt(
  index: FrameworkIndex,
  c: Compiled,
  day: number,
  scale: Scale,
  fallback: Tolerance | undefined,
  thresholds: readonly number[],
  fallbackNumbers: ReturnType<typeof toleranceNumbers>,
): Status {
  if (day < c.baselineDay) return "not-started";
  const days = c.measurementDays;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) <= day) low = middle + 1;
    else high = middle;
  }
  // Nothing measured since the baseline, or no indicator to measure by: no data.
  if (low === 0 || c.indicator === undefined) return "no-data";
  // Of several measurements on one date, the last in the framework's order counts.
  const at = low - 1;
  const exact = (): Status =>
    judgeMeasurement(
      index,
      c.target,
      c.indicator as Indicator,
      c.measurements[at] as Measurement,
      scale,
      toleranceFor(c.target, c.indicator as Indicator, fallback),
    ).status;
  if (c.exactOnly) return exact();
  const actual = c.measurementValues[at] as number;
  const expected = floatExpected(c, days[at] as number);
  const shortfall = c.sign > 0 ? expected - actual : c.sign < 0 ? actual - expected : Math.abs(actual - expected);
  const numbers = c.tolerance === undefined ? fallbackNumbers : c;
  const amount = Number.isNaN(numbers.toleranceFraction)
    ? numbers.toleranceAmount
    : numbers.toleranceFraction * Math.abs(expected);
  const size = Math.abs(expected) + Math.abs(actual) + Math.abs(amount);
  if (!Number.isFinite(size)) return exact();
  const margin = MARGIN * size;
  if (scale.blueWhenGoalMet) {
    const beyond = c.sign > 0 ? c.goal - actual : c.sign < 0 ? actual - c.goal : Math.abs(actual - c.goal);
    if (Math.abs(beyond) <= MARGIN * (Math.abs(c.goal) + Math.abs(actual))) return exact();
    if (beyond <= 0) return "blue";
  }
  for (let i = 0; i < thresholds.length; i += 1) {
    const threshold = (thresholds[i] as number) * amount;
    if (Math.abs(shortfall - threshold) <= margin) return exact();
    if (shortfall <= threshold) return (scale.bands[i] as Scale["bands"][number]).status;
  }
  return scale.beyond;
}

/**
 * The status of every target as of one date, through the kernel. @internal
 */
export function statusesAsOf(
  source: Framework | FrameworkIndex,
  asOf: string,
  scale: Scale,
  tolerance: Tolerance | undefined,
): { target: string; status: Status }[] {
  const index = toFrameworkIndex(source);
  const day = dayOf(asOf, "asOf");
  const thresholds = scale.bands.map((band) => Number(band.upTo));
  const fallbackNumbers = toleranceNumbers(tolerance ?? DEFAULT);
  return index.derive(COMPILED, compile).map((c) => ({
    target: c.target.id,
    status: statusAt(index, c, day, scale, tolerance, thresholds, fallbackNumbers),
  }));
}

/**
 * Every target's status at each of a series of dates (the latest measurement on or before each
 * date against its expectation), built for national scale: each target is compiled once per index,
 * a float kernel decides every status that lies clearly away from a threshold, and exact decimal
 * arithmetic decides the rest, so every status is the one {@link evaluateTarget} gives.
 *
 * @category Evaluation
 * @param source - a parsed framework or its index (reuse the index across calls: its compiled targets are kept with it)
 * @param options - the dates, and optionally the scale and a default tolerance
 * @returns each target's statuses and the counts per date
 * @throws {@link TrajectoryError} for a date that is not a calendar date
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { statusHistory } from "performance-management/trajectory";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const history = statusHistory(stockton, { dates: ["2001-05-15", "2001-07-15"] });
 * // In May the re-let figure (72 on 30 April) is short of 72.47 but within tolerance; by July it is ahead.
 * history.targets.find((row) => row.target === "t-relet-28-days")?.statuses //=> ["amber", "green"]
 * history.counts[1]?.amber //=> 3
 */
export function statusHistory(source: Framework | FrameworkIndex, options: StatusHistoryOptions): StatusHistory {
  const index = toFrameworkIndex(source);
  const scale = options.scale ?? RAG;
  const thresholds = scale.bands.map((band) => Number(band.upTo));
  const days = options.dates.map((date) => dayOf(date, "date"));
  const compiled = index.derive(COMPILED, compile);
  const fallbackNumbers = toleranceNumbers(options.tolerance ?? DEFAULT);
  const counts = days.map(
    () =>
      ({
        blue: 0,
        green: 0,
        "amber-green": 0,
        amber: 0,
        "amber-red": 0,
        red: 0,
        "no-data": 0,
        "not-started": 0,
      }) as Record<Status, number>,
  );
  const targets = compiled.map((c) => {
    const statuses = days.map((day, i) => {
      const status = statusAt(index, c, day, scale, options.tolerance, thresholds, fallbackNumbers);
      (counts[i] as Record<Status, number>)[status] += 1;
      return status;
    });
    return { target: c.target.id, statuses };
  });
  return { dates: [...options.dates], scale: scale.id, targets, counts };
}
