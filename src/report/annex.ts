/**
 * The officers' annex of the members' report, as data: the reviews due in the report's period,
 * the overdue reviews and the data caveats, each named for people (the cycle's name, the
 * subject's title, the reviewer's name, dates as "31 August 2001"), and where each review stands
 * at the report's date, so a review whose deadline is still to come reads "not yet due", never
 * "not recorded".
 * @internal
 */
import type { FrameworkIndex, Id, ReviewSubjectKind } from "../model/index.js";
import type { OverdueReview, ScheduledReview } from "../review/index.js";
import type { Formatter } from "./format.js";
import { dayWords } from "./scrutinyWords.js";

/**
 * Where a review due in the report's period stands at the report's date:
 * - `held`: a review that answers it is recorded on or before the report's date;
 * - `not-yet-due`: not recorded, and its deadline is after the report's date: nothing is late yet;
 * - `due-today`: not recorded, and its deadline is the report's date;
 * - `overdue`: not recorded, and past its deadline (listed among the overdue reviews too);
 * - `not-recorded`: not recorded and past its deadline, but a later review of the subject by the
 *   cycle has been held, so it is no longer owed (it is not overdue).
 *
 * @category Report
 */
export type ReportReviewState = "held" | "not-yet-due" | "due-today" | "overdue" | "not-recorded";

/**
 * A review due in the report's period ({@link ScheduledReview} from `reviewSchedule`), named for
 * people and with where it stands at the report's date. The officers' annex lists them: a review
 * whose deadline is after the report's date reads "not yet due (due 31 August 2001)", never "not
 * recorded".
 *
 * @category Report
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const report = performanceReport(stockton, { asOf: "2001-07-15" });
 * // The quarter to 30 June is reported to cabinet within two months: by 31 August.
 * const zero = report.reviews.find((review) => review.subject.id === "t-zero-homelessness");
 * [zero?.subjectTitle, zero?.reviewerName, zero?.state, zero?.text.held]
 * //=> ["Zero homelessness", "Cabinet: the leader, deputy and five members", "not-yet-due", "not yet due (due 31 August 2001)"]
 */
export interface ReportReview extends ScheduledReview {
  /** The review cycle's name: "Quarterly reports on progress against targets/Performance Indicators" (its id when the framework has no such cycle). */
  readonly cycleName: string;
  /** The subject's title: a plan's name, an objective's or target's title, an owner's name (the id when the framework has none). */
  readonly subjectTitle: string;
  /** The reviewer's name (the id when the framework lists no such owner); `null` when the cycle names none. */
  readonly reviewerName: string | null;
  /** Where it stands at the report's date (see {@link ReportReviewState}). */
  readonly state: ReportReviewState;
  /** For people: `due` as "31 August 2001", and `held`, the Held cell: "31 July 2001: Progress reported to cabinet", "not yet due (due 31 August 2001)", "not recorded, 12 days overdue". */
  readonly text: { readonly due: string; readonly held: string };
}

/** An overdue review ({@link OverdueReview} from `overdueReviews`), named for people. @category Report */
export interface ReportOverdueReview extends OverdueReview {
  readonly cycleName: string;
  readonly subjectTitle: string;
  readonly reviewerName: string | null;
  /** For people: "31 August 2001"; "never" for a subject never reviewed by the cycle; "12 days". */
  readonly text: { readonly lastReviewed: string; readonly due: string; readonly daysOverdue: string };
}

/** A subject's title for people: a plan's name, an objective's or target's title, an owner's name; its id when the framework has none. */
export function subjectTitle(index: FrameworkIndex, kind: ReviewSubjectKind, id: Id): string {
  if (kind === "plan") return index.plans.get(id)?.name ?? id;
  if (kind === "objective") return index.objectives.get(id)?.title ?? id;
  if (kind === "owner") return index.owners.get(id)?.name ?? id;
  const target = index.targets.get(id);
  if (target === undefined) return id;
  return target.title ?? index.indicators.get(target.indicator)?.title ?? id;
}

/** What names a review, scheduled or overdue. */
function named(
  index: FrameworkIndex,
  review: {
    readonly cycle: Id;
    readonly subject: { readonly kind: ReviewSubjectKind; readonly id: Id };
    readonly reviewer?: Id;
  },
): { cycleName: string; subjectTitle: string; reviewerName: string | null } {
  return {
    cycleName: index.reviewCycles.get(review.cycle)?.name ?? review.cycle,
    subjectTitle: subjectTitle(index, review.subject.kind, review.subject.id),
    reviewerName: review.reviewer === undefined ? null : (index.owners.get(review.reviewer)?.name ?? review.reviewer),
  };
}

/** Where a scheduled review stands at `asOf` (see {@link ReportReviewState}). */
function stateOf(review: ScheduledReview, asOf: string): ReportReviewState {
  if (review.done !== undefined) return "held";
  if (review.daysOverdue !== undefined) return "overdue";
  // Dates are YYYY-MM-DD within the calendar (years 0001 to 9999): they compare as text.
  if (review.deadline > asOf) return "not-yet-due";
  if (review.deadline === asOf) return "due-today";
  return "not-recorded";
}

/** The reviews due in the period, named, each with where it stands at the report's date: O(1) each. */
export function reportReviews(
  index: FrameworkIndex,
  reviews: readonly ScheduledReview[],
  asOf: string,
  format: Formatter,
): ReportReview[] {
  return reviews.map((review) => {
    const state = stateOf(review, asOf);
    const due = format.date(review.due);
    const held =
      state === "held" && review.done !== undefined
        ? `${format.date(review.done.date)}${review.done.outcome === undefined ? "" : `: ${review.done.outcome}`}`
        : state === "not-yet-due"
          ? `not yet due (due ${due})`
          : state === "due-today"
            ? `due today (${due})`
            : state === "overdue"
              ? `not recorded, ${dayWords(review.daysOverdue ?? 0)} overdue`
              : "not recorded (a later review has been held)";
    return { ...review, ...named(index, review), state, text: { due, held } };
  });
}

/** The overdue reviews, named: O(1) each. */
export function reportOverdueReviews(
  index: FrameworkIndex,
  reviews: readonly OverdueReview[],
  format: Formatter,
): ReportOverdueReview[] {
  return reviews.map((review) => ({
    ...review,
    ...named(index, review),
    text: {
      lastReviewed: review.lastReviewed === undefined ? "never" : format.date(review.lastReviewed),
      due: format.date(review.due),
      daysOverdue: dayWords(review.daysOverdue),
    },
  }));
}
