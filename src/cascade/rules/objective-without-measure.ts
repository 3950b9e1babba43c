import { reachable } from "../../internal/graph.js";
import type { PlanLevel } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/** Community, corporate and service levels have ranks 0 to 2. */
const LOWEST_MEASURED_RANK = 2;

/**
 * `objective-without-measure`: a community, corporate or service objective has no target, and no
 * objective anywhere down its chain of contributions (contributors, their contributors and so on)
 * has one either. An aim measured only through a grandchild objective's target is measured.
 *
 * One walk up the contribution links from every objective with a target marks every objective
 * measured through the chain: each objective and link is visited once, however deep the chain,
 * however many objectives share a subtree, and loops end the walk rather than repeat it.
 *
 * @category Cascade rules
 * @example
 * import { objectiveWithoutMeasure } from "performance-management/cascade";
 * objectiveWithoutMeasure.meta.defaultSeverity //=> "warning"
 */
export const objectiveWithoutMeasure = defineRule({
  id: "objective-without-measure",
  meta: {
    description:
      "A community, corporate or service objective has no target, and no objective down its chain of contributions has one.",
    defaultSeverity: "warning",
    seedRef: "4.3",
    messages: {
      unmeasured:
        'Objective "{{objective}}" ({{level}} level) has no target, and nor does any objective contributing to it, directly or through others: set a SMART target so progress towards it can be measured.',
    },
    docs: "docs/rules/objective-without-measure.md",
  },
  check(context) {
    const { index, facts } = context;
    const { ids, up, levelRank } = facts.graph();
    const hasTargets = facts.hasTargetsByPosition();
    const sources: number[] = [];
    for (let v = 0; v < ids.length; v += 1) if (hasTargets[v] === 1) sources.push(v);
    // Measured: the objective has a target or is reached from one by following contributions up.
    const measured = reachable(ids.length, up, sources);
    for (let v = 0; v < ids.length; v += 1) {
      const rank = levelRank[v] as number;
      if (rank < 0 || rank > LOWEST_MEASURED_RANK || measured[v] === 1) continue;
      const id = ids[v] as string;
      context.report({
        messageId: "unmeasured",
        subject: { kind: "objective", id },
        data: { objective: id, level: index.levelOf("objective", id) as PlanLevel },
      });
    }
  },
});
