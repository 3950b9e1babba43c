import { addMonths } from "../../internal/dates.js";
import type { Id, Target } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/**
 * `unbalanced-measures`: a community or corporate plan's targets lack a mix (2.2.2 ii): no
 * long-term (3 years or more from baseline to goal) or no short-term (a year or less) target, no
 * financial or no non-financial target, or not at least two of input, output and outcome.
 *
 * @category Cascade rules
 * @example
 * import { unbalancedMeasures } from "performance-management/cascade";
 * unbalancedMeasures.meta.seedRef //=> "2.2.2 ii"
 */
export const unbalancedMeasures = defineRule({
  id: "unbalanced-measures",
  meta: {
    description:
      "A community or corporate plan's targets lack a mix of long and short term, financial and non-financial, input, output and outcome.",
    defaultSeverity: "warning",
    seedRef: "2.2.2 ii",
    messages: {
      noLongTerm:
        'Plan "{{plan}}" has no long-term target (3 years or more from baseline to goal): set targets both long (typically 3-5 years) and short-term.',
      noShortTerm:
        'Plan "{{plan}}" has no short-term target (a year or less from baseline to goal): set targets for the year ahead as well as the long term.',
      noFinancial:
        'Plan "{{plan}}" has no financial target: a coherent set of measures is financial and non-financial.',
      noNonFinancial:
        'Plan "{{plan}}" has only financial targets: a coherent set of measures is financial and non-financial.',
      narrowMix: 'Plan "{{plan}}" measures only {{measures}}: use a mix of input, output and outcome targets.',
    },
    docs: "docs/rules/unbalanced-measures.md",
  },
  check(context) {
    const { index } = context;
    const byPlan = new Map<Id, Target[]>();
    for (const target of index.targets.values()) {
      const plan = index.plans.get(index.objectives.get(target.objective)?.plan ?? "");
      if (plan === undefined || (plan.level !== "community" && plan.level !== "corporate")) continue;
      const list = byPlan.get(plan.id);
      if (list === undefined) byPlan.set(plan.id, [target]);
      else list.push(target);
    }
    for (const [plan, targets] of byPlan) {
      const subject = { kind: "plan", id: plan } as const;
      // A horizon past the calendar's end (9999-12-31) lies beyond every goal date.
      const dueWithin = (target: Target, months: number): boolean => {
        const horizon = addMonths(target.baseline.date, months);
        return horizon === undefined || target.goal.date <= horizon;
      };
      const dueAfter = (target: Target, months: number): boolean => {
        const horizon = addMonths(target.baseline.date, months);
        return horizon !== undefined && target.goal.date >= horizon;
      };
      if (!targets.some((t) => dueAfter(t, 36))) context.report({ messageId: "noLongTerm", subject, data: { plan } });
      if (!targets.some((t) => dueWithin(t, 12))) context.report({ messageId: "noShortTerm", subject, data: { plan } });
      const indicators = targets.flatMap((t) => {
        const indicator = index.indicators.get(t.indicator);
        return indicator === undefined ? [] : [indicator];
      });
      if (indicators.length === 0) continue;
      if (!indicators.some((i) => i.financial === true))
        context.report({ messageId: "noFinancial", subject, data: { plan } });
      if (!indicators.some((i) => i.financial !== true))
        context.report({ messageId: "noNonFinancial", subject, data: { plan } });
      const kinds = new Set(
        indicators.map((i) => i.measure).filter((m) => m === "input" || m === "output" || m === "outcome"),
      );
      if (kinds.size < 2) {
        const measures = kinds.size === 0 ? "process measures" : `${[...kinds][0] as string} measures`;
        context.report({ messageId: "narrowMix", subject, data: { plan, measures } });
      }
    }
  },
});
