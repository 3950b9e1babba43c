/**
 * Helpers the built-in rules share.
 * @internal
 */
import type {
  FrameworkIndex,
  Id,
  Measurement,
  PlanLevel,
  Review,
  ReviewCycle,
  ReviewSubjectKind,
} from "../../model/index.js";

/** How a measurement, which has no id, is named in findings. */
export function measurementName(measurement: Measurement): string {
  return `${measurement.indicator}@${measurement.date}`;
}

/** How a review, which has no id, is named in findings. */
export function reviewName(review: Review): string {
  return `${review.cycle}:${review.subject}@${review.date}`;
}

/** The level of a review subject, where it has one: a plan's, an objective's plan's, a target's objective's plan's. */
export function subjectLevel(index: FrameworkIndex, kind: ReviewSubjectKind, id: Id): PlanLevel | undefined {
  switch (kind) {
    case "plan":
      return index.plans.get(id)?.level;
    case "objective": {
      const objective = index.objectives.get(id);
      return objective === undefined ? undefined : index.plans.get(objective.plan)?.level;
    }
    case "target": {
      const target = index.targets.get(id);
      const objective = target === undefined ? undefined : index.objectives.get(target.objective);
      return objective === undefined ? undefined : index.plans.get(objective.plan)?.level;
    }
    default:
      return undefined;
  }
}

/**
 * Whether a review cycle covers a subject: its `appliesTo` kind (any when absent), level (any when
 * absent; a level never matches an owner) and ids (any when absent) all match.
 */
export function cycleCovers(index: FrameworkIndex, cycle: ReviewCycle, kind: ReviewSubjectKind, id: Id): boolean {
  const scope = cycle.appliesTo;
  if (scope.kind !== undefined && scope.kind !== kind) return false;
  if (scope.ids !== undefined && !scope.ids.includes(id)) return false;
  if (scope.level !== undefined && subjectLevel(index, kind, id) !== scope.level) return false;
  return true;
}

/** Capitalised entity names for the start of a message. */
export const KIND_TITLE = {
  owner: "Owner",
  plan: "Plan",
  objective: "Objective",
  indicator: "Indicator",
  target: "Target",
  measurement: "Measurement",
  reviewCycle: "Review cycle",
  review: "Review",
} as const;

/** Entity names in the middle of a message. */
export const KIND_WORD = {
  owner: "owner",
  plan: "plan",
  objective: "objective",
  indicator: "indicator",
  target: "target",
  reviewCycle: "review cycle",
} as const;

/** The latest of some dates, or undefined for none. */
export function latest(dates: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const date of dates) if (found === undefined || date > found) found = date;
  return found;
}
