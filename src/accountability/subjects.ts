/**
 * What the accountability functions share: finding the subject an id names, and the steps of a
 * chain built from the index.
 * @internal
 */
import { quoted } from "../internal/shown.js";
import type { Action, Contribution, FrameworkIndex, Id, Objective, Target } from "../model/index.js";
import { AccountabilityError } from "./errors.js";
import type { ChainStep, OwnerRef, SubjectRef } from "./types.js";

/** Where a chain starts: an objective, a target (at its objective, when it exists) or an action. @internal */
export type Start =
  | { readonly kind: "objective"; readonly objective: number }
  | { readonly kind: "target"; readonly target: Target; readonly objective: number | undefined }
  | { readonly kind: "action"; readonly action: Action; readonly objective: number };

const ACTIONS_BY_ID = Symbol("actions by id");

/**
 * The actions that have an id, by id: every action with it, each with its objective's position, in
 * document order (more than one when the id is shared: the cascade checker's `duplicate-id` reports
 * that). Built once per index.
 * @internal
 */
export function actionsById(
  index: FrameworkIndex,
): ReadonlyMap<Id, readonly { readonly objective: number; readonly action: Action }[]> {
  return index.derive(ACTIONS_BY_ID, (indexed) => {
    const map = new Map<Id, { objective: number; action: Action }[]>();
    for (let v = 0; v < indexed.objectives.size; v += 1) {
      for (const action of (indexed.objectives.at(v) as Objective).actions ?? []) {
        if (action.id === undefined) continue;
        const list = map.get(action.id);
        if (list === undefined) map.set(action.id, [{ objective: v, action }]);
        else list.push({ objective: v, action });
      }
    }
    return map;
  });
}

/**
 * The subject `id` names: of `kind` only when given, else an objective first, then a target, then
 * an action with that id (ids are unique within a kind only; actions' ids are a kind of their own).
 * @throws {@link AccountabilityError} when it names none of them (none of `kind`, when given), or
 * when it names an action and more than one action has that id (none is chosen for the caller)
 * @internal
 */
export function resolveStart(index: FrameworkIndex, id: Id, kind?: SubjectRef["kind"]): Start {
  const objective = kind === undefined || kind === "objective" ? index.objectives.positionOf(id) : undefined;
  if (objective !== undefined) return { kind: "objective", objective };
  const target = kind === undefined || kind === "target" ? index.targets.get(id) : undefined;
  if (target !== undefined) return { kind: "target", target, objective: index.objectives.positionOf(target.objective) };
  const actions = kind === undefined || kind === "action" ? actionsById(index).get(id) : undefined;
  if (actions !== undefined && actions.length > 1) {
    const objectives = [...new Set(actions.map((found) => (index.objectives.at(found.objective) as Objective).id))];
    throw new AccountabilityError(
      `${quoted(id)} names ${String(actions.length)} actions (in the action plans of ${objectives.map((o) => JSON.stringify(o)).join(", ")}), so which to trace is ambiguous: give each action its own id (the cascade checker's duplicate-id reports it)`,
    );
  }
  const action = actions?.[0];
  if (action !== undefined) return { kind: "action", action: action.action, objective: action.objective };
  throw new AccountabilityError(
    `${quoted(id)} names no ${kind === undefined ? "objective, target or action" : kind === "action" ? "action with an id" : kind}`,
  );
}

/** The owner `id` as an {@link OwnerRef}. @internal */
export function ownerRef(index: FrameworkIndex, id: Id, from: OwnerRef["from"]): OwnerRef {
  return { id, name: index.owners.get(id)?.name ?? null, from };
}

/** The owner of an objective or target, own or inherited, as an {@link OwnerRef}. @internal */
export function cascadeOwner(index: FrameworkIndex, kind: "objective" | "target", id: Id): OwnerRef | null {
  const resolved = index.ownerOf(kind, id);
  return resolved === undefined ? null : ownerRef(index, resolved.owner, resolved.from);
}

/** An objective's reference. @internal */
export function objectiveRef(objective: Objective): SubjectRef {
  return { kind: "objective", id: objective.id, title: objective.title };
}

/** A target's reference: its title, else its id. @internal */
export function targetRef(target: Target): SubjectRef {
  return { kind: "target", id: target.id, title: target.title ?? target.id };
}

/**
 * The steps of chains, each made once and shared by every chain through it: an objective's step
 * for each link it follows (`edge` of `objectiveGraph.up`, or -1 at a chain's end).
 * @internal
 */
export function stepMaker(index: FrameworkIndex): (objective: number, edge: number) => ChainStep {
  const graph = index.objectiveGraph;
  const made = new Map<number, ChainStep>();
  return (v, edge) => {
    const key = edge === -1 ? -1 - v : edge;
    let step = made.get(key);
    if (step === undefined) {
      const objective = index.objectives.at(v) as Objective;
      const link =
        edge === -1 ? undefined : (objective.contributesTo?.[graph.upContribution[edge] as number] as Contribution);
      step = {
        subject: objectiveRef(objective),
        level: index.levelOf("objective", objective.id) ?? null,
        plan: objective.plan,
        owner: cascadeOwner(index, "objective", objective.id),
        link: link === undefined ? null : (link.link ?? "direct"),
        partners: link?.partners ?? [],
        partnerNames: (link?.partners ?? []).map((id) => index.owners.get(id)?.name ?? id),
        soThat: link?.soThat ?? null,
      };
      made.set(key, step);
    }
    return step;
  };
}

/** The first step of a chain from a target or an action: the subject, leading directly to its objective. @internal */
export function leadingStep(index: FrameworkIndex, start: Start): ChainStep | undefined {
  if (start.kind === "objective") return undefined;
  const atEnd = start.objective === undefined;
  const common = { link: atEnd ? null : ("direct" as const), partners: [], partnerNames: [], soThat: null };
  if (start.kind === "target") {
    const { target } = start;
    return {
      subject: targetRef(target),
      level: index.levelOf("target", target.id) ?? null,
      plan: atEnd ? null : (index.objectives.get(target.objective) as Objective).plan,
      owner: cascadeOwner(index, "target", target.id),
      ...common,
    };
  }
  const objective = index.objectives.at(start.objective) as Objective;
  const { action } = start;
  return {
    subject: { kind: "action", id: action.id as Id, title: action.title },
    level: index.levelOf("objective", objective.id) ?? null,
    plan: objective.plan,
    owner:
      action.owner === undefined
        ? cascadeOwner(index, "objective", objective.id)
        : ownerRef(index, action.owner, "action"),
    ...common,
  };
}
