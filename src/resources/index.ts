/**
 * Resources beside performance: the medium-term financial plan's budgets monitored against their
 * profiles, with forecast outturns, variances and statuses for overspend and underspend alike.
 *
 * @packageDocumentation
 * @module resources
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { ResourcesError } from "./errors.js";
export { DEFAULT_BUDGET_TOLERANCES, monitorBudgets } from "./monitorBudgets.js";
export { resourcesByAim } from "./resourcesByAim.js";
export { costPerOutcome } from "./costPerOutcome.js";
export type { CostPerOutcome, CostPerOutcomeOptions, OutcomeCost, OutcomeCostFigures } from "./costPerOutcome.js";
export type {
  AimResources,
  MoneyFlow,
  ObjectiveResources,
  ResourcesByAim,
  ResourcesByAimOptions,
} from "./resourcesByAim.js";
export type {
  BudgetDirection,
  BudgetFigures,
  BudgetLineMonitoring,
  BudgetMonitoring,
  BudgetStatus,
  BudgetTolerances,
  BudgetTotals,
  ForecastBasis,
  MonitorBudgetsOptions,
  UnbudgetedSpend,
} from "./monitorBudgets.js";
