/**
 * The options of the evaluation functions (`evaluateTarget`, `statusHistory`,
 * `evaluateFramework`), checked once at the public entry point: misuse is a {@link TrajectoryError}
 * naming the option, so the kernels trust what they get.
 * @internal
 */
import { isCalendarDate } from "../internal/dates.js";
import { isDecimalValue } from "../internal/decimal.js";
import {
  checkDate,
  checkKnownOptions,
  checkOptionsObject,
  checkTolerance,
  isPlainObject,
  shown,
} from "../internal/options.js";
import { trajectoryError } from "./dayOf.js";
import { TrajectoryError } from "./errors.js";
import { RAG, type Scale, defineScale } from "./scales.js";

/** Whether a value has the shape of a {@link Scale}: an id, bands of status and `upTo` strings, a `beyond` status. */
function hasScaleShape(value: unknown): value is Scale {
  if (!isPlainObject(value)) return false;
  const { id, bands, beyond, blueWhenGoalMet } = value;
  return (
    typeof id === "string" &&
    Array.isArray(bands) &&
    bands.every((band) => isPlainObject(band) && typeof band.status === "string" && typeof band.upTo === "string") &&
    typeof beyond === "string" &&
    (blueWhenGoalMet === undefined || typeof blueWhenGoalMet === "boolean")
  );
}

/**
 * The scale of an options object: {@link RAG} when absent (`undefined` or `null`), else the scale
 * given once it is checked as {@link defineScale} checks a scale.
 */
export function scaleOption(value: unknown): Scale {
  if (value === undefined || value === null) return RAG;
  if (!hasScaleShape(value)) {
    throw trajectoryError(
      `options.scale ${shown(value)} is not a scale: give RAG, BRAG, DCA5 or one made with defineScale`,
    );
  }
  try {
    defineScale(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^performance-management: /u, "") : shown(error);
    throw new TrajectoryError(`options.scale: ${reason}`, { cause: error });
  }
  return value;
}

/**
 * Checks the options every evaluation shares: an object, with `tolerance` (when given) a
 * non-negative `{ percent }` or `{ absolute }` and `scale` (when given) a scale. `asOf` is checked
 * where it is required (see {@link asOfOption}).
 */
export function checkEvaluationOptions(options: unknown, known: readonly string[]): Scale {
  checkOptionsObject(options, "options", trajectoryError);
  checkKnownOptions(options as object, known, "options", trajectoryError);
  const { tolerance, scale } = options as { readonly tolerance?: unknown; readonly scale?: unknown };
  checkTolerance(tolerance, "options.tolerance", trajectoryError);
  return scaleOption(scale);
}

/** The `asOf` of an options object already checked by {@link checkEvaluationOptions}: a calendar date. */
export function asOfOption(options: unknown): string {
  return checkDate((options as { readonly asOf?: unknown }).asOf, "options.asOf", trajectoryError);
}

/** What a value must be, when it is not; undefined when it is. */
type Check = (value: unknown) => string | undefined;

const CALENDAR_DATE = "a calendar date written YYYY-MM-DD";
const DECIMAL = 'a decimal such as "95.5" (a plain decimal string or a finite number)';

const dateCheck: Check = (value) => (typeof value === "string" && isCalendarDate(value) ? undefined : CALENDAR_DATE);
const decimalCheck: Check = (value) => (isDecimalValue(value) ? undefined : DECIMAL);

/**
 * The first place in a goal (or a revision's goal) that is not what the model allows, as a path
 * below `at` and what it must be; undefined when the goal is well formed.
 */
