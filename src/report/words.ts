import type { Direction, Status } from "../trajectory/index.js";

/** Why a target is on the report's exception list. @category Report */
export type ExceptionReason = "red" | "amber" | "stale" | "no-data";

/**
 * Each status as a report writes it: a symbol and a word, so no reader depends on colour
 * (WCAG 1.4.1, use of colour).
 * @internal
 */
export const STATUS_TEXT: Readonly<Record<Status, string>> = {
  blue: "★ Blue",
  green: "✔ Green",
  "amber-green": "◔ Amber-green",
  amber: "▲ Amber",
  "amber-red": "◕ Amber-red",
  red: "✖ Red",
  "no-data": "? No data",
  "not-started": "– Not started",
  "awaiting-data": "… Awaiting data",
};

/** Why a target is an exception, in words. @internal */
export function reasonText(reason: ExceptionReason): string {
  return reason === "no-data" ? "no data" : reason === "stale" ? "figure out of date" : reason;
}

/**
 * A direction of travel in words; "no earlier figure" when there is none to compare with, and "not
 * comparable (year to date)" for a year-to-date figure with none of its own year before it (it is
 * never compared with the baseline, a whole year's figure, or with the year before's). @internal
 */
export function directionText(direction: Direction | null, yearToDate = false): string {
  if (direction === null) return yearToDate ? "not comparable (year to date)" : "no earlier figure";
  return direction === "no-change" ? "unchanged" : direction;
}
