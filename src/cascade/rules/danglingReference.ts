import type { FrameworkIndex, Id, ReviewSubjectKind } from "../../model/index.js";
import { defineRule } from "../defineRule.js";
import type { FindingSubject, RuleContext } from "../types.js";
import { KIND_WORD, measurementName, reviewName } from "./util.js";

type Referenced = keyof typeof KIND_WORD;

function exists(index: FrameworkIndex, kind: Referenced, id: Id): boolean {
  switch (kind) {
    case "owner":
      return index.owners.has(id);
    case "plan":
      return index.plans.has(id);
    case "objective":
      return index.objectives.has(id);
    case "indicator":
      return index.indicators.has(id);
    case "target":
      return index.targets.has(id);
    default:
      return index.reviewCycles.has(id);
  }
}

function subjectExists(index: FrameworkIndex, kind: ReviewSubjectKind | undefined, id: Id): boolean {
  if (kind !== undefined) return exists(index, kind, id);
  return index.plans.has(id) || index.objectives.has(id) || index.targets.has(id) || index.owners.has(id);
}

/**
 * `dangling-reference`: a reference (plan, objective, indicator, owner, partner, cycle, parent…) names nothing.
 *
 * @category Cascade rules
 * @example
 * import { danglingReference } from "performance-management/cascade";
 * danglingReference.meta.seedRef //=> "4.3"
 */
export const danglingReference = defineRule({
  id: "dangling-reference",
  meta: {
    description: "A reference to a plan, objective, indicator, owner, partner, review cycle or parent names nothing.",
    defaultSeverity: "error",
    seedRef: "4.3",
    messages: {
      missing: '{{source}} names {{kind}} "{{id}}" in {{field}}, but there is no {{kind}} with that id: correct the id or add the {{kind}}.',
      missingSubject: '{{source}} names "{{id}}" in {{field}}, but there is no {{kind}} with that id: correct the id or add it.',
    },
    docs: "docs/rules/dangling-reference.md",
  },
  check(context) {
    const { index } = context;
    const check = (subject: FindingSubject, source: string, field: string, kind: Referenced, id: Id | undefined): void => {
      if (id === undefined || exists(index, kind, id)) return;
      report(context, subject, source, field, KIND_WORD[kind], id, "missing");
    };
    for (const owner of index.owners.values()) {
      const subject = { kind: "owner", id: owner.id } as const;
      check(subject, `Owner "${owner.id}"`, "partOf", "owner", owner.partOf);
    }
    for (const plan of index.plans.values()) {
      const subject = { kind: "plan", id: plan.id } as const;
      const source = `Plan "${plan.id}"`;
      check(subject, source, "parent", "plan", plan.parent);
      check(subject, source, "owner", "owner", plan.owner);
    }
    const graph = context.facts.graph();
    for (let v = 0; v < graph.ids.length; v += 1) {
      const objective = index.objectives.at(v);
      if (objective === undefined) continue;
      const subject = { kind: "objective", id: objective.id } as const;
      const source = `Objective "${objective.id}"`;
      // The graph has resolved every plan and every contribution once; only the misses are looked at here.
      if (graph.levelRank[v] === -1) check(subject, source, "plan", "plan", objective.plan);
      check(subject, source, "owner", "owner", objective.owner);
      objective.contributesTo?.forEach((link, i) => {
        link.partners?.forEach((partner, j) => check(subject, source, `contributesTo[${i}].partners[${j}]`, "owner", partner));
      });
      objective.actions?.forEach((action, i) => check(subject, source, `actions[${i}].owner`, "owner", action.owner));
    }
    for (let u = 0; u < graph.unresolved.length; u += 2) {
      const objective = index.objectives.at(graph.unresolved[u] as number);
      const k = graph.unresolved[u + 1] as number;
      const link = objective?.contributesTo?.[k];
      if (objective === undefined || link === undefined) continue;
      report(context, { kind: "objective", id: objective.id }, `Objective "${objective.id}"`, `contributesTo[${k}].objective`, "objective", link.objective, "missing");
    }
    for (const target of index.targets.values()) {
      const subject = { kind: "target", id: target.id } as const;
      const source = `Target "${target.id}"`;
      check(subject, source, "objective", "objective", target.objective);
      check(subject, source, "indicator", "indicator", target.indicator);
      check(subject, source, "owner", "owner", target.owner);
      check(subject, source, "comparator.indicator", "indicator", target.comparator?.indicator);
    }
    for (const measurement of index.framework.measurements ?? []) {
      const name = measurementName(measurement);
      check({ kind: "measurement", id: name }, `Measurement "${name}"`, "indicator", "indicator", measurement.indicator);
    }
    for (const cycle of index.reviewCycles.values()) {
      const subject = { kind: "reviewCycle", id: cycle.id } as const;
      const source = `Review cycle "${cycle.id}"`;
      check(subject, source, "reviewer", "owner", cycle.reviewer);
      cycle.appliesTo.ids?.forEach((id, i) => {
        if (!subjectExists(index, cycle.appliesTo.kind, id)) {
          report(context, subject, source, `appliesTo.ids[${i}]`, cycle.appliesTo.kind ?? "plan, objective, target or owner", id, "missingSubject");
        }
      });
    }
    for (const review of index.framework.reviews ?? []) {
      const name = reviewName(review);
      const subject = { kind: "review", id: name } as const;
      const source = `Review "${name}"`;
      check(subject, source, "cycle", "reviewCycle", review.cycle);
      const kind = index.reviewCycles.get(review.cycle)?.appliesTo.kind;
      if (!subjectExists(index, kind, review.subject)) {
        report(context, subject, source, "subject", kind ?? "plan, objective, target or owner", review.subject, "missingSubject");
      }
    }
  },
});

function report(context: RuleContext, subject: FindingSubject, source: string, field: string, kind: string, id: Id, messageId: string): void {
  context.report({ messageId, subject, data: { source, field, kind, id }, path: [subject.id, id] });
}
