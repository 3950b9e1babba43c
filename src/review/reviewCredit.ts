/**
 * Which subject a recorded review answers: the one place a review is credited. Ids are unique within
 * a kind only, so a plan and an objective may both be called `housing`; a review of `housing` is
 * credited to the kind it names (`subjectKind`), else to its cycle's `appliesTo.kind`, else to the
 * one kind of existing subject the cycle covers with that id. When the id names more than one such
 * kind, the review is credited to none (the overdue objective stays overdue) and the cascade
 * checker's `dangling-reference` reports the ambiguity. A review whose id names no subject the cycle
 * covers is kept under every kind, as before (a cycle may list ids of subjects not yet added;
 * `dangling-reference` reports those that name nothing).
 * @internal
 */
import type { FrameworkIndex, Id, Review, ReviewCycle, ReviewSubjectKind } from "../model/index.js";
import { covers } from "./cycleCovers.js";
import { hasEntity } from "../model/indexFramework.js";

const EVERY_KIND: readonly ReviewSubjectKind[] = ["plan", "objective", "target", "owner"];
const NONE: readonly ReviewSubjectKind[] = [];

/** The kinds a review is credited to, and (when it is credited to none for that reason) the kinds its id names. @internal */
export interface ReviewCredit {
  readonly kinds: readonly ReviewSubjectKind[];
  /** The kinds of subject the cycle covers that the review's id names, when more than one and the review does not say which. */
  readonly ambiguous: readonly ReviewSubjectKind[];
}

/**
 * The kinds a review is credited to by `cycle` (its cycle, `undefined` when the framework has none
 * with its id). Four look-ups at most: linear in the reviews.
 * @internal
 */
export function reviewCredit(index: FrameworkIndex, cycle: ReviewCycle | undefined, review: Review): ReviewCredit {
  const stated = review.subjectKind ?? cycle?.appliesTo.kind;
  if (stated !== undefined) return { kinds: [stated], ambiguous: NONE };
  const named = EVERY_KIND.filter(
    (kind) =>
      hasEntity(index, kind, review.subject) && (cycle === undefined || covers(index, cycle, kind, review.subject)),
  );
  if (named.length === 1) return { kinds: named, ambiguous: NONE };
  if (named.length > 1) return { kinds: NONE, ambiguous: named };
  return { kinds: EVERY_KIND, ambiguous: NONE };
}

/** The key under which the index keeps each cycle's reviews by kind and subject. */
const REVIEWS_BY_CYCLE = Symbol("reviews by cycle, kind and subject");

type ByKind = Map<ReviewSubjectKind, Map<Id, Review[]>>;

/**
 * A subject's recorded reviews by a cycle, sorted by date: the reviews credited to it (see
 * {@link reviewCredit}). Built once per index from `reviewsBySubject` (already sorted), so a
 * subject's reviews are not filtered by cycle for every cycle that covers it.
 * @internal
 */
export function recordedReviews(
  index: FrameworkIndex,
  cycleId: Id,
  kind: ReviewSubjectKind,
  id: Id,
): readonly Review[] {
  const byCycle = index.derive(REVIEWS_BY_CYCLE, (indexed) => {
    const map = new Map<Id, ByKind>();
    for (const [subject, reviews] of indexed.reviewsBySubject) {
      for (const review of reviews) {
        const { kinds } = reviewCredit(indexed, indexed.reviewCycles.get(review.cycle), review);
        if (kinds.length === 0) continue;
        let byKind = map.get(review.cycle);
        if (byKind === undefined) map.set(review.cycle, (byKind = new Map<ReviewSubjectKind, Map<Id, Review[]>>()));
        for (const credited of kinds) {
          let bySubject = byKind.get(credited);
          if (bySubject === undefined) byKind.set(credited, (bySubject = new Map<Id, Review[]>()));
          const list = bySubject.get(subject);
          if (list === undefined) bySubject.set(subject, [review]);
          else list.push(review);
        }
      }
    }
    return map;
  });
  return byCycle.get(cycleId)?.get(kind)?.get(id) ?? NO_REVIEWS;
}

const NO_REVIEWS: readonly Review[] = [];
