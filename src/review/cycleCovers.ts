import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Framework, FrameworkIndex, Id, ReviewCycle, ReviewSubjectKind } from "../model/index.js";
import { checkOneOf, checkOptionsObject, shown } from "../internal/options.js";
import { ReviewError, reviewError } from "./errors.js";

/**
 * What a review is of: a plan, objective, target or owner, by id.
 *
 * @category Review
 */
export interface ReviewSubject {
  readonly kind: ReviewSubjectKind;
  readonly id: Id;
}

/** The kinds a cycle with no `appliesTo.kind` covers, in this order. */
const EVERY_KIND: readonly ReviewSubjectKind[] = ["plan", "objective", "target", "owner"];

/** The key under which the index keeps each cycle's `appliesTo.ids` as a set. */
const LISTED_IDS = Symbol("review cycle listed ids");

/**
 * The ids a cycle lists, as a set built once per cycle and index (a cycle may list 100,000 ids,
 * and every subject is looked up in them); `undefined` when the cycle lists none. Keyed by the
 * cycle object, so two cycles sharing an id keep their own lists.
 * @internal
 */
export function listedIds(index: FrameworkIndex, cycle: ReviewCycle): ReadonlySet<Id> | undefined {
  const ids = cycle.appliesTo.ids;
  if (ids === undefined) return undefined;
  const sets = index.derive(LISTED_IDS, () => new WeakMap<ReviewCycle, ReadonlySet<Id>>());
  let set = sets.get(cycle);
  if (set === undefined) {
    set = new Set(ids);
    sets.set(cycle, set);
  }
  return set;
}

/**
 * Whether a cycle covers a subject: the one statement of a cycle's scope.
 * @internal
 */
export function covers(index: FrameworkIndex, cycle: ReviewCycle, kind: ReviewSubjectKind, id: Id): boolean {
  const scope = cycle.appliesTo;
  if (scope.kind !== undefined && scope.kind !== kind) return false;
  if (scope.ids !== undefined && !(listedIds(index, cycle) as ReadonlySet<Id>).has(id)) return false;
  if (scope.level !== undefined && (kind === "owner" || index.levelOf(kind, id) !== scope.level)) return false;
  return true;
}

/**
 * Whether any of a framework's review cycles covers a subject of a kind: the cycles' scopes read
 * once into sets, so asking for every subject costs the cycles plus the ids they list, not the
 * cycles times the subjects. Agrees with asking {@link covers} of every cycle.
 * @internal
 */
export function coveredByAnyCycle(index: FrameworkIndex, kind: ReviewSubjectKind): (id: Id) => boolean {
  let everySubject = false;
  const levels = new Set<string>();
  const listedAtAnyLevel = new Set<Id>();
  const listedAtLevels = new Map<Id, Set<string>>();
  for (const cycle of index.reviewCycles.values()) {
    const { kind: scopeKind, level, ids } = cycle.appliesTo;
    // A cycle with a level covers no owner.
    if ((scopeKind !== undefined && scopeKind !== kind) || (level !== undefined && kind === "owner")) continue;
    if (ids === undefined) {
      if (level === undefined) everySubject = true;
      else levels.add(level);
      continue;
    }
    for (const id of ids) {
      if (level === undefined) listedAtAnyLevel.add(id);
      else {
        let atLevels = listedAtLevels.get(id);
        if (atLevels === undefined) listedAtLevels.set(id, (atLevels = new Set()));
        atLevels.add(level);
      }
    }
  }
  return (id) => {
    if (everySubject || listedAtAnyLevel.has(id)) return true;
    if (kind === "owner") return false;
    const level = index.levelOf(kind, id);
    return level !== undefined && (levels.has(level) || listedAtLevels.get(id)?.has(level) === true);
  };
}

/**
 * The subjects a cycle covers: every entity of its kinds (or the ids it names, once each, whether
 * or not they exist), narrowed by its level. A cycle scoped to a level reads only the subjects at
 * that level (grouped once per index), not every subject of its kinds: n cycles for the community
 * plan in a framework of n service plans read n² plans before.
 * @internal
 */
