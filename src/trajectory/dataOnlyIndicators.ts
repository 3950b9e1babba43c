import { toDayNumber } from "../internal/dates.js";
import { formatDecimal, toDecimal } from "../internal/decimal.js";
import { aggregationOf } from "../model/figures.js";
import type { DataQuality, FrameworkIndex } from "../model/index.js";
import { type DirectionOfTravel, directionOfTravel } from "./directionOfTravel.js";
import { type NextFigure, nextFigureOf } from "./nextFigure.js";
import { firstAfter, seriesOf } from "./series.js";

/**
 * An indicator no target is set on, as a report shows it: its latest figure on or before `asOf`,
 * the direction of travel, the figure's quality and whether the next figure is overdue. There is
 * no RAG status: without a target there is nothing to rate against. `actual` and everything
 * about it are `null` when nothing is measured on or before `asOf`.
 *
 * @category Evaluation
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { evaluateFramework, type DataOnlyIndicator } from "performance-management/trajectory";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * // The regional unemployment rate is a comparator series with no target of its own.
 * const [regional]: readonly DataOnlyIndicator[] = evaluateFramework(stockton, { asOf: "2001-07-15" }).indicators;
 * [regional.indicator, regional.actual, regional.actualDate, regional.quality] //=> ["pi-regional-unemployment", "6.4", "2001-06-30", "provisional"]
 * regional.direction //=> { sincePrevious: "improving", sinceYearAgo: null }
 * // July's figure is due three weeks after the month (the example's illustrative lagDays of 21).
 * regional.nextFigure //=> { periodEnd: "2001-07-31", due: "2001-08-21", overdue: false }
 */
export interface DataOnlyIndicator {
  readonly indicator: string;
  /** The latest measurement on or before `asOf`. */
  readonly actual: string | null;
  readonly actualDate: string | null;
  /** Against the previous measurement and the same period a year earlier, with the indicator's materiality. */
  readonly direction: DirectionOfTravel;
  /** The quality the latest measurement was marked with. */
  readonly quality: DataQuality | null;
  /** True when the next figure after the latest is overdue at `asOf` (its period's end plus the lag in force). */
  readonly stale: boolean;
  /** The next figure expected after the latest, and when it is due; `null` with no figure yet or none due within the calendar. */
  readonly nextFigure: NextFigure | null;
}

/**
 * The rows of every indicator that no target is set on, in the framework's order: the latest
 * figure by binary search on the shared series, so this costs a few look-ups per indicator.
 * @internal
 */
export function dataOnlyIndicators(index: FrameworkIndex, asOf: string): DataOnlyIndicator[] {
  const rows: DataOnlyIndicator[] = [];
  const asOfDay = toDayNumber(asOf);
  for (const indicator of index.indicators.values()) {
    if ((index.targetsByIndicator.get(indicator.id)?.length ?? 0) > 0) continue;
    const series = seriesOf(index, indicator.id);
    const end = firstAfter(series.days, asOfDay);
    const latest = end === 0 ? undefined : series.measurements[end - 1];
    if (latest === undefined) {
      rows.push({
        indicator: indicator.id,
        actual: null,
        actualDate: null,
        direction: { sincePrevious: null, sinceYearAgo: null },
        quality: null,
        stale: false,
        nextFigure: null,
      });
      continue;
    }
    const yearToDate = aggregationOf(indicator) === "snapshot" ? undefined : { yearStart: index.financialYearStart };
    const nextFigure = nextFigureOf(latest.date, indicator, index.framework, asOf);
    rows.push({
      indicator: indicator.id,
      actual: formatDecimal(toDecimal(latest.value)),
      actualDate: latest.date,
      direction: directionOfTravel(series, 0, end - 1, indicator, undefined, yearToDate),
      quality: latest.quality ?? null,
      stale: nextFigure?.overdue ?? false,
      nextFigure,
    });
  }
  return rows;
}
