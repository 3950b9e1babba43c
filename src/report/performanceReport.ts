import type { ChainStep } from "../accountability/index.js";
import { ENDINGS, chainCount, firstChains } from "../accountability/first.js";
import { leadingStep, stepMaker } from "../accountability/subjects.js";
import { type RuleSetting, builtInRules, checkCascade } from "../cascade/index.js";
import type { Adjacency, Framework, FrameworkIndex, Id, Indicator, PlanLevel, Target } from "../model/index.js";
import { overdueReviews, reviewSchedule } from "../review/index.js";
import { groupedRows } from "../internal/graph.js";
import { dayNumberMonthsAfter, fromDayNumber, toDayNumber } from "../internal/dates.js";
import { financialYearOf } from "../trajectory/financialYear.js";
import {
  type Evaluation,
  type ObjectiveRollUp,
  type RollUpOptions,
  type Scale,
  type Status,
  evaluateFramework,
  isJudged,
} from "../trajectory/index.js";
import { ExactDecimal, toDecimal } from "../internal/decimal.js";
import { checkDate, checkKnownOptions, checkOneOf, checkOptionsObject, shown } from "../internal/options.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { judgedYearToDate } from "../model/figures.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import { revisionInForce } from "../model/revisions.js";
import { directionText } from "./words.js";
import { reportError } from "./errors.js";
import { inHandOf, openCorrectiveActions } from "./inHand.js";
import { type ReportFormatter, formatterFor } from "./format.js";
import { Reach } from "./reach.js";
import { countStatuses } from "../trajectory/scales.js";
import {
  type ReportFinding,
  type ReportOverdueReview,
  type ReportReview,
  findingSubjectTitle,
  reportOverdueReviews,
  reportReviews,
} from "./annex.js";
import {
  type ReportScrutiny,
  type ReportScrutinyException,
  checkPrevious,
  followUpOfPrevious,
  questionsOf,
  redRunsOf,
} from "./scrutiny.js";
import type { ReportWords } from "./catalogue.js";
import { checkWords } from "./wordsOption.js";
import {
  type ReportPeriodKind,
  benchmarksOf,
  comparisonsText,
  latestKnownFigure,
  measureLabelOf,
  periodTitleOf,
  previousFigure,
  yearAgoFigureOf,
} from "./comparisons.js";
import { statusDirectionText } from "./words.js";

/**
 * Options for {@link performanceReport}.
 *
 * @category Report
 */
export interface PerformanceReportOptions {
  /** The date the report is as of, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Who reads it: the executive (cabinet), led by the exceptions, or scrutiny, covering all council activity. `executive` when absent. */
  readonly audience?: "executive" | "scrutiny" | undefined;
  /** The status scale (`RAG`, `BRAG`, `DCA5` or your own), as `evaluateFramework` takes it: RAG when absent. */
  readonly scale?: Scale | undefined;
  /** The roll-up options, as `evaluateFramework` takes them. */
  readonly rollUp?: RollUpOptions | undefined;
  /**
   * The locale figures and dates are written in for people (Intl's: "30 June 2001", "1,234.5"):
   * the words' `lang` when absent (`en-GB` with the default words). Only numbers and dates: the
   * words come from `words`, and the HTML page's `lang` is theirs.
   */
  readonly locale?: string | undefined;
  /**
   * The period the report covers, both ends included: the reviews due in it are listed. When
   * absent, the last complete quarter of the financial year on or before `asOf` (a report made
   * on 15 July in an April year covers April to June); never before 0001-01-01: when no quarter
   * has ended inside the calendar (an `asOf` early in year 1), the quarter so far, to `asOf`.
   */
  readonly period?: { readonly from: string; readonly to: string } | undefined;
  /**
   * How many periods in a row amber or worse (amber, amber-red, red) make an amber target need a
   * decision of members rather than the owner's commentary: amber again after amber, with the
   * default of 2. A whole number, at least 1 (1: every amber needs a decision). See
   * {@link ExceptionDecision}.
   */
  readonly amberPeriods?: number | undefined;
  /**
   * The previous report (a {@link PerformanceReport} from `performanceReport` on the same framework,
   * made before this one, as returned or through JSON), for scrutiny's version only: what was
   * decided then about each of its exceptions is followed up (`scrutiny.followUp`). Only the fields
   * scrutiny reads are checked: its framework's id, `asOf`, `asOfText` and each exception's target,
   * title, status, figure date, decision and actions in hand.
   */
  readonly previous?: PerformanceReport | undefined;
  /**
   * The catalogue of words the report's sentences are written in (issue 21):
   * {@link REPORT_WORDS_EN_GB} when absent. Give the renderers the same catalogue. Its `lang` is
   * recorded as the report's `lang` and is the default `locale`.
   */
  readonly words?: ReportWords | undefined;
}

import { type ReportResources, reportResources } from "./resources.js";
import type { ReportOwner } from "./inHand.js";

export type { ExceptionReason } from "./words.js";
import type { ExceptionReason } from "./words.js";

/** The section of a report that lists a target by its status. @category Report */
export type ReportSection = "exceptions" | "goingWell" | "watch" | "awaiting";

/**
 * The one section each status puts a target in: red, amber-red, amber and no data are exceptions;
 * green and blue are going well; amber-green is watched; not started and awaiting data are awaited.
 * Lateness is not a status: a late figure is listed in `lateFigures` besides. So a report's counts
 * and its sections always agree: the targets counted under a status are exactly those its section
 * lists with that status.
 *
 * @category Report
 * @example
 * import { REPORT_SECTION_OF } from "performance-management/report";
 * [REPORT_SECTION_OF.green, REPORT_SECTION_OF.amber, REPORT_SECTION_OF["awaiting-data"]] //=> ["goingWell", "exceptions", "awaiting"]
 */
export const REPORT_SECTION_OF: Readonly<Record<Status, ReportSection>> = Object.freeze({
  blue: "goingWell",
  green: "goingWell",
  "amber-green": "watch",
  amber: "exceptions",
  "amber-red": "exceptions",
  red: "exceptions",
  "no-data": "exceptions",
  "not-started": "awaiting",
  "awaiting-data": "awaiting",
});

export type { ReportChain, ReportException, ReportOutturn, ReportTarget } from "./reportRows.js";
export { REPORT_CHAIN_STEPS } from "./reportRows.js";
import type { ReportChain, ReportException, ReportOutturn, ReportTarget } from "./reportRows.js";
import { REPORT_CHAIN_STEPS } from "./reportRows.js";
import { varianceWords } from "./variance.js";

export type { ExceptionDecision } from "./decision.js";

