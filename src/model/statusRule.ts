import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { NonNegativeDecimalValue } from "./primitives.js";

/**
 * A council's own status rule, where its RAG definition depends on more than the shortfall against
 * the expectation (a rule that is thresholds on the shortfall is a scale and a tolerance instead).
 * Plain data, one `kind` at a time:
 *
 * - `within-percent-else-year-on-year` (Havering, 2014/15): green when the figure is on or within
 *   `withinPercent`% of the expectation (the quarterly target); further off, amber when it improved
 *   on or maintained the figure for the same period a year earlier (the direction of travel's
 *   year-ago figure; "maintained" is its `no-change`), red when it did not, and red with a
 *   `ruleNote` saying so when there is no figure a year earlier.
 *
 * The target's floor (red) and, on a scale with blue, the goal met (blue) still apply first.
 *
 * @category Model
 * @example
 * import { StatusRule } from "performance-management/model";
 * StatusRule.safeParse({ kind: "within-percent-else-year-on-year", withinPercent: "10" }).success //=> true
 * StatusRule.safeParse({ kind: "hunch" }).success //=> false
 */
export const StatusRule = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("within-percent-else-year-on-year"),
        withinPercent: NonNegativeDecimalValue.clone().register(modelMetadata, {
          description: "How far from the expectation, as a percentage of it, a figure may be and still be green.",
        }),
      })
      .clone()
      .register(modelMetadata, { title: "WithinPercentElseYearOnYear" }),
  ])
  .clone()
  .register(modelMetadata, { title: "StatusRule" });
/** A council's own status rule. @category Model */
export type StatusRule = z.infer<typeof StatusRule>;
