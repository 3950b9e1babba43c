/**
 * Chains of contributions: an objective, the objective it contributes to, and so on up, one link a
 * step, as the accountability chain of the seed (5.3.5.6) reads. Iterative, so a 100,000-deep chain
 * cannot overflow the stack.
 * @internal
 */
import type { ObjectiveGraph } from "./objectiveGraphTypes.js";

/**
 * Why a chain of contributions, walked up one link at a time, stops:
 * - `community`: it reached a community-level objective, the top of the cascade;
 * - `orphan`: it reached an objective below community level (or whose plan does not exist) with no
 *   step up and no link to a missing objective (with the default step: no link at all);
 * - `missing-objective`: it reached an objective whose only links name objectives that do not exist;
 * - `cycle`: the next step leads back to an objective already on the chain.
 * @internal
 */
export type ChainStop = "community" | "orphan" | "missing-objective" | "cycle";

/**
 * Chooses the step up from an objective: an edge of `graph.up` leaving it, or -1 for none.
 * @internal
 */
export type StepUp = (node: number) => number;

/**
 * The default {@link StepUp}: an objective's first link, as written, that names an objective that exists.
 * @internal
 */
export function firstLinkUp(graph: ObjectiveGraph): StepUp {
  const { start } = graph.up;
  return (node) => {
    const edge = start[node] as number;
    return edge < (start[node + 1] as number) ? edge : -1;
  };
}

/** Whether objective `node` has a link naming no objective (`unresolved` is ordered by objective). @internal */
export function hasMissingLink(graph: ObjectiveGraph, node: number): boolean {
  const pairs = graph.unresolved;
  let low = 0;
  let high = pairs.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((pairs[2 * middle] as number) < node) low = middle + 1;
    else high = middle;
  }
  return low < pairs.length / 2 && pairs[2 * low] === node;
}

/** Why a chain stops at `node` when `edge` is its step up, or undefined when it goes on. */
function stopAt(graph: ObjectiveGraph, node: number, edge: number): ChainStop | undefined {
  if (graph.levelRank[node] === 0) return "community";
  if (edge !== -1) return undefined;
  return hasMissingLink(graph, node) ? "missing-objective" : "orphan";
}

/**
 * A chain of contributions walked up from one objective by {@link walkChainUp}.
 * @internal
 */
export interface ChainUp {
  /** The objectives on the chain, from the start upwards, each once. */
  readonly nodes: Int32Array;
  /**
   * The edge of `graph.up` taken from each of `nodes` (so `graph.upContribution[edges[i]]` is the
   * link followed); -1 from the last one, except when `stop` is `cycle`: then it is the edge back
   * to an objective already on the chain.
   */
  readonly edges: Int32Array;
  /** Why the chain stops at its last objective. */
  readonly stop: ChainStop;
}

/**
 * Walks the chain of contributions up from objective position `from`, one link at a time (the link
 * `stepUp` chooses; by default the first that names an existing objective), until it reaches a
 * community-level objective or cannot go on. A community-level start is a chain of one. Iterative;
 * the walk costs the chain's length, not the graph's size.
 * @internal
 */
export function walkChainUp(graph: ObjectiveGraph, from: number, stepUp: StepUp = firstLinkUp(graph)): ChainUp {
  const nodes: number[] = [];
  const edges: number[] = [];
  const onChain = new Set<number>();
  let node = from;
  for (;;) {
    nodes.push(node);
    onChain.add(node);
    const edge = stepUp(node);
    const stop = stopAt(graph, node, edge);
    if (stop !== undefined) {
      edges.push(-1);
      return { nodes: Int32Array.from(nodes), edges: Int32Array.from(edges), stop };
    }
    edges.push(edge);
    node = graph.up.targets[edge] as number;
    if (onChain.has(node)) return { nodes: Int32Array.from(nodes), edges: Int32Array.from(edges), stop: "cycle" };
  }
}

/**
 * Where a chain of contributions ends: the objective it stops at and why.
 * @internal
 */
export interface ChainEnd {
  readonly end: number;
  readonly stop: ChainStop;
}

/**
 * Where the chain up from each objective ends, found on demand and remembered along each walk, so
 * asking for every objective costs the size of the graph once. Steps are those `stepUp` chooses. A
 * chain that runs into a loop ends at the loop's first objective by id (the same objective whichever
 * objective the chain started from) with stop `cycle`.
 * @internal
 */
export function chainEnds(graph: ObjectiveGraph, stepUp: StepUp = firstLinkUp(graph)): (from: number) => ChainEnd {
  const { ids } = graph;
  const n = ids.length;
  const STOPS = ["community", "orphan", "missing-objective", "cycle"] as const;
  const endOf = new Int32Array(n).fill(-1);
  const stopOf = new Uint8Array(n);
  const walkIndex = new Int32Array(n).fill(-1);
  return (from) => {
    const walk: number[] = [];
    let node = from;
    let end = -1;
    let stop = 0;
    while (end === -1) {
      if (endOf[node] !== -1) {
        end = endOf[node] as number;
        stop = stopOf[node] as number;
      } else if (walkIndex[node] !== -1) {
        end = node;
        for (let i = walkIndex[node] as number; i < walk.length; i += 1) {
          const w = walk[i] as number;
          if ((ids[w] as string) < (ids[end] as string)) end = w;
        }
        stop = STOPS.indexOf("cycle");
      } else {
        const edge = stepUp(node);
        const here = stopAt(graph, node, edge);
        if (here === undefined) {
          walkIndex[node] = walk.length;
          walk.push(node);
          node = graph.up.targets[edge] as number;
        } else {
          end = node;
          stop = STOPS.indexOf(here);
        }
      }
    }
    for (const w of walk) {
      endOf[w] = end;
      stopOf[w] = stop;
      walkIndex[w] = -1;
    }
    if (endOf[node] === -1) {
      endOf[node] = end;
      stopOf[node] = stop;
    }
    return { end, stop: STOPS[stop] as ChainStop };
  };
}
