import { describe, expect, it } from "vitest";
import { type Finding, type Framework, builtInRules, checkCascade } from "../../src/index.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";

/**
 * A tidy cascade on which no rule fires (as of {@link BASE_AS_OF}): community, corporate and service
 * plans, owned objectives with targets of every balance the rules ask for, budgets, actions and
 * review cycles.
 */
export function baseFramework(): Framework {
  return {
    id: "base",
    name: "A tidy cascade",
    owners: [
      { id: "lsp", name: "Local Strategic Partnership", kind: "partnership" },
      { id: "cabinet", name: "Cabinet", kind: "team" },
      { id: "director", name: "Director", kind: "individual", partOf: "cabinet" },
      { id: "partner", name: "A partner", kind: "organisation" },
    ],
    plans: [
      { id: "cp", name: "Community plan", level: "community", owner: "lsp", period: { start: "2001-04-01", end: "2005-03-31" } },
      { id: "corp", name: "Corporate plan", level: "corporate", parent: "cp", owner: "cabinet", period: { start: "2001-04-01", end: "2005-03-31" } },
      {
        id: "svc",
        name: "Service plan",
        level: "service",
        parent: "corp",
        owner: "director",
        period: { start: "2001-04-01", end: "2004-03-31" },
        budget: { amount: "100000" },
      },
    ],
    objectives: [
      { id: "top", plan: "cp", title: "A community outcome", owner: "lsp" },
      { id: "corp-obj", plan: "corp", title: "A corporate objective", owner: "cabinet", contributesTo: [{ objective: "top" }] },
      {
        id: "svc-obj",
        plan: "svc",
        title: "A service objective",
        owner: "director",
        contributesTo: [{ objective: "corp-obj", soThat: "the corporate objective is met" }],
        actions: [{ title: "Do the work", owner: "director", due: "2001-12-31" }],
      },
    ],
    indicators: [
      { id: "pi-outcome", title: "Outcome", unit: "%", polarity: "higher-is-better", measure: "outcome", frequency: "annual", perspective: "citizen" },
      { id: "pi-cost", title: "Cost", unit: "GBP", polarity: "lower-is-better", measure: "input", frequency: "quarterly", financial: true, perspective: "employee" },
      { id: "pi-output", title: "Output", unit: "count", polarity: "higher-is-better", measure: "output", frequency: "annual", perspective: "partner" },
    ],
    targets: [
      { id: "t-top-long", objective: "top", indicator: "pi-outcome", baseline: { date: "2001-03-31", value: "50" }, goal: { date: "2005-03-31", value: "70" } },
      { id: "t-top-short", objective: "top", indicator: "pi-cost", baseline: { date: "2001-03-31", value: "100" }, goal: { date: "2002-03-31", value: "90" } },
      { id: "t-corp-long", objective: "corp-obj", indicator: "pi-output", baseline: { date: "2001-03-31", value: "10" }, goal: { date: "2004-03-31", value: "20" } },
      { id: "t-corp-short", objective: "corp-obj", indicator: "pi-cost", baseline: { date: "2001-03-31", value: "100" }, goal: { date: "2002-03-31", value: "95" } },
      { id: "t-svc", objective: "svc-obj", indicator: "pi-outcome", baseline: { date: "2001-03-31", value: "50" }, goal: { date: "2003-03-31", value: "60" } },
    ],
    measurements: [],
    reviewCycles: [
      { id: "rc-plans", name: "Annual review of plans", frequency: "annual", appliesTo: { kind: "plan" } },
      { id: "rc-targets", name: "Quarterly report on targets", frequency: "quarterly", appliesTo: { kind: "target" } },
    ],
    reviews: [],
  };
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
export function findingsOf(ruleId: string, framework: Framework, settings: { asOf?: string; options?: unknown } = {}): Finding[] {
  const rules: Record<string, "off" | ["warning", unknown]> = {};
  for (const rule of builtInRules) if (rule.id !== ruleId) rules[rule.id] = "off";
  if (settings.options !== undefined) {
    const rule = builtInRules.find((candidate) => candidate.id === ruleId);
    rules[ruleId] = [rule?.meta.defaultSeverity as "warning", settings.options];
  }
  return [...checkCascade(deepFreeze(framework), { rules, ...(settings.asOf === undefined ? {} : { asOf: settings.asOf }) }).findings];
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
      expect(findingsOf(ruleId, c.framework, { ...(c.asOf === undefined ? {} : { asOf: c.asOf }), options: c.options })).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const found = findingsOf(ruleId, c.framework, { ...(c.asOf === undefined ? {} : { asOf: c.asOf }), options: c.options });
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
