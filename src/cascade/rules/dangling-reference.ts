import type { FrameworkIndex, Id, ReviewSubjectKind } from "../../model/index.js";
import { reviewCredit } from "../../review/reviewCredit.js";
import { defineRule } from "../defineRule.js";
import type { FindingSubject, RuleContext } from "../types.js";
import { KIND_TITLE, KIND_WORD, measurementName, reviewName } from "./util.js";
import { hasEntity } from "../../model/indexFramework.js";

type Referenced = Exclude<keyof typeof KIND_WORD, "budget">;

function subjectExists(index: FrameworkIndex, kind: ReviewSubjectKind | undefined, id: Id): boolean {
  if (kind !== undefined) return hasEntity(index, kind, id);
  return index.plans.has(id) || index.objectives.has(id) || index.targets.has(id) || index.owners.has(id);
}

/**
 * `dangling-reference`: a reference (plan, objective, indicator, owner, partner, cycle, parent…) names
 * nothing; or a review's subject names more than one kind of subject its cycle covers (a plan and an
 * objective both called `housing`) without saying which in `subjectKind`, so the review is credited
 * to none; or a review's `subjectKind` is not the kind its cycle reviews.
 *
 * @category Cascade rules
 * @example
 * import { danglingReference } from "performance-management/cascade";
 * danglingReference.meta.seedRef //=> "4.3"
 */
