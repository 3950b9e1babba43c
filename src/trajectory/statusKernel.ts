/**
 * The fast status kernel behind `statusHistory` and `evaluateFramework(…, { detail: "status" })`.
 * Every indicator's series is compiled once per index into columns shared by its targets
 * (`spanOf`), each target keeping only where its baseline starts in them. Each target is compiled
 * once per index from the judgement kernel's own functions (its path by `pathOf`, converted to
 * floats by `floatPathOf`; its goal by `goalValue`; its tolerance by `toleranceFor`), or, for the
 * common snapshot target with an absolute goal and no milestones, from its strings to the same
 * floats (`quickCompile`; test/trajectory/firstCall.prop.test.ts compares the two). Away from every threshold the float twins decide; within a bound of one that
 * is computed from the operands' magnitudes (`floatDecisionError`; a material shortfall is one more
 * threshold; a `statusRule`'s green share of the expectation another, past which the year on year
 * is judged exactly), or for band, quartile, comparator, year-to-date and revised targets,
 * `judgeMeasurement` decides exactly. So
 * every status is the one `evaluateTarget` gives.
 * @internal
 */
import { trajectoryError } from "./dayOf.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { fromDayNumber, toDayNumber } from "../internal/dates.js";
import type {
  DecimalValue,
  Framework,
  FrameworkIndex,
  Indicator,
  StatusRule,
  Target,
  Tolerance,
} from "../model/index.js";
import { aggregationOf, figureDue, isProvisional, lagInForce } from "../model/figures.js";
import { boundsOf, isPercentUnit } from "../model/bounds.js";
import { absoluteDifferenceFloat, decimalFloat } from "./decimalFloat.js";
import { type FloatBounds, clampedGoal, floatBoundsOf } from "./clamp.js";
import { dayOf } from "./dayOf.js";
import {
  type FloatPath,
  type FloatTolerance,
  floatDecisionError,
  floatExpectationOn,
  floatGoalMet,
  floatPathOf,
  floatSegmentAt,
  floatShortfall,
  floatToleranceAmount,
  floatToleranceOf,
  inForceOn,
  judgeMeasurement,
  pathOf,
  polaritySign,
  toleranceFor,
} from "./judge.js";
import type { Scale, Status } from "./scales.js";
import {
  DEFAULT_TOLERANCE,
  defaultToleranceSpanning,
  explicitToleranceFor,
  materialShortfallFor,
} from "./tolerances.js";
import { toDecimal } from "../internal/decimal.js";
import { type SeriesSpan, firstAfter, firstOnOrAfter, measurementAt, spanOf } from "./series.js";
import { SCAN_LIMIT, greatestIn, leastIn } from "./rangeTree.js";
import { pathRange, redAgainstPoint } from "./redRange.js";
import { yearOnYear } from "./statusRule.js";

/**
 * A target prepared once per index: its path and measurements as numbers, for the float kernel. Its
 * span is its indicator's series, the columns shared by every target on it (empty for a missing indicator).
 */
interface Compiled extends SeriesSpan {
  readonly target: Target;
  readonly indicator: Indicator | undefined;
  /** Band, quartile, comparator, year-to-date and revised targets, and missing indicators, are judged exactly every time. */
  readonly exactOnly: boolean;
  readonly baselineDay: number;
  /** The goal date's day, after which the target has ended and later figures are not its own; `NaN` for a revised target (the goal in force decides, day by day). */
  readonly goalDay: number;
  /**
   * The day the first period's figure is due (its end plus the lag): with nothing measured, awaiting
   * data until it passes. `NaN` until a status first needs it ({@link firstDueDayFor}): a target
   * with figures (every red one the red-run walk compiles) never does.
   */
  firstDueDay: number;
  /**
   * The target's path in floats (empty for a target judged exactly every time), or `undefined` for
   * a target {@link quickCompile} compiled: its path is the two points below.
   */
  readonly path: FloatPath | undefined;
  /** A quick-compiled path's kind as `floatPathOf` numbers it (0 linear, 1 step, 2 compound, 3 period-target). */
  readonly kind: number;
  /** A quick-compiled path's first and last day (the same day for a path of the goal alone). */
  readonly day0: number;
  readonly day1: number;
  /** Its values there, as `floatPathOf` converts them. */
  readonly value0: number;
  readonly value1: number;
  /** The operand magnitudes of its segment and of its last point, as `floatPathOf` computes them. */
  readonly magnitude0: number;
  readonly magnitude1: number;
  /** The polarity's sign: +1 higher is better, −1 lower is better, 0 in band. */
  readonly sign: number;
  /** The level that is blue, clamped to the indicator's natural bounds, as a float: the stretch where one is set, else the goal (`NaN` for a band goal). */
  readonly goal: number;
  /** The floor as a float (`NaN` without one, or for an in-band indicator). */
  readonly floor: number;
  /** The indicator's natural bounds in floats (see clamp.ts for why the error bound stays sound). */
  readonly bounds: FloatBounds;
  /** The position in the columns of the first measurement on or after the baseline. */
  readonly start: number;
  /** The target's, its indicator's or the framework's for its unit, in floats; the call's otherwise. */
  readonly tolerance: FloatTolerance | undefined;
  /** The default tolerance in floats, its floor `|goal − baseline|` computed exactly then converted once. */
  readonly defaultTolerance: FloatTolerance;
  /** The material shortfall (`materialShortfallFor`) as a float, converted once; `NaN` for none. */
  readonly material: number;
  /** The framework's status rule's green share of the expectation (`withinPercent` / 100); `NaN` for no rule. */
  readonly within: number;
  /** The red-run walk's judge of the target, for the last scale and caller's tolerance it was asked for (see {@link kernelJudge}). */
  redRun: KernelJudge | undefined;
}

