/**
 * The ground every deriver of {@link deriveEvidence} stands on, and the small helpers that turn
 * counts and findings into a rating with its facts.
 * @internal
 */
import type { CascadeFacts, Finding } from "../cascade/index.js";
import type { FrameworkIndex, Objective, PlanLevel } from "../model/index.js";
import type { Evaluation, FrameworkEvaluation } from "../trajectory/index.js";
import type { EvidenceFact } from "./types.js";

/** What every deriver reads. @internal */
export interface Ground {
  readonly index: FrameworkIndex;
  readonly facts: CascadeFacts;
  readonly asOf: string;
  /** The cascade report's findings by rule id. */
  readonly findings: ReadonlyMap<string, readonly Finding[]>;
  /** The full evaluation of every target: its status, and whether its next figure is overdue (`stale`). */
  readonly evaluation: FrameworkEvaluation<
    Pick<Evaluation, "target" | "status" | "stale" | "asOf" | "actualDate" | "outturn">
  >;
}

/**
 * A derived rating on the default 0–4 scale with the facts behind it; `rating` is `null` when the
 * framework has nothing to judge it by (no targets, no individual work plans): not evidenced, which
 * is not a 0. @internal
 */
export interface Derivation {
  readonly rating: number | null;
  readonly facts: readonly EvidenceFact[];
}

/**
 * The rating a share earns: every one 4 (embedded), nine in ten 3 (established), half 2
 * (developing), any 1 (emerging), none 0 (absent). @internal
 */
export function shareRating(count: number, total: number): number {
  if (total === 0 || count === 0) return 0;
  if (count === total) return 4;
  if (count * 10 >= total * 9) return 3;
  if (count * 2 >= total) return 2;
  return 1;
}

export function fact(name: string, value: string | number, message: string, ids?: readonly string[]): EvidenceFact {
  return { fact: name, value, ids: ids ?? [], message };
}

/** The ids of the subjects of kind `kind` that a rule's findings (of the given message ids) are about, sorted and unique. */
export function flagged(ground: Ground, rule: string, kind: string, messageIds?: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const finding of ground.findings.get(rule) ?? [])
    if (finding.subject.kind === kind && (messageIds === undefined || messageIds.includes(finding.messageId)))
      ids.add(finding.subject.id);
  return [...ids].sort();
}

export function messagesOf(ground: Ground, rule: string, messageIds: readonly string[]): Finding[] {
  return (ground.findings.get(rule) ?? []).filter((finding) => messageIds.includes(finding.messageId));
}

/** Each ground's objectives grouped by level once, in the framework's order within a level: several derivers ask for them. */
const OBJECTIVES_BY_LEVEL = new WeakMap<Ground, Map<PlanLevel, Objective[]>>();

export function objectivesAt(ground: Ground, levels: readonly PlanLevel[]): Objective[] {
  let byLevel = OBJECTIVES_BY_LEVEL.get(ground);
  if (byLevel === undefined) {
    byLevel = new Map();
    for (const objective of ground.index.objectives.values()) {
      const level = ground.index.levelOf("objective", objective.id);
      if (level === undefined) continue;
      const list = byLevel.get(level);
      if (list === undefined) byLevel.set(level, [objective]);
      else list.push(objective);
    }
    OBJECTIVES_BY_LEVEL.set(ground, byLevel);
  }
  const found = byLevel;
  return levels.flatMap((level) => found.get(level) ?? []);
}

/**
 * A phrase whose verb agrees with a count: the form for one ("is owned", "aims beyond its
 * baseline"), then the form for any other count ("are owned", "aim beyond their baseline").
 */
export type Agreeing = readonly [one: string, many: string];

/** The form of `phrase` that agrees with `count`: "1 of 3 targets is owned", "2 of 3 targets are owned". */
export function agreeing(count: number, [one, many]: Agreeing): string {
  return count === 1 ? one : many;
}

/** A share of things that pass, as a rating and one fact; the failures named. */
export function share(
  name: string,
  total: number,
  failing: readonly string[],
  what: string,
  passing: Agreeing,
): Derivation {
  const ok = total - failing.length;
  return {
    rating: shareRating(ok, total),
    facts: [
      fact(
        name,
        `${String(ok)}/${String(total)}`,
        `${String(ok)} of ${String(total)} ${what} ${agreeing(ok, passing)}.`,
      ),
      ...(failing.length === 0 ? [] : [fact(`${name}-not`, failing.length, `Not: ${failing.join(", ")}.`, failing)]),
    ],
  };
}

/** "1 target", "2 targets". */
export function counted(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * The share of `total` entities of a kind that a rule raises no finding about; with none to judge, 0
 * ("No targets.").
 */
export function ruleShare(
  ground: Ground,
  name: string,
  total: number,
  [rule, kind]: readonly [string, string],
  what: string,
  passing: Agreeing,
): Derivation {
  if (total === 0) return none(name, `No ${what}.`);
  return share(name, total, flagged(ground, rule, kind), what, passing);
}

/** Nothing in the framework to judge by: not evidenced (rating `null`), never a 0. */
export const none = (name: string, message: string): Derivation => ({ rating: null, facts: [fact(name, 0, message)] });

export function targetIds(ground: Ground): string[] {
  return [...ground.index.targets.keys()];
}

/** The unbalanced-measures rule's verdict on one pair of its messages: the framework lacking one is 1, a service plan lacking one 3, neither 4. */
export function balance(ground: Ground, messageIds: readonly string[], name: string): Derivation {
  if (ground.index.targets.size === 0) return none(name, "No targets.");
  const findings = messagesOf(ground, "unbalanced-measures", messageIds);
  const framework = findings.filter((finding) => finding.subject.kind === "framework");
  const plans = [...new Set(findings.filter((f) => f.subject.kind === "plan").map((f) => f.subject.id))].sort();
  return {
    rating: framework.length > 0 ? 1 : plans.length > 0 ? 3 : 4,
    facts: [
      fact(
        name,
        framework.length + plans.length,
        findings.length === 0 ? "The targets are balanced." : findings.map((f) => f.message).join(" "),
        plans,
      ),
    ],
  };
}
