import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  breadthFirst,
  groupedRows,
  nodesLeftByPeeling,
  reachable,
  reverseAdjacency,
  shortestCycleThrough,
  condensation,
  stronglyConnectedComponents,
  topologicalOrder,
} from "../../src/internal/graph.js";
import type { Adjacency } from "../../src/model/index.js";
import { adjacencyOf, onCycle } from "../helpers/graphs.js";

type Edges = readonly (readonly [number, number])[];

const graphs = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), { maxLength: 30 }),
    ),
  );

/** Acyclic graphs whose node numbers do not follow the order: edges low to high, then relabelled. */
const acyclicGraphs = graphs.chain(([n, edges]) =>
  fc
    .shuffledSubarray(
      Array.from({ length: n }, (_, v) => v),
      { minLength: n, maxLength: n },
    )
    .map((label) => {
      const relabel = (v: number): number => label[v] ?? v;
      const acyclic: Edges = edges.filter(([a, b]) => a < b).map(([a, b]) => [relabel(a), relabel(b)] as const);
      return [n, acyclic] as const;
    }),
);

/** Oracle: the shortest number of edges from `from` to each node, never passing through a `pruned` node. */
function depthsOracle(n: number, edges: Edges, from: number, pruned: ReadonlySet<number>): Map<number, number> {
  const depth = new Map<number, number>([[from, 0]]);
  for (let round = 0; round < n; round += 1) {
    for (const [a, b] of edges) {
      const through = depth.get(a);
      if (through === undefined || pruned.has(a)) continue;
      const known = depth.get(b);
      if (known === undefined || through + 1 < known) depth.set(b, through + 1);
    }
  }
  return depth;
}

function edgeList(n: number, graph: Adjacency): string[] {
  const out: string[] = [];
  for (let v = 0; v < n; v += 1)
    for (let i = graph.start[v] as number; i < (graph.start[v + 1] as number); i += 1)
      out.push(`${String(v)}>${String(graph.targets[i])}`);
  return out.sort();
}

