import { quoted } from "../internal/shown.js";
import { accountabilityError } from "./errors.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Framework, FrameworkIndex, Id, Objective, PlanLevel, Target } from "../model/index.js";
import { AccountabilityError } from "./errors.js";
import { ENDINGS, chainCount, firstChains } from "./first.js";
import { objectiveRef, targetRef } from "./subjects.js";
import type { ChainStop, OwnerRef, SubjectRef } from "./types.js";

/** The part of a {@link PortfolioItem} that sums up its first chain. */
type FirstChain = Pick<
  PortfolioItem,
  "next" | "aim" | "steps" | "direct" | "reachesApex" | "stop" | "chains" | "chainsExact"
>;

/**
 * A plan in an owner's portfolio, with the plans above it: its `parent`, that plan's parent and so
 * on, nearest first (stopping at a plan that does not exist or comes round again).
 *
 * @category Accountability
 */
export interface PortfolioPlan {
  readonly id: Id;
  readonly name: string;
  readonly level: PlanLevel;
  readonly parents: readonly Id[];
}

/**
 * An objective, target or action in an owner's portfolio: what it is (an action by its id, `null`
 * when it has none, and the objective it belongs to), at which level, whose `owner` field makes it
 * the owner's (`from`: its own, or the entity it inherits from), its first accountability chain as
 * {@link traceUp} lists it (a target's starts at the target, an action's at its objective), in
 * short, and the number of its chains. The first chain is summed up rather than listed, so that a
 * portfolio stays in proportion to the cascade however deep it is: where it climbs to from the
 * item's objective (`next`), where it ends (`aim`), how many steps it has, whether it is `direct`,
 * whether it `reachesApex` and, when it does not, its `stop`. `traceUp(source, id, { kind, maxChains:
 * 1 })` lists it in full (an action without an id: its objective's).
 *
 * @category Accountability
 */
export interface PortfolioItem {
  readonly kind: "objective" | "target" | "action";
  readonly id: Id | null;
  readonly title: string;
  readonly objective: Id;
  readonly level: PlanLevel | null;
  readonly from: OwnerRef["from"];
  /** The objective the first chain climbs to from `objective`; `null` when it ends there (or `objective` does not exist). */
  readonly next: Id | null;
  /** The subject the first chain ends at: an objective at the apex, or where the climb stops (a target whose objective does not exist: the target). */
  readonly aim: SubjectRef;
  /** The number of steps on the first chain, the target's own counted for a target. */
  readonly steps: number;
  /** True when no link on the first chain is indirect. */
  readonly direct: boolean;
  readonly reachesApex: boolean;
  /** Why the first chain stops short of the apex; `null` when it reaches the apex. */
  readonly stop: ChainStop | null;
  /** The number of its chains, a decimal string, as {@link traceUp}'s `total`: exact when `chainsExact`, else a lower bound. */
  readonly chains: string;
  /**
   * True when `chains` is exact. False only for an item whose chains run round a contribution loop
   * so dense that counting them all would take more than the budget of steps the index's counts
   * share (a million links followed; see {@link traceUp}'s `totalExact`).
   */
  readonly chainsExact: boolean;
}

/**
 * Everything an owner answers for, for an appraisal: "individual work plans and appraisal linked to
 * service plans and corporate objectives" (seed Appendix A).
 *
 * @category Accountability
 */
export interface OwnerPortfolio {
  readonly owner: { readonly id: Id; readonly name: string | null };
  readonly plans: readonly PortfolioPlan[];
  readonly objectives: readonly PortfolioItem[];
  readonly targets: readonly PortfolioItem[];
  readonly actions: readonly PortfolioItem[];
}

