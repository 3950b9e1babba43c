import type { Id } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

const PLURAL = {
  owner: "owners",
  plan: "plans",
  objective: "objectives",
  indicator: "indicators",
  target: "targets",
  reviewCycle: "review cycles",
} as const;

/**
 * `duplicate-id`: two entities of a kind share an id. Actions with an id (in objectives' action
 * plans) are a kind of their own, as the accountability engine looks them up (`traceUp`'s `kind:
 * "action"`): two actions sharing an id clash, within one objective or across objectives, and the
 * finding is about the objective holding one whose id sorts first, naming the others as related.
 *
 * @category Cascade rules
 * @example
 * import { duplicateId } from "performance-management/cascade";
 * duplicateId.meta.defaultSeverity //=> "error"
 */
export const duplicateId = defineRule({
  id: "duplicate-id",
  meta: {
    description: "Two entities of a kind share an id.",
    defaultSeverity: "error",
    seedRef: "4.3",
    messages: {
      duplicate:
        '{{count}} {{kinds}} share the id "{{id}}": give each its own id, so that links to it are not ambiguous.',
      duplicateAction:
        '{{count}} actions share the id "{{id}}" in the action plans of {{objectives}}: give each its own id, so that tracing it names one action.',
    },
    docs: "docs/rules/duplicate-id.md",
  },
  check(context) {
    for (const duplicate of context.index.duplicates) {
      context.report({
        messageId: "duplicate",
        subject: { kind: duplicate.kind, id: duplicate.id },
        data: { count: duplicate.positions.length, kinds: PLURAL[duplicate.kind], id: duplicate.id },
      });
    }
    // Actions by id, in document order: the objectives holding each (an objective once per action).
    const holders = new Map<Id, Id[]>();
    for (const objective of context.index.framework.objectives) {
      for (const action of objective.actions ?? []) {
        if (action.id === undefined) continue;
        const list = holders.get(action.id);
        if (list === undefined) holders.set(action.id, [objective.id]);
        else list.push(objective.id);
      }
    }
    for (const [id, objectives] of holders) {
      if (objectives.length < 2) continue;
      // In code-unit order, so that the finding does not depend on the order of the arrays.
      const distinct = [...new Set(objectives)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      context.report({
        messageId: "duplicateAction",
        subject: { kind: "objective", id: distinct[0] as Id },
        data: { count: objectives.length, id, objectives: distinct.map((o) => JSON.stringify(o)).join(", ") },
        ...(distinct.length > 1
          ? { related: distinct.slice(1).map((objective) => ({ kind: "objective" as const, id: objective })) }
          : {}),
      });
    }
  },
});
