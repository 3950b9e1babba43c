/**
 * How many dates in a row a target was red, back from its latest measurement: found without
 * re-judging the whole run. Three things keep it cheap:
 *
 * - each series' date ordinals (how many distinct dates lie up to each position), built once per
 *   index, so a run's length is a subtraction once its bottom is found;
 * - for a target the fast status kernel compiles, a test that a whole range of measurements is
 *   red, from the range's least or greatest value (a segment tree over the series, shared by every
 *   target on it) against the path's extreme over the range's days: first the whole window back to
 *   the baseline (one test for a target red since it began), then the walk back doubles the range
 *   while the test passes and halves it when it fails, so a run of M clearly red dates takes
 *   O(log M) tests of O(log M + log K) each, and only figures too close to call are judged one by one;
 * - the runs found, kept per index for each target, scale and tolerance as intervals of positions,
 *   so evaluating one target as of each of its M dates (a chart, a status history) judges each
 *   date at most once: O(M log M) in all, not M².
 *
 * Every count is the one judging each date's last measurement back from the latest would give.
 * @internal
 */
import type { FrameworkIndex, Target } from "../model/index.js";
import type { AppliedTolerance } from "./tolerances.js";
import type { Scale, Status } from "./scales.js";
import { type IndicatorSeries, firstOnOrAfter } from "./series.js";

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

/** A key for an applied tolerance: equal keys, equal tolerances. */
export function toleranceKey(tolerance: AppliedTolerance): string {
  if ("floor" in tolerance) return `p${tolerance.percent}f${tolerance.floor.toString()}`;
  if ("percent" in tolerance) return `p${String(tolerance.percent)}`;
  if ("points" in tolerance) return `t${String(tolerance.points)}`;
  return `a${String(tolerance.absolute)}`;
}

function runsOf(index: FrameworkIndex, target: Target, scale: Scale, tolerance: AppliedTolerance): Runs {
  const byTarget = index.derive(RUNS, () => new Map<Target, WeakMap<Scale, Map<string, Runs>>>());
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
export interface RedRunJudge {
  /** The status of the measurement at a position (the last of its date), exactly as a full evaluation gives it. */
  readonly statusAt: (position: number) => Status;
  /** True only when every measurement in `[from, to)` is certainly red (false says nothing). */
  readonly certainlyRed?: ((from: number, to: number) => boolean) | undefined;
}

/**
 * How many dates in a row, back from the latest measurement's (at `end − 1`), were judged red: the
 * last measurement of each date (an earlier one on the same date was superseded), no further back
 * than `start`. 0 when the latest is not red. `target`, `scale` and `tolerance` name what the
 * statuses were judged by, for the runs kept per index.
 */
export function consecutiveRed(
  index: FrameworkIndex,
  target: Target,
  series: IndicatorSeries,
  window: { readonly start: number; readonly end: number },
  latestStatus: Status,
  judgedBy: { readonly scale: Scale; readonly tolerance: AppliedTolerance },
  judge: RedRunJudge,
): number {
  if (latestStatus !== "red") return 0;
  const { start, end } = window;
  const days = series.days;
  const ordinals = ordinalsOf(index, series);
  const datesTo = (position: number): number => (position < 0 ? 0 : (ordinals[position] as number));
  const top = end - 1;
  const runs = runsOf(index, target, judgedBy.scale, judgedBy.tolerance);
  const known = knownBottom(runs, top);
  if (known !== undefined) return datesTo(top) - datesTo(known);
  // Below `high` (always the first position of a date) nothing is known yet.
  let high = firstOnOrAfter(days, days[top] as number, start, top);
  let bottom = start - 1;
  const certainlyRed = judge.certainlyRed;
  // A run back to the baseline is common (a target red since it began): one test tells.
  if (
    certainlyRed !== undefined &&
    high > start &&
    knownBottom(runs, high - 1) === undefined &&
    certainlyRed(start, high)
  )
    high = start;
  let step = 1;
  while (high > start) {
    const last = high - 1;
    const knownBelow = knownBottom(runs, last);
    if (knownBelow !== undefined) {
      bottom = knownBelow;
      break;
    }
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
    if (judge.statusAt(last) !== "red") {
      bottom = last;
      break;
    }
    high = firstOnOrAfter(days, days[last] as number, start, last);
  }
  record(runs, bottom, top);
  return datesTo(top) - datesTo(bottom);
}
