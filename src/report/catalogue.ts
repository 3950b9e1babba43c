/**
 * The members' report's words, in one catalogue a caller can replace (issue 21): every heading,
 * column header, caption, empty-state sentence and sentence of the report data, so a Welsh council
 * can publish its own wording. Sentences are functions (plurals and word order live in the
 * catalogue, as date-fns' locales and zod's `localeError` keep them); the catalogue travels with
 * each call, never as a global. Numbers and dates stay with the Intl `locale`.
 */
import type { Direction, Status } from "../trajectory/index.js";
import type { ExceptionDecision } from "./decisionKinds.js";

/**
 * How a formatter writes what is not a number: a missing figure, no variance, no date, and a
 * percentage difference's unit.
 *
 * @category Report
 */
export interface ReportFigureWords {
  /** A missing figure: "no figure". */
  readonly noFigure: string;
  /** No variance: "none". */
  readonly noVariance: string;
  /** A missing date: "no date". */
  readonly noDate: string;
  /** After a difference of percentages, space included: " percentage points". */
  readonly percentagePoints: string;
  /** Two figures or dates as a range: "98% to 100%". */
  readonly range: (low: string, high: string) => string;
  /**
   * A variance's size and which way it falls, by the indicator's polarity: "2.7 households better
   * than expected"; "above"/"below" where neither way is better (an in-band indicator).
   */
  readonly variance: (size: string, way: "better" | "worse" | "above" | "below") => string;
  /** No difference from the expected figure: "as expected". */
  readonly asExpected: string;
}

/**
 * The words of a target's row: its direction, comparisons, quartiles, label and outturn.
 *
 * @category Report
 */
export interface ReportTargetWords {
  /** A direction of travel in words: "improving", "worsening", "unchanged". */
  readonly direction: Readonly<Record<Direction, string>>;
  /** A direction with its arrow: "↑ improving". */
  readonly directionArrow: Readonly<Record<Direction, string>>;
  /** No direction, for want of an earlier figure. */
  readonly noEarlierFigure: string;
  /** No direction, for a year-to-date figure with none of its own year before it. */
  readonly notComparableYearToDate: string;
  /** A status and its direction: "✖ Red ↓ worsening" (the status first, as the page tints it). */
  readonly statusWithDirection: (status: string, direction: string) => string;
  /** A status with the reason it has no direction: "▲ Amber, no earlier figure". */
  readonly statusWithoutDirection: (status: string, reason: string) => string;
  /** A quartile position, 1 the best, saying which end is best: "3rd quartile (worse than the median)". */
  readonly quartile: Readonly<Record<1 | 2 | 3 | 4, string>>;
  /** A quartile against its group and year: "3rd quartile (worse than the median), all England 2000/01". */
  readonly quartileOf: (quartile: string, group: string, year: string) => string;
  /** What a target measures. */
  readonly measure: {
    readonly standard: string;
    readonly local: string;
    readonly national: string;
    readonly indicator: string;
  };
  /** A figure and its date: "75% (31 May 2001)", "82% (31 March 2001, baseline)". */
  readonly dated: (figure: string, date: string, baseline: boolean) => string;
  /** The same period last year with its direction: "70% (30 June 2000), ↑ improving". */
  readonly yearAgo: (figure: string, direction: string | null) => string;
  /** A year-to-date figure's previous period when none of its own year comes before it. */
  readonly noneThisYear: string;
  /** The comparisons cell: "Previous: 75% (31 May 2001). Same period last year: no figure. 3rd quartile, …". */
  readonly compared: (
    previous: string | null,
    yearAgo: string | null,
    quartiles: readonly string[],
    /**
     * `latestKnown`: for a target with no figure, the latest figure known ("44% (31 August 2000,
     * baseline)"), else null; `previousIsYearAgo`: the previous figure is the same period last
     * year's (an annual indicator), to be shown once.
     */
    more?: { readonly latestKnown: string | null; readonly previousIsYearAgo: boolean },
  ) => string;
  /** The figure against expected and the goal: "79% (30 June 2001) against 100% expected; goal 100% by 31 March 2002". */
  readonly against: (
    actual: string | null,
    expected: string | null,
    goal: string | null,
    goalDate: string | null,
  ) => string;
  /** No next figure due. */
  readonly noneDue: string;
  /** An ended target's outturn line: "Ended 31 March 2002: achieved, 100% against 100%". */
  readonly outturn: {
    readonly ended: (date: string, state: string) => string;
    readonly late: (due: string | null) => string;
    readonly awaited: (due: string | null) => string;
    readonly unjudged: (figure: string) => string;
    readonly achieved: (figures: string) => string;
    readonly notAchieved: (figures: string) => string;
    readonly figures: (actual: string, against: string, short: string | null) => string;
  };
}

