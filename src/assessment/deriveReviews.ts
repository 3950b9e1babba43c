/**
 * The derivers that read the review schedules: reports reaching members, and monitoring at every
 * level with timely data.
 * @internal
 */
import { isElected, partOfIds } from "../cascade/rules/owners.js";
import { monthsOf } from "../model/index.js";
import { type ReviewSubject, cycleCovers, reviewsDue } from "../review/index.js";
import { type Derivation, type Ground, counted, fact, flagged, none, share } from "./deriveGround.js";

/** Reports reaching members: the most frequent review cycle members conduct, and whether its next report is overdue. */
export function memberReporting(ground: Ground): Derivation {
  const { index } = ground;
  if ((ground.findings.get("no-member-reporting") ?? []).length > 0 || index.plans.size === 0)
    return none("member-reporting", "No review cycle reports to elected members.");
  const withMembers = partOfIds(index, (owner) => owner.kind === "member");
  const cycles = [...index.reviewCycles.values()]
    .filter((cycle) => {
      const reviewer = index.owners.get(cycle.reviewer ?? "");
      return reviewer !== undefined && isElected(reviewer, withMembers);
    })
    .sort((a, b) => monthsOf(a.frequency) - monthsOf(b.frequency) || (a.id < b.id ? -1 : 1));
  const best = cycles[0];
  if (best === undefined) return none("member-reporting", "No review cycle reports to elected members.");
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

/** Monitoring at every level on a consistent basis, and timely identification: the lower of the review coverage's rating and the current data's. */
export function monitoring(ground: Ground): Derivation {
  const { index, evaluation } = ground;
  const subjects = index.plans.size + index.targets.size;
  if (subjects === 0) return none("plans-and-targets", "No plans or targets.");
  const lapsed = [
    ...flagged(ground, "unreviewed", "plan"),
    ...flagged(ground, "unreviewed", "target"),
    ...flagged(ground, "review-overdue", "plan"),
    ...flagged(ground, "review-overdue", "target"),
  ];
  const coverage = share(
    "monitored",
    subjects,
    [...new Set(lapsed)].sort(),
    "plans and targets",
    "are covered by a review cycle and not overdue",
  );
  const started = evaluation.targets.filter((row) => row.status !== "not-started");
  const missing = started.filter((row) => row.status === "no-data").map((row) => row.target);
  const current =
    started.length === 0
      ? undefined
      : share("targets-with-current-data", started.length, missing, "targets under way", "have their latest figure in");
  return {
    rating: current === undefined ? coverage.rating : Math.min(coverage.rating, current.rating),
    facts: [...coverage.facts, ...(current?.facts ?? [])],
  };
}
