import type { ReportWords } from "./catalogue.js";

const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;
const periods = (n: number): string => plural(n, "period");
const lowerFirst = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
const quoted = (title: string): string => `"${title}"`;

/** `value` and every object and array within it frozen (a walk with a stack: the catalogue is a few levels deep). */
function frozen<T extends object>(value: T): T {
  const pending: object[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    Object.freeze(next);
    for (const inner of Object.values(next))
      if (typeof inner === "object" && inner !== null && !Object.isFrozen(inner)) pending.push(inner as object);
  }
  return value;
}

const STATUS = {
  blue: "★ Blue",
  green: "✔ Green",
  "amber-green": "◔ Amber-green",
  amber: "▲ Amber",
  "amber-red": "◕ Amber-red",
  red: "✖ Red",
  "no-data": "? No data",
  "not-started": "– Not started",
  "awaiting-data": "… Awaiting data",
} as const;

/**
 * The members' report's words in British English, as the seed's councils write: the default
 * catalogue of {@link performanceReport}, {@link renderReportMarkdown} and {@link renderReportHtml}.
 * A council with its own wording spreads it and replaces what it words otherwise (see
 * docs/reporting.md, "Your council's own words").
 *
 * @category Report
 * @example
 * import { REPORT_WORDS_EN_GB } from "performance-management/report";
 * REPORT_WORDS_EN_GB.lang //=> "en-GB"
 * REPORT_WORDS_EN_GB.status.red //=> "✖ Red"
 * REPORT_WORDS_EN_GB.period.quarter(1, "2001/02") //=> "Quarter 1 2001/02"
 * REPORT_WORDS_EN_GB.annex.days(1) //=> "1 day"
 * // Frozen: a council's words are a catalogue of its own, never a change to this one.
 * Object.isFrozen(REPORT_WORDS_EN_GB.layout.exceptionHeaders) //=> true
 */
