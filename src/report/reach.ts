import { atApexByPosition } from "../internal/apex.js";
import type { Adjacency, FrameworkIndex, Id, Objective } from "../model/index.js";

/**
 * The report's walks over the objective graph, on integer positions (`index.objectiveGraph`) with
 * stamped marks instead of sets, so a report of 10,000 targets over 200,000 objectives walks each
 * aim's cascade at array speed. Breadth-first, no recursion: each loop reads the positions pushed
 * while it runs.
 * @internal
 */
export class Reach {
  readonly #index: FrameworkIndex;
  /** 1 for each objective at the apex: the one rule of the apex, `internal/apex.ts`, worked out once per index. */
  readonly #atApex: Uint8Array;
  readonly #mark: Int32Array;
  readonly #onPath: Int32Array;
  #stamp = 0;

  /** @param index - the framework's index */
  constructor(index: FrameworkIndex) {
    this.#index = index;
    this.#atApex = atApexByPosition(index);
    const n = index.objectiveGraph.ids.length;
    this.#mark = new Int32Array(n);
    this.#onPath = new Int32Array(n);
  }

  /** Whether the objective at a position is at the apex (an aim). */
  atApex(position: number): boolean {
    return this.#atApex[position] === 1;
  }

  /**
   * A breadth-first walk from `start` over an adjacency: each edge's far end is visited once,
   * when `follow(next, at, edge)` allows. `marks` and `stamp` record the visited (the stamp is new
   * for each walk, so the marks need no clearing). Returns the positions visited, `start` first.
   */
  #walk(
    adjacency: Adjacency,
    start: number,
    marks: Int32Array,
    follow: (next: number, at: number, edge: number) => boolean,
  ): number[] {
    const stamp = (this.#stamp += 1);
    marks[start] = stamp;
    const queue = [start];
    for (const at of queue) {
      for (let e = adjacency.start[at] as number; e < (adjacency.start[at + 1] as number); e += 1) {
        const next = adjacency.targets[e] as number;
        if (marks[next] === stamp || !follow(next, at, e)) continue;
        marks[next] = stamp;
        queue.push(next);
      }
    }
    return queue;
  }

  /**
   * The positions of the objective at `start` and every objective beneath it, down the
   * contributions; the walk does not pass through another aim (a link between aims is lateral).
   */
  beneath(start: number): number[] {
    return this.#walk(this.#index.objectiveGraph.down, start, this.#mark, (next) => !this.atApex(next));
  }

  /**
   * The partners trouble at `from` shares on its way up to the aim at `aim`: none when a path of
   * direct links alone reaches the aim; else every partner on an indirect link of any path from
   * one to the other.
   */
  sharedWith(from: number, aim: number): Id[] {
    if (from === aim) return [];
    const { up, down, upContribution } = this.#index.objectiveGraph;
    // Everything reachable up from `from`…
    const reached = new Set(this.#walk(up, from, this.#mark, () => true));
    if (!reached.has(aim)) return [];
    // …of which the objectives on a path to the aim: those the aim reaches back down to.
    const onPath = new Set(this.#walk(down, aim, this.#onPath, (next) => reached.has(next)));
    const linkOf = (position: number, edge: number) =>
      (this.#index.objectives.at(position) as Objective).contributesTo?.[upContribution[edge] as number];
    // Direct links alone, over the objectives on a path.
    const direct = this.#walk(
      up,
      from,
      this.#mark,
      (next, at, edge) => onPath.has(next) && (linkOf(at, edge)?.link ?? "direct") === "direct",
    );
    if (direct.includes(aim)) return [];
    const partners = new Set<Id>();
    for (const at of onPath)
      for (let e = up.start[at] as number; e < (up.start[at + 1] as number); e += 1) {
        if (!onPath.has(up.targets[e] as number)) continue;
        const link = linkOf(at, e);
        if (link?.link === "indirect") for (const partner of link.partners ?? []) partners.add(partner);
      }
    return [...partners];
  }
}
