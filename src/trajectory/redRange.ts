/**
 * A sound test that every measurement in a range of an indicator's series is red for a target,
 * without judging each: the range's greatest (or least) figure, read directly up to `SCAN_LIMIT`
 * values or else from a segment tree over the series (built once per index and shared by every
 * target on it), against the least (or greatest) threshold of red over the range's days. A failed
 * test says nothing; the red-run walk then judges dates one by one (see redRun.ts). For a target
 * the status kernel compiles (a snapshot point goal with no comparator or revision), statusKernel.ts's
 * `kernelJudge` makes the same test from its compiled floats ({@link redAgainstPoint}); this module
 * compiles the others (bands, comparators, revisions).
 *
 * Why it is sound. On a scale whose status beyond its last band is red, a measurement is red when
 * its shortfall exceeds the last threshold U times the tolerance amount (a floor breached only
 * makes more red). Against a point expectation E, for higher is better, that is
 * `actual < T(E) = E − U × amount(E)`, and it is not blue; `amount(E)` is an amount, or a fraction f
 * of `max(|E|, floor)`, so `T` never falls as E rises while `U × f ≤ 1` (the test is not used
 * otherwise). The path is monotone between its points (linear, compound, a step or a period
 * target) and the clamp to the natural bounds is monotone, so over a range of days E is least at
 * one of the range's ends or at one of the path's points inside it: every measurement in the range
 * is red when the range's greatest figure is below `T` of that least E, and below the blue level,
 * by more than the float error. Lower is better is the mirror image. Against a band (whatever the
 * polarity), a figure below `low − U × amount(low)` or above `high + U × amount(high)` is red. A
 * target with revisions is tested within one goal in force at a time, with the tolerance each
 * date's judgement uses (the evaluation's own, except that a floored default follows the revised
 * goal). A comparator target's point goals expect the reference's latest figure on or before each
 * date, moved by the margin: over a range, the least (or greatest) of the reference's figures from
 * the first day's to the last day's. In-band point goals, quartile goals and year-to-date indicators
 * are not tested.
 * @internal
 */
import { toDayNumber } from "../internal/dates.js";
import type { FrameworkIndex, Indicator, Target } from "../model/index.js";
import { aggregationOf } from "../model/figures.js";
import { boundsOf } from "../model/bounds.js";
import { type FloatBounds, clampedGoal, floatBoundsOf } from "./clamp.js";
import {
  FLOAT_ERROR_FLOOR,
  type FloatPath,
  type FloatTolerance,
  blueLevel,
  floatExpectationOn,
  floatPathOf,
  floatSegmentAt,
  floatToleranceAmount,
  floatToleranceOf,
  pathOf,
  polaritySign,
} from "./judge.js";
import { SCAN_LIMIT, greatestIn, leastIn } from "./rangeTree.js";
import type { Scale } from "./scales.js";
import { type IndicatorSeries, firstAfter, seriesOf } from "./series.js";
import { type AppliedTolerance, defaultToleranceFor } from "./tolerances.js";

/**
 * A bound on the float error of the test: 2^-40 of the operands' magnitudes, 256 times the 2^-48 per
 * magnitude that `floatDecisionError` derives for the same operations (the expectation on a
 * segment, clamped; a tolerance of it; their difference from a figure).
 */
const ERROR_PER_MAGNITUDE = 2 ** -40;

/** The days over which one goal is in force, compiled: a band's edges, or a point goal's float path and blue level. */
interface Piece {
  /** The first day after the piece (the next revision's date; +∞ for the last). */
  readonly untilDay: number;
  readonly band: { readonly low: number; readonly high: number } | undefined;
  readonly path: FloatPath | undefined;
  /** The blue level, clamped to the natural bounds (`NaN` for a band). */
  readonly goal: number;
  readonly tolerance: FloatTolerance;
}

/** What the test reads of a target, judged with one applied tolerance. */
interface Subject {
  readonly series: IndicatorSeries;
  readonly sign: number;
  readonly bounds: FloatBounds;
  /** The days each piece starts on, in order (the first −∞). */
  readonly fromDays: readonly number[];
  readonly pieces: readonly Piece[];
  /** A comparator target's reference series and margin: its point goals expect the reference's latest figure, moved by the margin. */
  readonly comparator: { readonly series: IndicatorSeries; readonly margin: number } | undefined;
}

const SUBJECTS = Symbol("performance-management/trajectory red range subjects");

/** A key for an applied tolerance: equal keys, equal tolerances. */
export function toleranceKey(tolerance: AppliedTolerance): string {
  if ("floor" in tolerance) return `p${tolerance.percent}f${tolerance.floor.toString()}`;
  if ("percent" in tolerance) return `p${String(tolerance.percent)}`;
  if ("points" in tolerance) return `t${String(tolerance.points)}`;
  return `a${String(tolerance.absolute)}`;
}

