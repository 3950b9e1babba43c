import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { ExactDecimal, formatDecimal, toDecimal } from "../internal/decimal.js";
import type { FrameworkIndex, Indicator, Measurement, Target } from "../model/index.js";
import { goalValue } from "../model/target.js";
import { boundsOf } from "../model/bounds.js";
import { clampDecimal, clampedGoal } from "./clamp.js";
import { type AppliedTolerance, judgeAgainstBand, judgeAgainstPoint } from "./judge.js";
import { materialShortfallFor } from "./tolerances.js";
import type { Scale, Status } from "./scales.js";
import type { IndicatorSeries } from "./series.js";

const ZERO = new ExactDecimal(0);
const ONE = new ExactDecimal(1);

/**
 * A projection of the measurements to the goal date, or why there is none. A projection beyond
 * the indicator's natural bounds (0–100 for a `%` unit unless it sets `min`/`max`) is clamped to
 * the nearer bound, and `clamped` says so.
 *
 * @category Evaluation
 */
export type Forecast =
  | {
      readonly value: string;
      readonly status: Status;
      readonly meetsGoal: boolean;
      /** Whether the projection lay outside the indicator's natural bounds and was moved to the nearer one. */
      readonly clamped: boolean;
    }
  | { readonly value: null; readonly reason: string };

/** The sums a least-squares line needs over a window of a series, with x in days from the target's baseline. */
interface Sums {
  readonly n: Decimal;
  readonly sx: Decimal;
  readonly sy: Decimal;
  readonly sxx: Decimal;
  readonly sxy: Decimal;
}

/**
 * Running totals of a whole series, x counted from its first day: `sx[i]` is the sum over
 * measurements `[0, i)`, so any window's sums are two look-ups and a subtraction. Every value is
 * exact: a value has at most 30 significant digits between 10^19 and 10^-20 and a day count at most
 * 7 digits, so a product spans at most 47 digit positions and a sum of up to 10^13 of them 60.
 */
interface Prefix {
  readonly sx: readonly Decimal[];
  readonly sy: readonly Decimal[];
  readonly sxx: readonly Decimal[];
  readonly sxy: readonly Decimal[];
}

/** How many forecasts a series has served, and its running totals once a second forecast asked for them. */
interface SeriesSums {
  uses: number;
  prefix?: Prefix;
}

const SUMS = Symbol("performance-management/trajectory forecast sums");

/** The sums over `[start, end)` of a series, x from `origin`, added up directly. */
function directSums(series: IndicatorSeries, start: number, end: number, origin: number): Sums {
  let sx = ZERO;
  let sy = ZERO;
  let sxx = ZERO;
  let sxy = ZERO;
  for (let i = start; i < end; i += 1) {
    const x = new ExactDecimal((series.days[i] as number) - origin);
    const y = toDecimal((series.measurements[i] as Measurement).value);
    sx = sx.plus(x);
    sy = sy.plus(y);
    sxx = sxx.plus(x.times(x));
    sxy = sxy.plus(x.times(y));
  }
  return { n: new ExactDecimal(end - start), sx, sy, sxx, sxy };
}

/** The running totals of a whole series. */
function prefixOf(series: IndicatorSeries): Prefix {
  const first = series.days[0] ?? 0;
  const sx = [ZERO];
  const sy = [ZERO];
  const sxx = [ZERO];
  const sxy = [ZERO];
  for (let i = 0; i < series.measurements.length; i += 1) {
    const x = new ExactDecimal((series.days[i] as number) - first);
    const y = toDecimal((series.measurements[i] as Measurement).value);
    sx.push((sx[i] as Decimal).plus(x));
    sy.push((sy[i] as Decimal).plus(y));
    sxx.push((sxx[i] as Decimal).plus(x.times(x)));
    sxy.push((sxy[i] as Decimal).plus(x.times(y)));
  }
  return { sx, sy, sxx, sxy };
}

/**
 * The sums over `[start, end)` from the running totals, moved from the series' first day to
 * `origin` (d days later): Σ(x − d) = Σx − nd, Σ(x − d)² = Σx² − 2dΣx + nd², Σ(x − d)y = Σxy − dΣy.
 * Exact, so equal to {@link directSums} digit for digit.
 */
