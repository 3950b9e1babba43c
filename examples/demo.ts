/**
 * The newcomer's demo: `npm run demo`.
 *
 * Validates the Stockton example from the seed paper, indexes it and prints what it holds: the
 * cascade of plans, the receptionist's accountability chain, the targets and the cascade check's
 * findings, the evaluation, the members' report's exceptions and Spelthorne's self-assessment.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type DecimalValue,
  type Goal,
  PlanLevel,
  canonicalDecimal,
  checkCascade,
  assess,
  diagnose,
  evaluateTarget,
  indexFramework,
  costPerOutcome,
  createFormatter,
  monitorBudgets,
  resourcesByAim,
  narrate,
  evaluateFramework,
  performanceReport,
  planOverview,
  parseFramework,
  priorities,
  renderCascadeMermaid,
  renderReportHtml,
  renderReportMarkdown,
  renderTrajectorySvg,
  safeParseFramework,
  traceUp,
  type AssessmentResponse,
} from "../src/index.js";

const path = fileURLToPath(new URL("./frameworks/stockton.json", import.meta.url));
const input: unknown = JSON.parse(readFileSync(path, "utf8"));

// 1. Validate: every problem would be listed with its path.
const parsed = safeParseFramework(input);
if (!parsed.success) {
  console.error(parsed.error.message);
  process.exit(1);
}
const framework = parsed.data;
const index = indexFramework(framework);

const lines: string[] = [];
const say = (line = ""): void => {
  lines.push(line);
};

say(framework.name);
say("=".repeat(framework.name.length));
say(
  `Valid: ${framework.owners.length} owners, ${framework.plans.length} plans, ${framework.objectives.length} objectives, ` +
    `${framework.indicators.length} indicators, ${framework.targets.length} targets, ${framework.measurements?.length ?? 0} measurements, ` +
    `${framework.reviewCycles?.length ?? 0} review cycles. Financial year starts ${index.financialYearStart}.`,
);

// 2. The cascade of plans, highest level first.
say();
say("The cascade of plans (seed 3.4.1.2, 5.3.5.4)");
for (const level of PlanLevel.options) {
  for (const plan of framework.plans.filter((candidate) => candidate.level === level)) {
    const objectives = index.objectivesByPlan.get(plan.id)?.length ?? 0;
    const owner = plan.owner === undefined ? "no owner" : (index.owners.get(plan.owner)?.name ?? plan.owner);
    say(`  ${level.padEnd(10)} ${plan.name} (${objectives} objective${objectives === 1 ? "" : "s"}; ${owner})`);
  }
}

// 3. The accountability chain, from the ground up (seed 5.3.5.6), traced by the accountability engine.
say();
say("The accountability chain, from the ground up (seed 5.3.5.6)");
const trace = traceUp(index, "io-key-tags");
const [chain] = trace.chains;
for (const step of chain?.steps ?? []) {
  say(`  [${step.level ?? "?"}] ${step.subject.title} (${step.owner?.name ?? step.owner?.id ?? "unowned"})`);
  if (step.soThat !== null) say(`      so that ${step.soThat}`);
}
if (chain !== undefined) {
  say(`  As front-line staff tell it (${trace.total} chain${trace.total === "1" ? "" : "s"}):`);
  say(`      "${narrate(chain)}"`);
}

// 4. The targets, with their baselines and goals as exact decimals.
say();
say("Targets: baseline and goal (seed 5.3.5.3, 5.3.5.5, 5.3.5.7)");
const show = (value: DecimalValue): string => canonicalDecimal(value);
const describeGoal = (goal: Goal): string => {
  if ("value" in goal) return `${show(goal.value)} by ${goal.date}`;
  if ("low" in goal) return `between ${show(goal.low)} and ${show(goal.high)} by ${goal.date}`;
  if ("quartile" in goal)
    return `quartile position ${String(goal.quartile.position)} in ${goal.quartile.group} by ${goal.date}`;
  const c = goal.change;
  const change =
    "percent" in c ? `${show(c.percent)}%` : "points" in c ? `${show(c.points)} percentage points` : show(c.absolute);
  return `a change of ${change} by ${goal.date}`;
};
for (const target of framework.targets) {
  const unit = index.indicators.get(target.indicator)?.unit ?? "";
  const comparator =
    target.comparator === undefined ? "" : `, kept below ${target.comparator.label ?? target.comparator.indicator}`;
  say(`  ${target.title ?? target.id}`);
  say(
    `      ${show(target.baseline.value)} ${unit} on ${target.baseline.date} -> ${describeGoal(target.goal)}${comparator}`,
  );
}

// 5. Check the cascade, as of the seed's learning day year: errors, warnings and notes.
say();
const asOf = "2001-10-01";
const report = checkCascade(index, { asOf });
say(
  `The cascade check as of ${asOf} (seed 4.3): ${report.ok ? "no errors" : `${report.errorCount} errors`}, ${report.warningCount} warnings, ${report.infoCount} notes`,
);
for (const finding of report.findings) say(`  ${finding.severity.padEnd(7)} ${finding.ruleId}: ${finding.message}`);

// 6. Evaluate every target as of the monitoring cycle's July report (seed 5.3.4.1).
say();
const reportDate = "2001-07-15";
say(`Targets as of ${reportDate} (RAG; actuals illustrative)`);
for (const target of framework.targets) {
  const evaluation = evaluateTarget(index, target.id, { asOf: reportDate });
  const against = evaluation.expected === null ? "" : ` against ${evaluation.expected}`;
  const flag = evaluation.quality === null || evaluation.quality === "validated" ? "" : ` (${evaluation.quality})`;
  const actual =
    evaluation.actual === null
      ? "no measurement yet"
      : `${evaluation.actual}${flag} on ${evaluation.actualDate}${against}`;
  say(`  ${evaluation.status.padEnd(13)} ${target.title ?? target.id}: ${actual}`);
}

// 6b. The members' report for the executive: the exceptions, each with what is being done and where it reaches.
say();
const memberReport = renderReportMarkdown(performanceReport(index, { asOf: reportDate }));
say(memberReport.split("\n")[0]?.replace(/^# /u, "") ?? "");
const exceptionsSection = memberReport.slice(
  memberReport.indexOf("## Exceptions"),
  memberReport.indexOf("## Going well"),
);
say(`The members' report as of ${reportDate}, for the executive (Markdown; the whole report has a section per aim)`);
say(exceptionsSection.trimEnd());

// 6c. The whole report as an HTML page, a chart per exception and the cascade diagram, written to out/
// (the demo does the writing: the library does no I/O).
const outDir = fileURLToPath(new URL("../out/", import.meta.url));
mkdirSync(outDir, { recursive: true });
const executive = performanceReport(index, { asOf: reportDate });
// With the framework, each exception gets a sparkline linking to its full chart at the page's end.
writeFileSync(`${outDir}report.html`, renderReportHtml(executive, { charts: index }));
// Scrutiny's year-end paper (Year end 2001/02): the questions for the portfolio holders, and what
// was decided at the quarter 1 report and whether it happened.
const yearEnd = performanceReport(index, { asOf: "2002-05-15", audience: "scrutiny", previous: executive });
writeFileSync(`${outDir}report-scrutiny-year-end.html`, renderReportHtml(yearEnd, { charts: index }));
for (const exception of executive.exceptions)
  writeFileSync(`${outDir}${exception.target}.svg`, renderTrajectorySvg(index, exception.target, { asOf: reportDate }));
writeFileSync(
  `${outDir}cascade.mmd`,
  renderCascadeMermaid(index, { evaluation: evaluateFramework(index, { asOf: reportDate }) }),
);
say(
  `  Written to ${outDir}: report.html (with sparklines), report-scrutiny-year-end.html ("${yearEnd.period.title}"), a trajectory chart for each of the ${String(executive.exceptions.length)} exceptions (.svg) and the cascade (cascade.mmd, Mermaid)`,
);

// 6d. Resources beside performance: the medium-term financial plan's lines monitored at the same report
// (seed 5.3.6.1), each keyed to the objective it serves. Figures illustrative.
say();
const budgets = monitorBudgets(index, { asOf: reportDate });
// Money as members read it, exactly: the report's formatter takes the decimal strings as they are.
const formatter = createFormatter("en-GB");
const money = (amount: string): string =>
  formatter.figure(amount, { unit: budgets.currency, decimals: amount.includes(".") ? 2 : 0 });
say(
  `Budget monitoring ${budgets.year}, ${String(budgets.monthsElapsed)} months to ${budgets.monthsEnd ?? "none"} (illustrative)`,
);
for (const line of budgets.lines) {
  const percent = line.variancePercent === null ? "" : ` (${line.variancePercent.replace(/^-/u, "")}%)`;
  const gap =
    line.direction === "on-budget"
      ? "on budget"
      : `${money(line.variance.replace(/^-/u, ""))} ${line.direction}${percent}`;
  say(
    `  ${line.status.padEnd(6)} ${line.name} (${line.objective ?? line.plan ?? "unkeyed"}): forecast ${money(line.forecastOutturn)} (${line.forecastBasis}) against ${money(line.available)}, ${gap}`,
  );
}

// 6e. A year on: did the money move towards the aims whose targets are red (seed 5.3.6.1), and
// what does an outcome cost now? The first quarter of 2002/03 against the same quarter of 2001/02.
const yearOn = "2002-07-15";
const byAim = resourcesByAim(index, { asOf: yearOn });
say();
say(`Money by aim ${byAim.year}, with its share and the change since ${byAim.previousYear} (illustrative)`);
for (const aim of byAim.aims) {
  const change =
    aim.shareChange === null
      ? ""
      : aim.shareChange === "0"
        ? ", no change"
        : `, ${aim.shareChange.startsWith("-") ? "" : "+"}${aim.shareChange} points`;
  say(
    `  ${aim.objective.padEnd(16)} ${money(aim.available).padStart(11)} ${aim.share ?? "no"}% of the aims' money${change}; targets ${aim.status}`,
  );
}
for (const cost of costPerOutcome(index, { asOf: yearOn }).costs) {
  const now = cost.current?.cost ?? null;
  const before = cost.previous?.cost ?? null;
  say(
    `  ${cost.name}: ${now === null ? "no count yet this year" : money(now)}${before === null ? "" : ` (${money(before)} a year before, ${cost.direction ?? "no comparison"})`}`,
  );
}

// 7. What validation says about a broken copy.
say();
say("A broken copy: a misspelt field and an impossible date");
const broken = structuredClone(input) as { targets: Record<string, unknown>[] };
const first = broken.targets[0] as Record<string, unknown>;
broken.targets[0] = { ...first, ower: first.owner, baseline: { date: "2001-02-30", value: "40" } };
const refused = safeParseFramework(broken);
if (!refused.success) for (const issue of refused.error.issues) say(`  - ${issue.message}`);

// 8. Spelthorne's self-assessment before designing its system (seed 5.3.1.1), scored against Appendix A.
say();
const selfAssessmentPath = fileURLToPath(new URL("./assessments/spelthorne.json", import.meta.url));
const selfAssessment = JSON.parse(readFileSync(selfAssessmentPath, "utf8")) as { responses: AssessmentResponse[] };
const assessment = assess(selfAssessment.responses);
say("Spelthorne's self-assessment (seed 5.3.1.1) against Appendix A, rated 0 (absent) to 4 (embedded)");
for (const area of assessment.areas)
  say(
    `  ${(area.score ?? "not assessed").padEnd(13)} ${(area.verdict ?? "").padEnd(11)} ${area.title} (${area.rated} of ${area.total} rated)`,
  );
say(`  Overall ${assessment.overall.score ?? "not assessed"}: ${assessment.overall.verdict ?? "not assessed"}`);
if (assessment.limitingArea !== null)
  say(
    `  Limited by ${assessment.limitingArea.title} (${assessment.limitingArea.score}, ${assessment.limitingArea.verdict})`,
  );
say("  Priorities, in the building blocks' natural sequence (2.2.3):");
for (const gap of priorities(assessment).slice(0, 3))
  say(`    ${gap.buildingBlock ?? "-"}: ${gap.text} (rated ${gap.rating}, ${gap.gap} short of established)`);
say(
  `  Warning signs (4.3, 5.4.4): ${diagnose(assessment)
    .map((sign) => `"${sign.text}"`)
    .join("; ")}`,
);

// 9. Spelthorne's one-page service plan (seed 5.3.3.1): where it is, where it wants to be, how it
// monitors success.
say();
const spelthorne = parseFramework(
  JSON.parse(readFileSync(fileURLToPath(new URL("./frameworks/spelthorne.json", import.meta.url)), "utf8")),
);
const onePage = planOverview(spelthorne, "plan-environmental");
say(`Spelthorne's one-page service plan (seed 5.3.3.1): ${onePage.plan.name}`);
say(`  Where we want to be: ${onePage.whereWeWantToBe ?? "not stated"}`);
say(`  Critical success factors: ${onePage.criticalSuccessFactors.join("; ")}`);
for (const action of onePage.actionPlan) say(`  Action: ${action.text.line}`);
for (const standard of onePage.standards) say(`  Standard: ${standard.title}: ${standard.text.goal}`);
say(`  Resources: ${onePage.budget?.text ?? "none identified"}`);

console.log(lines.join("\n"));
