/**
 * The options of the evaluation functions (`evaluateTarget`, `statusHistory`,
 * `evaluateFramework`), checked once at the public entry point: misuse is a {@link TrajectoryError}
 * naming the option, so the kernels trust what they get.
 * @internal
 */
import { checkDate, checkOptionsObject, checkTolerance, isPlainObject, shown } from "../internal/options.js";
import { trajectoryError } from "./dayOf.js";
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
    throw trajectoryError(`options.scale: ${reason}`);
  }
  return value;
}

/**
 * Checks the options every evaluation shares: an object, with `tolerance` (when given) a
 * non-negative `{ percent }` or `{ absolute }` and `scale` (when given) a scale. `asOf` is checked
 * where it is required (see {@link asOfOption}).
 */
export function checkEvaluationOptions(options: unknown): Scale {
  checkOptionsObject(options, "options", trajectoryError);
  const { tolerance, scale } = options as { readonly tolerance?: unknown; readonly scale?: unknown };
  checkTolerance(tolerance, "options.tolerance", trajectoryError);
  return scaleOption(scale);
}

/** The `asOf` of an options object already checked by {@link checkEvaluationOptions}: a calendar date. */
export function asOfOption(options: unknown): string {
  return checkDate((options as { readonly asOf?: unknown }).asOf, "options.asOf", trajectoryError);
}

/**
 * Checks a target given straight to `expectedValue`, `expectedBand` or `trajectory` (not through a
 * framework): an object with an id, and a baseline and a goal that each have a date, and revisions
 * that are a list when present. A shape check, as far as those functions read before the dates are
 * checked; `undefined`, `null`, `{}` or a string is a {@link TrajectoryError} naming `target`.
 */
export function checkTargetArgument(target: unknown): void {
  const problem = !isPlainObject(target)
    ? "target"
    : typeof target.id !== "string"
      ? "target.id"
      : !isPlainObject(target.baseline) || typeof target.baseline.date !== "string"
        ? "target.baseline"
        : !isPlainObject(target.goal) || typeof target.goal.date !== "string"
          ? "target.goal"
          : target.revisions !== undefined && !Array.isArray(target.revisions)
            ? "target.revisions"
            : undefined;
  if (problem === undefined) return;
  const value: unknown =
    problem === "target" ? target : (target as Readonly<Record<string, unknown>>)[problem.slice("target.".length)];
  throw trajectoryError(
    `${problem} ${shown(value)} is not what a parsed target has: give a target of a framework parsed by parseFramework (an id, a baseline and a goal, each with a date)`,
  );
}
