import { financialStartYearOf, financialYearLabel } from "../../model/financialYears.js";
import type { Plan } from "../../model/index.js";
import { budgetedYears, firstBudgetLines } from "../../model/budgetLines.js";
import { defineRule } from "../defineRule.js";

/** The plan levels whose period a revenue budget line is expected to cover: the medium-term financial plan's horizon. */
const COVERED_LEVELS: ReadonlySet<Plan["level"]> = new Set(["service", "unit", "individual"]);

/** `count` years, the first of them `names` (up to five): "a", "a and b", "a, b and c"; past five, the first four "and n more years". */
function listed(names: readonly string[], count: number): string {
  if (count > 5) return `${names.slice(0, 4).join(", ")} and ${String(count - 4)} more years`;
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/**
 * `budget-period-gap`: money that does not cover the period of the plan it resources. A plan's
 * `budget` whose `period` does not cover the plan's; a revenue line of the medium-term financial plan
 * with no budget for a financial year its service, unit or individual plan runs in (the line's
 * `plan`, else its objective's). Stockton allocates resources for three years, revised annually
 * (5.3.6.1); a plan whose later years have no money is a plan "disconnected from service planning"
 * (3.4.4). Capital lines fund schemes of their own length, and community and corporate plans run
 * beyond the financial plan's horizon, so neither is asked.
 *
 * @category Cascade rules
 * @example
 * import { budgetPeriodGap } from "performance-management/cascade";
 * budgetPeriodGap.meta.seedRef //=> "5.3.6.1"
 */
export const budgetPeriodGap = defineRule({
  id: "budget-period-gap",
  meta: {
    description: "A budget does not cover the period of the plan it resources.",
    defaultSeverity: "warning",
    seedRef: "5.3.6.1",
    messages: {
      planBudget:
        'Plan "{{plan}}" runs from {{start}} to {{end}}, but its budget covers {{budgetStart}} to {{budgetEnd}}: identify the resources for the whole period of the plan.',
      lineYears:
        'Budget line "{{budget}}" has no budget for {{missing}}, though its plan "{{plan}}" runs from {{start}} to {{end}}: give a budget for every financial year of the plan, so its later years are resourced.',
    },
    docs: "docs/rules/budget-period-gap.md",
  },
  check(context) {
    const { index } = context;
    for (const plan of index.plans.values()) {
      const period = plan.budget?.period;
      if (period === undefined || (period.start <= plan.period.start && period.end >= plan.period.end)) continue;
      context.report({
        messageId: "planBudget",
        subject: { kind: "plan", id: plan.id },
        data: {
          plan: plan.id,
          start: plan.period.start,
          end: plan.period.end,
          budgetStart: period.start,
          budgetEnd: period.end,
        },
      });
    }
    const yearStart = index.financialYearStart;
    for (const line of firstBudgetLines(index.framework.budgets)) {
      if ((line.kind ?? "revenue") !== "revenue") continue;
      const planId =
        line.plan ?? (line.objective === undefined ? undefined : index.objectives.get(line.objective)?.plan);
      const plan = planId === undefined ? undefined : index.plans.get(planId);
      if (plan === undefined || !COVERED_LEVELS.has(plan.level)) continue;
      const years = budgetedYears(line);
      const first = financialStartYearOf(plan.period.start, yearStart);
      const last = financialStartYearOf(plan.period.end, yearStart);
      // How many of the plan's years the line misses, counted from the years it has (not year by
      // year: a plan may run for centuries), and the first five of them by name.
      let covered = 0;
      for (const year of years) if (year >= first && year <= last) covered += 1;
      const count = last - first + 1 - covered;
      if (count === 0) continue;
      const missing: string[] = [];
      for (let year = first; year <= last && missing.length < 5; year += 1)
        if (!years.has(year)) missing.push(financialYearLabel(year, yearStart));
      context.report({
        messageId: "lineYears",
        subject: { kind: "budget", id: line.id },
        data: {
          budget: line.id,
          missing: listed(missing, count),
          plan: plan.id,
          start: plan.period.start,
          end: plan.period.end,
        },
        related: [{ kind: "plan", id: plan.id }],
      });
    }
  },
});