/**
 * The decision or commentary an exception asks of the executive, sentence by sentence.
 *
 * @category Report
 */
export interface ReportDecisionWords {
  /** Amber, not yet for long enough to decide: the owner to comment (`run`: figures amber or worse in a row). */
  readonly seekCommentary: (run: number) => string;
  /** Why a decision is asked: red (`redRun` red in a row; `concernRun` amber or worse in a row). */
  readonly whyRed: (redRun: number, concernRun: number) => string;
  /** Why a decision is asked: amber or worse for `run` figures in a row. */
  readonly whyAmber: (run: number) => string;
  readonly chaseOverdue: (why: string) => string;
  readonly agreeAction: (why: string) => string;
  readonly agreeInTime: (why: string) => string;
  readonly noteInHand: (why: string, actions: number) => string;
  readonly obtainOutturn: (date: string, due: string | null) => string;
  readonly awaitOutturn: (date: string, due: string | null) => string;
  readonly addressShortfall: (date: string, figures: string | null) => string;
  readonly noteAchieved: (date: string, figures: string | null) => string;
  readonly noteUnjudged: (date: string) => string;
  /** A late figure to obtain, alone or before what is decided meanwhile. */
  readonly obtainFigure: (missing: boolean, meanwhile: string | null) => string;
  readonly forInformation: string;
  /** After an ended target's outturn request: its `n` overdue actions, still to be chased or re-planned. */
  readonly overdueActions: (n: number) => string;
}

/**
 * Scrutiny's words: the questions for the portfolio holder, the red runs and the follow-up of
 * what was decided at the previous report.
 *
 * @category Report
 */
export interface ReportScrutinyWords {
  readonly outturnLate: (date: string, due: string | null) => string;
  readonly outturnAwaited: (date: string, due: string | null) => string;
  readonly outturnShortfall: (date: string, figures: string | null) => string;
  readonly outturnUnjudged: (date: string) => string;
  readonly missingFigure: string;
  readonly lateFigure: (due: string) => string;
  readonly shortfall: (actual: string, date: string, expected: string) => string;
  readonly redRun: (run: string) => string;
  readonly overdueAction: (title: string, due: string | null) => string;
  readonly correctiveAction: string;
  /** Every open action due too late: one named (`title`, `due`), or several (`title` null). */
  readonly tooLate: (title: string | null, due: string | null) => string;
  /** An action named with its due date: `"Open a prevention service" (due 30 June 2002)`. */
  readonly namedAction: (title: string, due: string | null) => string;
  readonly onCourse: (named: readonly string[]) => string;
  readonly forecast: (forecast: string, goal: string) => string;
  readonly partners: (names: readonly string[]) => string;
  /** A run of figures: "3 monthly figures", "1 figure" (`frequency`: the indicator's, if known). */
  readonly run: (figures: number, frequency: string | undefined) => string;
  readonly redRunText: (run: string, date: string) => string;
  readonly noQuestions: string;
  /** What each decision asked for, as the follow-up recalls it. */
  readonly decided: Readonly<Record<ExceptionDecision, string>>;
  readonly actionGone: string;
  readonly actionDone: (completed: string | null) => string;
  readonly actionDoneUndated: string;
  readonly actionOverdue: (due: string | null, wasDue: string | null) => string;
  readonly actionReplanned: (due: string, wasDue: string | null) => string;
  readonly actionOpen: (due: string | null) => string;
  readonly figureIn: (date: string) => string;
  readonly noFigureIn: string;
  readonly agreedSince: (actions: readonly string[]) => string;
  readonly agreedAction: (title: string, owner: string | null, due: string | null) => string;
  readonly noneAgreed: string;
  /** Whether the overdue actions (`overdue`) or the actions in hand were seen to: each as "title: where it stands". */
  readonly happened: (happened: "yes" | "partly" | "no", actions: readonly string[], overdue: boolean) => string;
  readonly actionState: (title: string, state: string) => string;
  readonly outturnIn: (summary: string) => string;
  readonly outturnNotIn: string;
  readonly commentaryAsked: string;
  readonly shortfallFollowed: string;
  readonly informationOnly: string;
}

/**
 * The officers' annex's words.
 *
 * @category Report
 */
