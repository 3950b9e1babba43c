/**
 * What the members' report says is being done about a target, and the decision its exception
 * needs: the accountability engine's `actionsInHand` written for people, and the facts the
 * decision rule (decision.ts) reads, found at a cost bounded by the report's `amberPeriods`.
 * @internal
 */
import { type ActionInHand, actionInHandAt, actionsInHand, goalDateAt } from "../accountability/actionsInHand.js";
import { fromDayNumber, toDayNumber } from "../internal/dates.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import type { FrameworkIndex, Id } from "../model/index.js";
import { type Evaluation, type Scale, type Status, evaluateTarget } from "../trajectory/index.js";
import { kernelStatusAt } from "../trajectory/statusKernel.js";
import { scaleOption } from "../trajectory/options.js";
import { type Decision, exceptionDecision } from "./decision.js";
import type { ReportFormatter } from "./format.js";

/** Who a report names: an owner's id and name (the id again when the framework lists no such owner). @category Report */
export interface ReportOwner {
  readonly id: Id;
  readonly name: string;
}

/** An action on a report, with where it stands at the report's date. @category Report */
export interface ReportAction {
  /** The action's id; `null` when the framework gives it none. */
  readonly id: Id | null;
  readonly title: string;
  readonly owner: ReportOwner | null;
  readonly due: string | null;
  /** `due` for people: "30 September 2001". */
  readonly dueText: string | null;
  /** Done or not at the report's date: done only if completed on or before it (or marked done with no completion date). */
  readonly status: "open" | "done";
  /** Not done and due before the report's date. */
  readonly overdue: boolean;
  /** Whose action: the target's own corrective action, or a step in its objective's action plan. */
  readonly of: "target" | "objective";
  /** A standing duty, done whenever it arises: never overdue, and not a corrective action. */
  readonly ongoing: boolean;
  /** Where it stands at the report's date: `open`, `overdue`, `done`, or `done-undated` (marked done, no completion date recorded). */
  readonly state: ActionState;
  /** When it was done, as recorded (a date after the report's is shown, the action being open then). */
  readonly completed: string | null;
  /** `completed` for people. */
  readonly completedText: string | null;
  /** Not done, and due after the target's goal date: it lands too late to help. */
  readonly tooLate: boolean;
}

/**
 * What is being done about an exception at the report's date: the accountability engine's
 * `actionsInHand`, written for people.
 *
 * @category Report
 */
export interface ReportActionsInHand {
  /** The commentary on the latest measurement on or before the report's date (its `note` and `correctiveAction`); `null` with none. */
  readonly latest: {
    readonly date: string;
    readonly dateText: string;
    readonly note: string | null;
    readonly correctiveAction: string | null;
  } | null;
  /** The target's corrective actions (done ones too), then its objective's actions not done, or marked done with no completion date (`done-undated`, not in hand). */
  readonly actions: readonly ReportAction[];
}

/** What of a report's target row the decision reads. */
interface DecidedRow {
  readonly target: Id;
  readonly indicator: Id;
  readonly status: Status;
  readonly stale: boolean;
  /** An ended target's outturn, with its words for people. */
  readonly outturn?: {
    readonly status: "achieved" | "not-achieved" | "awaiting" | "unjudged";
    readonly overdue: boolean;
    readonly text: { readonly date: string; readonly due: string | null; readonly figures: string | null };
  } | null;
}
import type { ActionState } from "../accountability/index.js";
import { isDone } from "../model/actionState.js";

/** The statuses that count towards a run of bad periods: amber or worse. */
const CONCERN: ReadonlySet<Status> = new Set<Status>(["amber", "amber-red", "red"]);

/** An action in hand written for people. @internal */
export function actionOf(index: FrameworkIndex, action: ActionInHand, format: ReportFormatter): ReportAction {
  const done = isDone(action.state);
  return {
    id: action.id,
    title: action.title,
    owner: action.owner === null ? null : { id: action.owner.id, name: action.owner.name ?? action.owner.id },
    due: action.due,
    dueText: action.due === null ? null : format.date(action.due),
    status: done ? "done" : "open",
    overdue: action.state === "overdue",
    of: action.of,
    ongoing: action.ongoing,
    state: action.state,
    completed: action.completed,
    completedText: action.completed === null ? null : format.date(action.completed),
    tooLate: action.tooLate,
  };
}

