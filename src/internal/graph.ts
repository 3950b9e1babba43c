/**
 * Iterative graph algorithms over integer adjacency (compressed sparse rows). Nothing here recurses,
 * so a 100,000-deep cascade cannot overflow the stack.
 * @internal
 */
import type { Adjacency, ObjectiveGraph } from "./objectiveGraphTypes.js";

/**
 * The same edges reversed: `w → v` for every `v → w`, by a counting sort over the targets. Each
 * node's reversed edges keep the order of their sources.
 * @internal
 */
export function reverseAdjacency(n: number, adjacency: Adjacency): Adjacency {
  return reverseCounting(n, adjacency, undefined).reversed;
}

/**
 * {@link reverseAdjacency} carrying a label for each edge: `labels[e]` for edge `e` of `adjacency`
 * becomes the label of its reversed edge.
 * @internal
 */
export function reverseLabelledEdges(
  n: number,
  adjacency: Adjacency,
  labels: Int32Array,
): { reversed: Adjacency; labels: Int32Array } {
  const { reversed, reversedLabels } = reverseCounting(n, adjacency, labels);
  return { reversed, labels: reversedLabels };
}

/** The counting sort behind {@link reverseAdjacency} and {@link reverseLabelledEdges}. */
function reverseCounting(
  n: number,
  adjacency: Adjacency,
  labels: Int32Array | undefined,
): { reversed: Adjacency; reversedLabels: Int32Array } {
  const { start: upStart, targets: upTargets } = adjacency;
  const start = new Int32Array(n + 1);
  for (const to of upTargets) start[to + 1] = (start[to + 1] as number) + 1;
  for (let v = 0; v < n; v += 1) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const targets = new Int32Array(upTargets.length);
  const reversedLabels = new Int32Array(labels === undefined ? 0 : upTargets.length);
  for (let v = 0; v < n; v += 1) {
    for (let e = upStart[v] as number, end = upStart[v + 1] as number; e < end; e += 1) {
      const to = upTargets[e] as number;
      const slot = fill[to] as number;
      targets[slot] = v;
      if (labels !== undefined) reversedLabels[slot] = labels[e] as number;
      fill[to] = slot + 1;
    }
  }
  return { reversed: { start, targets }, reversedLabels };
}

/**
 * Items grouped by a key, as compressed sparse rows: group `g`'s values are
 * `targets[start[g] .. start[g + 1])`, in the items' order. `groupOf(i)` is item `i`'s group, or -1
 * for an item in none; `valueOf(i)` what the row holds for it (its own number by default). A
 * counting sort: O(groups + items).
 * @internal
 */
export function groupedRows(
  groups: number,
  items: number,
  groupOf: (item: number) => number,
  valueOf: (item: number) => number = (item) => item,
): Adjacency {
  const groupAt = new Int32Array(items);
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < items; i += 1) {
    const g = groupOf(i);
    groupAt[i] = g;
    if (g >= 0) start[g + 1] = (start[g + 1] as number) + 1;
  }
  for (let g = 0; g < groups; g += 1) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groups);
  const targets = new Int32Array(start[groups] as number);
  for (let i = 0; i < items; i += 1) {
    const g = groupAt[i] as number;
    if (g < 0) continue;
    targets[fill[g] as number] = valueOf(i);
    fill[g] = (fill[g] as number) + 1;
  }
  return { start, targets };
}

/**
 * Marks every node reachable from `sources` (sources included) by following `adjacency`.
 * @internal
 */
export function reachable(n: number, adjacency: Adjacency, sources: readonly number[]): Uint8Array {
  return walkBreadthFirst(n, adjacency, sources, undefined);
}

/**
 * The nodes in topological order, by Kahn's algorithm: every edge `v → w` has `v` before `w` in
 * `order`. Over an objective graph's `up` edges that is children before parents (contributors before
 * the objectives they serve); over `down`, parents before children. Nodes first, then what each frees,
 * in node order: the order is the same for the same input.
 *
 * A node on a cycle, or reached from one, is never freed: it is not in `order` but in `left`
 * (ascending), so `order.length + left.length === n` and `left` is empty exactly when the graph is
 * acyclic.
 * @internal
 */
export function topologicalOrder(n: number, adjacency: Adjacency): { order: Int32Array; left: Int32Array } {
  const { start, targets } = adjacency;
  const inDegree = new Int32Array(n);
  for (const w of targets) inDegree[w] = (inDegree[w] as number) + 1;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v += 1) {
    if (inDegree[v] === 0) {
      queue[tail] = v;
      tail += 1;
    }
  }
  for (let head = 0; head < tail; head += 1) {
    const v = queue[head] as number;
    for (let i = start[v] as number, end = start[v + 1] as number; i < end; i += 1) {
      const w = targets[i] as number;
      const degree = (inDegree[w] as number) - 1;
      inDegree[w] = degree;
      if (degree === 0) {
        queue[tail] = w;
        tail += 1;
      }
    }
  }
  const left = new Int32Array(n - tail);
  if (tail < n) {
    let k = 0;
    for (let v = 0; v < n; v += 1) {
      if ((inDegree[v] as number) > 0) {
        left[k] = v;
        k += 1;
      }
    }
  }
  return { order: queue.subarray(0, tail), left };
}

