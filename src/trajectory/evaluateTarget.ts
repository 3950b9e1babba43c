import { shown } from "../internal/options.js";
import { trajectoryError } from "./dayOf.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { toDayNumber } from "../internal/dates.js";
import type { Decimal } from "decimal.js";
import {
  ExactDecimal,
  formatDecimal,
  isAboveZero,
  isOne,
  comparePlainDecimals,
  readScaledDecimal,
  toCanonicalString,
  toDecimal,
} from "../internal/decimal.js";
import type {
  DataQuality,
  Framework,
  FrameworkIndex,
  Polarity,
  Target,
  TargetRevision,
  Tolerance,
} from "../model/index.js";
import { aggregationOf, judgedYearToDate } from "../model/figures.js";
import { goalValue } from "../model/goal.js";
import { revisionInForce } from "../model/revisions.js";
import { type BenchmarkPosition, benchmarkPositions } from "./benchmarks.js";
import { type DirectionOfTravel, directionOfTravel } from "./directionOfTravel.js";
import { TrajectoryError } from "./errors.js";
import { type Rational, measuredShown, measuredText, measuredValue, valueOf } from "./exact.js";
import {
  type BigScaled,
  type Scaled,
  bigProductLess,
  bigScaledOf,
  bigShownRatio,
  scaledOf,
  scaledProductLess,
  shownRatio,
} from "./shownQuotient.js";
import { type Forecast, forecastOf } from "./forecast.js";
import { floorBreachedScaled, judgeLatestScaled } from "./judgeScaled.js";
import { NO_TOLERANCE, explicitToleranceFor } from "./tolerances.js";
import { type Judgement, inForceOn, judgeMeasurement, scaledShortfall, targetFacts } from "./judge.js";
import { asOfOption, checkEvaluationOptions } from "./options.js";
import { RATED, type Scale, type Status } from "./scales.js";
import { type NextFigure, indexedNextFigureOf } from "./nextFigure.js";
import { firstAfter, firstOnOrAfter, seriesOf } from "./series.js";
import { consecutiveRed } from "./redRun.js";
import { type Outturn, awaitedOutturn, isFinalFigure, judgedOutturn } from "./outturn.js";

/**
 * Options for {@link evaluateTarget}.
 *
 * @category Evaluation
 */
export interface EvaluateTargetOptions {
  /** The date of the evaluation, `YYYY-MM-DD`: the latest measurement on or before it is judged. */
  readonly asOf: string;
  /** The rating scale: {@link RAG} (the default), {@link BRAG}, {@link DCA5} or one from {@link defineScale}. */
  readonly scale?: Scale | undefined;
  /**
   * The tolerance when neither the target nor its indicator gives one; when absent, 5% of the larger
   * of the expectation's magnitude and the span `|goal − baseline|` (none for a comparator target).
   */
  readonly tolerance?: Tolerance | undefined;
}

/**
 * What every evaluation says, judged or not: see {@link Evaluation}.
 *
 * @category Evaluation
 */