/**
 * A target's corrective actions not done at the report's date, for its row: O(A + R) for its A
 * corrective actions and R revisions; its objective's actions are not read (they are listed for
 * exceptions only).
 */
export function openCorrectiveActions(
  index: FrameworkIndex,
  target: Id,
  asOf: string,
  format: ReportFormatter,
): ReportAction[] {
  const given = index.targets.get(target);
  const actions = given?.correctiveActions;
  if (given === undefined || actions === undefined || actions.length === 0) return [];
  const goalDate = goalDateAt(given, asOf);
  const open: ReportAction[] = [];
  for (const action of actions) {
    const shown = actionInHandAt(index, action, "target", asOf, goalDate);
    if (!isDone(shown.state)) open.push(actionOf(index, shown, format));
  }
  return open;
}

/**
 * How many periods in a row, up to and including the latest figure's, the target was amber or
 * worse, looking back no further than `limit` periods: each earlier date of the indicator's series
 * judged as the target stood on it (`evaluateTarget` as of that date). At most `limit − 1`
 * judgements, each found by a binary search: the cost is bounded by the option, not the data.
 *
 * The status kernel judges a date's figure (the last of its date, by its position in the series)
 * with the status `evaluateTarget` as of that date gives (their agreement is a property of the
 * trajectory engine), without building an evaluation; a date on or before the baseline has no
 * figure of the target's and is never amber or worse there, which ends the run as a missing figure
 * does. Targets the kernel always judges exactly (bands, quartiles, comparators, year-to-date,
 * revised) are evaluated as of each date.
 */
export function concernRunOf(
  index: FrameworkIndex,
  evaluation: Evaluation,
  indicator: Id,
  scale: Scale | undefined,
  limit: number,
): number {
  if (!CONCERN.has(evaluation.status) || evaluation.actualDate === null) return 0;
  const series = index.measurementsByIndicator.get(indicator) ?? [];
  let run = 1;
  let date = evaluation.actualDate;
  let kernel: ((position: number) => Status) | undefined | null = null;
  while (run < limit) {
    // The latest date before `date`: the entries dated before it are those on or before the day before.
    const before = countOnOrBefore(series, fromDayNumber(toDayNumber(date) - 1));
    const previous = series[before - 1];
    if (previous === undefined) break;
    date = previous.date;
    if (kernel === null) {
      const target = index.targets.get(evaluation.target);
      kernel = target === undefined ? undefined : kernelStatusAt(index, target, scaleOption(scale), undefined);
    }
    if (kernel !== undefined) {
      if (!CONCERN.has(kernel(before - 1))) break;
    } else {
      const then = evaluateTarget(index, evaluation.target, { asOf: date, ...(scale === undefined ? {} : { scale }) });
      if (then.actualDate !== date || !CONCERN.has(then.status)) break;
    }
    run += 1;
  }
  return run;
}

/**
 * What is being done about an exception (the accountability engine's view, written for people) and
 * the decision it needs.
 */
export function inHandOf(
  index: FrameworkIndex,
  row: DecidedRow,
  evaluation: Evaluation,
  options: { readonly asOf: string; readonly scale: Scale | undefined; readonly amberPeriods: number },
  format: ReportFormatter,
): { inHand: ReportActionsInHand; decision: Decision } {
  const view = index.targets.has(row.target) ? actionsInHand(index, row.target, { asOf: options.asOf }) : undefined;
  const actions = view?.actions ?? [];
  const latest = view?.latest ?? null;
  const decision = exceptionDecision(
    {
      status: row.status,
      late: row.stale || row.status === "no-data",
      redRun: evaluation.consecutiveRed,
      concernRun:
        row.status === "red"
          ? Math.max(evaluation.consecutiveRed, 1)
          : concernRunOf(index, evaluation, row.indicator, options.scale, options.amberPeriods),
      actions,
      amberPeriods: options.amberPeriods,
      outturn:
        row.outturn === undefined || row.outturn === null
          ? null
          : {
              status: row.outturn.status,
              overdue: row.outturn.overdue,
              dateText: row.outturn.text.date,
              dueText: row.outturn.text.due,
              figuresText: row.outturn.text.figures,
            },
    },
    format.words.decision,
  );
  return {
    inHand: {
      latest:
        latest === null
          ? null
          : {
              date: latest.date,
              dateText: format.date(latest.date),
              note: latest.note,
              correctiveAction: latest.correctiveAction,
            },
      actions: actions.map((action) => actionOf(index, action, format)),
    },
    decision,
  };
}