export interface ReportAnnexWords {
  readonly heading: string;
  readonly lead: string;
  readonly days: (n: number) => string;
  readonly held: (date: string, outcome: string | null) => string;
  /** A review not yet due (its due date is in its own column). */
  readonly notYetDue: (due: string) => string;
  readonly dueToday: (due: string) => string;
  readonly notRecorded: (days: number) => string;
  readonly laterHeld: string;
  readonly never: string;
  readonly severity: Readonly<Record<"error" | "warning" | "info", string>>;
  readonly quality: Readonly<Record<"provisional" | "estimate", string>>;
  readonly reviewsHeading: (period: string) => string;
  readonly noReviews: string;
  readonly reviewsCaption: string;
  readonly reviewsHeaders: readonly string[];
  readonly noneNamed: string;
  readonly overdueHeading: string;
  readonly noOverdue: string;
  readonly overdueCaption: string;
  readonly overdueHeaders: readonly string[];
  readonly findingsHeading: string;
  readonly noFindings: string;
  readonly findingsCaption: string;
  readonly findingsHeaders: readonly string[];
  readonly caveatsHeading: string;
  readonly noCaveats: string;
  readonly caveatsCaption: string;
  readonly caveatsHeaders: readonly string[];
  readonly redRunsHeading: string;
  readonly noRedRuns: string;
  readonly redRunsCaption: string;
  readonly redRunsHeaders: readonly string[];
  readonly followUpHeading: string;
  readonly noPrevious: string;
  readonly followUpOf: (date: string) => string;
  readonly noPreviousExceptions: (date: string) => string;
  readonly followUpCaption: (date: string) => string;
  readonly followUpHeaders: readonly string[];
  readonly goneFromFramework: string;
  readonly questionsHeader: string;
}

/**
 * The layout's words: the title, lead, headings, column headers, captions, empty states and the
 * line of detail beneath an exception.
 *
 * @category Report
 */
export interface ReportLayoutWords {
  /** The title by period ("Performance report, Quarter 1 2001/02: …"). */
  readonly title: (framework: string, period: string, date: string) => string;
  readonly lead: (lead: {
    readonly audience: "executive" | "scrutiny";
    readonly date: string;
    readonly dataAsOf: string | null | undefined;
    readonly period: string;
    readonly scale: string;
    /**
     * A year-end report on the year's last quarter: the whole year ("1 April 2001 to 31 March
     * 2002") and the quarter's first and last days; absent for any other report.
     */
    readonly year?: { readonly range: string; readonly quarter: number; readonly from: string; readonly to: string };
  }) => string;
  readonly noOwner: string;
  readonly none: string;
  readonly noData: string;
  readonly actionStates: Readonly<Record<"overdue" | "done" | "done-undated", string>>;
  readonly action: (
    title: string,
    parts: {
      readonly owner: string | null;
      readonly due: string | null;
      readonly ongoing: boolean;
      readonly state: "open" | "overdue" | "done" | "done-undated";
      readonly completed: string | null;
      readonly tooLate: boolean;
    },
  ) => string;
  /** The actions done, listed apart from those in hand: "Done: Agree a ten-day repair turnaround (…, done 21 September 2001)". */
  readonly doneActions: (actions: string) => string;
  readonly noneOpen: string;
  readonly inHand: (actions: string, recorded: string | null) => string;
  readonly reachesNone: string;
  readonly moreObjectives: (n: number) => string;
  readonly chainStop: Readonly<Record<"orphan" | "cycle" | "missing-objective", string>>;
  readonly chain: (
    path: readonly string[],
    stop: string | null,
    shared: readonly string[],
    chains: string,
    exact: boolean,
  ) => string;
  readonly titled: (title: string, label: string) => string;
  readonly reasons: Readonly<Record<"red" | "amber" | "stale" | "no-data", string>>;
  readonly detail: (detail: {
    readonly reasons: readonly string[];
    readonly owner: string | null;
    readonly variance: string;
    readonly outturn: string | null;
    readonly forecast: string | null;
    readonly shortOfGoal: boolean;
    readonly caveat: string | null;
    readonly noCorrectiveAction: boolean;
    readonly reaches: string;
  }) => string;
  readonly exceptionHeaders: readonly string[];
  readonly targetHeaders: readonly string[];
  readonly counts: (counts: readonly { readonly count: number; readonly status: string }[]) => string;
  readonly progress: (percent: string | null) => string;
  readonly rolledUp: (rolled: {
    readonly status: string;
    readonly ownOutcome: boolean;
    readonly onPartners: boolean;
    readonly delivery: string | null;
    readonly partners: string | null;
    readonly progress: string;
  }) => string;
  readonly standards: string;
  readonly localIndicators: string;
  readonly indicators: string;
  readonly tableOf: (caption: string, kind: string) => string;
  readonly outturnGroups: Readonly<Record<"notAchieved" | "achieved" | "awaiting" | "unjudged", string>>;
  readonly outturnHeaders: readonly string[];
  readonly outturnGroup: (group: string, kind: string | null, count: number) => string;
  readonly outturnCounts: (counts: {
    readonly total: number;
    readonly achieved: number;
    readonly notAchieved: number;
    readonly awaiting: number;
    readonly unjudged: number;
  }) => string;
  readonly outturnsHeading: string;
  readonly objectivesCaption: (aim: string) => string;
  readonly objectiveHeaders: readonly string[];
  readonly beneathCaption: (scrutiny: boolean, aim: string) => string;
  readonly aimTargets: (counts: string) => string;
  readonly aimSummary: (
    rolledUp: string,
    owner: string | null,
    improving: number,
    worsening: number,
    unchanged: number,
  ) => string;
  readonly countsCaption: string;
  readonly countsHeaders: readonly string[];
  readonly exceptionsHeading: string;
  readonly noExceptions: string;
  readonly exceptionsCaption: string;
  readonly goingWellHeading: string;
  readonly noGoingWell: string;
  readonly goingWellCaption: string;
  /** No target green or blue at year end, or once every target has ended (no "yet"). */
  readonly noGoingWellEnded: string;
  readonly watchHeading: string;
  readonly watchCaption: string;
  readonly awaitingHeading: string;
  readonly awaitingCaption: string;
  readonly endedHeading: string;
  readonly endedCaption: string;
  readonly endedHeaders: readonly string[];
  readonly lateHeading: string;
  readonly noLate: string;
  readonly lateCaption: string;
  readonly lateHeaders: readonly string[];
  readonly latestFigure: (actual: string, date: string) => string;
  /** The printed page's number, bottom right: the words before the page's number, between it and the count of pages, and after ("Page 2 of 9"). */
  readonly pageNumber: { readonly before: string; readonly between: string; readonly after: string };
  readonly lateOutturn: (due: string, date: string) => string;
  /** After a status whose next figure is late, its separator included: ", figure late since 11 November 2001". */
  readonly figureLate: (due: string) => string;
}

