/**
 * Scrutiny's version of the members' report, as data: for each exception the questions to put to
 * the portfolio holder, the targets red for two or more figures running, and, given the previous
 * report, what was decided then and whether it happened. Scrutiny holds the executive to account:
 * nothing here asks scrutiny to take a decision.
 * @internal
 */
import { type Infer, array, boolean, object, oneOf, string } from "../internal/shape.js";
import { EXCEPTION_DECISIONS } from "./decisionKinds.js";
import { actionsInHand } from "../accountability/actionsInHand.js";
import { isDone } from "../model/actionState.js";
import type { ActionState } from "../model/actionState.js";
import type { FrameworkIndex, Id, MeasurementFrequency } from "../model/index.js";
import { checkDate } from "../internal/options.js";
import type { Evaluation, Scale, Status } from "../trajectory/index.js";
import { checkShape } from "./checkShape.js";
import type { ExceptionDecision } from "./decision.js";
import { reportError } from "./errors.js";
import type { ReportFormatter } from "./format.js";
import { type ReportAction, type ReportOwner, actionOf, concernRunOf } from "./inHand.js";
import type { ReportException, ReportTarget } from "./reportRows.js";
import type { ReportWords } from "./catalogue.js";
import { STATUS_TEXT } from "./words.js";

/**
 * What a question to the portfolio holder is about:
 * - `missing-figure`, `late-figure`: a figure that is not in;
 * - `shortfall`: why the figure is short of what was expected;
 * - `red-run`: red for two or more figures running: why what has been done has not turned it round;
 * - `corrective-action`: red (or amber too long) with no action in hand: what has been agreed;
 * - `too-late-action`: every action in hand lands after the target's goal date;
 * - `overdue-action`: an action in hand is past its due date and not done;
 * - `action-on-course`: the actions in hand, in date: are they on course (one question, naming each);
 * - `forecast`: the forecast misses the goal;
 * - `partners`: the shortfall is shared with partners;
 * - `outturn-late`, `outturn-awaited`, `outturn-shortfall`, `outturn-unjudged`: a target that has ended.
 *
 * @category Report
 */
export type ScrutinyQuestionKind =
  | "missing-figure"
  | "late-figure"
  | "shortfall"
  | "red-run"
  | "corrective-action"
  | "too-late-action"
  | "overdue-action"
  | "action-on-course"
  | "forecast"
  | "partners"
  | "outturn-late"
  | "outturn-awaited"
  | "outturn-shortfall"
  | "outturn-unjudged";

/** A question scrutiny puts to the portfolio holder about an exception. @category Report */
export interface ScrutinyQuestion {
  readonly kind: ScrutinyQuestionKind;
  /** The question in words: "What corrective action has been agreed, who owns it, and by when will it be done?" */
  readonly text: string;
}

/** An exception as scrutiny reads it: the questions to put to the portfolio holder. @category Report */
export interface ReportScrutinyException {
  readonly target: Id;
  readonly title: string;
  readonly status: Status;
  /** The questions, in the order they are asked: the figure, the shortfall, the run of red, the actions, the forecast, the partners. */
  readonly questions: readonly ScrutinyQuestion[];
}

/**
 * A target red for two or more figures running, as the trajectory engine counts them
 * (`Evaluation.consecutiveRed`: the last figure of each date, back from the latest, each judged as
 * the target stood on its own date). Figures, not report periods: a monthly indicator red in April,
 * May and June counts 3.
 *
 * @category Report
 */
export interface ReportRedRun {
  readonly target: Id;
  readonly title: string;
  readonly owner: ReportOwner | null;
  /** How many figures in a row were red, up to and including the latest. */
  readonly figures: number;
  /** How often the indicator is measured: a run of 3 monthly figures spans 3 months. */
  readonly frequency: MeasurementFrequency | null;
  /** The latest (red) figure's date. */
  readonly latest: string;
  /** The run for people: "3 monthly figures in a row, the latest for 30 June 2001". */
  readonly text: string;
}