/**
 * The nodes that may lie on a cycle: the nodes {@link topologicalOrder} leaves. Empty for an acyclic
 * graph, which is the common case, so the cycle search can be skipped.
 * @internal
 */
export function nodesLeftByPeeling(n: number, adjacency: Adjacency): number[] {
  return Array.from(topologicalOrder(n, adjacency).left);
}

/**
 * Strongly connected components by an iterative Tarjan's algorithm. Returns each node's component
 * number; components are numbered in reverse topological order of the condensation.
 * @internal
 */
export function stronglyConnectedComponents(n: number, adjacency: Adjacency): { component: Int32Array; count: number } {
  const { start, targets } = adjacency;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const component = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let stackTop = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let callTop = 0;
  let counter = 0;
  let count = 0;
  // Entering a node: number it, push it on the component stack and on the call stack.
  const enter = (v: number): void => {
    index[v] = counter;
    low[v] = counter;
    counter += 1;
    stack[stackTop] = v;
    stackTop += 1;
    onStack[v] = 1;
    callNode[callTop] = v;
    callEdge[callTop] = start[v] as number;
    callTop += 1;
  };
  for (let root = 0; root < n; root += 1) {
    if (index[root] !== -1) continue;
    enter(root);
    while (callTop > 0) {
      const v = callNode[callTop - 1] as number;
      const edge = callEdge[callTop - 1] as number;
      if (edge < (start[v + 1] as number)) {
        callEdge[callTop - 1] = edge + 1;
        const w = targets[edge] as number;
        if (index[w] === -1) {
          enter(w);
        } else if (onStack[w] === 1 && (index[w] as number) < (low[v] as number)) {
          low[v] = index[w] as number;
        }
        continue;
      }
      callTop -= 1;
      if (callTop > 0) {
        const parent = callNode[callTop - 1] as number;
        if ((low[v] as number) < (low[parent] as number)) low[parent] = low[v] as number;
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          stackTop -= 1;
          w = stack[stackTop] as number;
          onStack[w] = 0;
          component[w] = count;
        } while (w !== v);
        count += 1;
      }
    }
  }
  return { component, count };
}

/**
 * The shortest cycle through `from` that stays inside its component, as a list of nodes starting
 * and ending at `from`. Neighbours are tried in the order `compare` gives, so the cycle found does
 * not depend on the order of the input.
 * @internal
 */
export function shortestCycleThrough(
  from: number,
  adjacency: Adjacency,
  component: Int32Array,
  compare: (a: number, b: number) => number,
): number[] {
  const { start, targets } = adjacency;
  const home = component[from] as number;
  const parent = new Map<number, number>();
  const queue: number[] = [from];
  // The queue grows as the loop runs; an array's iterator reads its length at every step.
  for (const v of queue) {
    const neighbours: number[] = [];
    for (let i = start[v] as number, end = start[v + 1] as number; i < end; i += 1) {
      const w = targets[i] as number;
      if (component[w] === home) neighbours.push(w);
    }
    neighbours.sort(compare);
    for (const w of neighbours) {
      if (w === from) {
        const path = [from];
        for (let x = v; x !== from; x = parent.get(x) as number) path.push(x);
        path.push(from);
        path.reverse();
        return path;
      }
      if (!parent.has(w)) {
        parent.set(w, v);
        queue.push(w);
      }
    }
  }
  return [];
}

/**
 * A visitor of a breadth-first walk, called once for each node reached, nearest first, with its
 * depth: the fewest edges from the start (the start itself is at depth 0). Returning `true` stops
 * the walk going past that node: its neighbours are not reached through it (a neighbour may still be
 * reached through another node). Returning anything else, or nothing, walks on. The walk ends when
 * no node is left to visit.
 * @internal
 */
export type BreadthFirstVisitor = (node: number, depth: number) => unknown;

/**
 * Walks `adjacency` breadth first from `from` (a node, or several at depth 0), calling `visit` for
 * each node reached (graphology's `bfsFromNode`, on integers): each node once, at its shortest depth,
 * a depth's nodes in the order their edges are stored. Iterative, with one queue, so the depth of the
 * graph does not matter.
 * @internal
 */
export function breadthFirst(adjacency: Adjacency, from: number | readonly number[], visit: BreadthFirstVisitor): void {
  walkBreadthFirst(adjacency.start.length - 1, adjacency, typeof from === "number" ? [from] : from, visit);
}

/** The breadth-first walk behind {@link reachable} and {@link breadthFirst} (one {@link RepeatedWalks} walk); returns the nodes reached. */
function walkBreadthFirst(
  n: number,
  adjacency: Adjacency,
  sources: readonly number[],
  visit: BreadthFirstVisitor | undefined,
): Uint8Array {
  const walks = new RepeatedWalks(n);
  walks.walk(adjacency, sources, visit);
  return walks.reached();
}