export interface EvaluationCommon {
  readonly target: string;
  readonly asOf: string;
  /** The scale the status is on. */
  readonly scale: string;
  /**
   * Why the framework's `statusRule` gave the status, where it needed more than the shortfall
   * ("more than 10% off the expected figure; improved on 84 on 2000-06-30, the same period a year
   * earlier: amber"), or that the figure it needs is missing; `null` otherwise.
   */
  readonly ruleNote: string | null;
  /** The expectation at the measurement's date (a point goal). */
  readonly expected: string | null;
  /** The expected band (a band goal). */
  readonly band: { readonly low: string; readonly high: string } | null;
  /** The variance as a percentage of the expectation's magnitude. */
  readonly variancePercent: string | null;
  /** The final goal's value (a point goal): the goal in force (see `revision`), clamped to the indicator's natural bounds. */
  readonly goal: string | null;
  /** How far from baseline to goal the actual has moved, not clamped; `null` when baseline equals goal. */
  readonly progressPercent: string | null;
  readonly forecast: Forecast;
  /** Against the previous measurement and against the same period a year earlier. */
  readonly direction: DirectionOfTravel;
  /** The quality the actual's measurement was marked with; `provisional` and `estimate` are used but flagged here. */
  readonly quality: DataQuality | null;
  /**
   * True when the next figure is overdue at `asOf`: the period after the latest measurement (or,
   * with none, the first period after the baseline) ended, and its reporting lag (the indicator's
   * `lagDays`, else the framework's `reportingLags`, else the default) passed, before `asOf`. See
   * {@link NextFigure}. Lateness never changes `status`. For a target that has ended, true only
   * while its outturn is overdue: the quarters it missed before its end are not chased (false once
   * the final figure is in).
   */
  readonly stale: boolean;
  /** True when the actual is worse than the target's `floor` (the intervention line), which makes it red. */
  readonly floorBreached: boolean;
  /**
   * How many periods in a row, up to and including the actual's, were red: the latest measurement
   * of each date since the baseline, judged as it would have been on its own date. A report can
   * trigger intervention after N (0 when the actual is not red).
   */
  readonly consecutiveRed: number;
  /**
   * The actual's quartile position within each comparison group benchmarking the indicator, from
   * each group's latest benchmark on or before the measurement's date: 1 the best quartile for the
   * polarity (on a boundary, the better one). Empty without an actual or benchmarks, and for
   * `in-band` polarity.
   */
  readonly benchmarks: readonly BenchmarkPosition[];
  /**
   * The next figure expected, when its period ends and when it is due; `null` when never due within
   * the calendar or the indicator does not exist. For a target that has ended, the only figure
   * still wanted is its outturn: the period ending on the goal date, due when the outturn is
   * (`outturn.due`); `null` once the final figure is in (no figure is asked for after the goal date).
   */
  readonly nextFigure: NextFigure | null;
  /**
   * Once the goal date (of the goal in force) has passed, how the target ended: its final figure
   * against the goal, achieved or not and by how much, or awaited (see {@link Outturn}); `null` while
   * the target runs, and when its indicator does not exist.
   */
  readonly outturn: Outturn | null;
  /**
   * The revision whose goal the evaluation used: the target's latest revision dated on or before
   * the judged measurement's date (`asOf` when none is judged); `null` for the original goal.
   */
  readonly revision: { readonly date: string; readonly reason: string } | null;
}

/**
 * The statuses an evaluation has when it judged a figure: the bands of its scale (`green`, `amber`,
 * `red`, `blue`, `amber-green`, `amber-red`).
 *
 * @category Evaluation
 */
export type JudgedStatus = Exclude<Status, UnjudgedStatus>;

/**
 * The statuses of an evaluation that judged no figure: `not-started` (before the baseline),
 * `awaiting-data` (the first figure not yet due), `no-data` (a figure due and missing, or one that
 * cannot be judged, such as a comparator target whose comparator has no figure).
 *
 * @category Evaluation
 */
export type UnjudgedStatus = "no-data" | "not-started" | "awaiting-data";

/**
 * An evaluation that judged a figure: its status is a band of the scale, and its actual, the
 * actual's date, the variance and the tolerance are always there.
 *
 * @category Evaluation
 */
export interface JudgedEvaluation extends EvaluationCommon {
  readonly status: JudgedStatus;
  /** The latest measurement on or before `asOf` (and not before the baseline). */
  readonly actual: string;
  readonly actualDate: string;
  /** `actual − expected` (for a band, the distance outside it, signed). */
  readonly variance: string;
  /** The amber tolerance at the measurement's date, in the indicator's unit. */
  readonly tolerance: string;
}

/**
 * An evaluation that judged no figure: no variance and no tolerance; an actual only where a figure
 * was there but could not be judged (`no-data` for a comparator target whose comparator has none).
 *
 * @category Evaluation
 */
export interface UnjudgedEvaluation extends EvaluationCommon {
  readonly status: UnjudgedStatus;
  readonly actual: string | null;
  readonly actualDate: string | null;
  readonly variance: null;
  readonly tolerance: null;
}

/**
 * The evaluation of one target as of a date. Numbers are decimal strings, rounded half-even to at
 * most 10 places (comparisons use the exact values), or `null` where they do not apply. It is
 * {@link JudgedEvaluation} when its status is a band of the scale (so `actual` is a string) and
 * {@link UnjudgedEvaluation} otherwise: narrow on `status`.
 *
 * @category Evaluation
 * @example
 * import { evaluateTarget, isJudged, type Evaluation } from "performance-management/trajectory";
 * const framework = {
 *   id: "fw", name: "One target", owners: [], plans: [], objectives: [],
 *   indicators: [{ id: "pi", title: "Re-lets in 28 days", unit: "%", polarity: "higher-is-better" as const, measure: "output" as const, frequency: "monthly" as const }],
 *   targets: [{ id: "t", objective: "o", indicator: "pi", baseline: { date: "2001-03-31", value: "70" }, goal: { date: "2002-03-31", value: "100" } }],
 *   measurements: [{ indicator: "pi", date: "2001-09-30", value: "85" }],
 * };
 * const evaluation: Evaluation = evaluateTarget(framework, "t", { asOf: "2001-10-15" });
 * [evaluation.status, evaluation.expected, evaluation.variance] //=> ["amber", "85.0410958904", "-0.0410958904"]
 * const actual: string | null = isJudged(evaluation) ? evaluation.actual.padStart(4) : null;
 * actual //=> "  85"
 */
