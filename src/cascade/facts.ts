import type { Adjacency } from "../internal/graph.js";
import { adjacencyFrom, reachable } from "../internal/graph.js";
import type { FrameworkIndex, Id, PlanLevel, Target } from "../model/index.js";

/**
 * The objectives as a graph of integers: position `i` is the objective `ids[i]`; `up` follows
 * `contributesTo` links (to objectives that exist), `down` the same links reversed.
 *
 * @category Cascade
 * @example
 * import { indexFramework } from "performance-management";
 * import { CascadeFacts, type ObjectiveGraph } from "performance-management/cascade";
 * const facts = new CascadeFacts(indexFramework({
 *   id: "fw", name: "Two", owners: [], indicators: [], targets: [],
 *   plans: [{ id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "a", plan: "cp", title: "A" }, { id: "b", plan: "cp", title: "B", contributesTo: [{ objective: "a" }] }],
 * }));
 * const graph: ObjectiveGraph = facts.graph();
 * graph.ids //=> ["a", "b"]
 */
export interface ObjectiveGraph {
  readonly ids: readonly Id[];
  readonly position: ReadonlyMap<Id, number>;
  readonly up: Adjacency;
  readonly down: Adjacency;
}

/**
 * Facts about a framework's cascade that several rules need, each computed at most once per check:
 * the objective graph, which objectives reach the community plan, each objective's level, each
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

  /** @param index - the framework's index */
  constructor(index: FrameworkIndex) {
    this.index = index;
  }

  /** The objective graph (built on first use). */
  graph(): ObjectiveGraph {
    if (this.#graph !== undefined) return this.#graph;
    const ids = [...this.index.objectives.keys()];
    const position = new Map<Id, number>();
    for (let i = 0; i < ids.length; i += 1) position.set(ids[i] as Id, i);
    const sources: number[] = [];
    const targets: number[] = [];
    for (let i = 0; i < ids.length; i += 1) {
      const links = this.index.objectives.get(ids[i] as Id)?.contributesTo;
      if (links === undefined) continue;
      for (const link of links) {
        const to = position.get(link.objective);
        if (to !== undefined) {
          sources.push(i);
          targets.push(to);
        }
      }
    }
    const n = ids.length;
    this.#graph = {
      ids,
      position,
      up: adjacencyFrom(n, sources, targets, sources.length),
      down: adjacencyFrom(n, targets, sources, sources.length),
    };
    return this.#graph;
  }

  /** The level of an objective, from its plan; `undefined` when either does not exist. */
  levelOf(objectiveId: Id): PlanLevel | undefined {
    const objective = this.index.objectives.get(objectiveId);
    return objective === undefined ? undefined : this.index.plans.get(objective.plan)?.level;
  }

  /** Whether an objective is at community level or has a chain of contributions up to one that is. */
  reachesCommunity(objectiveId: Id): boolean {
    const graph = this.graph();
    if (this.#reaches === undefined) {
      const sources: number[] = [];
      graph.ids.forEach((id, i) => {
        if (this.levelOf(id) === "community") sources.push(i);
      });
      this.#reaches = reachable(graph.ids.length, graph.down, sources);
    }
    const at = graph.position.get(objectiveId);
    return at !== undefined && this.#reaches[at] === 1;
  }

  /** Who owns a target: its own owner, else its objective's, else its objective's plan's. */
  ownerOfTarget(target: Target): Id | undefined {
    if (target.owner !== undefined) return target.owner;
    const objective = this.index.objectives.get(target.objective);
    if (objective?.owner !== undefined) return objective.owner;
    return objective === undefined ? undefined : this.index.plans.get(objective.plan)?.owner;
  }
}
