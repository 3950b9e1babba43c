import { shown } from "../internal/options.js";
import { trajectoryError } from "./dayOf.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { formatDecimal } from "../internal/decimal.js";
import type { Framework, FrameworkIndex } from "../model/index.js";
import { aggregationOf } from "../model/figures.js";
import { TrajectoryError } from "./errors.js";
import { valueOf } from "./exact.js";
import { dayOf } from "./dayOf.js";
import { expectationYearToDate } from "./financialYear.js";
import { pathOf } from "./judge.js";

/**
 * The year-to-date value a target on a running-total indicator expects by the end of a date: the
 * year's expected total (its path's value at the end of the financial year) times the share of the
 * year passed, by the indicator's profile (even months by default). On a `year-to-date-rate`
 * indicator, the year's target itself, not scaled. `null` before the baseline, or
 * when the target's indicator does not exist (a `dangling-reference` finding).
 *
 * @category Trajectory
 * @param source - a parsed framework or its index (for the indicator and the financial year start)
 * @param targetId - the target
 * @param date - `YYYY-MM-DD`
 * @returns the expected year-to-date value, or `null`
 * @throws {@link TrajectoryError} for an unknown target id, a band goal or a date that is not a calendar date
 * @throws {@link TrajectoryError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { expectedYearToDate } from "performance-management/trajectory";
 * const framework = {
 *   id: "fw", name: "Seasonal", owners: [], plans: [], objectives: [],
 *   indicators: [{ id: "pi", title: "Grit bins filled", unit: "count", polarity: "higher-is-better" as const, measure: "output" as const,
 *     frequency: "monthly" as const, aggregation: "running-total" as const, profile: { quarterly: ["1", "1", "3", "5"] } }],
 *   targets: [{ id: "t", objective: "o", indicator: "pi", baseline: { date: "2001-04-01", value: "1000" }, goal: { date: "2001-04-01", value: "1000" } }],
 * };
 * // The first quarter carries 1 of the year's 10 weights; winter's last quarter 5.
 * expectedYearToDate(framework, "t", "2001-06-30") //=> "100"
 * expectedYearToDate(framework, "t", "2001-12-31") //=> "500"
 * expectedYearToDate(framework, "t", "2002-03-31") //=> "1000"
 */
export function expectedYearToDate(source: Framework | FrameworkIndex, targetId: string, date: string): string | null {
  const index = checkedFrameworkIndex(source, trajectoryError);
  const target = index.targets.get(targetId);
  if (target === undefined)
    throw new TrajectoryError(`there is no target ${typeof targetId === "string" ? `"${targetId}"` : shown(targetId)}`);
  const indicator = index.indicators.get(target.indicator);
  dayOf(date, "date");
  if (indicator === undefined) return null;
  const rate = aggregationOf(indicator) === "year-to-date-rate" ? "year-to-date-rate" : "running-total";
  const expected = expectationYearToDate(pathOf(target), date, index.financialYearStart, indicator, rate);
  return expected === undefined ? null : formatDecimal(valueOf(expected));
}