/**
 * Everything an owner answers for, each with its chain to the top of the cascade: the plans they
 * own (with the plans above), and the objectives, targets and actions whose owner, own or inherited,
 * they are (an objective inherits its plan's owner, a target its objective's, then the plan's, an
 * action its objective's). Each objective, target and action carries its first accountability chain
 * in short (see {@link PortfolioItem}: a target's starts at the target, an action's at its
 * objective) and the number of its chains. In the framework's order. Each objective's first chain
 * and count are found once per index, for every objective at once, so a portfolio costs time in
 * proportion to the framework: an owner of every objective of a 100,000-deep chain gets theirs in
 * well under a second.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param ownerId - an owner's id
 * @returns the owner's plans, objectives, targets and actions
 * @throws {@link AccountabilityError} when `ownerId` names no owner and owns nothing
 * @throws {@link AccountabilityError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { ownerPortfolio } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const portfolio = ownerPortfolio(stockton, "officer-voids");
 * portfolio.plans //=> [{ id: "plan-voids-officer", name: "Individual work plan: void property officer", level: "individual", parents: ["plan-estate-management", "plan-housing", "plan-corporate", "plan-community"] }]
 * portfolio.objectives.map((item) => [item.id, item.next, item.aim.id, item.steps, item.direct, item.chains]) //=> [["io-void-turnaround", "uo-relet-28-days", "cp-wellbeing", 4, true, "1"]]
 * // In full: traceUp(stockton, "io-void-turnaround", { kind: "objective", maxChains: 1 }).chains[0]
 * portfolio.actions.map((item) => item.title) //=> ["Collect keys", "Assess condition", "Arrange repairs", "Notify lettings when ready"]
 */
export function ownerPortfolio(source: Framework | FrameworkIndex, ownerId: Id): OwnerPortfolio {
  const index = checkedFrameworkIndex(source, accountabilityError);
  const plans: PortfolioPlan[] = [];
  for (const plan of index.plans.values()) {
    if (plan.owner !== ownerId) continue;
    const parents: Id[] = [];
    const seen = new Set<Id>([plan.id]);
    for (
      let parent = plan.parent;
      parent !== undefined && !seen.has(parent);
      parent = index.plans.get(parent)?.parent
    ) {
      seen.add(parent);
      parents.push(parent);
      if (!index.plans.has(parent)) break;
    }
    plans.push({ id: plan.id, name: plan.name, level: plan.level, parents });
  }
  const first = firstChains(index);
  const { ids } = index.objectiveGraph;
  // An item's first chain, in short, from its objective's (at position `v`; undefined when it does not exist).
  const chainOf = (v: number | undefined, target?: Target): FirstChain => {
    if (v === undefined)
      return {
        next: null,
        aim: targetRef(target as Target),
        steps: 1,
        direct: true,
        reachesApex: false,
        stop: "missing-objective",
        chains: "1",
        chainsExact: true,
      };
    const counted = chainCount(index, v);
    const ending = ENDINGS[first.ending[v] as number] as "apex" | ChainStop;
    const next = first.next[v] as number;
    return {
      next: next === -1 ? null : (ids[next] as Id),
      aim: objectiveRef(index.objectives.at(first.end[v] as number) as Objective),
      steps: (first.steps[v] as number) + (target === undefined ? 0 : 1),
      direct: first.indirect[v] === 0,
      reachesApex: ending === "apex",
      stop: ending === "apex" ? null : ending,
      chains: counted.count.toString(),
      chainsExact: counted.exact,
    };
  };
  const objectives: PortfolioItem[] = [];
  const actions: PortfolioItem[] = [];
  for (let v = 0; v < index.objectives.size; v += 1) {
    const objective = index.objectives.at(v) as Objective;
    const level = index.levelOf("objective", objective.id) ?? null;
    const resolved = index.ownerOf("objective", objective.id);
    if (resolved?.owner === ownerId)
      objectives.push({
        kind: "objective",
        id: objective.id,
        title: objective.title,
        objective: objective.id,
        level,
        from: resolved.from,
        ...chainOf(v),
      });
    for (const action of objective.actions ?? []) {
      const from = action.owner !== undefined ? "action" : resolved?.from;
      if ((action.owner ?? resolved?.owner) !== ownerId || from === undefined) continue;
      actions.push({
        kind: "action",
        id: action.id ?? null,
        title: action.title,
        objective: objective.id,
        level,
        from,
        ...chainOf(v),
      });
    }
  }
  const targets: PortfolioItem[] = [];
  for (const target of index.targets.values()) {
    const resolved = index.ownerOf("target", target.id);
    if (resolved?.owner !== ownerId) continue;
    targets.push({
      kind: "target",
      id: target.id,
      title: target.title ?? target.id,
      objective: target.objective,
      level: index.levelOf("target", target.id) ?? null,
      from: resolved.from,
      ...chainOf(index.objectives.positionOf(target.objective), target),
    });
  }
  const owner = index.owners.get(ownerId);
  if (owner === undefined && plans.length + objectives.length + targets.length + actions.length === 0)
    throw new AccountabilityError(`${quoted(ownerId)} names no owner`);
  return { owner: { id: ownerId, name: owner?.name ?? null }, plans, objectives, targets, actions };
}
