/**
 * The apex of a cascade: the one home of the rule "which level is the top". The cascade checker
 * (`CascadeFacts`) judges orphans against it and the accountability engine ends its chains at it.
 * @internal
 */
import type { FrameworkIndex } from "./indexFramework.js";
import type { PlanLevel } from "./plan.js";
import { planLevelRank } from "./levels.js";

const APEX_LEVEL = Symbol("apex level");
const AT_APEX = Symbol("objectives at the apex");

/**
 * The level at the apex of the cascade: the framework's `apexLevel`, else the highest level any plan
 * is at (a council with no community strategy yet has its corporate plan at the apex, seed 3.4.1.2);
 * `undefined` for a framework with neither. Worked out once per index.
 * @internal
 */
export function apexLevelOf(index: FrameworkIndex): PlanLevel | undefined {
  return index.derive(APEX_LEVEL, (indexed) => {
    let level = indexed.framework.apexLevel;
    if (level === undefined)
      for (const plan of indexed.plans.values())
        if (level === undefined || planLevelRank(plan.level) < planLevelRank(level)) level = plan.level;
    return level;
  });
}

/**
 * For each objective position, 1 when the objective is at the top of the cascade: its plan exists and
 * is at the apex level or above an apex set explicitly lower. Worked out once per index.
 * @internal
 */
export function atApexByPosition(index: FrameworkIndex): Uint8Array {
  return index.derive(AT_APEX, (indexed) => {
    const level = apexLevelOf(indexed);
    const rank = level === undefined ? -1 : planLevelRank(level);
    const { levelRank } = indexed.objectiveGraph;
    const marks = new Uint8Array(levelRank.length);
    for (let i = 0; i < levelRank.length; i += 1) {
      const own = levelRank[i] as number;
      if (own >= 0 && own <= rank) marks[i] = 1;
    }
    return marks;
  });
}
