import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { type Finding, type Framework, type Plan, builtInRules, checkCascade } from "../../src/index.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";

const BASE_PATH = fileURLToPath(new URL("../../docs/rules/base-framework.json", import.meta.url));

/**
 * A tidy cascade on which no rule fires (as of {@link BASE_AS_OF}): community, corporate and service
 * plans, owned objectives with targets of every balance the rules ask for, budgets, actions and
 * review cycles. It is the base the rule pages' examples patch, kept in docs/rules/base-framework.json.
 */
export function baseFramework(): Framework {
  return JSON.parse(readFileSync(BASE_PATH, "utf8")) as Framework;
}

/** The date the base framework is checked as of. */
export const BASE_AS_OF = "2001-06-15";

/** A unit plan under the base framework's service plan, for cases that add one. */
export const UNIT_PLAN: Plan = {
  id: "unit",
  name: "Unit",
  level: "unit",
  parent: "svc",
  period: { start: "2001-04-01", end: "2002-03-31" },
};

/** The base framework's arrays of entities with ids. */
type Collection = "owners" | "plans" | "objectives" | "indicators" | "targets" | "reviewCycles";
/** Every array of the base framework, and the resources' arrays a case may add. */
type Listed =
  Collection | "measurements" | "reviews" | "budgets" | "spend" | "outturnForecasts" | "carryForwards" | "unitCosts";
type Entry<K extends Listed> = NonNullable<Framework[K]>[number];
/** Fields to set on an entity; a field given as `undefined` is removed. */
type Fields<E> = { readonly [F in keyof E]?: E[F] | undefined };

/**
 * A change to the base framework that names what it changes: entities by id, never by array
 * position. Applied in order: `replace` (arrays replaced whole), the changes by id, then `add`.
 *
 * @example
 * patched({ objectives: { "svc-obj": { contributesTo: undefined } }, targets: { "t-svc": null } })
 */
export type Patch = {
  /** Changes by id: fields to set (a field given as `undefined` is removed), or `null` to remove the entity. */
  readonly [K in Collection]?: Readonly<Record<string, Fields<Entry<K>> | null>>;
} & {
  /** Arrays replaced whole, before the changes by id. */
  readonly replace?: { readonly [K in Listed]?: Entry<K>[] };
  /** Entities, measurements and reviews appended, after the changes by id. */
  readonly add?: { readonly [K in Listed]?: readonly Entry<K>[] };
};

const COLLECTIONS: readonly Collection[] = ["owners", "plans", "objectives", "indicators", "targets", "reviewCycles"];

/** The entity of a list with an id; throws when there is none, so a test cannot patch nothing. */
export function byId<E extends { readonly id: string }>(list: readonly E[] | undefined, id: string): E {
  const found = list?.find((entity) => entity.id === id);
  if (found === undefined) throw new Error(`the framework has no entity "${id}" to change`);
  return found;
}

/** A value a test expects to be there: fails the test when it is not, and narrows its type when it is. */
export function defined<T>(value: T | undefined, what = "the value"): T {
  expect(value, what).toBeDefined();
  if (value === undefined) throw new Error(`${what} is undefined`);
  return value;
}

/** A copy of the base framework with a patch applied (see {@link Patch}). */
export function patched(patch: Patch): Framework {
  const framework = jsonCopy(baseFramework());
  const lists = framework as unknown as Record<Listed, Record<string, unknown>[] | undefined>;
  for (const [key, list] of Object.entries(patch.replace ?? {})) lists[key as Listed] = jsonCopy(list);
  for (const collection of COLLECTIONS) {
    for (const [id, change] of Object.entries(patch[collection] ?? {})) {
      const list = lists[collection] ?? [];
      const entity = byId(list as { id: string }[], id) as Record<string, unknown>;
      if (change === null) {
        list.splice(list.indexOf(entity), 1);
        continue;
      }
      for (const [field, value] of Object.entries(change as Record<string, unknown>)) {
        if (value === undefined) Reflect.deleteProperty(entity, field);
        else entity[field] = jsonCopy(value);
      }
    }
  }
  for (const [key, entries] of Object.entries(patch.add ?? {})) {
    (lists[key as Listed] ??= []).push(...(jsonCopy(entries) as readonly Record<string, unknown>[]));
  }
  return framework;
}

/** A copy of the base framework changed by a function that names the entities it changes (see {@link byId}). */
export function changed(edit: (framework: Framework) => void): Framework {
  const framework = jsonCopy(baseFramework());
  edit(framework);
  return framework;
}

/** The findings of one rule alone (every other built-in rule off) on a frozen framework. */
export function findingsOf(
  ruleId: string,
  framework: Framework,
  settings: { asOf?: string; options?: unknown } = {},
): Finding[] {
  const rules: Record<string, "off" | ["warning", unknown]> = {};
  for (const rule of builtInRules) if (rule.id !== ruleId) rules[rule.id] = "off";
  if (settings.options !== undefined) {
    const rule = builtInRules.find((candidate) => candidate.id === ruleId);
    rules[ruleId] = [rule?.meta.defaultSeverity as "warning", settings.options];
  }
  return [
    ...checkCascade(deepFreeze(framework), { rules, ...(settings.asOf === undefined ? {} : { asOf: settings.asOf }) })
      .findings,
  ];
}

/** A case of a rule test: a framework and, for an invalid case, the findings expected (each a partial match). */
export interface RuleCase {
  readonly name: string;
  readonly framework: Framework;
  readonly asOf?: string;
  readonly options?: unknown;
  readonly findings?: readonly Partial<Finding>[];
}

/** The findings of one rule alone on a case's framework, with the case's `asOf` and options. */
export function ruleFindings(ruleId: string, c: RuleCase): Finding[] {
  return findingsOf(ruleId, c.framework, { ...(c.asOf === undefined ? {} : { asOf: c.asOf }), options: c.options });
}

/**
 * What an invalid case expects, in order: each finding partly matched, with the rule's id and seed
 * section. Table-driven in the manner of ESLint's RuleTester; the rules' metadata is tested once,
 * in one table over every built-in rule (test/cascade/rules/meta.test.ts).
 */
export function expectedFindings(ruleId: string, c: RuleCase): Partial<Finding>[] {
  const rule = builtInRules.find((candidate) => candidate.id === ruleId);
  const expected = c.findings ?? [];
  if (rule === undefined) throw new Error(`no built-in rule "${ruleId}"`);
  if (expected.length === 0) throw new Error(`invalid case "${c.name}" lists no findings`);
  return expected.map((finding) => ({ ruleId, seedRef: rule.meta.seedRef, ...finding }));
}

/** Whether every message is fully filled in (no `{{placeholder}}` left) and reads as a sentence. */
export function wellWorded(findings: readonly Finding[]): boolean {
  return findings.every((finding) => !finding.message.includes("{{") && /[.:]/.test(finding.message));
}

/** A rule's valid and invalid cases. */
export interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly RuleCase[];
}

/**
 * The base framework as a council with no community strategy yet (3.4.1.2): no community plan,
 * objective or targets, and the corporate plan, with no parent, at the apex. Spread it into a patch.
 */
export const NO_COMMUNITY_STRATEGY = {
  plans: { cp: null, corp: { parent: undefined } },
  objectives: { top: null, "corp-obj": { contributesTo: undefined } },
  targets: { "t-top-long": null, "t-top-short": null },
} as const satisfies Patch;
