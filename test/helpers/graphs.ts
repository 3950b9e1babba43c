import { type ChainStop, walkChainUp } from "../../src/internal/chain.js";
import { reverseLabelledEdges } from "../../src/internal/graph.js";
import type { Adjacency, FrameworkIndex, ObjectiveGraph } from "../../src/model/index.js";

/** Builds compressed sparse rows from a list of `[from, to]` edges, each node's edges in list order. */
export function adjacencyOf(n: number, edges: readonly (readonly [number, number])[]): Adjacency {
  const start = new Int32Array(n + 1);
  const sorted = [...edges].sort((a, b) => a[0] - b[0]);
  for (const [from] of sorted) start[from + 1] = (start[from + 1] as number) + 1;
  for (let v = 0; v < n; v += 1) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  return { start, targets: Int32Array.from(sorted.map(([, to]) => to)) };
}

/** Oracle: v is on a cycle when v reaches itself in one or more steps. */
export function onCycle(edges: readonly (readonly [number, number])[], v: number): boolean {
  const seen = new Set<number>();
  const stack = edges.filter(([from]) => from === v).map(([, to]) => to);
  for (let w = stack.pop(); w !== undefined; w = stack.pop()) {
    if (w === v) return true;
    if (seen.has(w)) continue;
    seen.add(w);
    for (const [from, to] of edges) if (from === w) stack.push(to);
  }
  return false;
}

/**
 * The chain of contributions up from objective `from`, one line an objective (its id, then
 * "so that …" when the link it follows says why), and why the chain stops.
 */
export function describeChainUp(index: FrameworkIndex, from: string): { lines: string[]; stop: ChainStop | undefined } {
  const position = index.objectives.positionOf(from);
  if (position === undefined) return { lines: [], stop: undefined };
  const graph = index.objectiveGraph;
  const chain = walkChainUp(graph, position);
  const lines = Array.from(chain.nodes, (node, i) => {
    const objective = index.objectives.at(node);
    const edge = chain.edges[i] ?? -1;
    const link = edge === -1 ? undefined : objective?.contributesTo?.[graph.upContribution[edge] ?? -1];
    return `${objective?.id ?? "?"}${link?.soThat === undefined ? "" : ` so that ${link.soThat}`}`;
  });
  return { lines, stop: chain.stop };
}

/**
 * An objective graph straight from edges: node `v` is objective `o{v}` at level rank `levelRank[v]`
 * (0 community; missing ranks default to 1), `up` the edges in list order, each edge labelled with
 * its position among its source's edges, and `missing` the nodes that also have a link to a missing
 * objective (written after their resolved links).
 */
export function objectiveGraphOf(
  n: number,
  edges: readonly (readonly [number, number])[],
  levelRank: readonly number[] = [],
  missing: readonly number[] = [],
): ObjectiveGraph {
  const up = adjacencyOf(n, edges);
  const upContribution = new Int32Array(up.targets.length);
  for (let v = 0; v < n; v += 1)
    for (let e = up.start[v] as number; e < (up.start[v + 1] as number); e += 1)
      upContribution[e] = e - (up.start[v] as number);
  const { reversed: down, labels: downContribution } = reverseLabelledEdges(n, up, upContribution);
  const unresolved: number[] = [];
  for (const v of [...new Set(missing)].sort((a, b) => a - b))
    unresolved.push(v, (up.start[v + 1] as number) - (up.start[v] as number));
  return {
    ids: Array.from({ length: n }, (_, v) => `o${String(v).padStart(6, "0")}`),
    up,
    down,
    upContribution,
    downContribution,
    levelRank: Int8Array.from({ length: n }, (_, v) => levelRank[v] ?? 1),
    unresolved,
  };
}
