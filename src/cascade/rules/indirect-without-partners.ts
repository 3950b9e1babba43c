import { defineRule } from "../defineRule.js";

/**
 * `indirect-without-partners`: an indirect contribution names no partners.
 *
 * @category Cascade rules
 * @example
 * import { indirectWithoutPartners } from "performance-management/cascade";
 * indirectWithoutPartners.meta.seedRef //=> "5.3.5.8"
 */
export const indirectWithoutPartners = defineRule({
  id: "indirect-without-partners",
  meta: {
    description: "An indirect contribution names no partners.",
    defaultSeverity: "warning",
    seedRef: "5.3.5.8",
    messages: {
      noPartners:
        'Objective "{{from}}" contributes indirectly to "{{to}}" but names no partners: where the council is one of several stakeholders it must say with whom it works to deliver the outcome.',
    },
    docs: "docs/rules/indirect-without-partners.md",
  },
  check(context) {
    for (const objective of context.index.objectives.values()) {
      for (const link of objective.contributesTo ?? []) {
        if (link.link === "indirect" && (link.partners?.length ?? 0) === 0) {
          context.report({
            messageId: "noPartners",
            subject: { kind: "objective", id: objective.id },
            data: { from: objective.id, to: link.objective },
            path: [objective.id, link.objective],
          });
        }
      }
    }
  },
});