describe("graph algorithms (properties against simple oracles)", () => {
  it("components group exactly the nodes that reach each other", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const { component } = stronglyConnectedComponents(n, adjacencyOf(n, edges));
        for (let a = 0; a < n; a += 1) {
          const fromA = reachable(n, adjacencyOf(n, edges), [a]);
          for (let b = 0; b < n; b += 1) {
            const fromB = reachable(n, adjacencyOf(n, edges), [b]);
            expect(component[a] === component[b]).toBe(fromA[b] === 1 && fromB[a] === 1);
          }
        }
      }),
    );
  });

  it("peeling leaves every node on a cycle, and nothing for an acyclic graph", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const left = new Set(nodesLeftByPeeling(n, adjacencyOf(n, edges)));
        for (let v = 0; v < n; v += 1) if (onCycle(edges, v)) expect(left.has(v)).toBe(true);
        const acyclic = edges.filter(([from, to]) => from < to);
        expect(nodesLeftByPeeling(n, adjacencyOf(n, acyclic))).toEqual([]);
      }),
    );
  });

  it("the cycle through a node is a real, shortest cycle", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const graph = adjacencyOf(n, edges);
        const { component } = stronglyConnectedComponents(n, graph);
        for (let v = 0; v < n; v += 1) {
          const cycle = shortestCycleThrough(v, graph, component, (a, b) => a - b);
          expect(cycle.length > 0).toBe(onCycle(edges, v));
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
        const graph = adjacencyOf(n, edges);
        const twice = reverseAdjacency(n, reverseAdjacency(n, graph));
        expect(edgeList(n, twice)).toEqual(edgeList(n, graph));
      }),
    );
  });

  it("topologicalOrder puts every node of an acyclic graph once, each edge's source first", () => {
    fc.assert(
      fc.property(acyclicGraphs, ([n, edges]) => {
        const { order, left } = topologicalOrder(n, adjacencyOf(n, edges));
        expect(left).toEqual(new Int32Array(0));
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, v) => v));
        const position = new Map([...order].map((v, i) => [v, i]));
        for (const [from, to] of edges) expect(position.get(from)).toBeLessThan(position.get(to) ?? -1);
      }),
    );
  });

  it("topologicalOrder leaves exactly the nodes on a cycle (by Tarjan) or reached from one, and orders the rest", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const graph = adjacencyOf(n, edges);
        const { component, count } = stronglyConnectedComponents(n, graph);
        const size = new Int32Array(count);
        for (const c of component) size[c] = (size[c] as number) + 1;
        const cycleNodes: number[] = [];
        for (let v = 0; v < n; v += 1)
          if ((size[component[v] as number] as number) > 1 || edges.some(([a, b]) => a === v && b === v))
            cycleNodes.push(v);
        const tied = reachable(n, graph, cycleNodes);
        const { order, left } = topologicalOrder(n, graph);
        expect([...left]).toEqual(Array.from({ length: n }, (_, v) => v).filter((v) => tied[v] === 1));
        expect([...order, ...left].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, v) => v));
        const position = new Map([...order].map((v, i) => [v, i]));
        for (const [from, to] of edges) {
          const at = position.get(to);
          if (at !== undefined) expect(position.get(from)).toBeLessThan(at);
        }
      }),
    );
  });

  it("breadthFirst visits exactly the reachable nodes, once each, at their shortest depth, nearest first", () => {
    fc.assert(
      fc.property(
        graphs.chain(([n, edges]) => fc.tuple(fc.constant(n), fc.constant(edges), fc.nat(n - 1))),
        ([n, edges, from]) => {
          const visits: [number, number][] = [];
          breadthFirst(adjacencyOf(n, edges), from, (node, depth) => {
            visits.push([node, depth]);
          });
          const oracle = depthsOracle(n, edges, from, new Set());
          expect(new Map(visits)).toEqual(oracle);
          expect(visits).toHaveLength(oracle.size);
          expect(visits[0]).toEqual([from, 0]);
          for (let i = 1; i < visits.length; i += 1)
            expect((visits[i] as [number, number])[1]).toBeGreaterThanOrEqual((visits[i - 1] as [number, number])[1]);
        },
      ),
    );
  });

  it("a visitor returning true stops the walk going past that node, and only there", () => {
    fc.assert(
      fc.property(
        graphs.chain(([n, edges]) =>
          fc.tuple(fc.constant(n), fc.constant(edges), fc.nat(n - 1), fc.uniqueArray(fc.nat(n - 1), { maxLength: n })),
        ),
        ([n, edges, from, prunedList]) => {
          const pruned = new Set(prunedList);
          const visits = new Map<number, number>();
          breadthFirst(adjacencyOf(n, edges), from, (node, depth) => {
            expect(visits.has(node)).toBe(false);
            visits.set(node, depth);
            return pruned.has(node);
          });
          expect(visits).toEqual(depthsOracle(n, edges, from, pruned));
        },
      ),
    );
  });

  it("breadthFirst from several sources starts them all at depth 0 and matches reachable", () => {
    fc.assert(
      fc.property(
        graphs.chain(([n, edges]) =>
          fc.tuple(fc.constant(n), fc.constant(edges), fc.array(fc.nat(n - 1), { minLength: 1, maxLength: 4 })),
        ),
        ([n, edges, sources]) => {
          const graph = adjacencyOf(n, edges);
          const visits = new Map<number, number>();
          breadthFirst(graph, sources, (node, depth) => {
            visits.set(node, depth);
          });
          const seen = reachable(n, graph, sources);
          expect([...visits.keys()].sort((a, b) => a - b)).toEqual(
            Array.from({ length: n }, (_, v) => v).filter((v) => seen[v] === 1),
          );
          for (const source of sources) expect(visits.get(source)).toBe(0);
        },
      ),
    );
  });

  it("condensation: members grouped by component, edges between components point to lower numbers, onCycle exactly the nodes on a cycle", () => {
    fc.assert(
      fc.property(graphs, ([n, edges]) => {
        const { component, count, members, onCycle: marked } = condensation(n, adjacencyOf(n, edges));
        const listed: number[] = [];
        for (let c = 0; c < count; c += 1) {
          const group = [...members.targets.subarray(members.start[c], members.start[c + 1])];
          expect(group.length).toBeGreaterThan(0);
          expect(group).toEqual([...group].sort((a, b) => a - b));
          for (const v of group) expect(component[v]).toBe(c);
          listed.push(...group);
        }
        expect(listed.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, v) => v));
        for (const [from, to] of edges) {
          if (component[from] !== component[to]) expect(component[to]).toBeLessThan(component[from] ?? -1);
        }
        for (let v = 0; v < n; v += 1) expect(marked[v] === 1).toBe(onCycle(edges, v));
      }),
    );
  });
});

describe("groupedRows (each objective's targets, for the report and impact)", () => {
  it("lists each group's values in the items' order, and leaves out items in no group", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.integer({ min: -1, max: 11 }), { maxLength: 60 }),
        (groups, keys) => {
          const groupOf = (i: number): number => ((keys[i] as number) < groups ? (keys[i] as number) : -1);
          const rows = groupedRows(groups, keys.length, groupOf, (i) => 1000 + i);
          expect(rows.start).toHaveLength(groups + 1);
          for (let g = 0; g < groups; g += 1) {
            const expected = keys.flatMap((_, i) => (groupOf(i) === g ? [1000 + i] : []));
            expect([...rows.targets.subarray(rows.start[g], rows.start[g + 1])]).toEqual(expected);
          }
          expect(rows.targets).toHaveLength(keys.filter((_, i) => groupOf(i) >= 0).length);
        },
      ),
    );
  });

  it("holds an item's own number by default", () => {
    expect(groupedRows(2, 4, (i) => (i === 2 ? -1 : i % 2))).toEqual({
      start: Int32Array.from([0, 1, 3]),
      targets: Int32Array.from([0, 1, 3]),
    });
  });
});
