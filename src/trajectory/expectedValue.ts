import { checkTargetArgument } from "./options.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import { expectationAt, valueOf } from "./exact.js";
import type { Indicator, Target } from "../model/index.js";
import { boundsOf } from "../model/bounds.js";
import { revisionInForce } from "../model/revisions.js";
import { clampRational } from "./clamp.js";
import { TrajectoryError } from "./errors.js";
import { dayOf } from "./dayOf.js";
import type { TargetPath } from "./exact.js";
import { pathOf } from "./judge.js";
import { goalInForce } from "./inForce.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Framework, FrameworkIndex } from "../model/index.js";
import { shown } from "../internal/options.js";
import { trajectoryError } from "./dayOf.js";

/** Whether a value has a target's own fields (a baseline or a goal): the target form's first argument. */
function isTargetLike(value: unknown): boolean {
  return hasAny(value, ["baseline", "goal"]);
}

/** Whether a value looks like a framework or its index (it has `targets`): the source form's first argument. */
function isSourceLike(value: unknown): boolean {
  return hasAny(value, ["targets"]);
}

/** Whether an object has any of the keys; false for a revoked proxy or a trap that throws (the checks after say what is wrong). */
function hasAny(value: unknown, keys: readonly string[]): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    return keys.some((key) => key in value);
  } catch {
    return false;
  }
}

/**
 * Whether a call is the `(source, targetId, …)` form: the first argument has no target's fields,
 * and it looks like a framework or the call gives a string where the form has its id. So a target
 * misused keeps the target form's messages, and a framework with its date missing is told so.
 * @internal
 */
export function isSourceForm(first: unknown, idPlace: unknown): boolean {
  return !isTargetLike(first) && (isSourceLike(first) || typeof idPlace === "string");
}

/**
 * A framework's target by id and the options its indicator gives (its unit and bounds, so a `%`
 * target is clamped to 0–100 as {@link evaluateTarget} clamps it): the `(source, targetId, …)` form
 * of {@link expectedValue}, {@link expectedBand} and {@link trajectory}. @internal
 */
export function targetOfSource(
  source: Framework | FrameworkIndex,
  targetId: unknown,
): { target: Target; options: ExpectedValueOptions } {
  const index = checkedFrameworkIndex(source, trajectoryError);
  const target = typeof targetId === "string" ? index.targets.get(targetId) : undefined;
  if (target === undefined)
    throw new TrajectoryError(
      `there is no target ${typeof targetId === "string" ? `"${targetId}"` : shown(targetId)} in the framework`,
    );
  return { target, options: { indicator: index.indicators.get(target.indicator) } };
}

/**
 * Options for {@link expectedValue} and {@link trajectory}.
 *
 * @category Trajectory
 * @example
 * import { expectedValue, type ExpectedValueOptions } from "performance-management/trajectory";
 * const target = { id: "t", objective: "o", indicator: "i", baseline: { date: "2001-03-31", value: "80" }, goal: { date: "2002-03-31", change: { percent: "50" } } };
 * const options: ExpectedValueOptions = { indicator: { unit: "%" } };
 * [expectedValue(target, "2002-03-31"), expectedValue(target, "2002-03-31", options)] //=> ["120", "100"]
 */
export interface ExpectedValueOptions {
  /**
   * The target's indicator, or its `unit`, `min` and `max`: expectations are clamped to its natural
   * bounds (0–100 for a `%` unit that sets neither). Without it, nothing is clamped.
   */
  readonly indicator?: Pick<Indicator, "unit" | "min" | "max"> | undefined;
}

/** The expectation of a target at a date, clamped to the indicator's bounds if one is given, and whether it was. @internal */
export function clampedExpectation(
  target: Target,
  date: string,
  options: ExpectedValueOptions | undefined,
): { value: string; clamped: boolean } | null {
  const day = dayOf(date, "date");
  const expectation = expectationAt(pathOf(revisionInForce(target, date).target), day);
  if (expectation === undefined) return null;
  const indicator = options?.indicator;
  const { value, clamped } =
    indicator === undefined ? { value: expectation, clamped: false } : clampRational(expectation, boundsOf(indicator));
  return { value: formatDecimal(valueOf(value)), clamped };
}

/** What a target expects on one date: a point goal's value (clamped, and whether it was), or a band goal's band. @internal */
export type ReadExpectation =
  | { readonly kind: "point"; readonly value: string | null; readonly clamped: boolean }
  | { readonly kind: "band"; readonly band: { readonly low: string; readonly high: string } | null };

