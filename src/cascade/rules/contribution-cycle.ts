import { nodesLeftByPeeling, shortestCycleThrough, stronglyConnectedComponents } from "../../internal/graph.js";
import { defineRule } from "../defineRule.js";

/**
 * `contribution-cycle`: objectives contribute to each other in a loop. One finding per loop (strongly
 * connected component), whose `path` is the shortest cycle through its alphabetically first objective.
 *
 * @category Cascade rules
 * @example
 * import { contributionCycle } from "performance-management/cascade";
 * contributionCycle.id //=> "contribution-cycle"
 */
export const contributionCycle = defineRule({
  id: "contribution-cycle",
  meta: {
    description: "Objectives contribute to each other in a loop.",
    defaultSeverity: "error",
    seedRef: "5.3.5.6",
    messages: {
      cycle:
        "Objectives contribute to each other in a loop: {{cycle}}. A chain of contributions must lead up to the community plan: remove or redirect one of these links.",
    },
    docs: "docs/rules/contribution-cycle.md",
  },
  check(context) {
    const graph = context.facts.graph();
    const n = graph.ids.length;
    // An acyclic cascade (the usual case) has nothing left after peeling: no loop to look for.
    if (nodesLeftByPeeling(n, graph.up).length === 0) return;
    const { component, count } = stronglyConnectedComponents(n, graph.up);
    const size = new Int32Array(count);
    const first = new Int32Array(count).fill(-1);
    for (let v = 0; v < n; v += 1) {
      const c = component[v] as number;
      size[c] = (size[c] as number) + 1;
      const current = first[c] as number;
      if (current === -1 || (graph.ids[v] as string) < (graph.ids[current] as string)) first[c] = v;
    }
    const compare = (a: number, b: number): number => ((graph.ids[a] as string) < (graph.ids[b] as string) ? -1 : 1);
    for (let c = 0; c < count; c += 1) {
      const start = first[c] as number;
      let looped = (size[c] as number) > 1;
      if (!looped) {
        for (let i = graph.up.start[start] as number; i < (graph.up.start[start + 1] as number); i += 1) {
          if (graph.up.targets[i] === start) looped = true;
        }
      }
      if (!looped) continue;
      const path = shortestCycleThrough(start, graph.up, component, compare).map((v) => graph.ids[v] as string);
      const members = new Set(path);
      context.report({
        messageId: "cycle",
        subject: { kind: "objective", id: graph.ids[start] as string },
        data: { cycle: path.map((id) => `"${id}"`).join(" → ") },
        path,
        related: [...members]
          .filter((id) => id !== graph.ids[start])
          .sort()
          .map((id) => ({ kind: "objective", id })),
      });
    }
  },
});
