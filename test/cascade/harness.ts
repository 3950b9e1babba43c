import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Finding, type Framework, builtInRules, checkCascade } from "../../src/index.js";
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

/** A changed copy of the base framework. */
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

/** Table-driven tests of one rule, in the manner of ESLint's RuleTester. */
export function testRule(ruleId: string, cases: { valid: readonly RuleCase[]; invalid: readonly RuleCase[] }): void {
  const rule = builtInRules.find((candidate) => candidate.id === ruleId);
  describe(`rule ${ruleId}`, () => {
    it("is a built-in rule with its meta and a docs page", () => {
      expect(rule?.meta.docs).toBe(`docs/rules/${ruleId}.md`);
      expect(rule?.meta.seedRef).toMatch(/^\d/);
      expect(Object.keys(rule?.meta.messages ?? {}).length).toBeGreaterThan(0);
    });
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      expect(
        findingsOf(ruleId, c.framework, { ...(c.asOf === undefined ? {} : { asOf: c.asOf }), options: c.options }),
      ).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const found = findingsOf(ruleId, c.framework, {
        ...(c.asOf === undefined ? {} : { asOf: c.asOf }),
        options: c.options,
      });
      const expected = c.findings ?? [];
      expect(expected.length).toBeGreaterThan(0);
      expect(found).toHaveLength(expected.length);
      found.forEach((finding, i) => {
        expect(finding).toMatchObject({ ruleId, seedRef: rule?.meta.seedRef, ...expected[i] });
        expect(finding.message).not.toMatch(/\{\{/);
        expect(finding.message).toMatch(/[.:]/);
      });
    });
  });
}
