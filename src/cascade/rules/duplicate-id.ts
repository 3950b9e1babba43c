import type { Id, Review } from "../../model/index.js";
import { defineRule } from "../defineRule.js";
import { measurementName, reviewName } from "./util.js";

const PLURAL = {
  owner: "owners",
  plan: "plans",
  objective: "objectives",
  indicator: "indicators",
  target: "targets",
  reviewCycle: "review cycles",
} as const;

/**
 * `duplicate-id`: two entities of a kind share an id (budget lines among them: the engines read the
 * first). Actions with an id (in objectives' action
 * plans) are a kind of their own, as the accountability engine looks them up (`traceUp`'s `kind:
 * "action"`): two actions sharing an id clash, within one objective or across objectives, and the
 * finding is about the objective holding one whose id sorts first, naming the others as related.
 * Measurements, which are named by indicator and date (`pi-1@2001-06-30`), clash when two of one
 * indicator share a date: the engines would judge whichever comes last, a matter of document order.
 * Reviews, named by cycle, subject and date, clash when one cycle's review of one subject (of one
 * `subjectKind`) is recorded twice on one date: one meeting, whose second outcome no engine reads.
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
      duplicateMeasurement:
        '{{count}} measurements of indicator "{{indicator}}" share the date {{date}}: keep one, so that the figure judged is not a matter of document order.',
      duplicateReview:
        '{{count}} reviews of "{{subject}}" by cycle "{{cycle}}" are recorded on {{date}}: keep one, as one meeting answers one period and only the first outcome is read.',
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
    // Budget lines and unit costs (issue 23) by id: the engines read the first of each.
    const resources = [
      { kind: "budget", kinds: "budget lines", entries: context.index.framework.budgets },
      { kind: "unitCost", kinds: "unit costs", entries: context.index.framework.unitCosts },
    ] as const;
    for (const { kind, kinds, entries } of resources) {
      const counts = new Map<Id, number>();
      for (const entry of entries ?? []) counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
      for (const [id, count] of counts) {
        if (count < 2) continue;
        context.report({ messageId: "duplicate", subject: { kind, id }, data: { count, kinds, id } });
      }
    }
    // Measurements by indicator and date, in document order: one finding for each pair given twice.
    const measured = new Map<string, { indicator: Id; date: string; count: number }>();
    for (const measurement of context.index.framework.measurements ?? []) {
      const key = measurementName(measurement);
      const seen = measured.get(key);
      if (seen === undefined) measured.set(key, { indicator: measurement.indicator, date: measurement.date, count: 1 });
      else seen.count += 1;
    }
    for (const [key, { indicator, date, count }] of measured) {
      if (count < 2) continue;
      context.report({
        messageId: "duplicateMeasurement",
        subject: { kind: "measurement", id: key },
        data: { count, indicator, date },
      });
    }
    // Reviews by cycle, subject (and the kind it names, when given) and date: one meeting each.
    const held = new Map<string, { review: Review; count: number }>();
    for (const review of context.index.framework.reviews ?? []) {
      const key = JSON.stringify([review.cycle, review.subjectKind ?? null, review.subject, review.date]);
      const seen = held.get(key);
      if (seen === undefined) held.set(key, { review, count: 1 });
      else seen.count += 1;
    }
    for (const { review, count } of held.values()) {
      if (count < 2) continue;
      context.report({
        messageId: "duplicateReview",
        subject: { kind: "review", id: reviewName(review) },
        data: { count, subject: review.subject, cycle: review.cycle, date: review.date },
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
