import { type FigureDue, figureDue, isOverdue, lagInForce } from "../model/figures.js";
import type { FrameworkIndex, Indicator, ReportingLags } from "../model/index.js";
import { monthsOf } from "../model/cadence.js";

/**
 * The next figure an evaluation expects: the period it covers ends on `periodEnd` (the indicator's
 * frequency after the latest measurement, or after the baseline when there is none), and it is due
 * by the end of `due` (the period's end plus the lag in force: the indicator's `lagDays`, else the
 * framework's `reportingLags` for its frequency, else 42 days for monthly and quarterly figures and
 * 91 for annual ones). `overdue` is true from the day after `due`; until then the figure is
 * awaited, not missing. A target whose goal date has passed asks for its outturn only: the period
 * ending on the goal date, due with the outturn (`Outturn.due`), and nothing once it is in.
 *
 * @category Evaluation
 * @example
 * import { evaluateTarget, type NextFigure } from "performance-management/trajectory";
 * const framework = {
 *   id: "fw", name: "Lagged", owners: [], plans: [], objectives: [],
 *   indicators: [{ id: "pi", title: "Re-lets in 28 days", unit: "%", polarity: "higher-is-better" as const, measure: "output" as const,
 *     frequency: "quarterly" as const, lagDays: 60 }],
 *   targets: [{ id: "t", objective: "o", indicator: "pi", baseline: { date: "2001-03-31", value: "78" }, goal: { date: "2002-03-31", value: "100" } }],
 *   measurements: [{ indicator: "pi", date: "2001-06-30", value: "85" }],
 * };
 * // September's quarter is reported 60 days after it ends: 30 September + 60 days is 29 November.
 * const next: NextFigure | null = evaluateTarget(framework, "t", { asOf: "2001-10-05" }).nextFigure;
 * next //=> { periodEnd: "2001-09-30", due: "2001-11-29", overdue: false }
 * evaluateTarget(framework, "t", { asOf: "2001-11-30" }).stale //=> true
 */
export interface NextFigure {
  readonly periodEnd: string;
  readonly due: string;
  readonly overdue: boolean;
}

/** The next figure after `from` (a measurement's date or the baseline) as of `asOf`; `null` when never due within the calendar. @internal */
export function nextFigureOf(
  from: string,
  indicator: Indicator,
  framework: { readonly reportingLags?: ReportingLags | undefined },
  asOf: string,
): NextFigure | null {
  const next = figureDue(from, indicator, framework);
  return next === undefined ? null : { periodEnd: next.periodEnd, due: next.due, overdue: isOverdue(next.due, asOf) };
}

const DUES = Symbol("performance-management/trajectory next figures due");

/**
 * {@link nextFigureOf} with the period's end and due date kept per index: they depend only on `from`,
 * the frequency's months and the lag in force, which most of an authority's indicators share, so a
 * full evaluation writes each date once, not once per target. The figure itself is a fresh object
 * each time (the caller owns it). At most one entry per distinct `from` date and (months, lag):
 * no more than the index's measurements and baselines times its distinct frequencies and lags.
 * @internal
 */
export function indexedNextFigureOf(
  index: FrameworkIndex,
  from: string,
  indicator: Indicator,
  asOf: string,
): NextFigure | null {
  const lag = lagInForce(indicator, index.framework);
  const months = monthsOf(indicator.frequency);
  // An unparsed framework's odd lag, frequency or date is read afresh each time, as before.
  if (
    typeof from !== "string" ||
    !Number.isSafeInteger(lag) ||
    lag < 0 ||
    lag >= 2 ** 40 ||
    !Number.isSafeInteger(months) ||
    months < 0 ||
    months >= 64
  )
    return nextFigureOf(from, indicator, index.framework, asOf);
  const dues = index.derive(DUES, () => new Map<string, Map<number, FigureDue | null>>());
  // A lag below 2^40 and months below 64: one whole number below 2^46, exact and distinct.
  const key = lag * 64 + months;
  let byKey = dues.get(from);
  if (byKey === undefined) {
    byKey = new Map();
    dues.set(from, byKey);
  }
  let next = byKey.get(key);
  if (next === undefined) {
    next = figureDue(from, indicator, index.framework) ?? null;
    byKey.set(key, next);
  }
  return next === null ? null : { periodEnd: next.periodEnd, due: next.due, overdue: isOverdue(next.due, asOf) };
}
