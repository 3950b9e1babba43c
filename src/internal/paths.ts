/**
 * One walk over the simple paths of a graph (paths that visit no node twice), with an explicit stack
 * and a step budget: what counting chains inside a contribution loop, listing chains and counting
 * impact's paths share. A dense loop of k nodes has on the order of (k − 1)! simple paths, so every
 * walk draws on a budget of steps and says when it ran out.
 * @internal
 */
import type { Adjacency } from "./objectiveGraphTypes.js";

/**
 * What a {@link SimplePathVisitor} tells the walk to do with an edge: `descend` puts its target on
 * the path (never a target already on it), `skip` goes on to the next edge, `stop` ends the walk.
 * @internal
 */
export type EdgeStep = "descend" | "skip" | "stop";

/**
 * The path a walk is on: `nodes` from the start, and `edges[i]` the edge taken from `nodes[i]` to
 * `nodes[i + 1]`; at the top, the edge now offered to the visitor. Read only while the visitor runs.
 * @internal
 */
export interface SimplePath {
  readonly nodes: readonly number[];
  readonly edges: readonly number[];
}

/**
 * Called for each edge `v → w` (edge `e` of the adjacency) leaving the node at the top of the path,
 * in the order the edges are stored, with whether `w` is already on the path.
 * @internal
 */
export type SimplePathVisitor = (v: number, w: number, e: number, onPath: boolean, path: SimplePath) => EdgeStep;

/**
 * A budget of steps, each an edge offered to a visitor, shared by the walks that draw on it: `left`
 * falls as they run. Walks that share one budget are bounded together.
 * @internal
 */
export interface StepBudget {
  left: number;
}

/**
 * Walks the simple paths from `from` depth first, with an explicit stack (no recursion: a path may
 * be as long as the graph), offering each edge from the top of the path to `visit` and doing what it
 * says. Each edge offered costs one step of `budget`; when none is left and an edge remains, the walk
 * ends there with `cut` true (what was visited so far stands, the rest was not). `onPath`
 * is scratch space of one byte per node, all zero; it is left all zero, so one array serves many walks.
 * @internal
 */
export function walkSimplePaths(
  adjacency: Adjacency,
  from: number,
  visit: SimplePathVisitor,
  budget: StepBudget,
  onPath: Uint8Array,
): { readonly cut: boolean } {
  const { start, targets } = adjacency;
  const nodes: number[] = [from];
  const edges: number[] = [(start[from] as number) - 1];
  const path: SimplePath = { nodes, edges };
  onPath[from] = 1;
  let cut = false;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const v = nodes[top] as number;
    const e = (edges[top] as number) + 1;
    if (e >= (start[v + 1] as number)) {
      nodes.pop();
      edges.pop();
      onPath[v] = 0;
      continue;
    }
    if (budget.left <= 0) {
      cut = true;
      break;
    }
    budget.left -= 1;
    edges[top] = e;
    const w = targets[e] as number;
    const on = onPath[w] === 1;
    const step = visit(v, w, e, on, path);
    if (step === "stop") break;
    if (step === "descend" && !on) {
      nodes.push(w);
      edges.push((start[w] as number) - 1);
      onPath[w] = 1;
    }
  }
  for (const v of nodes) onPath[v] = 0;
  return { cut };
}
