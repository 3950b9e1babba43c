/**
 * The members' report at council scale: `performanceReport` over a generated framework of about
 * 10,000 targets (200,000 objectives) with measurements, on a shared index, and its Markdown and
 * HTML; the time a chart and the cascade diagram take for scale.
 */
import { indexFramework } from "../src/index.js";
import { checkCascade } from "../src/cascade/index.js";
import { evaluateFramework } from "../src/trajectory/index.js";
import {
  performanceReport,
  renderCascadeMermaid,
  renderReportHtml,
  renderReportMarkdown,
  renderTrajectorySvg,
} from "../src/report/index.js";
import { generateFramework } from "./generate.js";
import { type BenchResult, bench, report } from "./harness.js";

const OBJECTIVES = 200_000;
const AS_OF = "2002-06-30";

export function reportBenchmarks(): void {
  const framework = generateFramework({ objectives: OBJECTIVES, measurementsPerIndicator: 4 });
  const index = indexFramework(framework);
  const targets = framework.targets.length;
  const label = `${targets.toLocaleString("en-GB")} targets`;
  // One report first: the index's compiled data (paths, graph) is built once and shared, as in use.
  const kept = performanceReport(index, { asOf: AS_OF });
  const someTarget = framework.targets[0]?.id ?? "";
  const results: BenchResult[] = [
    bench(`performanceReport(shared index), ${label}`, targets, () => performanceReport(index, { asOf: AS_OF })),
    bench(`performanceReport(scrutiny), ${label}`, targets, () =>
      performanceReport(index, { asOf: AS_OF, audience: "scrutiny" }),
    ),
    bench(`renderReportMarkdown, ${label}`, targets, () => renderReportMarkdown(kept)),
    bench(`renderReportHtml, ${label}`, targets, () => renderReportHtml(kept)),
    bench("renderTrajectorySvg, one target", 1, () => renderTrajectorySvg(index, someTarget, { asOf: AS_OF })),
    bench(`renderCascadeMermaid, ${OBJECTIVES.toLocaleString("en-GB")} objectives`, OBJECTIVES, () =>
      renderCascadeMermaid(index),
    ),
    // Issue 21: charts cost only when asked for; a sparkline and a full chart for each of the first 100 exceptions.
    bench("renderReportHtml with charts, 100 exceptions", 100, () =>
      renderReportHtml({ ...kept, exceptions: kept.exceptions.slice(0, 100) }, { charts: index }),
    ),
    // Issue 22: the two engines the report runs, alone on the same index, so what the report spends
    // on its own (the rows' words, chains, actions in hand, aims, annex) is the rest of its time.
    bench(`evaluateFramework (the report's evaluation), ${label}`, targets, () =>
      evaluateFramework(index, { asOf: AS_OF }),
    ),
    bench(`checkCascade (all rules; the report runs all but the info ones), ${label}`, targets, () =>
      checkCascade(index, { asOf: AS_OF }),
    ),
  ];
  report(results);
  console.log(
    `\nThe report of ${label}: ${String(kept.exceptions.length)} exceptions, ${String(kept.aims.length)} aims, ` +
      `${String(kept.overdueReviews.length)} overdue reviews, ${String(kept.findings.length)} findings.`,
  );
}
