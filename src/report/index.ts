/**
 * The members' performance report: what a council puts in front of its cabinet and scrutiny
 * committee, as plain data organised by community-plan aim, rendered as Markdown or one accessible
 * HTML page; a target's trajectory as an SVG chart; the cascade as a Mermaid diagram.
 *
 * @packageDocumentation
 * @module report
 */
export { PerformanceManagementError } from "../errors.js";
export type { PerformanceManagementErrorCode, PerformanceManagementErrorJson } from "../errors.js";
export { ReportError } from "./errors.js";
export { createFormatter, DEFAULT_LOCALE } from "./format.js";
export type { Formatter } from "./format.js";
export { REPORT_CHAIN_STEPS, performanceReport } from "./performanceReport.js";
export type {
  ExceptionDecision,
  ExceptionReason,
  PerformanceReport,
  PerformanceReportOptions,
  ReportAction,
  ReportActionsInHand,
  ReportAim,
  ReportAimMoney,
  ReportBudgetLine,
  ReportBudgetTotal,
  ReportCarryForward,
  ReportCaveat,
  ReportMoney,
  ReportMoneyFigures,
  ReportPortfolioMoney,
  ReportResources,
  ReportTargetMoney,
  ReportUnitCost,
  ReportChain,
  ReportException,
  ReportObjective,
  ReportOutturn,
  ReportOwner,
  ReportTarget,
} from "./performanceReport.js";
export { REPORT_SECTION_OF } from "./performanceReport.js";
export type { ReportFinding, ReportOverdueReview, ReportReview, ReportReviewState } from "./annex.js";
export type {
  ReportFollowUp,
  ReportFollowUpAction,
  ReportRedRun,
  ReportScrutiny,
  ReportScrutinyException,
  ScrutinyQuestion,
  ScrutinyQuestionKind,
} from "./scrutiny.js";
export type { ReportSection } from "./performanceReport.js";
export { renderReportMarkdown } from "./markdown.js";
export { renderReportHtml } from "./html.js";
export { renderTrajectorySvg } from "./svg.js";
export type { TrajectorySvgOptions } from "./svg.js";
export { renderCascadeMermaid } from "./mermaid.js";
export type { CascadeMermaidOptions } from "./mermaid.js";
export { planOverview } from "./plan.js";
export type {
  PlanOverviewAction,
  PlanOverviewMeasure,
  PlanOverviewOptions,
  PlanOverviewOwner,
  PlanOverviewReport,
} from "./plan.js";
export { renderSparklineSvg } from "./sparkline.js";
export type { SparklineSvgOptions } from "./sparkline.js";
export type { ReportHtmlOptions } from "./htmlCharts.js";
// Issue 21, the members' part: the period's title, the comparisons beside a figure, the outturns.
export type {
  ReportBenchmark,
  ReportFigure,
  ReportOutturns,
  ReportPeriod,
  ReportPeriodKind,
} from "./performanceReport.js";
// Issue 21: the report's words, in one catalogue a council can replace.
export { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";
export type {
  ReportAnnexWords,
  ReportChartWords,
  ReportResourcesWords,
  ReportDecisionWords,
  ReportFigureWords,
  ReportLayoutWords,
  ReportScrutinyWords,
  ReportTargetWords,
  ReportWords,
} from "./catalogue.js";
export type { ReportMarkdownOptions } from "./markdown.js";
