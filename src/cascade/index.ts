/**
 * The cascade integrity checker: a linter over the framework's graph of plans, objectives and
 * targets. Rules are data plus a pure check; findings are data; severities are configurable; user
 * rules come in through the same `defineRule` the built-in rules use.
 *
 * @packageDocumentation
 * @module cascade
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { checkCascade } from "./checkCascade.js";
export { CascadeConfigError, defineRule } from "./defineRule.js";
export { CascadeFacts } from "./facts.js";
export type { ApexHorizon } from "./facts.js";
export * from "./rules/index.js";
export type {
  CascadeReport,
  CheckCascadeOptions,
  Finding,
  FindingSubject,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleMeta,
  RuleOptionsSpec,
  RuleSetting,
  Severity,
} from "./types.js";
