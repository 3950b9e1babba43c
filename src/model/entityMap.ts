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
  readonly #positions: IdTable | Map<Id, number>;
  readonly #entities: readonly E[];

  /** @internal Use {@link indexFramework}. */
  constructor(positions: IdTable | Map<Id, number>, entities: readonly E[]) {
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

  /**
   * The positions of many ids at once, -1 for an id held by no entity: {@link EntityMap.positionOf}
   * for each, in passes that each read one thing (the ids' hashes, the table, the ids held) so
   * that look-ups far apart in memory overlap.
   * @internal
   */
  positionsOf(ids: readonly Id[]): Int32Array {
    const table = this.#positions;
    if (table instanceof IdTable) return table.positionsOf(ids);
    return Int32Array.from(ids, (id) => table.get(id) ?? -1);
  }

  /** The entity at a position given by {@link EntityMap.positionOf}. */
  at(position: number): E | undefined {
    return this.#entities[position];
  }

  // The iterators are typed as ReadonlyMap's own, so the declarations read MapIterator on TypeScript
  // 5.6 and later and IterableIterator on 5.5, whose lib has no MapIterator.

  /** The distinct entities, in the order of the framework's array. */
  values(): ReturnType<ReadonlyMap<Id, E>["values"]> {
    return this.#entities.values();
  }

  /** The ids, in the order of the framework's array. */
  keys(): ReturnType<ReadonlyMap<Id, E>["keys"]> {
    return this.#entities.map((entity) => entity.id).values();
  }

  /** `[id, entity]` pairs, in the order of the framework's array. */
  *entries(): ReturnType<ReadonlyMap<Id, E>["entries"]> {
    for (const entity of this.#entities) yield [entity.id, entity];
  }

  /** Calls `callback` for each entity, in order. */
  forEach(callback: (value: E, key: Id, map: ReadonlyMap<Id, E>) => void, thisArg?: unknown): void {
    for (const entity of this.#entities) callback.call(thisArg, entity, entity.id, this);
  }

  [Symbol.iterator](): ReturnType<ReadonlyMap<Id, E>["entries"]> {
    return this.entries();
  }
}

/** The FNV-1a hash of a string's UTF-16 code units. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * Positions by string id in an open-addressing hash table of typed arrays, sized once: a Map of a
 * million string ids grows by rehashing and spreads each look-up over several places in memory,
 * where this reads one pair of integers (hash and position) and then compares the one id it names.
 * Only string ids are held (a framework whose ids are not all strings keeps a Map); anything else
 * asked for is in no table. Same answers as a Map of the first position of each id.
 * @internal
 */
export class IdTable {
  /** Pairs of (hash, position + 1); 0 marks an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #ids: Id[] = [];

  /** @param capacity - at most how many ids will be added */
  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
  }

  /** How many ids are held. */
  get size(): number {
    return this.#ids.length;
  }

  /** Adds `id` at the next position and returns true, or returns false when it is held already. */
  add(id: string): boolean {
    const hash = hashOf(id);
    const slots = this.#slots;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const position = slots[2 * slot + 1] as number;
      if (position === 0) {
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = this.#ids.push(id);
        return true;
      }
      if (slots[2 * slot] === hash && this.#ids[position - 1] === id) return false;
    }
  }

  /** The position of `id`, or `undefined` when it is not held. */
  get(id: unknown): number | undefined {
    if (typeof id !== "string") return undefined;
    const hash = hashOf(id);
    const slots = this.#slots;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const position = slots[2 * slot + 1] as number;
      if (position === 0) return undefined;
      if (slots[2 * slot] === hash && this.#ids[position - 1] === id) return position - 1;
    }
  }

  /** The position of each of `ids`, -1 for one not held: hashes first, then the table, then the ids held. */
  positionsOf(ids: readonly unknown[]): Int32Array {
    const n = ids.length;
    const hashes = new Int32Array(n);
    const found = new Int32Array(n);
    for (let k = 0; k < n; k += 1) {
      const id = ids[k];
      hashes[k] = typeof id === "string" ? hashOf(id) : 0;
    }
    const slots = this.#slots;
    const mask = this.#mask;
    // The first slot with the id's hash (or the empty slot ending its run), for each id.
    for (let k = 0; k < n; k += 1) {
      const hash = hashes[k] as number;
      let slot = hash & mask;
      while (slots[2 * slot + 1] !== 0 && slots[2 * slot] !== hash) slot = (slot + 1) & mask;
      found[k] = slot;
    }
    const held = this.#ids;
    for (let k = 0; k < n; k += 1) {
      const id = ids[k];
      let slot = found[k] as number;
      let position = -1;
      if (typeof id === "string") {
        const hash = hashes[k] as number;
        for (; ; slot = (slot + 1) & mask) {
          const at = slots[2 * slot + 1] as number;
          if (at === 0) break;
          if (slots[2 * slot] === hash && held[at - 1] === id) {
            position = at - 1;
            break;
          }
        }
      }
      found[k] = position;
    }
    return found;
  }

  /** Whether `id` is held. */
  has(id: unknown): boolean {
    return this.get(id) !== undefined;
  }
}
