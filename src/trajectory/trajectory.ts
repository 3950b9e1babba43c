import { isPlainObject, shown } from "../internal/options.js";
import { checkTargetArgument } from "./options.js";
import { scheduleDates } from "../internal/dates.js";
import type { Framework, FrameworkIndex, Target } from "../model/index.js";
import { monthsOf } from "../model/cadence.js";
import { TrajectoryError } from "./errors.js";
import { type ExpectedValueOptions, expectationReader, isSourceForm, targetOfSource } from "./expectedValue.js";
import { trajectoryError } from "./dayOf.js";

/**
 * A regular schedule of dates: `from`, then every `frequency` calendar months after it, up to and
 * including `to`. A schedule that starts on a month's last day keeps to month ends (30 June, 30
 * September, 31 December, 31 March); otherwise days past a month's end are clamped to it. A
 * schedule stops at the calendar's last date, 9999-12-31: a step past it ends the schedule as `to` does.
 *
 * @category Trajectory
 * @example
 * import { trajectory, type Schedule } from "performance-management/trajectory";
 * const quarters: Schedule = { from: "2001-06-30", to: "2002-03-31", frequency: "quarterly" };
 * const target = { id: "t", objective: "o", indicator: "i", baseline: { date: "2001-03-31", value: "0" }, goal: { date: "2002-03-31", value: "100" } };
 * trajectory(target, quarters).map((point) => point.date) //=> ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"]
 */
export interface Schedule {
  readonly from: string;
  readonly to: string;
  readonly frequency: "monthly" | "quarterly" | "half-yearly" | "annual" | { readonly everyMonths: number };
}

/**
 * One date of a trajectory: the expected value for a point goal, or the expected band for a band goal.
 *
 * @category Trajectory
 * @example
 * import { trajectory, type TrajectoryPoint } from "performance-management/trajectory";
 * const target = { id: "t", objective: "o", indicator: "i", baseline: { date: "2001-03-31", value: "82" }, goal: { date: "2002-03-31", value: "100" } };
 * const [point]: TrajectoryPoint[] = trajectory(target, ["2002-03-31"]);
 * point //=> { date: "2002-03-31", expected: "100", band: null, clamped: false }
 */
export interface TrajectoryPoint {
  readonly date: string;
  /** The expected value (a point goal), or `null` before the baseline or for a band goal. */
  readonly expected: string | null;
  /** The expected band (a band goal), or `null` before the baseline or for a point goal. */
  readonly band: { readonly low: string; readonly high: string } | null;
  /** True when the path lay outside the indicator's natural bounds and `expected` is the nearer bound. */
  readonly clamped: boolean;
}

const MAX_POINTS = 100_000;

/** The dates of a schedule, after checking its frequency. */
function datesOf(schedule: Schedule): string[] {
  let step = 0;
  try {
    step = monthsOf(schedule.frequency);
  } catch {
    // Not a frequency: refused below as the schedule's, with this function's error.
  }
  if (step < 1)
    throw new TrajectoryError(
      `a schedule's frequency must be a named frequency or a whole number of months, at least 1; got ${shown(schedule.frequency)}`,
    );
  return scheduleDates(schedule.from, schedule.to, step, MAX_POINTS, trajectoryError);
}

