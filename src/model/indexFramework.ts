import { EntityMap, IdTable } from "./entityMap.js";
import type { Framework } from "./framework.js";
import { type ObjectiveGraph, buildObjectiveGraph } from "./objectiveGraph.js";
import { DEFAULT_FINANCIAL_YEAR_START } from "./defaults.js";
import type { Indicator } from "./indicator.js";
import type { Measurement } from "./measurement.js";
import type { Contribution, Objective } from "./objective.js";
import type { Owner } from "./owner.js";
import type { Plan, PlanLevel } from "./plan.js";
import type { Id, MonthDay } from "./primitives.js";
import type { Review, ReviewCycle } from "./review.js";
import type { Target } from "./target.js";
import { FrameworkValidationError, type PathSegment } from "./issues.js";
import { describeValue } from "./issueMessages.js";

/**
 * The kinds of entity that carry ids of their own.
 *
 * @category Index
 */
export type EntityKind = "owner" | "plan" | "objective" | "indicator" | "target" | "reviewCycle";

/**
 * The kinds of entity with a place in the plan cascade: each sits in a plan (a plan in itself, an
 * objective in its plan, a target in its objective's plan), so each has a level, and each has an
 * owner of its own or one inherited from the entity it sits in.
 *
 * @category Index
 */
export type CascadeKind = "plan" | "objective" | "target";

/**
 * Who owns an entity of the cascade, and which entity supplied the owner: a target's own owner,
 * else its objective's, else its objective's plan's; an objective's own, else its plan's; a plan's own.
 * See {@link FrameworkIndex.ownerOf}.
 *
 * @category Index
 * @example
 * import { indexFramework, type ResolvedOwner } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Owned", indicators: [], targets: [],
 *   owners: [{ id: "director", name: "Director of Housing", kind: "individual" }],
 *   plans: [{ id: "sp", name: "Housing service plan", level: "service", owner: "director", period: { start: "2001-04-01", end: "2002-03-31" } }],
 *   objectives: [{ id: "offers", plan: "sp", title: "Offers within 21 days" }],
 * });
 * const owner: ResolvedOwner | undefined = index.ownerOf("objective", "offers");
 * owner //=> { owner: "director", from: "plan" }
 */
export interface ResolvedOwner {
  /** The owner's id, as written (it may name no owner: the cascade checker's `dangling-reference` reports that). */
  readonly owner: Id;
  /** The entity whose `owner` field supplied it: the entity asked about, or the one it inherits from. */
  readonly from: CascadeKind;
}

/**
 * An id used by more than one entity of a kind. The index keeps the first; the cascade checker reports the rest.
 *
 * @category Index
 * @example
 * import { indexFramework, type DuplicateId } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Twice", plans: [], objectives: [], indicators: [], targets: [],
 *   owners: [{ id: "o", name: "First", kind: "team" }, { id: "o", name: "Second", kind: "team" }],
 * });
 * const duplicate: DuplicateId | undefined = index.duplicates[0];
 * duplicate //=> { kind: "owner", id: "o", positions: [0, 1] }
 * index.owners.get("o")?.name //=> "First"
 */
export interface DuplicateId {
  readonly kind: EntityKind;
  readonly id: Id;
  /** The array positions of every entity with this id, in order; the first is the one indexed. */
  readonly positions: readonly number[];
}

/**
 * One `contributesTo` link, seen from either end.
 *
 * @category Index
 * @example
 * import { indexFramework, type ContributionEdge } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Link", owners: [], indicators: [], targets: [],
 *   plans: [
 *     { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
 *     { id: "sp", name: "Service plan", level: "service", parent: "cp", period: { start: "2001-04-01", end: "2002-03-31" } },
 *   ],
 *   objectives: [
 *     { id: "top", plan: "cp", title: "Zero homelessness" },
 *     { id: "offers", plan: "sp", title: "Offers within 21 days", contributesTo: [{ objective: "top" }] },
 *   ],
 * });
 * const edges: readonly ContributionEdge[] = index.contributors.get("top") ?? [];
 * edges.map((edge) => edge.from) //=> ["offers"]
 */
export interface ContributionEdge {
  /** The contributing (lower) objective. */
  readonly from: Id;
  /** The objective contributed to. */
  readonly to: Id;
  /** The link as written in the framework. */
  readonly contribution: Contribution;
  /** Its position in the contributing objective's `contributesTo`. */
  readonly position: number;
}

