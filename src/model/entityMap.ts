import type { Id } from "./primitives.js";

/**
 * A read-only Map of entities by id that also knows each entity's position, so engines can keep
 * per-entity facts in typed arrays instead of more Maps. Of entities sharing an id, the first is kept.
 *
 * @category Index
 * @example
 * import { indexFramework } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Owners", plans: [], objectives: [], indicators: [], targets: [],
 *   owners: [{ id: "a", name: "A", kind: "team" }, { id: "b", name: "B", kind: "team" }],
 * });
 * index.owners.get("b")?.name //=> "B"
 * index.owners.positionOf("b") //=> 1
 * index.owners.at(0)?.id //=> "a"
 * [...index.owners.keys()] //=> ["a", "b"]
 */
export class EntityMap<E extends { readonly id: Id }> implements ReadonlyMap<Id, E> {
  readonly #positions: Map<Id, number>;
  readonly #entities: readonly E[];

  /** @internal Use {@link indexFramework}. */
  constructor(positions: Map<Id, number>, entities: readonly E[]) {
    this.#positions = positions;
    this.#entities = entities;
  }

  /** How many distinct ids. */
  get size(): number {
    return this.#entities.length;
  }

  /** The entity with this id. */
  get(id: Id): E | undefined {
    const position = this.#positions.get(id);
    return position === undefined ? undefined : this.#entities[position];
  }

  /** Whether an entity has this id. */
  has(id: Id): boolean {
    return this.#positions.has(id);
  }

  /** The position of the entity with this id among the distinct entities (0 for the first), for typed-array bookkeeping. */
  positionOf(id: Id): number | undefined {
    return this.#positions.get(id);
  }

  /** The entity at a position given by {@link EntityMap.positionOf}. */
  at(position: number): E | undefined {
    return this.#entities[position];
  }

  /** The distinct entities, in the order of the framework's array. */
  values(): MapIterator<E> {
    return this.#entities.values();
  }

  /** The ids, in the order of the framework's array. */
  keys(): MapIterator<Id> {
    return this.#positions.keys();
  }

  /** `[id, entity]` pairs, in the order of the framework's array. */
  *entries(): MapIterator<[Id, E]> {
    for (const entity of this.#entities) yield [entity.id, entity];
  }

  /** Calls `callback` for each entity, in order. */
  forEach(callback: (value: E, key: Id, map: ReadonlyMap<Id, E>) => void, thisArg?: unknown): void {
    for (const entity of this.#entities) callback.call(thisArg, entity, entity.id, this);
  }

  [Symbol.iterator](): MapIterator<[Id, E]> {
    return this.entries();
  }
}