/**
 * The expected value (or band) of a target at each of a list of dates, or at each date of a
 * regular schedule. See {@link expectedValue} for the shape of the path.
 *
 * @category Trajectory
 * @param target - a target
 * @param dates - dates `YYYY-MM-DD`, or a {@link Schedule}
 * @param options - the indicator, to clamp expectations to its natural bounds (each clamped point says `clamped: true`)
 * @returns one point per date, in the order given. The target's path is built once per call (once
 * for each goal in force, with `revisions`) and each date found in it by binary search, so `D` dates
 * on a path of `K` milestones cost O(K + D log K).
 * @throws {@link TrajectoryError} for a `target` that is not a target (or has a value or date in it that is not one), `dates` that are neither a list nor a schedule, a date that is not a calendar date, or a schedule that ends before it starts
 * @example
 * import { trajectory } from "performance-management/trajectory";
 * const heartDisease = {
 *   id: "t-heart-disease", objective: "o", indicator: "i", trajectory: "compound" as const,
 *   baseline: { date: "2000-12-31", value: "140" },
 *   goal: { date: "2010-12-31", change: { percent: "-40" } },
 * };
 * // 2005-12-31 is half way in days, so the compound path is at 140 × √0.6.
 * trajectory(heartDisease, { from: "2000-12-31", to: "2010-12-31", frequency: { everyMonths: 60 } }).map((p) => p.expected)
 * //=> ["140", "108.4435336938", "84"]
 * // A % indicator: 80 up 50% would be 120; from half way the path is clamped at 100.
 * const offers = { ...heartDisease, trajectory: "linear" as const, baseline: { date: "2001-03-31", value: "80" }, goal: { date: "2002-03-31", change: { percent: "50" } } };
 * trajectory(offers, ["2001-09-30", "2002-03-31"], { indicator: { unit: "%" } })
 * //=> [{ date: "2001-09-30", expected: "100", band: null, clamped: true }, { date: "2002-03-31", expected: "100", band: null, clamped: true }]
 */
export function trajectory(
  target: Target,
  dates: readonly string[] | Schedule,
  options?: ExpectedValueOptions,
): TrajectoryPoint[];
/**
 * The expected value (or band) of a framework's target at each of a list of dates, or at each date
 * of a regular schedule, clamped to its indicator's natural bounds as {@link evaluateTarget} clamps it.
 *
 * @category Trajectory
 * @param source - a parsed framework or its index
 * @param targetId - the target's id
 * @param dates - dates `YYYY-MM-DD`, or a {@link Schedule}
 * @returns one point per date, in the order given
 * @throws {@link TrajectoryError} for a source that is not a framework or an index, an unknown target id, `dates` that are neither a list nor a schedule, a date that is not a calendar date, or a schedule that ends before it starts
 * @example
 * import { trajectory } from "performance-management/trajectory";
 * const framework = {
 *   id: "f", name: "F", owners: [], plans: [], objectives: [],
 *   indicators: [{ id: "pi-offers", title: "Offers accepted", measure: "outcome", unit: "%", polarity: "higher-is-better", frequency: "quarterly" }],
 *   targets: [{ id: "t-offers", objective: "o", indicator: "pi-offers", baseline: { date: "2001-03-31", value: "80" }, goal: { date: "2002-03-31", change: { percent: "50" } } }],
 * };
 * trajectory(framework, "t-offers", ["2001-06-30", "2002-03-31"]).map((point) => point.expected) //=> ["89.9726027397", "100"]
 */
export function trajectory(
  source: Framework | FrameworkIndex,
  targetId: string,
  dates: readonly string[] | Schedule,
): TrajectoryPoint[];
export function trajectory(
  first: Target | Framework | FrameworkIndex,
  second: string | readonly string[] | Schedule,
  third?: readonly string[] | Schedule | ExpectedValueOptions,
): TrajectoryPoint[] {
  let target: Target;
  let dates: unknown;
  let options: ExpectedValueOptions | undefined;
  // (source, targetId, dates): the first argument has no target's fields (see isSourceForm).
  if (isSourceForm(first, second)) {
    ({ target, options } = targetOfSource(first as Framework | FrameworkIndex, second));
    dates = third;
  } else {
    checkTargetArgument(first);
    target = first as Target;
    dates = second;
    options = third as ExpectedValueOptions | undefined;
  }
  if (!Array.isArray(dates) && !isPlainObject(dates))
    throw trajectoryError(`dates must be a list of dates or a schedule { from, to, frequency }; got ${shown(dates)}`);
  const list = Array.isArray(dates) ? (dates as readonly string[]) : datesOf(dates as unknown as Schedule);
  // The path of each goal in force is built once and searched for each date: O(K + D log K), not D × K.
  const read = expectationReader(target, options);
  return list.map((date): TrajectoryPoint => {
    const expectation = read(date);
    if (expectation.kind === "band") return { date, expected: null, band: expectation.band, clamped: false };
    return { date, expected: expectation.value, band: null, clamped: expectation.clamped };
  });
}