export const danglingReference = defineRule({
  id: "dangling-reference",
  meta: {
    description:
      "A reference to a plan, objective, indicator, owner, partner, review cycle, parent, budget line or unit cost's indicator or objective names nothing.",
    defaultSeverity: "error",
    seedRef: "4.3",
    messages: {
      missing:
        '{{source}} names {{kind}} "{{id}}" in {{field}}, but there is no {{kind}} with that id: correct the id or add the {{kind}}.',
      missingSubject:
        '{{source}} names "{{id}}" in {{field}}, but there is no {{kind}} with that id: correct the id or add it.',
      ambiguousSubject:
        '{{source}} names "{{id}}" in {{field}}, and its cycle covers {{kind}} with that id: it is credited to none of them until it says which, in subjectKind.',
      subjectOutsideCycle:
        "{{source}} is of a {{kind}} (subjectKind), but its cycle reviews only {{cycleKind}}s: it is credited to nothing; correct subjectKind or the cycle.",
    },
    docs: "docs/rules/dangling-reference.md",
  },
  check(context) {
    const { index } = context;
    const graph = context.facts.graph();
    // Subjects and sentences are built only for a reference that is missing: at national scale
    // almost every reference resolves, and building them for each would cost more than the lookups.
    const check = (
      kind: FindingSubject["kind"],
      id: Id,
      field: string,
      referenced: Referenced,
      target: Id | undefined,
    ): void => {
      if (target === undefined || hasEntity(index, referenced, target)) return;
      report(context, { kind, id }, field, KIND_WORD[referenced], target, "missing");
    };
    for (const owner of index.owners.values()) check("owner", owner.id, "partOf", "owner", owner.partOf);
    for (const plan of index.plans.values()) {
      check("plan", plan.id, "parent", "plan", plan.parent);
      check("plan", plan.id, "owner", "owner", plan.owner);
    }
    for (let v = 0; v < graph.ids.length; v += 1) {
      const objective = index.objectives.at(v);
      if (objective === undefined) continue;
      // The graph has resolved every plan and contribution once; only its misses are reported here.
      if (graph.levelRank[v] === -1) check("objective", objective.id, "plan", "plan", objective.plan);
      const owner = objective.owner;
      const ownerMissing = owner !== undefined && !index.owners.has(owner);
      if (ownerMissing) report(context, { kind: "objective", id: objective.id }, "owner", "owner", owner, "missing");
      const links = objective.contributesTo;
      if (links !== undefined) {
        for (let i = 0; i < links.length; i += 1) {
          const partners = (links[i] as { partners?: readonly Id[] }).partners;
          if (partners === undefined) continue;
          for (let j = 0; j < partners.length; j += 1) {
            const partner = partners[j] as Id;
            if (!index.owners.has(partner))
              check("objective", objective.id, `contributesTo[${i}].partners[${j}]`, "owner", partner);
          }
        }
      }
      const actions = objective.actions;
      if (actions !== undefined) {
        for (let i = 0; i < actions.length; i += 1) {
          const doer = actions[i]?.owner;
          // An action's owner is most often its objective's, already looked up.
          if (doer !== undefined && (doer === owner ? ownerMissing : !index.owners.has(doer)))
            check("objective", objective.id, `actions[${i}].owner`, "owner", doer);
        }
      }
    }
    for (let u = 0; u < graph.unresolved.length; u += 2) {
      const objective = index.objectives.at(graph.unresolved[u] as number);
      const k = graph.unresolved[u + 1] as number;
      const link = objective?.contributesTo?.[k];
      if (objective === undefined || link === undefined) continue;
      report(
        context,
        { kind: "objective", id: objective.id },
        `contributesTo[${k}].objective`,
        "objective",
        link.objective,
        "missing",
      );
    }
    for (const target of index.targets.values()) {
      check("target", target.id, "objective", "objective", target.objective);
      check("target", target.id, "indicator", "indicator", target.indicator);
      check("target", target.id, "owner", "owner", target.owner);
      check("target", target.id, "comparator.indicator", "indicator", target.comparator?.indicator);
    }
    for (const measurement of index.framework.measurements ?? []) {
      check("measurement", measurementName(measurement), "indicator", "indicator", measurement.indicator);
    }
    for (const cycle of index.reviewCycles.values()) {
      check("reviewCycle", cycle.id, "reviewer", "owner", cycle.reviewer);
      cycle.appliesTo.ids?.forEach((id, i) => {
        if (!subjectExists(index, cycle.appliesTo.kind, id)) {
          report(
            context,
            { kind: "reviewCycle", id: cycle.id },
            `appliesTo.ids[${i}]`,
            cycle.appliesTo.kind ?? "plan, objective, target or owner",
            id,
            "missingSubject",
          );
        }
      });
    }
    for (const review of index.framework.reviews ?? []) {
      const name = reviewName(review);
      check("review", name, "cycle", "reviewCycle", review.cycle);
      const cycle = index.reviewCycles.get(review.cycle);
      const cycleKind = cycle?.appliesTo.kind;
      const kind = review.subjectKind ?? cycleKind;
      if (
        cycle !== undefined &&
        review.subjectKind !== undefined &&
        cycleKind !== undefined &&
        review.subjectKind !== cycleKind
      ) {
        const source = `Review "${name}"`;
        context.report({
          messageId: "subjectOutsideCycle",
          subject: { kind: "review", id: name },
          data: { source, kind: review.subjectKind, cycleKind },
          path: [name, review.subject],
          related: [{ kind: "reviewCycle", id: cycle.id }],
        });
        continue;
      }
      if (cycle !== undefined && kind === undefined) {
        const { ambiguous } = reviewCredit(index, cycle, review);
        if (ambiguous.length > 0) {
          report(
            context,
            { kind: "review", id: name },
            "subject",
            ambiguous.map((k) => `${/^[aeiou]/.test(k) ? "an" : "a"} ${k}`).join(" and "),
            review.subject,
            "ambiguousSubject",
          );
          continue;
        }
      }
      if (!subjectExists(index, kind, review.subject)) {
        report(
          context,
          { kind: "review", id: name },
          "subject",
          kind ?? "plan, objective, target or owner",
          review.subject,
          "missingSubject",
        );
      }
    }
    // The medium-term financial plan: a line's plan, objective and holder; what forecasts and
    // carry-forwards are for (spend naming no line is unbudgeted-spend's).
    const lines = index.framework.budgets ?? [];
    for (const line of lines) {
      check("budget", line.id, "plan", "plan", line.plan);
      check("budget", line.id, "objective", "objective", line.objective);
      check("budget", line.id, "holder", "owner", line.holder);
    }
    if (
      lines.length > 0 ||
      index.framework.outturnForecasts !== undefined ||
      index.framework.carryForwards !== undefined
    ) {
      const known = new Set(lines.map((line) => line.id));
      const line = (id: Id, source: string): void => {
        if (known.has(id)) return;
        const data = { source, field: "budget", kind: KIND_WORD.budget, id };
        context.report({ messageId: "missing", subject: { kind: "budget", id }, data, path: [id] });
      };
      for (const forecast of index.framework.outturnForecasts ?? [])
        line(forecast.budget, `The outturn forecast of ${forecast.date} for ${forecast.year}`);
      for (const carried of index.framework.carryForwards ?? [])
        line(carried.budget, `The carry-forward from ${carried.from}`);
    }
    for (const cost of index.framework.unitCosts ?? []) {
      check("unitCost", cost.id, "indicator", "indicator", cost.indicator);
      check("unitCost", cost.id, "objective", "objective", cost.objective);
    }
  },
});

const SOURCE_TITLE: Readonly<Record<FindingSubject["kind"], string>> = { ...KIND_TITLE, framework: "Framework" };

function report(
  context: RuleContext,
  subject: FindingSubject,
  field: string,
  kind: string,
  id: Id,
  messageId: string,
): void {
  const source = `${SOURCE_TITLE[subject.kind]} "${subject.id}"`;
  context.report({ messageId, subject, data: { source, field, kind, id }, path: [subject.id, id] });
}
