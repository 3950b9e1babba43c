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
export { createFormatter, DEFAULT_LOCALE, type Formatter } from "./format.js";
export { REPORT_CHAIN_STEPS, REPORT_SECTION_OF, performanceReport } from "./performanceReport.js";
export type {
  ExceptionDecision,
  ExceptionReason,
  PerformanceReport,
  PerformanceReportOptions,
  ReportAim,
  ReportBenchmark,
  ReportCaveat,
  ReportChain,
  ReportException,
  ReportFigure,
  ReportObjective,
  ReportOutturn,
  ReportOutturns,
  ReportPeriod,
  ReportPeriodKind,
  ReportSection,
  ReportTarget,
} from "./performanceReport.js";
export type { ReportAction, ReportActionsInHand, ReportOwner } from "./inHand.js";
export type {
  ReportAimMoney,
  ReportBudgetLine,
  ReportBudgetTotal,
  ReportCarryForward,
  ReportMoney,
  ReportMoneyFigures,
  ReportPortfolioMoney,
  ReportResources,
  ReportTargetMoney,
  ReportUnitCost,
} from "./resources.js";
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
export { renderReportMarkdown, type ReportMarkdownOptions } from "./markdown.js";
export { renderReportHtml } from "./html.js";
export type { ReportHtmlOptions } from "./htmlCharts.js";
export { renderTrajectorySvg, type TrajectorySvgOptions } from "./svg.js";
export { renderSparklineSvg, type SparklineSvgOptions } from "./sparkline.js";
export { renderCascadeMermaid, type CascadeMermaidOptions } from "./mermaid.js";
export { planOverview } from "./plan.js";
export type {
  PlanOverviewAction,
  PlanOverviewMeasure,
  PlanOverviewOptions,
  PlanOverviewOwner,
  PlanOverviewReport,
} from "./plan.js";
// The report's words, in one catalogue a council can replace (issue 21).
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
