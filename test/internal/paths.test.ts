import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walkSimplePaths } from "../../src/internal/paths.js";
import { adjacencyOf } from "../helpers/graphs.js";
import { runs } from "../helpers/runs.js";

/** Oracle: every simple path from `from` (as node lists, the start alone included), by recursion (small graphs only). */
function naiveSimplePaths(n: number, edges: readonly (readonly [number, number])[], from: number): string[] {
  const out: string[] = [];
  const walk = (path: number[]): void => {
    out.push(path.join(">"));
    for (const [a, b] of edges) if (a === path.at(-1) && !path.includes(b)) walk([...path, b]);
  };
  if (from < n) walk([from]);
  return out;
}

describe("walkSimplePaths", () => {
  it("descending every edge it may visits every simple path once, and leaves the scratch space zero", () => {
    const graph = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
          maxLength: 3 * n,
        }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ n, edges }) => {
        const adjacency = adjacencyOf(n, edges);
        const onPath = new Uint8Array(n);
        const found: string[] = ["0"];
        const { cut } = walkSimplePaths(
          adjacency,
          0,
          (_v, w, _e, on, path) => {
            if (on) return "skip";
            found.push([...path.nodes, w].join(">"));
            return "descend";
          },
          { left: Number.POSITIVE_INFINITY },
          onPath,
        );
        expect(cut).toBe(false);
        expect(found.sort()).toEqual(
          naiveSimplePaths(
            n,
            [...edges].sort((a, b) => a[0] - b[0]),
            0,
          ).sort(),
        );
        expect(onPath.every((byte) => byte === 0)).toBe(true);
      }),
      { numRuns: runs(200) },
    );
  });

  it("stops when the budget runs out, says so, spends exactly the budget, and clears the path", () => {
    // A complete graph on 7 nodes: 1,957 simple paths from node 0, far more than 50 steps.
    const edges: [number, number][] = [];
    for (let a = 0; a < 7; a += 1) for (let b = 0; b < 7; b += 1) if (a !== b) edges.push([a, b]);
    const onPath = new Uint8Array(7);
    const budget = { left: 50 };
    let offered = 0;
    const walked = walkSimplePaths(
      adjacencyOf(7, edges),
      0,
      (_v, _w, _e, on) => {
        offered += 1;
        return on ? "skip" : "descend";
      },
      budget,
      onPath,
    );
    expect([walked.cut, offered, budget.left]).toEqual([true, 50, 0]);
    expect(onPath.every((byte) => byte === 0)).toBe(true);
    // With nothing left, the next walk is cut before its first edge.
    expect(walkSimplePaths(adjacencyOf(7, edges), 3, () => "descend", budget, onPath).cut).toBe(true);
  });

  it("`stop` ends the walk without a cut; a node with no edges is a walk of nothing", () => {
    const adjacency = adjacencyOf(3, [
      [0, 1],
      [1, 2],
      [0, 2],
    ]);
    const seen: number[] = [];
    const walked = walkSimplePaths(
      adjacency,
      0,
      (_v, w) => {
        seen.push(w);
        return w === 2 ? "stop" : "descend";
      },
      { left: 100 },
      new Uint8Array(3),
    );
    expect([walked.cut, seen]).toEqual([false, [1, 2]]);
    expect(walkSimplePaths(adjacency, 2, () => "descend", { left: 0 }, new Uint8Array(3)).cut).toBe(false);
  });

  it("walks a path 100,000 deep on the default stack", () => {
    const n = 100_000;
    const adjacency = adjacencyOf(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const),
    );
    let deepest = 0;
    walkSimplePaths(
      adjacency,
      0,
      (_v, _w, _e, _on, path) => {
        deepest = Math.max(deepest, path.nodes.length);
        return "descend";
      },
      { left: Number.POSITIVE_INFINITY },
      new Uint8Array(n),
    );
    expect(deepest).toBe(n - 1);
  });
});
