/**
 * A target's path as the judgement reads it: its first point (the baseline, or the goal alone when
 * the goal is dated on or before the baseline), the milestones it keeps in date order, and its goal.
 *
 * The milestones stay as they are written. Making a path is one pass over their dates (in order,
 * else a sorted copy, as `byDate` gives) and, only when two share a date, one more to note which
 * are kept; a milestone's day is read from its date when a search reaches it (all of them into a
 * table once the path is searched often), and its value parsed when an expectation reads it. So
 * judging a path of 20,000 milestones at one date reads about fifteen dates and parses two values,
 * not 20,000 of each.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { toDecimal } from "../internal/decimal.js";
import { byDate, countBefore, countOnOrBefore } from "../internal/sortedByDate.js";
import type { DatedValue, TrajectoryKind } from "../model/index.js";
import { decimalFloat } from "./decimalFloat.js";

/** One point of a path: a day number and an exact value. */
export interface PathPoint {
  readonly day: number;
  readonly value: Decimal;
}

/** A linear segment's terms (see {@link TargetPath.segments}). */
export interface Segment {
  readonly scaled: Decimal;
  readonly delta: Decimal;
  readonly span: Decimal;
}

/** A linear segment's terms in safe integers at `places`: `a·span` and `b − a` (see `scaledExpectationAt`). */
export interface ScaledSegment {
  readonly scaled: number;
  readonly delta: number;
  readonly places: number;
}

/**
 * Terms kept by segment as they are first read: an array for a short path, a map for a long one,
 * so a path of many milestones makes no slot for each up front.
 */
export type KeptBySegment<T> = (T | undefined)[] | Map<number, T>;

/** Up to this many segments, a path's kept terms are an array. */
const ARRAY_SEGMENTS = 64;

/** The terms kept for segment `i`, if read before. */
export function keptAt<T>(kept: KeptBySegment<T>, i: number): T | undefined {
  return Array.isArray(kept) ? kept[i] : kept.get(i);
}

/** Keeps the terms of segment `i`. */
export function keep<T>(kept: KeptBySegment<T>, i: number, terms: T): void {
  if (Array.isArray(kept)) kept[i] = terms;
  else kept.set(i, terms);
}

/**
 * A target's path (see the module's comment): read its points through {@link pointDay},
 * {@link pointValue} and {@link pointFloat}, and search it with {@link segmentAt}.
 */
export interface TargetPath {
  readonly kind: TrajectoryKind;
  /** How many points: the first, the milestones kept and the goal (1 for a goal alone). */
  readonly length: number;
  /** The first point's day and value: the baseline's (the goal's value on the baseline's day for a goal alone). */
  readonly firstDay: number;
  readonly first: Decimal;
  /** The last point's day and value: the goal's (the first point's for a goal alone). */
  readonly lastDay: number;
  readonly last: Decimal;
  /** The target's milestones in date order: its own list when it already is, else a sorted copy. */
  readonly milestones: readonly DatedValue[];
  /**
   * Where the milestones kept start in {@link TargetPath.milestones} when none is left out for
   * sharing a date: point `i` (0 < i < length − 1) is `milestones[from + i − 1]`.
   */
  readonly from: number;
  /** When some share a date: the positions in {@link TargetPath.milestones} of those kept (point `i` is `kept[i − 1]`). */
  readonly kept: Int32Array | undefined;
  /** How many searches the path has had (see {@link segmentAt}). */
  searches: number;
  /** Every point's day, once the path has been searched often enough to pay for reading them all. */
  days: Float64Array | undefined;
  /**
   * For a linear path kept for many judgements ({@link linearSegments}), each segment's terms once
   * it is first read: the start's value times the span in days, the change to the next point's
   * value, and the span, so an expectation on it is one product and one sum.
   */
  readonly segments: KeptBySegment<Segment> | undefined;
  /**
   * Beside {@link TargetPath.segments}: each segment's terms as safe integers at one scale once
   * first read by `scaledExpectationAt` (`null` when they do not fit).
   */
  readonly scaledSegments: KeptBySegment<ScaledSegment | null> | undefined;
}