/** An objective's line in a report: its rolled-up status, counts and direction of travel. @category Report */
export interface ReportObjective {
  readonly objective: Id;
  readonly title: string;
  readonly level: PlanLevel | null;
  readonly owner: ReportOwner | null;
  /** The roll-up's status: its own outcome target's when it has one, else what its children roll up to (see `rollUp`). */
  readonly status: Status;
  /** The status of its own outcome targets, `null` when it has none (`rollUp`'s `outcome`). */
  readonly outcome: Status | null;
  /** Delivery confidence: what the objectives and other targets serving it roll up to, beside the outcome (`rollUp`'s `delivery`). */
  readonly delivery: Status | null;
  /** The contributions delivered with partners (indirect links), by status: shown, not folded into the council's own rating. */
  readonly partnerDelivered: Readonly<Record<Status, number>>;
  /**
   * True when `status` comes wholly from the partner-delivered contributions, there being nothing
   * else to rate it by (`rollUp`'s `ratedOnPartners`): the report says so beside the status.
   */
  readonly ratedOnPartners: boolean;
  /** Progress from baseline to goal in percent (0–100), weighted; `null` when nothing below is measured (`rollUp`'s `progress`). */
  readonly progress: string | null;
  /**
   * The roll-up's children by status: the objective's own targets and the objectives linked
   * directly to it, one each (as `rollUp` counts them), not every target beneath it.
   */
  readonly counts: Readonly<Record<Status, number>>;
  /**
   * How many of the targets beneath it improved, worsened or held since their previous figure. Of
   * an aim's objectives, each target beneath the aim is counted once, under the first objective (in
   * the order the framework lists them) that it serves: a service objective shared by several
   * corporate objectives counts under the first, and the objectives' counts add up to the aim's,
   * less the aim's own targets.
   */
  readonly direction: { readonly improving: number; readonly worsening: number; readonly noChange: number };
}

/** A community-plan aim (an objective at the apex) and what reports to it. @category Report */
export interface ReportAim extends ReportObjective {
  /**
   * Every target beneath the aim (`targets`), by status: the aim's headline, ahead of its rolled-up
   * status (one red target among ten green is one red, not a red aim). `rollUp`'s `beneath`.
   */
  readonly targetCounts: Readonly<Record<Status, number>>;
  /** The objectives one level of links below it: the corporate objectives serving the aim. */
  readonly objectives: readonly ReportObjective[];
  /** The exceptions beneath the aim, by target id, worst first. */
  readonly exceptions: readonly Id[];
  /** Every target beneath the aim, by id, in the framework's order: all council activity, for scrutiny. */
  readonly targets: readonly Id[];
}

/** A figure a report warns is not final. @category Report */
export interface ReportCaveat {
  readonly target: Id;
  readonly indicator: Id;
  readonly quality: "provisional" | "estimate";
  readonly date: string | null;
  /** The target's title, as its row names it. */
  readonly title: string;
  /** `date` for people: "30 June 2001"; "no date" with none. */
  readonly dateText: string;
}

/**
 * The members' performance report: plain data, organised by community-plan aim, that
 * renderers turn into Markdown or HTML.
 *
 * @category Report
 */
export interface PerformanceReport {
  readonly framework: { readonly id: Id; readonly name: string };
  readonly asOf: string;
  /** `asOf` for people: "15 July 2001". */
  readonly asOfText: string;
  readonly audience: "executive" | "scrutiny";
  readonly scale: string;
  readonly locale: string;
  readonly counts: Readonly<Record<Status, number>>;
  /** The aims, in the framework's order. */
  readonly aims: readonly ReportAim[];
  /**
   * Red, amber-red and amber targets, and targets with no data (a figure due and missing): worst
   * first. Every target whose status is one of these, and no other (see {@link REPORT_SECTION_OF});
   * a late figure alone never makes an exception.
   */
  readonly exceptions: readonly ReportException[];
  /** Green and blue targets, whether or not their next figure is late: blue first, then the improving. */
  readonly goingWell: readonly ReportTarget[];
  /** Amber-green targets (on the DCA5 scale): close to profile, watched, not yet exceptions; in the framework's order. */
  readonly watch: readonly ReportTarget[];
  /** Targets not started, or awaiting their first figure (not yet due): nothing to judge yet; in the framework's order. */
  readonly awaiting: readonly ReportTarget[];
  /**
   * Every target whose next figure is late (`stale`), whatever its status, in the framework's order:
   * listed here as well as in the section its status puts it in, so lateness never hides a status.
   */
  readonly lateFigures: readonly ReportTarget[];
  /** Every target, in the framework's order (scrutiny's full picture; the executive's report lists them too). */
  readonly targets: readonly ReportTarget[];
  /**
   * The period the report covers, and the same for people: "1 April 2001 to 30 June 2001"; its
   * `title` (see {@link ReportPeriod}).
   */
  readonly period: ReportPeriod;
  /**
   * The reviews due in the period, from `reviewSchedule`, each with the review that answered it when
   * one is recorded, named for people and with where it stands at the report's date (a review whose
   * deadline is after it is `not-yet-due`): see {@link ReportReview}. The officers' annex lists them.
   */
  readonly reviews: readonly ReportReview[];
  /** The overdue reviews, from `overdueReviews`, named for people (see {@link ReportOverdueReview}). */
  readonly overdueReviews: readonly ReportOverdueReview[];
  /** The cascade checker's errors and warnings as of the report's date. */
  readonly findings: readonly ReportFinding[];
  /** Provisional and estimated figures the statuses rest on. */
  readonly caveats: readonly ReportCaveat[];
  /**
   * Scrutiny's view (`audience: "scrutiny"`; `null` for the executive's): for each exception the
   * questions to put to the portfolio holder, the targets red for two or more figures running,
   * and what was decided at the previous report and whether it happened (see {@link ReportScrutiny}).
   */
  readonly scrutiny: ReportScrutiny | null;
  /** The date of the latest figure the report rests on (the latest `actualDate` of its targets); `null` when no target has a figure. */
  readonly dataAsOf: string | null;
  /** `dataAsOf` for people: "30 June 2001"; "no figure" when none. */
  readonly dataAsOfText: string;
  /** The targets that have ended, by their outturn (see {@link ReportOutturns}). */
  readonly outturns: ReportOutturns;
  /**
   * The language of the report's words (issue 21): the `lang` of the catalogue it was made with
   * (`options.words`), "en-GB" by default. The renderers lay it out in words of the same language
   * and write it as the HTML page's `lang`.
   */
  readonly lang: string;
  /**
   * Resources beside performance (issue 23): budget monitoring for the financial year of the report's period,
   * money by aim and portfolio, the budget lines (the executive's: those off budget; scrutiny's:
   * every line), the carry-forwards, the money behind each red target and the unit costs (see
   * {@link ReportResources}); `null` for a framework with no budget lines.
   */
  readonly resources: ReportResources | null;
}

/**
 * The period a report covers: its dates, the same for people, and its title: "Quarter 1 2001/02"
 * for a quarter of the framework's financial year; "Year end 2001/02" for the year's last quarter
 * (the year-end report, which gives the year's outturns) or the whole year; a custom period's
 * dates, "1 April 2001 to 15 July 2001", otherwise.
 *
 * @category Report
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * performanceReport(stockton, { asOf: "2001-07-15" }).period.title //=> "Quarter 1 2001/02"
 * performanceReport(stockton, { asOf: "2002-05-15" }).period.title //=> "Year end 2001/02"
 * performanceReport(stockton, { asOf: "2001-07-15", period: { from: "2001-04-01", to: "2001-07-15" } }).period.title
 * //=> "1 April 2001 to 15 July 2001"
 */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
  /** The dates for people: "1 April 2001 to 30 June 2001". */
  readonly text: string;
  /** The period's title (issue 21). */
  readonly title: string;
  /** A quarter of the financial year, the year's end (its last quarter or the whole year), or a custom period. */
  readonly kind: ReportPeriodKind;
  /** The quarter of the financial year, 1 to 4; `null` for the whole year or a custom period. */
  readonly quarter: 1 | 2 | 3 | 4 | null;
  /** The financial year for people, "2001/02"; `null` for a custom period. */
  readonly financialYear: string | null;
}