export type Evaluation = JudgedEvaluation | UnjudgedEvaluation;

/**
 * Whether an evaluation judged a figure (its status is a band of the scale), narrowing it to
 * {@link JudgedEvaluation}, whose `actual`, `actualDate`, `variance` and `tolerance` are strings.
 *
 * @category Evaluation
 * @param evaluation - an evaluation from {@link evaluateTarget} or {@link evaluateFramework}
 * @returns `true` for `green`, `amber`, `red`, `blue`, `amber-green` and `amber-red`; `false` for any other status, and for anything that is not an evaluation
 * @example
 * import { isJudged } from "performance-management/trajectory";
 * isJudged({ status: "red" }) //=> true
 * isJudged({ status: "awaiting-data" }) //=> false
 */
export function isJudged<E extends Pick<Evaluation, "status">>(
  evaluation: E,
): evaluation is E & { status: JudgedStatus } {
  // A predicate: false for anything that is not an evaluation with a judged status.
  const given: unknown = evaluation;
  return typeof given === "object" && given !== null && RATED.has((given as { status: Status }).status);
}

const ONE = new ExactDecimal(1);
const ZERO = new ExactDecimal(0);

/** The figure an ended target still asks for: its outturn, for the goal date; `null` when it is due past the calendar's end. */
function outturnFigure(outturn: Outturn): NextFigure | null {
  return outturn.due === null ? null : { periodEnd: outturn.date, due: outturn.due, overdue: outturn.overdue };
}

/** What an evaluation says of the revision it used. */
function revisionOf(revision: TargetRevision | null): Evaluation["revision"] {
  return revision === null ? null : { date: revision.date, reason: revision.reason };
}

/** A target that cannot be measured because its indicator does not exist: no data, and said so. */
function unmeasurable(given: Target, asOf: string, scale: string): Evaluation {
  const { target, revision } = revisionInForce(given, asOf);
  const goal = goalValue(target);
  return {
    target: target.id,
    asOf,
    status: toDayNumber(asOf) < toDayNumber(target.baseline.date) ? "not-started" : "no-data",
    scale,
    ruleNote: null,
    actual: null,
    actualDate: null,
    expected: null,
    band:
      "low" in target.goal
        ? { low: formatDecimal(toDecimal(target.goal.low)), high: formatDecimal(toDecimal(target.goal.high)) }
        : null,
    variance: null,
    variancePercent: null,
    tolerance: null,
    goal: goal === undefined ? null : formatDecimal(goal),
    progressPercent: null,
    forecast: { value: null, reason: `the target's indicator "${target.indicator}" does not exist` },
    direction: { sincePrevious: null, sinceYearAgo: null },
    quality: null,
    stale: false,
    floorBreached: false,
    consecutiveRed: 0,
    benchmarks: [],
    nextFigure: null,
    outturn: null,
    revision: revisionOf(revision),
  };
}