/**
 * Everything the engines look up, built once by {@link indexFramework}: entities by id in Maps (so any
 * string is a safe id), the cascade's edges in both directions, and per-entity groupings. References
 * that name nothing are still grouped under the id they name, so the cascade checker can report them.
 *
 * @category Index
 * @example
 * import { indexFramework, type FrameworkIndex } from "performance-management";
 * const index: FrameworkIndex = indexFramework({
 *   id: "fw", name: "Dangling", owners: [], plans: [], objectives: [], indicators: [],
 *   targets: [{ id: "t", objective: "missing", indicator: "pi", baseline: { date: "2001-03-31", value: 1 }, goal: { date: "2002-03-31", value: 2 } }],
 * });
 * index.targetsByObjective.get("missing")?.map((target) => target.id) //=> ["t"]
 * index.objectives.has("missing") //=> false
 * const KEY = Symbol("target count");
 * index.derive(KEY, (i) => i.targets.size) //=> 1
 */
export interface FrameworkIndex {
  /** Marks the value as an index, so engines can accept a framework or an index. */
  readonly kind: "FrameworkIndex";
  /** The framework indexed. */
  readonly framework: Framework;
  /** The financial year start, `"04-01"` when the framework gives none. */
  readonly financialYearStart: MonthDay;
  readonly owners: EntityMap<Owner>;
  readonly plans: EntityMap<Plan>;
  readonly objectives: EntityMap<Objective>;
  readonly indicators: EntityMap<Indicator>;
  readonly targets: EntityMap<Target>;
  readonly reviewCycles: EntityMap<ReviewCycle>;
  /** Ids shared by two or more entities of one kind, in order of first appearance. */
  readonly duplicates: readonly DuplicateId[];
  /** Objectives by the plan id they name. */
  readonly objectivesByPlan: ReadonlyMap<Id, readonly Objective[]>;
  /** Plans by the parent plan id they name. */
  readonly plansByParent: ReadonlyMap<Id, readonly Plan[]>;
  /** Targets by the objective id they name. */
  readonly targetsByObjective: ReadonlyMap<Id, readonly Target[]>;
  /** Targets by the indicator id they name. */
  readonly targetsByIndicator: ReadonlyMap<Id, readonly Target[]>;
  /**
   * Downward links: for each objective id, the links made to it by contributing objectives. (Upward
   * links are each objective's own `contributesTo`.)
   */
  readonly contributors: ReadonlyMap<Id, readonly ContributionEdge[]>;
  /** Measurements by indicator id, oldest first (measurements of one date keep their document order). */
  readonly measurementsByIndicator: ReadonlyMap<Id, readonly Measurement[]>;
  /** Reviews by subject id, oldest first. */
  readonly reviewsBySubject: ReadonlyMap<Id, readonly Review[]>;
  /** The objectives as integer adjacency with their levels, for graph algorithms at scale. */
  readonly objectiveGraph: ObjectiveGraph;
  /**
   * The plan an entity of the cascade sits in: a plan itself, an objective's plan, a target's
   * objective's plan; `undefined` when the entity, or one it names on the way, does not exist.
   */
  planOf(kind: CascadeKind, id: Id): Plan | undefined;
  /**
   * The level of an entity of the cascade: its plan's level (see {@link FrameworkIndex.planOf}); the
   * one place an objective's or a target's level is looked up.
   */
  levelOf(kind: CascadeKind, id: Id): PlanLevel | undefined;
  /**
   * Who owns an entity of the cascade, and which entity supplied the owner: a target's own owner,
   * else its objective's, else its objective's plan's; an objective's own, else its plan's; a
   * plan's own (plans do not inherit from their parent plans: the seed holds each plan's owner to
   * account for it). `undefined` when no entity on the way has an owner, or the entity does not
   * exist. Answers come from a table per kind, built on first use and kept with the index.
   */
  ownerOf(kind: CascadeKind, id: Id): ResolvedOwner | undefined;
  /**
   * Data an engine derives from the framework once and keeps with the index: `build` runs the first
   * time a `key` is asked for, and its result is returned from then on. Engines use a key of their
   * own (an object or symbol), so derived data never collides.
   */
  derive<T>(key: object | symbol, build: (index: FrameworkIndex) => T): T;
}

