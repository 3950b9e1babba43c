import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { ExactDecimal, compareDecimals, formatDecimal, isAboveZero, toDecimal } from "../internal/decimal.js";
import { shownRatio } from "./shownQuotient.js";
import type { FrameworkIndex, Indicator, Measurement, Target } from "../model/index.js";
import { goalValue } from "../model/target.js";
import { boundsOf } from "../model/bounds.js";
import { clampDecimal, clampedGoal } from "./clamp.js";
import { type AppliedTolerance, type TargetFacts, judgeAgainstBand, judgeAgainstPoint } from "./judge.js";
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

// ---- The line in safe integers ------------------------------------------------------------------

const SAFE = 2 ** 53;

/** An exact integer product, or NaN when it may not fit a double exactly (NaN then propagates). */
function mul(a: number, b: number): number {
  const product = a * b;
  // Of two safe integers, a product under 2^53 in magnitude is exact; rounding is monotone, so one
  // at or above it rounds to at least 2^53 and is refused.
  return Math.abs(product) < SAFE ? product : Number.NaN;
}

/** An exact integer sum or difference, or NaN (as {@link mul}). */
function add(a: number, b: number): number {
  const sum = a + b;
  return Math.abs(sum) < SAFE ? sum : Number.NaN;
}

/**
 * A series' values as safe integers over a power of ten: `units[i] / 10^places[i]` is measurement
 * i's value exactly; `places[i]` is −1 for a value that does not fit (more than 15 digits, or a
 * number JavaScript writes in exponent notation). Built once per index and series.
 */
interface ScaledSeries {
  readonly units: Float64Array;
  readonly places: Int8Array;
  uses: number;
  /** Running totals at the series' widest scale, x from its first day; absent until a second forecast, or when they would not fit. */
  prefix?: IntegerPrefix | null;
}

interface IntegerPrefix {
  readonly places: number;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  readonly sxx: Float64Array;
  readonly sxy: Float64Array;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A value's place not yet read (values are read as a forecast's window first needs them). */
const UNREAD = -2;

/**
 * Measurement `i`'s value read into `scaled` (its units and places, places −1 when it does not
 * fit): the digits of a plain decimal (`-?\d+(\.\d+)?`, as {@link DECIMAL}) accumulated into a safe
 * integer without building strings, refused beyond 15 significant digits or 20 places.
 */
function readScaled(scaled: ScaledSeries, series: IndicatorSeries, i: number): number {
  const value = (series.measurements[i] as Measurement).value;
  const text = typeof value === "number" ? (Object.is(value, -0) ? "0" : String(value)) : value;
  const length = text.length;
  let at = 0;
  const negative = length > 0 && text.charCodeAt(0) === 45;
  if (negative) at = 1;
  let units = 0;
  let significant = 0;
  let integerDigits = 0;
  let places = -1;
  for (; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 46) {
      // One point, after at least one digit and before at least one.
      if (places >= 0 || integerDigits === 0 || at === length - 1) return (scaled.places[i] = -1);
      places = 0;
      continue;
    }
    if (code < 48 || code > 57) return (scaled.places[i] = -1);
    if (places >= 0) places += 1;
    else integerDigits += 1;
    if (significant > 0 || code !== 48) {
      significant += 1;
      if (significant > 15) return (scaled.places[i] = -1);
    }
    units = units * 10 + (code - 48);
  }
  if (integerDigits === 0) return (scaled.places[i] = -1);
  if (places < 0) places = 0;
  if (places > 20) return (scaled.places[i] = -1);
  scaled.units[i] = negative ? -units : units;
  return (scaled.places[i] = places);
}

const SCALED = Symbol("performance-management/trajectory forecast integers");

