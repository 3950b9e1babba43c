/**
 * Iterative graph algorithms over integer adjacency (compressed sparse rows). Nothing here recurses,
 * so a 100,000-deep cascade cannot overflow the stack.
 * @internal
 */

/**
 * Adjacency in compressed sparse rows: the neighbours of node `v` are `targets[start[v]]` up to,
 * not including, `targets[start[v + 1]]`.
 *
 * @category Index
 * @example
 * import { indexFramework, type Adjacency } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Two", owners: [], indicators: [], targets: [],
 *   plans: [{ id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "a", plan: "cp", title: "A" }, { id: "b", plan: "cp", title: "B", contributesTo: [{ objective: "a" }] }],
 * });
 * const up: Adjacency = index.objectiveGraph.up;
 * [...up.targets.subarray(up.start[1], up.start[2])] //=> [0]
 */
export interface Adjacency {
  readonly start: Int32Array;
  readonly targets: Int32Array;
}

/** The same edges reversed: `w → v` for every `v → w`, by a counting sort over the targets. */
export function reverseAdjacency(n: number, adjacency: Adjacency): Adjacency {
  const { start: upStart, targets: upTargets } = adjacency;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < upTargets.length; e += 1) {
    const slot = (upTargets[e] as number) + 1;
    start[slot] = (start[slot] as number) + 1;
  }
  for (let v = 0; v < n; v += 1) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const targets = new Int32Array(upTargets.length);
  for (let v = 0; v < n; v += 1) {
    for (let e = upStart[v] as number, end = upStart[v + 1] as number; e < end; e += 1) {
      const to = upTargets[e] as number;
      targets[fill[to] as number] = v;
      fill[to] = (fill[to] as number) + 1;
    }
  }
  return { start, targets };
}

/** Marks every node reachable from `sources` (sources included) by following `adjacency`. */
export function reachable(n: number, adjacency: Adjacency, sources: readonly number[]): Uint8Array {
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (const source of sources) {
    if (seen[source] === 0) {
      seen[source] = 1;
      queue[tail] = source;
      tail += 1;
    }
  }
  const { start, targets } = adjacency;
  while (head < tail) {
    const v = queue[head] as number;
    head += 1;
    for (let i = start[v] as number, end = start[v + 1] as number; i < end; i += 1) {
      const w = targets[i] as number;
      if (seen[w] === 0) {
        seen[w] = 1;
        queue[tail] = w;
        tail += 1;
      }
    }
  }
  return seen;
}

/**
 * The nodes that may lie on a cycle: what is left after repeatedly peeling off nodes with no
 * remaining incoming edges (Kahn's algorithm). Empty for an acyclic graph, which is the common
 * case, so the cycle search can be skipped without allocating anything more.
 */
export function nodesLeftByPeeling(n: number, adjacency: Adjacency): number[] {
  const { start, targets } = adjacency;
  const inDegree = new Int32Array(n);
  for (let e = 0; e < targets.length; e += 1) {
    const w = targets[e] as number;
    inDegree[w] = (inDegree[w] as number) + 1;
  }
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
  const left: number[] = [];
  if (tail < n) for (let v = 0; v < n; v += 1) if ((inDegree[v] as number) > 0) left.push(v);
  return left;
}

/**
 * Strongly connected components by an iterative Tarjan's algorithm. Returns each node's component
 * number; components are numbered in reverse topological order of the condensation.
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
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head] as number;
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
