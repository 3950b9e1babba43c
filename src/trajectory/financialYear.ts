/**
 * Financial years and an indicator's profile over one: the year-to-date expectation of a running-total
 * indicator is the year's expected total, times the share of the year's profile passed by a date. Exact: the share is a fraction of days and weights.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { dayNumberMonthsAfter, fromDayNumber, toDayNumber } from "../internal/dates.js";
import { ExactDecimal, toDecimal } from "../internal/decimal.js";
import type { Aggregation, Indicator } from "../model/index.js";
import { type Rational, type TargetPath, expectationAt } from "./exact.js";

/** The financial year containing a date: its first day and its last, as `YYYY-MM-DD`. */
export function financialYearOf(date: string, yearStart: string): { start: string; end: string } {
  const sameYear = `${date.slice(0, 4)}-${yearStart}`;
  const start = sameYear <= date ? sameYear : `${String(Number(date.slice(0, 4)) - 1).padStart(4, "0")}-${yearStart}`;
  return { start, end: fromDayNumber(dayNumberMonthsAfter(start, 12) - 1) };
}

/** Monthly weights of an indicator's profile: quarters split evenly into their months; even when absent. */
function monthlyWeights(indicator: Indicator): Decimal[] {
  const profile = indicator.profile;
  if (profile === undefined) return Array.from({ length: 12 }, () => new ExactDecimal(1));
  if ("monthly" in profile) return profile.monthly.map((weight) => toDecimal(weight));
  return profile.quarterly.flatMap((weight) => {
    const third = toDecimal(weight).div(3);
    return [third, third, third];
  });
}

/**
 * The share of the financial year's profile passed by the end of `date`, as an exact fraction:
 * the weights of the months completed, plus the current month's weight times the part of it passed.
 */
export function yearShare(date: string, yearStart: string, indicator: Indicator): Rational {
  const year = financialYearOf(date, yearStart);
  const weights = monthlyWeights(indicator);
  const total = weights.reduce((sum, weight) => sum.plus(weight), new ExactDecimal(0));
  const day = toDayNumber(date);
  let completed = new ExactDecimal(0);
  for (let month = 0; month < 12; month += 1) {
    const from = dayNumberMonthsAfter(year.start, month);
    const to = dayNumberMonthsAfter(year.start, month + 1);
    const weight = weights[month] as Decimal;
    if (day >= to - 1) {
      completed = completed.plus(weight);
      continue;
    }
    const length = to - from;
    const passed = day - from + 1;
    return { num: completed.times(length).plus(weight.times(passed)), den: total.times(length) };
  }
  return { num: completed, den: total };
}

/**
 * The year-to-date expectation at `date`: the path's value at the end of the financial year (the
 * year's target), times the profile's share passed for a running total, as it stands for a
 * year-to-date rate. Undefined before the path starts.
 */
export function expectationYearToDate(
  path: TargetPath,
  date: string,
  yearStart: string,
  indicator: Indicator,
  aggregation: Exclude<Aggregation, "snapshot"> = "running-total",
): Rational | undefined {
  const year = financialYearOf(date, yearStart);
  const annual = expectationAt(path, toDayNumber(year.end));
  if (annual === undefined || toDayNumber(date) < path.firstDay) return undefined;
  if (aggregation === "year-to-date-rate") return annual;
  const share = yearShare(date, yearStart, indicator);
  if (share.den.isZero()) return undefined;
  return { num: annual.num.times(share.num), den: annual.den.times(share.den) };
}