function scaledSeriesOf(index: FrameworkIndex, series: IndicatorSeries): ScaledSeries {
  const cache = index.derive(SCALED, () => new Map<IndicatorSeries, ScaledSeries>());
  let scaled = cache.get(series);
  if (scaled === undefined) {
    const count = series.measurements.length;
    scaled = { units: new Float64Array(count), places: new Int8Array(count).fill(UNREAD), uses: 0 };
    cache.set(series, scaled);
  }
  return scaled;
}

/**
 * The widest scale of `[start, end)`, or −1 when a value there does not fit; reads the values not
 * yet read, stopping at the first that does not fit.
 */
function widestPlaces(scaled: ScaledSeries, series: IndicatorSeries, start: number, end: number): number {
  let widest = 0;
  for (let i = start; i < end; i += 1) {
    let places = scaled.places[i] as number;
    if (places === UNREAD) places = readScaled(scaled, series, i);
    if (places < 0) return -1;
    if (places > widest) widest = places;
  }
  return widest;
}

/** `units[i]` at `places` decimal places (NaN when it does not fit). */
function unitsAt(scaled: ScaledSeries, i: number, places: number): number {
  return mul(scaled.units[i] as number, 10 ** (places - (scaled.places[i] as number)));
}

/** The running totals of a whole series in integers, or null when they would not fit. */
function integerPrefixOf(series: IndicatorSeries, scaled: ScaledSeries): IntegerPrefix | null {
  const count = series.measurements.length;
  const places = widestPlaces(scaled, series, 0, count);
  if (places < 0) return null;
  const first = series.days[0] ?? 0;
  const sx = new Float64Array(count + 1);
  const sy = new Float64Array(count + 1);
  const sxx = new Float64Array(count + 1);
  const sxy = new Float64Array(count + 1);
  for (let i = 0; i < count; i += 1) {
    const x = (series.days[i] as number) - first;
    const y = unitsAt(scaled, i, places);
    sx[i + 1] = add(sx[i] as number, x);
    sy[i + 1] = add(sy[i] as number, y);
    sxx[i + 1] = add(sxx[i] as number, mul(x, x));
    sxy[i + 1] = add(sxy[i] as number, mul(x, y));
  }
  // NaN propagates through every later total, so a last total that fits means every earlier one did.
  if (Number.isNaN(sx[count]) || Number.isNaN(sy[count]) || Number.isNaN(sxx[count]) || Number.isNaN(sxy[count]))
    return null;
  return { places, sx, sy, sxx, sxy };
}

/** What {@link integerLine} says when the window's measurements are all on one date. */
const SPREAD_ZERO = Symbol("spread zero");

/**
 * The least-squares line of `[start, end)` projected to `goalDay`, x from `origin`, computed in
 * safe integers (values scaled by a power of ten) and divided once in decimals: the same quotient,
 * rounded once to 60 digits, as the decimal computation gives, since every sum and product in both
 * is exact. `undefined` when a value or a total does not fit (the caller computes in decimals).
 * Like {@link windowSums}, the first forecast on a series adds its window up; later ones read
 * running totals, so many targets on one long series cost n + t.
 */
