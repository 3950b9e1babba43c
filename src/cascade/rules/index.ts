import type { Rule } from "../types.js";
import { contributionCycle } from "./contributionCycle.js";
import { danglingReference } from "./danglingReference.js";
import { deadlineAfterParent } from "./deadlineAfterParent.js";
import { duplicateId } from "./duplicateId.js";
import { indirectWithoutPartners } from "./indirectWithoutPartners.js";
import { lateralLink } from "./lateralLink.js";
import { levelOrder } from "./levelOrder.js";
import { missingPerspective } from "./missingPerspective.js";
import { noActionPlan } from "./noActionPlan.js";
import { noResources } from "./noResources.js";
import { objectiveWithoutMeasure } from "./objectiveWithoutMeasure.js";
import { orphanObjective } from "./orphanObjective.js";
import { reviewOverdue } from "./reviewOverdue.js";
import { smart } from "./smart.js";
import { tooManyIndicators } from "./tooManyIndicators.js";
import { unbalancedMeasures } from "./unbalancedMeasures.js";
import { unmeasured } from "./unmeasured.js";
import { unownedTarget } from "./unownedTarget.js";
import { unreviewed } from "./unreviewed.js";

export {
  contributionCycle,
  danglingReference,
  deadlineAfterParent,
  duplicateId,
  indirectWithoutPartners,
  lateralLink,
  levelOrder,
  missingPerspective,
  noActionPlan,
  noResources,
  objectiveWithoutMeasure,
  orphanObjective,
  reviewOverdue,
  smart,
  tooManyIndicators,
  unbalancedMeasures,
  unmeasured,
  unownedTarget,
  unreviewed,
};
export type { TooManyIndicatorsOptions } from "./tooManyIndicators.js";

/**
 * The built-in rules, in the order of the rule table in docs/cascade.md.
 *
 * @category Cascade
 * @example
 * import { builtInRules } from "performance-management/cascade";
 * builtInRules.length //=> 19
 * builtInRules[0]?.id //=> "duplicate-id"
 */
export const builtInRules: readonly Rule[] = Object.freeze([
  duplicateId,
  danglingReference,
  contributionCycle,
  orphanObjective,
  levelOrder,
  lateralLink,
  unownedTarget,
  objectiveWithoutMeasure,
  smart,
  deadlineAfterParent,
  tooManyIndicators,
  unbalancedMeasures,
  missingPerspective,
  noActionPlan,
  noResources,
  indirectWithoutPartners,
  unreviewed,
  reviewOverdue,
  unmeasured,
] as Rule[]);
