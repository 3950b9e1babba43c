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
 * `duplicate-id`: two entities of a kind share an id.
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
  },
});