const COMPILED = Symbol("performance-management/trajectory compiled targets");
const NO_BOUNDS = { min: undefined, max: undefined };

const NO_PATH: FloatPath = {
  kind: 0,
  days: new Float64Array(0),
  values: new Float64Array(0),
  magnitudes: new Float64Array(0),
};

/**
 * What every target of one compilation shares: the framework's status rule as a float, and each
 * first due date already worked out, by frequency, lag and baseline date (baselines mostly share a
 * date, and working a due date out writes and reads date strings).
 */
interface Shared {
  readonly within: number;
  readonly dueDays: Map<unknown, Map<number, Map<string, number>>>;
}

function sharedOf(index: FrameworkIndex): Shared {
  const rule = index.framework.statusRule;
  return { within: rule === undefined ? Number.NaN : Number(rule.withinPercent) / 100, dueDays: new Map() };
}

/** The day the first figure after `from` is due (`figureDue`'s), or +∞ when none is within the calendar; kept per frequency, lag and date. */
function firstDueDayOf(index: FrameworkIndex, shared: Shared, from: string, indicator: Indicator): number {
  let byLag = shared.dueDays.get(indicator.frequency);
  if (byLag === undefined) {
    byLag = new Map();
    shared.dueDays.set(indicator.frequency, byLag);
  }
  const lag = lagInForce(indicator, index.framework);
  let byDate = byLag.get(lag);
  if (byDate === undefined) {
    byDate = new Map();
    byLag.set(lag, byDate);
  }
  let day = byDate.get(from);
  if (day === undefined) {
    const due = figureDue(from, indicator, index.framework);
    day = due === undefined ? Number.POSITIVE_INFINITY : toDayNumber(due.due);
    byDate.set(from, day);
  }
  return day;
}

/** A compiled target's {@link Compiled.firstDueDay}, worked out on first need and kept. */
function firstDueDayFor(index: FrameworkIndex, c: Compiled): number {
  if (Number.isNaN(c.firstDueDay))
    c.firstDueDay =
      c.indicator === undefined
        ? Number.POSITIVE_INFINITY
        : firstDueDayOf(index, compilationOf(index).shared, c.target.baseline.date, c.indicator);
  return c.firstDueDay;
}

/**
 * A target compiled for the kernel. A point target with an absolute goal and no milestones, the
 * common case at national scale, is compiled from its strings by {@link quickCompile}; every other
 * through the judgement's own functions ({@link compileThroughJudge}). Both give the same floats
 * (a property test compares them). `indicator` is the target's, when the caller has looked it up.
 */
function compileTarget(
  index: FrameworkIndex,
  target: Target,
  shared: Shared,
  indicator: Indicator | undefined = index.indicators.get(target.indicator),
): Compiled {
  if (
    indicator !== undefined &&
    "value" in target.goal &&
    !("low" in target.goal) &&
    !("quartile" in target.goal) &&
    target.comparator === undefined &&
    (target.revisions?.length ?? 0) === 0 &&
    (target.milestones?.length ?? 0) === 0 &&
    aggregationOf(indicator) === "snapshot"
  )
    return quickCompile(index, target, indicator, target.goal.value, shared);
  return compileThroughJudge(index, target, shared, indicator);
}

