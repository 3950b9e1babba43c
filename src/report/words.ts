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

/** The words of the HTML report's charts (issue 21): its section's heading and lead, and each chart's link back. @internal */
export const CHART_WORDS = {
  heading: "Charts",
  lead: "Each exception's trajectory: the expected path from its baseline to its goal, the tolerance band, each figure coloured and labelled by its status, the forecast and the goal. The small chart beside each exception links here.",
  back: "Back to the exception",
  sparklineLink: "full chart below",
} as const;
