/**
 * The officers' annex and scrutiny's own sections, laid out: tables of names and dates for people,
 * never ids. The annex's sections are marked `part: "annex"`, and the renderers put them after the
 * members' part, under the heading "Officers' annex".
 * @internal
 */
import type { Cell, Section, Table } from "./layoutTypes.js";
import type { PerformanceReport } from "./performanceReport.js";
import type { ReportWords } from "./catalogue.js";
import type { ReportOverdueReview, ReportReview } from "./annex.js";

const text = (value: string): Cell => ({ text: value });

/** A section of one table, or a sentence saying there is nothing to show. @internal */
export function listed<T>(
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
 * due" for a deadline still to come, its date in its own column), the overdue reviews, the cascade
 * checker's findings and the data caveats.
 * @internal
 */
export function annexSections(report: PerformanceReport, w: ReportWords): Section[] {
  const a = w.annex;
  // The first three cells of a review's row, scheduled or overdue: what is reviewed, by which cycle, by whom.
  const whoReviews = (review: ReportReview | ReportOverdueReview): Cell[] => [
    text(review.subjectTitle),
    text(review.cycleName),
    text(review.reviewerName ?? a.noneNamed),
  ];
  return [
    listed(
      "annex",
      a.reviewsHeading(report.period.text),
      report.reviews,
      a.noReviews,
      { caption: a.reviewsCaption, headers: a.reviewsHeaders },
      (review) => [...whoReviews(review), text(review.text.due), text(review.text.held)],
    ),
    listed(
      "annex",
      a.overdueHeading,
      report.overdueReviews,
      a.noOverdue,
      { caption: a.overdueCaption, headers: a.overdueHeaders },
      (review) => [
        ...whoReviews(review),
        text(review.text.lastReviewed),
        text(review.text.due),
        text(review.text.daysOverdue),
      ],
    ),
    listed(
      "annex",
      a.findingsHeading,
      report.findings,
      a.noFindings,
      { caption: a.findingsCaption, headers: a.findingsHeaders },
      (finding) => [
        text(finding.subjectTitle),
        text(finding.message),
        text((a.severity as Readonly<Record<string, string>>)[finding.severity] ?? finding.severity),
        text(finding.ruleId),
      ],
    ),
    listed(
      "annex",
      a.caveatsHeading,
      report.caveats,
      a.noCaveats,
      { caption: a.caveatsCaption, headers: a.caveatsHeaders },
      (caveat) => [text(caveat.title), text(a.quality[caveat.quality]), text(caveat.dateText)],
    ),
  ];
}

/**
 * Scrutiny's own sections of the members' part: the targets red for two or more figures running,
 * and what was decided at the previous report and whether it happened. None for the executive.
 * @internal
 */
export function scrutinySections(report: PerformanceReport, w: ReportWords): Section[] {
  const a = w.annex;
  const scrutiny = report.scrutiny;
  if (report.audience !== "scrutiny" || scrutiny === null) return [];
  const followUp = scrutiny.followUp;
  return [
    listed(
      "members",
      a.redRunsHeading,
      scrutiny.redRuns,
      a.noRedRuns,
      { caption: a.redRunsCaption, headers: a.redRunsHeaders },
      (run) => [text(run.title), text(run.owner?.name ?? w.layout.noOwner), text(run.text)],
    ),
    followUp === null
      ? {
          heading: a.followUpHeading,
          paragraphs: [a.noPrevious],
          tables: [],
          part: "members",
        }
      : listed(
          "members",
          a.followUpOf(followUp.asOfText),
          followUp.items,
          a.noPreviousExceptions(followUp.asOfText),
          { caption: a.followUpCaption(followUp.asOfText), headers: a.followUpHeaders },
          (item) => [
            text(item.title),
            { text: w.status[item.then.status], status: item.then.status },
            text(w.scrutiny.decided[item.then.decision]),
            item.now.status === null
              ? text(a.goneFromFramework)
              : { text: w.status[item.now.status], status: item.now.status },
            text(item.text),
          ],
        ),
  ];
}