/**
 * The targets that have ended (whose goal date has passed), by their outturn, each in the
 * framework's order: achieved, not achieved, awaiting (the final figure not in yet, due or late)
 * and unjudged (a figure with nothing to judge it by). The year-end report's own section.
 *
 * @category Report
 */
export interface ReportOutturns {
  readonly achieved: readonly Id[];
  readonly notAchieved: readonly Id[];
  readonly awaiting: readonly Id[];
  readonly unjudged: readonly Id[];
}

export type { ReportBenchmark, ReportFigure, ReportPeriodKind } from "./comparisons.js";

/**
 * The period a report covers: the one given, checked; else the last complete quarter of the
 * financial year ending on or before `asOf`.
 */
function periodOf(
  given: PerformanceReportOptions["period"],
  asOf: string,
  yearStart: string,
): { from: string; to: string } {
  if (given !== undefined) {
    checkOptionsObject(given, "options.period", reportError);
    checkKnownOptions(given, ["from", "to"], "options.period", reportError);
    const from = checkDate(given.from, "options.period.from", reportError);
    const to = checkDate(given.to, "options.period.to", reportError);
    if (to < from) throw reportError(`options.period ends (${to}) before it starts (${from})`);
    return { from, to };
  }
  const { start } = financialYearOf(asOf, yearStart);
  const day = toDayNumber(asOf);
  // The quarters by day number (a string comparison would put "10000-03-31" before "9999-12-31"):
  // the last of the year before, then this year's, up to the last to end on or before asOf.
  let from = dayNumberMonthsAfter(start, -3);
  let to = toDayNumber(start) - 1;
  let current = toDayNumber(start);
  for (let quarter = 1; quarter <= 4; quarter += 1) {
    const end = dayNumberMonthsAfter(start, 3 * quarter) - 1;
    if (end > day) break;
    from = dayNumberMonthsAfter(start, 3 * (quarter - 1));
    to = end;
    current = end + 1;
  }
  // Never before the calendar's first day: in year 1's first quarter, no quarter has ended inside
  // the calendar, and the period is the quarter so far.
  if (to < FIRST_DAY) [from, to] = [current, day];
  return { from: fromDayNumber(Math.max(from, FIRST_DAY)), to: fromDayNumber(to) };
}

/** The calendar's first day, 0001-01-01, as a day number. */
const FIRST_DAY = toDayNumber("0001-01-01");

/** The order exceptions are listed in: the worst status first (no data last). */
const EXCEPTION_RANK: Partial<Record<Status, number>> = { red: 0, "amber-red": 1, amber: 2, "no-data": 3 };

function ownerOf(index: FrameworkIndex, id: Id | undefined): ReportOwner | null {
  if (id === undefined) return null;
  return { id, name: index.owners.get(id)?.name ?? id };
}

/** The latest measurement's free-text corrective action on or before the evaluation's figure. */
function correctiveActionOf(index: FrameworkIndex, evaluation: Evaluation, indicator: Id): string | null {
  if (evaluation.actualDate === null) return null;
  // The measurements are sorted by date: the last on the figure's date is the one judged, found by
  // binary search (a scan cost every target on a shared indicator all of its figures).
  const series = index.measurementsByIndicator.get(indicator) ?? [];
  const judged = series[countOnOrBefore(series, evaluation.actualDate) - 1];
  return judged?.date === evaluation.actualDate ? (judged.correctiveAction ?? null) : null;
}

/**
 * The decimal places of a figure, as `Decimal#decimalPlaces` counts them (trailing zeros not
 * counted): read from a plain decimal string without building a Decimal (a report asks it of
 * several figures a target); a number, or a string in exponent form, through the Decimal.
 * @internal
 */
export function placesOf(figure: string | number): number {
  if (typeof figure !== "string" || !/^[+-]?\d*(?:\.\d*)?$/u.test(figure)) return toDecimal(figure).decimalPlaces();
  const point = figure.indexOf(".");
  if (point < 0) return 0;
  let end = figure.length;
  while (end > point + 1 && figure.charCodeAt(end - 1) === 48) end -= 1;
  return end - point - 1;
}

/**
 * How a target's figures are shown: the indicator's unit, to its `decimals`. An indicator that
 * sets none shows its actual as measured, and each figure the engine works out (expected, goal,
 * forecast, variance) to no more places than it has and no more than the actual's, but at least
 * one: an expected 78.54 missed collections beside an actual of 79 is "78.5", never a "79" that
 * would hide why the target is amber; an expected 100% stays "100%".
 */
function shownAs(
  indicator: Indicator | undefined,
  figure: string | number | undefined,
): { measured: ShownAs; worked: (value: string | null) => ShownAs } | undefined {
  if (indicator === undefined) return undefined;
  if (indicator.decimals !== undefined) {
    const both = { unit: indicator.unit, decimals: indicator.decimals };
    return { measured: both, worked: () => both };
  }
  const places = Math.max(figure === undefined ? 0 : placesOf(figure), 1);
  return {
    measured: { unit: indicator.unit },
    worked: (value) => ({
      unit: indicator.unit,
      decimals: value === null ? places : Math.min(placesOf(value), places),
    }),
  };
}

/**
 * A target's actual, expected and variance figures for people: where the status is not green (or
 * blue), to enough places that the two read apart whenever they differ (`Formatter.apart`: never
 * "91.2% expected 91.2%, amber"), and that the variance shown falls on the same side of the
 * tolerance as the exact one: Spelthorne's 98.8% against an expected 99.0495…% with a tolerance of
 * 0.2 points is 0.2496… short, red, so it reads "98.8%" against "99.05%", "−0.25 percentage points",
 * never "99.0%" and "−0.2", which reads as within the tolerance; otherwise as {@link shownAs} says.
 */
function figuresOf(
  evaluation: Evaluation,
  indicator: Indicator | undefined,
  shown: ReturnType<typeof shownAs>,
  format: ReportFormatter,
): { actual: string; expected: string; variance: string } {
  // The variance to the indicator's places, formatted only where it is shown so (not where wider places replace it).
  const variance = (): string => format.variance(evaluation.variance, shown?.worked(evaluation.variance));
  if (evaluation.status === "green" || evaluation.status === "blue" || evaluation.expected === null)
    return {
      actual: format.figure(evaluation.actual, shown?.measured),
      expected: format.figure(evaluation.expected, shown?.worked(evaluation.expected)),
      variance: variance(),
    };
  const places = shown?.worked(null).decimals;
  const needed = placesForTolerance(evaluation, indicator?.decimals ?? places);
  if (indicator === undefined || needed === undefined || needed <= (indicator.decimals ?? places ?? 0)) {
    const [actual, expected] = format.apart([evaluation.actual, evaluation.expected], indicator, places) as [
      string,
      string,
    ];
    return { actual, expected, variance: variance() };
  }
  // More places than the indicator's: the expectation and the variance both to `needed`.
  const wider = { unit: indicator.unit, decimals: indicator.decimals === undefined ? undefined : needed };
  const [actual, expected] = format.apart([evaluation.actual, evaluation.expected], wider, needed) as [string, string];
  return {
    actual,
    expected,
    variance: format.variance(evaluation.variance, { unit: indicator.unit, decimals: needed }),
  };
}