/**
 * The charts' words: the HTML page's section of charts, the sparkline's and the full chart's.
 *
 * @category Report
 */
export interface ReportChartWords {
  readonly heading: string;
  readonly lead: string;
  readonly back: string;
  readonly sparklineLink: string;
  /** A status as the sparkline's words say it, without its symbol: "Red". */
  readonly status: Readonly<Record<Status, string>>;
  readonly goal: (goal: string, date: string) => string;
  readonly statusOn: (status: string, date: string) => string;
  readonly noFigureYet: (title: string, status: string, goal: string) => string;
  readonly figure: (figure: string, date: string) => string;
  readonly figures: (count: number, read: readonly string[], latest: number) => string;
  readonly latestAgainst: (actual: string, expected: string) => string;
  readonly trend: (title: string, figures: string, status: string, against: string | null, goal: string) => string;
  readonly chartTitle: (title: string) => string;
  readonly expectedPath: (baseline: string, date: string, goal: string, goalDate: string) => string;
  readonly noMeasurement: string;
  readonly measurements: (count: number, latest: string, date: string, status: string) => string;
  readonly forecastBy: (forecast: string) => string;
  readonly pointLabel: (figure: string, status: string) => string;
  readonly pointTitle: (label: string, date: string) => string;
  readonly valueAxis: string;
  readonly dateAxis: string;
  readonly tolerance: string;
  readonly expectedPathTitle: string;
  readonly forecastTitle: (forecast: string, date: string) => string;
  readonly goalTitle: (goal: string, date: string) => string;
  readonly goalLabel: (goal: string) => string;
  /** The sparkline's first point, the baseline, in its words: "baseline 82% (31 March 2001)". */
  readonly baselinePoint: (figure: string, date: string) => string;
  /** The sparkline's figures after its baseline: "baseline 82% (31 March 2001), then 1 figure, 84% (30 June 2001)". */
  readonly sinceBaseline: (baseline: string, figures: string) => string;
}

/**
 * The words of the report's resources section (issue 23): budget monitoring beside performance.
 *
 * @category Report
 */
