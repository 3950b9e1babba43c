import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type StepUp, chainEnds, walkChainUp } from "../../src/internal/chain.js";
import type { ObjectiveGraph } from "../../src/model/index.js";
import { objectiveGraphOf } from "../helpers/graphs.js";

/** Objective graphs with random levels (-1 no plan, 0 community, 1–2 lower) and links to missing objectives. */
const objectiveGraphs = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc
      .tuple(
        fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 24 }),
        fc.array(fc.integer({ min: -1, max: 2 }), { minLength: n, maxLength: n }),
        fc.uniqueArray(fc.nat(n - 1), { maxLength: n }),
        fc.array(fc.nat(), { minLength: n, maxLength: n }),
      )
      .map(([edges, levels, missing, choices]) => ({ graph: objectiveGraphOf(n, edges, levels, missing), choices })),
  );

/** A step up that takes, from each objective, the edge its random choice picks (or none when it has none). */
function chosenStep(graph: ObjectiveGraph, choices: readonly number[]): StepUp {
  return (node) => {
    const first = graph.up.start[node] as number;
    const count = (graph.up.start[node + 1] as number) - first;
    return count === 0 ? -1 : first + ((choices[node] ?? 0) % count);
  };
}

function hasMissingLink(graph: ObjectiveGraph, node: number): boolean {
  return graph.unresolved.some((value, i) => i % 2 === 0 && value === node);
}

describe("chains of contributions (properties)", () => {
  it("walkChainUp follows the chosen steps, each objective once, and says truly why it stops", () => {
    fc.assert(
      fc.property(objectiveGraphs, ({ graph, choices }) => {
        const step = chosenStep(graph, choices);
        for (let from = 0; from < graph.ids.length; from += 1) {
          const { nodes, edges, stop } = walkChainUp(graph, from, step);
          expect(nodes[0]).toBe(from);
          expect(new Set(nodes).size).toBe(nodes.length);
          expect(edges.length).toBe(nodes.length);
          for (let i = 0; i + 1 < nodes.length; i += 1) {
            const node = nodes[i] as number;
            expect(graph.levelRank[node]).not.toBe(0);
            expect(edges[i]).toBe(step(node));
            expect(graph.up.targets[edges[i] as number]).toBe(nodes[i + 1]);
          }
          const last = nodes[nodes.length - 1] as number;
          const lastEdge = edges[edges.length - 1] as number;
          const noStep = step(last) === -1;
          expect(stop).toBe(
            graph.levelRank[last] === 0
              ? "community"
              : !noStep
                ? "cycle"
                : hasMissingLink(graph, last)
                  ? "missing-objective"
                  : "orphan",
          );
          if (stop === "cycle") {
            expect(lastEdge).toBe(step(last));
            expect(nodes).toContain(graph.up.targets[lastEdge]);
          } else {
            expect(lastEdge).toBe(-1);
          }
        }
      }),
    );
  });

  it("chainEnds agrees with walkChainUp whatever order it is asked in; a loop ends at its first objective by id", () => {
    fc.assert(
      fc.property(
        objectiveGraphs.chain((drawn) =>
          fc.tuple(
            fc.constant(drawn),
            fc.shuffledSubarray(
              Array.from({ length: drawn.graph.ids.length }, (_, v) => v),
              { minLength: drawn.graph.ids.length },
            ),
          ),
        ),
        ([{ graph, choices }, askOrder]) => {
          const step = chosenStep(graph, choices);
          const endOf = chainEnds(graph, step);
          for (const from of askOrder) {
            const { nodes, edges, stop } = walkChainUp(graph, from, step);
            const last = nodes[nodes.length - 1] as number;
            let end = last;
            if (stop === "cycle") {
              const loopStart = nodes.indexOf(graph.up.targets[edges[edges.length - 1] as number] as number);
              const loop = [...nodes.subarray(loopStart)].map((v) => graph.ids[v] as string).sort();
              end = graph.ids.indexOf(loop[0] as string);
            }
            expect(endOf(from)).toEqual({ end, stop });
          }
        },
      ),
    );
  });
});
