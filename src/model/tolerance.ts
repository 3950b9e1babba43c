import { z } from "zod";
import { NonNegativeDecimalValue } from "./primitives.js";

/**
 * How far short of its expectation a value may fall and still be amber rather than red:
 * a percentage of the expected value, or an absolute amount in the indicator's unit.
 *
 * @category Model
 * @example
 * import { Tolerance } from "performance-management/model";
 * Tolerance.safeParse({ percent: "5" }).success //=> true
 * Tolerance.safeParse({ absolute: "0.2" }).success //=> true
 * Tolerance.safeParse({ percent: "5", absolute: "1" }).success //=> false
 */
export const Tolerance = z
  .union(
    [
      z.strictObject({ percent: NonNegativeDecimalValue }).meta({ title: "PercentTolerance" }),
      z.strictObject({ absolute: NonNegativeDecimalValue }).meta({ title: "AbsoluteTolerance" }),
    ],
    { error: "must be either { percent } or { absolute }, not both" },
  )
  .meta({ title: "Tolerance" });
/** An amber tolerance. @category Model */
export type Tolerance = z.infer<typeof Tolerance>;
