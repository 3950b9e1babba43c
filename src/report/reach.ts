import type { FrameworkIndex, Id, Objective } from "../model/index.js";

/**
 * The report's walks over the objective graph, on integer positions (`index.objectiveGraph`) with
 * stamped marks instead of sets, so a report of 10,000 targets over 200,000 objectives walks each
 * aim's cascade at array speed. Breadth-first, no recursion: each loop reads the positions pushed
 * while it runs.
 * @internal
 */
export class Reach {
  readonly #index: FrameworkIndex;
  readonly #apexRank: number;
  readonly #mark: Int32Array;
  readonly #onPath: Int32Array;
  #stamp = 0;

  /**
   * @param index - the framework's index
   * @param apexRank - the rank of the apex level: objectives at or above it are aims
   */
  constructor(index: FrameworkIndex, apexRank: number) {
    this.#index = index;
    this.#apexRank = apexRank;
    const n = index.objectiveGraph.ids.length;
    this.#mark = new Int32Array(n);
    this.#onPath = new Int32Array(n);
  }

  /** Whether the objective at a position is at the apex (an aim). */
  atApex(position: number): boolean {
    const rank = this.#index.objectiveGraph.levelRank[position] as number;
    return rank >= 0 && rank <= this.#apexRank;
  }

  /**
   * The positions of the objective at `start` and every objective beneath it, down the
   * contributions; the walk does not pass through another aim (a link between aims is lateral).
   */
  beneath(start: number): number[] {
    const { down } = this.#index.objectiveGraph;
    const stamp = (this.#stamp += 1);
    this.#mark[start] = stamp;
    const queue = [start];
    for (const at of queue) {
      for (let e = down.start[at] as number; e < (down.start[at + 1] as number); e += 1) {
        const next = down.targets[e] as number;
        if (this.#mark[next] === stamp || this.atApex(next)) continue;
        this.#mark[next] = stamp;
        queue.push(next);
      }
    }
    return queue;
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
    const reached = (this.#stamp += 1);
    this.#mark[from] = reached;
    const upward = [from];
    for (const at of upward) {
      for (let e = up.start[at] as number; e < (up.start[at + 1] as number); e += 1) {
        const next = up.targets[e] as number;
        if (this.#mark[next] === reached) continue;
        this.#mark[next] = reached;
        upward.push(next);
      }
    }
    if (this.#mark[aim] !== reached) return [];
    // …of which the objectives on a path to the aim: those the aim reaches back down to.
    const onPath = reached;
    this.#onPath[aim] = onPath;
    const backward = [aim];
    for (const at of backward) {
      for (let e = down.start[at] as number; e < (down.start[at + 1] as number); e += 1) {
        const next = down.targets[e] as number;
        if (this.#mark[next] !== reached || this.#onPath[next] === onPath) continue;
        this.#onPath[next] = onPath;
        backward.push(next);
      }
    }
    const linkOf = (position: number, edge: number) =>
      (this.#index.objectives.at(position) as Objective).contributesTo?.[upContribution[edge] as number];
    // Direct links alone, over the objectives on a path.
    const directly = (this.#stamp += 1);
    this.#mark[from] = directly;
    const direct = [from];
    for (const at of direct) {
      for (let e = up.start[at] as number; e < (up.start[at + 1] as number); e += 1) {
        const next = up.targets[e] as number;
        if (this.#onPath[next] !== onPath || this.#mark[next] === directly) continue;
        if ((linkOf(at, e)?.link ?? "direct") !== "direct") continue;
        if (next === aim) return [];
        this.#mark[next] = directly;
        direct.push(next);
      }
    }
    const partners = new Set<Id>();
    for (const at of backward)
      for (let e = up.start[at] as number; e < (up.start[at + 1] as number); e += 1) {
        if (this.#onPath[up.targets[e] as number] !== onPath) continue;
        const link = linkOf(at, e);
        if (link?.link === "indirect") for (const partner of link.partners ?? []) partners.add(partner);
      }
    return [...partners];
  }
}