const NO_MILESTONES: readonly DatedValue[] = [];
const NONE: readonly [readonly DatedValue[], boolean] = [NO_MILESTONES, false];

/** Every path is made here, so all have one shape. */
function pathWith(
  kind: TrajectoryKind,
  length: number,
  firstDay: number,
  first: Decimal,
  lastDay: number,
  last: Decimal,
  milestones: readonly DatedValue[],
  from: number,
  kept: Int32Array | undefined,
  keepsSegments: boolean,
): TargetPath {
  const segments = length - 1;
  return {
    kind,
    length,
    firstDay,
    first,
    lastDay,
    last,
    milestones,
    from,
    kept,
    searches: 0,
    days: undefined,
    segments: keepsSegments ? keptBySegment<Segment>(segments) : undefined,
    scaledSegments: keepsSegments ? keptBySegment<ScaledSegment | null>(segments) : undefined,
  };
}

function keptBySegment<T>(segments: number): KeptBySegment<T> {
  return segments <= ARRAY_SEGMENTS ? new Array<T | undefined>(segments) : new Map<number, T>();
}

/** The path of a goal alone: its value from `day` (the baseline's) on. */
export function goalAlonePath(kind: TrajectoryKind, day: number, goal: Decimal): TargetPath {
  return pathWith(kind, 1, day, goal, day, goal, NO_MILESTONES, 0, undefined, false);
}

/**
 * The path from a baseline through the milestones to a goal dated after it: the milestones dated
 * strictly between the two and sharing a date with no other, in date order. Dates are compared as
 * `YYYY-MM-DD` strings, which order as their days do (as `byDate` sorts them).
 */
export function milestonePath(
  kind: TrajectoryKind,
  baseline: { readonly date: string; readonly day: number; readonly value: Decimal },
  goal: { readonly date: string; readonly day: number; readonly value: Decimal },
  given: readonly DatedValue[] | undefined,
): TargetPath {
  const [milestones, shared] = inDateOrder(given ?? NO_MILESTONES);
  // The first after the baseline's date, and the first on or after the goal's.
  const from = countOnOrBefore(milestones, baseline.date);
  const to = Math.max(from, countBefore(milestones, goal.date));
  const kept = shared ? keptPositions(milestones, from, to) : undefined;
  const inner = kept === undefined ? to - from : kept.length;
  return pathWith(kind, inner + 2, baseline.day, baseline.value, goal.day, goal.value, milestones, from, kept, false);
}

/**
 * The milestones in date order (the list itself when it already is, else a stable sorted copy, as
 * `byDate` gives), and whether two share a date: one comparison of neighbours' dates each in the
 * usual case.
 */
function inDateOrder(list: readonly DatedValue[]): readonly [readonly DatedValue[], boolean] {
  if (list.length < 2) return list.length === 0 ? NONE : [list, false];
  let shared = false;
  for (let i = 1; i < list.length; i += 1) {
    const before = (list[i - 1] as DatedValue).date;
    const date = (list[i] as DatedValue).date;
    if (before < date) continue;
    if (before !== date) {
      const sorted = byDate(list);
      return [sorted, sharesADate(sorted)];
    }
    shared = true;
  }
  return [list, shared];
}

/** Whether two of a list in date order share a date. */
function sharesADate(sorted: readonly DatedValue[]): boolean {
  for (let i = 1; i < sorted.length; i += 1)
    if ((sorted[i - 1] as DatedValue).date === (sorted[i] as DatedValue).date) return true;
  return false;
}

/**
 * The positions from `from` to `to` (sorted by date) of the milestones sharing a date with no
 * other. A neighbour outside the range is dated on or before the baseline or on or after the goal,
 * so never shares a date with one inside.
 */