/**
 * The fewest places, from `from` on, at which the variance's magnitude, rounded half away from zero
 * as shown, compares with the tolerance as the exact one does (over it, on it, under it); `undefined`
 * when there is no variance, no tolerance or no starting precision.
 */
function placesForTolerance(evaluation: Evaluation, from: number | undefined): number | undefined {
  if (from === undefined || !isJudged(evaluation)) return undefined;
  const magnitude = toDecimal(evaluation.variance).abs();
  const tolerance = toDecimal(evaluation.tolerance);
  const side = magnitude.comparedTo(tolerance);
  let places = from;
  // Rounded as shown (the same value `toFixed` writes), compared without writing it.
  while (places < 20 && magnitude.toDecimalPlaces(places, ExactDecimal.ROUND_HALF_UP).comparedTo(tolerance) !== side)
    places += 1;
  return places;
}

/**
 * Whether a target's latest figure is year-to-date, as its evaluation judges it (a running-total or
 * year-to-date-rate indicator, a point goal in force, no comparator): its direction is then never
 * read against the baseline, so a missing one is "not comparable", not "no earlier figure".
 */
function yearToDateFigure(
  target: Target | undefined,
  indicator: Indicator | undefined,
  evaluation: Evaluation,
  asOf: string,
): boolean {
  if (target === undefined || indicator === undefined || evaluation.actual === null) return false;
  // The goal in force for the judged figure, as the evaluation took it.
  return judgedYearToDate(indicator, revisionInForce(target, evaluation.actualDate ?? asOf).target);
}

/** A unit and the decimal places to show a figure to. */
interface ShownAs {
  readonly unit: string;
  readonly decimals?: number;
}

/**
 * An ended target's outturn for people: the final figure against the goal (or the band) to enough
 * places to read apart, and the shortfall when not achieved; when it is due while awaited.
 */
function outturnOf(
  evaluation: Evaluation,
  indicator: Indicator | undefined,
  shown: ReturnType<typeof shownAs>,
  format: ReportFormatter,
): ReportOutturn | null {
  const outturn = evaluation.outturn;
  if (outturn === null) return null;
  const w = format.words;
  const words = w.target.outturn;
  const date = format.date(outturn.date);
  const due = outturn.due === null ? null : format.date(outturn.due);
  let figures: string | null = null;
  if (outturn.actual !== null && (outturn.status === "achieved" || outturn.status === "not-achieved")) {
    const places = shown?.worked(null).decimals;
    const band = evaluation.band;
    const [actual, ...goal] = format.apart(
      outturn.goal !== null || band === null ? [outturn.actual, outturn.goal] : [outturn.actual, band.low, band.high],
      indicator,
      places,
    ) as [string, ...string[]];
    const against = goal.length === 2 ? w.figures.range(goal[0] ?? "", goal[1] ?? "") : (goal[0] ?? w.figures.noFigure);
    const short =
      outturn.status === "not-achieved" && outturn.shortfall !== null
        ? format.variance(outturn.shortfall, shown?.worked(outturn.shortfall)).replace(/^\+/u, "")
        : null;
    figures = words.figures(actual, against, short);
  }
  const state =
    outturn.status === "awaiting"
      ? outturn.overdue
        ? words.late(due)
        : words.awaited(due)
      : outturn.status === "unjudged"
        ? words.unjudged(format.figure(outturn.actual, shown?.measured))
        : outturn.status === "achieved"
          ? words.achieved(figures ?? "")
          : words.notAchieved(figures ?? "");
  return { ...outturn, text: { summary: words.ended(date, state), date, due, figures } };
}

/** A target's goal for people: its value, or a band's edges ("98% to 100%"); `null` with neither. */
function goalTextOf(
  evaluation: Evaluation,
  shown: ReturnType<typeof shownAs>,
  format: ReportFormatter,
  goal: string,
): string | null {
  if (evaluation.goal !== null) return goal;
  const band = evaluation.band;
  if (band === null) return null;
  return format.words.figures.range(
    format.figure(band.low, shown?.worked(band.low)),
    format.figure(band.high, shown?.worked(band.high)),
  );
}

function targetOf(
  index: FrameworkIndex,
  evaluation: Evaluation,
  asOf: string,
  format: ReportFormatter,
  framed = false,
  position = -1,
): Required<ReportTarget> {
  const target = targetAt(index, evaluation.target, position);
  const indicator: Indicator | undefined = target === undefined ? undefined : index.indicators.get(target.indicator);
  const shown = shownAs(indicator, evaluation.actual ?? target?.baseline.value);
  const resolved = index.ownerOf("target", evaluation.target);
  const forecast = evaluation.forecast.value === null ? null : evaluation.forecast;
  const figures = figuresOf(evaluation, indicator, shown, format);
  const yearToDate = yearToDateFigure(target, indicator, evaluation, asOf);
  const goalDate = target === undefined ? null : revisionInForce(target, asOf).target.goal.date;
  const previous =
    target === undefined || indicator === undefined
      ? null
      : previousFigure(
          index,
          target,
          indicator,
          evaluation.actualDate,
          format,
          yearToDate ? { yearStart: index.financialYearStart } : undefined,
        );
  const yearAgo =
    target === undefined || indicator === undefined
      ? null
      : yearAgoFigureOf(
          index,
          target,
          indicator,
          evaluation.actualDate,
          format,
          evaluation.direction.sinceYearAgo !== null,
          yearToDate,
        );
  const sinceYearAgo = yearAgo === null ? null : evaluation.direction.sinceYearAgo;
  // A part-year running total is not set against whole-year quartiles: only the year's final figure is.
  const partYear =
    yearToDate &&
    evaluation.actualDate !== null &&
    financialYearOf(evaluation.actualDate, index.financialYearStart).end !== evaluation.actualDate;
  const w = format.words;
  const benchmarks = benchmarksOf(w, evaluation.benchmarks, partYear, index.financialYearStart);
  const directionWords = directionText(w, evaluation.direction.sincePrevious, yearToDate);
  const goalFigure = format.figure(evaluation.goal, shown?.worked(evaluation.goal));
  const goalText = goalTextOf(evaluation, shown, format, goalFigure);
  const goalDateText = format.date(goalDate);
  return {
    target: evaluation.target,
    title: target?.title ?? indicator?.title ?? evaluation.target,
    objective: target?.objective ?? "",
    indicator: target?.indicator ?? "",
    owner: ownerOf(index, resolved?.owner),
    status: evaluation.status,
    actual: evaluation.actual,
    actualDate: evaluation.actualDate,
    expected: evaluation.expected,
    variance: evaluation.variance,
    goal: evaluation.goal,
    forecast: forecast?.value ?? null,
    forecastMeetsGoal: forecast?.meetsGoal ?? null,
    direction: evaluation.direction.sincePrevious,
    quality: evaluation.quality,
    stale: evaluation.stale,
    nextFigureDue: evaluation.nextFigure?.due ?? null,
    correctiveAction: target === undefined ? null : correctiveActionOf(index, evaluation, target.indicator),
    actions: openCorrectiveActions(index, evaluation.target, asOf, format),
    outturn: outturnOf(evaluation, indicator, shown, format),
    text: {
      actual: figures.actual,
      expected: figures.expected,
      actualDate: format.date(evaluation.actualDate),
      // Worded by the indicator's polarity, as the command line words it: "0.5 per 100,000 collections worse than expected".
      variance:
        varianceWords(evaluation.variance, figures.variance, indicator?.polarity, w.figures) ?? figures.variance,
      goal: goalFigure,
      forecast: format.figure(forecast?.value ?? null, shown?.worked(forecast?.value ?? null)),
      nextFigureDue: evaluation.nextFigure === null ? w.target.noneDue : format.date(evaluation.nextFigure.due),
      direction: directionWords,
      status: statusDirectionText(
        w,
        evaluation.status,
        evaluation.direction.sincePrevious,
        directionWords,
        evaluation.actual !== null,
      ),
      against: w.target.against(
        evaluation.actual === null ? null : w.layout.latestFigure(figures.actual, format.date(evaluation.actualDate)),
        evaluation.expected === null ? null : figures.expected,
        goalText,
        goalDate === null ? null : goalDateText,
      ),
      goalDate: goalDateText,
      compared: comparisonsText(
        w,
        previous,
        yearAgo,
        sinceYearAgo,
        benchmarks,
        yearToDate,
        // No figure to judge: the latest known instead (the baseline, "44% (31 August 2000, baseline)").
        evaluation.actual === null && target !== undefined && indicator !== undefined
          ? latestKnownFigure(index, target, indicator, asOf, format)
          : null,
      ),
    },
    objectiveTitle: target === undefined ? "" : (index.objectives.get(target.objective)?.title ?? target.objective),
    goalDate,
    previous,
    yearAgo,
    sinceYearAgo,
    benchmarks,
    standard: indicator?.standard ?? null,
    measureLabel: measureLabelOf(w, indicator, framed),
  };
}

