import { toCanonicalString, toDecimal } from "../../internal/decimal.js";
import { boundsOf, isPercentUnit } from "../../model/bounds.js";
import { defineRule } from "../defineRule.js";
import type { FindingSubject } from "../types.js";
import { rangeText, soughtBands, soughtValues, withinBounds } from "../smartValues.js";

/**
 * `smart`: a target fails a SMART test it can be held to. Measurable: its indicator has a unit.
 * Time-related: its goal date is after its baseline and inside its plan's period, or, for a
 * long-term target that runs past its plan, within the apex plan's horizon (`CascadeFacts.apexHorizon`);
 * its milestones fall between baseline and goal on distinct dates; each revision's goal date is
 * after the baseline and the revision's own date, and inside the plan's period or the apex's horizon. Achievable: every value it asks
 * for (goal, milestones, stretch, each revision's goal; relative goals resolved against the
 * baseline) lies within its indicator's natural bounds (0 to 100 for a percentage, or the
 * indicator's own `min` and `max`), its baseline does too, and a band's low is not above its high.
 * Relevance to the cascade is `orphan-objective`'s to report, once, on the objective.
 *
 * @category Cascade rules
 * @example
 * import { smart } from "performance-management/cascade";
 * smart.meta.seedRef //=> "5.3.5.1"
 */