export function coveredSubjects(index: FrameworkIndex, cycle: ReviewCycle): ReviewSubject[] {
  const subjects: ReviewSubject[] = [];
  const { level } = cycle.appliesTo;
  for (const kind of cycle.appliesTo.kind === undefined ? EVERY_KIND : [cycle.appliesTo.kind]) {
    const ids =
      listedIds(index, cycle) ?? (level === undefined ? subjectIds(index, kind) : idsAtLevel(index, kind, level));
    for (const id of ids) {
      if (covers(index, cycle, kind, id)) subjects.push({ kind, id });
    }
  }
  return subjects;
}

function subjectIds(index: FrameworkIndex, kind: ReviewSubjectKind): Iterable<Id> {
  return (
    kind === "plan"
      ? index.plans
      : kind === "objective"
        ? index.objectives
        : kind === "target"
          ? index.targets
          : index.owners
  ).keys();
}

const SUBJECTS_BY_LEVEL = Symbol("review subjects by kind and level");

/** The ids of `kind` whose plan is at `level`, in the order of the index (an owner has no level). */
function idsAtLevel(index: FrameworkIndex, kind: ReviewSubjectKind, level: string): readonly Id[] {
  if (kind === "owner") return NO_IDS;
  const byKind = index.derive(SUBJECTS_BY_LEVEL, () => new Map<ReviewSubjectKind, Map<string, Id[]>>());
  let byLevel = byKind.get(kind);
  if (byLevel === undefined) {
    byLevel = new Map<string, Id[]>();
    for (const id of subjectIds(index, kind)) {
      const at = index.levelOf(kind, id);
      if (at === undefined) continue;
      const list = byLevel.get(at);
      if (list === undefined) byLevel.set(at, [id]);
      else list.push(id);
    }
    byKind.set(kind, byLevel);
  }
  return byLevel.get(level) ?? NO_IDS;
}

const NO_IDS: readonly Id[] = [];

export function checkedSubject(subject: unknown): ReviewSubject {
  checkOptionsObject(subject, "subject", reviewError);
  const { kind, id } = subject as { readonly kind?: unknown; readonly id?: unknown };
  if (kind === undefined) throw reviewError("subject.kind is missing: give plan, objective, target or owner");
  checkOneOf(kind, EVERY_KIND, "subject.kind", reviewError);
  if (typeof id !== "string") throw reviewError(`subject.id must be a string; got ${typeof id}`);
  return { kind: kind as ReviewSubjectKind, id };
}

/**
 * The review cycle with an id, for a function that was given the id.
 * @internal
 */
export function cycleNamed(index: FrameworkIndex, cycleId: Id): ReviewCycle {
  const cycle = index.reviewCycles.get(cycleId);
  if (cycle === undefined)
    throw new ReviewError(`there is no review cycle ${typeof cycleId === "string" ? `"${cycleId}"` : shown(cycleId)}`);
  return cycle;
}

/**
 * Whether a review cycle covers a subject: its `appliesTo` kind (any when absent), ids (any when
 * absent) and plan level (any when absent; an objective's or a target's level is its plan's, and an
 * owner has none, so a cycle with a level covers no owner) all match.
 *
 * @category Review
 * @param source - a parsed framework or its index
 * @param cycleId - the review cycle's id
 * @param subject - the plan, objective, target or owner
 * @returns true when the cycle covers the subject
 * @throws {@link ReviewError} when the framework has no review cycle with that id, or the subject
 * is not an object with a known `kind` and a string `id`
 * @throws {@link ReviewError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import type { Framework } from "performance-management";
 * import { cycleCovers } from "performance-management/review";
 * const framework: Framework = {
 *   id: "fw", name: "Reviews", owners: [], indicators: [], targets: [],
 *   plans: [
 *     { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
 *     { id: "sp", name: "Housing service plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } },
 *   ],
 *   objectives: [{ id: "offers", plan: "sp", title: "Offers within 21 days" }],
 *   reviewCycles: [{ id: "rc-services", name: "Departmental appraisal", frequency: "half-yearly", appliesTo: { level: "service" } }],
 * };
 * cycleCovers(framework, "rc-services", { kind: "plan", id: "sp" }) //=> true
 * cycleCovers(framework, "rc-services", { kind: "objective", id: "offers" }) //=> true
 * cycleCovers(framework, "rc-services", { kind: "plan", id: "cp" }) //=> false
 */
export function cycleCovers(source: Framework | FrameworkIndex, cycleId: Id, subject: ReviewSubject): boolean {
  const { kind, id } = checkedSubject(subject);
  const index = checkedFrameworkIndex(source, reviewError);
  return covers(index, cycleNamed(index, cycleId), kind, id);
}