/**
 * A target's first chain, as `traceUp(…, { kind: "target" }).chains[0]` lists it, summarised past
 * {@link REPORT_CHAIN_STEPS} steps, and the number of chains: from the index's first chains and chain
 * counts (each worked out once per index), so each exception costs at most ten steps, however deep
 * the cascade. Also the positions of the target's objective and of the chain's end.
 */
function firstChainOf(
  index: FrameworkIndex,
  id: Id,
  step: (objective: number, edge: number) => ChainStep,
  position = -1,
): {
  chain: ReportChain | null;
  chains: string;
  chainsExact: boolean;
  from: number | undefined;
  aim: number | undefined;
} {
  const target = targetAt(index, id, position);
  if (target === undefined) return { chain: null, chains: "0", chainsExact: true, from: undefined, aim: undefined };
  const from = index.objectives.positionOf(target.objective);
  const lead = leadingStep(index, { kind: "target", target, objective: from }) as ChainStep;
  if (from === undefined) {
    const chain = { steps: [lead], direct: true, reachesApex: false, stop: "missing-objective" as const };
    return { chain: { ...chain, length: 1, omitted: 0 }, chains: "1", chainsExact: true, from, aim: undefined };
  }
  const first = firstChains(index);
  const { up } = index.objectiveGraph;
  const objectives = first.steps[from] as number;
  const length = objectives + 1;
  const omitted = Math.max(0, length - REPORT_CHAIN_STEPS);
  const steps: ChainStep[] = [lead];
  let at = from;
  if (omitted === 0)
    for (let i = 0; i < objectives; i += 1) {
      steps.push(step(at, i === objectives - 1 ? -1 : (up.start[at] as number)));
      at = first.next[at] as number;
    }
  else {
    // The target and the first eight objectives, each by its first link; then the last.
    for (let i = 0; i < REPORT_CHAIN_STEPS - 2; i += 1) {
      steps.push(step(at, up.start[at] as number));
      at = first.next[at] as number;
    }
    steps.push(step(first.end[from] as number, -1));
  }
  const ending = ENDINGS[first.ending[from] as number] ?? "orphan";
  const direct = first.indirect[from] === 0;
  const chain: ReportChain =
    ending === "apex"
      ? { steps, direct, reachesApex: true, stop: null, length, omitted }
      : { steps, direct, reachesApex: false, stop: ending, length, omitted };
  const counted = chainCount(index, from);
  return { chain, chains: counted.count.toString(), chainsExact: counted.exact, from, aim: first.end[from] };
}

/** The built-in rules whose findings are information only, each set "off"; worked out on first use. */
let infoOff: Readonly<Record<string, RuleSetting>> | undefined;

/**
 * The setting that turns off every built-in rule of severity `info` by default: the report lists
 * errors and warnings only, and a rule turned off changes no other rule's findings.
 */
function infoRulesOff(): Readonly<Record<string, RuleSetting>> {
  infoOff ??= Object.fromEntries(
    builtInRules.filter((rule) => rule.meta.defaultSeverity === "info").map((rule) => [rule.id, "off"] as const),
  );
  return infoOff;
}

/** What an exception adds to its target's row. */
type ExceptionFields = Omit<ReportException, keyof ReportTarget>;

/**
 * An exception: its target's row and what it adds, in the order `{ ...row, ...added }` gives, written
 * out field by field (a spread of a row of some 40 fields cost the bench's 8,644 exceptions more than
 * the rest of their making). A row from `targetOf`, which sets every field.
 */
function exceptionOf(row: Required<ReportTarget>, added: ExceptionFields): ReportException {
  return {
    target: row.target,
    title: row.title,
    objective: row.objective,
    indicator: row.indicator,
    owner: row.owner,
    status: row.status,
    actual: row.actual,
    actualDate: row.actualDate,
    expected: row.expected,
    variance: row.variance,
    goal: row.goal,
    forecast: row.forecast,
    forecastMeetsGoal: row.forecastMeetsGoal,
    direction: row.direction,
    quality: row.quality,
    stale: row.stale,
    nextFigureDue: row.nextFigureDue,
    correctiveAction: row.correctiveAction,
    actions: row.actions,
    outturn: row.outturn,
    text: row.text,
    objectiveTitle: row.objectiveTitle,
    goalDate: row.goalDate,
    previous: row.previous,
    yearAgo: row.yearAgo,
    sinceYearAgo: row.sinceYearAgo,
    benchmarks: row.benchmarks,
    standard: row.standard,
    measureLabel: row.measureLabel,
    reasons: added.reasons,
    chain: added.chain,
    chains: added.chains,
    chainsExact: added.chainsExact,
    sharedWith: added.sharedWith,
    inHand: added.inHand,
    decision: added.decision,
    decisionText: added.decisionText,
  };
}

/** The key under which the index keeps its targets by objective position, for the report. */
const TARGET_PLACES = Symbol("performance-management/report targets by objective position");

/**
 * Each objective's targets, as `index.targetsByObjective` lists them (every target of the
 * framework that names it, in the framework's order), as target positions by objective position:
 * worked out once per index, so an aim's targets are gathered without a Map read each.
 */
