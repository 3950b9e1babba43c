import { reachable } from "../internal/graph.js";
import type { FrameworkIndex, Id, ObjectiveGraph, PlanLevel, Target } from "../model/index.js";

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
  #reaches: Uint8Array | undefined;
  #hasTargets: Uint8Array | undefined;

  /** @param index - the framework's index */
  constructor(index: FrameworkIndex) {
    this.index = index;
  }

  /** The objective graph: the index's, built on first use and shared by every check of that index. */
  graph(): ObjectiveGraph {
    return this.index.objectiveGraph;
  }

  /** The level of an objective, from its plan; `undefined` when either does not exist. Reads `index.levelOf`. */
  levelOf(objectiveId: Id): PlanLevel | undefined {
    return this.index.levelOf("objective", objectiveId);
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

  /**
   * Who owns a target: its own owner, else its objective's, else its objective's plan's. Reads
   * `index.ownerOf`, which also says which of them supplied the owner. A target object the index
   * does not hold (a second target with an id already used) is judged by its own fields the same way.
   */
  ownerOfTarget(target: Target): Id | undefined {
    return target.owner ?? this.index.ownerOf("objective", target.objective)?.owner;
  }
}
