import type { PlanLevel } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/** Community, corporate and service levels have ranks 0 to 2. */
const LOWEST_MEASURED_RANK = 2;

/**
 * `objective-without-measure`: a community, corporate or service objective has no target and no
 * contributing objective with one.
 *
 * @category Cascade rules
 * @example
 * import { objectiveWithoutMeasure } from "performance-management/cascade";
 * objectiveWithoutMeasure.meta.defaultSeverity //=> "warning"
 */
export const objectiveWithoutMeasure = defineRule({
  id: "objective-without-measure",
  meta: {
    description: "A community, corporate or service objective has no target and no contributing objective with one.",
    defaultSeverity: "warning",
    seedRef: "4.3",
    messages: {
      unmeasured:
        'Objective "{{objective}}" ({{level}} level) has no target, and nor does any objective contributing to it: set a SMART target so progress towards it can be measured.',
    },
    docs: "docs/rules/objective-without-measure.md",
  },
  check(context) {
    const { index, facts } = context;
    const { ids, down, levelRank } = facts.graph();
    const hasTargets = facts.hasTargetsByPosition();
    for (let v = 0; v < ids.length; v += 1) {
      const rank = levelRank[v] as number;
      if (rank < 0 || rank > LOWEST_MEASURED_RANK || hasTargets[v] === 1) continue;
      let measured = false;
      for (let i = down.start[v] as number, end = down.start[v + 1] as number; i < end && !measured; i += 1) {
        if (hasTargets[down.targets[i] as number] === 1) measured = true;
      }
      if (!measured) {
        const id = ids[v] as string;
        context.report({
          messageId: "unmeasured",
          subject: { kind: "objective", id },
          data: { objective: id, level: index.levelOf("objective", id) as PlanLevel },
        });
      }
    }
  },
});
