/**
 * What kind of figure an indicator reports, resolved once for every engine: how its figures
 * aggregate over the financial year (the deprecated `cumulative: true` read as `running-total`),
 * and when a period's figure is due (its end plus the reporting lag). `evaluateTarget`, the status
 * kernel and the cascade checker's `unmeasured` rule all read the due dates from here.
 * @internal
 */
import { LAST_CALENDAR_DATE, addMonths, fromDayNumber, isMonthEnd, monthEnd, toDayNumber } from "../internal/dates.js";
import type { Aggregation, Indicator } from "./indicator.js";
import { DEFAULT_REPORTING_LAGS } from "./defaults.js";
import type { ReportingLags } from "./framework.js";
import type { DataQuality } from "./measurement.js";
import type { Target } from "./target.js";
import { monthsOf } from "./cadence.js";

const LAST_CALENDAR_DAY = toDayNumber(LAST_CALENDAR_DATE);

/** The indicator's aggregation: `aggregation` when given, `running-total` for the deprecated `cumulative: true`, else `snapshot`. */
export function aggregationOf(indicator: Pick<Indicator, "aggregation" | "cumulative">): Aggregation {
  return indicator.aggregation ?? (indicator.cumulative === true ? "running-total" : "snapshot");
}

/**
 * Whether a target's figures are judged as year-to-date figures: a running total or a year-to-date
 * rate measured against a point goal with no comparator. Such a figure is compared with the share
 * of the year passed, is not forecast, and its direction of travel is read only within its own
 * financial year (never against the baseline). `target` is the goal in force for the judged figure.
 */
export function judgedYearToDate(
  indicator: Pick<Indicator, "aggregation" | "cumulative">,
  target: Pick<Target, "goal" | "comparator">,
): boolean {
  return aggregationOf(indicator) !== "snapshot" && !("low" in target.goal) && target.comparator === undefined;
}

/**
 * The reporting lag in force for an indicator, in days after a period's end: its own `lagDays`,
 * else the framework's `reportingLags` for its frequency, else {@link DEFAULT_REPORTING_LAGS}'.
 * The one place the lag is resolved: every due date ({@link figureDue}) reads it.
 */
export function lagInForce(
  indicator: Pick<Indicator, "frequency" | "lagDays">,
  framework: { readonly reportingLags?: ReportingLags | undefined } | undefined,
): number {
  return (
    indicator.lagDays ?? framework?.reportingLags?.[indicator.frequency] ?? DEFAULT_REPORTING_LAGS[indicator.frequency]
  );
}

/** When an indicator's figure for a period is expected: the period's end, and its due date (the end plus the reporting lag). */
export interface FigureDue {
  /** The period's last day, `YYYY-MM-DD`. */
  readonly periodEnd: string;
  /** The day by the end of which the period's figure is expected: `periodEnd` plus the lag in force ({@link lagInForce}). */
  readonly due: string;
}

/**
 * The period that ends the indicator's frequency after `from` (a baseline, or the latest
 * measurement's date) and when its figure is due: the period ends `frequency` calendar months
 * after `from`, clamped to the month's end and kept at month ends when `from` is one (a quarter
 * to 30 September is followed by the quarter to 31 December, as schedules keep them), and its
 * figure is due the lag in force ({@link lagInForce}: the indicator's, else the framework's for its
 * frequency, else the default) days later. `undefined` when either date would fall past the
 * calendar's end (9999-12-31): such a figure is never due within it.
 */
export function figureDue(
  from: string,
  indicator: Pick<Indicator, "frequency" | "lagDays">,
  framework: { readonly reportingLags?: ReportingLags | undefined } | undefined,
): FigureDue | undefined {
  const moved = addMonths(from, monthsOf(indicator.frequency));
  if (moved === undefined) return undefined;
  const periodEnd = isMonthEnd(from) ? monthEnd(moved) : moved;
  return dueAfter(periodEnd, indicator, framework);
}

/**
 * The due date of the figure for the period ending `periodEnd`: that day plus the lag in force;
 * `undefined` past the calendar's end.
 */
export function dueAfter(
  periodEnd: string,
  indicator: Pick<Indicator, "frequency" | "lagDays">,
  framework: { readonly reportingLags?: ReportingLags | undefined } | undefined,
): FigureDue | undefined {
  const dueDay = toDayNumber(periodEnd) + lagInForce(indicator, framework);
  if (dueDay > LAST_CALENDAR_DAY) return undefined;
  return { periodEnd, due: fromDayNumber(dueDay) };
}

/**
 * Whether a figure due on `due` is overdue on `asOf`: a figure is expected by the end of its due
 * day, so it is overdue from the day after. Until then it is awaited, not missing.
 */
export function isOverdue(due: string, asOf: string): boolean {
  return due < asOf;
}

/** Whether a measurement's quality marks its figure as provisional or estimated. @internal */
export function isProvisional(quality: DataQuality | null | undefined): boolean {
  return quality === "provisional" || quality === "estimate";
}
