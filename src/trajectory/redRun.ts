/**
 * How many dates in a row a target was red, back from its latest measurement: found without
 * re-judging the whole run. Five things keep it cheap:
 *
 * - a test that a whole range of measurements is red, from the range's least or greatest value
 *   against the path's extreme over the range's days (redRange.ts; for a target the status kernel
 *   compiles, read from its compiled floats): first the whole window back to the baseline (one test
 *   for a target red since it began);
 * - for a target the kernel compiles, the dates back from the latest judged one by one by the
 *   kernel (floats, exact near a threshold), at most {@link SHORT_RUN} of them, keeping nothing: a
 *   short run costs a few float comparisons, and no tree, date ordinals or runs are built;
 * - past that (or for a target judged exactly every time), the walk back doubles the range while
 *   the test passes and halves it when it fails, so a run of M clearly red dates takes O(log M)
 *   tests of O(log M + log K) each (a range longer than `SCAN_LIMIT` asks a segment tree over the
 *   series, shared by every target on it; a shorter one is read directly), and only figures too
 *   close to call are judged one by one; a run's length is a subtraction of each series' date
 *   ordinals (how many distinct dates lie up to each position), built once per index;
 * - the runs that walk finds, kept per index for each target, scale and tolerance as intervals of
 *   positions, so evaluating one target as of each of its M dates (a chart, a status history)
 *   judges each date of a long run at most once: O(M (SHORT_RUN + log M)) in all, not M²;
 * - for a target the kernel compiles, the last count found, remembered on its compiled target, so a
 *   warm index evaluating it again as of the same date judges nothing.
 *
 * Every count is the one judging each date's last measurement back from the latest would give.
 * @internal
 */
import type { FrameworkIndex, Indicator, Measurement, Target, Tolerance } from "../model/index.js";
import { type AppliedTolerance, judgeMeasurement } from "./judge.js";
import type { Scale, Status } from "./scales.js";
import { type IndicatorSeries, firstOnOrAfter } from "./series.js";
import { SCAN_LIMIT } from "./rangeTree.js";
import { redRangeTest, toleranceKey } from "./redRange.js";
import { type KernelJudge, kernelJudge } from "./statusKernel.js";

/**
 * How many dates back from the latest the kernel judges one by one before the walk turns to the
 * range test and the runs kept per index: a quarterly target's five years and more.
 */
export const SHORT_RUN = 32;

const ORDINALS = Symbol("performance-management/trajectory date ordinals");
const RUNS = Symbol("performance-management/trajectory red runs");

/** `ordinals[i]`: how many distinct dates positions `[0, i]` of a series hold. Once per index and series. */
function ordinalsOf(index: FrameworkIndex, series: IndicatorSeries): Int32Array {
  const cache = index.derive(ORDINALS, () => new Map<IndicatorSeries, Int32Array>());
  let ordinals = cache.get(series);
  if (ordinals === undefined) {
    const days = series.days;
    ordinals = new Int32Array(days.length);
    let count = 0;
    for (let i = 0; i < days.length; i += 1) {
      if (i === 0 || days[i] !== days[i - 1]) count += 1;
      ordinals[i] = count;
    }
    cache.set(series, ordinals);
  }
  return ordinals;
}

/**
 * The runs known for one target, scale and tolerance: disjoint intervals `(bottom, top]` of
 * positions, in order, in which the last measurement of every date is red, and `bottom` is the
 * last of a date that is not (or the position before the target's first).
 */
interface Runs {
  readonly bottoms: number[];
  readonly tops: number[];
}

/** The runs kept for a target, scale and tolerance, or `undefined` when none are (nothing is made to look). */
function keptRuns(index: FrameworkIndex, target: Target, scale: Scale, tolerance: AppliedTolerance): Runs | undefined {
  const byTolerance = index.derive(RUNS, newRuns).get(target)?.get(scale);
  return byTolerance === undefined ? undefined : byTolerance.get(toleranceKey(tolerance));
}

function newRuns(): Map<Target, WeakMap<Scale, Map<string, Runs>>> {
  return new Map();
}

function runsOf(index: FrameworkIndex, target: Target, scale: Scale, tolerance: AppliedTolerance): Runs {
  const byTarget = index.derive(RUNS, newRuns);
  let byScale = byTarget.get(target);
  if (byScale === undefined) {
    byScale = new WeakMap();
    byTarget.set(target, byScale);
  }
  let byTolerance = byScale.get(scale);
  if (byTolerance === undefined) {
    byTolerance = new Map();
    byScale.set(scale, byTolerance);
  }
  const key = toleranceKey(tolerance);
  let runs = byTolerance.get(key);
  if (runs === undefined) {
    runs = { bottoms: [], tops: [] };
    byTolerance.set(key, runs);
  }
  return runs;
}

