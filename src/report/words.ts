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
// Issue 21, the members' part: the words beside a target's figure. Kept here, as small named
// functions, for the catalogue a later change makes of the report's words.

/**
 * A direction of travel with its arrow, worded so a screen reader and a plain-text reader get it:
 * "↑ improving", "↓ worsening", "→ unchanged". @internal
 */
export const DIRECTION_ARROW_TEXT: Readonly<Record<Direction, string>> = {
  improving: "↑ improving",
  worsening: "↓ worsening",
  "no-change": "→ unchanged",
};

/** {@link DIRECTION_ARROW_TEXT} as a function. @internal */
export function directionArrowText(direction: Direction): string {
  return DIRECTION_ARROW_TEXT[direction];
}

/**
 * A status with its direction since the previous figure: "✖ Red ↓ worsening"; with none to compare
 * with, the reason after a comma: "▲ Amber, no earlier figure". @internal
 */
export function statusDirectionText(
  status: Status,
  direction: Direction | null,
  noDirection: string,
  measured = true,
): string {
  if (!measured) return STATUS_TEXT[status];
  return direction === null
    ? `${STATUS_TEXT[status]}, ${noDirection}`
    : `${STATUS_TEXT[status]} ${DIRECTION_ARROW_TEXT[direction]}`;
}

/** A quartile position in words, 1 the best for the indicator's polarity. @internal */
export const QUARTILE_TEXT: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: "top quartile",
  2: "2nd quartile",
  3: "3rd quartile",
  4: "bottom quartile",
};

/** What a target measures: "Standard", "Local indicator", "National indicator" or "Indicator". @internal */
export function measureLabelText(standard: boolean, source: "national" | "local" | undefined): string {
  if (standard) return "Standard";
  return source === "local" ? "Local indicator" : source === "national" ? "National indicator" : "Indicator";
}

/**
 * The comparisons beside a figure: "Previous: 75% (31 May 2001). Same period last year: no
 * figure." and each quartile after them: "3rd quartile, all England 2000/01." @internal
 */
export function comparedText(previous: string | null, yearAgo: string | null, quartiles: readonly string[]): string {
  const shown = [`Previous: ${previous ?? "no figure"}.`, `Same period last year: ${yearAgo ?? "no figure"}.`];
  if (quartiles.length > 0) shown.push(`${quartiles.join("; ")}.`);
  return shown.join(" ");
}

/**
 * A figure against its expectation and the goal: "79% (30 June 2001) against 100% expected; goal
 * 100% by 31 March 2002". Without a figure: "No figure; goal 100% by 31 March 2002". @internal
 */
export function againstText(
  actual: string | null,
  expected: string | null,
  goal: string | null,
  goalDate: string | null,
): string {
  const figure = actual === null ? "No figure" : expected === null ? actual : `${actual} against ${expected} expected`;
  const aim = goal === null ? "" : `; goal ${goal}${goalDate === null ? "" : ` by ${goalDate}`}`;
  return `${figure}${aim}`;
}

/** Why a chain stops short of the aim, in words (never the engine's code). @internal */
export const CHAIN_STOP_TEXT: Readonly<Record<"orphan" | "cycle" | "missing-objective", string>> = {
  orphan: "its last objective links to nothing above it",
  cycle: "its links lead back to an objective already on it",
  "missing-objective": "it links to an objective the framework does not list",
};

/** A year-to-date figure's previous period when none of its own year comes before it. @internal */
export const NONE_THIS_YEAR = "none earlier this year (year to date)";