/** Where an action that was in hand at the previous report stands now. @category Report */
export interface ReportFollowUpAction {
  /** The action's id; `null` when the framework gives it none. */
  readonly id: Id | null;
  readonly title: string;
  readonly owner: ReportOwner | null;
  /** Its due date at the previous report, for people (`null` with none). */
  readonly dueThenText: string | null;
  /** Its state at the previous report: `open` or `overdue`. */
  readonly then: ActionState;
  /** Its state now; `gone` when the framework no longer records it. */
  readonly now: ActionState | "gone";
  /** Its due date now, for people (`null` with none, or gone): a later date than then's is a re-plan. */
  readonly dueNowText: string | null;
  /** Where it stands, in words: "done 21 September 2001", "open, due 30 September 2001", "re-planned: now due 31 December 2001 (was due 30 September 2001)", "OVERDUE since 30 September 2001", "no longer recorded". */
  readonly text: string;
}

/**
 * What was decided about a target at the previous report, and whether it happened:
 * - `obtain-figure`: yes when a later figure is now in;
 * - `agree-corrective-action`: yes when a corrective action has been recorded since (one not in
 *   hand then, not a standing duty);
 * - `chase-overdue-action`: each action overdue then is now done, or re-planned in date; partly
 *   when some are;
 * - `note-action-in-hand`: each action in hand then is done, or still in date; partly when some are;
 * - anything else (`seek-commentary`, the outturn decisions) asked for no action: `null`.
 *
 * @category Report
 */
export interface ReportFollowUp {
  readonly target: Id;
  readonly title: string;
  /**
   * At the previous report: the status, the decision the executive was asked for, and that
   * exception's `decisionText` as the previous report gave it (scrutiny's questions, when it was
   * scrutiny's version).
   */
  readonly then: {
    readonly status: Status;
    readonly decision: ExceptionDecision;
    readonly decisionText: string;
  };
  /** Now: the status (`null` when the framework no longer has the target), and whether it is still an exception. */
  readonly now: { readonly status: Status | null; readonly exception: boolean };
  /** The actions in hand then (not done, not standing duties), and where each stands now. */
  readonly actions: readonly ReportFollowUpAction[];
  /** Corrective actions in hand now (or done since) that were not then: agreed since the previous report. */
  readonly agreedSince: readonly ReportAction[];
  /** Whether what was decided happened: `yes`, `partly`, `no`; `null` when nothing was asked that can be checked. */
  readonly happened: "yes" | "partly" | "no" | null;
  /** The follow-up in words: "Yes: done 21 September 2001." */
  readonly text: string;
}

/**
 * Scrutiny's view of the report (`performanceReport`'s `scrutiny`, for `audience: "scrutiny"`; `null`
 * for the executive's): the questions to put to the portfolio holder about each exception (scrutiny
 * holds the executive to account, and is never asked to take a decision: in its version each
 * exception's `decisionText` is these questions), the targets red for two or more figures running,
 * and, given the previous report (`options.previous`), what was decided then and whether it happened.
 *
 * @category Report
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport } from "performance-management/report";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const july = performanceReport(stockton, { asOf: "2001-07-15", audience: "scrutiny" });
 * // The offers, red at 84%: why the shortfall; its one action is due after the goal date.
 * july.scrutiny?.exceptions[0]?.questions.map((question) => question.kind) //=> ["shortfall", "too-late-action"]
 * july.scrutiny?.redRuns.map((run) => [run.target, run.text]) //=> [["t-relet-28-days", "3 monthly figures in a row, the latest for 30 June 2001"]]
 * // A quarter later: the offers' corrective action was never agreed; the re-lets' contractor action is done.
 * const october = performanceReport(stockton, { asOf: "2001-10-15", audience: "scrutiny", previous: july });
 * october.scrutiny?.followUp?.items.slice(0, 2).map((item) => [item.target, item.then.decision, item.happened])
 * //=> [["t-homeless-offers", "agree-corrective-action", "no"], ["t-relet-28-days", "note-action-in-hand", "yes"]]
 */
export interface ReportScrutiny {
  /** Each exception, in the report's order, with the questions to put to the portfolio holder. */
  readonly exceptions: readonly ReportScrutinyException[];
  /** Every target red for two or more figures running, the longest run first (ties in the framework's order). */
  readonly redRuns: readonly ReportRedRun[];
  /**
   * What was decided at the previous report and whether it happened, one entry for each of the
   * previous report's exceptions, in its order; `null` when no previous report was given
   * (`options.previous`).
   */
  readonly followUp: {
    readonly asOf: string;
    readonly asOfText: string;
    readonly items: readonly ReportFollowUp[];
  } | null;
}

const STATUS = oneOf(Object.keys(STATUS_TEXT) as Status[]);
const STATE = oneOf(["open", "overdue", "done", "done-undated"]);
const DECISION = oneOf(EXCEPTION_DECISIONS);

