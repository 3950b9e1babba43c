/**
 * The officers' annex and scrutiny's own sections, laid out: tables of names and dates for people,
 * never ids. The annex's sections are marked `part: "annex"`, and the renderers put them after the
 * members' part, under the heading "Officers' annex".
 * @internal
 */
import type { Cell, Section, Table } from "./layoutTypes.js";
import type { PerformanceReport } from "./performanceReport.js";
import { DECIDED_TEXT, FOLLOW_UP_HEADING, RED_RUNS_HEADING, SEVERITY_TEXT } from "./scrutinyWords.js";
import { STATUS_TEXT } from "./words.js";

const text = (value: string): Cell => ({ text: value });

/** A section of one table, or a sentence saying there is nothing to show. */
function listed<T>(
  part: "members" | "annex",
  heading: string,
  items: readonly T[],
  none: string,
  table: Omit<Table, "rows">,
  row: (item: T) => Cell[],
): Section {
  return items.length === 0
    ? { heading, paragraphs: [none], tables: [], part }
    : { heading, paragraphs: [], tables: [{ ...table, rows: items.map(row) }], part };
}

/**
 * The officers' annex: the reviews due in the period (named, each with where it stands: "not yet
 * due (due 31 August 2001)" for a deadline still to come), the overdue reviews, the cascade
 * checker's findings and the data caveats.
 * @internal
 */
export function annexSections(report: PerformanceReport): Section[] {
  return [
    listed(
      "annex",
      `Reviews due in the period, ${report.period.text}`,
      report.reviews,
      "No review fell due in the period.",
      {
        caption: "Reviews due in the period, and the review that answered each",
        headers: ["Subject", "Review cycle", "Reviewer", "Due", "Held"],
      },
      (review) => [
        text(review.subjectTitle),
        text(review.cycleName),
        text(review.reviewerName ?? "none named"),
        text(review.text.due),
        text(review.text.held),
      ],
    ),
    listed(
      "annex",
      "Overdue reviews",
      report.overdueReviews,
      "No review is overdue.",
      {
        caption: "Reviews overdue, the longest first",
        headers: ["Subject", "Review cycle", "Reviewer", "Last reviewed", "Due", "Overdue by"],
      },
      (review) => [
        text(review.subjectTitle),
        text(review.cycleName),
        text(review.reviewerName ?? "none named"),
        text(review.text.lastReviewed),
        text(review.text.due),
        text(review.text.daysOverdue),
      ],
    ),
    listed(
      "annex",
      "Findings of the cascade checker",
      report.findings,
      "The cascade checker finds no error or warning.",
      { caption: "The cascade checker's errors and warnings", headers: ["Finding", "Severity", "Rule"] },
      (finding) => [
        text(finding.message),
        text(SEVERITY_TEXT[finding.severity] ?? finding.severity),
        text(finding.ruleId),
      ],
    ),
    listed(
      "annex",
      "Data caveats",
      report.caveats,
      "Every figure is validated.",
      { caption: "Figures that are provisional or estimated", headers: ["Target", "Figure", "Date"] },
      (caveat) => [text(caveat.title), text(caveat.quality), text(caveat.dateText)],
    ),
  ];
}

/**
 * Scrutiny's own sections of the members' part: the targets red for two or more figures running,
 * and what was decided at the previous report and whether it happened. None for the executive.
 * @internal
 */
export function scrutinySections(report: PerformanceReport): Section[] {
  const scrutiny = report.scrutiny;
  if (report.audience !== "scrutiny" || scrutiny === undefined || scrutiny === null) return [];
  const followUp = scrutiny.followUp;
  return [
    listed(
      "members",
      RED_RUNS_HEADING,
      scrutiny.redRuns,
      "No target has been red for two or more figures running.",
      {
        caption: "Targets red for two or more figures running, the longest run first",
        headers: ["Target", "Owner", "Red for"],
      },
      (run) => [text(run.title), text(run.owner?.name ?? "no owner"), text(run.text)],
    ),
    followUp === null
      ? {
          heading: FOLLOW_UP_HEADING,
          paragraphs: ["No previous report was given, so what was decided then cannot be followed up here."],
          tables: [],
          part: "members",
        }
      : listed(
          "members",
          `${FOLLOW_UP_HEADING} (report of ${followUp.asOfText})`,
          followUp.items,
          `The report of ${followUp.asOfText} listed no exception.`,
          {
            caption: `The exceptions of the report of ${followUp.asOfText}: what was decided, and where it stands now`,
            headers: ["Target", "Then", "Asked of the executive then", "Now", "Did it happen?"],
          },
          (item) => [
            text(item.title),
            { text: STATUS_TEXT[item.then.status], status: item.then.status },
            text(DECIDED_TEXT[item.then.decision] ?? item.then.decision),
            item.now.status === null
              ? text("no longer in the framework")
              : { text: STATUS_TEXT[item.now.status], status: item.now.status },
            text(item.text),
          ],
        ),
  ];
}
