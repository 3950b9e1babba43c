import type { Rule } from "../types.js";
import { actionPlanSmart } from "./action-plan-smart.js";
import { contributionCycle } from "./contribution-cycle.js";
import { budgetPeriodGap } from "./budget-period-gap.js";
import { budgetWithoutHolder } from "./budget-without-holder.js";
import { danglingReference } from "./dangling-reference.js";
import { deadlineAfterParent } from "./deadline-after-parent.js";
import { duplicateId } from "./duplicate-id.js";
import { idleIndicator } from "./idle-indicator.js";
import { indirectWithoutPartners } from "./indirect-without-partners.js";
import { lateralLink } from "./lateral-link.js";
import { levelOrder } from "./level-order.js";
import { missingPerspective } from "./missing-perspective.js";
import { noActionPlan } from "./no-action-plan.js";
import { noMemberReporting } from "./no-member-reporting.js";
import { noResources } from "./no-resources.js";
import { objectiveWithoutMeasure } from "./objective-without-measure.js";
import { orphanObjective } from "./orphan-objective.js";
import { planWithoutParent } from "./plan-without-parent.js";
import { reviewOverdue } from "./review-overdue.js";
import { reviewWithoutData } from "./review-without-data.js";
import { smart } from "./smart.js";
import { tooManyIndicators } from "./too-many-indicators.js";
import { unbalancedMeasures } from "./unbalanced-measures.js";
import { undemandingTarget } from "./undemanding-target.js";
import { unmeasured } from "./unmeasured.js";
import { unownedObjective } from "./unowned-objective.js";
import { unownedTarget } from "./unowned-target.js";
import { unbudgetedSpend } from "./unbudgeted-spend.js";
import { unreviewed } from "./unreviewed.js";

export {
  actionPlanSmart,
  budgetPeriodGap,
  budgetWithoutHolder,
  contributionCycle,
  danglingReference,
  deadlineAfterParent,
  duplicateId,
  idleIndicator,
  indirectWithoutPartners,
  lateralLink,
  levelOrder,
  missingPerspective,
  noActionPlan,
  noMemberReporting,
  noResources,
  objectiveWithoutMeasure,
  orphanObjective,
  planWithoutParent,
  reviewOverdue,
  reviewWithoutData,
  smart,
  tooManyIndicators,
  unbalancedMeasures,
  unbudgetedSpend,
  undemandingTarget,
  unmeasured,
  unownedObjective,
  unownedTarget,
  unreviewed,
};
export type { TooManyIndicatorsOptions } from "./too-many-indicators.js";

/**
 * The built-in rules, in the order of the rule table in docs/cascade.md.
 *
 * @category Cascade
 * @example
 * import { builtInRules } from "performance-management/cascade";
 * builtInRules.length //=> 29
 * builtInRules[0]?.id //=> "duplicate-id"
 */
export const builtInRules: readonly Rule[] = Object.freeze([
  duplicateId,
  danglingReference,
  contributionCycle,
  orphanObjective,
  levelOrder,
  planWithoutParent,
  lateralLink,
  unownedObjective,
  unownedTarget,
  objectiveWithoutMeasure,
  smart,
  undemandingTarget,
  deadlineAfterParent,
  tooManyIndicators,
  idleIndicator,
  unbalancedMeasures,
  missingPerspective,
  noActionPlan,
  actionPlanSmart,
  noResources,
  budgetWithoutHolder,
  budgetPeriodGap,
  unbudgetedSpend,
  indirectWithoutPartners,
  unreviewed,
  reviewOverdue,
  reviewWithoutData,
  noMemberReporting,
  unmeasured,
] as Rule[]);
