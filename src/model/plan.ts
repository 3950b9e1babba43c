import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { DecimalValue, Id, Note, Period } from "./primitives.js";
import { CurrencyCode } from "./resources.js";
import { PLAN_LEVELS } from "./levels.js";

export { planLevelRank } from "./levels.js";

/**
 * The levels of the planning cascade, highest first: the community plan at the apex, then the
 * corporate plan, service (departmental) plans, unit (team) plans and individual work plans (seed 3.4.1.2, 5.3.5.4).
 *
 * @category Model
 * @example
 * import { PlanLevel } from "performance-management/model";
 * PlanLevel.options[0] //=> "community"
 */
export const PlanLevel = z.enum(PLAN_LEVELS).clone().register(modelMetadata, { title: "PlanLevel" });
/** A level of the planning cascade. @category Model */
export type PlanLevel = z.infer<typeof PlanLevel>;

/**
 * The resources a plan has to deliver with ("no identification of resources required" is one of
 * Spelthorne's weaknesses, seed 5.3.1.1).
 *
 * @category Model
 * @example
 * import { Budget } from "performance-management/model";
 * Budget.parse({ amount: "1250000", currency: "GBP" }).currency //=> "GBP"
 */
export const Budget = z
  .strictObject({
    amount: DecimalValue,
    currency: CurrencyCode.optional()
      .clone()
      .register(modelMetadata, { description: "ISO 4217 code; the framework's currency when absent." }),
    period: Period.optional()
      .clone()
      .register(modelMetadata, { description: "The span the amount covers; the plan's period when absent." }),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Budget" });
/** The resources a plan has. @category Model */
export type Budget = z.infer<typeof Budget>;

/**
 * The narrative of a one-page plan (Spelthorne's service plan format, seed 5.3.3.1). The plan's
 * objectives say where it wants to be, their actions are the action plan, its budget the resource
 * implications, and its targets on standards and local indicators how success is monitored.
 *
 * @category Model
 * @example
 * import { PlanOverview } from "performance-management/model";
 * PlanOverview.parse({ whereWeAreNow: "Complaints answered in 15 days on average" }).whereWeAreNow
 * //=> "Complaints answered in 15 days on average"
 */
export const PlanOverview = z
  .strictObject({
    whereWeAreNow: z.string().optional(),
    whereWeWantToBe: z.string().optional(),
    howWeWantToBe: z.string().optional(),
    criticalSuccessFactors: z.array(z.string()).optional(),
    strategies: z.array(z.string()).optional(),
    resourceImplications: z.string().optional(),
  })
  .clone()
  .register(modelMetadata, { title: "PlanOverview" });
/** The narrative of a one-page plan. @category Model */
export type PlanOverview = z.infer<typeof PlanOverview>;

/**
 * A plan at one level of the cascade, covering a period: the community plan, the corporate plan
 * or BVPP, a service plan, a unit plan or an individual work plan.
 *
 * @category Model
 * @example
 * import { Plan } from "performance-management/model";
 * const plan = Plan.parse({
 *   id: "plan-community",
 *   name: "Stockton Community Plan",
 *   level: "community",
 *   period: { start: "2001-04-01", end: "2010-03-31" },
 * });
 * plan.level //=> "community"
 */
export const Plan = z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    level: PlanLevel,
    statutory: z
      .boolean()
      .optional()
      .clone()
      .register(modelMetadata, { description: "Whether the plan is required by statute (seed 5.3.2)." }),
    parent: Id.optional()
      .clone()
      .register(modelMetadata, { description: "The id of the higher-level plan this one aggregates into." }),
    owner: Id.optional(),
    period: Period,
    budget: Budget.optional(),
    overview: PlanOverview.optional(),
    note: Note.optional(),
  })
  .clone()
  .register(modelMetadata, { title: "Plan" });
/** A plan at one level of the cascade. @category Model */
export type Plan = z.infer<typeof Plan>;
