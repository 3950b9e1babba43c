import type { Direction, Status } from "../trajectory/index.js";
import type { ReportWords } from "./catalogue.js";
import { REPORT_WORDS_EN_GB } from "./catalogueEnGB.js";

/** Why a target is on the report's exception list. @category Report */
export type ExceptionReason = "red" | "amber" | "stale" | "no-data";

/**
 * Each status as the default catalogue writes it: a symbol and a word, so no reader depends on
 * colour (WCAG 1.4.1, use of colour). The report's own words are in its catalogue
 * ({@link ReportWords}); this is for what is not a report (the cascade diagram).
 * @internal
 */
export const STATUS_TEXT: Readonly<Record<Status, string>> = REPORT_WORDS_EN_GB.status;

/**
 * A direction of travel in words; "no earlier figure" when there is none to compare with, and "not
 * comparable (year to date)" for a year-to-date figure with none of its own year before it (it is
 * never compared with the baseline, a whole year's figure, or with the year before's). @internal
 */
export function directionText(w: ReportWords, direction: Direction | null, yearToDate = false): string {
  if (direction === null) return yearToDate ? w.target.notComparableYearToDate : w.target.noEarlierFigure;
  return w.target.direction[direction];
}

/**
 * A status with its direction since the previous figure: "✖ Red ↓ worsening"; with none to compare
 * with, the reason after a comma: "▲ Amber, no earlier figure". @internal
 */
export function statusDirectionText(
  w: ReportWords,
  status: Status,
  direction: Direction | null,
  noDirection: string,
  measured = true,
): string {
  if (!measured) return w.status[status];
  return direction === null
    ? w.target.statusWithoutDirection(w.status[status], noDirection)
    : w.target.statusWithDirection(w.status[status], w.target.directionArrow[direction]);
}

/** What a target measures: "Standard", "Local indicator", "National indicator" or "Indicator". @internal */
export function measureLabelText(w: ReportWords, standard: boolean, source: "national" | "local" | undefined): string {
  const { measure } = w.target;
  if (standard) return measure.standard;
  return source === "local" ? measure.local : source === "national" ? measure.national : measure.indicator;
}