function targetPlacesByObjective(index: FrameworkIndex): Adjacency {
  const all = index.framework.targets;
  // Each target's place in the index, read once (-1 for none).
  const places = Int32Array.from(all, (target) => index.targets.positionOf(target.id) ?? -1);
  return groupedRows(
    index.objectives.size,
    all.length,
    (t) => ((places[t] as number) < 0 ? -1 : (index.objectives.positionOf((all[t] as Target).objective) ?? -1)),
    (t) => places[t] as number,
  );
}

/**
 * Each target's row, by the target's position in the index (-1 for none): the row at the same
 * place when evaluateFramework listed them in the index's order, as it does; found by id otherwise.
 */
function rowsByPosition(index: FrameworkIndex, rows: readonly ReportTarget[]): Int32Array {
  const at = new Int32Array(index.targets.size).fill(-1);
  for (let i = 0; i < rows.length; i += 1) {
    const id = (rows[i] as ReportTarget).target;
    const position = index.targets.at(i)?.id === id ? i : index.targets.positionOf(id);
    if (position !== undefined) at[position] = i;
  }
  return at;
}

/** The target with an id: the index's target at `position` when it has that id (no Map read), else by id. */
function targetAt(index: FrameworkIndex, id: Id, position: number): Target | undefined {
  const at = index.targets.at(position);
  return at?.id === id ? at : index.targets.get(id);
}

/** Items in the order a map of ids gives them. */
function sortedLike<T extends { readonly target: Id }>(items: readonly T[], order: ReadonlyMap<Id, number>): T[] {
  return [...items].sort((a, b) => (order.get(a.target) ?? 0) - (order.get(b.target) ?? 0));
}

/** The `amberPeriods` option: a whole number of at least 1, 2 when absent. */
function amberPeriodsOf(value: unknown): number {
  if (value === undefined) return 2;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 100)
    throw reportError(`options.amberPeriods ${shown(value)} must be a whole number from 1 to 100`);
  return value;
}

/** Why a target is an exception: red, amber, stale or missing data; none when it is not one. */
function reasonsOf(row: ReportTarget): ExceptionReason[] {
  const reasons: ExceptionReason[] = [];
  if (row.status === "red") reasons.push("red");
  if (row.status === "amber" || row.status === "amber-red") reasons.push("amber");
  if (row.stale) reasons.push("stale");
  if (row.status === "no-data") reasons.push("no-data");
  return reasons;
}

function objectiveOf(
  index: FrameworkIndex,
  rollUp: ObjectiveRollUp,
  beneath: readonly Id[],
  rows: ReadonlyMap<Id, ReportTarget>,
): ReportObjective {
  const objective = index.objectives.get(rollUp.objective);
  const direction = { improving: 0, worsening: 0, noChange: 0 };
  for (const id of beneath) {
    const row = rows.get(id);
    if (row?.direction === "improving") direction.improving += 1;
    else if (row?.direction === "worsening") direction.worsening += 1;
    else if (row?.direction === "no-change") direction.noChange += 1;
  }
  return {
    objective: rollUp.objective,
    title: objective?.title ?? rollUp.objective,
    level: index.levelOf("objective", rollUp.objective) ?? null,
    owner: ownerOf(index, index.ownerOf("objective", rollUp.objective)?.owner),
    status: rollUp.status,
    outcome: rollUp.outcome,
    delivery: rollUp.delivery,
    partnerDelivered: rollUp.partnerDelivered,
    ratedOnPartners: rollUp.ratedOnPartners,
    progress: rollUp.progress,
    counts: rollUp.counts,
    direction,
  };
}

/**
 * The members' performance report as of a date (critical success factor 7: "appropriate and
 * timely performance information is made available to elected members in their executive and
 * scrutiny roles"): plain data, organised by community-plan aim, built on the engines:
 * `evaluateFramework` for statuses and roll-ups, `checkCascade` for the findings and
 * `overdueReviews` for the reviews not held.
 *
 * - **Aims**: each objective at the apex of the cascade (the community plan's aims, or the
 *   corporate plan's when there is no community strategy), led by every target beneath it counted
 *   by status (`targetCounts`), with its rolled-up status (its own outcome target's, with delivery
 *   confidence and partner-delivered contributions beside it) and progress, counts,
 *   direction of travel (how many targets beneath it improved, worsened or held since their
 *   previous figure), the objectives linked directly below it, and the targets and exceptions beneath it.
 * - **Exceptions**: red and amber (and amber-red) targets and missing data (`no-data`),
 *   each with its owner, actual, expected, variance, forecast, the chain up to its aim (the
 *   accountability engine's first chain, summarised past ten steps, and how many there are), the corrective action recorded on
 *   its latest measurement (`null` when none is: renderers say so), its open corrective actions,
 *   what is being done about it (`inHand`: the accountability engine's `actionsInHand` at the
 *   report's date, each action's state and whether it lands after the goal date), and the decision
 *   it needs of members ({@link ExceptionDecision}, in words as `decisionText`), by its status, its
 *   run of amber periods (`amberPeriods`), the actions in hand and whether its figure is late. Worst
 *   first: red, amber-red, amber, then no data. A late figure alone never makes an exception, and a
 *   target awaiting its first figure, or not started, is not one: nothing is yet late.
 * - **Going well**: green and blue targets, blue first, then the improving, so the picture is
 *   balanced; a green target whose next figure is late is still green and listed here.
 * - **Watch** (amber-green, on DCA5) and **awaiting** (not started, or awaiting a first figure not
 *   yet due): so every target counted under a status is listed in the one section that status
 *   implies ({@link REPORT_SECTION_OF}), and the counts and the sections never disagree.
 * - **Late figures**: every target whose next figure is late, whatever its status, besides its
 *   section; for a target that has ended, the figure is its outturn, late once the outturn is overdue.
 * - **Outturns**: every target row carries `outturn` (see {@link ReportOutturn}): once its goal date
 *   has passed, how it ended, in words ("Ended 31 March 2002: not achieved, 86% against 100% (14
 *   percentage points short)"). An ended exception's decision follows its outturn: awaited (no
 *   decision), overdue (obtain it), not achieved (agree what next year does about the shortfall),
 *   never a corrective action within a year that is over.
 * - **For members** (issue 21): the period's `title` ("Quarter 1 2001/02", "Year end 2001/02" for
 *   the year's last quarter, a custom period's dates; see {@link ReportPeriod}) and `dataAsOf`, the
 *   date of the latest figure the report rests on; on every target row its `previous` period's
 *   figure and the same period last year's (`yearAgo`, with `sinceYearAgo`), its quartiles against
 *   the framework's benchmarks (`benchmarks`, best first for its polarity), its goal date, and
 *   whether it measures a standard or an indicator (`measureLabel`, where the framework says);
 *   `outturns`, the ended targets by how they ended.
 * - The **period** it covers (the last complete quarter by default) and the **reviews due** in it,
 *   each with the review that answered it and where it stands (a deadline still to come is "not
 *   yet due"), named for people; the **overdue reviews**; the checker's **errors and warnings**;
 *   and **caveats** for provisional and estimated figures: the officers' annex, which the
 *   renderers put after the members' part under "Officers' annex".
 * - **Scrutiny** (`audience: "scrutiny"`): every target beneath each aim, and `scrutiny` (see
 *   {@link ReportScrutiny}): the questions to put to the portfolio holder about each exception
 *   (each exception's `decisionText` is its questions: scrutiny is never asked to take the
 *   executive's decision), the targets red for two or more figures running and, given the previous
 *   report (`previous`), what was decided then and whether it happened.
 *
 * Every figure keeps the engine's exact string and gains a `text` for people, to the indicator's
 * `decimals` with its unit ("79%"), dates as "30 June 2001" in the `locale` (by default the
 * words' language, `en-GB`). Every sentence comes from `words`, a catalogue a council can replace
 * ({@link REPORT_WORDS_EN_GB} by default); the report records its `lang`, and the renderers lay it
 * out in the same words.
 *
 * @category Report
 * @param source - a parsed framework or its index
 * @param options - `asOf`, the audience, scale, roll-up options, locale, period, `amberPeriods`, for scrutiny the `previous` report, and the `words`
 * @returns the report
 * @throws {@link ReportError} when `source` is neither a framework nor an index, the options are not an object, `asOf` is missing or not a
 * calendar date, the audience is not `executive` or `scrutiny`, or `amberPeriods` is not a whole
 * number from 1 to 100, or `previous` is given to the executive's version, is not a report from
 * `performanceReport`, is on another framework or is not earlier, or `words` is not a whole catalogue
 * with a well-formed `lang` (naming the first key missing or of the wrong kind); `TrajectoryError` for a bad
 * scale or roll-up option
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const report = performanceReport(stockton, { asOf: "2001-07-15" });
 * // Red first: the re-let and homeless-offer targets, judged against the year's 100%.
 * report.exceptions.map((e) => [e.target, e.status, e.text.actual, e.text.expected]).slice(0, 2)
 * //=> [["t-homeless-offers", "red", "84%", "100%"], ["t-relet-28-days", "red", "79%", "100%"]]
 * report.exceptions[0]?.correctiveAction //=> null
 * report.exceptions[1]?.correctiveAction //=> "Repairs contractor's turnaround to be renegotiated; keys now logged on the day they are handed in."
 * // The well-being aim leads with its targets by status: two green (zero homelessness, youth offending), two red.
 * const wellbeing = report.aims[1];
 * [wellbeing?.objective, wellbeing?.targetCounts.green, wellbeing?.targetCounts.red] //=> ["cp-wellbeing", 2, 2]
 * // Its own outcome, zero homelessness, is green; the offers and re-lets that deliver it are red.
 * [wellbeing?.status, wellbeing?.delivery] //=> ["green", "red"]
 * // The re-let shortfall reaches the well-being aim through the offers of accommodation:
 * report.exceptions[1]?.chain?.steps.map((step) => step.subject.id)
 * //=> ["t-relet-28-days", "uo-relet-28-days", "so-homeless-offers", "cp-wellbeing"]
 */
