/**
 * Where an action stands at a date, one rule for every engine that reads actions (the
 * `action-plan-smart` rule, the accountability engine's `actionsInHand`, the members' report).
 * @internal
 */
import type { Action } from "./objective.js";

/**
 * An action's state at a date:
 * - `done`: completed on or before the date (its `completed` date);
 * - `done-undated`: marked `done` with no completion date: taken as done, but no one can say since when;
 * - `overdue`: not done at the date and due before it (a standing duty, `ongoing`, never is);
 * - `open`: not done at the date, and not overdue.
 * An action completed after the date was not done at it: it is `open` or `overdue` there.
 * @internal
 */
export type ActionState = "open" | "overdue" | "done" | "done-undated";

/**
 * The state of an action at a date (`YYYY-MM-DD`), or with no date, as it stands now (overdue
 * never, as there is no date to be late by). O(1).
 * @internal
 */
export function actionStateAt(action: Action, asOf: string | undefined): ActionState {
  if (action.completed !== undefined) {
    if (asOf === undefined || action.completed <= asOf) return "done";
  } else if (action.status === "done") return "done-undated";
  return asOf !== undefined && action.ongoing !== true && action.due !== undefined && action.due < asOf
    ? "overdue"
    : "open";
}

/** Whether an action's state is done, dated or not. @internal */
export function isDone(state: ActionState): boolean {
  return state === "done" || state === "done-undated";
}
