/**
 * The lines of a medium-term financial plan as the engines read them.
 * @internal
 */
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
