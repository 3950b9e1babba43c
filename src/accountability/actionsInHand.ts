import type { Action, Framework, FrameworkIndex, Id, Measurement, Target } from "../model/index.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { type ActionState, actionStateAt, isDone } from "../model/actionState.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import { checkDate, checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { quoted } from "../internal/shown.js";
import { countOnOrBefore } from "../internal/sortedByDate.js";
import { revisionInForce } from "../model/revisions.js";
import { AccountabilityError, accountabilityError } from "./errors.js";

/**
 * Options for {@link actionsInHand}.
 *
 * @category Accountability
 */
export interface ActionsInHandOptions {
  /** The date the view is as of, `YYYY-MM-DD`: the report's date. */
  readonly asOf: string;
}

/**
 * One action on a target's view of what is being done about it, as of the view's date.
 *
 * @category Accountability
 */
export interface ActionInHand {
  /** The action's id, `null` when it has none. */
  readonly id: Id | null;
  readonly title: string;
  /** Whose action it is: the target's own corrective action, or a step in its objective's action plan. */
  readonly of: "target" | "objective";
  /** Who carries it out: the action's own owner, by id and name (`null` when the id names no owner); `null` when it names none. */
  readonly owner: { readonly id: Id; readonly name: string | null } | null;
  readonly due: string | null;
  /** When it was done, as recorded; `null` when not recorded (a date after `asOf` is shown, with the state `open` or `overdue`). */
  readonly completed: string | null;
  /** A standing duty, done whenever it arises: never overdue, and not a corrective action. */
  readonly ongoing: boolean;
  /**
   * Where it stands at `asOf`: `done` (completed on or before it), `done-undated` (marked done,
   * with no completion date: shown as "done, date not recorded"), `overdue` (not done, due before
   * it) or `open`.
   */
  readonly state: ActionState;
  /**
   * True when it is not done at `asOf` and is due after the target's goal date (the goal in force
   * at `asOf`): it lands too late to help the target.
   */
  readonly tooLate: boolean;
}

/**
 * What is being done about a target, as of a date: see {@link actionsInHand}.
 *
 * @category Accountability
 */
export interface ActionsInHand {
  readonly target: Id;
  readonly objective: Id;
  readonly asOf: string;
  /** The goal date of the goal in force at `asOf`: an action due after it lands too late. */
  readonly goalDate: string;
  /**
   * The latest measurement of the target's indicator on or before `asOf` (and not before the
   * baseline), with the commentary recorded on it: its `note` and its free-text `correctiveAction`;
   * `null` when there is no such measurement. The last of several on one date.
   */
  readonly latest: {
    readonly date: string;
    readonly value: string;
    readonly note: string | null;
    readonly correctiveAction: string | null;
  } | null;
  /**
   * The target's own corrective actions, every one whatever its state (what was done is part of
   * the answer), then its objective's actions not done at `asOf` (standing duties included, marked
   * `ongoing`) and those marked done with no completion date (`done-undated`: shown as such, not in
   * hand), each in the framework's order.
   */
  readonly actions: readonly ActionInHand[];
}

/**
 * One action as the view shows it, at `asOf`, against the goal date. The report lists a target's
 * own corrective actions with it, without its objective's. O(1).
 * @internal
 */
export function actionInHandAt(
  index: FrameworkIndex,
  action: Action,
  of: "target" | "objective",
  asOf: string,
  goalDate: string,
): ActionInHand {
  return inHand(index, action, of, actionStateAt(action, asOf), goalDate);
}

/** The goal date of the goal in force at `asOf`: O(R) for R revisions. @internal */
export function goalDateAt(target: Target, asOf: string): string {
  return revisionInForce(target, asOf).target.goal.date;
}

/** One action as the view shows it. */
function inHand(
  index: FrameworkIndex,
  action: Action,
  of: "target" | "objective",
  state: ActionState,
  goalDate: string,
): ActionInHand {
  const owner = action.owner;
  return {
    id: action.id ?? null,
    title: action.title,
    of,
    owner: owner === undefined ? null : { id: owner, name: index.owners.get(owner)?.name ?? null },
    due: action.due ?? null,
    completed: action.completed ?? null,
    ongoing: action.ongoing === true,
    state,
    tooLate: !isDone(state) && action.due !== undefined && action.due > goalDate,
  };
}

/** The last measurement of a series sorted by date on or before `asOf` and not before `from`: O(log M). */
function latestOf(series: readonly Measurement[], asOf: string, from: string): Measurement | undefined {
  const count = countOnOrBefore(series, asOf);
  const latest = series[count - 1];
  return latest === undefined || latest.date < from ? undefined : latest;
}

/**
 * One view of what is being done about a target as of a date, as a members' report or an officer's
 * briefing needs it: the commentary on its latest measurement (its `note` and `correctiveAction`),
 * the target's own corrective actions and the open actions of its objective's action plan (and
 * those marked done with no completion date, shown as `done-undated` so the date can be asked for), each with
 * its owner, due date, state at `asOf` (`open`, `overdue`, `done`, or `done-undated` for one marked
 * done with no completion date) and whether it lands too late to help (`tooLate`: not done and due
 * after the target's goal date).
 *
 * At a date an action is done only if it was completed on or before it: an action completed after
 * `asOf` is shown as the open (or overdue) action it was then. An action with a completion date is
 * done from that date whatever its `status`.
 *
 * Cost: O(A + log M + R) for A actions listed, M measurements of the indicator and R revisions of
 * the target, however large the framework.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param targetId - a target's id
 * @param options - `asOf`, the view's date
 * @returns the latest measurement's commentary and the actions, with their states at `asOf`
 * @throws {@link AccountabilityError} when `targetId` names no target, the options are not an
 * object or have a key other than `asOf`, or `asOf` is missing or not a calendar date
 * @throws {@link AccountabilityError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { actionsInHand } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * // The repairs contractor action was completed on 21 September 2001: in hand on 15 July, done by 1 October.
 * const july = actionsInHand(stockton, "t-relet-28-days", { asOf: "2001-07-15" });
 * july.latest?.correctiveAction //=> "Repairs contractor's turnaround to be renegotiated; keys now logged on the day they are handed in."
 * july.actions.map((action) => [action.id, action.owner?.name, action.due, action.state])
 * //=> [["ca-relet-contractor", "Estate management team leader", "2001-09-30", "open"]]
 * actionsInHand(stockton, "t-relet-28-days", { asOf: "2001-10-01" }).actions[0]?.state //=> "done"
 * // The prevention service is due on 30 June 2002, after the offers target's goal of 31 March 2002:
 * const offers = actionsInHand(stockton, "t-homeless-offers", { asOf: "2001-07-15" });
 * offers.actions.map((action) => [action.id, action.due, action.tooLate]) //=> [["ca-offers-prevention", "2002-06-30", true]]
 */
export function actionsInHand(
  source: Framework | FrameworkIndex,
  targetId: Id,
  options: ActionsInHandOptions,
): ActionsInHand {
  const index = checkedFrameworkIndex(source, accountabilityError);
  checkOptionsObject(options, "options", accountabilityError);
  checkKnownOptions(options, ["asOf"], "options", accountabilityError);
  const asOf = checkDate(options.asOf, "options.asOf", accountabilityError);
  const target = typeof targetId === "string" ? index.targets.get(targetId) : undefined;
  if (target === undefined) throw new AccountabilityError(`${quoted(targetId)} names no target`);
  const goalDate = goalDateAt(target, asOf);
  const actions: ActionInHand[] = [];
  for (const action of target.correctiveActions ?? [])
    actions.push(inHand(index, action, "target", actionStateAt(action, asOf), goalDate));
  for (const action of index.objectives.get(target.objective)?.actions ?? []) {
    const state = actionStateAt(action, asOf);
    // Done on a recorded date: left out. Marked done with no date: shown as such (no one can say it
    // was done by `asOf`), though never counted as in hand.
    if (state !== "done") actions.push(inHand(index, action, "objective", state, goalDate));
  }
  const latest = latestOf(index.measurementsByIndicator.get(target.indicator) ?? [], asOf, target.baseline.date);
  return {
    target: target.id,
    objective: target.objective,
    asOf,
    goalDate,
    latest:
      latest === undefined
        ? null
        : {
            date: latest.date,
            value: formatDecimal(toDecimal(latest.value)),
            note: latest.note ?? null,
            correctiveAction: latest.correctiveAction ?? null,
          },
    actions,
  };
}
