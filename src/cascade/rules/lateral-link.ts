import type { PlanLevel } from "../../model/index.js";
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
    const { ids, up, levelRank } = facts.graph();
    for (let v = 0; v < ids.length; v += 1) {
      const rank = levelRank[v] as number;
      if (rank < 0) continue;
      for (let i = up.start[v] as number, end = up.start[v + 1] as number; i < end; i += 1) {
        const w = up.targets[i] as number;
        if (w !== v && levelRank[w] === rank) {
          const from = ids[v] as string;
          const to = ids[w] as string;
          context.report({
            messageId: "lateral",
            subject: { kind: "objective", id: from },
            data: { from, to, level: index.levelOf("objective", from) as PlanLevel },
            path: [from, to],
          });
        }
      }
    }
  },
});