/** The float path kinds of `floatPathOf` (judge.ts): 0 linear, 1 step, 2 compound, 3 period-target. */
const STEP = 1;
const COMPOUND = 2;
const PERIOD_TARGET = 3;
const FLOAT_KIND: ReadonlyMap<unknown, number> = new Map([
  ["step", STEP],
  ["compound", COMPOUND],
  ["period-target", PERIOD_TARGET],
]);
/** `floatPathOf`'s factor on a compound segment's magnitude (judge.ts's COMPOUND_ERROR_FACTOR). */
const COMPOUND_FACTOR = 2 ** 24;
const PERCENT_FLOAT_BOUNDS = floatBoundsOf(boundsOf({ unit: "%" }));
const NO_FLOAT_BOUNDS = floatBoundsOf(NO_BOUNDS);
const DEFAULT_FRACTION = floatToleranceOf(DEFAULT_TOLERANCE).fraction;

/**
 * {@link compileThroughJudge}'s floats for a snapshot target with an absolute goal, no milestones,
 * no comparator and no revisions, read straight from its strings: `pathOf` gives such a target the
 * points baseline and goal (the goal alone when it is dated on or before the baseline), and each
 * float below is the correctly rounded value of the exact decimal the judgement computes, as
 * `toNumber` gives it (see decimalFloat.ts), so the kernel reads the same numbers.
 */
function quickCompile(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  goalValue: DecimalValue,
  shared: Shared,
): Compiled {
  const span = spanOf(index, target.indicator);
  const baselineDay = toDayNumber(target.baseline.date);
  const goalDay = toDayNumber(target.goal.date);
  const kind = FLOAT_KIND.get(target.trajectory) ?? 0;
  const goal = decimalFloat(goalValue);
  // A goal dated on or before the baseline is the path's one point: both ends the goal, on the baseline's day.
  const alone = goalDay <= baselineDay;
  const baseline = alone ? goal : decimalFloat(target.baseline.value);
  const operands = kind === STEP ? Math.abs(baseline) : Math.abs(baseline) + Math.abs(goal);
  const bounds =
    indicator.min === undefined && indicator.max === undefined
      ? isPercentUnit(indicator.unit)
        ? PERCENT_FLOAT_BOUNDS
        : NO_FLOAT_BOUNDS
      : floatBoundsOf(boundsOf(indicator));
  // The level that is blue, clamped as clampedGoal clamps it: rounding is monotone, so comparing
  // the rounded level with the rounded bounds picks the same one (ties give the same double).
  const level = target.stretch === undefined ? goal : decimalFloat(target.stretch.value);
  const ownTolerance = explicitToleranceFor(target, indicator, index.framework, undefined);
  return {
    target,
    indicator,
    exactOnly: false,
    baselineDay,
    goalDay,
    firstDueDay: Number.NaN,
    path: undefined,
    kind,
    day0: baselineDay,
    day1: alone ? baselineDay : goalDay,
    value0: baseline,
    value1: goal,
    magnitude0: alone ? Math.abs(goal) : kind === COMPOUND ? operands * COMPOUND_FACTOR : operands,
    magnitude1: Math.abs(goal),
    sign: polaritySign(indicator.polarity),
    goal: level < bounds.low ? bounds.low : level > bounds.high ? bounds.high : level,
    floor: target.floor === undefined || indicator.polarity === "in-band" ? Number.NaN : Number(target.floor),
    bounds,
    measurements: span.measurements,
    order: span.order,
    days: span.days,
    values: span.values,
    from: span.from,
    to: span.to,
    start: firstOnOrAfter(span.days, baselineDay, span.from, span.to),
    tolerance: ownTolerance === undefined ? undefined : floatToleranceOf(ownTolerance),
    // defaultToleranceSpanning's floor |goal − baseline|, computed exactly and converted once.
    defaultTolerance: {
      fraction: DEFAULT_FRACTION,
      amount: Number.NaN,
      floor: absoluteDifferenceFloat(goalValue, target.baseline.value),
    },
    material:
      indicator.materialShortfall === undefined && index.framework.materialShortfalls === undefined
        ? Number.NaN
        : (materialShortfallFor(indicator, index.framework)?.toNumber() ?? Number.NaN),
    within: shared.within,
    redRun: undefined,
  };
}

