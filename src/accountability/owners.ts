import { accountabilityError } from "./errors.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { atApexByPosition } from "../model/apex.js";
import { breadthFirst } from "../internal/graph.js";
import { type Framework, type FrameworkIndex, type Id, type Objective, type PlanLevel } from "../model/index.js";
import { resolveStart } from "./subjects.js";
import type { SubjectRef } from "./types.js";

/**
 * Why an owner answers for a subject: they own the action, the target, an objective on its chains,
 * the plan such an objective sits in, a community-level objective at the apex (`strand-owner`: the
 * community-plan strand a cabinet member leads), or another objective at the apex (`apex-owner`: the
 * top of the cascade when it is not a community plan, such as a corporate objective of a council
 * with no community strategy yet, or below an `apexLevel` set lower).
 *
 * @category Accountability
 */
export type AccountableRole =
  "action-owner" | "target-owner" | "objective-owner" | "plan-owner" | "strand-owner" | "apex-owner";

/**
 * One owner accountable for a subject: the owner (`name` `null` when the id names no owner), the role
 * and the entity whose `owner` field makes them so (`kind` `plan` for a plan), at its level.
 *
 * @category Accountability
 */
export interface AccountableOwner {
  readonly role: AccountableRole;
  readonly owner: { readonly id: Id; readonly name: string | null };
  readonly of: { readonly kind: SubjectRef["kind"] | "plan"; readonly id: Id; readonly title: string };
  readonly level: PlanLevel | null;
  /** The fewest links from the subject's objective up to the objective owned or sitting in the plan (0 for the subject's own). */
  readonly distance: number;
}

/**
 * Who answers for a subject at each level, from its own owner up (seed 5.3.5.4, 5.3.5.6): the
 * action's or target's owner, then, for its objective and every objective its chains reach (nearest
 * first, each once), the objective's owner and the owner of the plan it sits in, up to the owner of
 * the objective at the apex (`strand-owner` for a community-level one: the cabinet member leading
 * the community-plan strand; `apex-owner` for any other, such as a corporate objective when there is
 * no community plan) and of the plan it sits in. Only owners written on an entity count: an entity that inherits its
 * owner adds nobody of its own, as the owner it inherits appears in their own right. An owner
 * accountable in two roles appears in each; a plan's owner appears once, at its nearest objective.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param id - the id of an objective, a target or an action
 * @returns the accountable owners, nearest first
 * @throws {@link AccountabilityError} when `id` names no objective, target or action, or names
 * only actions and more than one action has that id (the message names the objectives holding them;
 * the cascade checker's `duplicate-id` reports the clash)
 * @throws {@link AccountabilityError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { accountableOwners } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const owners = accountableOwners(stockton, "t-relet-28-days");
 * owners.map((entry) => `${entry.role}: ${entry.owner.name ?? entry.owner.id}`) //=> ["target-owner: Estate management team leader", "objective-owner: Estate management team leader", "plan-owner: Estate management team leader", "objective-owner: Director of Housing", "plan-owner: Director of Housing", "strand-owner: Cabinet member for safety and social well-being", "plan-owner: Stockton Local Strategic Partnership"]
 */
export function accountableOwners(source: Framework | FrameworkIndex, id: Id): AccountableOwner[] {
  const index = checkedFrameworkIndex(source, accountabilityError);
  const start = resolveStart(index, id);
  const entries: AccountableOwner[] = [];
  const name = (owner: Id): { id: Id; name: string | null } => ({
    id: owner,
    name: index.owners.get(owner)?.name ?? null,
  });
  if (start.kind === "target" && start.target.owner !== undefined) {
    const { target } = start;
    entries.push({
      role: "target-owner",
      owner: name(target.owner as Id),
      of: { kind: "target", id: target.id, title: target.title ?? target.id },
      level: index.levelOf("target", target.id) ?? null,
      distance: 0,
    });
  }
  if (start.kind === "action" && start.action.owner !== undefined) {
    const objective = index.objectives.at(start.objective) as Objective;
    entries.push({
      role: "action-owner",
      owner: name(start.action.owner),
      of: { kind: "action", id: start.action.id as Id, title: start.action.title },
      level: index.levelOf("objective", objective.id) ?? null,
      distance: 0,
    });
  }
  if (start.objective === undefined) return entries;
  const atApex = atApexByPosition(index);
  const plansSeen = new Set<Id>();
  breadthFirst(index.objectiveGraph.up, start.objective, (v, depth) => {
    const objective = index.objectives.at(v) as Objective;
    const level = index.levelOf("objective", objective.id) ?? null;
    if (objective.owner !== undefined)
      entries.push({
        role: atApex[v] === 0 ? "objective-owner" : level === "community" ? "strand-owner" : "apex-owner",
        owner: name(objective.owner),
        of: { kind: "objective", id: objective.id, title: objective.title },
        level,
        distance: depth,
      });
    const plan = index.plans.get(objective.plan);
    if (plan?.owner !== undefined && !plansSeen.has(plan.id)) {
      plansSeen.add(plan.id);
      entries.push({
        role: "plan-owner",
        owner: name(plan.owner),
        of: { kind: "plan", id: plan.id, title: plan.name },
        level: plan.level,
        distance: depth,
      });
    }
    // An objective at the apex is the top of every chain through it.
    return atApex[v] === 1;
  });
  return entries;
}
