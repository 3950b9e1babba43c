/**
 * The framework model: zod schemas (each exported beside its type of the same name), validation
 * with every problem reported by path, the JSON Schema, and the shared index the engines use.
 *
 * @packageDocumentation
 * @module model
 */
export {
  CalendarDate,
  DecimalString,
  DecimalValue,
  Id,
  MAX_FRACTION_DIGITS,
  MAX_INTEGER_DIGITS,
  MAX_SIGNIFICANT_DIGITS,
  MonthDay,
  NonNegativeDecimalValue,
  Note,
  Period,
  canonicalDecimal,
  fitsDecimalDigits,
} from "./primitives.js";
export { Owner, OwnerKind } from "./owner.js";
export { Budget, Plan, PlanLevel, PlanOverview, planLevelRank } from "./plan.js";
export {
  BudgetKind,
  BudgetLine,
  BudgetMilestone,
  BudgetRevision,
  BudgetYear,
  CarryForward,
  CurrencyCode,
  FinancialYear,
  Money,
  OutturnForecast,
  Spend,
  SpendKind,
  UnitCost,
} from "./resources.js";
export { financialYearPeriod } from "./financialYears.js";
export { Action, Contribution, LinkKind, Objective } from "./objective.js";
export {
  Aggregation,
  Indicator,
  Materiality,
  MeasureType,
  MeasurementFrequency,
  Perspective,
  Polarity,
  Profile,
} from "./indicator.js";
export {
  MaterialShortfall,
  Tolerance,
  UnitMaterialShortfall,
  UnitMaterialShortfalls,
  UnitTolerance,
  UnitTolerances,
} from "./tolerance.js";
export { StatusRule } from "./statusRule.js";
export { Benchmark } from "./benchmark.js";
export {
  AbsoluteGoal,
  BandGoal,
  Change,
  Comparator,
  DatedValue,
  Goal,
  QuartileGoal,
  RelativeGoal,
  Stretch,
  Target,
  TargetRevision,
  TrajectoryKind,
} from "./target.js";
export { DataQuality, Measurement } from "./measurement.js";
export {
  DEFAULT_REVIEW_GRACE_DAYS,
  Review,
  ReviewCycle,
  ReviewDeadline,
  ReviewFrequency,
  ReviewScope,
  ReviewSubjectKind,
  deadlineOf,
  graceDaysOf,
  monthsOf,
} from "./review.js";
export { DEFAULT_FINANCIAL_YEAR_START, DEFAULT_REPORTING_LAGS, Framework, ReportingLags } from "./framework.js";
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { FrameworkValidationError, MAX_FRAMEWORK_ISSUES, MAX_ISSUES_IN_MESSAGE } from "./issues.js";
export type {
  FormatIssue,
  FrameworkIssue,
  FrameworkIssueCode,
  InvalidPeriodIssue,
  InvalidTypeIssue,
  InvalidValueIssue,
  MalformedValueIssue,
  PathSegment,
  RequiredIssue,
  TooManyIssuesIssue,
  UnreadableIssue,
  TooBigIssue,
  TooSmallIssue,
  UnrecognizedKeysIssue,
} from "./issues.js";
export { parseFramework, safeParseFramework } from "./parse.js";
export { issuesFromZodError } from "./zodIssues.js";
export type { SafeParseFrameworkResult } from "./parse.js";
export { frameworkJsonSchema } from "./jsonSchema.js";
export { modelMetadata } from "./metadata.js";
export { EntityMap } from "./entityMap.js";
export type { Adjacency, ObjectiveGraph } from "./objectiveGraph.js";
export { indexFramework, isFrameworkIndex, objectiveLevel, toFrameworkIndex } from "./indexFramework.js";
export type {
  CascadeKind,
  ContributionEdge,
  DuplicateId,
  EntityKind,
  FrameworkIndex,
  ResolvedOwner,
} from "./indexFramework.js";
