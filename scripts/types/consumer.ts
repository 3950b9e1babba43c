// A consumer's code, type-checked against the packed package's declarations by scripts/typesRange.sh
// under each supported TypeScript and module resolution. It uses every subpath.
import { type Framework, PerformanceManagementError, parseFramework } from "performance-management";
import { type FrameworkIndex, indexFramework, modelMetadata } from "performance-management/model";
import { checkCascade } from "performance-management/cascade";
import { type Evaluation, evaluateTarget, expectedValue, trajectory } from "performance-management/trajectory";
import { reviewSchedule } from "performance-management/review";
import { traceUp } from "performance-management/accountability";
import { performanceReport, renderReportMarkdown } from "performance-management/report";
import { assess } from "performance-management/assessment";
import { monitorBudgets } from "performance-management/resources";

export function use(document: unknown, maybeAsOf: string | undefined): unknown {
  const framework: Framework = parseFramework(document);
  const index: FrameworkIndex = indexFramework(framework);
  const ids: string[] = [...index.targets.keys()];
  for (const [id, target] of index.targets) if (id !== target.id) throw new Error("never");
  const misuse = (error: unknown): boolean => error instanceof PerformanceManagementError;
  const evaluation: Evaluation = evaluateTarget(index, ids[0] ?? "", { asOf: "2001-07-15" });
  const expected: string | null = expectedValue(framework, ids[0] ?? "", "2002-03-31");
  const points = trajectory(framework, ids[0] ?? "", ["2001-06-30"]);
  const report = performanceReport(framework, { asOf: maybeAsOf ?? "2001-07-15" });
  return [
    evaluation.status,
    expected,
    points.length,
    checkCascade(index, { asOf: maybeAsOf }).findings.length,
    reviewSchedule,
    traceUp,
    renderReportMarkdown(report),
    assess,
    monitorBudgets,
    modelMetadata,
    misuse,
  ];
}