export const REPORT_WORDS_EN_GB: ReportWords = frozen({
  lang: "en-GB",
  status: STATUS,
  figures: {
    noFigure: "no figure",
    noVariance: "none",
    noDate: "no date",
    percentagePoints: " percentage points",
    range: (low, high) => `${low} to ${high}`,
    variance: (size, way) => `${size} ${way === "better" || way === "worse" ? `${way} than` : way} expected`,
    asExpected: "as expected",
  },
  period: {
    yearEnd: (year) => `Year end ${year}`,
    quarter: (quarter, year) => `Quarter ${String(quarter)} ${year}`,
  },
  target: {
    direction: { improving: "improving", worsening: "worsening", "no-change": "unchanged" },
    directionArrow: { improving: "↑ improving", worsening: "↓ worsening", "no-change": "→ unchanged" },
    noEarlierFigure: "no earlier figure",
    notComparableYearToDate: "not comparable (year to date)",
    statusWithDirection: (status, direction) => `${status} ${direction}`,
    statusWithoutDirection: (status, reason) => `${status}, ${reason}`,
    // Which end is best, said in the words (issue 21): the median is what members know.
    quartile: {
      1: "top quartile (the best)",
      2: "2nd quartile (better than the median)",
      3: "3rd quartile (worse than the median)",
      4: "bottom quartile (the worst)",
    },
    quartileOf: (quartile, group, year) => `${quartile}, ${group} ${year}`,
    measure: {
      standard: "Standard",
      local: "Local indicator",
      national: "National indicator",
      indicator: "Indicator",
    },
    dated: (figure, date, baseline) => `${figure} (${date}${baseline ? ", baseline" : ""})`,
    yearAgo: (figure, direction) => (direction === null ? figure : `${figure}, ${direction}`),
    noneThisYear: "none earlier this year (year to date)",
    compared: (previous, yearAgo, quartiles, more) => {
      const shown =
        more?.latestKnown !== null && more?.latestKnown !== undefined
          ? [`Latest known: ${more.latestKnown}.`]
          : more?.previousIsYearAgo === true && yearAgo !== null
            ? [`Previous (same period last year): ${yearAgo}.`]
            : [`Previous: ${previous ?? "no figure"}.`, `Same period last year: ${yearAgo ?? "no figure"}.`];
      if (quartiles.length > 0) shown.push(`${quartiles.join("; ")}.`);
      return shown.join(" ");
    },
    against: (actual, expected, goal, goalDate) => {
      const figure =
        actual === null ? "No figure" : expected === null ? actual : `${actual} against ${expected} expected`;
      const aim = goal === null ? "" : `; goal ${goal}${goalDate === null ? "" : ` by ${goalDate}`}`;
      return `${figure}${aim}`;
    },
    noneDue: "none due",
    outturn: {
      ended: (date, state) => `Ended ${date}: ${state}`,
      late: (due) => `outturn late, was due ${due ?? "no date"}`,
      awaited: (due) => (due === null ? "outturn awaited" : `outturn due ${due}`),
      unjudged: (figure) => `outturn ${figure}, with nothing to judge it by`,
      achieved: (figures) => `achieved, ${figures}`,
      notAchieved: (figures) => `not achieved, ${figures}`,
      figures: (actual, against, short) => `${actual} against ${against}${short === null ? "" : ` (${short} short)`}`,
    },
  },
  decision: {
    seekCommentary: (run) =>
      run <= 1
        ? "No decision yet: the owner to comment on the shortfall and what is being done about it."
        : `No decision yet: amber or worse for ${periods(run)} in a row; the owner to comment on the shortfall and what is being done about it.`,
    whyRed: (redRun, concernRun) =>
      redRun > 1
        ? `Red for ${periods(redRun)} in a row`
        : concernRun > 1
          ? `Red after ${periods(concernRun - 1)} amber or worse`
          : "Red",
    whyAmber: (run) => `Amber or worse for ${periods(run)} in a row`,
    chaseOverdue: (why) =>
      `${why}, and an action in hand is overdue: hold its owner to account, or re-plan it with a new date.`,
    agreeAction: (why) =>
      `${why}, with no action in hand: agree a corrective action, with an owner and a date to be done by.`,
    agreeInTime: (why) =>
      `${why}, and every action in hand is due after the target's goal date, too late to help: agree a corrective action that lands in time, with an owner and a date.`,
    noteInHand: (why, n) =>
      `${why}, with ${n === 1 ? "an action" : `${String(n)} actions`} in hand: note ${n === 1 ? "it" : "them"}, and confirm with ${n === 1 ? "its owner" : "their owners"} that ${n === 1 ? "it" : "they"} will bring the target back on track.`,
    overdueActions: (n) =>
      n === 1
        ? "An action in hand is overdue: hold its owner to account, or re-plan it with a new date."
        : `${String(n)} actions in hand are overdue: hold their owners to account, or re-plan them with new dates.`,
    obtainOutturn: (date, due) =>
      `Obtain the outturn, the figure for ${date}, from the owner: it was due by ${due ?? "now"}.`,
    awaitOutturn: (date, due) =>
      `No decision yet: the target ended on ${date}; its outturn${due === null ? "" : ` (due by ${due})`} is reported when it is in.`,
    addressShortfall: (date, figures) =>
      `Not achieved: the target ended on ${date} at ${figures ?? "short of its goal"}. Agree how next year's target and service plan address the shortfall: roll the target forward or revise it, with reasons, and the actions to meet it, each with an owner and a date.`,
    noteAchieved: (date, figures) =>
      `No decision: achieved; the target ended on ${date} at ${figures ?? "its goal"}. For information.`,
    noteUnjudged: (date) =>
      `No decision: the target ended on ${date}, and its outturn is in but there is nothing to judge it by: the owner to say what it is measured against.`,
    obtainFigure: (missing, meanwhile) => {
      const figure = missing ? "Obtain the missing figure from the owner" : "Obtain the late figure from the owner";
      return meanwhile === null ? `${figure}.` : `${figure}; meanwhile: ${lowerFirst(meanwhile)}`;
    },
    forInformation: "No decision: for information.",
  },
  scrutiny: {
    outturnLate: (date, due) =>
      `The outturn, the figure for ${date}, was due by ${due ?? "now"} and is not in: why, and when will it be reported?`,
    outturnAwaited: (date, due) =>
      `The target ended on ${date}: when will its outturn be reported${due === null ? "" : ` (it is due by ${due})`}?`,
    outturnShortfall: (date, figures) =>
      `The target ended on ${date} at ${figures ?? "short of its goal"}: why was it not achieved, and how do next year's target and service plan address the shortfall?`,
    outturnUnjudged: (date) =>
      `The target ended on ${date}, and there is nothing to judge its outturn by: what is it measured against?`,
    missingFigure: "No figure has been reported for this target: why not, and when will it be?",
    lateFigure: (due) => `The figure due by ${due} has not been reported: why, and when will it be?`,
    shortfall: (actual, date, expected) =>
      `The figure is ${actual} (${date}) against ${expected} expected: what explains the shortfall, and what is being done about it?`,
    redRun: (run) => `The target has been red for ${run} in a row: why has what has been done not turned it round?`,
    overdueAction: (title, due) =>
      `The action ${quoted(title)} was due on ${due ?? "no date"} and is not done: why, and what is the new date?`,
    correctiveAction: "What corrective action has been agreed, who owns it, and by when will it be done?",
    tooLate: (title, due) =>
      `${title === null ? "Every action in hand is due" : `The action ${quoted(title)} is due on ${due ?? "no date"},`} after the target's goal date: what will bring the target back on track in time, who owns it, and by when will it be done?`,
    namedAction: (title, due) => `${quoted(title)}${due === null ? "" : ` (due ${due})`}`,
    onCourse: (named) =>
      named.length === 1
        ? `Is the action ${named[0] ?? ""} on course, and will it bring the target back on track?`
        : `Are the actions ${named.slice(0, -1).join(", ")} and ${named.at(-1) ?? ""} on course, and will they bring the target back on track?`,
    forecast: (forecast, goal) =>
      `On present trends the forecast is ${forecast} against a goal of ${goal}: will the goal be met and, if not, should the target be revised?`,
    partners: (names) => `The shortfall is shared with ${names.join(", ")}: what are they doing about it?`,
    run: (figures, frequency) => {
      const kind =
        frequency === "monthly"
          ? "monthly figures"
          : frequency === "quarterly"
            ? "quarterly figures"
            : frequency === "annual"
              ? "annual figures"
              : undefined;
      return kind === undefined || figures === 1 ? plural(figures, "figure") : `${String(figures)} ${kind}`;
    },
    redRunText: (run, date) => `${run} in a row, the latest for ${date}`,
    noQuestions: "Nothing to ask: for information.",
    decided: {
      "obtain-figure": "Obtain the figure from the owner",
      "chase-overdue-action": "Hold the overdue action's owner to account, or re-plan it",
      "agree-corrective-action": "A corrective action to be agreed, with an owner and a date",
      "note-action-in-hand": "Note the actions in hand, and see them through",
      "seek-commentary": "No decision: the owner to comment on the shortfall",
      "await-outturn": "No decision: await the outturn",
      "address-shortfall": "Agree how next year's target and service plan address the shortfall",
      "note-outturn": "No decision: for information",
    },
    actionGone: "no longer recorded",
    actionDone: (completed) => `done ${completed ?? ""}`.trim(),
    actionDoneUndated: "done, date not recorded",
    actionOverdue: (due, was) => `overdue since ${due ?? "no date"}${was === null ? "" : ` (was due ${was})`}`,
    actionReplanned: (due, was) => `re-planned: now due ${due}${was === null ? "" : ` (was due ${was})`}`,
    actionOpen: (due) => `open, due ${due ?? "no date"}`,
    figureIn: (date) => `Yes: a figure for ${date} is in.`,
    noFigureIn: "No: no later figure is in.",
    agreedSince: (actions) => `Yes: agreed since: ${actions.join("; ")}.`,
    agreedAction: (title, owner, due) =>
      `${quoted(title)} (${owner ?? "no owner"}${due === null ? "" : `, due ${due}`})`,
    noneAgreed: "No: no corrective action has been recorded since.",
    happened: (happened, actions, overdue) =>
      `${happened === "yes" ? "Yes" : happened === "partly" ? "Partly" : "No"}: ${actions.join("; ") || (overdue ? "the overdue action is no longer recorded" : "the actions are no longer recorded")}.`,
    actionState: (title, state) => `${quoted(title)}: ${state}`,
    outturnIn: (summary) => `Yes: the outturn is in: ${summary}.`,
    outturnNotIn: "No: the outturn is not yet in.",
    commentaryAsked: "No decision was asked: the owner was to comment on the shortfall.",
    shortfallFollowed: "Not followed up here: next year's target and service plan say what was agreed.",
    informationOnly: "No decision was asked: for information.",
  },
  annex: {
    heading: "Officers' annex",
    lead: "For officers: the reviews of the period and when each is due, the overdue reviews, the cascade checker's findings and the data caveats. Not part of the members' report.",
    days: (n) => plural(n, "day"),
    held: (date, outcome) => `${date}${outcome === null ? "" : `: ${outcome}`}`,
    notYetDue: () => "not yet due",
    dueToday: (due) => `due today (${due})`,
    notRecorded: (days) => `not recorded, ${plural(days, "day")} overdue`,
    laterHeld: "not recorded (a later review has been held)",
    never: "never",
    severity: { error: "Error", warning: "Warning", info: "Information" },
    quality: { provisional: "provisional", estimate: "estimate" },
    reviewsHeading: (period) => `Reviews of the period ${period}, and when each is due`,
    noReviews: "No review fell due in the period.",
    reviewsCaption: "Reviews of the period, when each is due, and the review that answered it",
    reviewsHeaders: ["Subject", "Review cycle", "Reviewer", "Due", "Held"],
    noneNamed: "none named",
    overdueHeading: "Overdue reviews",
    noOverdue: "No review is overdue.",
    overdueCaption: "Reviews overdue, the longest first",
    overdueHeaders: ["Subject", "Review cycle", "Reviewer", "Last reviewed", "Due", "Overdue by"],
    findingsHeading: "Findings of the cascade checker",
    noFindings: "The cascade checker finds no error or warning.",
    findingsCaption: "The cascade checker's errors and warnings",
    findingsHeaders: ["About", "Finding", "Severity", "Rule"],
    caveatsHeading: "Data caveats",
    noCaveats: "Every figure is validated.",
    caveatsCaption: "Figures that are provisional or estimated",
    caveatsHeaders: ["Target", "Figure", "Date"],
    redRunsHeading: "Red for two or more periods running",
    noRedRuns: "No target has been red for two or more figures running.",
    redRunsCaption: "Targets red for two or more figures running, the longest run first",
    redRunsHeaders: ["Target", "Owner", "Red for"],
    followUpHeading: "What was decided last time, and whether it happened",
    noPrevious: "No previous report was given, so what was decided then cannot be followed up here.",
    followUpOf: (date) => `What was decided last time, and whether it happened (report of ${date})`,
    noPreviousExceptions: (date) => `The report of ${date} listed no exception.`,
    followUpCaption: (date) => `The exceptions of the report of ${date}: what was decided, and where it stands now`,
    followUpHeaders: ["Target", "Then", "Asked of the executive then", "Now", "Did it happen?"],
    goneFromFramework: "no longer in the framework",
    questionsHeader: "Questions for the portfolio holder",
  },
  layout: {
    title: (framework, period) => `Performance report, ${period}: ${framework}`,
    lead: ({ audience, date, dataAsOf, period: dates, scale, year }) => {
      // At year end, the year and its last quarter: "the year 1 April 2001 to 31 March 2002 (quarter 4: 1 January to 31 March 2002)".
      const toYear = year?.to.slice(year.to.lastIndexOf(" ")) ?? "";
      const period =
        year === undefined
          ? dates
          : `the year ${year.range} (quarter ${String(year.quarter)}: ${year.from.endsWith(toYear) ? year.from.slice(0, -toYear.length) : year.from} to ${year.to})`;
      const reader = audience === "executive" ? "executive" : "scrutiny committee";
      if (dataAsOf === undefined) return `For the ${reader}, as of ${date}. Statuses on the ${scale} scale.`;
      const figures =
        dataAsOf === null ? "no figure is in yet" : `figures to ${dataAsOf}, the latest the report rests on`;
      return `For the ${reader}. Report date ${date}; ${figures}. It covers ${period}. Statuses on the ${scale} scale.`;
    },
    noOwner: "no owner",
    none: "none",
    noData: "no data",
    actionStates: { overdue: "overdue", done: "done", "done-undated": "done, date not recorded" },
    action: (title, { owner, due, ongoing, state, completed, tooLate }) => {
      const parts = [
        owner ?? "no owner",
        // An overdue action says since when, its due date once: "overdue since 30 September 2001".
        due === null
          ? ongoing
            ? null
            : state === "overdue"
              ? "overdue"
              : "no date"
          : state === "overdue"
            ? `overdue since ${due}`
            : `due ${due}`,
        state === "open" || state === "overdue"
          ? null
          : state === "done-undated"
            ? "done, date not recorded"
            : completed !== null
              ? `done ${completed}`
              : "done",
        tooLate ? "due after the goal date: too late to help" : null,
        ongoing ? "standing duty" : null,
      ];
      return `${title} (${parts.filter((part) => part !== null).join(", ")})`;
    },
    doneActions: (actions) => `Done: ${actions}`,
    noneOpen: "none open",
    inHand: (actions, recorded) => (recorded === null ? actions : `${actions}. Recorded with the figure: ${recorded}`),
    reachesNone: "reaches no objective",
    moreObjectives: (n) => `… ${plural(n, "more objective", "more objectives")} …`,
    chainStop: {
      orphan: "its last objective links to nothing above it",
      cycle: "its links lead back to an objective already on it",
      "missing-objective": "it links to an objective the framework does not list",
    },
    chain: (path, stop, shared, chains, exact) => {
      const stopped = stop === null ? "" : ` (the chain stops short of the aim: ${stop})`;
      const sharing = shared.length === 0 ? "" : `; shared with ${shared.join(", ")}`;
      const more = !exact
        ? ` (the first of at least ${chains} chains: a contribution loop makes more)`
        : chains === "1"
          ? ""
          : ` (the first of ${chains} chains)`;
      return `${path.join(" → ")}${stopped}${sharing}${more}`;
    },
    titled: (title, label) => `${title} (${label})`,
    reasons: { red: "red", amber: "amber", stale: "figure out of date", "no-data": "no data" },
    detail: (detail) => {
      const parts = [
        `Why: ${detail.reasons.join(", ")}`,
        `Owner: ${detail.owner ?? "no owner"}`,
        `Variance: ${detail.variance}`,
        detail.outturn ??
          (detail.forecast === null
            ? "No forecast"
            : `Forecast: ${detail.forecast}${detail.shortOfGoal ? " (short of the goal)" : ""}`),
        detail.caveat === null
          ? null
          : `Caveat: the figure is ${detail.caveat === "estimate" ? "an estimate" : detail.caveat}`,
        detail.noCorrectiveAction ? "No corrective action recorded with the figure" : null,
        `Reaches: ${detail.reaches}`,
      ];
      return `${parts.filter((part) => part !== null).join(". ")}.`;
    },
    exceptionHeaders: [
      "Target",
      "Status and direction",
      "Actual against expected; goal",
      "Previous period; same period last year; benchmark",
      "Action in hand",
      "Decision or commentary asked",
    ],
    targetHeaders: [
      "Target",
      "Status and direction",
      "Owner",
      "Actual against expected; goal",
      "Previous period; same period last year; benchmark",
    ],
    counts: (counts) =>
      counts.length === 0 ? "none" : counts.map(({ count, status }) => `${String(count)} ${status}`).join(", "),
    progress: (percent) => (percent === null ? "no data" : `${percent}%`),
    rolledUp: ({ status, ownOutcome, onPartners, delivery, partners, progress }) => {
      const lead = ownOutcome
        ? `Its own outcome target: ${status}`
        : `Rolled up: ${status}${onPartners ? " (from partner-delivered contributions only)" : ""}`;
      const confidence = delivery === null ? "" : `; delivery confidence (what serves it): ${delivery}`;
      const shared = partners === null ? "" : `; delivered with partners: ${partners}`;
      return `${lead}${confidence}${shared}. Progress to goal: ${progress}.`;
    },
    standards: "Standards",
    localIndicators: "Local indicators",
    indicators: "Indicators",
    tableOf: (caption, kind) => `${caption}: ${kind.toLowerCase()}`,
    outturnGroups: {
      notAchieved: "Not achieved",
      achieved: "Achieved",
      awaiting: "Awaiting the outturn",
      unjudged: "Outturn with nothing to judge it by",
    },
    outturnHeaders: ["Target", "Owner", "Outturn"],
    outturnGroup: (group, kind, count) =>
      `${group}${kind === null ? "" : `: ${kind.toLowerCase()}`} (${String(count)})`,
    outturnCounts: ({ total, achieved, notAchieved, awaiting, unjudged }) => {
      const counts = [
        `${String(achieved)} achieved`,
        `${String(notAchieved)} not achieved`,
        `${String(awaiting)} awaiting the outturn`,
        ...(unjudged === 0 ? [] : [`${String(unjudged)} with nothing to judge it by`]),
      ];
      return `Of ${plural(total, "target")} that have ended: ${counts.join(", ")}.`;
    },
    outturnsHeading: "Outturns: targets that have ended",
    objectivesCaption: (aim) => `Objectives serving the aim "${aim}"`,
    objectiveHeaders: ["Objective", "Status", "Delivery confidence", "Progress", "Owner", "Improving", "Worsening"],
    beneathCaption: (scrutiny, aim) => `${scrutiny ? "Every target" : "Exceptions"} beneath the aim "${aim}"`,
    aimTargets: (counts) => `Targets: ${counts}.`,
    aimSummary: (rolledUp, owner, improving, worsening, unchanged) =>
      `${rolledUp} Owner: ${owner ?? "no owner"}. Since the previous figures: ${String(improving)} improving, ${String(worsening)} worsening, ${String(unchanged)} unchanged.`,
    countsCaption: "Targets by status",
    countsHeaders: ["Status", "Targets"],
    exceptionsHeading: "Exceptions",
    noExceptions: "No target is red or amber, and no figure is missing.",
    exceptionsCaption: "Red and amber targets, and missing figures, worst first",
    goingWellHeading: "Going well",
    noGoingWell: "No target is green or blue yet.",
    noGoingWellEnded: "No target is green or blue.",
    goingWellCaption: "Green and blue targets, the improving first",
    watchHeading: "To watch",
    watchCaption: "Amber-green targets",
    awaitingHeading: "Awaiting a first figure",
    awaitingCaption: "Targets not started, or whose first figure is not yet due",
    endedHeading: "Targets that have ended",
    endedCaption: "Targets whose goal date has passed, and how each ended",
    endedHeaders: ["Target", "Status", "Owner", "Outturn"],
    lateHeading: "Late figures",
    noLate: "No figure is late.",
    lateCaption: "Targets whose next figure is late, whatever their status",
    lateHeaders: ["Target", "Status", "Owner", "Latest figure", "Next figure was due"],
    latestFigure: (actual, date) => `${actual} (${date})`,
    lateOutturn: (due, date) => `${due} (the outturn, for ${date})`,
    figureLate: (due) => `, figure late since ${due}`,
    pageNumber: { before: "Page ", between: " of ", after: "" },
  },
  resources: {
    heading: "Resources",
    lead: (year, months, to) =>
      to === null
        ? `Budget monitoring ${year}: no month of the year has ended yet.`
        : `Budget monitoring ${year}: ${plural(months, "month")} of 12, spend to ${to}. Each line is judged on its forecast outturn against the money available: more than 2% over, or more than 10% under, is red.`,
    totalSummary: (kind, forecast, available, variance) =>
      `${kind === "revenue" ? "Revenue" : "Capital"}: forecast ${forecast} against ${available} available, ${variance}.`,
    kind: { revenue: "Revenue", capital: "Capital" },
    totalsCaption: (year) => `Budget totals, ${year}`,
    totalsHeaders: ["Budget", "Available", "Spent to date", "Forecast outturn", "Variance", "Status"],
    variance: (size, way, percent) => `${size} ${way}${percent === null ? "" : ` (${percent}%)`}`,
    onBudget: "on budget",
    noBudget: "no money",
    aimsHeading: "Money by aim and portfolio",
    aimsLead: (previousYear) =>
      `The money each community plan aim receives through the objectives that serve it, revenue and capital together, split by the links' weights, with its share of all the aims' money${previousYear === null ? "" : ` and the change since ${previousYear} in percentage points`}: did resources move towards the aims whose targets are red?`,
    unkeyedRow: "Not linked to an objective",
    unreachedRow: "Stops short of the aims",
    otherCurrency: (name, currency) => `${name} (${currency})`,
    otherCurrencies: (lines) => `Left out of the table, being in another currency: ${lines.join("; ")}.`,
    aimsCaption: (year) => `Money by aim, ${year}`,
    aimsHeaders: [
      "Aim",
      "Portfolio holder",
      "Available",
      "Spent to date",
      "Forecast outturn",
      "Variance",
      "Share (change)",
      "Targets",
    ],
    share: (share, change) =>
      share === null
        ? "none"
        : change === null
          ? `${share}%`
          : `${share}% (${change.startsWith("-") ? `−${change.slice(1)}` : change === "0" ? "0" : `+${change}`})`,
    portfoliosCaption: "Money by portfolio holder",
    portfoliosHeaders: ["Portfolio holder", "Aims", "Available", "Spent to date", "Forecast outturn", "Variance"],
    linesHeading: (scrutiny) => (scrutiny ? "Budget lines" : "Budget lines off budget"),
    linesLead: (scrutiny, offBudget, lines) =>
      offBudget === 0
        ? `Every budget line (${plural(lines, "line")}) is forecast within its tolerances.`
        : scrutiny
          ? `${plural(offBudget, "line")} of ${String(lines)} forecast outside ${offBudget === 1 ? "its" : "their"} tolerances; every line is listed.`
          : `${plural(offBudget, "line")} of ${String(lines)} forecast outside ${offBudget === 1 ? "its" : "their"} tolerances, worst first.`,
    linesCaption: (scrutiny) => (scrutiny ? "Every budget line" : "Budget lines forecast outside their tolerances"),
    linesHeaders: [
      "Budget line",
      "Holder",
      "Serves",
      "Available",
      "Profile to date",
      "Spent to date",
      "Forecast outturn",
      "Variance",
      "Status",
    ],
    basis: {
      holder: "holder's forecast",
      "run-rate": "at its run rate",
      budget: "at its budget",
      outturn: "the year's spend",
    },
    capital: (name) => (/\bcapital\b/iu.test(name) ? name : `${name} (capital)`),
    noHolder: "no holder",
    noObjective: "no objective",
    carryHeading: "Carry-forwards",
    carryCaption: "Money carried between years",
    carryHeaders: ["Budget line", "Years", "Amount", "Agreed"],
    carried: (from, into) => `${from} into ${into}`,
    carriedAmount: (size, overspend) => (overspend ? `${size} agreed overspend` : `${size} underspend`),
    notAgreed: "no date recorded",
    noCarry: "No money is carried into or out of the year.",
    redHeading: "The money behind red targets",
    redLead:
      "For each red target, the money behind its objective, revenue and capital together: the objective's own budget lines and what flows up to it from the objectives beneath.",
    redCaption: "Red targets and the money behind them",
    redHeaders: ["Target", "Objective", "Available", "Spent to date", "Forecast outturn"],
    noRed: "No target is red.",
    unitHeading: "Cost per outcome",
    unitLead:
      "Each unit cost sets the outcomes counted in the year against the revenue spent on the objective they serve to the end of the count's month, with the same month a year before: less per outcome is improving.",
    unitCaption: "Unit costs",
    unitHeaders: ["Unit cost", "Outcomes", "Spent", "Cost per outcome", "A year before", "Direction"],
    outcomes: (figure, date) => `${figure} (${date})`,
    noCount: "no count yet",
    direction: { improving: "↑ improving", worsening: "↓ worsening", "no-change": "→ no change" },
    noComparison: "no comparison",
    unbudgeted: (amount, budget, known, year) =>
      `${amount} spent against ${budget}, ${known ? `which has no budget for ${year}` : "which is not a budget line"}: no budget judges it.`,
  },
  charts: {
    heading: "Charts",
    lead: "Each exception's trajectory: the expected path from its baseline to its goal, the tolerance band, each figure coloured and labelled by its status, the forecast and the goal. The small chart beside each exception links here.",
    back: "Back to the exception",
    sparklineLink: "full chart below",
    status: {
      blue: "Blue",
      green: "Green",
      "amber-green": "Amber-green",
      amber: "Amber",
      "amber-red": "Amber-red",
      red: "Red",
      "no-data": "No data",
      "not-started": "Not started",
      "awaiting-data": "Awaiting data",
    },
    goal: (goal, date) => `goal ${goal} by ${date}`,
    statusOn: (status, date) => `${status} on ${date}`,
    noFigureYet: (title, status, goal) => `${title}: trend. No figure yet; ${status}; ${goal}.`,
    figure: (figure, date) => `${figure} (${date})`,
    figures: (count, read, latest) =>
      count === 1
        ? `1 figure, ${read[0] ?? ""}`
        : count <= latest
          ? `${String(count)} figures, ${read.join(", ")}`
          : `${String(count)} figures, the latest ${String(latest)} ${read.join(", ")}`,
    latestAgainst: (actual, expected) => `the latest ${actual} against ${expected} expected`,
    trend: (title, figures, status, against, goal) =>
      `${title}: trend. ${figures}; ${status}${against === null ? "" : `, ${against}`}; ${goal}.`,
    chartTitle: (title) => `${title}: expected path and measurements`,
    expectedPath: (baseline, date, goal, goalDate) =>
      `Expected path from ${baseline} on ${date} to ${goal} by ${goalDate}.`,
    noMeasurement: "No measurement yet.",
    measurements: (count, latest, date, status) =>
      `${plural(count, "measurement")}; the latest ${latest} on ${date}, ${status}.`,
    forecastBy: (forecast) => `Forecast ${forecast} by the goal date.`,
    pointLabel: (figure, status) => `${figure} (${status})`,
    pointTitle: (label, date) => `${label}, ${date}`,
    valueAxis: "value",
    dateAxis: "Date",
    tolerance: "Tolerance: a figure here is amber",
    expectedPathTitle: "Expected path",
    forecastTitle: (forecast, date) => `Forecast: ${forecast} by ${date}`,
    goalTitle: (goal, date) => `Goal: ${goal} by ${date}`,
    goalLabel: (goal) => `Goal ${goal}`,
    baselinePoint: (figure, date) => `baseline ${figure} (${date})`,
    sinceBaseline: (baseline, figures) => `${baseline}, then ${figures}`,
  },
});
