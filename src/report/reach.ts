import { atApexByPosition } from "../model/apex.js";
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
  /** 1 for each objective at the apex: the one rule of the apex, `model/apex.ts`, worked out once per index. */
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
   * The objectives beneath each of an aim's objectives, each objective given once: to the first of
   * `starts` whose walk reaches it (a shared subtree is walked once, for the first objective it
   * serves). One stamp for the aim and all its objectives, so each objective beneath the aim is
   * visited once however many of its objectives share it. The aim itself is never given.
   */
  beneathEach(aim: number, starts: readonly number[]): number[][] {
    const stamp = (this.#stamp += 1);
    const marks = this.#mark;
    marks[aim] = stamp;
    const { down } = this.#index.objectiveGraph;
    return starts.map((start) => {
      if (marks[start] === stamp) return [];
      marks[start] = stamp;
      const queue = [start];
      for (const at of queue) {
        for (let e = down.start[at] as number; e < (down.start[at + 1] as number); e += 1) {
          const next = down.targets[e] as number;
          if (marks[next] === stamp || this.atApex(next)) continue;
          marks[next] = stamp;
          queue.push(next);
        }
      }
      return queue;
    });
  }

  /** Per aim: whether each objective reaches it by direct links alone, and the partners of its paths to it. */
  readonly #sharing = new Map<number, AimSharing>();

  /**
   * The partners trouble at `from` shares on its way up to the aim at `aim`: none when a path of
   * direct links alone reaches the aim; else every partner on an indirect link of any path from
   * one to the other, in the order a walk down from the aim meets them.
   *
   * Worked out once per aim for every objective beneath it, objectives after those they link to
   * (a set of partners is shared down a run of direct single links, not copied): linear in the
   * objectives and links that reach the aim, times the partners. Where a contribution loop reaches
   * the aim, the objectives the loop holds up are walked one by one ({@link sharedWithByWalks}).
   */
  sharedWith(from: number, aim: number): Id[] {
    if (from === aim) return [];
    let sharing = this.#sharing.get(aim);
    if (sharing === undefined) {
      sharing = this.#sharingOf(aim);
      this.#sharing.set(aim, sharing);
    }
    if (sharing.done[from] !== 1) return this.sharedWithByWalks(from, aim);
    if (sharing.direct[from] === 1) return [];
    const partners = sharing.partners[from];
    return partners === undefined
      ? []
      : [...partners].sort((a, b) => (sharing.rank.get(a) ?? 0) - (sharing.rank.get(b) ?? 0));
  }

  /**
   * For every objective that reaches the aim (a walk down from it), in an order that puts each after
   * the objectives it links to (Kahn's algorithm over the links among them): whether direct links
   * alone reach the aim, and the partners of the indirect links on its paths. An objective on or
   * below a contribution loop among them is left undone.
   */
  #sharingOf(aim: number): AimSharing {
    const { up, down } = this.#index.objectiveGraph;
    const n = this.#index.objectiveGraph.ids.length;
    const inside = new Uint8Array(n);
    const reaching = [aim];
    inside[aim] = 1;
    for (const at of reaching)
      for (let e = down.start[at] as number; e < (down.start[at + 1] as number); e += 1) {
        const next = down.targets[e] as number;
        if (inside[next] === 1) continue;
        inside[next] = 1;
        reaching.push(next);
      }
    const linkOf = (position: number, edge: number) =>
      (this.#index.objectives.at(position) as Objective).contributesTo?.[
        this.#index.objectiveGraph.upContribution[edge] as number
      ];
    // The partners ranked in the order a walk down from the aim meets them.
    const rank = new Map<Id, number>();
    for (const at of reaching)
      for (let e = up.start[at] as number; e < (up.start[at + 1] as number); e += 1) {
        const link = linkOf(at, e);
        if (inside[up.targets[e] as number] === 1 && link?.link === "indirect")
          for (const partner of link.partners ?? []) if (!rank.has(partner)) rank.set(partner, rank.size);
      }
    // Links still to settle from each objective, to objectives that reach the aim.
    const pending = new Int32Array(n);
    for (const at of reaching)
      for (let e = up.start[at] as number; e < (up.start[at + 1] as number); e += 1)
        if (inside[up.targets[e] as number] === 1) pending[at] = (pending[at] as number) + 1;
    const done = new Uint8Array(n);
    const direct = new Uint8Array(n);
    const partners: (ReadonlySet<Id> | undefined)[] = new Array<ReadonlySet<Id> | undefined>(n);
    const ready = reaching.filter((at) => pending[at] === 0);
    for (const at of ready) {
      done[at] = 1;
      if (at === aim) direct[at] = 1;
      else {
        let merged: Set<Id> | undefined;
        let only: ReadonlySet<Id> | undefined;
        let links = 0;
        for (let e = up.start[at] as number; e < (up.start[at + 1] as number); e += 1) {
          const next = up.targets[e] as number;
          if (inside[next] !== 1) continue;
          links += 1;
          const link = linkOf(at, e);
          const indirect = link?.link === "indirect";
          if (!indirect && direct[next] === 1) direct[at] = 1;
          const own = indirect ? (link.partners ?? []) : [];
          const above = partners[next];
          if (links === 1 && own.length === 0) only = above;
          else {
            merged ??= new Set(only);
            for (const partner of own) merged.add(partner);
            for (const partner of above ?? []) merged.add(partner);
          }
        }
        partners[at] = merged ?? only;
      }
      // Each objective linking here has one link fewer to wait for.
      for (let e = down.start[at] as number; e < (down.start[at + 1] as number); e += 1) {
        const below = down.targets[e] as number;
        if (inside[below] !== 1) continue;
        pending[below] = (pending[below] as number) - 1;
        if (pending[below] === 0) ready.push(below);
      }
    }
    return { done, direct, partners, rank };
  }

  /**
   * {@link sharedWith} by walks from `from`, for an objective a contribution loop holds up: up from
   * it, down from the aim over what it reached, and up again by direct links.
   */
  sharedWithByWalks(from: number, aim: number): Id[] {
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

/** What {@link Reach.sharedWith} works out once per aim. */
interface AimSharing {
  /** 1 for each objective worked out (it reaches the aim, and no contribution loop holds it up). */
  readonly done: Uint8Array;
  /** 1 for each objective that direct links alone lead up to the aim. */
  readonly direct: Uint8Array;
  /** The partners of the indirect links on the objective's paths to the aim; undefined for none. */
  readonly partners: readonly (ReadonlySet<Id> | undefined)[];
  /** Each partner's place in the order a walk down from the aim meets them. */
  readonly rank: ReadonlyMap<Id, number>;
}
