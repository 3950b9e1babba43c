import { defineRule } from "../defineRule.js";

/**
 * `lateral-link`: an objective contributes to one at its own level.
 *
 * @category Cascade rules
 * @example
 * import { lateralLink } from "performance-management/cascade";
 * lateralLink.meta.defaultSeverity //=> "warning"
 */
export const lateralLink = defineRule({
  id: "lateral-link",
  meta: {
    description: "An objective contributes to one at its own level.",
    defaultSeverity: "warning",
    seedRef: "3.4.1.2",
    messages: {
      lateral:
        'Objective "{{from}}" contributes to "{{to}}" at its own ({{level}}) level: link each to the higher-level objective it serves, so the cascade runs from plan to plan.',
    },
    docs: "docs/rules/lateral-link.md",
  },
  check(context) {
    const { index, facts } = context;
    for (const objective of index.objectives.values()) {
      const level = facts.levelOf(objective.id);
      if (level === undefined) continue;
      for (const link of objective.contributesTo ?? []) {
        if (link.objective !== objective.id && facts.levelOf(link.objective) === level) {
          context.report({
            messageId: "lateral",
            subject: { kind: "objective", id: objective.id },
            data: { from: objective.id, to: link.objective, level },
            path: [objective.id, link.objective],
          });
        }
      }
    }
  },
});
