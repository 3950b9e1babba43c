/**
 * Which goal of a target is in force on a date: the one home of that rule, read by the trajectory
 * engine (and by any cascade rule that should judge the goal in force).
 * @internal
 */
import type { Target, TargetRevision } from "./target.js";

/**
 * The target as it stands on `date`: its goal replaced by the latest revision dated on or before
 * `date` (of two on one date, which parsing refuses, the later in the list), and that revision;
 * the target itself and `null` before any revision. `date` is `YYYY-MM-DD`, so strings compare as dates.
 * @internal
 */
export function revisionInForce(target: Target, date: string): { target: Target; revision: TargetRevision | null } {
  let inForce: TargetRevision | null = null;
  for (const revision of target.revisions ?? [])
    if (revision.date <= date && (inForce === null || revision.date >= inForce.date)) inForce = revision;
  return inForce === null
    ? { target, revision: null }
    : { target: { ...target, goal: inForce.goal }, revision: inForce };
}