/**
 * Evaluates a target as of a date: the latest measurement on or before `asOf` is compared with the
 * expectation at that measurement's date, in the good direction of the indicator's polarity. A
 * shortfall of zero or less is green, one up to the tolerance (inclusive) amber, more red (or the
 * bands of another scale). Tolerance comes from the target, else the indicator, else the options,
 * else 5% of the larger of the expectation's magnitude and the span `|goal − baseline|` (so it does
 * not collapse near zero); `{ absolute }` tolerances are in the indicator's unit. For band goals,
 * inside the band is green and the tolerance applies outside either edge. For comparator targets,
 * the expectation is the comparator series' latest value on or before the measurement's date,
 * moved by the margin toward the good; a value exactly on it misses unless the comparator is
 * `inclusive`, and there is no amber band unless a tolerance is given explicitly.
 *
 * A council's own rules come after the floor and blue: a shortfall under the indicator's
 * `materialShortfall` (else the framework's for its unit) is on profile, the scale's first status;
 * a framework's `statusRule` (Havering's `within-percent-else-year-on-year`) replaces the scale's
 * bands, and `ruleNote` says why where it needed the figure a year earlier, or that there is none.
 *
 * A target with `revisions` is judged by the goal in force on the judged measurement's date (the
 * latest revision dated on or before it; the original goal before any), and `revision` says which;
 * its `goal`, `band`, progress and forecast read that goal too.
 *
 * Expectations, the goal and the forecast are clamped to the indicator's natural bounds (`min`,
 * `max`; 0–100 for a `%` unit that sets neither), and the status is judged against the clamped
 * expectation.
 *
 * `not-started` before the baseline date. With no measurement since the baseline,
 * `awaiting-data` until the first period's figure is due (the period's end, the indicator's
 * frequency after the baseline, plus the reporting lag in force: the indicator's `lagDays`, else
 * the framework's `reportingLags` for its frequency, else 42 days for monthly and quarterly and 91
 * for annual figures; due by the end of that day), `no-data` (and `stale`) after; `no-data` too
 * when there is no comparator value to judge a measurement by. With a figure, lateness never
 * changes the status: a late next figure sets `stale`, and the status stays the latest figure's.
 * Every comparison is exact; see docs/trajectory.md.
 *
 * Once the goal date (of the goal in force on `asOf`) has passed, and it is after the baseline (a
 * goal on or before it is a standard, which never ends), the target has ended: figures dated after
 * the goal date are not its own, its final figure is judged against the goal as its `outturn`
 * (achieved, not achieved and by how much, or awaited until it is due), nothing is forecast, the
 * only figure asked for is the outturn (`nextFigure` is the goal date's, due with the outturn, and
 * `stale` is true only once the outturn is overdue: quarters missed before the end are not
 * chased), and once the final figure is in nothing more is asked for (`nextFigure` `null`, `stale`
 * false).
 *
 * For an indicator with `aggregation: "running-total"` (formerly `cumulative: true`), measurements
 * are year-to-date totals within the financial year (from the framework's `financialYearStart`, 1
 * April by default). The expectation is the year's expected total (the path's value at the year's
 * end) times the share of the year passed by the measurement's date, by the indicator's `profile` of
 * monthly or quarterly weights (even months by default), so a seasonal service is not red every
 * winter. With `aggregation: "year-to-date-rate"`, measurements are rates to date within the year and
 * the expectation is the year's target itself, not scaled. Forecasts and progress are not made for
 * either, and `direction.sincePrevious` does not compare across a year's start.
 *
 * @category Evaluation
 * @param source - a parsed framework or its index
 * @param targetId - the id of the target to evaluate
 * @param options - `asOf`, and optionally a scale and a default tolerance
 * @returns the evaluation, plain JSON
 * A target whose indicator does not exist (a `dangling-reference` finding of the cascade checker)
 * is `no-data`, with the reason in its forecast.
 *
 * @throws {@link TrajectoryError} for an unknown target id; for bad options, naming the option: an
 * `asOf` missing or not a calendar date, a `tolerance` that is not `{ percent }` or `{ absolute }`
 * with a decimal at least 0 (`"abc"`, `NaN`, infinities, negatives, both keys or neither), a
 * `scale` that is not a scale ({@link defineScale} checks it)
 * @throws {@link TrajectoryError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { evaluateTarget } from "performance-management/trajectory";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * // Unemployment 6.3% (provisional) in June 2001 against the regional 6.4%: below it, so green.
 * const unemployment = evaluateTarget(stockton, "t-unemployment", { asOf: "2001-07-15" });
 * [unemployment.status, unemployment.actual, unemployment.expected, unemployment.quality] //=> ["green", "6.3", "6.4", "provisional"]
 */
export function evaluateTarget(
  source: Framework | FrameworkIndex,
  targetId: string,
  options: EvaluateTargetOptions,
): Evaluation {
  const scale = checkEvaluationOptions(options, ["asOf", "scale", "tolerance"]);
  asOfOption(options);
  const index = checkedFrameworkIndex(source, trajectoryError);
  const target = index.targets.get(targetId);
  if (target === undefined)
    throw new TrajectoryError(
      `there is no target ${typeof targetId === "string" ? `"${targetId}"` : shown(targetId)} to evaluate`,
    );
  return evaluateCheckedTarget(index, target, options, scale);
}

/**
 * What the roll-up reads of an evaluation with a progress, as the evaluation shows it (its
 * `progressPercent`, `actual` and `goal` read back as decimals), handed over without writing and
 * parsing them again: `progress` is `null` when the evaluation's `progressPercent` is. @internal
 */
export interface ShownProgress {
  progress: Decimal | null;
  actual: Decimal | null;
  goal: Decimal | null;
}

/**
 * {@link evaluateTarget} once its options are checked: `evaluateFramework` checks them once for
 * every target instead of once per target. @internal
 */