/** The piece of one goal in force (a point goal's path only when `withPath`: a comparator target expects the comparator instead). */
function pieceOf(
  target: Target,
  indicator: Indicator,
  tolerance: AppliedTolerance,
  untilDay: number,
  withPath: boolean,
): Piece {
  const goal = target.goal;
  if ("low" in goal)
    return {
      untilDay,
      band: { low: Number(goal.low), high: Number(goal.high) },
      path: undefined,
      goal: Number.NaN,
      tolerance: floatToleranceOf(tolerance),
    };
  if (!withPath)
    return { untilDay, band: undefined, path: undefined, goal: Number.NaN, tolerance: floatToleranceOf(tolerance) };
  const path = floatPathOf(pathOf(target));
  // One conversion of the exact clamped level, as the status kernel makes it.
  const level = clampedGoal(blueLevel(target), indicator)?.toNumber() ?? Number.NaN;
  return { untilDay, band: undefined, path, goal: level, tolerance: floatToleranceOf(tolerance) };
}

/** The target compiled for the test, or `undefined` when it is not tested. */
function subjectOf(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  applied: AppliedTolerance,
): Subject | undefined {
  if (aggregationOf(indicator) !== "snapshot") return undefined;
  const comparator = target.comparator;
  // By date; of two revisions on one date (which parsing refuses) the later in the list is in force.
  const revisions = [...(target.revisions ?? [])]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .filter((revision, i, sorted) => sorted[i + 1]?.date !== revision.date);
  const goals = [target.goal, ...revisions.map((revision) => revision.goal)];
  if (goals.some((goal) => "quartile" in goal)) return undefined;
  const fromDays = [Number.NEGATIVE_INFINITY, ...revisions.map((revision) => toDayNumber(revision.date))];
  const pieces = goals.map((goal, i) => {
    const inForce = i === 0 ? target : { ...target, goal };
    // As judgeMeasurement: a floored default follows the revised goal; any other tolerance is the evaluation's.
    const tolerance = i > 0 && "floor" in applied ? defaultToleranceFor(inForce) : applied;
    return pieceOf(
      inForce,
      indicator,
      tolerance,
      fromDays[i + 1] ?? Number.POSITIVE_INFINITY,
      comparator === undefined,
    );
  });
  return {
    series: seriesOf(index, indicator.id),
    comparator:
      comparator === undefined
        ? undefined
        : { series: seriesOf(index, comparator.indicator), margin: Number(comparator.margin ?? 0) },
    sign: polaritySign(indicator.polarity),
    bounds: floatBoundsOf(boundsOf(indicator)),
    fromDays,
    pieces,
  };
}

/** The subject of one of the index's targets with one applied tolerance, compiled once per index. */
function cachedSubject(index: FrameworkIndex, target: Target, applied: AppliedTolerance): Subject | undefined {
  const indicator = index.indicators.get(target.indicator);
  if (indicator === undefined) return undefined;
  const cache = index.derive(SUBJECTS, () => new Map<Target, Map<string, Subject | undefined>>());
  let byTolerance = cache.get(target);
  if (byTolerance === undefined) {
    byTolerance = new Map();
    cache.set(target, byTolerance);
  }
  const key = toleranceKey(applied);
  if (!byTolerance.has(key)) byTolerance.set(key, subjectOf(index, target, indicator, applied));
  return byTolerance.get(key);
}

/** The piece in force on a day: the last whose first day is on or before it. */
function pieceAt(subject: Subject, day: number): number {
  let low = 0;
  let high = subject.fromDays.length;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((subject.fromDays[middle] as number) <= day) low = middle;
    else high = middle;
  }
  return low;
}

/** Whether every figure in `[from, to)` is certainly red against a band. */
function redAgainstBand(
  band: { readonly low: number; readonly high: number },
  tolerance: FloatTolerance,
  upTo: number,
  least: number,
  greatest: number,
): boolean {
  const { low, high } = band;
  if (!(low <= high)) return false;
  const belowBy = upTo * floatToleranceAmount(tolerance, low);
  const aboveBy = upTo * floatToleranceAmount(tolerance, high);
  const error =
    ERROR_PER_MAGNITUDE * (Math.abs(low) + Math.abs(high) + Math.abs(least) + Math.abs(greatest) + belowBy + aboveBy) +
    FLOAT_ERROR_FLOOR;
  // Written so that a NaN or an infinity fails.
  return low - belowBy - greatest > error || least - (high + aboveBy) > error;
}

/**
 * A test that every measurement in `[from, to)` of the target's series is red, judged on `scale`
 * with the tolerance `applied` (the evaluation's), or `undefined` where no test is sound. The
 * target must be the index's own.
 */
