/**
 * The levels of the planning cascade as plain data, apart from the schema, so that the engines
 * ranking levels load no zod.
 * @internal
 */
/** The plan levels, highest first; the `PlanLevel` schema is built from them. @internal */
export const PLAN_LEVELS = ["community", "corporate", "service", "unit", "individual"] as const;

const LEVEL_RANKS: ReadonlyMap<string, number> = new Map(PLAN_LEVELS.map((level, rank) => [level, rank]));

/**
 * The rank of a plan level, 0 for `community` (the highest) to 4 for `individual`.
 * A higher level has a smaller rank.
 *
 * @category Model
 * @param level - a plan level
 * @returns its rank in the cascade
 * @example
 * import { planLevelRank } from "performance-management/model";
 * planLevelRank("community") //=> 0
 * planLevelRank("service") < planLevelRank("unit") //=> true
 */
export function planLevelRank(level: "community" | "corporate" | "service" | "unit" | "individual"): number {
  return LEVEL_RANKS.get(level) ?? -1;
}
