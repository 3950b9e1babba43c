import { defineRule } from "../defineRule.js";

/**
 * `unowned-target`: a target has no owner, neither its own nor inherited from its objective or plan.
 *
 * @category Cascade rules
 * @example
 * import { unownedTarget } from "performance-management/cascade";
 * unownedTarget.meta.seedRef //=> "2.2.2 iii"
 */
export const unownedTarget = defineRule({
  id: "unowned-target",
  meta: {
    description: "A target has no owner, neither its own nor inherited from its objective or plan.",
    defaultSeverity: "error",
    seedRef: "2.2.2 iii",
    messages: {
      unowned:
        "Target \"{{target}}\" has no owner, neither its own nor its objective's or plan's: every target must be owned, by an individual or collectively by a team, with specific responsibility for delivering it.",
    },
    docs: "docs/rules/unowned-target.md",
  },
  check(context) {
    for (const target of context.index.targets.values()) {
      if (context.index.ownerOf("target", target.id) === undefined) {
        context.report({
          messageId: "unowned",
          subject: { kind: "target", id: target.id },
          data: { target: target.id },
        });
      }
    }
  },
});