/** What scrutiny reads of the previous report: its framework, date and exceptions. */
const PREVIOUS = object({
  framework: object({ id: string }),
  asOf: string,
  asOfText: string,
  exceptions: array(
    object({
      target: string,
      title: string,
      status: STATUS,
      actualDate: string.nullable(),
      decision: DECISION,
      decisionText: string,
      inHand: object({
        actions: array(
          object({
            // `null` with none; left out by a report saved before every field was always there.
            id: string.nullish(),
            title: string,
            of: oneOf(["target", "objective"]),
            owner: object({ id: string, name: string }).nullable(),
            due: string.nullable(),
            dueText: string.nullable(),
            state: STATE,
            ongoing: boolean,
          }),
        ),
      }),
    }),
  ),
});

/** The previous report as scrutiny reads it. @internal */
export type PreviousReport = Infer<typeof PREVIOUS>;

/**
 * Checks `options.previous`: a report from `performanceReport` (the fields scrutiny reads), on the
 * same framework, made before this one.
 * @throws {@link ReportError} naming `options.previous` and the first place that is wrong
 * @internal
 */
export function checkPrevious(value: unknown, asOf: string, framework: Id): PreviousReport {
  checkShape(PREVIOUS, value, "options.previous", "a report from performanceReport");
  const previous = value as PreviousReport;
  const date = checkDate(previous.asOf, "options.previous.asOf", reportError);
  if (previous.framework.id !== framework)
    throw reportError(
      `options.previous is a report on the framework ${JSON.stringify(previous.framework.id)}, not ${JSON.stringify(framework)}: give the previous report on the same framework`,
    );
  if (date >= asOf)
    throw reportError(
      `options.previous is as of ${date}, not before this report's ${asOf}: give the report made before this one`,
    );
  return previous;
}

/** The questions of an ended target: its outturn decides them, as it decides the decision. */
function outturnQuestions(row: ReportException, w: ReportWords["scrutiny"]): ScrutinyQuestion[] {
  const outturn = row.outturn;
  if (outturn === null) return [];
  const { date, due, figures } = outturn.text;
  if (outturn.status === "awaiting")
    return outturn.overdue
      ? [
          {
            kind: "outturn-late",
            text: w.outturnLate(date, due),
          },
        ]
      : [
          {
            kind: "outturn-awaited",
            text: w.outturnAwaited(date, due),
          },
        ];
  if (outturn.status === "not-achieved")
    return [
      {
        kind: "outturn-shortfall",
        text: w.outturnShortfall(date, figures),
      },
    ];
  if (outturn.status === "unjudged")
    return [
      {
        kind: "outturn-unjudged",
        text: w.outturnUnjudged(date),
      },
    ];
  return [];
}

/** What the questions read besides the exception's row. */
export interface QuestionContext {
  readonly index: FrameworkIndex;
  readonly evaluation: Evaluation;
  readonly scale: Scale | undefined;
  readonly amberPeriods: number;
  /** The report's words. */
  readonly words: ReportWords;
}

/**
 * Whether the exception's status needs an action of the executive (red, or amber for
 * `amberPeriods` figures running), whatever its lateness: the decision rule's own test, read back
 * from the decision it gave (and, for a late amber figure, from the same bounded run it counts).
 */
function needsAction(row: ReportException, context: QuestionContext): boolean {
  if (
    row.decision === "chase-overdue-action" ||
    row.decision === "agree-corrective-action" ||
    row.decision === "note-action-in-hand"
  )
    return true;
  if (row.decision !== "obtain-figure" || row.outturn !== null) return false;
  if (row.status === "red") return true;
  if (row.status !== "amber" && row.status !== "amber-red") return false;
  const { index, evaluation, scale, amberPeriods } = context;
  return concernRunOf(index, evaluation, row.indicator, scale, amberPeriods) >= amberPeriods;
}

/**
 * The questions to put to the portfolio holder about an exception, worded from its figures, its
 * decision, the actions in hand and their lateness, its run of red figures, its forecast and its
 * partners. O(A) for its A actions in hand.
 */
