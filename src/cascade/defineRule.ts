import { PerformanceManagementError } from "../errors.js";
import { isPlainObject, shown } from "../internal/options.js";
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

  /**
   * @param message - what is wrong, naming the rule
   * @param options - `cause`: the error behind this one, where there is one
   */
  constructor(message: string, options?: ErrorOptions) {
    super(`performance-management: ${message}`, "CascadeConfigError", options);
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
 * @throws {@link CascadeConfigError} when `rule` is not an object, its id is malformed, its `meta` is
 * missing or incomplete (a description, seed reference or docs that is not a string, an unknown
 * severity, no messages or a message that is not a string, options without a schema or defaults),
 * or its `check` is not a function
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
  checkRule(rule);
  const meta = rule.meta;
  return Object.freeze({ ...rule, meta: Object.freeze({ ...meta, messages: Object.freeze({ ...meta.messages }) }) });
}

/** Fails with a CascadeConfigError naming the rule (or `rule`, before its id is known) and the cause. */
function ruleFault(message: string): CascadeConfigError {
  return new CascadeConfigError(message);
}

/**
 * Checks a rule definition as JavaScript callers may give it: every part the checker reads, present
 * and of its type, so a malformed rule fails here, naming itself, and not later inside checkCascade.
 */
function checkRule(rule: unknown): asserts rule is Rule {
  if (!isPlainObject(rule)) throw ruleFault(`rule must be an object { id, meta, check }; got ${shown(rule)}`);
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) {
    throw ruleFault(
      `rule id ${shown(rule.id)} is malformed: use lower-case words joined by hyphens, such as "orphan-objective"`,
    );
  }
  const named = `rule "${rule.id}"`;
  const meta = rule.meta;
  if (!isPlainObject(meta))
    throw ruleFault(
      `${named} has no meta: give { description, defaultSeverity, seedRef, messages, docs }; got ${shown(meta)}`,
    );
  for (const field of ["description", "seedRef", "docs"] as const) {
    if (typeof meta[field] !== "string")
      throw ruleFault(`${named} has meta.${field} ${shown(meta[field])}: it must be a string`);
  }
  if (!(SEVERITIES as readonly unknown[]).includes(meta.defaultSeverity)) {
    throw ruleFault(
      `${named} has an unknown default severity ${shown(meta.defaultSeverity)}; use error, warning or info`,
    );
  }
  const messages = meta.messages;
  if (!isPlainObject(messages) || Object.keys(messages).length === 0) throw ruleFault(`${named} defines no messages`);
  for (const [id, text] of Object.entries(messages)) {
    if (typeof text !== "string")
      throw ruleFault(`${named} has meta.messages.${id} ${shown(text)}: it must be a string`);
  }
  if (meta.requiresAsOf !== undefined && typeof meta.requiresAsOf !== "boolean")
    throw ruleFault(`${named} has meta.requiresAsOf ${shown(meta.requiresAsOf)}: it must be true or false`);
  const options = meta.options;
  if (
    options !== undefined &&
    !(
      isPlainObject(options) &&
      typeof options.schema === "object" &&
      options.schema !== null &&
      typeof (options.schema as { safeParse?: unknown }).safeParse === "function" &&
      "defaults" in options
    )
  )
    throw ruleFault(`${named} has meta.options ${shown(options)}: give { schema, defaults }, a schema with safeParse`);
  if (typeof rule.check !== "function") throw ruleFault(`${named} has no check function; got ${shown(rule.check)}`);
}
