/**
 * Counting the chains up from an objective exactly, without listing them: a dense cascade has
 * exponentially many. Dynamic programming over the objectives the start reaches, successors first.
 * @internal
 */
import { atApexByPosition } from "../internal/apex.js";
import { stronglyConnectedComponents } from "../internal/graph.js";
import type { FrameworkIndex } from "../model/index.js";

const COMPONENTS = Symbol("contribution loops");

/** The objectives' strongly connected components over `up`, and which are loops. @internal */
export interface Loops {
  /** Each objective's component; a link leads to the same component or a lower-numbered one. */
  readonly component: Int32Array;
  /** 1 for a component that is a loop: two or more objectives, or one that links to itself. */
  readonly looped: Uint8Array;
}

/** The contribution loops of an index, found once (Tarjan's algorithm, iterative). @internal */
export function loopsOf(index: FrameworkIndex): Loops {
  return index.derive(COMPONENTS, (indexed) => {
    const { ids, up } = indexed.objectiveGraph;
    const { component, count } = stronglyConnectedComponents(ids.length, up);
    const size = new Int32Array(count);
    const looped = new Uint8Array(count);
    for (let v = 0; v < ids.length; v += 1) {
      const c = component[v] as number;
      size[c] = (size[c] as number) + 1;
      if (size[c] > 1) looped[c] = 1;
      for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1)
        if (up.targets[e] === v) looped[c] = 1;
    }
    return { component, looped };
  });
}

/**
 * The number of chains up from objective position `from`, as {@link traceUp} lists them: a chain
 * ends at an objective at the apex, at one with no link to follow, or where its next link leads back
 * to an objective already on it (each such link ends one chain). Exact, by dynamic programming over
 * the objectives `from` reaches in an order that puts every objective after those it links to: the
 * chains from an objective outside any loop are the same whatever path led to it, so they are
 * counted once. Inside a loop they are not (a chain may not revisit an objective), so the chains
 * entering a loop are walked within it, link by link, counting its exits by their own counts: the
 * cost grows with the paths round the loops only, and a framework without loops (the cascade
 * checker's `contribution-cycle` finds none) costs the objectives and links reached.
 * @internal
 */
export function countChains(index: FrameworkIndex, from: number): bigint {
  const { up, down } = index.objectiveGraph;
  const atApex = atApexByPosition(index);
  if (atApex[from] === 1) return 1n;
  const { component, looped } = loopsOf(index);
  // The objectives reached, not going past the apex.
  const reached: number[] = [from];
  const seen = new Set<number>(reached);
  for (const v of reached) {
    if (atApex[v] === 1) continue;
    for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
      const w = up.targets[e] as number;
      if (!seen.has(w)) {
        seen.add(w);
        reached.push(w);
      }
    }
  }
  // In component order, by a numeric sort of `component × 2^26 + objective` (exact in a double).
  const keys = Float64Array.from(reached, (v) => (component[v] as number) * NODE_SPAN + v);
  keys.sort();
  const counts = new Map<number, bigint>();
  for (const key of keys) {
    const v = key % NODE_SPAN;
    if (atApex[v] === 1) {
      counts.set(v, 1n);
    } else if (looped[component[v] as number] === 0) {
      let total = 0n;
      for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1)
        total += counts.get(up.targets[e] as number) as bigint;
      counts.set(v, up.start[v] === up.start[v + 1] ? 1n : total);
    } else if (v === from || entersLoop(v, down, component, seen, atApex)) {
      counts.set(
        v,
        countInsideLoop(index, v, component, counts, (w) => (atApex[w] === 1 ? 1n : undefined), 1n),
      );
    }
  }
  return counts.get(from) as bigint;
}

/** More than the objectives a framework can hold (2^26, 67 million), so a sort key packs a component and an objective. */
const NODE_SPAN = 2 ** 26;

/** Whether a chain can enter `v`'s loop at `v`: a reached objective outside the loop, below the apex, links to it. */
function entersLoop(
  v: number,
  down: { start: Int32Array; targets: Int32Array },
  component: Int32Array,
  seen: ReadonlySet<number>,
  atApex: Uint8Array,
): boolean {
  for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
    const u = down.targets[e] as number;
    if (component[u] !== component[v] && seen.has(u) && atApex[u] === 0) return true;
  }
  return false;
}

/**
 * The paths from `entry`, a loop's objective a path enters from outside the loop (or starts at):
 * every path within the loop, walked with an explicit stack, each leaving it by a link whose paths
 * `counts` already holds (none when it holds no count), ending at an objective `ends` gives a count
 * (1 for a path's end, 0 for one no path may cross), or closing the loop (`closing` each: a chain
 * ends there, a path to a given objective does not).
 * @internal
 */
export function countInsideLoop(
  index: FrameworkIndex,
  entry: number,
  component: Int32Array,
  counts: ReadonlyMap<number, bigint>,
  ends: (objective: number) => bigint | undefined,
  closing: bigint,
): bigint {
  const { up } = index.objectiveGraph;
  const loop = component[entry] as number;
  const nodes = [entry];
  const cursors = [up.start[entry] as number];
  const onPath = new Set<number>(nodes);
  let total = 0n;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const v = nodes[top] as number;
    const edge = cursors[top] as number;
    if (edge === up.start[v + 1]) {
      nodes.pop();
      cursors.pop();
      onPath.delete(v);
      continue;
    }
    cursors[top] = edge + 1;
    const w = up.targets[edge] as number;
    const end = onPath.has(w) ? closing : ends(w);
    if (end !== undefined) total += end;
    else if (component[w] !== loop) total += counts.get(w) ?? 0n;
    else {
      nodes.push(w);
      cursors.push(up.start[w] as number);
      onPath.add(w);
    }
  }
  return total;
}
