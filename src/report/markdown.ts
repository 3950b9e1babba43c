import type { Status } from "../trajectory/index.js";
import type { PerformanceReport, ReportAction, ReportException, ReportTarget } from "./performanceReport.js";
import { STATUS_TEXT, directionText, reasonText } from "./words.js";

/**
 * Text safe inside a Markdown table cell, heading or paragraph: the characters that open emphasis,
 * code, links or a table cell (`\\ \` * _ [ ] | ~ #`) escaped with a backslash, HTML's `<`, `>` and `&`
 * written as entities, line breaks as spaces, so a title renders as the text it is, whatever it
 * contains. Text never starts a line here, so list and heading markers need no escape.
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/gu, " ")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/[\\`*_[\]|~#]/gu, (character) => `\\${character}`);
}

/** A table: a header row, its rule, and one row per item; every cell escaped. */
function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(headers.map(escapeMarkdown)),
    line(headers.map(() => "---")),
    ...rows.map((row) => line(row.map(escapeMarkdown))),
  ].join("\n");
}

/** A section: its heading, then a table of its items, or a sentence saying there are none. */
function section<T>(
  title: string,
  items: readonly T[],
  none: string,
  headers: readonly string[],
  row: (item: T) => readonly string[],
): string {
  return `## ${title}\n\n${items.length === 0 ? none : table(headers, items.map(row))}`;
}

/** A status as text and symbol, never by colour alone. */
function statusCell(status: Status): string {
  return STATUS_TEXT[status];
}

function actionsText(actions: readonly ReportAction[]): string {
  if (actions.length === 0) return "none open";
  return actions
    .map(
      (action) =>
        `${action.title} (${action.owner?.name ?? "no owner"}, ${action.dueText === null ? "no date" : `due ${action.dueText}`}${action.overdue ? ", OVERDUE" : ""})`,
    )
    .join("; ");
}

/** The objectives an exception reaches on its way to its aim, and the partners it shares them with. */
function chainText(row: ReportException): string {
  const objectives = (row.chain?.steps ?? []).filter((step) => step.subject.kind === "objective");
  if (objectives.length === 0) return "reaches no objective";
  const path = objectives.map((step) => step.subject.title).join(" → ");
  const stop =
    row.chain?.reachesApex === false ? ` (the chain stops short of the aim: ${row.chain.stop ?? "orphan"})` : "";
  const shared =
    row.sharedWith.length === 0 ? "" : `; shared with ${row.sharedWith.map((partner) => partner.name).join(", ")}`;
  const more = row.chains === "1" ? "" : ` (the first of ${row.chains} chains)`;
  return `${path}${stop}${shared}${more}`;
}

function exceptionRow(row: ReportException): string[] {
  return [
    row.title,
    statusCell(row.status),
    row.reasons.map(reasonText).join(", "),
    row.owner?.name ?? "no owner",
    `${row.text.actual} (${row.text.actualDate})`,
    row.text.expected,
    row.text.variance,
    row.text.forecast,
    row.correctiveAction ?? "No corrective action recorded",
    actionsText(row.actions),
    chainText(row),
  ];
}

function targetRow(row: ReportTarget): string[] {
  return [
    row.title,
    statusCell(row.status),
    row.owner?.name ?? "no owner",
    `${row.text.actual} (${row.text.actualDate})`,
    row.text.expected,
    directionText(row.direction),
  ];
}

/**
 * A performance report as Markdown: a heading, the counts, the exceptions (with what has been
 * done about each), what is going well, a section per community-plan aim (its corporate
 * objectives, and for scrutiny every target beneath it), the overdue reviews, the checker's
 * errors and warnings and the data caveats. Statuses are written as words with a symbol, never by
 * colour alone; every title is escaped, so a `|` or `<script>` in the data renders as text.
 *
 * @category Report
 * @param report - a report from {@link performanceReport}
 * @returns the Markdown text
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport, renderReportMarkdown } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const markdown = renderReportMarkdown(performanceReport(stockton, { asOf: "2001-07-15" }));
 * markdown.split("\n")[0] //=> "# Performance report: Stockton-on-Tees Borough Council performance framework, 15 July 2001"
 * markdown.includes("| 100% homeless households offered accommodation within 21 days | ✖ Red |") //=> true
 */