/**
 * Walks up from objective position `from` (or positions) through every objective it contributes to, directly or
 * through others (see {@link breadthFirst} for the order and the visitor's stop flag).
 * @internal
 */
export function walkAncestors(
  graph: ObjectiveGraph,
  from: number | readonly number[],
  visit: BreadthFirstVisitor,
): void {
  breadthFirst(graph.up, from, visit);
}

/**
 * Walks down from objective position `from` (or positions) through every objective that contributes to it,
 * directly or through others (see {@link breadthFirst} for the order and the visitor's stop flag).
 * @internal
 */
export function walkDescendants(
  graph: ObjectiveGraph,
  from: number | readonly number[],
  visit: BreadthFirstVisitor,
): void {
  breadthFirst(graph.down, from, visit);
}

/**
 * A graph's strongly connected components, each with its members, and which nodes lie on a cycle.
 * @internal
 */
export interface Condensation {
  /** Each node's component; every edge `v → w` between two components has `component[w] < component[v]`. */
  readonly component: Int32Array;
  /** How many components there are. */
  readonly count: number;
  /** Each component's members, ascending: those of `c` are `members.targets[members.start[c]]` up to `members.start[c + 1]`. */
  readonly members: Adjacency;
  /** 1 for a node on a cycle: in a component of two or more nodes, or with an edge to itself. */
  readonly onCycle: Uint8Array;
}

/**
 * The condensation of a graph: its strongly connected components by {@link stronglyConnectedComponents},
 * their members grouped by a counting sort, and the nodes on a cycle. Walking the components in
 * ascending number visits every edge's target component before its source's, so over an objective
 * graph's `down` edges that is contributors before the objectives they serve, a loop taken as one.
 * Iterative and linear in nodes and edges.
 * @internal
 */
export function condensation(n: number, adjacency: Adjacency): Condensation {
  const { component, count } = stronglyConnectedComponents(n, adjacency);
  const start = new Int32Array(count + 1);
  for (const c of component) start[c + 1] = (start[c + 1] as number) + 1;
  for (let c = 0; c < count; c += 1) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, count);
  const targets = new Int32Array(n);
  for (let v = 0; v < n; v += 1) {
    const c = component[v] as number;
    targets[fill[c] as number] = v;
    fill[c] = (fill[c] as number) + 1;
  }
  const onCycle = new Uint8Array(n);
  for (let v = 0; v < n; v += 1) {
    const c = component[v] as number;
    if ((start[c + 1] as number) - (start[c] as number) > 1) {
      onCycle[v] = 1;
      continue;
    }
    for (let e = adjacency.start[v] as number, end = adjacency.start[v + 1] as number; e < end; e += 1) {
      if (adjacency.targets[e] === v) onCycle[v] = 1;
    }
  }
  return { component, count, members: { start, targets }, onCycle };
}

/**
 * Breadth-first walks over graphs of `n` nodes that reuse one set of marks and one queue: each walk
 * costs what it reaches, never `n`, so a walk from each of many nodes (every aim of a framework whose
 * objectives are all at the apex) stays linear in what the walks reach. Iterative, like
 * {@link breadthFirst}, whose order and stop flag it keeps.
 * @internal
 */
export class RepeatedWalks {
  readonly #marks: Int32Array;
  readonly #queue: Int32Array;
  #stamp = 0;

  /** @param n - how many nodes the graphs walked have */
  constructor(n: number) {
    this.#marks = new Int32Array(n);
    this.#queue = new Int32Array(n);
  }

  /**
   * One walk of `adjacency` from `from` (a node, or several at depth 0), calling `visit` for each node
   * reached, at its shortest depth, a depth's nodes in the order their edges are stored; a visit that
   * returns `true` stops the walk below that node.
   */
  walk(adjacency: Adjacency, from: number | readonly number[], visit?: BreadthFirstVisitor): void {
    const stamp = (this.#stamp += 1);
    const marks = this.#marks;
    const queue = this.#queue;
    const { start, targets } = adjacency;
    let tail = 0;
    for (const source of typeof from === "number" ? [from] : from) {
      if (marks[source] !== stamp) {
        marks[source] = stamp;
        queue[tail] = source;
        tail += 1;
      }
    }
    let depth = 0;
    let depthEnd = tail;
    for (let head = 0; head < tail; head += 1) {
      if (head === depthEnd) {
        depth += 1;
        depthEnd = tail;
      }
      const v = queue[head] as number;
      if (visit?.(v, depth) === true) continue;
      for (let i = start[v] as number, end = start[v + 1] as number; i < end; i += 1) {
        const w = targets[i] as number;
        if (marks[w] !== stamp) {
          marks[w] = stamp;
          queue[tail] = w;
          tail += 1;
        }
      }
    }
  }

  /** The nodes the last walk reached, 1 for each (a fresh array, `n` long). */
  reached(): Uint8Array {
    const stamp = this.#stamp;
    const marks = this.#marks;
    const seen = new Uint8Array(marks.length);
    for (let v = 0; v < marks.length; v += 1) if (marks[v] === stamp) seen[v] = 1;
    return seen;
  }
}
