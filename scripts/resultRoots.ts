/**
 * The results that get a JSON Schema, one `$defs` entry each in results.schema.json: every engine's
 * result as its function returns it, and what each CLI command prints with `--format json`.
 * scripts/resultSchemas.ts reads this interface's properties (name → type) with the TypeScript
 * checker, so each schema is generated from the very type the function declares. Not shipped.
 */
import type {
  AccountableOwner,
  ActionsInHand,
  Assessment,
  AssessmentComparison,
  BudgetMonitoring,
  CascadeReport,
  ContributionTree,
  CostPerOutcome,
  DerivedEvidence,
  Diagnosis,
  FrameworkEvaluation,
  Evaluation,
  ImpactReport,
  ObjectiveRollUp,
  OverdueReview,
  OwnerPortfolio,
  PerformanceReport,
  PlanOverviewReport,
  Priority,
  ResourcesByAim,
  ReviewSchedule,
  ReviewsDue,
  Status,
  StatusHistory,
  Trace,
  TrajectoryPoint,
} from "../src/index.js";
import type { AssessOutput } from "../src/cli/assess.js";
import type { OverdueOutput } from "../src/cli/review.js";
import type { PlanListOutput } from "../src/cli/plan.js";
import type { ValidationOutput } from "../src/cli/validate.js";

/**
 * The results the CLI prints with `--format json`, each with `$schema` first (src/cli/results.ts's
 * `ResultName`, which test/schemas holds to this list): their definitions accept that key.
 */
export const CLI_PRINTED = [
  "FrameworkEvaluation",
  "FrameworkStatusEvaluation",
  "PerformanceReport",
  "PlanOverviewReport",
  "PlanListOutput",
  "CascadeReport",
  "Trace",
  "ContributionTree",
  "ReviewSchedule",
  "OverdueOutput",
  "AssessOutput",
  "BudgetMonitoring",
  "ValidationOutput",
] as const satisfies readonly (keyof ResultRoots)[];

export interface ResultRoots {
  /** `evaluateFramework`'s result (and `evaluate --format json`'s). */
  FrameworkEvaluation: FrameworkEvaluation;
  /** `evaluateFramework`'s result with `detail: "status"` (and `evaluate --detail status --format json`'s). */
  FrameworkStatusEvaluation: FrameworkEvaluation<{ readonly target: string; readonly status: Status }>;
  /** `evaluateTarget`'s result: one target's evaluation. */
  Evaluation: Evaluation;
  /** `trajectory`'s result: the expected value at each date asked. */
  TrajectoryPoints: readonly TrajectoryPoint[];
  /** `rollUp`'s result: one roll-up per objective. */
  ObjectiveRollUps: readonly ObjectiveRollUp[];
  /** `statusHistory`'s result. */
  StatusHistory: StatusHistory;
  /** `performanceReport`'s result (and `report --format json`'s). */
  PerformanceReport: PerformanceReport;
  /** `planOverview`'s result (and `plan <framework.json> <plan-id> --format json`'s). */
  PlanOverviewReport: PlanOverviewReport;
  /** `checkCascade`'s result: the cascade's findings (and `check --format json`'s). */
  CascadeReport: CascadeReport;
  /** `traceUp`'s result (and `trace --format json`'s). */
  Trace: Trace;
  /** `traceDown`'s result (and `trace --down --format json`'s). */
  ContributionTree: ContributionTree;
  /** `accountableOwners`' result. */
  AccountableOwners: readonly AccountableOwner[];
  /** `ownerPortfolio`'s result. */
  OwnerPortfolio: OwnerPortfolio;
  /** `actionsInHand`'s result. */
  ActionsInHand: ActionsInHand;
  /** `impact`'s result. */
  ImpactReport: ImpactReport;
  /** `reviewSchedule`'s result (and `schedule --format json`'s). */
  ReviewSchedule: ReviewSchedule;
  /** `reviewsDue`' result: when one subject's reviews by a cycle fall due. */
  ReviewsDue: ReviewsDue;
  /** `overdueReviews`' result: the overdue reviews, the longest overdue first. */
  OverdueReviews: readonly OverdueReview[];
  /** `assess`'s result. */
  Assessment: Assessment;
  /** `priorities`'s result. */
  Priorities: readonly Priority[];
  /** `diagnose`'s result. */
  Diagnoses: readonly Diagnosis[];
  /** `deriveEvidence`'s result. */
  DerivedEvidence: DerivedEvidence;
  /** `compareAssessments`' result. */
  AssessmentComparison: AssessmentComparison;
  /** `monitorBudgets`' result (and `budgets --format json`'s). */
  BudgetMonitoring: BudgetMonitoring;
  /** `resourcesByAim`'s result. */
  ResourcesByAim: ResourcesByAim;
  /** `costPerOutcome`'s result. */
  CostPerOutcome: CostPerOutcome;
  /** What `assess --format json` prints. */
  AssessOutput: AssessOutput;
  /** What `overdue --format json` prints. */
  OverdueOutput: OverdueOutput;
  /** What `plan <framework.json> --format json` prints: the plans, in the framework's order. */
  PlanListOutput: PlanListOutput;
  /** What `validate --format json` prints. */
  ValidationOutput: ValidationOutput;
}
