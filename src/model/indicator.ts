import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { MaterialShortfall, Tolerance } from "./tolerance.js";
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
export const Polarity = z
  .enum(["higher-is-better", "lower-is-better", "in-band"])
  .clone()
  .register(modelMetadata, { title: "Polarity" });
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
export const MeasureType = z
  .enum(["input", "output", "outcome", "process"])
  .clone()
  .register(modelMetadata, { title: "MeasureType" });
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
  .clone()
  .register(modelMetadata, { title: "Perspective" });
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
export const MeasurementFrequency = z
  .enum(["monthly", "quarterly", "annual"])
  .clone()
  .register(modelMetadata, { title: "MeasurementFrequency" });
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
 * How a running-total indicator's year builds up: relative weights for each month, or each quarter, of
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
      z
        .strictObject({ monthly: profileWeights(12) })
        .clone()
        .register(modelMetadata, { title: "MonthlyProfile" }),
      z
        .strictObject({ quarterly: profileWeights(4) })
        .clone()
        .register(modelMetadata, { title: "QuarterlyProfile" }),
    ],
    {
      error:
        "must be { monthly: [12 weights] } or { quarterly: [4 weights] }, starting at the financial year's first month",
    },
  )
  .clone()
  .register(modelMetadata, { title: "Profile" });
/** How a running-total indicator's year builds up. @category Model */
export type Profile = z.infer<typeof Profile>;

/**
 * How an indicator's figures aggregate over the financial year (from the framework's
 * `financialYearStart`). `snapshot` (the default): each figure is a rate or a count at its date,
 * judged against the path on that date. `running-total`: year-to-date sums that restart each year,
 * judged against the year's target (the path at the year's end) times the share of the year passed
 * by the indicator's `profile`. `year-to-date-rate`: a percentage or rate to date within the year,
 * judged against the year's target as it stands, not scaled.
 *
 * @category Model
 * @example
 * import { Aggregation } from "performance-management/model";
 * Aggregation.options //=> ["snapshot", "running-total", "year-to-date-rate"]
 */
export const Aggregation = z
  .enum(["snapshot", "running-total", "year-to-date-rate"])
  .clone()
  .register(modelMetadata, { title: "Aggregation" });
/** How an indicator's figures aggregate over the financial year. @category Model */
export type Aggregation = z.infer<typeof Aggregation>;

/**
 * The smallest change between two figures that the direction of travel counts as a change:
 * a percentage of the earlier figure's magnitude, or an amount in the indicator's unit
 * (`absolute`; `points` says the same for a percentage indicator: percentage points).
 *
 * @category Model
 * @example
 * import { Materiality } from "performance-management/model";
 * Materiality.safeParse({ percent: "1" }).success //=> true
 * Materiality.safeParse({ points: "0.5" }).success //=> true
 * Materiality.safeParse({ percent: "1", points: "0.5" }).success //=> false
 */
export const Materiality = z
  .union(
    [
      z
        .strictObject({ percent: NonNegativeDecimalValue })
        .clone()
        .register(modelMetadata, { title: "PercentMateriality" }),
      z
        .strictObject({ absolute: NonNegativeDecimalValue })
        .clone()
        .register(modelMetadata, { title: "AbsoluteMateriality" }),
      z
        .strictObject({ points: NonNegativeDecimalValue })
        .clone()
        .register(modelMetadata, { title: "PointsMateriality" }),
    ],
    { error: "must be one of { percent }, { absolute } or { points }" },
  )
  .clone()
  .register(modelMetadata, { title: "Materiality" });
/** The smallest change the direction of travel counts. @category Model */
export type Materiality = z.infer<typeof Materiality>;

/** Whether the deprecated `cumulative` flag contradicts `aggregation` (true is running-total, false is not). */
function cumulativeDisagrees(indicator: { cumulative?: boolean | undefined; aggregation?: Aggregation | undefined }) {
  if (indicator.cumulative === undefined || indicator.aggregation === undefined) return false;
  return indicator.cumulative !== (indicator.aggregation === "running-total");
}