export function evaluateCheckedTarget(
  index: FrameworkIndex,
  given: Target,
  options: EvaluateTargetOptions,
  scale: Scale,
  shown?: ShownProgress,
): Evaluation {
  if (shown !== undefined) shown.progress = null;
  const asOfDay = toDayNumber(options.asOf);
  const indicator = index.indicators.get(given.indicator);
  if (indicator === undefined) return unmeasurable(given, options.asOf, scale.id);
  // The measurements on or after the baseline and on or before asOf: a window of the shared series, found by search.
  const all = seriesOf(index, indicator.id);
  const baselineDay = toDayNumber(given.baseline.date);
  const start = firstOnOrAfter(all.days, baselineDay);
  // Once the goal date (of the goal in force on asOf) has passed, the target has ended: figures
  // after it are not the target's, and its final figure is judged as its outturn. A goal dated on
  // or before the baseline is a standard (issue 8): it never ends.
  const onAsOf = inForceOn(index, given, options.asOf);
  const goalDate = onAsOf.target.goal.date;
  const ended = goalDate < options.asOf && goalDate > given.baseline.date;
  const end = firstAfter(all.days, ended ? toDayNumber(goalDate) : asOfDay, start);
  // The goal in force on the judged measurement's date (asOf when there is none): the latest revision on or before it.
  const judgedDate = end > start && asOfDay >= baselineDay ? all.measurements[end - 1]?.date : undefined;
  // By binary search over the revisions, sorted once per index: a chart evaluates a target as of each of its dates.
  // Without revisions the goal in force is the same on every date: the one already read.
  const { target, revision, stable } =
    judgedDate === undefined || (given.revisions?.length ?? 0) === 0 ? onAsOf : inForceOn(index, given, judgedDate);
  // What the target reads (its goal, baseline, band, bounds…), parsed once per index and goal in force.
  const facts = targetFacts(index, target, stable, indicator);
  // The tolerance that applies (toleranceFor's rule), its default the one the facts already hold:
  // nothing parsed or kept per target for it.
  const tolerance =
    explicitToleranceFor(target, indicator, index.framework, options.tolerance) ??
    (target.comparator === undefined ? facts.defaultTolerance : NO_TOLERANCE);
  const asOf = options.asOf;
  const goal = target.goal;
  const isBand = "low" in goal;
  // The goal clamped to the indicator's natural bounds: +50% on 80% is 100 for a % indicator.
  const goalExact = facts.clampedGoal;
  const baseline = facts.baseline;
  const progressDenominator = facts.progressSpan;
  // A fresh band object for each evaluation: the caller owns what it is given.
  const band = isBand && facts.bandText !== null ? { low: facts.bandText.low, high: facts.bandText.high } : null;
  const goalText = facts.goalText;
  // An evaluation with nothing judged: its fields in the order they have always had, built only
  // on the paths that return one (a measured evaluation is one literal, below), each time afresh.
  const unmeasured = () => ({
    target: target.id,
    asOf,
    scale: scale.id,
    ruleNote: null,
    band,
    goal: goalText,
    revision: revisionOf(revision),
    actual: null,
    actualDate: null,
    expected: null,
    variance: null,
    variancePercent: null,
    tolerance: null,
    progressPercent: null,
    direction: { sincePrevious: null, sinceYearAgo: null },
    quality: null,
    stale: false,
    floorBreached: false,
    consecutiveRed: 0,
    benchmarks: [],
    nextFigure: null,
    outturn: null,
  });
  const aggregation = aggregationOf(indicator);
  const cumulative = judgedYearToDate(indicator, target);
  const forecast: Forecast = ended
    ? { value: null, reason: `the target ended on ${goalDate}: its outturn is judged, not forecast` }
    : cumulative
      ? {
          value: null,
          reason: `forecasts are not made for year-to-date (${aggregation === "year-to-date-rate" ? "rate" : "cumulative"}) indicators`,
        }
      : forecastOf(index, target, indicator, { series: all, start, end }, scale, tolerance, facts);
  // With nothing measured since the baseline, the first period's figure is the next: awaited until it is due.
  if (asOfDay < baselineDay) {
    const first = indexedNextFigureOf(index, target.baseline.date, indicator, asOf);
    return { ...unmeasured(), nextFigure: first, status: "not-started", forecast };
  }
  const latest = end > start ? all.measurements[end - 1] : undefined;
  if (latest === undefined) {
    const first = indexedNextFigureOf(index, target.baseline.date, indicator, asOf);
    const overdue = first?.overdue ?? false;
    const awaited = ended ? awaitedOutturn(index, indicator, goalDate, goalExact, asOf) : null;
    // An ended target asks for its outturn only: it is stale once that is overdue.
    const next = awaited === null ? first : outturnFigure(awaited);
    return {
      ...unmeasured(),
      nextFigure: next,
      stale: next?.overdue ?? false,
      status: overdue ? "no-data" : "awaiting-data",
      forecast,
      outturn: awaited,
    };
  }

  // The actual as a safe integer over a power of ten where it fits (the common case), read from its
  // text; as a decimal (parsed once per index) only where a figure needs the decimal route.
  const scaledActual = readScaledDecimal(latest.value);
  let exactActual: Decimal | undefined;
  const actualOf = (): Decimal => (exactActual ??= measuredValue(index, latest));
  // A next figure due past the calendar's end is never overdue; a year before its start has no figures.
  // An ended target whose final figure is in asks for nothing more.
  const final = ended && isFinalFigure(index, indicator, latest.date, goalDate);
  // An ended target awaiting its outturn asks for that figure only, not the quarters it missed.
  const awaited = ended && !final ? awaitedOutturn(index, indicator, goalDate, goalExact, asOf) : null;
  const nextFigure = final
    ? null
    : awaited !== null
      ? outturnFigure(awaited)
      : indexedNextFigureOf(index, latest.date, indicator, asOf);
  const stale = nextFigure?.overdue ?? false;
  const direction = directionOfTravel(
    all,
    start,
    end - 1,
    indicator,
    target,
    cumulative ? { yearStart: index.financialYearStart } : undefined,
    (measurement) => measuredValue(index, measurement),
  );
  // Progress rounded as shown (and read back so by the roll-up): rounded once, then written.
  let progressPercent: string | null = null;
  let progressShown: Decimal | null = null;
  if (!cumulative && progressDenominator !== undefined && !progressDenominator.isZero()) {
    progressPercent =
      (scaledActual === undefined ? undefined : scaledProgress(scaledActual, baseline, progressDenominator)) ??
      integerProgress(actualOf(), baseline, progressDenominator) ??
      null;
    if (progressPercent === null) {
      progressShown = actualOf()
        .minus(baseline)
        .div(progressDenominator)
        .times(100)
        .toDecimalPlaces(10, ExactDecimal.ROUND_HALF_EVEN);
      progressPercent = toCanonicalString(progressShown);
    }
  }
  const actualText = measuredText(index, latest);
  if (shown !== undefined && progressPercent !== null) {
    // The roll-up's progress decided on the figures as shown (their texts), so the actual is not
    // read back as a decimal: met goals and percentages outside 0–100 hand over the bound itself.
    const decided = progressByText(progressPercent, actualText, facts.goalText, indicator.polarity);
    shown.progress =
      decided ??
      (progressShown !== null && !progressShown.isZero()
        ? progressShown
        : progressPercent === "0"
          ? ZERO
          : new ExactDecimal(progressPercent));
    if (decided === undefined) {
      shown.actual = measuredShown(index, latest);
      shown.goal = facts.goalShown;
    } else {
      // What progressOf reads then: the percentage, already within 0–100, which it keeps.
      shown.actual = null;
      shown.goal = null;
    }
  }
  const quality = latest.quality ?? null;
  const benchmarks = benchmarkPositions(index, indicator, actualOf, latest.date);
  const measured = {
    actual: actualText,
    actualDate: latest.date,
    progressPercent,
    direction,
    quality,
    stale,
    benchmarks,
    nextFigure,
  };
  // The common case judged and shown in safe integers (judgeScaled.ts); an outturn reads the
  // decimal judgement, and anything the integers do not cover takes the decimal route.
  const scaled =
    scaledActual === undefined || final
      ? undefined
      : judgeLatestScaled(index, target, indicator, latest, scale, tolerance, scaledActual);
  const judgement =
    scaled === undefined ? judgeMeasurement(index, target, indicator, latest, scale, tolerance) : undefined;
  const status = scaled === undefined ? (judgement as Judgement).status : scaled.status;
  const outturn = !ended
    ? null
    : final
      ? judgedOutturn(index, target, indicator, latest, goalDate, goalExact, judgement as Judgement)
      : awaited;
  const breached =
    (scaledActual === undefined ? undefined : floorBreachedScaled(scaledActual, facts.floor, indicator.polarity)) ??
    (facts.floor !== undefined &&
      indicator.polarity !== "in-band" &&
      isAboveZero(scaledShortfall(actualOf(), { num: facts.floor, den: ONE }, indicator.polarity)));
  const intervention = {
    floorBreached: breached,
    // The run back from the latest, found without re-judging it all (see redRun.ts): a short run
    // judged by the status kernel, a long one in O(log M) range tests, each date of a long run
    // judged at most once per index however often the target is evaluated.
    consecutiveRed:
      status === "red"
        ? consecutiveRed(index, given, indicator, all, { start, end }, status, {
            scale,
            tolerance,
            fallback: options.tolerance,
          })
        : 0,
  };
  const redRun = intervention.consecutiveRed;
  // The result as one literal in the order the fields have always had (no spreads: an evaluation is
  // built for every target, and copying three objects into it cost more than judging it).
  if (judgement?.kind === "unjudged") return { ...unmeasured(), ...measured, status: "no-data", forecast, outturn };
  // A band's figures are its edge's; a point's are its expectation's (divided in whole numbers where
  // they fit). Both end in the one literal below.
  let expectedText: string | null, varianceText: string, variancePercent: string | null, toleranceText: string;
  if (scaled !== undefined) {
    expectedText = scaled.expected;
    varianceText = scaled.variance;
    variancePercent = scaled.variancePercent;
    toleranceText = scaled.tolerance;
  } else if (judgement?.kind === "band") {
    const { edge, variance } = judgement;
    expectedText = null;
    varianceText = formatDecimal(variance);
    variancePercent = edge.isZero() ? null : formatDecimal(variance.div(edge.abs()).times(100));
    toleranceText = formatDecimal(judgement.toleranceAmount);
  } else {
    const point = judgement as Judgement & { readonly kind: "point" };
    const expected = point.expected;
    const actual = actualOf();
    const figures = pointFigures(actual, expected, point.toleranceAmount);
    if (figures !== undefined) [expectedText, varianceText, variancePercent, toleranceText] = figures;
    else {
      const oneDen = isOne(expected.den);
      const varianceScaled = oneDen ? actual.minus(expected.num) : actual.times(expected.den).minus(expected.num);
      expectedText = formatDecimal(valueOf(expected));
      varianceText = formatDecimal(oneDen ? varianceScaled : varianceScaled.div(expected.den));
      variancePercent = expected.num.isZero() ? null : formatDecimal(varianceScaled.div(expected.num.abs()).times(100));
      toleranceText = formatDecimal(oneDen ? point.toleranceAmount : point.toleranceAmount.div(expected.den));
    }
  }
  return {
    target: target.id,
    asOf,
    scale: scale.id,
    ruleNote: judgement?.ruleNote ?? null,
    band,
    goal: goalText,
    revision: revisionOf(revision),
    actual: actualText,
    actualDate: latest.date,
    progressPercent,
    direction,
    quality,
    stale,
    benchmarks,
    nextFigure,
    floorBreached: breached,
    consecutiveRed: redRun,
    // A judged figure's status is a band of the scale, and every scale's bands and beyond are rated
    // statuses (defineScale refuses the others; the options check every scale with it).
    status: status as JudgedStatus,
    expected: expectedText,
    variance: varianceText,
    variancePercent,
    tolerance: toleranceText,
    forecast,
    outturn,
  };
}

