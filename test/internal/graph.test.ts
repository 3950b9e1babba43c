import { describe, expect, it } from "vitest";
import {
  type BreadthFirstVisitor,
  breadthFirst,
  condensation,
  nodesLeftByPeeling,
  reachable,
  reverseAdjacency,
  reverseLabelledEdges,
  stronglyConnectedComponents,
  topologicalOrder,
  walkAncestors,
  walkDescendants,
} from "../../src/internal/graph.js";
import { adjacencyOf, objectiveGraphOf } from "../helpers/graphs.js";

/** Every node a walk visits, as `node@depth`, in visiting order; the walk does not go past `pruned`. */
function visitsOf<Graph>(
  walk: (graph: Graph, from: number | readonly number[], visit: BreadthFirstVisitor) => void,
  graph: Graph,
  from: number | readonly number[],
  pruned: readonly number[] = [],
): string[] {
  const visits: string[] = [];
  walk(graph, from, (node, depth) => {
    visits.push(`${String(node)}@${String(depth)}`);
    return pruned.includes(node);
  });
  return visits;
}

describe("reverseLabelledEdges", () => {
  it("reverses each edge and carries its label, each node's sources in order", () => {
    const graph = adjacencyOf(3, [
      [0, 2],
      [1, 2],
      [1, 0],
    ]);
    const { reversed, labels } = reverseLabelledEdges(3, graph, Int32Array.from([10, 11, 12]));
    expect([...reversed.start]).toEqual([0, 1, 1, 3]);
    expect([...reversed.targets]).toEqual([1, 0, 1]);
    expect([...labels]).toEqual([12, 10, 11]);
    expect(reverseAdjacency(3, graph)).toEqual(reversed);
  });
});

describe("topologicalOrder", () => {
  it("orders each edge's source first, sources in node order, and leaves nothing when acyclic", () => {
    // 3 → 1 → 0 and 2 → 0: children (contributors) before the objectives they serve.
    const { order, left } = topologicalOrder(
      4,
      adjacencyOf(4, [
        [3, 1],
        [1, 0],
        [2, 0],
      ]),
    );
    expect([...order]).toEqual([2, 3, 1, 0]);
    expect([...left]).toEqual([]);
  });

  it("leaves the nodes on a cycle and those above it, ascending, and orders the rest", () => {
    // 0 → 1 → 2 → 1 is a loop; 3 sits above it, 4 below it, 5 apart.
    const graph = adjacencyOf(6, [
      [0, 1],
      [1, 2],
      [2, 1],
      [2, 3],
      [4, 0],
    ]);
    const { order, left } = topologicalOrder(6, graph);
    expect([...order]).toEqual([4, 5, 0]);
    expect([...left]).toEqual([1, 2, 3]);
    expect(nodesLeftByPeeling(6, graph)).toEqual([1, 2, 3]);
  });

  it("handles an empty graph", () => {
    const { order, left } = topologicalOrder(0, adjacencyOf(0, []));
    expect([order.length, left.length]).toEqual([0, 0]);
  });
});

describe("breadthFirst and the ancestor and descendant walks", () => {
  // 0 is the top; 1 and 2 contribute to 0; 3 contributes to 1 and 2; 4 to 3.
  const graph = objectiveGraphOf(
    5,
    [
      [1, 0],
      [2, 0],
      [3, 1],
      [3, 2],
      [4, 3],
    ],
    [0],
  );

  it("visits each node once, nearest first, with its depth; the start at depth 0", () => {
    expect(visitsOf(walkAncestors, graph, 4)).toEqual(["4@0", "3@1", "1@2", "2@2", "0@3"]);
    expect(visitsOf(walkDescendants, graph, 0)).toEqual(["0@0", "1@1", "2@1", "3@2", "4@3"]);
  });

  it("returning true stops the walk going past that node only", () => {
    expect(visitsOf(walkAncestors, graph, 4, [1])).toEqual(["4@0", "3@1", "1@2", "2@2", "0@3"]);
    expect(visitsOf(walkAncestors, graph, 3, [1, 2])).toEqual(["3@0", "1@1", "2@1"]);
    expect(visitsOf(walkDescendants, graph, 0, [0])).toEqual(["0@0"]);
  });

  it("starts from several nodes at depth 0, each once", () => {
    expect(visitsOf(walkDescendants, graph, [1, 2, 1])).toEqual(["1@0", "2@0", "3@1", "4@2"]);
  });

  it("goes round a loop once", () => {
    const loop = adjacencyOf(3, [
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    expect(visitsOf(breadthFirst, loop, 1)).toEqual(["1@0", "2@1", "0@2"]);
  });
});

describe("deep graphs", () => {
  it("handles a 200,000-node chain and a 200,000-node loop without recursion", () => {
    const n = 200_000;
    const chain = adjacencyOf(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const),
    );
    expect(nodesLeftByPeeling(n, chain)).toEqual([]);
    expect(stronglyConnectedComponents(n, chain).count).toBe(n);
    expect(reachable(n, reverseAdjacency(n, chain), [0])[n - 1]).toBe(1);
    const loop = adjacencyOf(n, [...Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const), [0, n - 1] as const]);
    expect(stronglyConnectedComponents(n, loop).count).toBe(1);
    expect(nodesLeftByPeeling(n, loop)).toHaveLength(n);
  });

  it("orders and walks a 100,000-deep chain", () => {
    const n = 100_000;
    const graph = objectiveGraphOf(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const),
      [0],
    );
    const { order, left } = topologicalOrder(n, graph.up);
    expect([order[0], order[n - 1], left.length]).toEqual([n - 1, 0, 0]);
    let deepest = [-1, -1];
    walkAncestors(graph, n - 1, (node, depth) => {
      deepest = [node, depth];
    });
    expect(deepest).toEqual([0, n - 1]);
    let visited = 0;
    walkDescendants(graph, 0, (_node, depth) => {
      visited += 1;
      return depth === 50_000;
    });
    expect(visited).toBe(50_001);
  });
});

describe("condensation", () => {
  it("takes a loop as one component above what feeds it, and marks a self-loop but not a node above a loop", () => {
    // 0 → 1 → 2 → 1 (a loop of 1 and 2), 2 → 3, 4 → 4 (a self-loop).
    const graph = adjacencyOf(5, [
      [0, 1],
      [1, 2],
      [2, 1],
      [2, 3],
      [4, 4],
    ]);
    const { component, count, members, onCycle } = condensation(5, graph);
    expect(count).toBe(4);
    expect(component[1]).toBe(component[2]);
    expect(component[3]).toBeLessThan(component[1] ?? -1);
    expect(component[1]).toBeLessThan(component[0] ?? -1);
    const loop = component[1] ?? -1;
    expect([...members.targets.subarray(members.start[loop], members.start[loop + 1])]).toEqual([1, 2]);
    expect([...onCycle]).toEqual([0, 1, 1, 0, 1]);
  });

  it("handles a 100,000-node loop and a 100,000-deep chain without recursion", () => {
    const n = 100_000;
    const ring = adjacencyOf(
      n,
      Array.from({ length: n }, (_, v) => [v, (v + 1) % n] as const),
    );
    expect(condensation(n, ring).count).toBe(1);
    const chain = adjacencyOf(
      n,
      Array.from({ length: n - 1 }, (_, v) => [v, v + 1] as const),
    );
    const { count, onCycle } = condensation(n, chain);
    expect(count).toBe(n);
    expect(onCycle.every((flag) => flag === 0)).toBe(true);
  });
});
