/**
 * A framework's own status rule (`Framework.statusRule`), applied by `judgeMeasurement` where a
 * scale would rate the shortfall: so `evaluateTarget` and the status kernel (which judges a
 * framework with a rule exactly, through `judgeMeasurement`) give the same status.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import type { FrameworkIndex, Indicator, Measurement, StatusRule, Target } from "../model/index.js";
import { judgedYearToDate } from "../model/figures.js";
import { compare, earlierBaseline, yearAgoFigure } from "./directionOfTravel.js";
import type { Status } from "./scales.js";
import { seriesOf } from "./series.js";

/** What a status rule decided: the status, and why where it needed more than the shortfall. */
export interface RuledStatus {
  readonly status: Status;
  readonly ruleNote: string | null;
}

/**
 * Havering's rule (`within-percent-else-year-on-year`): green when the shortfall is at most
 * `withinPercent`% of the expectation's magnitude (`base`, times `den` as the shortfall is);
 * further off, amber when the figure improved on or maintained the figure for the same period a
 * year earlier (the direction of travel's, baseline included), red when it worsened, and red with
 * a note when there is no figure a year earlier: the rule's amber needs an improvement shown.
 */
export function ruledStatus(
  rule: StatusRule,
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  measurement: Measurement,
  shortfall: Decimal,
  base: Decimal,
): RuledStatus {
  const within = toDecimal(rule.withinPercent).div(100).times(base.abs());
  if (!shortfall.greaterThan(within)) return { status: "green", ruleNote: null };
  return yearOnYear(rule, index, target, indicator, measurement);
}

/**
 * The second half of Havering's rule, for a figure further off than `withinPercent`: amber when it
 * improved on or maintained the figure for the same period a year earlier, red when it worsened or
 * there is none. The status kernel calls it directly for a figure clearly beyond the share.
 */
export function yearOnYear(
  rule: StatusRule,
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  measurement: Measurement,
): RuledStatus {
  const off = `more than ${formatDecimal(toDecimal(rule.withinPercent))}% off the expected figure`;
  const yearToDate = judgedYearToDate(indicator, target);
  const yearAgo = yearAgoFigure(
    seriesOf(index, indicator.id),
    measurement.date,
    indicator,
    earlierBaseline(target, measurement.date, yearToDate),
  );
  if (yearAgo === undefined)
    return {
      status: "red",
      ruleNote: `${off}, and no figure for the same period a year earlier to show it improved or was maintained: red`,
    };
  const direction = compare(toDecimal(measurement.value), yearAgo.value, indicator, target);
  const kept = direction === "improving" || direction === "no-change";
  const than = `${formatDecimal(yearAgo.value)} on ${yearAgo.date}, the same period a year earlier`;
  return kept
    ? {
        status: "amber",
        ruleNote: `${off}; ${direction === "improving" ? "improved on" : "maintained"} ${than}: amber`,
      }
    : { status: "red", ruleNote: `${off}; worse than ${than}: red` };
}
