/**
 * Counting paths up the contribution links without listing them (a dense cascade has exponentially
 * many), the pieces the chain counts of first.ts and impact's path counts share: dynamic programming
 * outside contribution loops, successors first; a ring at once; inside any other loop, a walk of its
 * simple paths on a budget of steps, so that a dense loop (on the order of (k − 1)! paths round k
 * objectives) gives a count labelled as a lower bound rather than time without end.
 * @internal
 */
import { stronglyConnectedComponents } from "../internal/graph.js";
import { type StepBudget, walkSimplePaths } from "../internal/paths.js";
import type { FrameworkIndex } from "../model/index.js";

/**
 * The steps (links followed) that one programme may spend walking paths inside contribution loops:
 * one index's chain counts (every `traceUp` and `ownerPortfolio` on it), or one call of `impact`. Past it, a count is a
 * lower bound and says so. A million steps take a few tens of milliseconds.
 * @internal
 */
export const PATH_STEP_BUDGET = 1_000_000;

const COMPONENTS = Symbol("contribution loops");

/** The objectives' strongly connected components over `up`, and which are loops. @internal */
export interface Loops {
  /** Each objective's component; a link leads to the same component or a lower-numbered one. */
  readonly component: Int32Array;
  /** 1 for a component that is a loop: two or more objectives, or one that links to itself. */
  readonly looped: Uint8Array;
  /**
   * For an objective of a ring (a loop each of whose objectives has exactly one link inside it), the
   * objective that link leads to; -1 for any other objective.
   */
  readonly ringNext: Int32Array;
}

/** The contribution loops of an index, found once (Tarjan's algorithm, iterative). @internal */
export function loopsOf(index: FrameworkIndex): Loops {
  return index.derive(COMPONENTS, (indexed) => {
    const { ids, up } = indexed.objectiveGraph;
    const { component, count } = stronglyConnectedComponents(ids.length, up);
    const size = new Int32Array(count);
    const looped = new Uint8Array(count);
    // 1 while every objective of the component has exactly one link inside it.
    const ring = new Uint8Array(count).fill(1);
    const inside = new Int32Array(ids.length).fill(-1);
    for (let v = 0; v < ids.length; v += 1) {
      const c = component[v] as number;
      size[c] = (size[c] as number) + 1;
      if (size[c] > 1) looped[c] = 1;
      let links = 0;
      for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
        const w = up.targets[e] as number;
        if (w === v) looped[c] = 1;
        if (component[w] === c) {
          links += 1;
          inside[v] = w;
        }
      }
      if (links !== 1) ring[c] = 0;
    }
    const ringNext = new Int32Array(ids.length).fill(-1);
    for (let v = 0; v < ids.length; v += 1) {
      const c = component[v] as number;
      if (looped[c] === 1 && ring[c] === 1) ringNext[v] = inside[v] as number;
    }
    return { component, looped, ringNext };
  });
}

/**
 * A dynamic programme of path counts: each objective's count, the objectives whose count is only a
 * lower bound (a walk it depends on ran out of steps), the steps left, and one byte per objective of
 * scratch space for the walks.
 * @internal
 */
export interface PathCounts {
  readonly counts: Map<number, bigint>;
  readonly inexact: Set<number>;
  readonly budget: StepBudget;
  readonly onPath: Uint8Array;
}

/** A fresh {@link PathCounts} for an index, with a whole {@link PATH_STEP_BUDGET}. @internal */
export function pathCounts(index: FrameworkIndex): PathCounts {
  return {
    counts: new Map(),
    inexact: new Set(),
    budget: { left: PATH_STEP_BUDGET },
    onPath: new Uint8Array(index.objectiveGraph.ids.length),
  };
}

/**
 * The count of objective `v` outside any loop: the sum of the counts of the objectives it links to
 * (1 when it links to none), exact when all of theirs are.
 * @internal
 */
export function sumOfLinks(index: FrameworkIndex, v: number, state: PathCounts): void {
  const { up } = index.objectiveGraph;
  const { counts, inexact } = state;
  let total = 0n;
  let exact = true;
  for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
    const w = up.targets[e] as number;
    total += counts.get(w) as bigint;
    if (inexact.has(w)) exact = false;
  }
  counts.set(v, up.start[v] === up.start[v + 1] ? 1n : total);
  if (!exact) inexact.add(v);
}