/** A target compiled through the judgement's own functions: its path by `pathOf`, its goal by `goalValue`, its tolerances exactly. */
function compileThroughJudge(
  index: FrameworkIndex,
  target: Target,
  shared: Shared,
  indicator: Indicator | undefined = index.indicators.get(target.indicator),
): Compiled {
  const exactOnly =
    indicator === undefined ||
    "low" in target.goal ||
    "quartile" in target.goal ||
    target.comparator !== undefined ||
    aggregationOf(indicator) !== "snapshot" ||
    (target.revisions?.length ?? 0) > 0;
  const span = spanOf(index, target.indicator);
  const baselineDay = toDayNumber(target.baseline.date);
  const ownTolerance =
    indicator === undefined ? undefined : explicitToleranceFor(target, indicator, index.framework, undefined);
  // The path's last point is the goal, and its first the baseline unless the goal predates it:
  // resolved once by pathOf, not parsed again for the blue level and the default tolerance.
  const path = exactOnly ? undefined : pathOf(target);
  const goal = path?.last;
  const baseline = path !== undefined && path.length > 1 ? path.first : toDecimal(target.baseline.value);
  const level = target.stretch === undefined ? goal : toDecimal(target.stretch.value);
  return {
    target,
    indicator,
    exactOnly,
    baselineDay,
    goalDay: (target.revisions?.length ?? 0) > 0 ? Number.NaN : toDayNumber(target.goal.date),
    firstDueDay: Number.NaN,
    path: path === undefined ? NO_PATH : floatPathOf(path),
    // No two-point path: the FloatPath holds it (the fields are set so every compiled target has one shape).
    kind: 0,
    day0: Number.NaN,
    day1: Number.NaN,
    value0: Number.NaN,
    value1: Number.NaN,
    magnitude0: Number.NaN,
    magnitude1: Number.NaN,
    sign: indicator === undefined ? 0 : polaritySign(indicator.polarity),
    // One conversion of the exact clamped level: rounding is monotone, so it is the float clamp of the float level.
    goal: (indicator === undefined ? level : clampedGoal(level, indicator))?.toNumber() ?? Number.NaN,
    floor: target.floor === undefined || indicator?.polarity === "in-band" ? Number.NaN : Number(target.floor),
    bounds: floatBoundsOf(indicator === undefined ? NO_BOUNDS : boundsOf(indicator)),
    measurements: span.measurements,
    order: span.order,
    days: span.days,
    values: span.values,
    from: span.from,
    to: span.to,
    start: firstOnOrAfter(span.days, baselineDay, span.from, span.to),
    tolerance: ownTolerance === undefined ? undefined : floatToleranceOf(ownTolerance),
    defaultTolerance: floatToleranceOf(
      path === undefined ? DEFAULT_TOLERANCE : defaultToleranceSpanning(goal, baseline),
    ),
    material:
      (indicator === undefined ? undefined : materialShortfallFor(indicator, index.framework))?.toNumber() ??
      Number.NaN,
    within: shared.within,
    redRun: undefined,
  };
}

/**
 * The last day whose figures a target judges as of `day`: `day` itself while the target runs, its
 * goal date (of the goal in force on `day`) once that has passed, as `evaluateTarget` reads it; a
 * goal dated on or before the baseline is a standard, which never ends.
 */
function judgedUpTo(index: FrameworkIndex, c: Compiled, day: number): number {
  const goalDay = Number.isNaN(c.goalDay)
    ? toDayNumber(inForceOn(index, c.target, fromDayNumber(day)).target.goal.date)
    : c.goalDay;
  // A goal dated on or before the baseline is a standard (issue 8): it never ends.
  return day > goalDay && goalDay > c.baselineDay ? goalDay : day;
}

/**
 * The index's compiled targets: all of them in the framework's order once a bulk call has asked,
 * and by target for the red-run walk, which asks for one at a time.
 */
interface Compilation {
  readonly shared: Shared;
  all: Compiled[] | undefined;
  byTarget: Map<Target, Compiled> | undefined;
  /** The red-run walk's ratings, by scale and the caller's tolerance: one per call would be one per red target. */
  ratings: Map<Scale, Map<Tolerance | undefined, Rating>> | undefined;
}

function compilationOf(index: FrameworkIndex): Compilation {
  return index.derive(COMPILED, () => ({
    shared: sharedOf(index),
    all: undefined,
    byTarget: undefined,
    ratings: undefined,
  }));
}

/** The index's targets compiled so far, by target (made from the bulk compilation's list when that came first). */
function byTargetOf(compilation: Compilation): Map<Target, Compiled> {
  if (compilation.byTarget === undefined) {
    compilation.byTarget = new Map();
    for (const c of compilation.all ?? []) compilation.byTarget.set(c.target, c);
  }
  return compilation.byTarget;
}

