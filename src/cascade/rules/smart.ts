import { toCanonicalString, toDecimal } from "../../internal/decimal.js";
import type { DecimalValue, Target } from "../../model/index.js";
import { goalValue } from "../../model/target.js";
import { defineRule } from "../defineRule.js";

/**
 * Whether a value lies in 0–100. A float fast path decides values well inside or outside the
 * range; within a millionth of either bound the exact decimal decides.
 */
function isPercentage(value: DecimalValue): boolean {
  const approximate = Number(value);
  if (approximate > 0.000001 && approximate < 99.999999) return true;
  if (approximate < -0.000001 || approximate > 100.000001) return false;
  const exact = toDecimal(value);
  return !exact.isNegative() || exact.isZero() ? !exact.greaterThan(100) : false;
}

/** The values a target's goal, milestones and stretch ask for, with the baseline's value resolved into relative goals. */
function soughtValues(target: Target): { label: string; value: string }[] {
  const values: { label: string; value: DecimalValue | string }[] = [];
  const goal = target.goal;
  const resolved = goalValue(target);
  if (resolved !== undefined) values.push({ label: "goal", value: toCanonicalString(resolved) });
  else if ("low" in goal) values.push({ label: "band low", value: goal.low }, { label: "band high", value: goal.high });
  for (const milestone of target.milestones ?? [])
    values.push({ label: `milestone ${milestone.date}`, value: milestone.value });
  if (target.stretch !== undefined) values.push({ label: "stretch", value: target.stretch.value });
  return values.map(({ label, value }) => ({ label, value: toCanonicalString(toDecimal(value)) }));
}

/**
 * `smart`: a target fails a SMART test it can be held to. Measurable: its indicator has a unit.
 * Time-related: its goal date is after its baseline and inside its plan's period, and its milestones
 * fall between them on distinct dates. Relevant: its objective reaches the community plan.
 * Achievable: a percentage goal lies in 0–100, and a band's low is not above its high.
 *
 * @category Cascade rules
 * @example
 * import { smart } from "performance-management/cascade";
 * smart.meta.seedRef //=> "5.3.5.1"
 */
export const smart = defineRule({
  id: "smart",
  meta: {
    description: "A target fails a SMART test it can be held to: measurable, achievable, relevant, time-related.",
    defaultSeverity: "warning",
    seedRef: "5.3.5.1",
    messages: {
      measurable:
        'Target "{{target}}" is not SMART (M, measurable): its indicator "{{indicator}}" has no unit. Say what the values are counted in.',
      timeOrder:
        'Target "{{target}}" is not SMART (T, time-related): its goal date {{goal}} is not after its baseline date {{baseline}}.',
      timePeriod:
        'Target "{{target}}" is not SMART (T, time-related): its goal date {{goal}} falls outside its plan "{{plan}}" ({{start}} to {{end}}).',
      timeMilestone:
        'Target "{{target}}" is not SMART (T, time-related): its milestone of {{milestone}} is not between its baseline ({{baseline}}) and its goal ({{goal}}), or shares a date with another.',
      relevant:
        'Target "{{target}}" is not SMART (R, relevant): its objective "{{objective}}" has no chain of contributions up to the community plan.',
      achievablePercent:
        'Target "{{target}}" is not SMART (A, achievable): its {{label}} of {{value}}% lies outside 0 to 100.',
      achievableBand:
        'Target "{{target}}" is not SMART (A, achievable): its band runs from {{low}} down to {{high}}; the low edge must not be above the high.',
    },
    docs: "docs/rules/smart.md",
  },
  check(context) {
    const { index, facts } = context;
    for (const target of index.targets.values()) {
      const subject = { kind: "target", id: target.id } as const;
      const indicator = index.indicators.get(target.indicator);
      const objective = index.objectives.get(target.objective);
      const plan = index.planOf("target", target.id);
      const goalDate = target.goal.date;
      const baselineDate = target.baseline.date;

      if (indicator?.unit.trim() === "") {
        context.report({ messageId: "measurable", subject, data: { target: target.id, indicator: indicator.id } });
      }

      if (goalDate <= baselineDate) {
        context.report({
          messageId: "timeOrder",
          subject,
          data: { target: target.id, goal: goalDate, baseline: baselineDate },
        });
      }
      if (plan !== undefined && (goalDate < plan.period.start || goalDate > plan.period.end)) {
        context.report({
          messageId: "timePeriod",
          subject,
          data: { target: target.id, goal: goalDate, plan: plan.id, start: plan.period.start, end: plan.period.end },
          related: [{ kind: "plan", id: plan.id }],
        });
      }
      if (target.milestones !== undefined && target.milestones.length > 0) {
        const milestoneDates = new Map<string, number>();
        for (const milestone of target.milestones)
          milestoneDates.set(milestone.date, (milestoneDates.get(milestone.date) ?? 0) + 1);
        for (const [date, count] of [...milestoneDates].sort(([a], [b]) => (a < b ? -1 : 1))) {
          if (count > 1 || date <= baselineDate || date >= goalDate) {
            context.report({
              messageId: "timeMilestone",
              subject,
              data: { target: target.id, milestone: date, baseline: baselineDate, goal: goalDate },
            });
          }
        }
      }

      if (objective !== undefined && !facts.reachesCommunity(objective.id)) {
        context.report({
          messageId: "relevant",
          subject,
          data: { target: target.id, objective: objective.id },
          related: [{ kind: "objective", id: objective.id }],
        });
      }

      if ("low" in target.goal && toDecimal(target.goal.low).greaterThan(toDecimal(target.goal.high))) {
        context.report({
          messageId: "achievableBand",
          subject,
          data: {
            target: target.id,
            low: toCanonicalString(toDecimal(target.goal.low)),
            high: toCanonicalString(toDecimal(target.goal.high)),
          },
        });
      }
      if (indicator?.unit.trim() === "%") {
        const goal = target.goal;
        const simple = "value" in goal && target.milestones === undefined && target.stretch === undefined;
        if (simple && isPercentage(goal.value)) continue;
        for (const { label, value } of soughtValues(target)) {
          if (!isPercentage(value))
            context.report({ messageId: "achievablePercent", subject, data: { target: target.id, label, value } });
        }
      }
    }
  },
});
