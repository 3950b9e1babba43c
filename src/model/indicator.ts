import { z } from "zod";
import { Tolerance } from "./tolerance.js";
import { DecimalValue, Id, NonNegativeDecimalValue, Note } from "./primitives.js";
import { boundsInOrder } from "./bounds.js";

/**
 * Which way is good for an indicator: up, down, or inside a band.
 *
 * @category Model
 * @example
 * import { Polarity } from "performance-management/model";
 * Polarity.options //=> ["higher-is-better", "lower-is-better", "in-band"]
 */
export const Polarity = z.enum(["higher-is-better", "lower-is-better", "in-band"]).meta({ title: "Polarity" });
/** Which way is good. @category Model */
export type Polarity = z.infer<typeof Polarity>;

/**
 * What an indicator measures; a balanced set mixes input, output and outcome (seed 2.2.2 ii).
 *
 * @category Model
 * @example
 * import { MeasureType } from "performance-management/model";
 * MeasureType.options //=> ["input", "output", "outcome", "process"]
 */
export const MeasureType = z.enum(["input", "output", "outcome", "process"]).meta({ title: "MeasureType" });
/** What an indicator measures. @category Model */
export type MeasureType = z.infer<typeof MeasureType>;

/**
 * Whose view an indicator reflects; measures should reflect employee and partner perspectives
 * as well as customers' and management's (seed 3.3.3).
 *
 * @category Model
 * @example
 * import { Perspective } from "performance-management/model";
 * Perspective.options.includes("employee") //=> true
 */
export const Perspective = z
  .enum(["customer", "citizen", "employee", "partner", "financial", "internal"])
  .meta({ title: "Perspective" });
/** Whose view an indicator reflects. @category Model */
export type Perspective = z.infer<typeof Perspective>;

/**
 * How often an indicator is measured.
 *
 * @category Model
 * @example
 * import { MeasurementFrequency } from "performance-management/model";
 * MeasurementFrequency.options //=> ["monthly", "quarterly", "annual"]
 */
export const MeasurementFrequency = z.enum(["monthly", "quarterly", "annual"]).meta({ title: "MeasurementFrequency" });
/** How often an indicator is measured. @category Model */
export type MeasurementFrequency = z.infer<typeof MeasurementFrequency>;

/** Whether a profile weight is above zero. */
function isPositive(weight: NonNegativeDecimalValue): boolean {
  return typeof weight === "number" ? weight > 0 : /[1-9]/.test(weight);
}

/** A profile's list of `count` weights, each 0 or more, not all 0. */
function profileWeights(count: number) {
  return z
    .array(NonNegativeDecimalValue)
    .length(count)
    .refine((weights) => weights.some(isPositive), {
      message: "has every weight 0, so nothing would ever be expected: give at least one period a weight above 0",
    });
}

/**
 * How a cumulative indicator's year builds up: relative weights for each month, or each quarter, of
 * the financial year, starting at its first month. Without one, every month weighs the same.
 * Weights are 0 or more (a zero month expects nothing), and at least one must be above 0.
 *
 * @category Model
 * @example
 * import { Profile } from "performance-management/model";
 * Profile.safeParse({ quarterly: ["1", "1", "2", "4"] }).success //=> true
 * Profile.safeParse({ quarterly: ["1", "1", "2"] }).success //=> false
 * Profile.safeParse({ quarterly: ["0", "0", "0", "0"] }).success //=> false
 */
export const Profile = z
  .union(
    [
      z.strictObject({ monthly: profileWeights(12) }).meta({ title: "MonthlyProfile" }),
      z.strictObject({ quarterly: profileWeights(4) }).meta({ title: "QuarterlyProfile" }),
    ],
    {
      error:
        "must be { monthly: [12 weights] } or { quarterly: [4 weights] }, starting at the financial year's first month",
    },
  )
  .meta({ title: "Profile" });
/** How a cumulative indicator's year builds up. @category Model */
export type Profile = z.infer<typeof Profile>;

/**
 * A performance indicator: a defined measure with a unit, a polarity and a frequency. National
 * (Best Value) and local indicators are both indicators (seed 2.3.4.4).
 *
 * @category Model
 * @example
 * import { Indicator } from "performance-management/model";
 * const pi = Indicator.parse({
 *   id: "pi-unemployment",
 *   title: "Unemployment rate",
 *   unit: "%",
 *   polarity: "lower-is-better",
 *   measure: "outcome",
 *   frequency: "monthly",
 * });
 * pi.polarity //=> "lower-is-better"
 */
export const Indicator = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    code: z.string().optional().meta({ description: "A published code, such as a BVPI number." }),
    source: z.enum(["national", "local"]).optional(),
    definition: z.string().optional(),
    unit: z.string().min(1).meta({ description: "The unit values are in: %, days, tonnes, count…" }),
    polarity: Polarity,
    measure: MeasureType,
    financial: z.boolean().optional().meta({ description: "Whether the indicator is a financial measure." }),
    perspective: Perspective.optional(),
    frequency: MeasurementFrequency,
    cumulative: z
      .boolean()
      .optional()
      .meta({ description: "Whether values accumulate year-to-date within the financial year." }),
    profile: Profile.optional().meta({
      description: "For a cumulative indicator: how its year builds up; even months when absent.",
    }),
    decimals: z.int().min(0).max(10).optional().meta({ description: "Decimal places to show values with." }),
    tolerance: Tolerance.optional().meta({ description: "Default amber tolerance for targets on this indicator." }),
    min: DecimalValue.optional().meta({
      description:
        "The least value a figure can take; expectations and forecasts are clamped to it. 0 for a % unit when neither min nor max is given.",
    }),
    max: DecimalValue.optional().meta({
      description:
        "The greatest value a figure can take; expectations and forecasts are clamped to it. 100 for a % unit when neither min nor max is given.",
    }),
    note: Note.optional(),
  })
  .refine(boundsInOrder, {
    message: "is below min: an indicator's max must be at least its min (swap them, or correct the one mistyped)",
    path: ["max"],
  })
  .meta({ title: "Indicator" });
/** A performance indicator. @category Model */
export type Indicator = z.infer<typeof Indicator>;