function keptPositions(milestones: readonly DatedValue[], from: number, to: number): Int32Array | undefined {
  const positions = new Int32Array(to - from);
  let count = 0;
  for (let i = from; i < to; i += 1) {
    const date = (milestones[i] as DatedValue).date;
    if (milestones[i - 1]?.date !== date && milestones[i + 1]?.date !== date) {
      positions[count] = i;
      count += 1;
    }
  }
  // None left out in the range (the dates shared lie outside it): the range itself.
  return count === to - from ? undefined : positions.subarray(0, count);
}

/**
 * A linear path ready to keep each segment's terms as they are first read ({@link TargetPath.segments}):
 * for a path built once and read at many dates (an index's). Other kinds are returned as they are.
 */
export function linearSegments(path: TargetPath): TargetPath {
  if (path.kind !== "linear" || path.length < 2) return path;
  return pathWith(
    path.kind,
    path.length,
    path.firstDay,
    path.first,
    path.lastDay,
    path.last,
    path.milestones,
    path.from,
    path.kept,
    true,
  );
}

/** The milestone that is point `i` (0 < i < length − 1). */
function milestoneAt(path: TargetPath, i: number): DatedValue {
  const kept = path.kept;
  return path.milestones[kept === undefined ? path.from + i - 1 : (kept[i - 1] as number)] as DatedValue;
}

/** The day of point `i`. */
export function pointDay(path: TargetPath, i: number): number {
  const days = path.days;
  if (days !== undefined) return days[i] as number;
  if (i === 0) return path.firstDay;
  if (i === path.length - 1) return path.lastDay;
  return toDayNumber(milestoneAt(path, i).date);
}

/**
 * The exact value of point `i`: a milestone's parsed as it is read. Not kept: a judgement reads one
 * or two, a linear path kept by an index keeps its segments' terms instead, and a path read at
 * every date reads each once (keeping them all cost a quarter more there, in the collector).
 */
export function pointValue(path: TargetPath, i: number): Decimal {
  if (i === 0) return path.first;
  if (i === path.length - 1) return path.last;
  return toDecimal(milestoneAt(path, i).value);
}

/** `pointValue(path, i).toNumber()`, the same double, without parsing the milestone (`decimalFloat`). */
export function pointFloat(path: TargetPath, i: number): number {
  if (i === 0) return path.first.toNumber();
  if (i === path.length - 1) return path.last.toNumber();
  return decimalFloat(milestoneAt(path, i).value);
}

/**
 * Searches a path has before its days are read into a table: a judgement searches once or twice;
 * a path searched more often is being read at many dates (a chart, `trajectory()`, a status
 * history judged exactly), and a table of its days, O(K) once, costs less than its searches.
 */
const SEARCHES_BEFORE_TABLE = 8;

/**
 * The point a day falls after: the last point on or before the day (the last point from its day
 * on), for a day on or after the path's first. A binary search, reading a milestone's date at each
 * step; from the path's {@link SEARCHES_BEFORE_TABLE}th search on, every point's day is read once
 * into a table, so D searches read O(K + D log K) dates at most, and a judgement O(log K).
 */
export function segmentAt(path: TargetPath, day: number): number {
  let high = path.length - 1;
  if (day >= path.lastDay) return high;
  let days = path.days;
  if (days === undefined && high > 1) {
    path.searches += 1;
    if (path.searches >= SEARCHES_BEFORE_TABLE) days = tabulate(path);
  }
  let low = 0;
  if (days === undefined) {
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if (pointDay(path, middle) <= day) low = middle;
      else high = middle;
    }
  } else {
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if ((days[middle] as number) <= day) low = middle;
      else high = middle;
    }
  }
  return low;
}

/** Reads every point's day into the path's table. */
function tabulate(path: TargetPath): Float64Array {
  const days = new Float64Array(path.length);
  for (let i = 0; i < path.length; i += 1) days[i] = pointDay(path, i);
  path.days = days;
  return days;
}

/** Every point of a path, each milestone's value parsed: for a reader of the whole path. */
export function pathPoints(path: TargetPath): PathPoint[] {
  const points: PathPoint[] = [];
  for (let i = 0; i < path.length; i += 1) points.push({ day: pointDay(path, i), value: pointValue(path, i) });
  return points;
}
