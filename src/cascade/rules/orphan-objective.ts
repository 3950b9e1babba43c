import { type ChainEnd, chainEnds } from "../../internal/chain.js";
import type { ObjectiveGraph } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/**
 * `orphan-objective`: an objective below the apex level has no chain of contributions reaching an
 * objective at the apex: the community plan, or the corporate plan of a council with no community
 * strategy yet (seed 3.4.1.2; the apex is `CascadeFacts.apexLevel`). Its `path` is the objective and
 * the first objective it links to (alphabetically, among those that exist); `data.stop` is where its
 * chain stops and `data.apex` the apex level.
 *
 * @category Cascade rules
 * @example
 * import { orphanObjective } from "performance-management/cascade";
 * orphanObjective.meta.description //=> "An objective below the apex level (the community plan, or the corporate plan where there is none) has no chain of contributions reaching an objective at the apex."
 */
export const orphanObjective = defineRule({
  id: "orphan-objective",
  meta: {
    description:
      "An objective below the apex level (the community plan, or the corporate plan where there is none) has no chain of contributions reaching an objective at the apex.",
    defaultSeverity: "error",
    seedRef: "4.3",
    messages: {
      unlinked:
        'Objective "{{objective}}" ({{level}} level) contributes to nothing: link it to the higher objective it serves, so that its chain reaches the {{apex}} plan.',
      dangling:
        'Objective "{{objective}}" ({{level}} level) links only to objectives that do not exist, so it does not reach the {{apex}} plan: correct its links.',
      loop: 'Objective "{{objective}}" ({{level}} level) does not reach a {{apex}}-plan objective: its chain of contributions runs round a loop through "{{stop}}". Break the loop and link it to the higher objective it serves.',
      broken:
        'Objective "{{objective}}" ({{level}} level) does not reach a {{apex}}-plan objective: its chain of contributions stops at "{{stop}}". Link it, or the objective it stops at, to the higher objective it serves.',
    },
    docs: "docs/rules/orphan-objective.md",
  },
  check(context) {
    const { facts } = context;
    const graph = facts.graph();
    const { ids, up } = graph;
    const n = ids.length;
    // Only a framework with an orphan pays for the chain-walking arrays.
    let chains: ChainsByFirstId | undefined;
    const reaches = facts.reachesApexByPosition();
    const apexRank = facts.apexRank();
    const apex = facts.apexLevel() as string;
    for (let v = 0; v < n; v += 1) {
      const rank = graph.levelRank[v] as number;
      // An objective whose plan does not exist (rank -1) is left to dangling-reference.
      if (rank <= apexRank || reaches[v] === 1) continue;
      const id = ids[v] as string;
      const level = context.index.levelOf("objective", id) as string;
      chains ??= chainsByFirstId(graph);
      const subject = { kind: "objective", id } as const;
      const { end, stop } = chains.endOf(v);
      if (end === v && stop === "orphan") {
        context.report({ messageId: "unlinked", subject, data: { objective: id, level, apex }, path: [id] });
      } else if (end === v && stop === "missing-objective") {
        const links = context.index.objectives.at(v)?.contributesTo ?? [];
        const missing = links.map((link) => link.objective).sort()[0] as string;
        context.report({ messageId: "dangling", subject, data: { objective: id, level, apex }, path: [id, missing] });
      } else {
        context.report({
          messageId: stop === "cycle" ? "loop" : "broken",
          subject,
          data: { objective: id, level, apex, stop: ids[end] as string },
          path: [id, ids[up.targets[chains.steps[v] as number] as number] as string],
        });
      }
    }
  },
});

interface ChainsByFirstId {
  /** The step up from each objective: its edge to the alphabetically first existing objective it links to, or -1. */
  readonly steps: Int32Array;
  /** Where the chain of those steps ends; one that runs into a loop ends at the loop's alphabetically first objective. */
  readonly endOf: (from: number) => ChainEnd;
}

function chainsByFirstId(graph: ObjectiveGraph): ChainsByFirstId {
  const { ids, up } = graph;
  const steps = new Int32Array(ids.length).fill(-1);
  for (let v = 0; v < ids.length; v += 1) {
    for (let i = up.start[v] as number, end = up.start[v + 1] as number; i < end; i += 1) {
      const current = steps[v] as number;
      if (current === -1 || (ids[up.targets[i] as number] as string) < (ids[up.targets[current] as number] as string))
        steps[v] = i;
    }
  }
  return { steps, endOf: chainEnds(graph, (v) => steps[v] as number) };
}