/**
 * What a target expects on each of many dates, as {@link expectedValue} and {@link expectedBand} say:
 * the goal in force found by binary search over the revisions, sorted once, and the path of each
 * goal in force built once and searched by binary search, so a date costs O(log K + log R) after
 * O(K log K) once (K milestones, R revisions), never a walk of the milestones. @internal
 */
export function expectationReader(
  target: Target,
  options: ExpectedValueOptions | undefined,
): (date: string) => ReadExpectation {
  const inForce = goalInForce(target);
  const paths = new Map<Target, TargetPath>();
  const indicator = options?.indicator;
  const bounds = indicator === undefined ? undefined : boundsOf(indicator);
  let baselineDay: number | undefined;
  return (date) => {
    const day = dayOf(date, "date");
    const goalTarget = inForce(date).target;
    const goal = goalTarget.goal;
    if ("low" in goal) {
      baselineDay ??= dayOf(target.baseline.date, "baseline date");
      return {
        kind: "band",
        band:
          day < baselineDay
            ? null
            : { low: formatDecimal(toDecimal(goal.low)), high: formatDecimal(toDecimal(goal.high)) },
      };
    }
    let path = paths.get(goalTarget);
    if (path === undefined) {
      path = pathOf(goalTarget);
      paths.set(goalTarget, path);
    }
    const expectation = expectationAt(path, day);
    if (expectation === undefined) return { kind: "point", value: null, clamped: false };
    const { value, clamped } =
      bounds === undefined ? { value: expectation, clamped: false } : clampRational(expectation, bounds);
    return { kind: "point", value: formatDecimal(valueOf(value)), clamped };
  };
}

/**
 * The value a target expects on a date, as a decimal string: on its path from the baseline through
 * its milestones to its goal, in calendar days.
 *
 * - `linear` (the default) runs straight between consecutive points;
 * - `step` holds each point's value until the next point's date (a target judged at its deadline);
 * - `compound` changes at a constant rate between points (Stockton: deaths from heart disease down
 *   40% by 2010). It needs non-zero points of one sign; a segment that crosses or touches zero is linear;
 * - `period-target` puts each milestone's or the goal's value in force from the day after the
 *   previous point's date up to its own (the year's target in force all year: Stockton's re-lets,
 *   100% by March 2002, expect 100 from 1 April 2001). On the baseline's own date it is the baseline.
 *
 * Before the baseline date there is no expectation (`null`); from the goal date on, the goal holds.
 * A goal dated on or before its baseline holds from its own date, so from the baseline on the
 * expectation is the goal (the cascade checker's `smart` rule warns about the dates).
 * A target with `revisions` expects on each date by the goal in force then (the latest revision
 * dated on or before it, the original goal before any): the path from the baseline through the
 * milestones before that goal's date, to it.
 * Relative goals resolve against the baseline (`{ change: { percent: "-10" } }` on 250 is 225;
 * `{ change: { points: "7" } }` on 40 is 47). Given the indicator (`options.indicator`), the
 * expectation is clamped to its natural bounds (0–100 for a `%` unit that sets neither `min` nor `max`).
 * The path passes exactly through the baseline, each milestone and the goal; between them a value
 * that does not terminate is rounded half-even to 10 decimal places (compound values are computed
 * to 60 significant digits first).
 *
 * @category Trajectory
 * @param target - a target with a point goal (absolute or relative)
 * @param date - `YYYY-MM-DD`
 * @param options - the indicator, to clamp to its natural bounds
 * @returns the expected value, or `null` before the baseline
 * @throws {@link TrajectoryError} for a `target` that is not a target (`undefined`, `{}`), a date that is not a calendar date, or a target whose goal in force on the date is a band (use {@link expectedBand})
 * @example
 * import { expectedValue } from "performance-management/trajectory";
 * const target = {
 *   id: "t-youth-offending", objective: "o", indicator: "i",
 *   baseline: { date: "2001-03-31", value: "250" },
 *   goal: { date: "2003-03-31", change: { percent: "-10" } },
 * };
 * expectedValue(target, "2003-03-31") //=> "225"
 * expectedValue(target, "2002-03-31") //=> "237.5"
 * expectedValue(target, "2001-01-01") //=> null
 * expectedValue({ ...target, trajectory: "step" }, "2003-03-30") //=> "250"
 * expectedValue({ ...target, trajectory: "period-target" }, "2001-04-01") //=> "225"
 * expectedValue({ ...target, goal: { date: "2000-03-31", value: "200" } }, "2001-03-31") //=> "200"
 */
