/**
 * What the built-in rules read from the owners' `partOf` structure.
 * @internal
 */
import type { FrameworkIndex, Id, Owner } from "../../model/index.js";

/** The ids named as `partOf` by the owners that `which` accepts (all owners when omitted). @internal */
export function partOfIds(index: FrameworkIndex, which: (owner: Owner) => boolean = () => true): Set<Id> {
  const ids = new Set<Id>();
  for (const owner of index.owners.values()) if (owner.partOf !== undefined && which(owner)) ids.add(owner.partOf);
  return ids;
}

/**
 * Whether an owner is elected members (seed 6.1, factor 7): an elected member (kind `member`), a
 * body marked `elected`, or a team or partnership an elected member is `partOf` (Stockton's cabinet).
 * `withMembers` is {@link partOfIds} of the member-kind owners.
 * @internal
 */
export function isElected(owner: Owner, withMembers: ReadonlySet<Id>): boolean {
  return (
    owner.kind === "member" ||
    owner.elected === true ||
    ((owner.kind === "team" || owner.kind === "partnership") && withMembers.has(owner.id))
  );
}
