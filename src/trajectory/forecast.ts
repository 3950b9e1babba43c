import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { ExactDecimal, formatDecimal, toDecimal } from "../internal/decimal.js";
import type { Indicator, Measurement, Target, Tolerance } from "../model/index.js";
import { goalValue } from "../model/target.js";
import { judgeAgainstBand, judgeAgainstPoint } from "./judge.js";
import type { Scale, Status } from "./scales.js";

const ZERO = new ExactDecimal(0);
const ONE = new ExactDecimal(1);

/**
 * A projection of the measurements to the goal date, or why there is none.
 *
 * @category Evaluation
 */
export type Forecast =
  | { readonly value: string; readonly status: Status; readonly meetsGoal: boolean }
  | { readonly value: null; readonly reason: string };

/**
 * The least-squares line through a target's measurements since its baseline (at least three),
 * projected to its goal date exactly, with the status the projection would earn and whether it
 * meets the goal; or why there is no forecast.
 * @internal
 */
export function forecastOf(
  target: Target,
  indicator: Indicator,
  series: readonly Measurement[],
  scale: Scale,
  tolerance: Tolerance,
): Forecast {
  if (series.length < 3) {
    return {
      value: null,
      reason: `needs at least three measurements since the baseline; there ${series.length === 1 ? "is 1" : `are ${series.length}`}`,
    };
  }
  const origin = toDayNumber(target.baseline.date);
  let n = ZERO;
  let sx = ZERO;
  let sy = ZERO;
  let sxx = ZERO;
  let sxy = ZERO;
  for (const m of series) {
    const x = new ExactDecimal(toDayNumber(m.date) - origin);
    const y = toDecimal(m.value);
    n = n.plus(1);
    sx = sx.plus(x);
    sy = sy.plus(y);
    sxx = sxx.plus(x.times(x));
    sxy = sxy.plus(x.times(y));
  }
  const spread = n.times(sxx).minus(sx.times(sx));
  if (spread.isZero()) return { value: null, reason: "the measurements since the baseline are all on one date" };
  const at = new ExactDecimal(toDayNumber(target.goal.date) - origin);
  // Least squares, exactly: (Σy·spread + (nΣxy − ΣxΣy)(n·X − Σx)) / (n·spread).
  const projected = sy
    .times(spread)
    .plus(n.times(sxy).minus(sx.times(sy)).times(n.times(at).minus(sx)))
    .div(n.times(spread));
  const goal = target.goal;
  const judged =
    "low" in goal
      ? judgeAgainstBand(projected, toDecimal(goal.low), toDecimal(goal.high), tolerance, scale)
      : judgeAgainstPoint(
          projected,
          { num: goalValue(target) as Decimal, den: ONE },
          indicator.polarity,
          tolerance,
          scale,
        );
  return {
    value: formatDecimal(projected),
    status: judged.status,
    meetsGoal: !judged.shortfall.greaterThan(0),
  };
}