function goalProblem(goal: unknown, at: string): { at: string; value: unknown; must: string } | undefined {
  if (!isPlainObject(goal))
    return {
      at,
      value: goal,
      must: "a goal: { date, value }, { date, change }, { date, low, high } or { date, quartile }",
    };
  const problems: [string, unknown, Check][] = [[`${at}.date`, goal.date, dateCheck]];
  if ("value" in goal) problems.push([`${at}.value`, goal.value, decimalCheck]);
  else if ("change" in goal) {
    const change = goal.change;
    const keys = isPlainObject(change) ? Object.keys(change) : [];
    const key = keys[0];
    if (keys.length !== 1 || (key !== "percent" && key !== "absolute" && key !== "points"))
      return { at: `${at}.change`, value: change, must: "exactly one of { percent }, { absolute } or { points }" };
    problems.push([`${at}.change.${key}`, (change as Readonly<Record<string, unknown>>)[key], decimalCheck]);
  } else if ("low" in goal || "high" in goal) {
    problems.push([`${at}.low`, goal.low, decimalCheck], [`${at}.high`, goal.high, decimalCheck]);
  } else if (!("quartile" in goal))
    return {
      at,
      value: goal,
      must: "a goal: { date, value }, { date, change }, { date, low, high } or { date, quartile }",
    };
  for (const [place, value, check] of problems) {
    const must = check(value);
    if (must !== undefined) return { at: place, value, must };
  }
  return undefined;
}

/** The first place in a target that expectedValue, expectedBand or trajectory read and that is not well formed. */
function targetProblem(target: unknown): { at: string; value: unknown; must: string } | undefined {
  if (!isPlainObject(target)) return { at: "target", value: target, must: "a target" };
  if (typeof target.id !== "string") return { at: "target.id", value: target.id, must: "text" };
  const { baseline } = target;
  if (!isPlainObject(baseline)) return { at: "target.baseline", value: baseline, must: "{ date, value }" };
  for (const [at, value, check] of [
    ["target.baseline.date", baseline.date, dateCheck],
    ["target.baseline.value", baseline.value, decimalCheck],
  ] as const) {
    const must = check(value);
    if (must !== undefined) return { at, value, must };
  }
  const goal = goalProblem(target.goal, "target.goal");
  if (goal !== undefined) return goal;
  if (target.trajectory !== undefined && !TRAJECTORY_KINDS.some((kind) => kind === target.trajectory))
    return {
      at: "target.trajectory",
      value: target.trajectory,
      must: TRAJECTORY_KINDS.map((kind) => `"${kind}"`).join(", "),
    };
  for (const [list, what] of [
    [target.milestones, "milestones"],
    [target.revisions, "revisions"],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) return { at: `target.${what}`, value: list, must: "a list" };
    for (const [i, entry] of (list as readonly unknown[]).entries()) {
      const at = `target.${what}[${String(i)}]`;
      if (!isPlainObject(entry))
        return { at, value: entry, must: what === "milestones" ? "{ date, value }" : "{ date, goal, reason }" };
      const date = dateCheck(entry.date);
      if (date !== undefined) return { at: `${at}.date`, value: entry.date, must: date };
      const problem =
        what === "milestones"
          ? decimalCheck(entry.value) === undefined
            ? undefined
            : { at: `${at}.value`, value: entry.value, must: DECIMAL }
          : goalProblem(entry.goal, `${at}.goal`);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

const TRAJECTORY_KINDS = ["linear", "step", "compound", "period-target"] as const;

/**
 * Checks a target given straight to `expectedValue`, `expectedBand` or `trajectory` (not through a
 * framework): every part those functions read (the id; the baseline's date and value; the goal's
 * date and its value, change, band or quartile; the trajectory's kind; each milestone; each
 * revision's date and goal) is what the model allows, in one pass over the target. A target that
 * is not one (`undefined`, `{}`, a string), a value that is not a decimal (`"abc"`) or a date that
 * is not on the calendar (`2001-02-30`) is a {@link TrajectoryError} naming the place, never a
 * `DecimalError` or a NaN from inside. It is not the whole schema (`parseFramework` checks the rest:
 * digit limits, revisions on one date, references).
 */
export function checkTargetArgument(target: unknown): void {
  const problem = targetProblem(target);
  if (problem === undefined) return;
  throw trajectoryError(
    problem.at === "target"
      ? `target ${shown(target)} is not a target: give a target of a framework parsed by parseFramework (an id, a baseline and a goal, each with a date)`
      : `${problem.at} ${shown(problem.value)} is not what a parsed target has: it must be ${problem.must}`,
  );
}
