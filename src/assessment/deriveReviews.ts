/**
 * The derivers that read the review schedules: reports reaching members, and monitoring at every
 * level with timely data.
 * @internal
 */
import { isElected, partOfIds } from "../cascade/rules/owners.js";
import { monthsOf } from "../model/cadence.js";
import { figureDue, isOverdue } from "../model/figures.js";
import type { Evaluation } from "../trajectory/index.js";
import { type ReviewSubject, cycleCovers, reviewsDue } from "../review/index.js";
import { type Derivation, type Ground, counted, fact, flagged, none, share, shareRating } from "./deriveGround.js";

/** Reports reaching members: the most frequent review cycle members conduct, and whether its next report is overdue. */
export function memberReporting(ground: Ground): Derivation {
  const { index } = ground;
  // No plans or no review cycles in the export: nothing to judge by. Cycles none of which reports to
  // members: evidence of absence, a 0.
  if (index.plans.size === 0 || index.reviewCycles.size === 0)
    return none("member-reporting", "The framework records no review cycles.");
  if ((ground.findings.get("no-member-reporting") ?? []).length > 0)
    return { rating: 0, facts: [fact("member-reporting", 0, "No review cycle reports to elected members.")] };
  const withMembers = partOfIds(index, (owner) => owner.kind === "member");
  const cycles = [...index.reviewCycles.values()]
    .filter((cycle) => {
      const reviewer = index.owners.get(cycle.reviewer ?? "");
      return reviewer !== undefined && isElected(reviewer, withMembers);
    })
    .sort((a, b) => monthsOf(a.frequency) - monthsOf(b.frequency) || (a.id < b.id ? -1 : 1));
  const best = cycles[0];
  if (best === undefined)
    return { rating: 0, facts: [fact("member-reporting", 0, "No review cycle reports to elected members.")] };
  const months = monthsOf(best.frequency);
  const subject = firstCovered(ground, best.id);
  const due = subject === undefined ? undefined : reviewsDue(index, best.id, subject, { asOf: ground.asOf });
  const rating = (months <= 3 ? 3 : 2) - (due?.overdue === true ? 1 : 0);
  return {
    rating,
    facts: [
      fact(
        "member-review-cycles",
        cycles.length,
        `${counted(cycles.length, "review cycle")} reporting to members; the most frequent, "${best.id}", every ${String(months)} months.`,
        cycles.map((c) => c.id),
      ),
      ...(due === undefined
        ? []
        : [
            fact(
              "member-report-due",
              due.nextDue ?? "none",
              `Its next report on ${subject?.kind ?? ""} "${subject?.id ?? ""}" is due ${due.nextDue ?? "no more"}${due.overdue ? ", and is overdue" : ""}.`,
            ),
          ]),
    ],
  };
}

/** The first plan, else target, a cycle covers (by `cycleCovers`): the subject whose schedule stands for the cycle's. */
function firstCovered(ground: Ground, cycle: string): ReviewSubject | undefined {
  for (const plan of ground.index.plans.values())
    if (cycleCovers(ground.index, cycle, { kind: "plan", id: plan.id })) return { kind: "plan", id: plan.id };
  for (const target of ground.index.targets.values())
    if (cycleCovers(ground.index, cycle, { kind: "target", id: target.id })) return { kind: "target", id: target.id };
  return undefined;
}

/**
 * Whether a target that has ended, its outturn still awaited, missed a figure due within its time:
 * the period after its latest figure (or its baseline) ended before the goal date and its figure
 * was due by `asOf`. Its evaluation no longer chases that figure (only the outturn is wanted after
 * the end, so it is not `stale` within the outturn's lag), but its data were not current. O(1).
 */
function missedBeforeEnd(ground: Ground, row: Pick<Evaluation, "target" | "asOf" | "actualDate" | "outturn">): boolean {
  if (row.outturn?.status !== "awaiting") return false;
  const target = ground.index.targets.get(row.target);
  const indicator = target === undefined ? undefined : ground.index.indicators.get(target.indicator);
  if (target === undefined || indicator === undefined) return false;
  const next = figureDue(row.actualDate ?? target.baseline.date, indicator, ground.index.framework);
  return next !== undefined && next.periodEnd < row.outturn.date && isOverdue(next.due, row.asOf);
}

/**
 * Monitoring at every level on a consistent basis, and timely identification: the lower of the review
 * coverage's rating and the current data's. Plans and targets are counted apart, so a plan and a
 * target that share an id are two subjects. A target under way has current data unless its next
 * figure is overdue (the evaluation's `stale`, or, for an ended target awaiting its outturn, a
 * figure due within its time) or it has none to judge (`no-data`); one awaiting its
 * first figure (`awaiting-data`) is not late, so it counts as current. Targets not yet started are
 * left out.
 */
export function monitoring(ground: Ground): Derivation {
  const { index, evaluation } = ground;
  const subjects = index.plans.size + index.targets.size;
  if (subjects === 0) return none("plans-and-targets", "No plans or targets.");
  const lapsedOf = (kind: string): string[] =>
    [...new Set([...flagged(ground, "unreviewed", kind), ...flagged(ground, "review-overdue", kind)])].sort();
  const lapsedPlans = lapsedOf("plan");
  const lapsedTargets = lapsedOf("target");
  const monitored = subjects - lapsedPlans.length - lapsedTargets.length;
  const lapsed = [...lapsedPlans.map((id) => `plan ${id}`), ...lapsedTargets.map((id) => `target ${id}`)];
  const coverage: Derivation = {
    rating: shareRating(monitored, subjects),
    facts: [
      fact(
        "monitored",
        `${String(monitored)}/${String(subjects)}`,
        `${String(monitored)} of ${String(subjects)} plans and targets ${monitored === 1 ? "is" : "are"} covered by a review cycle and not overdue.`,
      ),
      // The ids, plans first then targets, each kind sorted: one id may appear twice, once for each kind.
      ...(lapsed.length === 0
        ? []
        : [fact("monitored-not", lapsed.length, `Not: ${lapsed.join(", ")}.`, [...lapsedPlans, ...lapsedTargets])]),
    ],
  };
  const started = evaluation.targets.filter((row) => row.status !== "not-started");
  const missing = started
    .filter((row) => row.stale || row.status === "no-data" || missedBeforeEnd(ground, row))
    .map((row) => row.target);
  const current =
    started.length === 0
      ? undefined
      : share("targets-with-current-data", started.length, missing, "targets under way", [
          "has every figure due so far in (none missing or overdue)",
          "have every figure due so far in (none missing or overdue)",
        ]);
  // No review cycle in the export: the coverage is not evidenced, and the current data alone speak.
  if (index.reviewCycles.size === 0)
    return current === undefined
      ? none("review-cycles", "The framework records no review cycles.")
      : {
          rating: current.rating,
          facts: [fact("review-cycles", 0, "The framework records no review cycles."), ...current.facts],
        };
  return {
    rating: current === undefined ? coverage.rating : Math.min(coverage.rating as number, current.rating as number),
    facts: [...coverage.facts, ...(current?.facts ?? [])],
  };
}