export function questionsOf(row: ReportException, context: QuestionContext): ScrutinyQuestion[] {
  const w = context.words.scrutiny;
  const ended = outturnQuestions(row, w);
  if (row.outturn !== null) return ended;
  const questions: ScrutinyQuestion[] = [];
  if (row.status === "no-data")
    questions.push({
      kind: "missing-figure",
      text: w.missingFigure,
    });
  else if (row.stale)
    questions.push({
      kind: "late-figure",
      text: w.lateFigure(row.text.nextFigureDue),
    });
  if (row.status === "no-data") return questions;
  questions.push({
    kind: "shortfall",
    text: w.shortfall(row.text.actual, row.text.actualDate, row.text.expected),
  });
  const red = context.evaluation.consecutiveRed;
  if (row.status === "red" && red >= 2)
    questions.push({
      kind: "red-run",
      text: w.redRun(runWords(context.index, row.indicator, red, w)),
    });
  const open = row.inHand.actions.filter((action) => !action.ongoing && !isDone(action.state));
  for (const action of open)
    if (action.state === "overdue")
      questions.push({
        kind: "overdue-action",
        text: w.overdueAction(action.title, action.dueText),
      });
  if (needsAction(row, context)) {
    const inDate = open.filter((action) => action.state !== "overdue");
    if (open.length === 0)
      questions.push({
        kind: "corrective-action",
        text: w.correctiveAction,
      });
    else if (open.every((action) => action.tooLate))
      questions.push({
        kind: "too-late-action",
        text:
          open.length === 1
            ? w.tooLate((open[0] as ReportAction).title, (open[0] as ReportAction).dueText)
            : w.tooLate(null, null),
      });
    else {
      // One question for the actions in date, however many: each named with its due date.
      const named = inDate
        .filter((candidate) => !candidate.tooLate)
        .map((action) => w.namedAction(action.title, action.dueText));
      if (named.length > 0) questions.push({ kind: "action-on-course", text: w.onCourse(named) });
    }
  }
  if (row.forecastMeetsGoal === false)
    questions.push({
      kind: "forecast",
      text: w.forecast(row.text.forecast, row.text.goal),
    });
  if (row.sharedWith.length > 0)
    questions.push({
      kind: "partners",
      text: w.partners(row.sharedWith.map((partner) => partner.name)),
    });
  return questions;
}

/** A run of figures in words, by the indicator's frequency: "3 monthly figures", "1 figure". */
function runWords(index: FrameworkIndex, indicator: Id, figures: number, w: ReportWords["scrutiny"]): string {
  return w.run(figures, index.indicators.get(indicator)?.frequency);
}

/** Every target red for two or more figures running, the longest run first: O(T log T) for T targets. */
export function redRunsOf(
  index: FrameworkIndex,
  targets: readonly ReportTarget[],
  evaluations: ReadonlyMap<Id, Evaluation>,
  words: ReportWords,
): ReportRedRun[] {
  const runs: ReportRedRun[] = [];
  for (const row of targets) {
    // Only a red row is read further (its evaluation looked up for its run).
    if (row.status !== "red" || row.actualDate === null) continue;
    const figures = evaluations.get(row.target)?.consecutiveRed ?? 0;
    if (figures < 2) continue;
    const frequency = index.indicators.get(row.indicator)?.frequency ?? null;
    runs.push({
      target: row.target,
      title: row.title,
      owner: row.owner,
      figures,
      frequency,
      latest: row.actualDate,
      text: words.scrutiny.redRunText(runWords(index, row.indicator, figures, words.scrutiny), row.text.actualDate),
    });
  }
  // Stable: ties keep the framework's order.
  return runs.sort((a, b) => b.figures - a.figures);
}

/** An action's key for matching then with now: its id, else whose it is and its title. */
const keyOf = (action: { readonly id?: Id | null | undefined; readonly of: string; readonly title: string }): string =>
  action.id === undefined || action.id === null ? `${action.of}\u0000${action.title}` : `id\u0000${action.id}`;

/** Where an action in hand at the previous report stands now, in words. */
function followedText(
  then: PreviousReport["exceptions"][number]["inHand"]["actions"][number],
  now: ReportAction | undefined,
  w: ReportWords["scrutiny"],
): ReportFollowUpAction {
  const base = {
    id: then.id ?? null,
    title: then.title,
    owner: then.owner,
    dueThenText: then.dueText,
    then: then.state,
  };
  if (now === undefined) return { ...base, now: "gone", dueNowText: null, text: w.actionGone };
  const replanned = now.due !== then.due && now.dueText !== null;
  const was = then.dueText;
  const text =
    now.state === "done"
      ? w.actionDone(now.completedText)
      : now.state === "done-undated"
        ? w.actionDoneUndated
        : now.state === "overdue"
          ? w.actionOverdue(now.dueText, replanned ? was : null)
          : replanned
            ? w.actionReplanned(now.dueText, was)
            : w.actionOpen(now.dueText);
  return { ...base, now: now.state, dueNowText: now.dueText, text };
}