/**
 * Counts the paths from `entry`, a loop's objective a path enters from outside the loop (or starts
 * at), into `state`: every path within the loop, walked by {@link walkSimplePaths} on the state's
 * budget, each leaving it by a link whose paths `state.counts` already holds (none when it holds no
 * count), ending at an objective `ends` gives a count (1 for a path's end, 0 for one no path may
 * cross), or closing the loop (`closing` each: a chain ends there, a path to a given objective does
 * not). A walk that runs out of steps counts what it found, at least 1 (the callers only count from
 * an objective with a path), and when closing links count, at least the links out of `entry` (each
 * starts a chain), and marks the count inexact; so does an exit whose count is inexact.
 * @internal
 */
export function countInsideLoop(
  index: FrameworkIndex,
  entry: number,
  loops: Loops,
  state: PathCounts,
  ends: (objective: number) => bigint | undefined,
  closing: bigint,
): void {
  const { up } = index.objectiveGraph;
  const { component } = loops;
  const { counts, inexact } = state;
  const loop = component[entry] as number;
  let total = 0n;
  let exact = true;
  const { cut } = walkSimplePaths(
    up,
    entry,
    (_v, w, _e, onPath) => {
      const end = onPath ? closing : ends(w);
      if (end !== undefined) total += end;
      else if (component[w] !== loop) {
        total += counts.get(w) ?? 0n;
        if (inexact.has(w)) exact = false;
      } else return "descend";
      return "skip";
    },
    state.budget,
    state.onPath,
  );
  if (cut) {
    exact = false;
    // Every path has at least one way on; for chains (each closing link ends one), every link does.
    const floor = closing > 0n ? BigInt((up.start[entry + 1] as number) - (up.start[entry] as number)) : 1n;
    if (total < floor) total = floor;
  }
  counts.set(entry, total);
  if (!exact) inexact.add(entry);
}

/**
 * Counts the paths from every objective of the ring `member` belongs to (see {@link Loops}'s
 * `ringNext`) at once, in time linear in the ring and its links, into `state` (objectives `ends`
 * gives a count are left alone). Round a ring a path from `v` can only go on round it: it gathers
 * each objective's exits until it reaches one `ends` gives a count, or comes back to `v` (`closing`).
 * So with no such objective on the ring, every objective counts the exits of all plus `closing`;
 * otherwise each counts, backwards from each such objective, its own exits plus the count after it.
 * The exits' counts must be known: every objective the ring links to outside it is counted first.
 * @internal
 */
export function countRing(
  index: FrameworkIndex,
  member: number,
  loops: Loops,
  state: PathCounts,
  ends: (objective: number) => bigint | undefined,
  closing: bigint,
): void {
  const { up } = index.objectiveGraph;
  const { component, ringNext } = loops;
  const { counts, inexact } = state;
  const loop = component[member] as number;
  // The ring in order, from `member`.
  const ring: number[] = [];
  let v = member;
  do {
    ring.push(v);
    v = ringNext[v] as number;
  } while (v !== member);
  const exits: bigint[] = [];
  const exitsExact: boolean[] = [];
  for (const u of ring) {
    let total = 0n;
    let exact = true;
    for (let e = up.start[u] as number, end = up.start[u + 1] as number; e < end; e += 1) {
      const w = up.targets[e] as number;
      if (component[w] === loop) continue;
      const value = ends(w);
      if (value !== undefined) total += value;
      else {
        total += counts.get(w) ?? 0n;
        if (inexact.has(w)) exact = false;
      }
    }
    exits.push(total);
    exitsExact.push(exact);
  }
  const k = ring.length;
  const stopper = ring.findIndex((u) => ends(u) !== undefined);
  if (stopper === -1) {
    let total = closing;
    let exact = true;
    for (let i = 0; i < k; i += 1) {
      total += exits[i] as bigint;
      if (exitsExact[i] === false) exact = false;
    }
    for (const u of ring) {
      counts.set(u, total);
      if (!exact) inexact.add(u);
    }
    return;
  }
  // Backwards round the ring from a stopping objective, once round.
  let after = ends(ring[stopper] as number) as bigint;
  let afterExact = true;
  for (let step = 1; step <= k; step += 1) {
    const i = (stopper - step + k) % k;
    const u = ring[i] as number;
    const value = ends(u);
    if (value !== undefined) {
      after = value;
      afterExact = true;
      continue;
    }
    after += exits[i] as bigint;
    afterExact = afterExact && exitsExact[i] === true;
    counts.set(u, after);
    if (!afterExact) inexact.add(u);
  }
}
