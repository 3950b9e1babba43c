import { apexLevelOf, atApexByPosition } from "../model/apex.js";
import { reachable } from "../internal/graph.js";
import { type FrameworkIndex, type Id, type ObjectiveGraph, type PlanLevel, type Target } from "../model/index.js";
import { planLevelRank } from "../model/levels.js";

/**
 * The plan at the apex of a cascade whose period ends last: the horizon long-term targets are judged against.
 *
 * @category Cascade
 */
export interface ApexHorizon {
  /** The plan's id (of two ending on one day, the alphabetically first). */
  readonly plan: Id;
  /** The plan's level: the apex level, or a higher one present above an apex set explicitly. */
  readonly level: PlanLevel;
  /** The last day of its period, `YYYY-MM-DD`. */
  readonly end: string;
}

/**
 * Facts about a framework's cascade that several rules need, each computed at most once per check:
 * the objective graph, the apex of the cascade and which objectives reach it, which have targets,
 * each target's owner. Custom rules receive the same object as `context.facts`.
 *
 * The apex answers "which level is the top of this cascade", worked out in one place that the
 * accountability engine's chains end at too: the framework's `apexLevel` when it gives one, else
 * the highest level any plan is at, so a council with no community strategy yet has its corporate
 * plan at the apex (seed 3.4.1.2). Objectives and plans at the apex level, or above an apex set
 * explicitly lower, are the top of the cascade.
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
 * [facts.reachesApex("linked"), facts.reachesApex("loose"), facts.levelOf("linked")] //=> [true, false, "service"]
 * [facts.apexLevel(), facts.apexHorizon()?.end] //=> ["community", "2004-03-31"]
 */
export class CascadeFacts {
  /** The index the facts are about. */
  readonly index: FrameworkIndex;
  #reachesApex: Uint8Array | undefined;
  #apex: { level: PlanLevel | undefined; horizon: ApexHorizon | undefined } | undefined;
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

  /**
   * The level at the apex of the cascade: the framework's `apexLevel`, else the highest level any
   * plan is at; `undefined` for a framework with neither.
   */
  apexLevel(): PlanLevel | undefined {
    return this.#apexFacts().level;
  }

  /**
   * The rank of the apex level ({@link planLevelRank}); -1 when there is no apex. An objective or
   * plan whose level's rank is at most this is at the top of the cascade.
   */
  apexRank(): number {
    const level = this.apexLevel();
    return level === undefined ? -1 : planLevelRank(level);
  }

  /**
   * The plan at or above the apex level whose period ends last (of two ending on one day, the
   * alphabetically first id): the horizon a long-term target may run to. `undefined` when no plan is
   * at or above the apex (an apex set explicitly above every plan present).
   */
  apexHorizon(): ApexHorizon | undefined {
    return this.#apexFacts().horizon;
  }

  #apexFacts(): { level: PlanLevel | undefined; horizon: ApexHorizon | undefined } {
    if (this.#apex !== undefined) return this.#apex;
    const level = apexLevelOf(this.index);
    let horizon: ApexHorizon | undefined;
    if (level !== undefined) {
      const rank = planLevelRank(level);
      for (const plan of this.index.plans.values()) {
        if (planLevelRank(plan.level) > rank) continue;
        const end = plan.period.end;
        if (horizon === undefined || end > horizon.end || (end === horizon.end && plan.id < horizon.plan))
          horizon = { plan: plan.id, level: plan.level, end };
      }
    }
    this.#apex = { level, horizon };
    return this.#apex;
  }

  /** For each objective position, 1 when the objective is at or above the apex level or has a chain of contributions up to one that is. */
  reachesApexByPosition(): Uint8Array {
    if (this.#reachesApex === undefined) {
      const graph = this.graph();
      const atApex = atApexByPosition(this.index);
      const sources: number[] = [];
      for (let i = 0; i < graph.ids.length; i += 1) if (atApex[i] === 1) sources.push(i);
      this.#reachesApex = reachable(graph.ids.length, graph.down, sources);
    }
    return this.#reachesApex;
  }

  /** Whether an objective is at or above the apex level or has a chain of contributions up to one that is. */
  reachesApex(objectiveId: Id): boolean {
    const position = this.index.objectives.positionOf(objectiveId);
    return position !== undefined && this.reachesApexByPosition()[position] === 1;
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
