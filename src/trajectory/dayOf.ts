/**
 * Dates given to trajectory functions, checked by the shared calendar code, with misuse reported
 * as a {@link TrajectoryError}.
 * @internal
 */
import { type MisuseError, dayOf as checkedDayOf } from "../internal/dates.js";
import { TrajectoryError } from "./errors.js";

/** Makes a TrajectoryError: how trajectory functions have the shared date checks report misuse. */
export const trajectoryError: MisuseError = (message) => new TrajectoryError(message);

/** The day number of a date given by a caller, or a TrajectoryError naming it as `what`. */
export function dayOf(date: string, what: string): number {
  return checkedDayOf(date, what, trajectoryError);
}
