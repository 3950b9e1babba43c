import type { Framework } from "../index.js";
import { printable } from "./io.js";

/**
 * @internal What people read beside an id: "Zero homelessness (t-zero-homelessness)", the name first
 * and the id after it (the id is what a command takes back, `trace t-zero-homelessness`); the id
 * alone when the framework names nothing by it.
 */
export function named(name: string | undefined, id: string): string {
  // Both are data: shown escaped, so neither can drive the terminal or break the line.
  return name === undefined || name === id ? printable(id) : `${printable(name)} (${printable(id)})`;
}

/** @internal The names of a framework's things by kind and id, for text for people. */
export interface Names {
  target(id: string): string;
  objective(id: string): string;
  indicator(id: string): string;
  owner(id: string): string;
  cycle(id: string): string;
  plan(id: string): string;
  /** A review's or finding's subject of any kind. */
  subject(kind: string, id: string): string;
}

/** @internal The {@link Names} of a framework: one map a kind, built once a run. */
export function namesOf(framework: Framework): Names {
  const map = <T extends { readonly id: string }>(
    items: readonly T[] | undefined,
    name: (item: T) => string | undefined,
  ) => new Map((items ?? []).map((item) => [item.id, name(item) ?? item.id] as const));
  const targets = map(framework.targets, (t) => t.title);
  const objectives = map(framework.objectives, (o) => o.title);
  const indicators = map(framework.indicators, (i) => i.title);
  const owners = map(framework.owners, (o) => o.name);
  const cycles = map(framework.reviewCycles, (c) => c.name);
  const plans = map(framework.plans, (p) => p.name);
  const budgets = map(framework.budgets, (b) => b.name);
  const byKind: Readonly<Record<string, ReadonlyMap<string, string>>> = {
    target: targets,
    objective: objectives,
    indicator: indicators,
    owner: owners,
    plan: plans,
    cycle: cycles,
    reviewCycle: cycles,
    framework: new Map([[framework.id, framework.name]]),
    budget: budgets,
  };
  return {
    target: (id) => named(targets.get(id), id),
    objective: (id) => named(objectives.get(id), id),
    indicator: (id) => named(indicators.get(id), id),
    owner: (id) => named(owners.get(id), id),
    cycle: (id) => named(cycles.get(id), id),
    plan: (id) => named(plans.get(id), id),
    subject: (kind, id) => named(Object.hasOwn(byKind, kind) ? byKind[kind]?.get(id) : undefined, id),
  };
}

/** @internal The variance worded by polarity: the report's own function, so the CLI and the report say the same. */
export { varianceWords } from "../report/variance.js";