function integerLine(
  index: FrameworkIndex,
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): IntegerLine | typeof SPREAD_ZERO | undefined {
  const scaled = scaledSeriesOf(index, series);
  scaled.uses += 1;
  if (scaled.prefix === undefined && scaled.uses >= 2) scaled.prefix = integerPrefixOf(series, scaled);
  const n = end - start;
  let places: number;
  let sx: number;
  let sy: number;
  let sxx: number;
  let sxy: number;
  const prefix = scaled.prefix;
  if (prefix === null) return undefined;
  if (prefix !== undefined) {
    places = prefix.places;
    const d = origin - (series.days[0] ?? 0);
    const spanX = add(prefix.sx[end] as number, -(prefix.sx[start] as number));
    sy = add(prefix.sy[end] as number, -(prefix.sy[start] as number));
    // Σ(x − d) = Σx − nd, Σ(x − d)² = Σx² − 2dΣx + nd², Σ(x − d)y = Σxy − dΣy.
    sx = add(spanX, -mul(n, d));
    sxx = add(
      add(add(prefix.sxx[end] as number, -(prefix.sxx[start] as number)), -mul(mul(2, d), spanX)),
      mul(mul(n, d), d),
    );
    sxy = add(add(prefix.sxy[end] as number, -(prefix.sxy[start] as number)), -mul(d, sy));
  } else {
    places = widestPlaces(scaled, series, start, end);
    if (places < 0) return undefined;
    sx = 0;
    sy = 0;
    sxx = 0;
    sxy = 0;
    for (let i = start; i < end; i += 1) {
      const x = (series.days[i] as number) - origin;
      const y = unitsAt(scaled, i, places);
      sx = add(sx, x);
      sy = add(sy, y);
      sxx = add(sxx, mul(x, x));
      sxy = add(sxy, mul(x, y));
    }
  }
  const spread = add(mul(n, sxx), -mul(sx, sx));
  if (spread === 0) return SPREAD_ZERO;
  const at = goalDay - origin;
  const numerator = add(mul(sy, spread), mul(add(mul(n, sxy), -mul(sx, sy)), add(mul(n, at), -sx)));
  const denominator = mul(n, spread);
  if (Number.isNaN(numerator) || Number.isNaN(denominator)) return undefined;
  // `+ 0` makes a −0 numerator 0, as the decimal sum of zero terms is.
  return {
    line: new ExactDecimal(numerator + 0).div(new ExactDecimal(`${String(denominator)}e${String(places)}`)),
    numerator: numerator + 0,
    denominator,
    places,
  };
}

/**
 * A line from {@link integerLine}: the 60-digit decimal, and the quotient it rounds as whole
 * numbers, `numerator / (denominator·10^places)`, so the forecast's value can be shown from them
 * ({@link shownRatio}) instead of rounding the decimal: the same digits.
 */
interface IntegerLine {
  readonly line: Decimal;
  readonly numerator: number;
  readonly denominator: number;
  readonly places: number;
}

// ---- The line in big integers -------------------------------------------------------------------

/**
 * A series' values as big integers over a power of ten, for the series whose values do not all fit
 * a double (17 significant digits, as `String(0.47 * 100)` writes them): `units[i] / 10^places[i]`,
 * `places[i]` −1 for a value that is not a plain decimal. Built once per index and series.
 */
interface BigSeries {
  readonly units: bigint[];
  readonly places: Int8Array;
  uses: number;
  prefix?: BigPrefix | null;
}

interface BigPrefix {
  readonly places: number;
  readonly sx: readonly bigint[];
  readonly sy: readonly bigint[];
  readonly sxx: readonly bigint[];
  readonly sxy: readonly bigint[];
}

const BIG = Symbol("performance-management/trajectory forecast big integers");

/** 10^60: a decimal of fewer digits is exact at the library's precision. */
const DIGITS_60 = 10n ** 60n;

function bigSeriesOf(index: FrameworkIndex, series: IndicatorSeries): BigSeries {
  const cache = index.derive(BIG, () => new Map<IndicatorSeries, BigSeries>());
  let scaled = cache.get(series);
  if (scaled === undefined) {
    const count = series.measurements.length;
    scaled = { units: new Array<bigint>(count).fill(0n), places: new Int8Array(count).fill(UNREAD), uses: 0 };
    cache.set(series, scaled);
  }
  return scaled;
}

/** Measurement `i`'s value read into a big series: its places, −1 when it is not a plain decimal. */
function readBig(scaled: BigSeries, series: IndicatorSeries, i: number): number {
  const value = (series.measurements[i] as Measurement).value;
  const match = DECIMAL.exec(typeof value === "number" ? (Object.is(value, -0) ? "0" : String(value)) : value);
  const fraction = match?.[3] ?? "";
  if (match === null || fraction.length > 100) return (scaled.places[i] = -1);
  const magnitude = BigInt(`${match[2] as string}${fraction}`);
  scaled.units[i] = match[1] === "-" ? -magnitude : magnitude;
  return (scaled.places[i] = fraction.length);
}