/** Every target compiled, in the framework's order (those already compiled one by one kept). */
function compile(index: FrameworkIndex): Compiled[] {
  const compilation = compilationOf(index);
  if (compilation.all === undefined) {
    const all: Compiled[] = [];
    const byTarget = compilation.byTarget;
    for (const target of index.targets.values())
      all.push(byTarget?.get(target) ?? compileTarget(index, target, compilation.shared));
    compilation.all = all;
  }
  return compilation.all;
}

/** A scale and the caller's tolerance prepared once per call: the thresholds and the tolerance as numbers. */
interface Rating {
  readonly scale: Scale;
  readonly fallback: Tolerance | undefined;
  readonly thresholds: readonly number[];
  /** The caller's tolerance in floats; `undefined` when the caller gives none (each target's default applies). */
  readonly fallbackFloat: FloatTolerance | undefined;
}

function ratingOf(scale: Scale, fallback: Tolerance | undefined): Rating {
  return {
    scale,
    fallback,
    thresholds: scale.bands.map((band) => Number(band.upTo)),
    fallbackFloat: fallback ? floatToleranceOf(fallback) : undefined,
  };
}

/** The exact status of a compiled target's measurement at position `at`. */
function exactStatus(index: FrameworkIndex, c: Compiled, indicator: Indicator, at: number, rating: Rating): Status {
  const tolerance = toleranceFor(c.target, indicator, rating.fallback, index.framework);
  return judgeMeasurement(index, c.target, indicator, measurementAt(c, at), rating.scale, tolerance).status;
}

/**
 * The float expectation on a compiled target's path on a day on or after its baseline (before the
 * clamp to its indicator's bounds): `floatExpectationOn` on its FloatPath, or the same arithmetic on
 * a quick-compiled target's two points.
 */
function onPathAt(c: Compiled, day: number): number {
  const path = c.path;
  if (path !== undefined) return floatExpectationOn(path, floatSegmentAt(path, day), day);
  // floatSegmentAt of two points: the last from its day on, else the first.
  if (day >= c.day1) return c.value1;
  const a = c.value0;
  const b = c.value1;
  if (day === c.day0 || c.kind === STEP) return a;
  if (c.kind === PERIOD_TARGET) return b;
  const f = (day - c.day0) / (c.day1 - c.day0);
  if (c.kind === COMPOUND && a !== 0 && b !== 0 && a < 0 === b < 0) return a * Math.pow(b / a, f);
  return a + (b - a) * f;
}

/** The operand magnitude of the segment of a compiled target's path a day falls in (`FloatPath.magnitudes`'). */
function pathMagnitudeAt(c: Compiled, day: number): number {
  const path = c.path;
  if (path !== undefined) return path.magnitudes[floatSegmentAt(path, day)] as number;
  return day >= c.day1 ? c.magnitude1 : c.magnitude0;
}

/**
 * The status of a target as of a day. Away from every boundary the float kernel decides; within
 * the error bound of one (from the operands' magnitudes, so a path through zero is no exception), or for band, quartile, comparator, year-to-date and revised targets, the exact judgement
 * decides. So the status is always the exact one.
 */
