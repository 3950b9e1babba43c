/**
 * The goal in force on many dates of one target, each found by binary search: the target's
 * revisions sorted by date once, and one revised target object per revision, so a path built for
 * it can be kept. The rule is the one `revisionInForce` (src/model/revisions.ts) states: the latest
 * revision dated on or before the date, of two on one date the later in the list; the target itself
 * before any. A stable sort keeps the list's order among revisions of one date, so the last of them
 * dated on or before the date is the later in the list.
 * @internal
 */
import type { Target, TargetRevision } from "../model/index.js";
import { byDate, countOnOrBefore } from "../internal/sortedByDate.js";

/** A target as it stands on a date, and the revision that made it so (`null` for the original goal). */
export interface InForce {
  readonly target: Target;
  readonly revision: TargetRevision | null;
}

/** Reads the goal in force of one target on any date, `YYYY-MM-DD`: O(R log R) once, O(log R) a date. */
export type GoalInForce = (date: string) => InForce;

/** The goal in force of `target` on any date; the target is read once, never mutated. */
export function goalInForce(target: Target): GoalInForce {
  const original: InForce = { target, revision: null };
  const given = target.revisions ?? [];
  if (given.length === 0) return () => original;
  const sorted = byDate(given);
  const revised: (InForce | undefined)[] = new Array<InForce | undefined>(sorted.length);
  return (date) => {
    // The first revision dated after the date; the one before it is in force.
    const low = countOnOrBefore(sorted, date);
    if (low === 0) return original;
    let inForce = revised[low - 1];
    if (inForce === undefined) {
      const revision = sorted[low - 1] as TargetRevision;
      inForce = { target: { ...target, goal: revision.goal }, revision };
      revised[low - 1] = inForce;
    }
    return inForce;
  };
}
