import { firstBudgetLines } from "../../model/budgetLines.js";
import { defineRule } from "../defineRule.js";

/**
 * `budget-without-holder`: a line of the medium-term financial plan names no budget holder. Stockton
 * devolves its budgets "so that responsibility for spending is with those closest to the customer"
 * (5.3.6.1): a budget nobody holds is money nobody answers for.
 *
 * @category Cascade rules
 * @example
 * import { budgetWithoutHolder } from "performance-management/cascade";
 * budgetWithoutHolder.meta.defaultSeverity //=> "warning"
 */
export const budgetWithoutHolder = defineRule({
  id: "budget-without-holder",
  meta: {
    description: "A budget line names no budget holder.",
    defaultSeverity: "warning",
    seedRef: "5.3.6.1",
    messages: {
      noHolder:
        'Budget line "{{budget}}" names no holder: devolve it to the manager closest to the customer, who answers for its spend.',
    },
    docs: "docs/rules/budget-without-holder.md",
  },
  check(context) {
    for (const line of firstBudgetLines(context.index.framework.budgets)) {
      if (line.holder === undefined)
        context.report({ messageId: "noHolder", subject: { kind: "budget", id: line.id }, data: { budget: line.id } });
    }
  },
});
