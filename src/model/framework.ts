import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { Benchmark } from "./benchmark.js";
import { Indicator } from "./indicator.js";
import { Measurement } from "./measurement.js";
import { Objective } from "./objective.js";
import { Owner } from "./owner.js";
import { Plan, PlanLevel } from "./plan.js";
import { BudgetLine, CarryForward, CurrencyCode, OutturnForecast, Spend, UnitCost } from "./resources.js";
import { Id, MonthDay, Note } from "./primitives.js";
import { Review, ReviewCycle } from "./review.js";
import { Target } from "./target.js";
import { StatusRule } from "./statusRule.js";
import { UnitMaterialShortfalls, UnitTolerances } from "./tolerance.js";

export { DEFAULT_FINANCIAL_YEAR_START, DEFAULT_REPORTING_LAGS } from "./defaults.js";

/** Whole days from 0 to 3660 (ten years): a reporting lag. */
const LagDays = z.int().min(0).max(3660);

/**
 * A framework's reporting lag per frequency, in whole days (0 to 3660) after a period's end before
 * its figure is expected; a frequency not given takes {@link DEFAULT_REPORTING_LAGS}'. An
 * indicator's own `lagDays` overrides it.
 *
 * @category Model
 * @example
 * import { ReportingLags } from "performance-management/model";
 * ReportingLags.safeParse({ quarterly: 56, annual: 183 }).success //=> true
 * ReportingLags.safeParse({ weekly: 7 }).success //=> false
 */
export const ReportingLags = z
  .strictObject({
    monthly: LagDays.optional(),
    quarterly: LagDays.optional(),
    annual: LagDays.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "ReportingLags" });
/** A framework's reporting lag per frequency. @category Model */
export type ReportingLags = z.infer<typeof ReportingLags>;

/**
 * A whole performance framework as one document: flat arrays cross-referenced by id, as council
 * systems export their tables. Objectives link upward through `contributesTo`, so the cascade is a graph.
 *
 * Parsing never rewrites the document: defaults (such as the financial year start) are resolved by
 * {@link indexFramework} and the engines, so a parsed framework serialises back to what was given.
 *
 * @category Model
 * @example
 * import { Framework } from "performance-management/model";
 * const result = Framework.safeParse({
 *   id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [],
 * });
 * result.success //=> true
 */
export const Framework = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    financialYearStart: MonthDay.optional().clone().register(modelMetadata, {
      description: "MM-DD on which the financial year starts; 04-01 when absent.",
    }),
    apexLevel: PlanLevel.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "The level at the apex of the cascade, which objectives' chains must reach and plans below which name a parent: " +
          "the highest level any plan is at when absent (the corporate plan for a council with no community strategy yet, seed 3.4.1.2).",
      }),
    owners: z.array(Owner),
    plans: z.array(Plan),
    objectives: z.array(Objective),
    indicators: z.array(Indicator),
    targets: z.array(Target),
    measurements: z.array(Measurement).optional(),
    reviewCycles: z.array(ReviewCycle).optional(),
    reviews: z.array(Review).optional(),
    benchmarks: z.array(Benchmark).optional().clone().register(modelMetadata, {
      description: "Quartile benchmarks of indicators within comparison groups (all England, family groups).",
    }),
    reportingLags: ReportingLags.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "Days after a period's end before its figure is expected, per frequency ({ monthly, quarterly, annual }), for indicators " +
          "that set no lagDays; 42 for monthly and quarterly and 91 for annual figures where absent.",
      }),
    tolerances: UnitTolerances.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "The council's tolerance convention per unit ({ unit, tolerance }, one per unit): used when neither a target " +
          "nor its indicator gives a tolerance, before the caller's option and the library's default.",
      }),
    materialShortfalls: UnitMaterialShortfalls.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "The council's materiality convention per unit ({ unit, materialShortfall }, one per unit): a shortfall under the " +
          "amount is on profile (green). An indicator's own materialShortfall takes precedence; none when absent.",
      }),
    currency: CurrencyCode.optional().clone().register(modelMetadata, {
      description:
        "The currency of the framework's money (budgets, spend); GBP when absent. A budget line may state its own.",
    }),
    budgets: z.array(BudgetLine).optional().clone().register(modelMetadata, {
      description:
        "The medium-term financial plan: budget lines by financial year, keyed to the objectives and plans they serve.",
    }),
    spend: z.array(Spend).optional().clone().register(modelMetadata, {
      description: "Money spent or committed against budget lines, a period at a time.",
    }),
    outturnForecasts: z.array(OutturnForecast).optional().clone().register(modelMetadata, {
      description: "Budget holders' forecasts of a year's outturn on their lines.",
    }),
    carryForwards: z.array(CarryForward).optional().clone().register(modelMetadata, {
      description: "Underspends carried forward and agreed overspends funded from the next year, by line and year.",
    }),
    unitCosts: z.array(UnitCost).optional().clone().register(modelMetadata, {
      description: "Unit costs the council reports: an objective's spend per outcome an indicator counts.",
    }),
    statusRule: StatusRule.optional()
      .clone()
      .register(modelMetadata, {
        description:
          "The council's own status rule where its RAG definition depends on more than the shortfall (Havering's " +
          "within-percent-else-year-on-year); the scale's bands when absent.",
      }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, {
    title: "Framework",
    description:
      "A council performance framework: owners, plans, objectives, indicators, targets, measurements, reviews and resources.",
  });
/** A whole performance framework. @category Model */
export type Framework = z.infer<typeof Framework>;
