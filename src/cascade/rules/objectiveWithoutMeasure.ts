import { defineRule } from "../defineRule.js";

const MEASURED_LEVELS = new Set(["community", "corporate", "service"]);

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
    for (const objective of index.objectives.values()) {
      const level = facts.levelOf(objective.id);
      if (level === undefined || !MEASURED_LEVELS.has(level)) continue;
      if ((index.targetsByObjective.get(objective.id)?.length ?? 0) > 0) continue;
      const contributors = index.contributors.get(objective.id) ?? [];
      const measured = contributors.some((edge) => index.objectives.has(edge.from) && (index.targetsByObjective.get(edge.from)?.length ?? 0) > 0);
      if (!measured) {
        context.report({ messageId: "unmeasured", subject: { kind: "objective", id: objective.id }, data: { objective: objective.id, level } });
      }
    }
  },
});