export function redRangeTest(
  index: FrameworkIndex,
  target: Target,
  scale: Scale,
  applied: AppliedTolerance,
  scan = SCAN_LIMIT,
): ((from: number, to: number) => boolean) | undefined {
  // A council's own rules (a material shortfall, a status rule) can make a figure past the last band not red.
  if (
    scale.beyond !== "red" ||
    index.targets.get(target.id) !== target ||
    index.framework.statusRule !== undefined ||
    index.framework.materialShortfalls !== undefined ||
    index.indicators.get(target.indicator)?.materialShortfall !== undefined
  )
    return undefined;
  const subject = cachedSubject(index, target, applied);
  if (subject === undefined) return undefined;
  const upTo = Number((scale.bands[scale.bands.length - 1] as Scale["bands"][number]).upTo);
  const days = subject.series.days;
  const sign = subject.sign;
  const bounds = subject.bounds;
  return (from, to) => {
    const firstDay = days[from] as number;
    const lastDay = days[to - 1] as number;
    const at = pieceAt(subject, firstDay);
    const piece = subject.pieces[at] as Piece;
    if (lastDay >= piece.untilDay) return false;
    const figures = subject.series.values;
    const tolerance = piece.tolerance;
    if (piece.band !== undefined)
      return redAgainstBand(
        piece.band,
        tolerance,
        upTo,
        leastIn(index, figures, from, to, scan),
        greatestIn(index, figures, from, to, scan),
      );
    const path = piece.path;
    let least: number;
    let greatest: number;
    let magnitude: number;
    if (path === undefined) {
      // A comparator: over the range's days, the reference's latest figure on or before each, moved by
      // the margin toward the good. The figures from the first day's latest to the last day's (with
      // any superseded on one date among them, which only widens the extremes).
      const reference = subject.comparator as NonNullable<Subject["comparator"]>;
      const referenceFrom = firstAfter(reference.series.days, firstDay) - 1;
      // A date with no reference figure yet is no-data, not red.
      if (referenceFrom < 0) return false;
      const referenceTo = firstAfter(reference.series.days, lastDay, referenceFrom);
      const values = reference.series.values;
      const margin = sign * reference.margin;
      least = leastIn(index, values, referenceFrom, referenceTo, scan) + margin;
      greatest = greatestIn(index, values, referenceFrom, referenceTo, scan) + margin;
      magnitude = Math.max(Math.abs(least), Math.abs(greatest)) + 2 * Math.abs(margin);
    } else ({ least, greatest, magnitude } = pathRange(index, path, firstDay, lastDay, scan));
    const extreme = sign > 0 ? least : greatest;
    const actual = sign > 0 ? greatestIn(index, figures, from, to, scan) : leastIn(index, figures, from, to, scan);
    // A comparator target is never blue.
    const blue = scale.blueWhenGoalMet && path !== undefined;
    return redAgainstPoint(sign, bounds, tolerance, upTo, extreme, magnitude, actual, blue, piece.goal);
  };
}

/**
 * A compiled path's least and greatest expectation over the days `[firstDay, lastDay]` (before the
 * clamp), at the range's ends and at the path's points inside it (the path is monotone between
 * points), and the greatest operand magnitude of the segments it crosses: O(log K) by trees over
 * the path's values and magnitudes, or read directly over a few segments.
 */
export function pathRange(
  index: FrameworkIndex,
  path: FloatPath,
  firstDay: number,
  lastDay: number,
  scan: number,
): { least: number; greatest: number; magnitude: number } {
  const first = floatSegmentAt(path, firstDay);
  const last = floatSegmentAt(path, lastDay);
  const atFirst = floatExpectationOn(path, first, firstDay);
  const atLast = floatExpectationOn(path, last, lastDay);
  return {
    least: Math.min(atFirst, atLast, leastIn(index, path.values, first + 1, last + 1, scan)),
    greatest: Math.max(atFirst, atLast, greatestIn(index, path.values, first + 1, last + 1, scan)),
    magnitude: greatestIn(index, path.magnitudes, first, last + 1, scan),
  };
}

/**
 * Whether every figure of a range is certainly red against a point goal, on a scale red beyond its
 * last band `upTo`: `actual` is the range's greatest figure (higher is better; its least, lower is
 * better), `extreme` the least (greatest) expectation over its days before the clamp, `magnitude`
 * the greatest operand magnitude of the path's segments over them; with `blue`, short of the blue
 * level `goal` too. See the soundness argument above.
 */
export function redAgainstPoint(
  sign: number,
  bounds: FloatBounds,
  tolerance: FloatTolerance,
  upTo: number,
  extreme: number,
  magnitude: number,
  actual: number,
  blue: boolean,
  goal: number,
): boolean {
  const fraction = Number.isNaN(tolerance.fraction) ? 0 : Math.abs(tolerance.fraction);
  if (sign === 0 || !(upTo * fraction <= 1)) return false;
  const expected = Math.min(Math.max(extreme, bounds.low), bounds.high);
  const threshold = expected - sign * upTo * floatToleranceAmount(tolerance, expected);
  const error =
    ERROR_PER_MAGNITUDE *
      ((magnitude + bounds.magnitude) * (1 + upTo * fraction) +
        upTo * fraction * tolerance.floor +
        Math.abs(actual) +
        Math.abs(expected) +
        Math.abs(threshold)) +
    FLOAT_ERROR_FLOOR;
  const short = sign * (threshold - actual) > error;
  // Short of the blue level too, where the scale has blue (so none of the range is blue).
  return short && (!blue || sign * (goal - actual) > ERROR_PER_MAGNITUDE * (Math.abs(goal) + Math.abs(actual)));
}