export function performanceReport(
  source: Framework | FrameworkIndex,
  options: PerformanceReportOptions,
): PerformanceReport {
  checkOptionsObject(options, "options", reportError);
  checkKnownOptions(
    options,
    ["asOf", "audience", "scale", "rollUp", "locale", "period", "amberPeriods", "previous", "words"],
    "options",
    reportError,
  );
  const amberPeriods = amberPeriodsOf(options.amberPeriods);
  const asOf = checkDate(options.asOf, "options.asOf", reportError);
  const audience = options.audience ?? "executive";
  checkOneOf(audience, ["executive", "scrutiny"], "options.audience", reportError);
  const words = checkWords(options.words, "options.words");
  const format = formatterFor(options.locale, "options.locale", words);
  const index = checkedFrameworkIndex(source, reportError);
  if (options.previous !== undefined && audience !== "scrutiny")
    throw reportError(
      'options.previous is read by scrutiny\'s version only: give audience: "scrutiny", or leave previous out',
    );
  const previous = options.previous === undefined ? null : checkPrevious(options.previous, asOf, index.framework.id);
  const period = periodOf(options.period, asOf, index.financialYearStart);
  const evaluation = evaluateFramework(index, {
    asOf,
    ...(options.scale === undefined ? {} : { scale: options.scale }),
    ...(options.rollUp === undefined ? {} : { rollUp: options.rollUp }),
  });
  // Standards and indicators are told apart when the framework says which of its indicators are standards.
  const framed = index.framework.indicators.some((indicator) => indicator.standard !== undefined);
  // evaluateFramework lists the targets in the index's order: each read at its position (checked).
  const targets = evaluation.targets.map((row, position) => targetOf(index, row, asOf, format, framed, position));
  const rows = new Map(targets.map((row) => [row.target, row]));
  const evaluations = new Map(evaluation.targets.map((row) => [row.target, row]));

  const reach = new Reach(index);
  // Each objective's step made once, and shared by every exception's chain through it.
  const step = stepMaker(index);
  const exceptions: ReportException[] = [];
  const questioned: ReportScrutinyException[] = [];
  for (let position = 0; position < targets.length; position += 1) {
    const row = targets[position] as Required<ReportTarget>;
    const reasons = reasonsOf(row);
    if (REPORT_SECTION_OF[row.status] !== "exceptions") continue;
    const { chain, chains, chainsExact, from, aim } = firstChainOf(index, row.target, step, position);
    const sharedWith =
      chain?.reachesApex === true && !chain.direct && from !== undefined && aim !== undefined
        ? reach.sharedWith(from, aim).map((id) => ownerOf(index, id) as ReportOwner)
        : [];
    const { inHand, decision } = inHandOf(
      index,
      row,
      evaluations.get(row.target) as Evaluation,
      { asOf, scale: options.scale, amberPeriods },
      format,
    );
    const exception = exceptionOf(row, {
      reasons,
      chain,
      chains,
      chainsExact,
      sharedWith,
      inHand,
      decision: decision.kind,
      decisionText: decision.text,
    });
    if (audience !== "scrutiny") exceptions.push(exception);
    else {
      // Scrutiny holds the executive to account: it is asked the questions, never the decision.
      const evaluated = evaluations.get(row.target) as Evaluation;
      const questions = questionsOf(exception, {
        index,
        evaluation: evaluated,
        scale: options.scale,
        amberPeriods,
        words,
      });
      questioned.push({ target: row.target, title: row.title, status: row.status, questions });
      const asked = questions.map((question) => question.text).join(" ");
      // The row was made here, for this report: its text is set in place rather than the whole
      // row copied a second time (8,644 exceptions of some 40 fields each on the bench).
      (exception as { decisionText: string }).decisionText = asked === "" ? words.scrutiny.noQuestions : asked;
      exceptions.push(exception);
    }
  }
  // Worst first (stable: ties keep the framework's order).
  exceptions.sort((a, b) => (EXCEPTION_RANK[a.status] ?? 4) - (EXCEPTION_RANK[b.status] ?? 4));
  const exceptionOrder = new Map(exceptions.map((row, i) => [row.target, i]));

  // A green target whose next figure is late is still green: going well, and a late figure besides.
  const goingWell = targets
    .filter((row) => REPORT_SECTION_OF[row.status] === "goingWell")
    .sort(
      (a, b) =>
        Number(b.status === "blue") - Number(a.status === "blue") ||
        Number(b.direction === "improving") - Number(a.direction === "improving"),
    );

  const { ids } = index.objectiveGraph;
  // Each target's row by the target's position in the index: evaluateFramework lists them in the
  // index's order, so a row is at its target's position (checked, a Map read otherwise).
  const rowAt = rowsByPosition(index, targets);
  // The roll-ups likewise: evaluateFramework lists one for each objective, at its position.
  let rollUpById: Map<Id, ObjectiveRollUp> | undefined;
  const rollUpAt = (position: number): ObjectiveRollUp | undefined => {
    const rollUp = evaluation.objectives[position];
    if (rollUp !== undefined && rollUp.objective === ids[position]) return rollUp;
    rollUpById ??= new Map(evaluation.objectives.map((row) => [row.objective, row]));
    return rollUpById.get(ids[position] as Id);
  };
  const targetPlaces = index.derive(TARGET_PLACES, targetPlacesByObjective);
  // The targets of some objectives in the framework's order: their rows' places (from the index's
  // targets by objective position, no Map read) sorted as numbers.
  const targetsAt = (positions: readonly number[]): Id[] => {
    const places: number[] = [];
    // Every target of the framework has a row; one without (none is expected) is listed first.
    const unplaced: Id[] = [];
    for (const position of positions)
      for (let k = targetPlaces.start[position] as number; k < (targetPlaces.start[position + 1] as number); k += 1) {
        const target = targetPlaces.targets[k] as number;
        const place = rowAt[target] as number;
        if (place < 0) unplaced.push((index.targets.at(target) as Target).id);
        else places.push(place);
      }
    places.sort((a, b) => a - b);
    const listed = unplaced;
    for (const place of places) listed.push((targets[place] as ReportTarget).target);
    return listed;
  };
  const aims: ReportAim[] = [];
  const { down } = index.objectiveGraph;
  for (let position = 0; position < ids.length; position += 1) {
    if (!reach.atApex(position)) continue;
    const rollUp = rollUpAt(position);
    if (rollUp === undefined) continue;
    const beneath = targetsAt(reach.beneath(position));
    const children: number[] = [];
    for (let e = down.start[position] as number; e < (down.start[position + 1] as number); e += 1) {
      const child = down.targets[e] as number;
      if (!reach.atApex(child) && rollUpAt(child) !== undefined) children.push(child);
    }
    // Each target beneath the aim counted once: under the first of its objectives that it serves.
    const shares = reach.beneathEach(position, children);
    const below = children.map((child, i) =>
      objectiveOf(index, rollUpAt(child) as ObjectiveRollUp, targetsAt(shares[i] as number[]), rows),
    );
    aims.push({
      ...objectiveOf(index, rollUp, beneath, rows),
      targetCounts: rollUp.beneath ?? countStatuses(beneath.map((id) => rows.get(id) as ReportTarget)),
      objectives: below,
      exceptions: beneath
        .filter((id) => exceptionOrder.has(id))
        .sort((a, b) => (exceptionOrder.get(a) ?? 0) - (exceptionOrder.get(b) ?? 0)),
      targets: beneath,
    });
  }

  const watch = targets.filter((row) => REPORT_SECTION_OF[row.status] === "watch");
  const awaiting = targets.filter((row) => REPORT_SECTION_OF[row.status] === "awaiting");
  const lateFigures = targets.filter((row) => row.stale);

  const caveats: ReportCaveat[] = targets.flatMap((row) =>
    row.quality === "provisional" || row.quality === "estimate"
      ? [
          {
            target: row.target,
            indicator: row.indicator,
            quality: row.quality,
            date: row.actualDate,
            title: row.title,
            dateText: row.text.actualDate,
          },
        ]
      : [],
  );
  let dataAsOf: string | null = null;
  const outturns = { achieved: [] as Id[], notAchieved: [] as Id[], awaiting: [] as Id[], unjudged: [] as Id[] };
  for (const row of targets) {
    if (row.actualDate !== null && (dataAsOf === null || row.actualDate > dataAsOf)) dataAsOf = row.actualDate;
    const ended = row.outturn?.status;
    if (ended === "achieved") outturns.achieved.push(row.target);
    else if (ended === "not-achieved") outturns.notAchieved.push(row.target);
    else if (ended === "awaiting") outturns.awaiting.push(row.target);
    else if (ended === "unjudged") outturns.unjudged.push(row.target);
  }
  // Each named for people: the annex says what a finding is about beside the checker's message.
  // The info rules' findings are left out of the report, so those rules are not run.
  const findings: ReportFinding[] = checkCascade(index, { asOf, rules: infoRulesOff() })
    .findings.filter((finding) => finding.severity !== "info")
    .map((finding) => ({ ...finding, subjectTitle: findingSubjectTitle(index, finding.subject) }));

  return {
    framework: { id: index.framework.id, name: index.framework.name },
    asOf,
    asOfText: format.date(asOf),
    audience,
    scale: evaluation.scale,
    locale: format.locale,
    counts: evaluation.counts,
    aims,
    exceptions,
    goingWell,
    watch,
    awaiting,
    lateFigures,
    targets,
    period: {
      ...period,
      text: words.figures.range(format.date(period.from), format.date(period.to)),
      ...periodTitleOf(period, index.financialYearStart, format),
    },
    // A review recorded after the report's date has not happened yet, as far as the report knows.
    reviews: reportReviews(index, reviewSchedule(index, { ...period, asOf }).reviews, asOf, format),
    overdueReviews: reportOverdueReviews(index, overdueReviews(index, { asOf }), format),
    findings,
    caveats,
    scrutiny:
      audience === "scrutiny"
        ? {
            exceptions: exceptionOrder.size === 0 ? [] : sortedLike(questioned, exceptionOrder),
            redRuns: redRunsOf(index, targets, evaluations, words),
            followUp:
              previous === null
                ? null
                : followUpOfPrevious(index, previous, rows, new Set(exceptionOrder.keys()), asOf, format),
          }
        : null,
    dataAsOf,
    dataAsOfText: format.date(dataAsOf),
    outturns,
    lang: words.lang,
    resources: reportResources({
      index,
      asOf,
      audience,
      format,
      words,
      targets,
      aimStatus: new Map(aims.map((aim) => [aim.objective, aim.status])),
      periodEnd: period.to,
    }),
  };
}

/**
 * A target's figures and outturn worded as the report words them (actual, expected and variance to
 * the places that read apart, the goal, the outturn's line), for the command line's text for people.
 * @internal
 */
export function targetFigureTexts(
  evaluation: Evaluation,
  target: Target | undefined,
  indicator: Indicator | undefined,
  format: ReportFormatter,
): { actual: string; expected: string; variance: string; goal: string; outturn: string | null } {
  const shown = shownAs(indicator, evaluation.actual ?? target?.baseline.value);
  return {
    ...figuresOf(evaluation, indicator, shown, format),
    goal: format.figure(evaluation.goal, shown?.worked(evaluation.goal)),
    outturn: outturnOf(evaluation, indicator, shown, format)?.text.summary ?? null,
  };
}
