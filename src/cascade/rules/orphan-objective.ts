import { PlanLevel } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/**
 * `orphan-objective`: an objective below community level has no chain of contributions reaching a
 * community-level objective. Its `path` is the objective and the first objective it links to
 * (alphabetically, among those that exist); `data.stop` is where its chain stops.
 *
 * @category Cascade rules
 * @example
 * import { orphanObjective } from "performance-management/cascade";
 * orphanObjective.meta.description //=> "An objective below community level has no chain of contributions reaching a community-level objective."
 */
export const orphanObjective = defineRule({
  id: "orphan-objective",
  meta: {
    description:
      "An objective below community level has no chain of contributions reaching a community-level objective.",
    defaultSeverity: "error",
    seedRef: "4.3",
    messages: {
      unlinked:
        'Objective "{{objective}}" ({{level}} level) contributes to nothing: link it to the higher objective it serves, so that its chain reaches the community plan.',
      dangling:
        'Objective "{{objective}}" ({{level}} level) links only to objectives that do not exist, so it does not reach the community plan: correct its links.',
      loop: 'Objective "{{objective}}" ({{level}} level) does not reach a community-plan objective: its chain of contributions runs round a loop through "{{stop}}". Break the loop and link it to the higher objective it serves.',
      broken:
        'Objective "{{objective}}" ({{level}} level) does not reach a community-plan objective: its chain of contributions stops at "{{stop}}". Link it, or the objective it stops at, to the higher objective it serves.',
    },
    docs: "docs/rules/orphan-objective.md",
  },
  check(context) {
    const { facts } = context;
    const graph = facts.graph();
    const { ids, up } = graph;
    const n = ids.length;
    // The first step up from each objective: its alphabetically first link to an existing objective.
    let next = new Int32Array(0);
    const findNext = (): void => {
      next = new Int32Array(n).fill(-1);
      for (let v = 0; v < n; v += 1) {
        for (let i = up.start[v] as number, end = up.start[v + 1] as number; i < end; i += 1) {
          const w = up.targets[i] as number;
          const current = next[v] as number;
          if (current === -1 || (ids[w] as string) < (ids[current] as string)) next[v] = w;
        }
      }
    };
    // Where each chain stops, memoised along each walk. A chain that runs into a loop stops at the
    // loop's alphabetically first objective, whichever objective the walk started from.
    let stop = new Int32Array(0);
    let loops = new Uint8Array(0);
    let walkIndex = new Int32Array(0);
    const stopOf = (from: number): number => {
      const walk: number[] = [];
      let v = from;
      let end = -1;
      let loop = 0;
      while (end === -1) {
        if (stop[v] !== -1) {
          end = stop[v] as number;
          loop = loops[v] as number;
        } else if (walkIndex[v] !== -1) {
          end = v;
          for (let i = walkIndex[v] as number; i < walk.length; i += 1) {
            const w = walk[i] as number;
            if ((ids[w] as string) < (ids[end] as string)) end = w;
          }
          loop = 1;
        } else if (next[v] === -1) {
          end = v;
        } else {
          walkIndex[v] = walk.length;
          walk.push(v);
          v = next[v] as number;
        }
      }
      for (const w of walk) {
        stop[w] = end;
        loops[w] = loop;
        walkIndex[w] = -1;
      }
      return end;
    };
    const reaches = facts.reachesCommunityByPosition();
    let prepared = false;
    for (let v = 0; v < n; v += 1) {
      const rank = graph.levelRank[v] as number;
      if (rank <= 0 || reaches[v] === 1) continue;
      const id = ids[v] as string;
      const level = PlanLevel.options[rank] as string;
      if (!prepared) {
        // Only a framework with an orphan pays for the chain-walking arrays.
        findNext();
        stop = new Int32Array(n).fill(-1);
        loops = new Uint8Array(n);
        walkIndex = new Int32Array(n).fill(-1);
        prepared = true;
      }
      const links = context.index.objectives.at(v)?.contributesTo ?? [];
      const subject = { kind: "objective", id } as const;
      if (links.length === 0) {
        context.report({ messageId: "unlinked", subject, data: { objective: id, level }, path: [id] });
      } else if (next[v] === -1) {
        const missing = links.map((link) => link.objective).sort()[0] as string;
        context.report({ messageId: "dangling", subject, data: { objective: id, level }, path: [id, missing] });
      } else {
        const end = stopOf(v);
        context.report({
          messageId: loops[v] === 1 ? "loop" : "broken",
          subject,
          data: { objective: id, level, stop: ids[end] as string },
          path: [id, ids[next[v] as number] as string],
        });
      }
    }
  },
});
