import { z } from "zod";
import { Benchmark } from "./benchmark.js";
import { Indicator } from "./indicator.js";
import { Measurement } from "./measurement.js";
import { Objective } from "./objective.js";
import { Owner } from "./owner.js";
import { Plan, PlanLevel } from "./plan.js";
import { Id, MonthDay, Note } from "./primitives.js";
import { Review, ReviewCycle } from "./review.js";
import { Target } from "./target.js";
import { StatusRule } from "./statusRule.js";
import { UnitMaterialShortfalls, UnitTolerances } from "./tolerance.js";

/**
 * The financial year start used when a framework gives none: 1 April.
 *
 * @category Model
 * @example
 * import { DEFAULT_FINANCIAL_YEAR_START } from "performance-management/model";
 * DEFAULT_FINANCIAL_YEAR_START //=> "04-01"
 */
export const DEFAULT_FINANCIAL_YEAR_START = "04-01";

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
    financialYearStart: MonthDay.optional().meta({
      description: "MM-DD on which the financial year starts; 04-01 when absent.",
    }),
    apexLevel: PlanLevel.optional().meta({
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
    benchmarks: z.array(Benchmark).optional().meta({
      description: "Quartile benchmarks of indicators within comparison groups (all England, family groups).",
    }),
    tolerances: UnitTolerances.optional().meta({
      description:
        "The council's tolerance convention per unit ({ unit, tolerance }, one per unit): used when neither a target " +
        "nor its indicator gives a tolerance, before the caller's option and the library's default.",
    }),
    materialShortfalls: UnitMaterialShortfalls.optional().meta({
      description:
        "The council's materiality convention per unit ({ unit, materialShortfall }, one per unit): a shortfall under the " +
        "amount is on profile (green). An indicator's own materialShortfall takes precedence; none when absent.",
    }),
    statusRule: StatusRule.optional().meta({
      description:
        "The council's own status rule where its RAG definition depends on more than the shortfall (Havering's " +
        "within-percent-else-year-on-year); the scale's bands when absent.",
    }),
    note: Note.optional(),
  })
  .meta({
    title: "Framework",
    description:
      "A council performance framework: owners, plans, objectives, indicators, targets, measurements and reviews.",
  });
/** A whole performance framework. @category Model */
export type Framework = z.infer<typeof Framework>;
