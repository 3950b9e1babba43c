import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { MisuseError } from "../internal/dates.js";
import { checkDate, checkKnownOptions, checkOptionsObject, isPlainObject, shown } from "../internal/options.js";
import type { Framework, FrameworkIndex } from "../model/index.js";
import { CascadeConfigError } from "./defineRule.js";
import { CascadeFacts } from "./facts.js";
import { type CompiledMessage, compileMessage, fillMessage, makeFinding, sortFindings } from "./findings.js";
import { builtInRules } from "./rules/index.js";
import type {
  CascadeReport,
  CheckCascadeOptions,
  Finding,
  ReportDescriptor,
  Rule,
  RuleSetting,
  Severity,
} from "./types.js";

/** Makes a CascadeConfigError: how the checker has the shared option checks report misuse. */
const cascadeConfigError: MisuseError = (message) => new CascadeConfigError(message);

/** The built-in rules, which make a fresh subject and data object for each finding they report. */
const BUILT_IN: ReadonlySet<Rule> = new Set(builtInRules);

interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: unknown;
}

function resolveOptions(rule: Rule, given: unknown): unknown {
  const spec = rule.meta.options;
  if (spec === undefined) {
    if (given !== undefined) throw new CascadeConfigError(`rule "${rule.id}" takes no options`);
    return undefined;
  }
  const merged: unknown = given === undefined ? spec.defaults : { ...(spec.defaults as object), ...(given as object) };
  if (given !== undefined && (given === null || typeof given !== "object" || Array.isArray(given))) {
    throw new CascadeConfigError(`the options for rule "${rule.id}" must be an object`);
  }
  const result = spec.schema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.map(String).join(".") || "options"}: ${issue.message}`)
      .join("; ");
    throw new CascadeConfigError(`bad options for rule "${rule.id}": ${problems}`);
  }
  return result.data;
}

function resolveSetting(rule: Rule, setting: RuleSetting | undefined): ActiveRule | undefined {
  if (setting === undefined)
    return { rule, severity: rule.meta.defaultSeverity, options: resolveOptions(rule, undefined) };
  // Typed unknown: a caller from JavaScript may pass any value, and the check below is for them.
  const given: unknown = setting;
  const [level, ruleOptions]: readonly [unknown, unknown] = Array.isArray(given)
    ? [given[0] as unknown, given[1] as unknown]
    : [given, undefined];
  if (level !== "off" && level !== "error" && level !== "warning" && level !== "info") {
    throw new CascadeConfigError(
      `rule "${rule.id}" is set to ${shown(level)}; use "off", "info", "warning" or "error"`,
    );
  }
  const options = resolveOptions(rule, ruleOptions);
  return level === "off" ? undefined : { rule, severity: level, options };
}

/** Whether a custom rule has the parts the checker calls: an id, meta with messages, a check function. */
function isRule(value: unknown): value is Rule {
  return (
    isPlainObject(value) &&
    typeof value.id === "string" &&
    isPlainObject(value.meta) &&
    isPlainObject(value.meta.messages) &&
    typeof value.check === "function"
  );
}

function activeRules(options: CheckCascadeOptions): ActiveRule[] {
  const rules = new Map<string, Rule>();
  for (const rule of builtInRules) rules.set(rule.id, rule);
  const customRules: unknown = options.customRules ?? [];
  if (!Array.isArray(customRules))
    throw cascadeConfigError(
      `options.customRules ${shown(customRules)} must be an array of rules made with defineRule`,
    );
  for (const rule of customRules as unknown[]) {
    if (!isRule(rule))
      throw cascadeConfigError(
        `options.customRules has ${shown(rule)}, which is not a rule: make it with defineRule (an id, meta with messages, a check)`,
      );
    if (rules.has(rule.id)) {
      const clash = builtInRules.some((builtIn) => builtIn.id === rule.id) ? "a built-in rule" : "another custom rule";
      throw new CascadeConfigError(`custom rule "${rule.id}" has the id of ${clash}`);
    }
    rules.set(rule.id, rule);
  }
  const settings = options.rules ?? {};
  if (!isPlainObject(settings))
    throw cascadeConfigError(`options.rules ${shown(settings)} must be an object of settings by rule id`);
  const unknown = Object.keys(settings).filter((id) => !rules.has(id));
  if (unknown.length > 0) {
    throw new CascadeConfigError(
      `unknown cascade rule${unknown.length === 1 ? "" : "s"} ${unknown.map((id) => `"${id}"`).join(", ")} in options.rules; the rules are: ${[...rules.keys()].join(", ")}`,
    );
  }
  const active: ActiveRule[] = [];
  for (const [id, rule] of rules) {
    const setting = Object.prototype.hasOwnProperty.call(settings, id) ? settings[id] : undefined;
    const resolved = resolveSetting(rule, setting);
    if (resolved !== undefined) active.push(resolved);
  }
  return active;
}

/**
 * Checks that a framework hangs together, as a linter checks code: every rule examines the
 * cascade of plans, objectives and targets and reports findings (an orphan objective, a target
 * nobody owns, a contribution cycle, "who but not how"…). Rules come from the seed paper's
 * symptoms of struggling authorities (4.3) and its building blocks (2.2.2); see docs/rules/.
 *
 * Findings are sorted by subject, rule and message, so the same framework with its arrays in any
 * order gives the same report.
 *
 * @category Cascade
 * @param source - a parsed framework or its index
 * @param options - `asOf` for the timeliness rules, rule severities and options, custom rules
 * @returns the report: findings and counts; `ok` when there are no errors
 * @throws {@link CascadeConfigError} for options that are not an object or have a key other than
 * `asOf`, `rules` and `customRules` (a misspelt `asof` would silently skip the timeliness rules), an unknown rule id in
 * `rules` (prototype names such as `__proto__` or `constructor` are unknown ids, and inherited
 * settings are ignored), `rules` or `customRules` of the wrong shape, a bad severity, bad rule
 * options, a custom rule clashing with another, an `asOf` that is not a calendar date, or a rule
 * reporting a message id that is not an own key of its `meta.messages` (such as `toString`)
 * @throws {@link CascadeConfigError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { checkCascade } from "performance-management/cascade";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const report = checkCascade(stockton, { asOf: "2001-10-01" });
 * report.ok //=> true
 * report.errorCount //=> 0
 */
export function checkCascade(source: Framework | FrameworkIndex, options: CheckCascadeOptions = {}): CascadeReport {
  checkOptionsObject(options, "options", cascadeConfigError);
  checkKnownOptions(options, ["asOf", "rules", "customRules"], "options", cascadeConfigError);
  if (options.asOf !== undefined) checkDate(options.asOf, "options.asOf", cascadeConfigError);
  const active = activeRules(options);
  const index = checkedFrameworkIndex(source, cascadeConfigError);
  const facts = new CascadeFacts(index);
  const findings: Finding[] = [];
  for (const { rule, severity, options: ruleOptions } of active) {
    if (rule.meta.requiresAsOf === true && options.asOf === undefined) continue;
    // Each template is parsed once, on its first finding, when the rule cannot change it during the
    // check (defineRule freezes the rule, its meta and its messages); any other rule's is read each time.
    const compiled = new Map<string, CompiledMessage>();
    const fixed = Object.isFrozen(rule) && Object.isFrozen(rule.meta) && Object.isFrozen(rule.meta.messages);
    const trusted = BUILT_IN.has(rule);
    const report = (descriptor: ReportDescriptor): void => {
      const messageId: unknown = descriptor.messageId;
      let message = typeof messageId === "string" ? compiled.get(messageId) : undefined;
      if (message === undefined) {
        // Only the rule's own messages: a message id such as "toString" must not find Object.prototype's.
        const messages: Readonly<Record<string, unknown>> = rule.meta.messages;
        const template =
          typeof messageId === "string" && Object.prototype.hasOwnProperty.call(messages, messageId)
            ? messages[messageId]
            : undefined;
        if (typeof template !== "string") {
          throw cascadeConfigError(`rule "${rule.id}" reported an unknown message id ${shown(messageId)}`);
        }
        message = compileMessage(template);
        if (fixed) compiled.set(messageId as string, message);
      }
      findings.push(
        makeFinding(rule.id, severity, fillMessage(message, descriptor.data), descriptor, rule.meta.seedRef, trusted),
      );
    };
    rule.check({ index, asOf: options.asOf, options: ruleOptions, facts, report });
  }
  sortFindings(findings);
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errorCount += 1;
    else if (finding.severity === "warning") warningCount += 1;
    else infoCount += 1;
  }
  return { findings, errorCount, warningCount, infoCount, ok: errorCount === 0 };
}
