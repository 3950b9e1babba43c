import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Adjacency } from "../../src/model/index.js";
import {
  nodesLeftByPeeling,
  reachable,
  reverseAdjacency,
  shortestCycleThrough,
  stronglyConnectedComponents,
} from "../../src/internal/graph.js";

function adjacency(n: number, edges: readonly (readonly [number, number])[]): Adjacency {
  const start = new Int32Array(n + 1);
  const sorted = [...edges].sort((a, b) => a[0] - b[0]);
  for (const [from] of sorted) start[from + 1] = (start[from + 1] as number) + 1;
  for (let v = 0; v < n; v += 1) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  return { start, targets: Int32Array.from(sorted.map(([, to]) => to)) };
}

/** Oracle: v is on a cycle when v reaches itself in one or more steps. */
function onCycle(n: number, edges: readonly (readonly [number, number])[], v: number): boolean {
  const seen = new Set<number>();
  const stack = edges.filter(([from]) => from === v).map(([, to]) => to);
  while (stack.length > 0) {
    const w = stack.pop()!;
    if (w === v) return true;
    if (seen.has(w)) continue;
    seen.add(w);
    for (const [from, to] of edges) if (from === w) stack.push(to);
  }
  return false;
}

const graphs = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 30 }),
    ),
  );

describe("graph algorithms (properties against simple oracles)", () => {
  it("components group exactly the nodes that reach each other", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const { component } = stronglyConnectedComponents(n, adjacency(n, edges));
        for (let a = 0; a < n; a += 1) {
          const fromA = reachable(n, adjacency(n, edges), [a]);
          for (let b = 0; b < n; b += 1) {
            const fromB = reachable(n, adjacency(n, edges), [b]);
            expect(component[a] === component[b]).toBe(fromA[b] === 1 && fromB[a] === 1);
          }
        }
      }),
    );
  });

  it("peeling leaves every node on a cycle, and nothing for an acyclic graph", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const left = new Set(nodesLeftByPeeling(n, adjacency(n, edges)));
        for (let v = 0; v < n; v += 1) if (onCycle(n, edges, v)) expect(left.has(v)).toBe(true);
        const acyclic = edges.filter(([from, to]) => from < to);
        expect(nodesLeftByPeeling(n, adjacency(n, acyclic))).toEqual([]);
      }),
    );
  });

  it("the cycle through a node is a real, shortest cycle", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const graph = adjacency(n, edges);
        const { component } = stronglyConnectedComponents(n, graph);
        for (let v = 0; v < n; v += 1) {
          const cycle = shortestCycleThrough(v, graph, component, (a, b) => a - b);
          expect(cycle.length > 0).toBe(onCycle(n, edges, v));
          if (cycle.length === 0) continue;
          expect(cycle[0]).toBe(v);
          expect(cycle[cycle.length - 1]).toBe(v);
          for (let i = 0; i + 1 < cycle.length; i += 1)
            expect(edges.some(([a, b]) => a === cycle[i] && b === cycle[i + 1])).toBe(true);
          if (edges.some(([a, b]) => a === v && b === v)) expect(cycle).toEqual([v, v]);
        }
      }),
    );
  });

  it("reversing twice gives the same edges", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const graph = adjacency(n, edges);
        const twice = reverseAdjacency(n, reverseAdjacency(n, graph));
        const list = (g: Adjacency) => {
          const out: string[] = [];
          for (let v = 0; v < n; v += 1)
            for (let i = g.start[v]!; i < g.start[v + 1]!; i += 1) out.push(`${v}>${g.targets[i]}`);
          return out.sort();
        };
        expect(list(twice)).toEqual(list(graph));
      }),
    );
  });

  it("handles a 200,000-node chain and a 200,000-node loop without recursion", () => {
    const n = 200_000;
    const chain = adjacency(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const),
    );
    expect(nodesLeftByPeeling(n, chain)).toEqual([]);
    expect(stronglyConnectedComponents(n, chain).count).toBe(n);
    expect(reachable(n, reverseAdjacency(n, chain), [0])[n - 1]).toBe(1);
    const loop = adjacency(n, [...Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const), [0, n - 1] as const]);
    expect(stronglyConnectedComponents(n, loop).count).toBe(1);
    expect(nodesLeftByPeeling(n, loop)).toHaveLength(n);
  });
});