/** The first interval whose top is at or after `position` (the count when none is). */
function firstTopFrom(runs: Runs, position: number): number {
  let low = 0;
  let high = runs.tops.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((runs.tops[middle] as number) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The bottom of the known run holding `position`, or `undefined` when none does. */
function knownBottom(runs: Runs, position: number): number | undefined {
  const k = firstTopFrom(runs, position);
  const bottom = runs.bottoms[k];
  return bottom !== undefined && bottom < position ? bottom : undefined;
}

/**
 * Records the run `(bottom, top]`. Any known run ending inside it has the same bottom (a run's
 * bottom is not red, and every date inside this one is), so it is replaced.
 */
function record(runs: Runs, bottom: number, top: number): void {
  const from = firstTopFrom(runs, bottom + 1);
  const to = firstTopFrom(runs, top + 1);
  runs.bottoms.splice(from, to - from, bottom);
  runs.tops.splice(from, to - from, top);
}

/** What the walk needs to judge: one date's last measurement exactly, and optionally a whole range at once. */
interface RedRunJudge {
  /** The status of the measurement at a position (the last of its date), exactly as a full evaluation gives it. */
  readonly statusAt: (position: number) => Status;
  /** True only when every measurement in `[from, to)` is certainly red (false says nothing). */
  readonly certainlyRed?: ((from: number, to: number) => boolean) | undefined;
}

/** The walk's limits: dates judged one by one before the range test takes over, and the longest range read without a tree. */
export interface RedRunLimits {
  readonly short: number;
  readonly scan: number;
}

const LIMITS: RedRunLimits = { short: SHORT_RUN, scan: SCAN_LIMIT };

/** How many distinct dates `days[from, to)` hold (sorted). */
function datesIn(days: Int32Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (i === from || days[i] !== days[i - 1]) count += 1;
  return count;
}

/**
 * How many dates in a row, back from the latest measurement's (at `end − 1`), were judged red: the
 * last measurement of each date (an earlier one on the same date was superseded), no further back
 * than `start`. 0 when the latest is not red. `target` is the index's own (its revisions
 * included); each date is judged on `scale` with `tolerance` (the evaluation's), or the status
 * kernel's equivalent of it from `fallback` (the caller's tolerance). `limits` are for tests.
 */
export function consecutiveRed(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  series: IndicatorSeries,
  window: { readonly start: number; readonly end: number },
  latestStatus: Status,
  judgedBy: { readonly scale: Scale; readonly tolerance: AppliedTolerance; readonly fallback: Tolerance | undefined },
  limits: RedRunLimits = LIMITS,
): number {
  if (latestStatus !== "red") return 0;
  const { start, end } = window;
  const top = end - 1;
  const scale = judgedBy.scale;
  const kernel = kernelJudge(index, target, series.values, scale, judgedBy.fallback, limits.scan);
  // The run the kernel's judge last found (an evaluation repeated on a warm index).
  if (kernel?.top === top && kernel.start === start) return kernel.count;
  const count = walk(index, target, indicator, series, start, top, judgedBy, limits, kernel);
  if (kernel !== undefined) {
    kernel.start = start;
    kernel.top = top;
    kernel.count = count;
  }
  return count;
}

/** {@link consecutiveRed} once the latest is red and nothing is remembered for its position. */
function walk(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  series: IndicatorSeries,
  start: number,
  top: number,
  judgedBy: { readonly scale: Scale; readonly tolerance: AppliedTolerance },
  limits: RedRunLimits,
  kernel: KernelJudge | undefined,
): number {
  const { scale, tolerance } = judgedBy;
  const days = series.days;
  const kept = keptRuns(index, target, scale, tolerance);
  if (kept !== undefined) {
    const known = knownBottom(kept, top);
    if (known !== undefined) return datesBetween(index, series, known, top);
  }
  // Below `high` (always the first position of a date) nothing is known yet.
  let high = firstOnOrAfter(days, days[top] as number, start, top);
  if (high === start) return 1;
  const judge: RedRunJudge = kernel ?? {
    statusAt: (at) =>
      judgeMeasurement(index, target, indicator, series.measurements[at] as Measurement, scale, tolerance).status,
    certainlyRed: redRangeTest(index, target, scale, tolerance, limits.scan),
  };
  // A run back to the baseline is common (a target red since it began): one test tells.
  if (judge.certainlyRed?.(start, high) === true) return datesBetween(index, series, start - 1, top);
  if (kernel !== undefined) {
    // The kernel judges a date in a few float comparisons: up to `short` dates back, one by one, keeping nothing.
    let count = 1;
    while (count <= limits.short) {
      const last = high - 1;
      if (kernel.statusAt(last) !== "red") return count;
      count += 1;
      high = firstOnOrAfter(days, days[last] as number, start, last);
      if (high === start) return count;
    }
  }
  const runs = kept ?? runsOf(index, target, scale, tolerance);
  const bottom = walkBack(runs, days, start, high, judge);
  record(runs, bottom, top);
  return datesBetween(index, series, bottom, top);
}

/** How many distinct dates positions `(bottom, top]` hold: read directly over a short span, else from the ordinals. */
function datesBetween(index: FrameworkIndex, series: IndicatorSeries, bottom: number, top: number): number {
  if (top - bottom <= SHORT_RUN) return datesIn(series.days, bottom + 1, top + 1);
  const ordinals = ordinalsOf(index, series);
  return (ordinals[top] as number) - (bottom < 0 ? 0 : (ordinals[bottom] as number));
}

/**
 * The bottom of the run whose dates from `high` up are red: the last position of the nearest date
 * below `high` that is not red, or `start − 1`. Ranges that double while the test passes and halve
 * when it fails; runs already known are taken whole.
 */
function walkBack(runs: Runs, days: Int32Array, start: number, from: number, judge: RedRunJudge): number {
  let high = from;
  const certainlyRed = judge.certainlyRed;
  let step = 1;
  while (high > start) {
    const last = high - 1;
    const knownBelow = knownBottom(runs, last);
    if (knownBelow !== undefined) return knownBelow;
    if (certainlyRed !== undefined) {
      const low = Math.max(start, high - step);
      if (certainlyRed(low, high)) {
        // Every measurement from `low` up is red, so is the last of `low`'s date: on to its first.
        high = firstOnOrAfter(days, days[low] as number, start, low);
        step *= 2;
        continue;
      }
      if (step > 1) {
        step >>= 1;
        continue;
      }
    }
    if (judge.statusAt(last) !== "red") return last;
    high = firstOnOrAfter(days, days[last] as number, start, last);
  }
  return start - 1;
}