const HUNDRED = new ExactDecimal(100);

/**
 * What the roll-up's `progressOf` gives for an evaluation's progress, decided on the texts the
 * evaluation shows (`percent`, `actual`, `goal`: plain decimals, compared digit by digit as their
 * decimals compare): 100 for a goal met, 0 for a percentage past 100 with the goal not met or below
 * 0, 100 above 100 (the clamp), or `null` when it is the percentage itself (within 0–100);
 * `undefined` when a text is not plain (the caller hands over the decimals instead).
 */
function progressByText(
  percent: string,
  actual: string,
  goal: string | null,
  polarity: Polarity,
): Decimal | null | undefined {
  const overHundred = comparePlainDecimals(percent, "100");
  if (overHundred === undefined) return undefined;
  if (goal !== null && (polarity === "higher-is-better" || polarity === "lower-is-better")) {
    const order = comparePlainDecimals(actual, goal);
    if (order === undefined) return undefined;
    if (polarity === "higher-is-better" ? order >= 0 : order <= 0) return HUNDRED;
    if (overHundred >= 0) return ZERO;
  }
  if (percent.charCodeAt(0) === 45) return ZERO;
  return overHundred > 0 ? HUNDRED : null;
}

const SCALED_ONE: Scaled = { units: 1, places: 0 };