function statusAt(index: FrameworkIndex, c: Compiled, day: number, rating: Rating): Status {
  if (day < c.baselineDay) return "not-started";
  const days = c.days;
  const end = firstAfter(days, judgedUpTo(index, c, day), c.start, c.to);
  const indicator = c.indicator;
  // No indicator to measure by: no data. Nothing measured since the baseline: awaiting data until
  // the first figure is due (overdue from the day after, as isOverdue says), no data after.
  if (indicator === undefined) return "no-data";
  if (end === c.start) return day > firstDueDayFor(index, c) ? "no-data" : "awaiting-data";
  // Of several measurements on one date, the last in the framework's order counts.
  const at = end - 1;
  if (c.exactOnly) return exactStatus(index, c, indicator, at, rating);
  const actual = c.values[at] as number;
  const measuredDay = days[at] as number;
  const onPath = onPathAt(c, measuredDay);
  // Clamped to the natural bounds, as judgeMeasurement clamps the exact expectation.
  const expected = Math.min(Math.max(onPath, c.bounds.low), c.bounds.high);
  const shortfall = floatShortfall(actual, expected, c.sign);
  const tolerance = c.tolerance ?? rating.fallbackFloat ?? c.defaultTolerance;
  const amount = floatToleranceAmount(tolerance, expected);
  if (!Number.isFinite(Math.abs(expected) + Math.abs(actual) + Math.abs(amount)))
    return exactStatus(index, c, indicator, at, rating);
  const scale = rating.scale;
  if (!Number.isNaN(c.floor)) {
    // Past the floor is the scale's worst status; a figure too close to the floor to call goes to exact.
    const clear = floatGoalMet(actual, c.floor, c.sign);
    if (clear === undefined) return exactStatus(index, c, indicator, at, rating);
    if (!clear) return scale.beyond;
  }
  if (scale.blueWhenGoalMet) {
    const met = floatGoalMet(actual, c.goal, c.sign);
    if (met === undefined) return exactStatus(index, c, indicator, at, rating);
    if (met) return "blue";
  }
  // Within the error bound of a threshold (from the operands' magnitudes, see floatDecisionError), exact decides.
  const magnitude = pathMagnitudeAt(c, measuredDay) + c.bounds.magnitude;
  const fraction = Number.isNaN(tolerance.fraction) ? 0 : tolerance.fraction;
  if (!Number.isNaN(c.material)) {
    // Under the material shortfall, on profile: the first band. Too close to call, exact decides.
    const error = floatDecisionError(magnitude, actual, expected, 0, 1, c.material);
    if (!(Math.abs(shortfall - c.material) > error)) return exactStatus(index, c, indicator, at, rating);
    if (shortfall < c.material) return (scale.bands[0] as Scale["bands"][number]).status;
  }
  if (!Number.isNaN(c.within)) {
    // A status rule: green within its share of the expectation (a percentage tolerance's threshold,
    // decided as one); beyond it, the year on year decides, exactly.
    const threshold = c.within * Math.abs(expected);
    const error = floatDecisionError(magnitude, actual, expected, c.within, 1, threshold);
    if (!(Math.abs(shortfall - threshold) > error)) return exactStatus(index, c, indicator, at, rating);
    if (shortfall <= threshold) return "green";
    const rule = index.framework.statusRule as StatusRule;
    return yearOnYear(rule, index, c.target, indicator, measurementAt(c, at)).status;
  }
  const thresholds = rating.thresholds;
  for (let i = 0; i < thresholds.length; i += 1) {
    const upTo = thresholds[i] as number;
    const threshold = upTo * amount;
    const error = floatDecisionError(magnitude, actual, expected, fraction, upTo, threshold, tolerance.floor);
    if (!(Math.abs(shortfall - threshold) > error)) return exactStatus(index, c, indicator, at, rating);
    if (shortfall <= threshold) return (scale.bands[i] as Scale["bands"][number]).status;
  }
  return scale.beyond;
}

/** Every target's status at each of a series of days, through the kernel: one row per target, in the framework's order. */
export function statusRows(
  index: FrameworkIndex,
  days: readonly number[],
  scale: Scale,
  tolerance: Tolerance | undefined,
): { target: string; statuses: Status[] }[] {
  const rating = ratingOf(scale, tolerance);
  const rows: { target: string; statuses: Status[] }[] = [];
  for (const c of compile(index)) {
    // Made at its length, not grown: a call makes one per target.
    const statuses = new Array<Status>(days.length);
    for (let d = 0; d < days.length; d += 1) statuses[d] = statusAt(index, c, days[d] as number, rating);
    rows.push({ target: c.target.id, statuses });
  }
  return rows;
}

/** The status of every target as of one date, through the kernel. */
export function statusesAsOf(
  source: Framework | FrameworkIndex,
  asOf: string,
  scale: Scale,
  tolerance: Tolerance | undefined,
): { target: string; status: Status }[] {
  const index = checkedFrameworkIndex(source, trajectoryError);
  const day = dayOf(asOf, "asOf");
  const rating = ratingOf(scale, tolerance);
  return compile(index).map((c) => ({ target: c.target.id, status: statusAt(index, c, day, rating) }));
}

/**
 * Whether each target's status as of a day rests on provisional or estimated data, by the target's
 * position: its latest measurement since the baseline on or before the day is so marked. The same
 * measurement {@link statusesAsOf} judges, found by the same search.
 */
export function provisionalAsOf(index: FrameworkIndex, day: number): Uint8Array {
  const compiled = compile(index);
  const flags = new Uint8Array(compiled.length);
  for (let t = 0; t < compiled.length; t += 1) {
    const c = compiled[t] as Compiled;
    if (day < c.baselineDay) continue;
    const end = firstAfter(c.days, judgedUpTo(index, c, day), c.start, c.to);
    if (end > c.start && isProvisional(measurementAt(c, end - 1).quality)) flags[t] = 1;
  }
  return flags;
}

/**
 * Whether the kernel judges a target exactly every time (band, quartile, comparator, year-to-date
 * and revised targets, and a missing indicator): `compileThroughJudge`'s `exactOnly`, read without
 * compiling the target.
 */
