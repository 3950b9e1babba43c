import { financialStartYearOf, financialYearLabel } from "../../model/financialYears.js";
import { budgetedYears } from "../../model/budgetLines.js";
import type { Id } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/** The spend of one line in one financial year that has nothing to be judged against. */
interface Unbudgeted {
  readonly budget: Id;
  readonly year: number;
  readonly known: boolean;
  entries: number;
}

/**
 * `unbudgeted-spend`: spend recorded against nothing: against a budget line the framework does not
 * have, or in a financial year its line gives no budget for (in its years or by a revision). Such
 * money is in no monitoring: budget monitoring lists it apart, and no roll-up can key it to an
 * objective. One finding for each line and year, however many entries.
 *
 * @category Cascade rules
 * @example
 * import { unbudgetedSpend } from "performance-management/cascade";
 * unbudgetedSpend.meta.defaultSeverity //=> "error"
 */
export const unbudgetedSpend = defineRule({
  id: "unbudgeted-spend",
  meta: {
    description:
      "Spend is recorded against a budget line that does not exist, or in a year the line has no budget for.",
    defaultSeverity: "error",
    seedRef: "3.4.4",
    messages: {
      noLine:
        '{{entries}} in {{year}} {{verb}} recorded against budget line "{{budget}}", which does not exist: correct the line id, or add the line to the medium-term financial plan.',
      noYear:
        '{{entries}} in {{year}} {{verb}} recorded against budget line "{{budget}}", which has no budget for {{year}}: give the line its budget for the year, or record the spend against the line that funds it.',
    },
    docs: "docs/rules/unbudgeted-spend.md",
  },
  check(context) {
    const { index } = context;
    const spend = index.framework.spend ?? [];
    if (spend.length === 0) return;
    const yearStart = index.financialYearStart;
    const years = new Map<Id, Set<number>>();
    for (const line of index.framework.budgets ?? []) {
      const known = years.get(line.id);
      if (known === undefined) years.set(line.id, budgetedYears(line));
      else for (const year of budgetedYears(line)) known.add(year);
    }
    const found = new Map<string, Unbudgeted>();
    for (const entry of spend) {
      const year = financialStartYearOf(entry.date, yearStart);
      const budgeted = years.get(entry.budget);
      if (budgeted?.has(year) === true) continue;
      const key = `${String(year)}\u0000${entry.budget}`;
      const seen = found.get(key);
      if (seen === undefined) found.set(key, { budget: entry.budget, year, known: budgeted !== undefined, entries: 1 });
      else seen.entries += 1;
    }
    for (const { budget, year, known, entries } of found.values()) {
      const label = financialYearLabel(year, yearStart);
      context.report({
        messageId: known ? "noYear" : "noLine",
        subject: { kind: "spend", id: `${budget}@${label}` },
        data: {
          entries: entries === 1 ? "One spend entry" : `${String(entries)} spend entries`,
          verb: entries === 1 ? "is" : "are",
          year: label,
          budget,
        },
        ...(known ? { related: [{ kind: "budget" as const, id: budget }] } : {}),
      });
    }
  },
});
