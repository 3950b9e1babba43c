import { reverseAdjacency, reverseLabelledEdges } from "../internal/graph.js";
import type { Adjacency, ObjectiveGraph } from "../internal/objectiveGraphTypes.js";
import type { EntityMap } from "./entityMap.js";
import type { Objective } from "./objective.js";
import type { Plan } from "./plan.js";
import { planLevelRank } from "./levels.js";
import type { Id } from "./primitives.js";

export type { Adjacency, ObjectiveGraph } from "../internal/objectiveGraphTypes.js";

/**
 * Builds the {@link ObjectiveGraph}: one pass resolving plans, one resolving links (a hash table at
 * a time stays in cache), then the reverse adjacency by counting sort.
 * @internal
 */
export function buildObjectiveGraph(objectives: EntityMap<Objective>, plans: EntityMap<Plan>): ObjectiveGraph {
  const n = objectives.size;
  const ids: Id[] = [];
  const levelRank = new Int8Array(n);
  // Each plan's level rank by its position: the plans' own table of ids answers which plan an
  // objective names, and no second table is built. Objectives listed plan by plan name the same
  // plan in a row, and the last answer is reused.
  const planLevels = new Int8Array(plans.size);
  for (let p = 0; p < plans.size; p += 1) planLevels[p] = planLevelRank((plans.at(p) as Plan).level);
  // `upStart` first counts each objective's links, then (below) its resolved links.
  const upStart = new Int32Array(n + 1);
  const unresolved: number[] = [];
  // One pass over the objectives reads each one's plan (the last answer reused) and gathers its
  // links' ids in order; the links are then resolved at once (EntityMap.positionsOf overlaps the
  // look-ups, which land all over a table of a million ids).
  const linkIds: Id[] = [];
  let lastPlan: Id | undefined;
  let lastRank = -1;
  for (let i = 0; i < n; i += 1) {
    const objective = objectives.at(i) as Objective;
    ids.push(objective.id);
    if (objective.plan !== lastPlan) {
      lastPlan = objective.plan;
      const position = plans.positionOf(lastPlan);
      lastRank = position === undefined ? -1 : (planLevels[position] as number);
    }
    levelRank[i] = lastRank;
    const links = objective.contributesTo;
    if (links !== undefined) for (const link of links) linkIds.push(link.objective);
    upStart[i + 1] = linkIds.length;
  }
  const resolved = objectives.positionsOf(linkIds);
  const edgeTargets = new Int32Array(linkIds.length);
  let edges = 0;
  let first = 0;
  for (let i = 0; i < n; i += 1) {
    const end = upStart[i + 1] as number;
    for (let l = first; l < end; l += 1) {
      const to = resolved[l] as number;
      if (to === -1) {
        unresolved.push(i, l - first);
      } else {
        edgeTargets[edges] = to;
        edges += 1;
      }
    }
    first = end;
    upStart[i + 1] = edges;
  }
  const up = { start: upStart, targets: edgeTargets.subarray(0, edges) };
  // The edge labels are worked out on first read: most engines never need them.
  let upContribution: Int32Array | undefined;
  let downContribution: Int32Array | undefined;
  const upLabels = (): Int32Array => (upContribution ??= contributionPositions(up, unresolved));
  return {
    ids,
    up,
    down: reverseAdjacency(n, up),
    levelRank,
    unresolved,
    get upContribution() {
      return upLabels();
    },
    get downContribution() {
      return (downContribution ??= reverseLabelledEdges(n, up, upLabels()).labels);
    },
  };
}

/**
 * Each `up` edge's position in its objective's `contributesTo`: the positions of its links, less
 * those `unresolved` lists (pairs of objective and link position, in order), without resolving
 * any link again.
 */
function contributionPositions(up: Adjacency, unresolved: readonly number[]): Int32Array {
  const positions = new Int32Array(up.targets.length);
  let u = 0;
  for (let v = 0; v + 1 < up.start.length; v += 1) {
    let k = 0;
    for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
      while (unresolved[u] === v && unresolved[u + 1] === k) {
        k += 1;
        u += 2;
      }
      positions[e] = k;
      k += 1;
    }
    while (unresolved[u] === v) u += 2;
  }
  return positions;
}
