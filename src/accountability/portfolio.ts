import { type Framework, type FrameworkIndex, type Id, type PlanLevel, toFrameworkIndex } from "../model/index.js";
import { AccountabilityError } from "./errors.js";
import { traceUp } from "./traceUp.js";
import type { Chain, OwnerRef } from "./types.js";

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
 * the owner's (`from`: its own, or the entity it inherits from), and its first accountability chain
 * as {@link traceUp} lists them (a target's starts at the target), with the number of its chains.
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
  readonly chain: Chain;
  readonly chains: string;
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
 * (an action's starts at its objective) and the number of its chains. In the framework's order.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param ownerId - an owner's id
 * @returns the owner's plans, objectives, targets and actions
 * @throws {@link AccountabilityError} when `ownerId` names no owner and owns nothing
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { ownerPortfolio } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const portfolio = ownerPortfolio(stockton, "officer-voids");
 * portfolio.plans //=> [{ id: "plan-voids-officer", name: "Individual work plan: void property officer", level: "individual", parents: ["plan-estate-management", "plan-housing", "plan-corporate", "plan-community"] }]
 * portfolio.objectives.map((item) => item.chain?.steps.map((step) => step.subject.id)) //=> [["io-void-turnaround", "uo-relet-28-days", "so-homeless-offers", "cp-wellbeing"]]
 * portfolio.actions.map((item) => item.title) //=> ["Collect keys", "Assess condition", "Arrange repairs", "Notify lettings when ready"]
 */
export function ownerPortfolio(source: Framework | FrameworkIndex, ownerId: Id): OwnerPortfolio {
  const index = toFrameworkIndex(source);
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
  // Each objective's first chain and count, made once however many of its items are listed.
  const chainsOf = new Map<Id, { chain: Chain; chains: string }>();
  const traced = (id: Id): { chain: Chain; chains: string } => {
    let found = chainsOf.get(id);
    if (found === undefined) {
      const trace = traceUp(index, id, { maxChains: 1, kind: "objective" });
      found = { chain: trace.chains[0] as Chain, chains: trace.total };
      chainsOf.set(id, found);
    }
    return found;
  };
  const objectives: PortfolioItem[] = [];
  const actions: PortfolioItem[] = [];
  for (const objective of index.objectives.values()) {
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
        ...traced(objective.id),
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
        ...traced(objective.id),
      });
    }
  }
  const targets: PortfolioItem[] = [];
  for (const target of index.targets.values()) {
    const resolved = index.ownerOf("target", target.id);
    if (resolved?.owner !== ownerId) continue;
    const { chains, total } = traceUp(index, target.id, { maxChains: 1, kind: "target" });
    targets.push({
      kind: "target",
      id: target.id,
      title: target.title ?? target.id,
      objective: target.objective,
      level: index.levelOf("target", target.id) ?? null,
      from: resolved.from,
      chain: chains[0] as Chain,
      chains: total,
    });
  }
  const owner = index.owners.get(ownerId);
  if (owner === undefined && plans.length + objectives.length + targets.length + actions.length === 0)
    throw new AccountabilityError(`${JSON.stringify(ownerId)} names no owner`);
  return { owner: { id: ownerId, name: owner?.name ?? null }, plans, objectives, targets, actions };
}