/**
 * The widest scale of `[start, end)` of a big series, or −1 when a value there is not a plain
 * decimal; reads the values not yet read.
 */
function widestBigPlaces(scaled: BigSeries, series: IndicatorSeries, start: number, end: number): number {
  let widest = 0;
  for (let i = start; i < end; i += 1) {
    let places = scaled.places[i] as number;
    if (places === UNREAD) places = readBig(scaled, series, i);
    if (places < 0) return -1;
    if (places > widest) widest = places;
  }
  return widest;
}

/** Whether a big integer has at most 60 digits. */
function within60(term: bigint): boolean {
  return term < DIGITS_60 && term > -DIGITS_60;
}

/** 10^k as a big integer, for k up to 100 (a big series' widest places), made once. */
const BIG_POWERS: readonly bigint[] = Array.from({ length: 101 }, (_, k) => 10n ** BigInt(k));

function bigUnitsAt(scaled: BigSeries, i: number, places: number): bigint {
  return (scaled.units[i] as bigint) * (BIG_POWERS[places - (scaled.places[i] as number)] as bigint);
}

function bigPrefixOf(series: IndicatorSeries, scaled: BigSeries): BigPrefix | null {
  const count = series.measurements.length;
  const places = widestBigPlaces(scaled, series, 0, count);
  if (places < 0) return null;
  const first = series.days[0] ?? 0;
  const sx = [0n];
  const sy = [0n];
  const sxx = [0n];
  const sxy = [0n];
  for (let i = 0; i < count; i += 1) {
    const x = BigInt((series.days[i] as number) - first);
    const y = bigUnitsAt(scaled, i, places);
    sx.push((sx[i] as bigint) + x);
    sy.push((sy[i] as bigint) + y);
    sxx.push((sxx[i] as bigint) + x * x);
    sxy.push((sxy[i] as bigint) + x * y);
  }
  return { places, sx, sy, sxx, sxy };
}