/** The follow-up of one previous exception. */
function followUpOf(
  index: FrameworkIndex,
  then: PreviousReport["exceptions"][number],
  nowRow: ReportTarget | undefined,
  nowException: boolean,
  asOf: string,
  format: ReportFormatter,
): ReportFollowUp {
  const current = index.targets.has(then.target)
    ? actionsInHand(index, then.target, { asOf }).actions.map((action) => actionOf(index, action, format))
    : [];
  const byKey = new Map(current.map((action) => [keyOf(action), action]));
  const thenKeys = new Set(then.inHand.actions.map(keyOf));
  const inHandThen = then.inHand.actions.filter((action) => !action.ongoing && !isDone(action.state));
  const w = format.words.scrutiny;
  const actions = inHandThen.map((action) => followedText(action, byKey.get(keyOf(action)), w));
  const agreedSince = current.filter((action) => !action.ongoing && !thenKeys.has(keyOf(action)));
  const settled = (followed: ReportFollowUpAction): boolean =>
    followed.now === "done" || followed.now === "done-undated" || followed.now === "open";
  const share = (list: readonly ReportFollowUpAction[]): "yes" | "partly" | "no" | null => {
    if (list.length === 0) return null;
    const count = list.filter(settled).length;
    return count === list.length ? "yes" : count === 0 ? "no" : "partly";
  };
  let happened: "yes" | "partly" | "no" | null = null;
  let text: string;
  switch (then.decision) {
    case "obtain-figure": {
      const got =
        nowRow?.actualDate !== null && nowRow?.actualDate !== undefined && nowRow.actualDate !== then.actualDate;
      happened = got ? "yes" : "no";
      text = got ? w.figureIn(nowRow.text.actualDate) : w.noFigureIn;
      break;
    }
    case "agree-corrective-action": {
      happened = agreedSince.length > 0 ? "yes" : "no";
      text =
        agreedSince.length > 0
          ? w.agreedSince(
              agreedSince.map((action) => w.agreedAction(action.title, action.owner?.name ?? null, action.dueText)),
            )
          : w.noneAgreed;
      break;
    }
    case "chase-overdue-action": {
      const overdue = actions.filter((action) => action.then === "overdue");
      happened = share(overdue) ?? "no";
      text = w.happened(
        happened,
        overdue.map((action) => w.actionState(action.title, action.text)),
        true,
      );
      break;
    }
    case "note-action-in-hand": {
      happened = share(actions) ?? "no";
      text = w.happened(
        happened,
        actions.map((action) => w.actionState(action.title, action.text)),
        false,
      );
      break;
    }
    case "await-outturn": {
      const outturn = nowRow?.outturn;
      const arrived = outturn !== undefined && outturn !== null && outturn.status !== "awaiting";
      happened = arrived ? "yes" : "no";
      text = arrived ? w.outturnIn(outturn.text.summary) : w.outturnNotIn;
      break;
    }
    case "seek-commentary":
      text = w.commentaryAsked;
      break;
    case "address-shortfall":
      text = w.shortfallFollowed;
      break;
    default:
      text = w.informationOnly;
  }
  return {
    target: then.target,
    title: nowRow?.title ?? then.title,
    then: { status: then.status, decision: then.decision, decisionText: then.decisionText },
    now: { status: nowRow?.status ?? null, exception: nowException },
    actions,
    agreedSince,
    happened,
    text,
  };
}

/**
 * The follow-up of the previous report's exceptions: O(P × A) for its P exceptions and the A actions
 * each target has (one `actionsInHand` each).
 */
export function followUpOfPrevious(
  index: FrameworkIndex,
  previous: PreviousReport,
  rows: ReadonlyMap<Id, ReportTarget>,
  exceptions: ReadonlySet<Id>,
  asOf: string,
  format: ReportFormatter,
): NonNullable<ReportScrutiny["followUp"]> {
  return {
    asOf: previous.asOf,
    asOfText: previous.asOfText,
    items: previous.exceptions.map((then) =>
      followUpOf(index, then, rows.get(then.target), exceptions.has(then.target), asOf, format),
    ),
  };
}
