import { addMonths } from "../../internal/dates.js";
import type { Id, ReviewCycle, ReviewSubjectKind } from "../../model/index.js";
import { defineRule } from "../defineRule.js";
import type { RuleContext } from "../types.js";
import { monthsOf } from "../../model/index.js";
import { KIND_TITLE, cycleCovers } from "./util.js";

interface Span {
  /** When reviews of the subject start to be due from. */
  readonly start: string | undefined;
  /** After this, no more reviews are due (the plan has ended, the target's goal date has passed). */
  readonly end: string | undefined;
}

function spanOf(context: RuleContext, kind: ReviewSubjectKind, id: Id, frameworkStart: string | undefined): Span {
  const { index } = context;
  switch (kind) {
    case "plan": {
      const plan = index.plans.get(id);
      return { start: plan?.period.start, end: plan?.period.end };
    }
    case "objective": {
      const objective = index.objectives.get(id);
      const plan = objective === undefined ? undefined : index.plans.get(objective.plan);
      return { start: plan?.period.start, end: plan?.period.end };
    }
    case "target": {
      const target = index.targets.get(id);
      const objective = target === undefined ? undefined : index.objectives.get(target.objective);
      const plan = objective === undefined ? undefined : index.plans.get(objective.plan);
      return { start: plan?.period.start ?? target?.baseline.date, end: target?.goal.date };
    }
    default:
      return { start: frameworkStart, end: undefined };
  }
}

function subjectsOf(context: RuleContext, cycle: ReviewCycle): [ReviewSubjectKind, Id][] {
  const { index } = context;
  const kinds: ReviewSubjectKind[] =
    cycle.appliesTo.kind === undefined ? ["plan", "objective", "target", "owner"] : [cycle.appliesTo.kind];
  const subjects: [ReviewSubjectKind, Id][] = [];
  for (const kind of kinds) {
    const ids = cycle.appliesTo.ids ?? [
      ...(kind === "plan"
        ? index.plans
        : kind === "objective"
          ? index.objectives
          : kind === "target"
            ? index.targets
            : index.owners
      ).keys(),
    ];
    for (const id of new Set(ids)) if (cycleCovers(index, cycle, kind, id)) subjects.push([kind, id]);
  }
  return subjects;
}

/**
 * `review-overdue` (needs `asOf`): the last review of a subject by a cycle is older than the cycle
 * allows, or there has been none and one was due. Reviews fall due from the start of the subject's
 * plan (for owners, the earliest plan's start) and stop being due once the plan has ended or the
 * target's goal date has passed.
 *
 * @category Cascade rules
 * @example
 * import { reviewOverdue } from "performance-management/cascade";
 * reviewOverdue.meta.requiresAsOf //=> true
 */
export const reviewOverdue = defineRule({
  id: "review-overdue",
  meta: {
    description: "The last review of a subject is older than its cycle allows, or there is none and one was due.",
    defaultSeverity: "warning",
    seedRef: "5.3.4",
    requiresAsOf: true,
    messages: {
      overdue:
        '{{subject}} was last reviewed by "{{cycle}}" on {{last}}; the next review was due by {{due}}: review it, so problems are found in time for corrective action.',
      never:
        '{{subject}} has never been reviewed by "{{cycle}}"; a review was due by {{due}}: review it, so problems are found in time for corrective action.',
    },
    docs: "docs/rules/review-overdue.md",
  },
  check(context) {
    const { index } = context;
    const asOf = context.asOf as string;
    let frameworkStart: string | undefined;
    for (const plan of index.plans.values())
      if (frameworkStart === undefined || plan.period.start < frameworkStart) frameworkStart = plan.period.start;
    for (const cycle of index.reviewCycles.values()) {
      const months = monthsOf(cycle.frequency);
      for (const [kind, id] of subjectsOf(context, cycle)) {
        let last: string | undefined;
        for (const review of index.reviewsBySubject.get(id) ?? []) {
          if (review.cycle === cycle.id && review.date <= asOf && (last === undefined || review.date > last))
            last = review.date;
        }
        const span = spanOf(context, kind, id, frameworkStart);
        const from = last ?? span.start;
        if (from === undefined) continue;
        const due = addMonths(from, months);
        if (due >= asOf || (span.end !== undefined && due > span.end)) continue;
        const subject = `${KIND_TITLE[kind]} "${id}"`;
        context.report({
          messageId: last === undefined ? "never" : "overdue",
          subject: { kind, id },
          data: last === undefined ? { subject, cycle: cycle.id, due } : { subject, cycle: cycle.id, last, due },
          related: [{ kind: "reviewCycle", id: cycle.id }],
        });
      }
    }
  },
});