function judgedExactly(target: Target, indicator: Indicator | undefined): boolean {
  return (
    indicator === undefined ||
    "low" in target.goal ||
    "quartile" in target.goal ||
    target.comparator !== undefined ||
    aggregationOf(indicator) !== "snapshot" ||
    (target.revisions?.length ?? 0) > 0
  );
}

/** A rating for the red-run walk, made once per compilation, scale and caller's tolerance. */
function cachedRating(compilation: Compilation, scale: Scale, fallback: Tolerance | undefined): Rating {
  compilation.ratings ??= new Map();
  let byFallback = compilation.ratings.get(scale);
  if (byFallback === undefined) {
    byFallback = new Map();
    compilation.ratings.set(scale, byFallback);
  }
  let rating = byFallback.get(fallback);
  if (rating === undefined) {
    rating = ratingOf(scale, fallback);
    byFallback.set(fallback, rating);
  }
  return rating;
}

/**
 * One of the index's targets compiled for the red-run walk (once per index, on first use);
 * `undefined` where the kernel judges it exactly every time, or for a target not the index's own.
 * A target already compiled is the index's own (only those are), so a warm call makes one look-up;
 * a first call looks its indicator up once for the check and the compilation both.
 */
function walkTargetOf(compilation: Compilation, index: FrameworkIndex, target: Target): Compiled | undefined {
  const byTarget = byTargetOf(compilation);
  let c = byTarget.get(target);
  if (c === undefined) {
    if (index.targets.get(target.id) !== target) return undefined;
    const indicator = index.indicators.get(target.indicator);
    if (judgedExactly(target, indicator)) return undefined;
    c = compileTarget(index, target, compilation.shared, indicator);
    byTarget.set(target, c);
  }
  return c.exactOnly || c.indicator === undefined ? undefined : c;
}

/**
 * The status of the last measurement of a date, by its position in the series, as {@link statusAt}
 * gives it (so exactly `evaluateTarget`'s): `undefined` for a target the kernel judges exactly every
 * time (band, quartile, comparator, year-to-date and revised targets), or one not the index's own.
 */
export function kernelStatusAt(
  index: FrameworkIndex,
  target: Target,
  scale: Scale,
  fallback: Tolerance | undefined,
): ((position: number) => Status) | undefined {
  const compilation = compilationOf(index);
  const c = walkTargetOf(compilation, index, target);
  if (c === undefined) return undefined;
  const rating = cachedRating(compilation, scale, fallback);
  const days = c.days;
  const from = c.from;
  // Positions in the indicator's own series (seriesOf's), which starts at `from` in the columns.
  return (position) => statusAt(index, c, days[from + position] as number, rating);
}

/** What the red-run walk asks of the kernel about one target (positions are in the indicator's own series, `seriesOf`'s). */
export interface KernelJudge {
  /** The rating and range-read limit it was made for. */
  readonly rating: unknown;
  readonly scan: number;
  /** The last run found with it: the window's start and its top position (−1 for none yet), and how many dates it holds. */
  start: number;
  top: number;
  count: number;
  /** The status of the last measurement of a date, by its position, as {@link statusAt} gives it (so exactly `evaluateTarget`'s). */
  readonly statusAt: (position: number) => Status;
  /**
   * True only when every measurement in `[from, to)` is certainly red (false says nothing), or
   * `undefined` where no such test is sound (a scale not red beyond its last band, a council's own
   * rules, a material shortfall).
   */
  readonly certainlyRed: ((from: number, to: number) => boolean) | undefined;
}

/**
 * The kernel's judge of a target for the red-run walk, compiled once per index: `undefined` for a
 * target the kernel judges exactly every time, or one not the index's own. `figures` are its
 * indicator's own series' values (`seriesOf`'s). The range test is
 * redRange.ts's for a point goal, read from the compiled target's floats (the same numbers its
 * statuses are decided by): the path's least or greatest expectation over the range's days (at
 * its ends and at its points inside, the path being monotone between points) against the range's
 * greatest or least figure, read directly up to `scan` values and from trees beyond.
 */
