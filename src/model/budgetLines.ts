/**
 * The lines of a medium-term financial plan as the engines read them.
 * @internal
 */
import { startYearOf } from "./financialYears.js";
import type { BudgetLine } from "./resources.js";

/**
 * The first line of each id, in the order given: the engines read the first of any entities that
 * share an id, as the index does, and the checker's `duplicate-id` reports the others.
 * @internal
 */
export function firstBudgetLines(lines: readonly BudgetLine[] | undefined): BudgetLine[] {
  if (lines === undefined) return [];
  const seen = new Set<string>();
  const first: BudgetLine[] = [];
  for (const line of lines) {
    if (seen.has(line.id)) continue;
    seen.add(line.id);
    first.push(line);
  }
  return first;
}

/**
 * Every financial year a line gives a budget for, in its years or added by any of its revisions, by
 * the calendar year each starts in: what the checker asks of a line, whatever date it is asked on.
 * @internal
 */
export function budgetedYears(line: BudgetLine): Set<number> {
  const years = new Set(line.years.map((entry) => startYearOf(entry.year)));
  for (const revision of line.revisions ?? []) for (const entry of revision.years) years.add(startYearOf(entry.year));
  return years;
}