function push<V>(map: Map<Id, V[]>, key: Id, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Entities by id, keeping the first of any duplicates; duplicates are listed with all their positions. */
function byId<E extends { readonly id: Id }>(
  kind: EntityKind,
  entities: readonly E[],
  duplicates: DuplicateId[],
): EntityMap<E> {
  const distinct: E[] = [];
  let repeated: Set<Id> | undefined;
  let table: IdTable | Map<Id, number> | undefined;
  if (entities.every((entity) => typeof entity.id === "string")) {
    // String ids (every parsed framework's) go in a table of typed arrays sized once.
    const ids = new IdTable(entities.length);
    for (const entity of entities) {
      if (ids.add(entity.id)) distinct.push(entity);
      else (repeated ??= new Set()).add(entity.id);
    }
    table = ids;
  } else {
    const positions = new Map<Id, number>();
    for (const entity of entities) {
      if (positions.has(entity.id)) (repeated ??= new Set()).add(entity.id);
      else {
        positions.set(entity.id, distinct.length);
        distinct.push(entity);
      }
    }
    table = positions;
  }
  if (repeated !== undefined) {
    const found = new Map<Id, number[]>();
    entities.forEach((entity, position) => {
      if (repeated.has(entity.id)) push(found, entity.id, position);
    });
    for (const [id, list] of found) duplicates.push({ kind, id, positions: list });
  }
  return new EntityMap(table, distinct);
}

/** Groups entities by the id each names. */
function groupBy<E>(entities: Iterable<E>, keyOf: (entity: E) => Id | undefined): Map<Id, E[]> {
  const map = new Map<Id, E[]>();
  for (const entity of entities) {
    const key = keyOf(entity);
    if (key !== undefined) push(map, key, entity);
  }
  return map;
}

/** The keys under which the index keeps each kind's table of owners. */
const OWNER_TABLES: Readonly<Record<CascadeKind, symbol>> = {
  plan: Symbol("owners of plans"),
  objective: Symbol("owners of objectives"),
  target: Symbol("owners of targets"),
};

/**
 * Owner inheritance, the one place it is written: an entity's own owner, else (a target) its
 * objective's, else (a target or an objective) the plan's.
 */
function resolveOwner(
  index: FrameworkIndex,
  kind: CascadeKind,
  entity: Plan | Objective | Target,
): ResolvedOwner | undefined {
  if (entity.owner !== undefined) return { owner: entity.owner, from: kind };
  if (kind === "plan") return undefined;
  if (kind === "target") {
    const objective = index.objectives.get((entity as Target).objective);
    return objective === undefined ? undefined : resolveOwner(index, "objective", objective);
  }
  const plan = index.plans.get((entity as Objective).plan);
  return plan === undefined ? undefined : resolveOwner(index, "plan", plan);
}

function byDate<E extends { readonly date: string }>(map: Map<Id, E[]>): Map<Id, E[]> {
  for (const list of map.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return map;
}

class Index implements FrameworkIndex {
  readonly kind = "FrameworkIndex";
  readonly framework: Framework;
  readonly financialYearStart: MonthDay;
  readonly owners: EntityMap<Owner>;
  readonly plans: EntityMap<Plan>;
  readonly objectives: EntityMap<Objective>;
  readonly indicators: EntityMap<Indicator>;
  readonly targets: EntityMap<Target>;
  readonly reviewCycles: EntityMap<ReviewCycle>;
  readonly duplicates: readonly DuplicateId[];
  #objectivesByPlan: Map<Id, Objective[]> | undefined;
  #plansByParent: Map<Id, Plan[]> | undefined;
  #targetsByObjective: Map<Id, Target[]> | undefined;
  #targetsByIndicator: Map<Id, Target[]> | undefined;
  #contributors: Map<Id, ContributionEdge[]> | undefined;
  #measurementsByIndicator: Map<Id, Measurement[]> | undefined;
  #reviewsBySubject: Map<Id, Review[]> | undefined;
  #objectiveGraph: ObjectiveGraph | undefined;
  readonly #derived = new Map<object | symbol, unknown>();

  constructor(framework: Framework) {
    const duplicates: DuplicateId[] = [];
    this.framework = framework;
    this.financialYearStart = framework.financialYearStart ?? DEFAULT_FINANCIAL_YEAR_START;
    this.owners = byId("owner", framework.owners, duplicates);
    this.plans = byId("plan", framework.plans, duplicates);
    this.objectives = byId("objective", framework.objectives, duplicates);
    this.indicators = byId("indicator", framework.indicators, duplicates);
    this.targets = byId("target", framework.targets, duplicates);
    this.reviewCycles = byId("reviewCycle", framework.reviewCycles ?? [], duplicates);
    this.duplicates = duplicates;
  }

  get objectivesByPlan(): ReadonlyMap<Id, readonly Objective[]> {
    this.#objectivesByPlan ??= groupBy(this.framework.objectives, (objective) => objective.plan);
    return this.#objectivesByPlan;
  }

  get plansByParent(): ReadonlyMap<Id, readonly Plan[]> {
    this.#plansByParent ??= groupBy(this.framework.plans, (plan) => plan.parent);
    return this.#plansByParent;
  }

  get targetsByObjective(): ReadonlyMap<Id, readonly Target[]> {
    this.#targetsByObjective ??= groupBy(this.framework.targets, (target) => target.objective);
    return this.#targetsByObjective;
  }

  get targetsByIndicator(): ReadonlyMap<Id, readonly Target[]> {
    this.#targetsByIndicator ??= groupBy(this.framework.targets, (target) => target.indicator);
    return this.#targetsByIndicator;
  }

  get contributors(): ReadonlyMap<Id, readonly ContributionEdge[]> {
    if (this.#contributors === undefined) {
      const map = new Map<Id, ContributionEdge[]>();
      for (const objective of this.objectives.values()) {
        const links = objective.contributesTo;
        if (links === undefined) continue;
        for (let position = 0; position < links.length; position += 1) {
          const contribution = links[position] as Contribution;
          push(map, contribution.objective, { from: objective.id, to: contribution.objective, contribution, position });
        }
      }
      this.#contributors = map;
    }
    return this.#contributors;
  }

  get measurementsByIndicator(): ReadonlyMap<Id, readonly Measurement[]> {
    this.#measurementsByIndicator ??= byDate(
      groupBy(this.framework.measurements ?? [], (measurement) => measurement.indicator),
    );
    return this.#measurementsByIndicator;
  }

  get reviewsBySubject(): ReadonlyMap<Id, readonly Review[]> {
    this.#reviewsBySubject ??= byDate(groupBy(this.framework.reviews ?? [], (review) => review.subject));
    return this.#reviewsBySubject;
  }

  get objectiveGraph(): ObjectiveGraph {
    this.#objectiveGraph ??= buildObjectiveGraph(this.objectives, this.plans);
    return this.#objectiveGraph;
  }

  planOf(kind: CascadeKind, id: Id): Plan | undefined {
    if (kind === "plan") return this.plans.get(id);
    let objective: Objective | undefined;
    if (kind === "objective") objective = this.objectives.get(id);
    else {
      const target = this.targets.get(id);
      if (target !== undefined) objective = this.objectives.get(target.objective);
    }
    return objective === undefined ? undefined : this.plans.get(objective.plan);
  }

  levelOf(kind: CascadeKind, id: Id): PlanLevel | undefined {
    return this.planOf(kind, id)?.level;
  }

  ownerOf(kind: CascadeKind, id: Id): ResolvedOwner | undefined {
    const entities: EntityMap<Plan | Objective | Target> =
      kind === "plan" ? this.plans : kind === "objective" ? this.objectives : this.targets;
    const position = entities.positionOf(id);
    if (position === undefined) return undefined;
    const table = this.derive(OWNER_TABLES[kind], () => {
      const owners: (ResolvedOwner | undefined)[] = [];
      for (const entity of entities.values()) owners.push(resolveOwner(this, kind, entity));
      return owners;
    });
    return table[position];
  }

  derive<T>(key: object | symbol, build: (index: FrameworkIndex) => T): T {
    // One look-up once built (every engine asks on every call, a full evaluation several times per
    // target); `has` only for a value built as `undefined`.
    const found = this.#derived.get(key);
    if (found !== undefined || this.#derived.has(key)) return found as T;
    const built = build(this);
    this.#derived.set(key, built);
    return built;
  }
}

/**
 * Builds the {@link FrameworkIndex} every engine shares. The entity maps are built at once, in one
 * pass over each array; the groupings (by plan, by objective, by date…) and the objective graph
 * are built the first time they are read, so an engine pays only for what it uses, and engines
 * (or repeated checks) sharing one index pay once. The framework is not copied or modified;
 * the index refers to its entities.
 *
 * @category Index
 * @param framework - a parsed framework
 * @returns the index
 * @throws {@link FrameworkValidationError} when `framework` is not one: not an object, or an entity
 * list that is not a list of objects (a shape check only; {@link parseFramework} validates)
 * @example
 * import { indexFramework, objectiveLevel, parseFramework } from "performance-management";
 * const framework = parseFramework({
 *   id: "fw", name: "Tiny", owners: [], indicators: [], targets: [],
 *   plans: [{ id: "p", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "__proto__", plan: "p", title: "An id like any other" }],
 * });
 * const index = indexFramework(framework);
 * index.objectives.get("__proto__")?.title //=> "An id like any other"
 * objectiveLevel(index, "__proto__") //=> "community"
 * index.financialYearStart //=> "04-01"
 */
export function indexFramework(framework: Framework): FrameworkIndex {
  const problem = shapeProblem(framework, false);
  if (problem !== undefined) throw invalidShape(problem, "framework");
  return new Index(framework);
}

/**
 * Whether a value is a {@link FrameworkIndex} (as opposed to a framework).
 *
 * @category Index
 * @param value - a framework or an index
 * @returns true for an index
 * @example
 * import { indexFramework, isFrameworkIndex } from "performance-management";
 * const framework = { id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] };
 * isFrameworkIndex(framework) //=> false
 * isFrameworkIndex(indexFramework(framework)) //=> true
 */
export function isFrameworkIndex(value: Framework | FrameworkIndex): value is FrameworkIndex {
  const given: unknown = value;
  try {
    return (
      isObject(given) &&
      (given as Partial<FrameworkIndex>).kind === "FrameworkIndex" &&
      typeof (given as Partial<FrameworkIndex>).derive === "function"
    );
  } catch {
    return false; // a revoked proxy, a throwing getter: not an index
  }
}

/**
 * The index of a framework, or the index itself: what every engine calls on its first argument.
 *
 * @category Index
 * Anything else (`undefined`, `null`, a number, `{}`, an object whose entity lists are not lists) is
 * refused with a {@link FrameworkValidationError} naming what is wrong; the engines make the same
 * check and throw their own error, naming their argument. The check is of shape only (the lists
 * are lists of objects): it does not validate the framework again, which is `parseFramework`'s work.
 *
 * @category Index
 * @param source - a framework or an index
 * @returns an index
 * @throws {@link FrameworkValidationError} when `source` is neither a framework nor an index
 * @example
 * import { FrameworkValidationError, toFrameworkIndex } from "performance-management";
 * const index = toFrameworkIndex({ id: "fw", name: "Empty", owners: [], plans: [], objectives: [], indicators: [], targets: [] });
 * toFrameworkIndex(index) === index //=> true
 * let caught;
 * try { toFrameworkIndex({ id: "fw", name: "Unparsed", owners: "none" }); } catch (error) { caught = error; }
 * caught instanceof FrameworkValidationError //=> true
 * caught.issues[0].message //=> 'source.owners: must be a list, but is the text "none".'
 */
export function toFrameworkIndex(source: Framework | FrameworkIndex): FrameworkIndex {
  return indexNamed(source, "source");
}

/** {@link toFrameworkIndex}, naming the argument `what` in its error. */
function indexNamed(source: Framework | FrameworkIndex, what: string): FrameworkIndex {
  const problem = shapeProblem(source, true);
  if (problem !== undefined) throw invalidShape(problem, what);
  return isFrameworkIndex(source) ? source : new Index(source);
}

/** What is wrong with a value given as a framework (or an index): where, what was expected, what was found. */
interface ShapeProblem {
  readonly path: PathSegment[];
  readonly expected: string;
  readonly received: string;
}

/** The entity lists every framework has, then those it may leave out. */
const REQUIRED_LISTS = ["owners", "plans", "objectives", "indicators", "targets"] as const;
const OPTIONAL_LISTS = ["measurements", "reviews", "reviewCycles"] as const;

const FRAMEWORK_OR_INDEX = "a framework parsed by parseFramework, or a FrameworkIndex";

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * The first thing that keeps `source` from being a framework (or, when `indexAllowed`, an index),
 * checked by shape only: an object whose five entity lists (and the optional three, when present)
 * are arrays of objects. One pass over each list, no validation of the entities' fields. A value
 * whose properties cannot be read (a revoked Proxy, a throwing getter) is a problem too.
 */
function shapeProblem(source: unknown, indexAllowed: boolean): ShapeProblem | undefined {
  const expected = indexAllowed ? FRAMEWORK_OR_INDEX : "a framework parsed by parseFramework";
  try {
    if (!isObject(source) || Array.isArray(source)) return { path: [], expected, received: describeValue(source) };
    const record = source as Readonly<Record<string, unknown>>;
    if (record.kind === "FrameworkIndex" && indexAllowed) {
      if (typeof record.derive === "function" && isObject(record.framework)) return undefined;
      return { path: [], expected, received: "an object marked FrameworkIndex that indexFramework did not build" };
    }
    for (const key of [...REQUIRED_LISTS, ...OPTIONAL_LISTS]) {
      const list = record[key];
      if (list === undefined && (OPTIONAL_LISTS as readonly string[]).includes(key)) continue;
      if (!Array.isArray(list)) return { path: [key], expected: "a list", received: describeValue(list) };
      const entities = list as readonly unknown[];
      for (let position = 0; position < entities.length; position += 1) {
        const entity = entities[position];
        if (!isObject(entity) || Array.isArray(entity))
          return { path: [key, position], expected: "an object", received: describeValue(entity) };
      }
    }
    return undefined;
  } catch {
    return { path: [], expected, received: "a value whose properties cannot be read" };
  }
}

/** Where a shape problem is, as the caller named the argument: `source`, `source.owners`, `source.plans[3]`. */
function shapePlace(what: string, path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (place, segment) => (typeof segment === "number" ? `${place}[${segment}]` : `${place}.${segment}`),
    what,
  );
}

function invalidShape(problem: ShapeProblem, what: string): FrameworkValidationError {
  const place = shapePlace(what, problem.path);
  return new FrameworkValidationError([
    {
      code: "invalid_type",
      path: problem.path,
      expected: problem.expected,
      received: problem.received,
      message: `${place}: must be ${problem.expected}, but is ${problem.received}.`,
    },
  ]);
}

/**
 * {@link toFrameworkIndex} for an engine's entry point: a value that is neither a framework nor an
 * index is refused with the engine's own error (`fail`), naming the argument as `what`, as the
 * option checks of internal/options.ts do. The engines call this on their first argument.
 * @internal
 */
export function checkedFrameworkIndex(
  source: unknown,
  fail: (message: string) => Error,
  what = "source",
): FrameworkIndex {
  const problem = shapeProblem(source, true);
  if (problem !== undefined) {
    const place = shapePlace(what, problem.path);
    throw fail(
      problem.path.length === 0
        ? problem.received === "missing"
          ? `${what} is missing: give ${problem.expected}`
          : `${what} must be ${problem.expected}; got ${problem.received}`
        : `${what} must be ${FRAMEWORK_OR_INDEX}; ${place} must be ${problem.expected}, but is ${problem.received}`,
    );
  }
  const given = source as Framework | FrameworkIndex;
  return isFrameworkIndex(given) ? given : new Index(given);
}

/**
 * The level of an objective: its plan's level, or `undefined` when the objective or its plan does not exist.
 * The same as `index.levelOf("objective", objectiveId)`.
 *
 * @category Index
 * @param index - the framework's index
 * @param objectiveId - the objective's id
 * @returns the plan level
 * @example
 * import { indexFramework, objectiveLevel } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Levels", owners: [], indicators: [], targets: [],
 *   plans: [{ id: "sp", name: "Housing service plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } }],
 *   objectives: [{ id: "offers", plan: "sp", title: "Offers within 21 days" }, { id: "lost", plan: "nowhere", title: "No plan" }],
 * });
 * objectiveLevel(index, "offers") //=> "service"
 * objectiveLevel(index, "lost") //=> undefined
 */
export function objectiveLevel(index: FrameworkIndex, objectiveId: Id): PlanLevel | undefined {
  return indexNamed(index, "index").levelOf("objective", objectiveId);
}

/**
 * Whether the index holds an entity of `kind` with `id`: the one look-up by kind that the checker's
 * `dangling-reference` and the review engine's crediting both make.
 * @internal
 */
export function hasEntity(index: FrameworkIndex, kind: EntityKind, id: Id): boolean {
  switch (kind) {
    case "owner":
      return index.owners.has(id);
    case "plan":
      return index.plans.has(id);
    case "objective":
      return index.objectives.has(id);
    case "indicator":
      return index.indicators.has(id);
    case "target":
      return index.targets.has(id);
    default:
      return index.reviewCycles.has(id);
  }
}
