import * as z from "zod";
import { modelMetadata } from "./metadata.js";
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
      z
        .strictObject({ percent: NonNegativeDecimalValue })
        .clone()
        .register(modelMetadata, { title: "PercentTolerance" }),
      z
        .strictObject({ absolute: NonNegativeDecimalValue })
        .clone()
        .register(modelMetadata, { title: "AbsoluteTolerance" }),
      z
        .strictObject({
          points: NonNegativeDecimalValue.clone().register(modelMetadata, {
            description: "An amount in percentage points, for a % indicator; the same in effect as { absolute }.",
          }),
        })
        .clone()
        .register(modelMetadata, { title: "PointsTolerance" }),
    ],
    { error: "must be exactly one of { percent }, { absolute } or { points }" },
  )
  .clone()
  .register(modelMetadata, { title: "Tolerance" });
/** An amber tolerance. @category Model */
export type Tolerance = z.infer<typeof Tolerance>;

/**
 * The check of a framework's conventions by unit (`tolerances`, `materialShortfalls`): a second
 * entry for a unit is an issue at its `unit`, naming the first. The units seen so far are kept in a
 * Map: user strings never become object keys.
 */
function oneConventionPerUnit(
  field: string,
): (conventions: readonly { readonly unit: string }[], context: z.RefinementCtx) => void {
  return (conventions, context) => {
    const seen = new Map<string, number>();
    conventions.forEach((convention, index) => {
      const first = seen.get(convention.unit);
      if (first === undefined) seen.set(convention.unit, index);
      else
        context.addIssue({
          code: "custom",
          path: [index, "unit"],
          message: `repeats the unit "${convention.unit}" of ${field}[${String(first)}]: give each unit one convention`,
        });
    });
  };
}

/** The unit a convention is for. */
const UNIT = z
  .string()
  .min(1)
  .clone()
  .register(modelMetadata, { description: "The unit, exactly as indicators write it: '%', 'days', 'households'." });

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
  .strictObject({ unit: UNIT, tolerance: Tolerance })
  .clone()
  .register(modelMetadata, { title: "UnitTolerance" });
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
  .superRefine(oneConventionPerUnit("tolerances"))
  .clone()
  .register(modelMetadata, { title: "UnitTolerances" });
/** A framework's tolerance conventions. @category Model */
export type UnitTolerances = z.infer<typeof UnitTolerances>;

/**
 * The least shortfall that is material: a figure short of its expectation by less than this amount
 * (in the indicator's unit; `points` says percentage points for a `%` indicator) is **on profile**,
 * the scale's first status (green), however small the tolerance. A shortfall of exactly the amount
 * is material, and rated as usual.
 *
 * @category Model
 * @example
 * import { MaterialShortfall } from "performance-management/model";
 * MaterialShortfall.safeParse({ points: "0.5" }).success //=> true
 * MaterialShortfall.safeParse({ absolute: "2" }).success //=> true
 * MaterialShortfall.safeParse({ percent: "1" }).success //=> false
 */
export const MaterialShortfall = z
  .union(
    [
      z
        .strictObject({ absolute: NonNegativeDecimalValue })
        .clone()
        .register(modelMetadata, { title: "AbsoluteMaterialShortfall" }),
      z
        .strictObject({
          points: NonNegativeDecimalValue.clone().register(modelMetadata, {
            description: "An amount in percentage points, for a % indicator; the same in effect as { absolute }.",
          }),
        })
        .clone()
        .register(modelMetadata, { title: "PointsMaterialShortfall" }),
    ],
    { error: "must be exactly one of { absolute } or { points }, an amount in the indicator's unit" },
  )
  .clone()
  .register(modelMetadata, { title: "MaterialShortfall" });
/** The least shortfall that is material. @category Model */
export type MaterialShortfall = z.infer<typeof MaterialShortfall>;

/**
 * A council's materiality convention for every indicator in one unit (`"%"`: shortfalls under half a
 * percentage point are on profile), set once in the framework; an indicator's own
 * `materialShortfall` takes precedence.
 *
 * @category Model
 * @example
 * import { UnitMaterialShortfall } from "performance-management/model";
 * UnitMaterialShortfall.parse({ unit: "%", materialShortfall: { points: "0.5" } }).unit //=> "%"
 */
export const UnitMaterialShortfall = z
  .strictObject({ unit: UNIT, materialShortfall: MaterialShortfall })
  .clone()
  .register(modelMetadata, { title: "UnitMaterialShortfall" });
/** A materiality convention for one unit. @category Model */
export type UnitMaterialShortfall = z.infer<typeof UnitMaterialShortfall>;

/**
 * A framework's materiality conventions, one for each unit at most: a second entry for a unit is an
 * issue at its `unit`.
 *
 * @category Model
 * @example
 * import { UnitMaterialShortfalls } from "performance-management/model";
 * UnitMaterialShortfalls.safeParse([{ unit: "%", materialShortfall: { points: "0.5" } }]).success //=> true
 */
export const UnitMaterialShortfalls = z
  .array(UnitMaterialShortfall)
  .superRefine(oneConventionPerUnit("materialShortfalls"))
  .clone()
  .register(modelMetadata, { title: "UnitMaterialShortfalls" });
/** A framework's materiality conventions. @category Model */
export type UnitMaterialShortfalls = z.infer<typeof UnitMaterialShortfalls>;