export function renderReportMarkdown(report: PerformanceReport): string {
  const out: string[] = [];
  out.push(`# Performance report: ${escapeMarkdown(report.framework.name)}, ${escapeMarkdown(report.asOfText)}`);
  out.push(
    `For the ${report.audience === "executive" ? "executive" : "scrutiny committee"}, as of ${escapeMarkdown(report.asOfText)}. Statuses on the ${escapeMarkdown(report.scale)} scale.`,
  );
  const counted = (Object.entries(report.counts) as [Status, number][]).filter(([, count]) => count > 0);
  out.push(
    table(
      ["Status", "Targets"],
      counted.map(([status, count]) => [statusCell(status), String(count)]),
    ),
  );

  out.push(
    section(
      "Exceptions",
      report.exceptions,
      "No target is red or amber, and every figure is up to date.",
      [
        "Target",
        "Status",
        "Why",
        "Owner",
        "Actual",
        "Expected",
        "Variance",
        "Forecast",
        "Corrective action recorded",
        "Open actions",
        "Reaches",
      ],
      exceptionRow,
    ),
    section(
      "Going well",
      report.goingWell,
      "No target is green or blue yet.",
      ["Target", "Status", "Owner", "Actual", "Expected", "Direction"],
      targetRow,
    ),
  );

  const rows = new Map(report.targets.map((row) => [row.target, row]));
  for (const aim of report.aims) {
    out.push(`## ${escapeMarkdown(aim.title)}`);
    out.push(
      `${statusCell(aim.status)}. Owner: ${escapeMarkdown(aim.owner?.name ?? "no owner")}. Since the previous figures: ${String(aim.direction.improving)} improving, ${String(aim.direction.worsening)} worsening, ${String(aim.direction.noChange)} unchanged.`,
    );
    if (aim.objectives.length > 0)
      out.push(
        table(
          ["Objective", "Status", "Owner", "Improving", "Worsening"],
          aim.objectives.map((objective) => [
            objective.title,
            statusCell(objective.status),
            objective.owner?.name ?? "no owner",
            String(objective.direction.improving),
            String(objective.direction.worsening),
          ]),
        ),
      );
    const listed = report.audience === "scrutiny" ? aim.targets : aim.exceptions;
    const beneath = listed.flatMap((id) => {
      const row = rows.get(id);
      return row === undefined ? [] : [row];
    });
    if (beneath.length > 0)
      out.push(table(["Target", "Status", "Owner", "Actual", "Expected", "Direction"], beneath.map(targetRow)));
  }

  out.push(
    section(
      "Overdue reviews",
      report.overdueReviews,
      "No review is overdue.",
      ["Review cycle", "Subject", "Reviewer", "Last reviewed", "Due", "Days overdue"],
      (review) => [
        review.cycle,
        `${review.subject.kind} ${review.subject.id}`,
        review.reviewer ?? "none named",
        review.lastReviewed ?? "never",
        review.due,
        String(review.daysOverdue),
      ],
    ),
    section(
      "Findings of the cascade checker",
      report.findings,
      "The cascade checker finds no error or warning.",
      ["Severity", "Rule", "Finding"],
      (finding) => [finding.severity, finding.ruleId, finding.message],
    ),
    section("Data caveats", report.caveats, "Every figure is validated.", ["Target", "Figure", "Date"], (caveat) => [
      caveat.target,
      caveat.quality,
      caveat.date ?? "no date",
    ]),
  );
  return `${out.join("\n\n")}\n`;
}