/** {@link integerLine} in big integers: for any window of plain decimals; `undefined` for another value. */
function bigLine(
  index: FrameworkIndex,
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): Decimal | typeof SPREAD_ZERO | undefined {
  const scaled = bigSeriesOf(index, series);
  scaled.uses += 1;
  if (scaled.prefix === undefined && scaled.uses >= 2) scaled.prefix = bigPrefixOf(series, scaled);
  const n = BigInt(end - start);
  let places: number;
  let sx: bigint;
  let sy: bigint;
  let sxx: bigint;
  let sxy: bigint;
  const prefix = scaled.prefix;
  if (prefix === null) return undefined;
  if (prefix !== undefined) {
    places = prefix.places;
    const d = BigInt(origin - (series.days[0] ?? 0));
    const spanX = (prefix.sx[end] as bigint) - (prefix.sx[start] as bigint);
    sy = (prefix.sy[end] as bigint) - (prefix.sy[start] as bigint);
    sx = spanX - n * d;
    sxx = (prefix.sxx[end] as bigint) - (prefix.sxx[start] as bigint) - 2n * d * spanX + n * d * d;
    sxy = (prefix.sxy[end] as bigint) - (prefix.sxy[start] as bigint) - d * sy;
  } else {
    places = widestBigPlaces(scaled, series, start, end);
    if (places < 0) return undefined;
    sx = 0n;
    sy = 0n;
    sxx = 0n;
    sxy = 0n;
    for (let i = start; i < end; i += 1) {
      const x = BigInt((series.days[i] as number) - origin);
      const y = bigUnitsAt(scaled, i, places);
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
  }
  const nSxx = n * sxx;
  const sxSx = sx * sx;
  const spread = nSxx - sxSx;
  const at = BigInt(goalDay - origin);
  const nSxy = n * sxy;
  const sxSy = sx * sy;
  const slope = nSxy - sxSy;
  const reach = n * at - sx;
  const level = sy * spread;
  const rise = slope * reach;
  const numerator = level + rise;
  const denominator = n * spread;
  // The decimal computation is exact only while every term has at most 60 digits (its precision);
  // beyond, it rounds, and the caller repeats it so that the result is the same. (Each product
  // made once, checked in the order the decimal computation makes them.)
  if (
    !within60(sx) ||
    !within60(sy) ||
    !within60(sxx) ||
    !within60(sxy) ||
    !within60(nSxx) ||
    !within60(sxSx) ||
    !within60(spread) ||
    !within60(nSxy) ||
    !within60(sxSy) ||
    !within60(slope) ||
    !within60(reach) ||
    !within60(level) ||
    !within60(rise) ||
    !within60(numerator) ||
    !within60(denominator)
  )
    return undefined;
  if (spread === 0n) return SPREAD_ZERO;
  return new ExactDecimal(numerator.toString()).div(new ExactDecimal(`${denominator.toString()}e${String(places)}`));
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
  facts?: TargetFacts,
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
  const goalDay = toDayNumber(target.goal.date);
  // The same line in safe integers where every sum and product fits (almost always), else in decimals.
  // (Dates that are not calendar dates, in a framework that was never parsed, take the decimal route as before.)
  const datesSafe = Number.isSafeInteger(origin) && Number.isSafeInteger(goalDay);
  const integer = datesSafe ? integerLine(index, window.series, window.start, window.end, origin, goalDay) : undefined;
  const fast =
    integer !== undefined
      ? integer === SPREAD_ZERO
        ? SPREAD_ZERO
        : integer.line
      : datesSafe
        ? bigLine(index, window.series, window.start, window.end, origin, goalDay)
        : undefined;
  if (fast === SPREAD_ZERO) return { value: null, reason: "the measurements since the baseline are all on one date" };
  let line: Decimal;
  if (fast !== undefined) line = fast;
  else {
    const { n, sx, sy, sxx, sxy } = windowSums(index, window.series, window.start, window.end, origin);
    const spread = n.times(sxx).minus(sx.times(sx));
    if (spread.isZero()) return { value: null, reason: "the measurements since the baseline are all on one date" };
    const at = new ExactDecimal(goalDay - origin);
    // Least squares, exactly: (Σy·spread + (nΣxy − ΣxΣy)(n·X − Σx)) / (n·spread).
    line = sy
      .times(spread)
      .plus(n.times(sxy).minus(sx.times(sy)).times(n.times(at).minus(sx)))
      .div(n.times(spread));
  }
  const bounds = facts?.bounds ?? boundsOf(indicator);
  const { value: projected, clamped } = clampDecimal(line, bounds);
  const goal = target.goal;
  const judged =
    "low" in goal
      ? judgeAgainstBand(
          projected,
          facts?.low ?? toDecimal(goal.low),
          facts?.high ?? toDecimal(goal.high),
          tolerance,
          scale,
        )
      : judgeAgainstPoint(
          projected,
          {
            num: (facts === undefined ? clampedGoal(goalValue(target), indicator) : facts.clampedGoal) as Decimal,
            den: ONE,
          },
          indicator.polarity,
          tolerance,
          scale,
        );
  // A projected shortfall under the material shortfall is on profile, as a measured one is.
  const material = facts === undefined ? materialShortfallFor(indicator, index.framework) : facts.material;
  const onProfile = material !== undefined && compareDecimals(judged.shortfall, material) < 0;
  const shown =
    integer !== undefined && integer !== SPREAD_ZERO && !clamped
      ? shownRatio({ units: integer.numerator, places: integer.places }, { units: integer.denominator, places: 0 })
      : undefined;
  return {
    value: shown ?? formatDecimal(projected),
    status: onProfile ? (scale.bands[0] as Scale["bands"][number]).status : judged.status,
    meetsGoal: !isAboveZero(judged.shortfall),
    clamped,
  };
}