export function kernelJudge(
  index: FrameworkIndex,
  target: Target,
  figures: Float64Array,
  scale: Scale,
  fallback: Tolerance | undefined,
  scan = SCAN_LIMIT,
): KernelJudge | undefined {
  const compilation = compilationOf(index);
  const c = walkTargetOf(compilation, index, target);
  if (c === undefined) return undefined;
  const rating = cachedRating(compilation, scale, fallback);
  // Kept on the compiled target for the last rating asked: an evaluation repeated on a warm index makes nothing.
  if (c.redRun?.rating === rating && c.redRun.scan === scan) return c.redRun;
  const days = c.days;
  const from = c.from;
  // Positions in the indicator's own series (seriesOf's), which starts at `from` in the columns.
  const statusOf = (position: number): Status => statusAt(index, c, days[from + position] as number, rating);
  // A council's own rules (a material shortfall, a status rule) can make a figure past the last band not red.
  if (scale.beyond !== "red" || !Number.isNaN(c.material) || !Number.isNaN(c.within))
    return (c.redRun = { rating, scan, start: -1, top: -1, count: 0, statusAt: statusOf, certainlyRed: undefined });
  const upTo = rating.thresholds[rating.thresholds.length - 1] as number;
  const tolerance = c.tolerance ?? rating.fallbackFloat ?? c.defaultTolerance;
  const blue = scale.blueWhenGoalMet;
  const sign = c.sign;
  const certainlyRed = (low: number, high: number): boolean => {
    const firstDay = days[from + low] as number;
    const lastDay = days[from + high - 1] as number;
    const path = c.path;
    let least: number;
    let greatest: number;
    let magnitude: number;
    if (path !== undefined) ({ least, greatest, magnitude } = pathRange(index, path, firstDay, lastDay, scan));
    else {
      // Two points: the second (its value, and the last segment's magnitude) counts once the range reaches its day.
      const atFirst = onPathAt(c, firstDay);
      const atLast = onPathAt(c, lastDay);
      if (lastDay < c.day1) {
        least = Math.min(atFirst, atLast);
        greatest = Math.max(atFirst, atLast);
        magnitude = c.magnitude0;
      } else if (firstDay >= c.day1) {
        least = Math.min(atFirst, atLast);
        greatest = Math.max(atFirst, atLast);
        magnitude = c.magnitude1;
      } else {
        least = Math.min(atFirst, atLast, c.value1);
        greatest = Math.max(atFirst, atLast, c.value1);
        magnitude = Math.max(c.magnitude0, c.magnitude1);
      }
    }
    const actual = sign > 0 ? greatestIn(index, figures, low, high, scan) : leastIn(index, figures, low, high, scan);
    return redAgainstPoint(
      sign,
      c.bounds,
      tolerance,
      upTo,
      sign > 0 ? least : greatest,
      magnitude,
      actual,
      blue,
      c.goal,
    );
  };
  return (c.redRun = { rating, scan, start: -1, top: -1, count: 0, statusAt: statusOf, certainlyRed });
}

/** The numbers the kernel reads of one compiled target, for tests. @internal */
export interface CompiledNumbers {
  readonly exactOnly: boolean;
  readonly baselineDay: number;
  readonly goalDay: number;
  readonly firstDueDay: number;
  readonly sign: number;
  readonly goal: number;
  readonly floor: number;
  readonly bounds: FloatBounds;
  readonly start: number;
  readonly tolerance: FloatTolerance | undefined;
  readonly defaultTolerance: FloatTolerance;
  readonly material: number;
  readonly within: number;
  /** On each day asked for (on or after the baseline), the expectation on the path and its segment's magnitude. */
  readonly onPath: readonly number[];
  readonly magnitudes: readonly number[];
}

/**
 * A target compiled both ways, for tests: through the judgement's own functions, and by the quick
 * compilation where it applies (`undefined` where it does not), each as the numbers the kernel
 * reads, with its path read on `days`. The two must be identical. @internal
 */
export function compiledBothWays(
  index: FrameworkIndex,
  target: Target,
  days: readonly number[],
): { judged: CompiledNumbers; quick: CompiledNumbers | undefined } {
  const shared = sharedOf(index);
  const numbers = (c: Compiled): CompiledNumbers => ({
    exactOnly: c.exactOnly,
    baselineDay: c.baselineDay,
    goalDay: c.goalDay,
    firstDueDay: firstDueDayFor(index, c),
    sign: c.sign,
    goal: c.goal,
    floor: c.floor,
    bounds: { low: c.bounds.low, high: c.bounds.high, magnitude: c.bounds.magnitude },
    start: c.start,
    tolerance: c.tolerance === undefined ? undefined : { ...c.tolerance },
    defaultTolerance: { ...c.defaultTolerance },
    material: c.material,
    within: c.within,
    onPath: c.exactOnly ? [] : days.map((day) => onPathAt(c, day)),
    magnitudes: c.exactOnly ? [] : days.map((day) => pathMagnitudeAt(c, day)),
  });
  const quick = compileTarget(index, target, shared);
  return {
    judged: numbers(compileThroughJudge(index, target, shared)),
    quick: quick.path === undefined ? numbers(quick) : undefined,
  };
}