export const smart = defineRule({
  id: "smart",
  meta: {
    description:
      "A target fails a SMART test it can be held to: measurable, achievable, time-related (relevance is orphan-objective's to report).",
    defaultSeverity: "warning",
    seedRef: "5.3.5.1",
    messages: {
      measurable:
        'Target "{{target}}" is not SMART (M, measurable): its indicator "{{indicator}}" has no unit. Say what the values are counted in.',
      timeOrder:
        'Target "{{target}}" is not SMART (T, time-related): its goal date {{goal}} is not after its baseline date {{baseline}}.',
      timePeriod:
        'Target "{{target}}" is not SMART (T, time-related): its goal date {{goal}} falls outside its plan "{{plan}}" ({{start}} to {{end}}).',
      timeHorizon:
        'Target "{{target}}" is not SMART (T, time-related): its goal date {{goal}} falls after its plan "{{plan}}" ends ({{end}}) and after the apex\'s horizon, the {{level}} plan "{{horizonPlan}}" ending {{horizon}}. Bring the goal within the plans that carry it, or extend the plan it belongs to.',
      revisionTimeOrder:
        'Target "{{target}}" is not SMART (T, time-related): its revision of {{revision}} sets a goal date {{goal}} that is not after {{after}}, the later of its baseline date and the date the revision takes effect.',
      revisionTimePeriod:
        'Target "{{target}}" is not SMART (T, time-related): its revision of {{revision}} sets a goal date {{goal}} outside its plan "{{plan}}" ({{start}} to {{end}}) and beyond the apex\'s horizon ({{horizon}}). Bring the revised goal within the plans that carry it.',
      timeMilestone:
        'Target "{{target}}" is not SMART (T, time-related): its milestone of {{milestone}} is not between its baseline ({{baseline}}) and its goal ({{goal}}), or shares a date with another.',
      achievablePercent:
        'Target "{{target}}" is not SMART (A, achievable): its {{label}} of {{value}}% lies outside 0 to 100.',
      achievableBounds:
        'Target "{{target}}" is not SMART (A, achievable): its {{label}} of {{value}} lies outside {{range}}, the range of its indicator "{{indicator}}".',
      achievableBaseline:
        'Target "{{target}}" is not SMART (A, achievable): its baseline of {{value}} ({{date}}) lies outside {{range}}, the range of its indicator "{{indicator}}" ({{unit}}). Correct the baseline, or the indicator\'s unit or bounds; its relative goals cannot be judged against it until then.',
      achievableBand:
        'Target "{{target}}" is not SMART (A, achievable): its {{label}} runs from {{low}} down to {{high}}; the low edge must not be above the high.',
    },
    docs: "docs/rules/smart.md",
  },
  check(context) {
    const { index, facts } = context;
    const horizon = facts.apexHorizon();
    for (const target of index.targets.values()) {
      // A fresh subject for each finding: a finding keeps the subject it is given (src/cascade/findings.ts).
      const subject = (): FindingSubject => ({ kind: "target", id: target.id });
      const indicator = index.indicators.get(target.indicator);
      const plan = index.planOf("target", target.id);
      const goalDate = target.goal.date;
      const baselineDate = target.baseline.date;

      if (indicator?.unit.trim() === "") {
        context.report({
          messageId: "measurable",
          subject: subject(),
          data: { target: target.id, indicator: indicator.id },
        });
      }

      if (goalDate <= baselineDate) {
        context.report({
          messageId: "timeOrder",
          subject: subject(),
          data: { target: target.id, goal: goalDate, baseline: baselineDate },
        });
      }
      if (plan !== undefined) {
        const { start, end } = plan.period;
        // A long-term target may run past its own plan, as far as the apex plan's horizon (2.2.2 ii: "typically 3-5 years").
        const late = goalDate > end && (horizon === undefined || goalDate > horizon.end);
        if (late && horizon !== undefined && horizon.end > end) {
          context.report({
            messageId: "timeHorizon",
            subject: subject(),
            data: {
              target: target.id,
              goal: goalDate,
              plan: plan.id,
              end,
              level: horizon.level,
              horizonPlan: horizon.plan,
              horizon: horizon.end,
            },
            related: [
              { kind: "plan", id: plan.id },
              { kind: "plan", id: horizon.plan },
            ],
          });
        } else if (late || goalDate < start) {
          context.report({
            messageId: "timePeriod",
            subject: subject(),
            data: { target: target.id, goal: goalDate, plan: plan.id, start, end },
            related: [{ kind: "plan", id: plan.id }],
          });
        }
      }
      // A revised goal date is held to the same time tests as the goal: after the baseline and the
      // revision's own date, and inside the plan's period or the apex's horizon.
      for (const revision of target.revisions ?? []) {
        const revised = revision.goal.date;
        const after = revision.date > baselineDate ? revision.date : baselineDate;
        if (revised <= after)
          context.report({
            messageId: "revisionTimeOrder",
            subject: subject(),
            data: { target: target.id, revision: revision.date, goal: revised, after },
          });
        if (plan === undefined) continue;
        const { start, end } = plan.period;
        const latest = horizon !== undefined && horizon.end > end ? horizon.end : end;
        if (revised < start || revised > latest)
          context.report({
            messageId: "revisionTimePeriod",
            subject: subject(),
            data: {
              target: target.id,
              revision: revision.date,
              goal: revised,
              plan: plan.id,
              start,
              end,
              horizon: latest,
            },
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
              subject: subject(),
              data: { target: target.id, milestone: date, baseline: baselineDate, goal: goalDate },
            });
          }
        }
      }

      for (const band of soughtBands(target)) {
        if (toDecimal(band.low).greaterThan(toDecimal(band.high)))
          context.report({ messageId: "achievableBand", subject: subject(), data: { target: target.id, ...band } });
      }
      if (indicator === undefined) continue;
      const bounds = boundsOf(indicator);
      if (bounds.min === undefined && bounds.max === undefined) continue;
      const goal = target.goal;
      const simple =
        "value" in goal &&
        target.milestones === undefined &&
        target.stretch === undefined &&
        target.revisions === undefined;
      if (simple && withinBounds(goal.value, bounds) && withinBounds(target.baseline.value, bounds)) continue;
      const range = rangeText(bounds);
      // A percentage with no bounds of its own keeps its message; bounds the indicator gives are named as its range.
      const percent = isPercentUnit(indicator.unit) && indicator.min === undefined && indicator.max === undefined;
      const baselineInside = withinBounds(target.baseline.value, bounds);
      if (!baselineInside)
        context.report({
          messageId: "achievableBaseline",
          subject: subject(),
          data: {
            target: target.id,
            value: toCanonicalString(toDecimal(target.baseline.value)),
            date: baselineDate,
            range,
            indicator: indicator.id,
            unit: indicator.unit,
          },
          related: [{ kind: "indicator", id: indicator.id }],
        });
      for (const { label, value, relative } of soughtValues(target)) {
        // A relative goal off an impossible baseline is the baseline's fault, reported above.
        if ((relative && !baselineInside) || withinBounds(value, bounds)) continue;
        if (percent)
          context.report({
            messageId: "achievablePercent",
            subject: subject(),
            data: { target: target.id, label, value },
          });
        else
          context.report({
            messageId: "achievableBounds",
            subject: subject(),
            data: { target: target.id, label, value, range, indicator: indicator.id },
          });
      }
    }
  },
});
