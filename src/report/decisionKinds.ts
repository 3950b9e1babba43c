/**
 * What an exception asks of members, so the executive's report leads with the decisions it needs:
 * - `obtain-figure`: the figure is missing or late: ask the owner for it (and, where the last one
 *   was red, for what the red asks as well);
 * - `chase-overdue-action`: red (or amber for too long) and an action in hand is open past its due
 *   date: hold its owner to account, or re-plan it;
 * - `agree-corrective-action`: red (or amber for too long) with no action in hand, or only ones
 *   that land after the target's goal date: agree one, with an owner and a date (a free-text note on
 *   the measurement is not an action plan);
 * - `note-action-in-hand`: red (or amber for too long) with actions in hand, in date: note them, and
 *   confirm with their owners that they will bring the target back;
 * - `seek-commentary`: amber for the first time (or fewer periods in a row than the report's
 *   `amberPeriods`): no decision yet: the owner comments on the shortfall.
 *
 * A target that has ended (its goal date passed) can no longer be brought back on track, so no
 * action within its year is asked for:
 * - `await-outturn`: its outturn is not yet due: nothing is asked; the report notes when it is due;
 * - `obtain-figure`: its outturn is overdue: ask the owner for it;
 * - `address-shortfall`: its outturn is in and not achieved: members agree what next year's target
 *   and service plan do about the shortfall;
 * - `note-outturn`: its outturn is in and achieved (or cannot be judged): for information.
 *
 * @category Report
 */
export type ExceptionDecision =
  | "obtain-figure"
  | "chase-overdue-action"
  | "agree-corrective-action"
  | "note-action-in-hand"
  | "seek-commentary"
  | "await-outturn"
  | "address-shortfall"
  | "note-outturn";

/** Every {@link ExceptionDecision}, in the order the rule lists them: for the checks of a report given back. @internal */
export const EXCEPTION_DECISIONS = [
  "obtain-figure",
  "chase-overdue-action",
  "agree-corrective-action",
  "note-action-in-hand",
  "seek-commentary",
  "await-outturn",
  "address-shortfall",
  "note-outturn",
] as const satisfies readonly ExceptionDecision[];
