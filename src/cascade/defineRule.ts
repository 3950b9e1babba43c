import { PerformanceManagementError } from "../errors.js";
import type { Rule, Severity } from "./types.js";

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*)?$/;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Thrown when a rule definition or a checker configuration is wrong: an unknown rule id, bad rule
 * options, a malformed rule. The message names the rule and the cause.
 *
 * @category Cascade
 * @example
 * import { CascadeConfigError, checkCascade } from "performance-management/cascade";
 * let caught;
 * try {
 *   checkCascade({ id: "fw", name: "F", owners: [], plans: [], objectives: [], indicators: [], targets: [] }, { rules: { "no-such-rule": "error" } });
 * } catch (error) { caught = error; }
 * caught instanceof CascadeConfigError //=> true
 */
export class CascadeConfigError extends PerformanceManagementError {
  /** Always `"cascade-config"`. */
  readonly code = "cascade-config";

  /** @param message - what is wrong, naming the rule */
  constructor(message: string) {
    super(`performance-management: ${message}`, "CascadeConfigError");
  }
}

/**
 * Defines a cascade rule. The built-in rules are made with it too, so a rule of your own goes
 * through the same door: pass it to `checkCascade` in `customRules`.
 *
 * Rule ids are lower-case words joined by hyphens, optionally behind a plugin prefix
 * (`my-council/needs-budget`). The message ids are read from `meta.messages`: `check` may report
 * only those, so a misspelt `messageId` is a compile error. Give both type parameters when the
 * rule has options (`defineRule<MyOptions, "missing" | "late">`), as with typescript-eslint's
 * `createRule`; without options, both are inferred.
 *
 * @category Cascade
 * @typeParam Options - what the rule's options parse to (`undefined` for a rule without options)
 * @typeParam MessageIds - the keys of `meta.messages`, inferred from them
 * @param rule - the id, the meta (description, default severity, seed reference, messages, docs) and the check
 * @returns the rule, frozen
 * @throws {@link CascadeConfigError} when the id is malformed, the severity unknown or a message missing
 * @example
 * import { checkCascade, defineRule } from "performance-management/cascade";
 * const needsBudget = defineRule({
 *   id: "my-council/unit-needs-budget",
 *   meta: {
 *     description: "Every unit plan has a budget.",
 *     defaultSeverity: "warning",
 *     seedRef: "5.3.6",
 *     messages: { missing: "Unit plan \"{{plan}}\" has no budget: record the resources it has." },
 *     docs: "Our council's rule: unit plans carry budgets.",
 *   },
 *   check(context) {
 *     for (const plan of context.index.plans.values()) {
 *       if (plan.level === "unit" && plan.budget === undefined) {
 *         context.report({ messageId: "missing", subject: { kind: "plan", id: plan.id }, data: { plan: plan.id } });
 *       }
 *     }
 *   },
 * });
 * const report = checkCascade(
 *   { id: "fw", name: "F", owners: [], objectives: [], indicators: [], targets: [],
 *     plans: [{ id: "team", name: "Team plan", level: "unit", period: { start: "2001-04-01", end: "2002-03-31" } }] },
 *   { customRules: [needsBudget] },
 * );
 * report.findings.find((f) => f.ruleId === "my-council/unit-needs-budget")?.message
 * //=> "Unit plan \"team\" has no budget: record the resources it has."
 */
export function defineRule<Options = undefined, MessageIds extends string = string>(
  rule: Rule<Options, MessageIds>,
): Rule<Options, MessageIds> {
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) {
    throw new CascadeConfigError(
      `rule id ${JSON.stringify(rule.id)} is malformed: use lower-case words joined by hyphens, such as "orphan-objective"`,
    );
  }
  const meta = rule.meta;
  if (!SEVERITIES.includes(meta.defaultSeverity)) {
    throw new CascadeConfigError(
      `rule "${rule.id}" has an unknown default severity ${JSON.stringify(meta.defaultSeverity)}; use error, warning or info`,
    );
  }
  if (Object.keys(meta.messages).length === 0) {
    throw new CascadeConfigError(`rule "${rule.id}" defines no messages`);
  }
  if (typeof rule.check !== "function") {
    throw new CascadeConfigError(`rule "${rule.id}" has no check function`);
  }
  return Object.freeze({ ...rule, meta: Object.freeze({ ...meta, messages: Object.freeze({ ...meta.messages }) }) });
}
