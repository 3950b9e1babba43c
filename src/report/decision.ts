/**
 * The decision an exception needs of members, as a rule of its own: a pure function from the
 * target's status, its runs of bad periods, the actions in hand and whether its figure is late, to
 * a decision kind and the English that asks for it. The members' report calls it once per
 * exception; docs/reporting.md sets out the table.
 * @internal
 */
import { type ActionState, isDone } from "../model/actionState.js";
import type { Status } from "../trajectory/index.js";
import type { ReportDecisionWords } from "./catalogue.js";
import { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";

export type { ExceptionDecision } from "./decisionKinds.js";
import type { ExceptionDecision } from "./decisionKinds.js";

/** What the rule reads of one action in hand: its state at the report's date, whether it is a standing duty, and whether it lands too late. @internal */
export interface DecisionAction {
  readonly state: ActionState;
  readonly ongoing: boolean;
  readonly tooLate: boolean;
}

/** What the rule reads of an exception. @internal */
export interface DecisionInput {
  readonly status: Status;
  /** The figure is missing (`no-data`) or late (the next one overdue). */
  readonly late: boolean;
  /** Periods in a row red, up to and including the latest figure's (0 when it is not red). */
  readonly redRun: number;
  /** Periods in a row amber or worse (amber, amber-red or red), up to and including the latest figure's. */
  readonly concernRun: number;
  /** The actions in hand: the target's corrective actions and its objective's open ones. */
  readonly actions: readonly DecisionAction[];
  /** How many periods in a row amber or worse make an amber target need a decision (the report's `amberPeriods`, 2 by default). */
  readonly amberPeriods: number;
  /** The outturn of a target that has ended, with its words for people; `null` (or absent) while the target runs. */
  readonly outturn?: DecisionOutturn | null;
}

/** What the rule reads of an ended target's outturn. @internal */
export interface DecisionOutturn {
  readonly status: "achieved" | "not-achieved" | "awaiting" | "unjudged";
  readonly overdue: boolean;
  /** The goal date for people: "31 March 2002". */
  readonly dateText: string;
  /** When the outturn is due, for people; `null` when due past the calendar's end. */
  readonly dueText: string | null;
  /** The outturn's figures for people: "86% against 100% (14 percentage points short)"; `null` while awaited. */
  readonly figuresText: string | null;
}

/** The decision and the English that asks for it. @internal */
export interface Decision {
  readonly kind: ExceptionDecision;
  readonly text: string;
}

/** `n` periods, in words a report uses: "2 periods". */

/** The decision a bad status needs, the figure being in hand; `undefined` for a status that needs none. */
function onStatus(input: DecisionInput, w: ReportDecisionWords): Decision | undefined {
  const { status, redRun, concernRun, amberPeriods } = input;
  const amber = status === "amber" || status === "amber-red";
  if (status !== "red" && !amber) return undefined;
  if (amber && concernRun < amberPeriods)
    return {
      kind: "seek-commentary",
      text: w.seekCommentary(concernRun),
    };
  // Red, or amber for `amberPeriods` in a row: the actions in hand decide what members are asked.
  const why = status === "red" ? w.whyRed(redRun, concernRun) : w.whyAmber(concernRun);
  // A standing duty is not a corrective action, and a done action is no longer in hand.
  const open = input.actions.filter((action) => !action.ongoing && !isDone(action.state));
  if (open.some((action) => action.state === "overdue"))
    return {
      kind: "chase-overdue-action",
      text: w.chaseOverdue(why),
    };
  if (open.length === 0)
    return {
      kind: "agree-corrective-action",
      text: w.agreeAction(why),
    };
  if (open.every((action) => action.tooLate))
    return {
      kind: "agree-corrective-action",
      text: w.agreeInTime(why),
    };
  return {
    kind: "note-action-in-hand",
    text: w.noteInHand(why, open.length),
  };
}

/**
 * The decision an ended target needs: nothing can now land within its time, so members are asked
 * for the outturn when it is overdue, and for what next year does about a shortfall once it is in.
 */
function onOutturn(outturn: DecisionOutturn, w: ReportDecisionWords, actions: readonly DecisionAction[]): Decision {
  const decided = onOutturnAlone(outturn, w);
  // The year's end does not excuse an overdue action: its owner is still held to account beside the outturn.
  const overdue = actions.filter((action) => !action.ongoing && action.state === "overdue").length;
  return overdue === 0 ? decided : { kind: decided.kind, text: `${decided.text} ${w.overdueActions(overdue)}` };
}

/** The decision an ended target's outturn asks for, its actions aside. */
function onOutturnAlone(outturn: DecisionOutturn, w: ReportDecisionWords): Decision {
  const date = outturn.dateText;
  if (outturn.status === "awaiting")
    return outturn.overdue
      ? { kind: "obtain-figure", text: w.obtainOutturn(date, outturn.dueText) }
      : { kind: "await-outturn", text: w.awaitOutturn(date, outturn.dueText) };
  if (outturn.status === "not-achieved")
    return { kind: "address-shortfall", text: w.addressShortfall(date, outturn.figuresText) };
  return {
    kind: "note-outturn",
    text: outturn.status === "achieved" ? w.noteAchieved(date, outturn.figuresText) : w.noteUnjudged(date),
  };
}

/**
 * The decision an exception needs, first rule that applies:
 *
 * 0. a target that has ended is decided by its outturn (see {@link ExceptionDecision}): no
 *    corrective action can land within its time; its overdue actions, if any, are still to be
 *    chased, and the text says so after the outturn's request;
 * 1. a missing or late figure asks for the figure (`obtain-figure`): a status cannot be judged on
 *    figures not yet in; where the last figure was red (or amber too long) the text adds what that
 *    asks, as lateness never hides a status;
 * 2. red, or amber (or amber-red) for `amberPeriods` periods in a row or more (amber again after
 *    amber, red after amber), needs a decision, by the actions in hand (standing duties and done
 *    actions left out): one overdue → `chase-overdue-action`; none → `agree-corrective-action`;
 *    only ones due after the goal date → `agree-corrective-action`; else `note-action-in-hand`;
 * 3. amber for fewer periods in a row asks the owner for commentary, not a decision (`seek-commentary`).
 *
 * Any other status that is not late needs nothing of members: `seek-commentary`.
 * @internal
 */
export function exceptionDecision(
  input: DecisionInput,
  words: ReportDecisionWords = REPORT_WORDS_EN_GB.decision,
): Decision {
  if (input.outturn !== undefined && input.outturn !== null) return onOutturn(input.outturn, words, input.actions);
  const decided = onStatus(input, words);
  if (input.late)
    return {
      kind: "obtain-figure",
      text: words.obtainFigure(
        input.status === "no-data",
        decided === undefined || decided.kind === "seek-commentary" ? null : decided.text,
      ),
    };
  return decided ?? { kind: "seek-commentary", text: words.forInformation };
}
