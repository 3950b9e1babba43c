import type { Adjacency, PlanLevel } from "../../model/index.js";
import { defineRule } from "../defineRule.js";

/**
 * `lateral-link`: an objective contributes to one at its own level whose chain never climbs: a
 * sideways link that leads nowhere higher. A hand-off between people or teams at one level that
 * then climbs (Stockton's receptionist, then the officers who inspect and repair, then the estate
 * management team: seed 5.3.5.6) is how work flows, and is not reported.
 *
 * @category Cascade rules
 * @example
 * import { lateralLink } from "performance-management/cascade";
 * lateralLink.meta.defaultSeverity //=> "warning"
 */
export const lateralLink = defineRule({
  id: "lateral-link",
  meta: {
    description: "An objective contributes to one at its own level whose chain never climbs higher.",
    defaultSeverity: "warning",
    seedRef: "3.4.1.2",
    messages: {
      lateral:
        'Objective "{{from}}" contributes to "{{to}}" at its own ({{level}}) level, and the chain from "{{to}}" never climbs higher: link it to the higher-level objective it serves, so the cascade runs from plan to plan.',
    },
    docs: "docs/rules/lateral-link.md",
  },
  check(context) {
    const { index, facts } = context;
    const { ids, up, down, levelRank } = facts.graph();
    const climbs = climbers(ids.length, up, down, levelRank);
    for (let v = 0; v < ids.length; v += 1) {
      const rank = levelRank[v] as number;
      if (rank < 0) continue;
      for (let i = up.start[v] as number, end = up.start[v + 1] as number; i < end; i += 1) {
        const w = up.targets[i] as number;
        if (w !== v && levelRank[w] === rank && climbs[w] === 0) {
          const from = ids[v] as string;
          const to = ids[w] as string;
          context.report({
            messageId: "lateral",
            subject: { kind: "objective", id: from },
            data: { from, to, level: index.levelOf("objective", from) as PlanLevel },
            path: [from, to],
          });
        }
      }
    }
  },
});

/**
 * Which objectives climb: link to an objective at a higher level, directly or through links to
 * objectives at their own level that climb. A breadth-first walk down same-level links from the
 * objectives that link higher, so linear in objectives and links, and iterative.
 */
function climbers(n: number, up: Adjacency, down: Adjacency, levelRank: Int8Array): Uint8Array {
  const climbs = new Uint8Array(n);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let v = 0; v < n; v += 1) {
    const rank = levelRank[v] as number;
    if (rank < 0) continue;
    for (let i = up.start[v] as number, end = up.start[v + 1] as number; i < end; i += 1) {
      const w = up.targets[i] as number;
      const higher = levelRank[w] as number;
      if (higher >= 0 && higher < rank) {
        climbs[v] = 1;
        queue[tail] = v;
        tail += 1;
        break;
      }
    }
  }
  for (let head = 0; head < tail; head += 1) {
    const w = queue[head] as number;
    for (let i = down.start[w] as number, end = down.start[w + 1] as number; i < end; i += 1) {
      const v = down.targets[i] as number;
      if (climbs[v] === 0 && levelRank[v] === levelRank[w]) {
        climbs[v] = 1;
        queue[tail] = v;
        tail += 1;
      }
    }
  }
  return climbs;
}