export interface ReportResourcesWords {
  readonly heading: string;
  /** The section's first sentence: the year, the months ended and the date the figures are to. */
  readonly lead: (year: string, months: number, to: string | null) => string;
  /** A total's summary: "Revenue: forecast £3,059,750 against £3,000,000 available, £59,750 over (2%)." */
  readonly totalSummary: (kind: "revenue" | "capital", forecast: string, available: string, variance: string) => string;
  readonly kind: { readonly revenue: string; readonly capital: string };
  readonly totalsCaption: (year: string) => string;
  readonly totalsHeaders: readonly string[];
  /** A variance: "£67,950 over (6.8%)", "£2,200 under". */
  readonly variance: (size: string, way: "over" | "under", percent: string | null) => string;
  readonly onBudget: string;
  /** No money at all: nothing available, spent or forecast. */
  readonly noBudget: string;
  readonly aimsHeading: string;
  /** The aims' table's lead: the year before (`null` when there is none) is the one shares are compared with. */
  readonly aimsLead: (previousYear: string | null) => string;
  /** The aims' table's rows for money that reaches no aim, so it reconciles with the totals. */
  readonly unkeyedRow: string;
  readonly unreachedRow: string;
  /** A line in another currency, named: "ESF grant (EUR)". */
  readonly otherCurrency: (name: string, currency: string) => string;
  /** The lines in other currencies, left out of the aims' table. */
  readonly otherCurrencies: (lines: readonly string[]) => string;
  readonly aimsCaption: (year: string) => string;
  readonly aimsHeaders: readonly string[];
  /** An aim's share and its change in percentage points: "32.3% (+1.6)"; "none" without one. */
  readonly share: (share: string | null, change: string | null) => string;
  readonly portfoliosCaption: string;
  readonly portfoliosHeaders: readonly string[];
  readonly linesHeading: (scrutiny: boolean) => string;
  readonly linesLead: (scrutiny: boolean, offBudget: number, lines: number) => string;
  readonly linesCaption: (scrutiny: boolean) => string;
  readonly linesHeaders: readonly string[];
  /** How a line's forecast was made. */
  readonly basis: Readonly<Record<"holder" | "run-rate" | "budget" | "outturn", string>>;
  /** A capital line's name marked as capital (left as it is when it says so already). */
  readonly capital: (name: string) => string;
  readonly noHolder: string;
  readonly noObjective: string;
  readonly carryHeading: string;
  readonly carryCaption: string;
  readonly carryHeaders: readonly string[];
  readonly carried: (from: string, into: string) => string;
  /** What is carried: "£18,000 underspend", "£12,000 agreed overspend". */
  readonly carriedAmount: (size: string, overspend: boolean) => string;
  readonly notAgreed: string;
  readonly noCarry: string;
  readonly redHeading: string;
  readonly redLead: string;
  readonly redCaption: string;
  readonly redHeaders: readonly string[];
  readonly noRed: string;
  readonly unitHeading: string;
  readonly unitLead: string;
  readonly unitCaption: string;
  readonly unitHeaders: readonly string[];
  /** A unit cost's outcomes: "63 people (30 June 2001)". */
  readonly outcomes: (figure: string, date: string) => string;
  readonly noCount: string;
  readonly direction: Readonly<Record<Direction, string>>;
  readonly noComparison: string;
  /** Spend with no budget for the year: "£250 spent against b-vodis, which is not a budget line". */
  readonly unbudgeted: (amount: string, budget: string, known: boolean, year: string) => string;
}

/**
 * A catalogue of the members' report's words: what {@link performanceReport} writes into the
 * report's data and what {@link renderReportMarkdown} and {@link renderReportHtml} lay it out with.
 * Every key is required, so a partial catalogue fails to compile: start from
 * {@link REPORT_WORDS_EN_GB} and replace what your council words otherwise.
 *
 * @category Report
 */
export interface ReportWords {
  /** The words' language, a BCP 47 tag ("en-GB", "cy"): the HTML page's `lang`, and the default Intl locale. */
  readonly lang: string;
  /** Each status as a report writes it: a symbol and a word, so no reader depends on colour. */
  readonly status: Readonly<Record<Status, string>>;
  readonly figures: ReportFigureWords;
  /** The period's title: "Quarter 1 2001/02", "Year end 2001/02". */
  readonly period: {
    readonly yearEnd: (financialYear: string) => string;
    readonly quarter: (quarter: 1 | 2 | 3, financialYear: string) => string;
  };
  readonly target: ReportTargetWords;
  readonly decision: ReportDecisionWords;
  readonly scrutiny: ReportScrutinyWords;
  readonly annex: ReportAnnexWords;
  readonly layout: ReportLayoutWords;
  readonly charts: ReportChartWords;
  readonly resources: ReportResourcesWords;
}
