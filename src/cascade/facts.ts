import type { Adjacency } from "../internal/graph.js";
import { reachable, reverseAdjacency } from "../internal/graph.js";
import type { FrameworkIndex, Id, Objective, PlanLevel, Target } from "../model/index.js";
import { PlanLevel as PlanLevels } from "../model/index.js";

/**
 * The objectives as a graph of integers. Position `i` is the objective `ids[i]` (its position in
 * `index.objectives`); `up` follows `contributesTo` links to objectives that exist, `down` the same
 * links reversed; `levelRank[i]` is the rank of its plan's level (0 for community) or -1 when its
 * plan does not exist; `unresolved` lists, as pairs of objective position and link position, the
 * links that name no objective.
 *
 * @category Cascade
 * @example
 * import { indexFramework } from "performance-management";
 * import { CascadeFacts, type ObjectiveGraph } from "performance-management/cascade";
 * const facts = new CascadeFacts(indexFramework({
 *   id: "fw", name: "Two", owners: [], indicators: [], targets: [],
 *   plans: [{ id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "a", plan: "cp", title: "A" }, { id: "b", plan: "cp", title: "B", contributesTo: [{ objective: "a" }, { objective: "gone" }] }],
 * }));
 * const graph: ObjectiveGraph = facts.graph();
 * [graph.ids, [...graph.levelRank], [...graph.unresolved]] //=> [["a", "b"], [0, 0], [1, 1]]
 */
export interface ObjectiveGraph {
  readonly ids: readonly Id[];
  readonly up: Adjacency;
  readonly down: Adjacency;
  readonly levelRank: Int8Array;
  readonly unresolved: readonly number[];
}

/**
 * Facts about a framework's cascade that several rules need, each computed at most once per check:
 * the objective graph, which objectives reach the community plan, which have targets, each
 * target's owner. Custom rules receive the same object as `context.facts`.
 *
 * @category Cascade
 * @example
 * import { indexFramework } from "performance-management";
 * import { CascadeFacts } from "performance-management/cascade";
 * const facts = new CascadeFacts(indexFramework({
 *   id: "fw", name: "Chain", owners: [], indicators: [], targets: [],
 *   plans: [
 *     { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
 *     { id: "sp", name: "Service plan", level: "service", period: { start: "2001-04-01", end: "2002-03-31" } },
 *   ],
 *   objectives: [
 *     { id: "top", plan: "cp", title: "Zero homelessness" },
 *     { id: "linked", plan: "sp", title: "Offers in 21 days", contributesTo: [{ objective: "top" }] },
 *     { id: "loose", plan: "sp", title: "Unlinked" },
 *   ],
 * }));
 * [facts.reachesCommunity("linked"), facts.reachesCommunity("loose"), facts.levelOf("linked")] //=> [true, false, "service"]
 */
export class CascadeFacts {
  /** The index the facts are about. */
  readonly index: FrameworkIndex;
  #graph: ObjectiveGraph | undefined;
  #reaches: Uint8Array | undefined;
  #hasTargets: Uint8Array | undefined;

  /** @param index - the framework's index */
  constructor(index: FrameworkIndex) {
    this.index = index;
  }

  /** The objective graph (built on first use, in one pass over the objectives). */
  graph(): ObjectiveGraph {
    if (this.#graph !== undefined) return this.#graph;
    const { objectives, plans } = this.index;
    const n = objectives.size;
    const ids: Id[] = [];
    const levelRank = new Int8Array(n);
    const planRank = new Map<Id, number>();
    for (const plan of plans.values()) planRank.set(plan.id, PlanLevels.options.indexOf(plan.level));
    let linkCount = 0;
    for (let i = 0; i < n; i += 1) linkCount += objectives.at(i)?.contributesTo?.length ?? 0;
    // Edges resolved once into typed arrays; `upStart` counts each objective's resolved links.
    const edgeTargets = new Int32Array(linkCount);
    const upStart = new Int32Array(n + 1);
    const unresolved: number[] = [];
    // One table at a time: a pass for plans, then one for links, keeps each hash table in cache.
    for (let i = 0; i < n; i += 1) {
      const objective = objectives.at(i) as Objective;
      ids.push(objective.id);
      levelRank[i] = planRank.get(objective.plan) ?? -1;
    }
    let edges = 0;
    for (let i = 0; i < n; i += 1) {
      const links = (objectives.at(i) as Objective).contributesTo;
      if (links !== undefined) {
        for (let k = 0; k < links.length; k += 1) {
          const to = objectives.positionOf((links[k] as { objective: Id }).objective);
          if (to === undefined) {
            unresolved.push(i, k);
          } else {
            edgeTargets[edges] = to;
            edges += 1;
          }
        }
      }
      upStart[i + 1] = edges;
    }
    const up = { start: upStart, targets: edgeTargets.subarray(0, edges) };
    this.#graph = { ids, up, down: reverseAdjacency(n, up), levelRank, unresolved };
    return this.#graph;
  }

  /** The level of an objective, from its plan; `undefined` when either does not exist. */
  levelOf(objectiveId: Id): PlanLevel | undefined {
    const position = this.index.objectives.positionOf(objectiveId);
    if (position === undefined) return undefined;
    return PlanLevels.options[this.graph().levelRank[position] as number];
  }

  /** For each objective position, 1 when the objective is at community level or has a chain of contributions up to one that is. */
  reachesCommunityByPosition(): Uint8Array {
    if (this.#reaches === undefined) {
      const graph = this.graph();
      const sources: number[] = [];
      for (let i = 0; i < graph.ids.length; i += 1) if (graph.levelRank[i] === 0) sources.push(i);
      this.#reaches = reachable(graph.ids.length, graph.down, sources);
    }
    return this.#reaches;
  }

  /** Whether an objective is at community level or has a chain of contributions up to one that is. */
  reachesCommunity(objectiveId: Id): boolean {
    const position = this.index.objectives.positionOf(objectiveId);
    return position !== undefined && this.reachesCommunityByPosition()[position] === 1;
  }

  /** For each objective position, 1 when some target names the objective. */
  hasTargetsByPosition(): Uint8Array {
    if (this.#hasTargets === undefined) {
      const marks = new Uint8Array(this.index.objectives.size);
      for (const target of this.index.framework.targets) {
        const position = this.index.objectives.positionOf(target.objective);
        if (position !== undefined) marks[position] = 1;
      }
      this.#hasTargets = marks;
    }
    return this.#hasTargets;
  }

  /** Who owns a target: its own owner, else its objective's, else its objective's plan's. */
  ownerOfTarget(target: Target): Id | undefined {
    if (target.owner !== undefined) return target.owner;
    const objective = this.index.objectives.get(target.objective);
    if (objective?.owner !== undefined) return objective.owner;
    return objective === undefined ? undefined : this.index.plans.get(objective.plan)?.owner;
  }
}