/**
 * A performance indicator: a defined measure with a unit, a polarity and a frequency. National
 * (Best Value) and local indicators are both indicators (seed 2.3.4.4); a service standard, a level
 * of service promised to customers, is an indicator with `standard: true` (seed 5.3.3.1).
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
 * const standard = Indicator.parse({ ...pi, id: "std-collection-day", title: "Bins collected on the scheduled day", standard: true });
 * standard.standard //=> true
 */
export const Indicator = z
  .strictObject({
    id: Id,
    title: z.string().min(1),
    code: z
      .string()
      .optional()
      .clone()
      .register(modelMetadata, { description: "A published code, such as a BVPI number." }),
    source: z.enum(["national", "local"]).optional(),
    definition: z.string().optional(),
    standard: z.boolean().optional().clone().register(modelMetadata, {
      description:
        "Whether the measure is a service standard (a level of service promised to customers, such as bins collected on the scheduled day) rather than a performance indicator: the one-page service plan monitors success by 'Standards' and 'Local indicators' (seed 5.3.3.1). Absent: an indicator.",
    }),
    unit: z
      .string()
      .min(1)
      .clone()
      .register(modelMetadata, { description: "The unit values are in: %, days, tonnes, count…" }),
    polarity: Polarity,
    measure: MeasureType,
    financial: z
      .boolean()
      .optional()
      .clone()
      .register(modelMetadata, { description: "Whether the indicator is a financial measure." }),
    perspective: Perspective.optional(),
    frequency: MeasurementFrequency,
    cumulative: z.boolean().optional().clone().register(modelMetadata, {
      description:
        'Deprecated: `true` is `aggregation: "running-total"`. Whether values accumulate year-to-date within the financial year.',
      deprecated: true,
    }),
    aggregation: Aggregation.optional().clone().register(modelMetadata, {
      description:
        "How figures aggregate over the financial year: snapshot (the default), running-total or year-to-date-rate.",
    }),
    profile: Profile.optional().clone().register(modelMetadata, {
      description: "For a running-total indicator: how its year builds up; even months when absent.",
    }),
    lagDays: z.int().min(0).max(3660).optional().clone().register(modelMetadata, {
      description:
        "Days after a period's end before its figure is expected (a reporting lag); when absent, the framework's reportingLags for the frequency, else 42 days for monthly and quarterly and 91 for annual figures. Until then the figure is awaited, not late.",
    }),
    materiality: Materiality.optional().clone().register(modelMetadata, {
      description:
        "The smallest change that counts as a change in the direction of travel; when absent, any change that shows with both figures rounded to the indicator's decimals (or as given when it sets none).",
    }),
    decimals: z
      .int()
      .min(0)
      .max(10)
      .optional()
      .clone()
      .register(modelMetadata, { description: "Decimal places to show values with." }),
    tolerance: Tolerance.optional()
      .clone()
      .register(modelMetadata, { description: "Default amber tolerance for targets on this indicator." }),
    materialShortfall: MaterialShortfall.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "The least shortfall that is material: a figure short of its expectation by less than this amount (in the " +
          "indicator's unit) is on profile, green. The framework's materialShortfalls for the unit when absent; none after.",
      }),
    min: DecimalValue.optional().clone().register(modelMetadata, {
      description:
        "The least value a figure can take; expectations and forecasts are clamped to it. 0 for a % unit when neither min nor max is given.",
    }),
    max: DecimalValue.optional().clone().register(modelMetadata, {
      description:
        "The greatest value a figure can take; expectations and forecasts are clamped to it. 100 for a % unit when neither min nor max is given.",
    }),
    lagNote: z.string().min(1).optional().clone().register(modelMetadata, {
      description:
        "Where the lag comes from, or that it is illustrative (such as a national statistic's usual publication delay).",
    }),
    note: Note.optional(),
  })
  .refine((indicator) => !cumulativeDisagrees(indicator), {
    message:
      'says both "cumulative" and "aggregation", and they disagree: remove the deprecated "cumulative" (true means aggregation "running-total")',
    path: ["cumulative"],
  })
  .refine(boundsInOrder, {
    message: "is below min: an indicator's max must be at least its min (swap them, or correct the one mistyped)",
    path: ["max"],
  })
  .clone()
  .register(modelMetadata, { title: "Indicator" });
/** A performance indicator. @category Model */
export type Indicator = z.infer<typeof Indicator>;