export function expectedValue(target: Target, date: string, options?: ExpectedValueOptions): string | null;
/**
 * The value a framework's target expects on a date, clamped to its indicator's natural bounds as
 * {@link evaluateTarget} clamps it (0–100 for a `%` unit that sets neither `min` nor `max`). The
 * path is as the target form above describes.
 *
 * @category Trajectory
 * @param source - a parsed framework or its index
 * @param targetId - the target's id
 * @param date - `YYYY-MM-DD`
 * @returns the expected value, or `null` before the baseline
 * @throws {@link TrajectoryError} for a source that is not a framework or an index, an unknown target id, a date that is not a calendar date, or a target whose goal in force on the date is a band
 * @example
 * import { expectedValue } from "performance-management/trajectory";
 * const framework = {
 *   id: "f", name: "F", owners: [], plans: [], objectives: [],
 *   indicators: [{ id: "pi-offers", title: "Offers accepted", measure: "outcome", unit: "%", polarity: "higher-is-better", frequency: "quarterly" }],
 *   targets: [{ id: "t-offers", objective: "o", indicator: "pi-offers", baseline: { date: "2001-03-31", value: "80" }, goal: { date: "2002-03-31", change: { percent: "50" } } }],
 * };
 * // 80 up 50% would be 120; a percentage stops at 100.
 * expectedValue(framework, "t-offers", "2002-03-31") //=> "100"
 * expectedValue(framework.targets[0], "2002-03-31") //=> "120"
 */
export function expectedValue(source: Framework | FrameworkIndex, targetId: string, date: string): string | null;
export function expectedValue(
  first: Target | Framework | FrameworkIndex,
  second: string,
  third?: string | ExpectedValueOptions,
): string | null {
  if (isSourceForm(first, third)) {
    const { target, options } = targetOfSource(first as Framework | FrameworkIndex, second);
    return clampedExpectation(target, third as string, options)?.value ?? null;
  }
  checkTargetArgument(first);
  return clampedExpectation(first as Target, second, third as ExpectedValueOptions | undefined)?.value ?? null;
}

/**
 * The band a band-goal target expects on a date: the goal's band from the baseline on (a band is a
 * standard to keep inside), `null` before the baseline.
 *
 * @category Trajectory
 * @param target - a target whose goal in force on the date is `{ date, low, high }`
 * @param date - `YYYY-MM-DD`
 * @returns `{ low, high }` as decimal strings, or `null`
 * @throws {@link TrajectoryError} for a `target` that is not a target (`undefined`, `{}`), a date that is not a calendar date, or a target without a band goal in force on the date
 * @example
 * import { expectedBand } from "performance-management/trajectory";
 * const standard = {
 *   id: "t-missed-bins", objective: "o", indicator: "i",
 *   baseline: { date: "2001-03-31", value: "91" },
 *   goal: { date: "2002-03-31", low: "98", high: "100.0" },
 * };
 * expectedBand(standard, "2001-09-30") //=> { low: "98", high: "100" }
 */
export function expectedBand(target: Target, date: string): { low: string; high: string } | null;
/**
 * The band a framework's target expects on a date, as the target form above gives it.
 *
 * @category Trajectory
 * @param source - a parsed framework or its index
 * @param targetId - the target's id
 * @param date - `YYYY-MM-DD`
 * @returns `{ low, high }` as decimal strings, or `null` before the baseline
 * @throws {@link TrajectoryError} for a source that is not a framework or an index, an unknown target id, a date that is not a calendar date, or a target without a band goal in force on the date
 * @example
 * import { expectedBand } from "performance-management/trajectory";
 * const framework = {
 *   id: "f", name: "F", owners: [], plans: [], objectives: [], indicators: [],
 *   targets: [{ id: "t-missed-bins", objective: "o", indicator: "i", baseline: { date: "2001-03-31", value: "91" }, goal: { date: "2002-03-31", low: "98", high: "100" } }],
 * };
 * expectedBand(framework, "t-missed-bins", "2001-09-30") //=> { low: "98", high: "100" }
 */
export function expectedBand(
  source: Framework | FrameworkIndex,
  targetId: string,
  date: string,
): { low: string; high: string } | null;
export function expectedBand(
  first: Target | Framework | FrameworkIndex,
  second: string,
  third?: string,
): { low: string; high: string } | null {
  let target: Target;
  let date: string;
  if (isSourceForm(first, third)) {
    target = targetOfSource(first as Framework | FrameworkIndex, second).target;
    date = third as string;
  } else {
    checkTargetArgument(first);
    target = first as Target;
    date = second;
  }
  const day = dayOf(date, "date");
  const goal = revisionInForce(target, date).target.goal;
  if (!("low" in goal))
    throw new TrajectoryError(`target "${target.id}" has no band goal; ask expectedValue for its expectation`);
  if (day < dayOf(target.baseline.date, "baseline date")) return null;
  return { low: formatDecimal(toDecimal(goal.low)), high: formatDecimal(toDecimal(goal.high)) };
}