function sumsFromPrefix(prefix: Prefix, series: IndicatorSeries, start: number, end: number, origin: number): Sums {
  const span = (key: keyof Prefix): Decimal => (prefix[key][end] as Decimal).minus(prefix[key][start] as Decimal);
  const n = new ExactDecimal(end - start);
  const d = new ExactDecimal(origin - (series.days[0] ?? 0));
  const sx = span("sx");
  const sy = span("sy");
  return {
    n,
    sx: sx.minus(n.times(d)),
    sy,
    sxx: span("sxx").minus(d.times(2).times(sx)).plus(n.times(d).times(d)),
    sxy: span("sxy").minus(d.times(sy)),
  };
}

/**
 * The least-squares sums of a window of an indicator's series. The first forecast on a series adds
 * its window up directly; the second builds the series' running totals once per index, and every
 * later one takes two look-ups. So many targets on one long series cost n + t, not n × t, and a
 * series only one target forecasts from keeps no totals.
 */
function windowSums(index: FrameworkIndex, series: IndicatorSeries, start: number, end: number, origin: number): Sums {
  const cache = index.derive(SUMS, () => new Map<IndicatorSeries, SeriesSums>());
  let entry = cache.get(series);
  if (entry === undefined) {
    entry = { uses: 0 };
    cache.set(series, entry);
  }
  entry.uses += 1;
  if (entry.prefix === undefined && entry.uses >= 2) entry.prefix = prefixOf(series);
  return entry.prefix === undefined
    ? directSums(series, start, end, origin)
    : sumsFromPrefix(entry.prefix, series, start, end, origin);
}

/**
 * The least-squares line through a target's measurements since its baseline (at least three),
 * projected to its goal date exactly and clamped to the indicator's natural bounds, with the status
 * the projection would earn against the goal (clamped likewise) and whether it meets it; or why
 * there is none. The measurements are `[start, end)` of the indicator's
 * series.
 * @internal
 */
export function forecastOf(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  window: { readonly series: IndicatorSeries; readonly start: number; readonly end: number },
  scale: Scale,
  tolerance: AppliedTolerance,
): Forecast {
  if ("quartile" in target.goal)
    return {
      value: null,
      reason: "forecasts are not made for quartile goals: the quartiles at the goal date are not known",
    };
  const count = window.end - window.start;
  if (count < 3) {
    return {
      value: null,
      reason: `needs at least three measurements since the baseline; there ${count === 1 ? "is 1" : `are ${String(count)}`}`,
    };
  }
  const origin = toDayNumber(target.baseline.date);
  const { n, sx, sy, sxx, sxy } = windowSums(index, window.series, window.start, window.end, origin);
  const spread = n.times(sxx).minus(sx.times(sx));
  if (spread.isZero()) return { value: null, reason: "the measurements since the baseline are all on one date" };
  const at = new ExactDecimal(toDayNumber(target.goal.date) - origin);
  // Least squares, exactly: (Σy·spread + (nΣxy − ΣxΣy)(n·X − Σx)) / (n·spread).
  const bounds = boundsOf(indicator);
  const line = sy
    .times(spread)
    .plus(n.times(sxy).minus(sx.times(sy)).times(n.times(at).minus(sx)))
    .div(n.times(spread));
  const { value: projected, clamped } = clampDecimal(line, bounds);
  const goal = target.goal;
  const judged =
    "low" in goal
      ? judgeAgainstBand(projected, toDecimal(goal.low), toDecimal(goal.high), tolerance, scale)
      : judgeAgainstPoint(
          projected,
          { num: clampedGoal(goalValue(target), indicator) as Decimal, den: ONE },
          indicator.polarity,
          tolerance,
          scale,
        );
  // A projected shortfall under the material shortfall is on profile, as a measured one is.
  const material = materialShortfallFor(indicator, index.framework);
  const onProfile = material !== undefined && judged.shortfall.lessThan(material);
  return {
    value: formatDecimal(projected),
    status: onProfile ? (scale.bands[0] as Scale["bands"][number]).status : judged.status,
    meetsGoal: !judged.shortfall.greaterThan(0),
    clamped,
  };
}