/**
 * {@link integerProgress} of an actual already read as a safe integer over a power of ten, without
 * its decimal; `undefined` when a figure does not fit (the caller takes {@link integerProgress}).
 */
function scaledProgress(actual: Scaled, baseline: Decimal, span: Decimal): string | undefined {
  const b = scaledOf(baseline);
  const d = scaledOf(span);
  if (b === undefined || d === undefined) return undefined;
  const moved = scaledProductLess(actual, SCALED_ONE, b);
  return moved === undefined ? undefined : shownRatio(moved, d, 100);
}

/**
 * `(actual − baseline) / span × 100` as shown (rounded half-even to 10 places) divided in safe
 * integers, or `undefined` for the decimal route.
 */
function integerProgress(actual: Decimal, baseline: Decimal, span: Decimal): string | undefined {
  const a = scaledOf(actual);
  const b = scaledOf(baseline);
  const d = scaledOf(span);
  if (a === undefined || b === undefined || d === undefined) return bigProgress(actual, baseline, span);
  const moved = scaledProductLess(a, SCALED_ONE, b);
  return moved === undefined ? bigProgress(actual, baseline, span) : shownRatio(moved, d, 100);
}

const BIG_ONE: BigScaled = { units: 1n, places: 0 };

/** {@link integerProgress} in big integers, for figures of 16 or more digits. */
function bigProgress(actual: Decimal, baseline: Decimal, span: Decimal): string | undefined {
  const a = bigScaledOf(actual);
  const b = bigScaledOf(baseline);
  const d = bigScaledOf(span);
  if (a === undefined || b === undefined || d === undefined) return undefined;
  return bigShownRatio(bigProductLess(a, BIG_ONE, b), d, 100n);
}

