import { addMonths } from "../../internal/dates.js";
import type { FrameworkIndex, Indicator, Target } from "../../model/index.js";
import { defineRule } from "../defineRule.js";
import type { FindingSubject } from "../types.js";

/**
 * `unbalanced-measures`: the framework's targets lack a mix (2.2.2 ii, Appendix A): over the whole
 * framework, no long-term (3 years or more from baseline to goal) or no short-term (a year or less)
 * target, no financial or no non-financial target, or not at least two of input, output and outcome;
 * and per service plan with two or more targets, no short-term target, no financial or no
 * non-financial target, or a single kind of measure. Community and corporate plans are not judged
 * one by one: a community plan of outcome targets is good practice.
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
      "The framework's targets, or a service plan's, lack a mix of long and short term, financial and non-financial, input, output and outcome.",
    defaultSeverity: "warning",
    seedRef: "2.2.2 ii",
    messages: {
      noLongTerm:
        "{{scope}} has no long-term target (3 years or more from baseline to goal): set targets both long (typically 3-5 years) and short-term.",
      noShortTerm:
        "{{scope}} has no short-term target (a year or less from baseline to goal): set targets for the year ahead as well as the long term.",
      noFinancial: "{{scope}} has no financial target: a coherent set of measures is financial and non-financial.",
      noNonFinancial:
        "{{scope}} has only financial targets: a coherent set of measures is financial and non-financial.",
      narrowMix: "{{scope}} measures only {{measures}}: use a mix of input, output and outcome targets.",
    },
    docs: "docs/rules/unbalanced-measures.md",
  },
  check(context) {
    const { index } = context;
    const byServicePlan = new Map<string, Target[]>();
    for (const target of index.targets.values()) {
      const plan = index.plans.get(index.objectives.get(target.objective)?.plan ?? "");
      if (plan?.level !== "service") continue;
      const list = byServicePlan.get(plan.id);
      if (list === undefined) byServicePlan.set(plan.id, [target]);
      else list.push(target);
    }
    const judge = (
      subject: FindingSubject,
      scope: string,
      targets: readonly Target[],
      terms: { long: boolean },
    ): void => {
      // Fresh objects for each finding: a finding keeps the subject and data it is given (src/cascade/findings.ts).
      const data = (): Record<string, string> => ({ scope, [subject.kind]: subject.id });
      if (terms.long && !targets.some((t) => dueAfter(t, 36)))
        context.report({ messageId: "noLongTerm", subject: { kind: subject.kind, id: subject.id }, data: data() });
      if (!targets.some((t) => dueWithin(t, 12)))
        context.report({ messageId: "noShortTerm", subject: { kind: subject.kind, id: subject.id }, data: data() });
      const indicators = indicatorsOf(index, targets);
      if (indicators.length === 0) return;
      if (!indicators.some((i) => i.financial === true))
        context.report({ messageId: "noFinancial", subject: { kind: subject.kind, id: subject.id }, data: data() });
      if (!indicators.some((i) => i.financial !== true))
        context.report({ messageId: "noNonFinancial", subject: { kind: subject.kind, id: subject.id }, data: data() });
      const kinds = new Set(
        indicators.map((i) => i.measure).filter((m) => m === "input" || m === "output" || m === "outcome"),
      );
      if (kinds.size < 2) {
        const measures = kinds.size === 0 ? "process measures" : `${[...kinds][0] as string} measures`;
        context.report({
          messageId: "narrowMix",
          subject: { kind: subject.kind, id: subject.id },
          data: { ...data(), measures },
        });
      }
    };
    const all = [...index.targets.values()];
    if (all.length > 0) {
      const id = index.framework.id;
      judge({ kind: "framework", id }, `The framework "${id}"`, all, { long: true });
    }
    // A service plan's year ahead: short-term targets, not long-term ones; one target is no set to mix.
    for (const [plan, targets] of byServicePlan) {
      if (targets.length < 2) continue;
      judge({ kind: "plan", id: plan }, `Service plan "${plan}"`, targets, { long: false });
    }
  },
});

/** Whether a target's goal falls within `months` of its baseline; a horizon past 9999-12-31 lies beyond every goal. */
function dueWithin(target: Target, months: number): boolean {
  const horizon = addMonths(target.baseline.date, months);
  return horizon === undefined || target.goal.date <= horizon;
}

/** Whether a target's goal falls `months` or more after its baseline. */
function dueAfter(target: Target, months: number): boolean {
  const horizon = addMonths(target.baseline.date, months);
  return horizon !== undefined && target.goal.date >= horizon;
}

/** The indicators the targets measure, those that exist. */
function indicatorsOf(index: FrameworkIndex, targets: readonly Target[]): Indicator[] {
  return targets.flatMap((t) => {
    const indicator = index.indicators.get(t.indicator);
    return indicator === undefined ? [] : [indicator];
  });
}
