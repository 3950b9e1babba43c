import { defineRule } from "../defineRule.js";

/**
 * `missing-perspective`: no target measures the employee, or no target measures the partner, perspective.
 *
 * @category Cascade rules
 * @example
 * import { missingPerspective } from "performance-management/cascade";
 * missingPerspective.meta.defaultSeverity //=> "info"
 */
export const missingPerspective = defineRule({
  id: "missing-perspective",
  meta: {
    description: "No target measures the employee or partner perspective.",
    defaultSeverity: "info",
    seedRef: "3.3.3",
    messages: {
      missing:
        "No target measures the {{perspective}} perspective: measures should reflect employee and partner perspectives as well as those of customers and management.",
    },
    docs: "docs/rules/missing-perspective.md",
  },
  check(context) {
    const { index } = context;
    const measured = new Set<string>();
    for (const target of index.targets.values()) {
      const perspective = index.indicators.get(target.indicator)?.perspective;
      if (perspective !== undefined) measured.add(perspective);
    }
    for (const perspective of ["employee", "partner"]) {
      if (!measured.has(perspective)) {
        context.report({
          messageId: "missing",
          subject: { kind: "framework", id: index.framework.id },
          data: { perspective },
        });
      }
    }
  },
});
