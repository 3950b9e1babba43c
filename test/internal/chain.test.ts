import { describe, expect, it } from "vitest";
import { type ChainUp, chainEnds, firstLinkUp, walkChainUp } from "../../src/internal/chain.js";
import { indexFramework } from "../../src/index.js";
import type { ObjectiveGraph } from "../../src/model/index.js";
import { describeChainUp, objectiveGraphOf } from "../helpers/graphs.js";

/** A chain as plain arrays, for readable expectations. */
function plain(chain: ChainUp): { nodes: number[]; edges: number[]; stop: string } {
  return { nodes: [...chain.nodes], edges: [...chain.edges], stop: chain.stop };
}

/** The objective reached by each edge of a chain (-1 for none). */
function reachedBy(graph: ObjectiveGraph, chain: ChainUp): number[] {
  return [...chain.edges].map((edge) => (edge === -1 ? -1 : (graph.up.targets[edge] ?? -2)));
}

describe("walkChainUp", () => {
  // 0 is community level; 1 → 0; 2 → 1; 3 → 4 → 5 → 3 is a loop; 6 links nowhere; 7 → 6; 8 only to a missing objective.
  const graph = objectiveGraphOf(
    9,
    [
      [1, 0],
      [2, 1],
      [3, 4],
      [4, 5],
      [5, 3],
      [7, 6],
    ],
    [0],
    [8],
  );

  it("stops at a community-level objective", () => {
    const chain = walkChainUp(graph, 2);
    expect(plain(chain)).toEqual({ nodes: [2, 1, 0], edges: [1, 0, -1], stop: "community" });
    expect(reachedBy(graph, chain)).toEqual([1, 0, -1]);
    expect(plain(walkChainUp(graph, 0))).toEqual({ nodes: [0], edges: [-1], stop: "community" });
  });

  it("stops at an objective with no link up: an orphan", () => {
    expect(plain(walkChainUp(graph, 7))).toEqual({ nodes: [7, 6], edges: [5, -1], stop: "orphan" });
  });

  it("stops at an objective whose links name only missing objectives", () => {
    expect(plain(walkChainUp(graph, 8))).toEqual({ nodes: [8], edges: [-1], stop: "missing-objective" });
  });

  it("stops on a loop, its last edge leading back onto the chain", () => {
    const chain = walkChainUp(graph, 4);
    expect(plain(chain)).toEqual({ nodes: [4, 5, 3], edges: [3, 4, 2], stop: "cycle" });
    expect(reachedBy(graph, chain)).toEqual([5, 3, 4]);
  });

  it("follows the link the step chooses, the first existing one by default", () => {
    const fork = objectiveGraphOf(
      4,
      [
        [3, 1],
        [3, 2],
        [1, 0],
        [2, 0],
      ],
      [0],
    );
    expect([...walkChainUp(fork, 3).nodes]).toEqual([3, 1, 0]);
    expect(firstLinkUp(fork)(3)).toBe(fork.up.start[3]);
    expect(firstLinkUp(fork)(0)).toBe(-1);
    const second = (node: number): number => (node === 3 ? (fork.up.start[3] ?? 0) + 1 : firstLinkUp(fork)(node));
    expect([...walkChainUp(fork, 3, second).nodes]).toEqual([3, 2, 0]);
  });

  it("walks a 100,000-deep chain", () => {
    const n = 100_000;
    const deep = objectiveGraphOf(
      n,
      Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const),
      [0],
    );
    const chain = walkChainUp(deep, n - 1);
    expect([chain.nodes.length, chain.nodes[n - 1], chain.stop]).toEqual([n, 0, "community"]);
    const loop = objectiveGraphOf(n, [...Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const), [0, n - 1]]);
    expect([walkChainUp(loop, 0).nodes.length, walkChainUp(loop, 0).stop]).toEqual([n, "cycle"]);
    expect(chainEnds(loop)(n - 1)).toEqual({ end: 0, stop: "cycle" });
    expect(chainEnds(deep)(n - 1)).toEqual({ end: 0, stop: "community" });
  });

  it("reads a chain's links through upContribution, on an indexed framework", () => {
    const index = indexFramework({
      id: "fw",
      name: "Chain",
      owners: [],
      indicators: [],
      targets: [],
      plans: [
        { id: "cp", name: "Community", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
        { id: "sp", name: "Service", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } },
      ],
      objectives: [
        { id: "top", plan: "cp", title: "Top" },
        {
          id: "mid",
          plan: "sp",
          title: "Mid",
          contributesTo: [{ objective: "gone" }, { objective: "top", soThat: "the top is met" }],
        },
        { id: "low", plan: "sp", title: "Low", contributesTo: [{ objective: "mid", soThat: "the middle is met" }] },
        { id: "lost", plan: "sp", title: "Lost", contributesTo: [{ objective: "gone" }] },
      ],
    });
    expect(describeChainUp(index, "low")).toEqual({
      lines: ["low so that the middle is met", "mid so that the top is met", "top"],
      stop: "community",
    });
    expect(describeChainUp(index, "lost")).toEqual({ lines: ["lost"], stop: "missing-objective" });
    expect(describeChainUp(index, "nobody")).toEqual({ lines: [], stop: undefined });
  });
});

describe("chainEnds", () => {
  it("gives each chain's end and stop, a loop ending at its first objective by id from wherever it is entered", () => {
    // 1 → 2 → 3 → 2 (loop of 2 and 3); 4 → 1; 5 → 6 (6 an orphan); 7 only to a missing objective; 0 community.
    const graph = objectiveGraphOf(
      8,
      [
        [1, 2],
        [2, 3],
        [3, 2],
        [4, 1],
        [5, 6],
      ],
      [0],
      [7],
    );
    const endOf = chainEnds(graph);
    expect([3, 4, 1, 2].map((v) => endOf(v))).toEqual([
      { end: 2, stop: "cycle" },
      { end: 2, stop: "cycle" },
      { end: 2, stop: "cycle" },
      { end: 2, stop: "cycle" },
    ]);
    expect([5, 6, 7, 0].map((v) => endOf(v))).toEqual([
      { end: 6, stop: "orphan" },
      { end: 6, stop: "orphan" },
      { end: 7, stop: "missing-objective" },
      { end: 0, stop: "community" },
    ]);
  });
});
