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

/** A target as it stands on a date, and the revision that made it so (`null` for the original goal). */
export interface InForce {
  readonly target: Target;
  readonly revision: TargetRevision | null;
}

/** Reads the goal in force of one target on any date, `YYYY-MM-DD`: O(R log R) once, O(log R) a date. */
export type GoalInForce = (date: string) => InForce;

/** The revisions by date, as given when they already are (checked in one pass), else a stably sorted copy. */
function byDate(revisions: readonly TargetRevision[]): readonly TargetRevision[] {
  for (let i = 1; i < revisions.length; i += 1) {
    if ((revisions[i - 1] as TargetRevision).date > (revisions[i] as TargetRevision).date)
      return [...revisions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return revisions;
}

/** The goal in force of `target` on any date; the target is read once, never mutated. */
export function goalInForce(target: Target): GoalInForce {
  const original: InForce = { target, revision: null };
  const given = target.revisions ?? [];
  if (given.length === 0) return () => original;
  const sorted = byDate(given);
  const revised: (InForce | undefined)[] = new Array<InForce | undefined>(sorted.length);
  return (date) => {
    // The first revision dated after the date; the one before it is in force.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] as TargetRevision).date <= date) low = middle + 1;
      else high = middle;
    }
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