/**
 * A point judgement's shown figures (expected, variance, variance percent, tolerance) divided in
 * safe integers ({@link shownRatio}): the same strings as the decimal route, or `undefined` when a
 * figure does not fit and the decimal route is taken.
 */
function pointFigures(
  actual: Decimal,
  expected: Rational,
  toleranceAmount: Decimal,
): [string, string, string | null, string] | undefined {
  const a = scaledOf(actual);
  const num = scaledOf(expected.num);
  const den = scaledOf(expected.den);
  const amount = scaledOf(toleranceAmount);
  if (a === undefined || num === undefined || den === undefined || amount === undefined)
    return bigPointFigures(actual, expected, toleranceAmount, num, den, amount);
  // actual·den − num: the variance over den.
  const difference = scaledProductLess(a, den, num);
  if (difference === undefined) return bigPointFigures(actual, expected, toleranceAmount, num, den, amount);
  const expectedText = shownRatio(num, den);
  const varianceText = shownRatio(difference, den);
  const toleranceText = shownRatio(amount, den);
  const percent =
    num.units === 0 ? null : shownRatio(difference, { units: Math.abs(num.units), places: num.places }, 100);
  if (expectedText === undefined || varianceText === undefined || toleranceText === undefined || percent === undefined)
    return undefined;
  return [expectedText, varianceText, percent, toleranceText];
}

const PRODUCT_LIMIT = 10n ** 60n;

/**
 * {@link pointFigures} in big integers, for figures of 16 or more digits; the expected figure and
 * the tolerance, which do not involve the actual, divided in safe integers where the expectation
 * and the amount fit them (`num`, `den`, `amount` from {@link scaledOf}): both routes give the
 * decimal route's digits, and the big integers would not refuse a quotient the safe ones take.
 */
function bigPointFigures(
  actual: Decimal,
  expected: Rational,
  toleranceAmount: Decimal,
  safeNum?: Scaled,
  safeDen?: Scaled,
  safeAmount?: Scaled,
): [string, string, string | null, string] | undefined {
  const a = bigScaledOf(actual);
  const num = bigScaledOf(expected.num);
  const den = bigScaledOf(expected.den);
  const amount = bigScaledOf(toleranceAmount);
  if (a === undefined || num === undefined || den === undefined || amount === undefined) return undefined;
  // The decimal route's product actual·den is exact at 60 digits only below 10^60.
  const product = a.units * den.units;
  if (product >= PRODUCT_LIMIT || -product >= PRODUCT_LIMIT) return undefined;
  const difference = bigProductLess(a, den, num);
  const safe = safeNum !== undefined && safeDen !== undefined;
  const expectedText = (safe ? shownRatio(safeNum, safeDen) : undefined) ?? bigShownRatio(num, den);
  const varianceText = bigShownRatio(difference, den);
  const toleranceText =
    (safeAmount !== undefined && safeDen !== undefined ? shownRatio(safeAmount, safeDen) : undefined) ??
    bigShownRatio(amount, den);
  const percent =
    num.units === 0n
      ? null
      : bigShownRatio(difference, { units: num.units < 0n ? -num.units : num.units, places: num.places }, 100n);
  if (expectedText === undefined || varianceText === undefined || toleranceText === undefined || percent === undefined)
    return undefined;
  return [expectedText, varianceText, percent, toleranceText];
}
