import { z } from "zod";
import { NonNegativeDecimalValue } from "./primitives.js";

/**
 * How far short of its expectation a value may fall and still be amber rather than red:
 * a percentage of the expected value, an absolute amount in the indicator's unit, or an amount in
 * percentage points for a `%` indicator.
 *
 * `{ points: "0.2" }` and `{ absolute: "0.2" }` have the same effect (both are amounts in the
 * indicator's unit, and a `%` indicator's unit is the percentage point); `points` says so for a
 * reader. `{ percent: "5" }` is 5% **of the expectation**, so it shrinks to nothing as a target
 * approaches zero: near zero, prefer `{ absolute }` or `{ points }`. The evaluation's `tolerance`
 * is always the amount, in the indicator's unit.
 *
 * @category Model
 * @example
 * import { Tolerance } from "performance-management/model";
 * Tolerance.safeParse({ percent: "5" }).success //=> true
 * Tolerance.safeParse({ absolute: "0.2" }).success //=> true
 * Tolerance.safeParse({ points: "0.2" }).success //=> true
 * Tolerance.safeParse({ percent: "5", absolute: "1" }).success //=> false
 */
export const Tolerance = z
  .union(
    [
      z.strictObject({ percent: NonNegativeDecimalValue }).meta({ title: "PercentTolerance" }),
      z.strictObject({ absolute: NonNegativeDecimalValue }).meta({ title: "AbsoluteTolerance" }),
      z
        .strictObject({
          points: NonNegativeDecimalValue.meta({
            description: "An amount in percentage points, for a % indicator; the same in effect as { absolute }.",
          }),
        })
        .meta({ title: "PointsTolerance" }),
    ],
    { error: "must be exactly one of { percent }, { absolute } or { points }" },
  )
  .meta({ title: "Tolerance" });
/** An amber tolerance. @category Model */
export type Tolerance = z.infer<typeof Tolerance>;

/**
 * A council's tolerance convention for every indicator in one unit (`"%"`: 2 percentage points),
 * set once in the framework. It applies to a target when neither the target nor its indicator
 * gives a tolerance, before the caller's `tolerance` option and the library's default.
 *
 * @category Model
 * @example
 * import { UnitTolerance } from "performance-management/model";
 * UnitTolerance.parse({ unit: "%", tolerance: { points: "2" } }).unit //=> "%"
 */
export const UnitTolerance = z
  .strictObject({
    unit: z
      .string()
      .min(1)
      .meta({ description: "The unit, exactly as indicators write it: '%', 'days', 'households'." }),
    tolerance: Tolerance,
  })
  .meta({ title: "UnitTolerance" });
/** A tolerance convention for one unit. @category Model */
export type UnitTolerance = z.infer<typeof UnitTolerance>;

/**
 * A framework's tolerance conventions, one for each unit at most: a second entry for a unit is an
 * issue at its `unit`.
 *
 * @category Model
 * @example
 * import { UnitTolerances } from "performance-management/model";
 * UnitTolerances.safeParse([{ unit: "%", tolerance: { points: "2" } }]).success //=> true
 * const twice = [{ unit: "%", tolerance: { points: "2" } }, { unit: "%", tolerance: { percent: "5" } }];
 * UnitTolerances.safeParse(twice).success //=> false
 */
export const UnitTolerances = z
  .array(UnitTolerance)
  .superRefine((conventions, context) => {
    // The units seen so far, in a Map: user strings never become object keys.
    const seen = new Map<string, number>();
    conventions.forEach((convention, index) => {
      const first = seen.get(convention.unit);
      if (first === undefined) seen.set(convention.unit, index);
      else
        context.addIssue({
          code: "custom",
          path: [index, "unit"],
          message: `repeats the unit "${convention.unit}" of tolerances[${String(first)}]: give each unit one convention`,
        });
    });
  })
  .meta({ title: "UnitTolerances" });
/** A framework's tolerance conventions. @category Model */
export type UnitTolerances = z.infer<typeof UnitTolerances>;
