/**
 * The officers' annex of the members' report, as data: the reviews due in the report's period,
 * the overdue reviews and the data caveats, each named for people (the cycle's name, the
 * subject's title, the reviewer's name, dates as "31 August 2001"), and where each review stands
 * at the report's date, so a review whose deadline is still to come reads "not yet due", never
 * "not recorded".
 * @internal
 */
import type { Finding, FindingSubject } from "../cascade/index.js";
import type { FrameworkIndex, Id, ReviewSubjectKind } from "../model/index.js";
import type { OverdueReview, ScheduledReview } from "../review/index.js";
import type { ReportFormatter } from "./format.js";

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
 * whose deadline is after the report's date reads "not yet due" (its due date in `text.due`), never "not
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
 * //=> ["Zero homelessness", "Cabinet: the leader, deputy and five members", "not-yet-due", "not yet due"]
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
  /** For people: `due` as "31 August 2001", and `held`, the Held cell: "31 July 2001: Progress reported to cabinet", "not yet due", "not recorded, 12 days overdue". */
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

/**
 * A finding of the cascade checker as the officers' annex lists it: the checker's {@link Finding},
 * and the name of what it is about (`subjectTitle`): a plan's name, an objective's or target's
 * title, an owner's, indicator's or review cycle's name, the framework's name; the id where the
 * framework has none. The checker's message keeps the ids an officer fixes the data by.
 *
 * @category Report
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const report = performanceReport(stockton, { asOf: "2001-07-15" });
 * report.findings.map((finding) => [finding.ruleId, finding.subjectTitle])
 * //=> [["unbalanced-measures", "Stockton-on-Tees Borough Council performance framework"]]
 */
export interface ReportFinding extends Finding {
  /** What the finding is about, named for people. */
  readonly subjectTitle: string;
}

const RESOURCE_NAMES = Symbol("performance-management/report budget lines' and unit costs' names");

/**
 * The names of the budget lines and unit costs by id (the first of each id, as the engines read
 * them), kept with the index: a report with a finding on every line reads each name once, not by a
 * search of every line for each finding.
 */
function resourceNames(index: FrameworkIndex): { budget: ReadonlyMap<Id, string>; unitCost: ReadonlyMap<Id, string> } {
  return index.derive(RESOURCE_NAMES, () => {
    const named = (entries: readonly { id: Id; name: string }[] | undefined): Map<Id, string> => {
      const names = new Map<Id, string>();
      for (const entry of entries ?? []) if (!names.has(entry.id)) names.set(entry.id, entry.name);
      return names;
    };
    return { budget: named(index.framework.budgets), unitCost: named(index.framework.unitCosts) };
  });
}

/** A finding's subject named for people; a measurement or a review by the id the checker gives it. */
export function findingSubjectTitle(index: FrameworkIndex, subject: FindingSubject): string {
  switch (subject.kind) {
    case "framework":
      return index.framework.name;
    case "indicator":
      return index.indicators.get(subject.id)?.title ?? subject.id;
    case "reviewCycle":
      return index.reviewCycles.get(subject.id)?.name ?? subject.id;
    case "budget":
    case "unitCost":
      return resourceNames(index)[subject.kind].get(subject.id) ?? subject.id;
    case "plan":
    case "objective":
    case "owner":
    case "target":
      return subjectTitle(index, subject.kind, subject.id);
    default:
      return subject.id;
  }
}

/** The cycle's name and the reviewer's, worked out once per cycle and reviewer. */
function namesOf(
  index: FrameworkIndex,
): (cycle: Id, reviewer: Id | null) => { readonly cycleName: string; readonly reviewerName: string | null } {
  const known = new Map<string, { readonly cycleName: string; readonly reviewerName: string | null }>();
  return (cycle, reviewer) => {
    const key = reviewer === null ? `${cycle}\u0000` : `${cycle}\u0000${reviewer}\u0000`;
    let names = known.get(key);
    if (names === undefined) {
      names = {
        cycleName: index.reviewCycles.get(cycle)?.name ?? cycle,
        reviewerName: reviewer === null ? null : (index.owners.get(reviewer)?.name ?? reviewer),
      };
      known.set(key, names);
    }
    return names;
  };
}

/** Where a scheduled review stands at `asOf` (see {@link ReportReviewState}). */
function stateOf(review: ScheduledReview, asOf: string): ReportReviewState {
  if (review.done !== null) return "held";
  if (review.daysOverdue !== null) return "overdue";
  // Dates are YYYY-MM-DD within the calendar (years 0001 to 9999): they compare as text.
  if (review.deadline > asOf) return "not-yet-due";
  if (review.deadline === asOf) return "due-today";
  return "not-recorded";
}

/**
 * The reviews due in the period, named, each with where it stands at the report's date: O(1) each.
 * Each row is written field by field (a spread and more fields cost twenty times as much, on the
 * 40,000 reviews of a large council).
 */
export function reportReviews(
  index: FrameworkIndex,
  reviews: readonly ScheduledReview[],
  asOf: string,
  format: ReportFormatter,
): ReportReview[] {
  const names = namesOf(index);
  const w = format.words.annex;
  return reviews.map((review) => {
    const state = stateOf(review, asOf);
    const due = format.date(review.due);
    const held =
      state === "held" && review.done !== null
        ? w.held(format.date(review.done.date), review.done.outcome)
        : state === "not-yet-due"
          ? w.notYetDue(due)
          : state === "due-today"
            ? w.dueToday(due)
            : state === "overdue"
              ? w.notRecorded(review.daysOverdue ?? 0)
              : w.laterHeld;
    const { cycleName, reviewerName } = names(review.cycle, review.reviewer);
    return {
      cycle: review.cycle,
      subject: review.subject,
      period: review.period,
      deadline: review.deadline,
      due: review.due,
      overdueFrom: review.overdueFrom,
      daysOverdue: review.daysOverdue,
      reviewer: review.reviewer,
      done: review.done,
      cycleName,
      subjectTitle: subjectTitle(index, review.subject.kind, review.subject.id),
      reviewerName,
      state,
      text: { due, held },
    };
  });
}

/** The overdue reviews, named: O(1) each, written field by field as above. */
export function reportOverdueReviews(
  index: FrameworkIndex,
  reviews: readonly OverdueReview[],
  format: ReportFormatter,
): ReportOverdueReview[] {
  const names = namesOf(index);
  const w = format.words.annex;
  return reviews.map((review) => {
    const { cycleName, reviewerName } = names(review.cycle, review.reviewer);
    return {
      cycle: review.cycle,
      subject: review.subject,
      reviewer: review.reviewer,
      lastReviewed: review.lastReviewed,
      period: review.period,
      deadline: review.deadline,
      due: review.due,
      overdueFrom: review.overdueFrom,
      daysOverdue: review.daysOverdue,
      cycleName,
      subjectTitle: subjectTitle(index, review.subject.kind, review.subject.id),
      reviewerName,
      text: {
        lastReviewed: review.lastReviewed === null ? w.never : format.date(review.lastReviewed),
        due: format.date(review.due),
        daysOverdue: w.days(review.daysOverdue),
      },
    };
  });
}
