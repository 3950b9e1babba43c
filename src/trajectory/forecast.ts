import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { ExactDecimal, compareDecimals, formatDecimal, isAboveZero, toDecimal } from "../internal/decimal.js";
import { scaledOf, shownRatio } from "./shownQuotient.js";
import type { FrameworkIndex, Indicator, Measurement, Polarity, Target } from "../model/index.js";
import { goalValue } from "../model/goal.js";
import { type Bounds, boundsOf } from "../model/bounds.js";
import { clampDecimal, clampedGoal } from "./clamp.js";
import { type AppliedTolerance, type TargetFacts, judgeAgainstBand, judgeAgainstPoint, polaritySign } from "./judge.js";
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
 * A series' values as the forecasts read them, once per index and series, each value when a window
 * first needs it. For the safe integers: `units[i] / 10^places[i]` is measurement i's value exactly,
 * `places[i]` −1 for a value that does not fit (more than 15 digits, or a number JavaScript writes
 * in exponent notation). For the big integers and their float twin (windows of values of more
 * digits, as the float artefact `String(0.47 * 100)`): `places[count + i]` is the value's decimal
 * places, −1 for a value that is not a plain decimal (`-?\d+(\.\d+)?`, at most 100 places), and
 * `bigUnits[i]`, made only where a line needs big integers, its digits as a big integer. These
 * arrays ({@link SeriesReads}) are made only when a series serves a second forecast or a first
 * one {@link firstLine} leaves to the general routes; the use counts always.
 */
interface ScaledSeries {
  /** How many forecasts asked the safe integers for a line. */
  uses: number;
  /** Running totals at the series' widest scale, x from its first day; absent until a second forecast, or when they would not fit. */
  prefix: IntegerPrefix | null | undefined;
  /** How many forecasts asked the big-integer route (or its float twin) for a line. */
  bigUses: number;
  /** Whether every value of the series is a plain decimal: −1 until a second such forecast asks. */
  allPlain: number;
  /** The widest places of the whole series, once read (every value a plain decimal). */
  seriesPlaces: number | undefined;
  bigPrefix: BigPrefix | undefined;
  /** The values read so far: absent while the series has served only a first forecast, which reads its window directly ({@link firstLine}). */
  reads: SeriesReads | undefined;
  /** The last line the big integers' running totals gave, and for which window, goal day and origin ({@link bigRoute}). */
  lastBig: LastBigLine | undefined;
}

/** A line {@link bigLineOf} made from a series' running totals, kept by {@link bigRoute} for the next forecast of the same window. */
interface LastBigLine {
  readonly start: number;
  readonly end: number;
  readonly origin: number;
  readonly goalDay: number;
  readonly line: BigLine | typeof SPREAD_ZERO | undefined;
}

/** A series' values as read, each when a window or a running total first needs it (see {@link ScaledSeries}). */
interface SeriesReads {
  readonly units: number[] | Float64Array;
  readonly places: number[] | Int8Array;
  bigUnits: (bigint | undefined)[] | undefined;
}

interface IntegerPrefix {
  readonly places: number;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  readonly sxx: Float64Array;
  readonly sxy: Float64Array;
}

/** A value's place not yet read (values are read as a forecast's window first needs them). */
const UNREAD = -2;

/** Measurement `i`'s value as the forecasts read it: the text a decimal is made from. */
function valueText(series: IndicatorSeries, i: number): string {
  const value: unknown = (series.measurements[i] as Measurement).value;
  return typeof value === "string" ? value : Object.is(value, -0) ? "0" : String(value);
}

/**
 * A value's text classified in one scan without building strings: −1 unless it is a plain decimal
 * (`-?\d+(\.\d+)?`), else `2·places + 1` where it fits the safe integers (at most 15 significant
 * digits and 20 places) and `2·places` where it does not. @internal
 */
export function scanOf(text: string): number {
  const length = text.length;
  const first = length > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
  let at = first;
  // The whole part's digits, then a point and the fraction's (at least one), then the end.
  while (at < length && (text.charCodeAt(at) - 48) >>> 0 <= 9) at += 1;
  if (at === first) return -1;
  let places = 0;
  if (at < length) {
    if (text.charCodeAt(at) !== 46 || at === length - 1) return -1;
    const point = at;
    for (at += 1; at < length; at += 1) if ((text.charCodeAt(at) - 48) >>> 0 > 9) return -1;
    places = length - point - 1;
  }
  // Significant digits: every digit from the first that is not 0.
  let leading = 0;
  for (at = first; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 48) leading += 1;
    else if (code !== 46) break;
  }
  const significant = length - first - (places > 0 ? 1 : 0) - leading;
  return 2 * places + (significant > 15 || places > 20 ? 0 : 1);
}

/**
 * A value that fits the safe integers (at most 15 significant digits, `places` ≤ 20) as whole
 * units at `scale` ≥ `places` decimal places (scale ≤ 20), from its float `y` (the series'
 * `Number` of it, correctly rounded): `Math.round(y·10^scale)`, or NaN when that product exceeds
 * 2^50. Exact: the units `Y = v·10^scale` are a whole number and `y·10^scale` is rounded twice
 * (the conversion and the product, 10^scale itself exact), so it lies within
 * `|Y|·(2u + u²)` of Y; below 2^50 (so |Y| at most a few u above it) that is under 0.26, and the
 * nearest whole number is Y. (A −0 becomes 0, as every sum starting at 0 makes it.) @internal
 */
export function unitsOfFloat(y: number, scale: number): number {
  const product = y * (POW10[scale] as number);
  return Math.abs(product) <= UNITS_FROM_FLOAT ? Math.round(product) + 0 : Number.NaN;
}

/** The largest units {@link unitsOfFloat} reads from a float, 2^50. */
const UNITS_FROM_FLOAT = 2 ** 50;

/**
 * Measurement `i`'s value read into `reads` ({@link scanOf}): for the safe integers, its units
 * (from its float, {@link unitsOfFloat}: under 10^15, so always within reach) and places, places
 * −1 beyond 15 significant digits or 20 places, or for another text; for the big integers, its
 * places (−1 for another text or more than 100). Returns the former.
 */
function readScaled(reads: SeriesReads, series: IndicatorSeries, i: number): number {
  const plainAt = series.measurements.length + i;
  const scan = scanOf(valueText(series, i));
  if (scan < 0) return (reads.places[i] = reads.places[plainAt] = -1);
  const fits = scan % 2;
  const places = (scan - fits) / 2;
  reads.places[plainAt] = places > 100 ? -1 : places;
  if (fits === 0) return (reads.places[i] = -1);
  reads.units[i] = unitsOfFloat(series.values[i] as number, places);
  return (reads.places[i] = places);
}

/** The longest series whose values are read into plain arrays rather than typed ones. */
const SHORT_SERIES = 256;

const SCALED = Symbol("performance-management/trajectory forecast integers");

/** The values of a series as read so far, the arrays made on first use. */
function readsOf(scaled: ScaledSeries, series: IndicatorSeries): SeriesReads {
  let reads = scaled.reads;
  if (reads === undefined) {
    const count = series.measurements.length;
    // Plain arrays for a short series: a typed array costs a microsecond or more to make, several
    // times a forecast's own work on a fresh index; typed arrays (a byte a place) for a long one.
    const short = count <= SHORT_SERIES;
    reads = {
      units: short ? new Array<number>(count).fill(0) : new Float64Array(count),
      places: short ? new Array<number>(2 * count).fill(UNREAD) : new Int8Array(2 * count).fill(UNREAD),
      bigUnits: undefined,
    };
    scaled.reads = reads;
  }
  return reads;
}

/**
 * The widest scale of `[start, end)`, or −1 when a value there does not fit; reads the values not
 * yet read, stopping at the first that does not fit.
 */
function widestPlaces(scaled: SeriesReads, series: IndicatorSeries, start: number, end: number): number {
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
function unitsAt(scaled: SeriesReads, i: number, places: number): number {
  return mul(scaled.units[i] as number, 10 ** (places - (scaled.places[i] as number)));
}

/** The running totals of a whole series in integers, or null when they would not fit. */
function integerPrefixOf(series: IndicatorSeries, scaled: SeriesReads): IntegerPrefix | null {
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
  scaled: ScaledSeries,
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): IntegerLine | typeof SPREAD_ZERO | undefined {
  scaled.uses += 1;
  const reads = readsOf(scaled, series);
  if (scaled.prefix === undefined && scaled.uses >= 2) scaled.prefix = integerPrefixOf(series, reads);
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
    places = widestPlaces(reads, series, start, end);
    if (places < 0) return undefined;
    const line = directIntegerLine(series, start, end, origin, goalDay, places, reads);
    // Read units are never refused for a general route (a unit past 2^53 is NaN, and refuses below).
    return line === GENERAL ? undefined : line;
  }
  return integerLineOf(n, sx, sy, sxx, sxy, goalDay - origin, places);
}

/**
 * {@link integerLine} of `[start, end)` summed directly at `places`, the units read (`reads`,
 * NaN past 2^53) or, for a series' first forecast, taken from the series' floats
 * ({@link unitsOfFloat}; {@link GENERAL} where one is past 2^50).
 */
function directIntegerLine(
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
  places: number,
  reads: SeriesReads | undefined,
): IntegerLine | typeof SPREAD_ZERO | typeof GENERAL | undefined {
  const days = series.days;
  const values = series.values;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (let i = start; i < end; i += 1) {
    const x = (days[i] as number) - origin;
    let y: number;
    if (reads !== undefined) y = unitsAt(reads, i, places);
    else {
      y = unitsOfFloat(values[i] as number, places);
      if (Number.isNaN(y)) return GENERAL;
    }
    sx = add(sx, x);
    sy = add(sy, y);
    sxx = add(sxx, mul(x, x));
    sxy = add(sxy, mul(x, y));
  }
  return integerLineOf(end - start, sx, sy, sxx, sxy, goalDay - origin, places);
}

/** {@link integerLine} from the window's sums (NaN where one did not fit), `at` the goal's x, the values at `places`. */
function integerLineOf(
  n: number,
  sx: number,
  sy: number,
  sxx: number,
  sxy: number,
  at: number,
  places: number,
): IntegerLine | typeof SPREAD_ZERO | undefined {
  const spread = add(mul(n, sxx), -mul(sx, sx));
  if (spread === 0) return SPREAD_ZERO;
  const numerator = add(mul(sy, spread), mul(add(mul(n, sxy), -mul(sx, sy)), add(mul(n, at), -sx)));
  const denominator = mul(n, spread);
  if (Number.isNaN(numerator) || Number.isNaN(denominator)) return undefined;
  // `+ 0` makes a −0 numerator 0, as the decimal sum of zero terms is.
  return { numerator: numerator + 0, denominator, places };
}

/**
 * A line from {@link integerLine}: the exact quotient as whole numbers,
 * `numerator / (denominator·10^places)`, `denominator` positive. The forecast is judged from it in
 * floats where that is decided ({@link judgedInFloats}), its value shown from it ({@link shownRatio})
 * instead of rounding the decimal (the same digits), and the 60-digit decimal made from it
 * ({@link integerLineDecimal}) only where the floats cannot decide.
 */
interface IntegerLine {
  readonly numerator: number;
  readonly denominator: number;
  readonly places: number;
}

/** The decimal route's line from an {@link IntegerLine}: its quotient rounded once to 60 digits. */
function integerLineDecimal(integer: IntegerLine): Decimal {
  return new ExactDecimal(integer.numerator).div(
    new ExactDecimal(`${String(integer.denominator)}e${String(integer.places)}`),
  );
}

// ---- The line in big integers -------------------------------------------------------------------

interface BigPrefix {
  readonly places: number;
  readonly sx: readonly bigint[];
  readonly sy: readonly bigint[];
  readonly sxx: readonly bigint[];
  readonly sxy: readonly bigint[];
}

/** 10^60: a decimal of fewer digits is exact at the library's precision. */
const DIGITS_60 = 10n ** 60n;

/**
 * The widest scale of `[start, end)` of a big series, or −1 when a value there is not a plain
 * decimal; reads the values not yet read.
 */
function widestBigPlaces(scaled: SeriesReads, series: IndicatorSeries, start: number, end: number): number {
  const count = series.measurements.length;
  let widest = 0;
  for (let i = start; i < end; i += 1) {
    let places = scaled.places[count + i] as number;
    if (places === UNREAD) {
      readScaled(scaled, series, i);
      places = scaled.places[count + i] as number;
    }
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

/** Measurement `i`'s value (a plain decimal, its places read) as a big integer at `places` places. */
function bigUnitsAt(scaled: SeriesReads, series: IndicatorSeries, i: number, places: number): bigint {
  const count = series.measurements.length;
  const units = (scaled.bigUnits ??= new Array<bigint | undefined>(count));
  let value = units[i];
  if (value === undefined) {
    // A plain decimal without its point is its digits: "-72.5" is −725 tenths.
    const text = valueText(series, i);
    value = BigInt(text.includes(".") ? text.replace(".", "") : text);
    units[i] = value;
  }
  return value * (BIG_POWERS[places - (scaled.places[count + i] as number)] as bigint);
}

function bigPrefixOf(series: IndicatorSeries, scaled: SeriesReads): BigPrefix {
  const count = series.measurements.length;
  // Every value is a plain decimal (the caller has checked), so the places are all read.
  const places = widestBigPlaces(scaled, series, 0, count);
  const first = series.days[0] ?? 0;
  const sx = [0n];
  const sy = [0n];
  const sxx = [0n];
  const sxy = [0n];
  for (let i = 0; i < count; i += 1) {
    const x = BigInt((series.days[i] as number) - first);
    const y = bigUnitsAt(scaled, series, i, places);
    sx.push((sx[i] as bigint) + x);
    sy.push((sy[i] as bigint) + y);
    sxx.push((sxx[i] as bigint) + x * x);
    sxy.push((sxy[i] as bigint) + x * y);
  }
  return { places, sx, sy, sxx, sxy };
}

/**
 * A line from {@link bigLineOf}: the exact quotient `bigNumerator / (bigDenominator·10^places)`,
 * `bigDenominator` positive, every term of it under 60 digits, so the decimal route's line is this
 * quotient rounded once to 60 digits ({@link bigLineDecimal}). Judged in floats where they decide
 * ({@link floatOfBig}), as an {@link IntegerLine} is.
 */
interface BigLine {
  readonly bigNumerator: bigint;
  readonly bigDenominator: bigint;
  readonly places: number;
  /** Its float, made on first use and kept with the line. */
  float: FloatLine | null | undefined;
}

/** The decimal route's line from a {@link BigLine}: its quotient rounded once to 60 digits. */
function bigLineDecimal(line: BigLine): Decimal {
  return new ExactDecimal(line.bigNumerator.toString()).div(
    new ExactDecimal(`${line.bigDenominator.toString()}e${String(line.places)}`),
  );
}

/**
 * A {@link BigLine} in floats, or null past 22 places (10^places not exact). `Number` of a big
 * integer is correctly rounded, so the numerator and the denominator each err by at most u of
 * themselves, the product by the exact power of ten and the quotient by u more: four roundings,
 * `(1 + u)² / (1 − u)² − 1` < 4.01u of the exact quotient q, and |q| < |value|·(1 + 5u), so
 * `5u·|value|` bounds the distance. No overflow (every term is under 10^60, so the denominator
 * times 10^22 under 10^82) and no underflow (a quotient not 0 is at least 10^-82).
 */
function floatOfBig(line: BigLine): FloatLine | null {
  if (line.float !== undefined) return line.float;
  if (line.places > 22) return (line.float = null);
  const value = Number(line.bigNumerator) / (Number(line.bigDenominator) * (POW10[line.places] as number));
  return (line.float = { value, error: 5 * U * Math.abs(value) + FLOOR });
}

/**
 * The line of a window of plain decimals in big integers, as {@link integerLine} in safe integers:
 * the exact quotient, whose 60-digit decimal is the decimal route's ({@link BigLine});
 * `undefined` when a term reaches 60 digits (the decimal route then rounds, and the caller repeats
 * it so that the result is the same). Running totals once the series has served a second forecast
 * (`uses`), so many targets on one long series cost n + t ({@link bigRoute} keeps the last line
 * made from them).
 */
function bigLineOf(
  scaled: ScaledSeries,
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): BigLine | typeof SPREAD_ZERO | undefined {
  const reads = readsOf(scaled, series);
  if (scaled.bigPrefix === undefined && scaled.bigUses >= 2) scaled.bigPrefix = bigPrefixOf(series, reads);
  const n = BigInt(end - start);
  let places: number;
  let sx: bigint;
  let sy: bigint;
  let sxx: bigint;
  let sxy: bigint;
  const prefix = scaled.bigPrefix;
  if (prefix !== undefined) {
    places = prefix.places;
    const d = BigInt(origin - (series.days[0] ?? 0));
    const spanX = (prefix.sx[end] as bigint) - (prefix.sx[start] as bigint);
    sy = (prefix.sy[end] as bigint) - (prefix.sy[start] as bigint);
    sx = spanX - n * d;
    sxx = (prefix.sxx[end] as bigint) - (prefix.sxx[start] as bigint) - 2n * d * spanX + n * d * d;
    sxy = (prefix.sxy[end] as bigint) - (prefix.sxy[start] as bigint) - d * sy;
  } else {
    places = widestBigPlaces(reads, series, start, end);
    sx = 0n;
    sy = 0n;
    sxx = 0n;
    sxy = 0n;
    for (let i = start; i < end; i += 1) {
      const x = BigInt((series.days[i] as number) - origin);
      const y = bigUnitsAt(reads, series, i, places);
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
  return { bigNumerator: numerator, bigDenominator: denominator, places, float: undefined };
}

// ---- The line in floats -------------------------------------------------------------------------

/** The unit roundoff of a double, 2^-53: one correctly rounded operation errs by at most this much of its result. */
const U = 2 ** -53;
/** An absolute floor under an error bound, for results that underflow (as judge.ts's `FLOAT_ERROR_FLOOR`). */
const FLOOR = 2 ** -1060;
/** Veltkamp's splitter for doubles, 2^27 + 1: splits a double into two halves of 26 bits. */
const SPLITTER = 134_217_729;
/** The longest window the float route sums directly; longer ones take the big integers' running totals. */
const FLOAT_WINDOW = 64;
/** Terms below this bound have fewer than 60 digits with room for the float bound's own rounding. */
const BELOW_60_DIGITS = 1e59;

/**
 * A line in floats: the exact quotient `q` lies within `error` of `value`. Made by the big-integer
 * route's float twin ({@link floatLineOf}) and from an {@link IntegerLine}.
 */
interface FloatLine {
  readonly value: number;
  readonly error: number;
}

/**
 * The line of a window of plain decimals in floats, when the big-integer route would give it
 * exactly ({@link bigLineOf} finds every term under 60 digits) and the window is short; `undefined`
 * otherwise (the caller asks the big integers).
 *
 * The line is `q = N / D` with `D = n·spread` and `N = Σy·spread + (nΣxy − ΣxΣy)(n·X − Σx)`, which
 * is `N = Σ w_i·y_i` with whole weights `w_i = A + B·x_i`, `A = spread − Σx·(n·X − Σx)` and
 * `B = n·(n·X − Σx)`: every x-only quantity is a safe integer, computed exactly (refused when one
 * is not). The values are the series' floats (`series.values`, each `Number` of its decimal,
 * correctly rounded: within u = 2^-53 of it, relatively), so `Σ w_i·y_f_i` is within
 * u·Σ|w_i·y_i| of N; with M = Σ|fl(w_i·y_f_i)| as summed (within γ_n of Σ|w_i·y_i|), at most
 * u·M·(1 + 2^-40). That float dot product is summed by Dot2, which errs by at most
 * u·|result| + γ_n²·M (Ogita, Rump and Oishi, Proposition 5.5; its products split exactly, as no
 * value here is near overflow or underflow), and γ_n² ≤ 2n²u² for n ≤ 64; the division by D
 * (exact) adds u·|q_f|. `error` is 1.0625 × their sum (room for the bound's own roundings), plus
 * {@link FLOOR}.
 *
 * That the big integers would succeed: every term they check is bounded from the floats, with
 * `X_max` the largest |x| and `Y_max` the largest |y| times 10^places (each at most a few u above
 * its true value): |Σx| ≤ n·X_max, Σx², n·Σx², (Σx)² and |spread| ≤ n²·X_max² = S, |Σy| ≤ n·Y_max,
 * |Σxy|, n|Σxy|, |ΣxΣy| ≤ n²·X_max·Y_max, |slope| ≤ 2n²·X_max·Y_max, |reach| ≤ n(|X| + X_max) = R,
 * |level| ≤ n·Y_max·S, |rise| ≤ 2n²·X_max·Y_max·R, and the numerator and denominator under their
 * sum. Twice that sum below {@link BELOW_60_DIGITS} leaves every term under 10^60.
 */
function floatLineOf(
  series: IndicatorSeries,
  places: number,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): FloatLine | typeof SPREAD_ZERO | undefined {
  if (end - start > FLOAT_WINDOW) return undefined;
  const days = series.days;
  const values = series.values;
  let sx = 0;
  let sxx = 0;
  let xMax = 0;
  let yMax = 0;
  for (let i = start; i < end; i += 1) {
    const x = (days[i] as number) - origin;
    sx = add(sx, x);
    sxx = add(sxx, mul(x, x));
    const ax = x < 0 ? -x : x;
    if (ax > xMax) xMax = ax;
    const y = values[i] as number;
    const ay = y < 0 ? -y : y;
    if (ay > yMax) yMax = ay;
  }
  const n = end - start;
  const at = goalDay - origin;
  const spread = add(mul(n, sxx), -mul(sx, sx));
  const reach = add(mul(n, at), -sx);
  const a = add(spread, -mul(sx, reach));
  const b = mul(n, reach);
  const denominator = mul(n, spread);
  // NaN (a quantity that is not a safe integer) fails every comparison.
  if (!(Math.abs(a) >= 0 && Math.abs(b) >= 0 && Math.abs(denominator) >= 0)) return undefined;
  const yScaled = yMax * 10 ** places;
  const spreadBound = n * n * xMax * xMax;
  const reachBound = n * (Math.abs(at) + xMax);
  const terms =
    n * yScaled * (spreadBound + 1) +
    2 * n * n * (xMax + 1) * yScaled * (reachBound + 1) +
    n * spreadBound +
    reachBound;
  if (!(2 * terms < BELOW_60_DIGITS)) return undefined;
  if (spread === 0) return SPREAD_ZERO;
  // Dot2 (Ogita, Rump and Oishi, "Accurate sum and dot product", 2005): each product split exactly
  // into its float and its rounding error (Dekker's product, Veltkamp's split), the floats summed
  // with their rounding errors kept (Knuth's two-sum), the errors added at the end.
  let sum = 0;
  let carry = 0;
  let magnitude = 0;
  for (let i = start; i < end; i += 1) {
    const w = add(a, mul(b, (days[i] as number) - origin));
    // A weight that is not a safe integer (NaN) is not exact: let the big integers decide.
    if (Number.isNaN(w)) return undefined;
    const y = values[i] as number;
    const product = w * y;
    const splitW = SPLITTER * w;
    const wHigh = splitW - (splitW - w);
    const wLow = w - wHigh;
    const splitY = SPLITTER * y;
    const yHigh = splitY - (splitY - y);
    const yLow = y - yHigh;
    const productError = wLow * yLow - (product - wHigh * yHigh - wLow * yHigh - wHigh * yLow);
    const total = sum + product;
    const back = total - sum;
    const sumError = sum - (total - back) + (product - back);
    sum = total;
    carry += sumError + productError;
    magnitude += product < 0 ? -product : product;
  }
  const dot = sum + carry;
  const value = dot / denominator;
  const dotError = U * Math.abs(dot) + U * magnitude + 2 * n * n * U * U * magnitude;
  const error = 1.0625 * (dotError / denominator + U * Math.abs(value)) + FLOOR;
  return { value, error };
}

/**
 * The line of a window the safe integers could not take, as the big-integer route gives it: in
 * floats ({@link floatLineOf}) where that route would succeed and the window is short, else its
 * 60-digit decimal from the big integers ({@link bigLineOf}); `undefined` where the big integers
 * refuse (a value that is not a plain decimal in the window, or in the series once it has served a
 * second forecast, or a term of 60 digits: the decimal route then decides, as before).
 */
function bigRoute(
  scaled: ScaledSeries,
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): { readonly float: FloatLine; readonly scaled: ScaledSeries } | BigLine | typeof SPREAD_ZERO | undefined {
  scaled.bigUses += 1;
  const reads = readsOf(scaled, series);
  if (scaled.bigUses >= 2 && scaled.allPlain < 0)
    scaled.allPlain = widestBigPlaces(reads, series, 0, series.measurements.length) < 0 ? 0 : 1;
  // The running totals of a series with a value that is not a plain decimal are refused (as before).
  if (scaled.allPlain === 0) return undefined;
  // The terms the big integers check are at the scale they sum at: the series' widest once they keep
  // running totals (a second forecast on the series), else the window's. A series known to be all
  // plain decimals (`allPlain` 1, read once) needs no scan of the window: every value in it is one,
  // so the window's scan could not refuse, and its places are not used. So many targets on one long
  // series cost n + t here too, not n × t.
  let places: number;
  if (scaled.allPlain === 1)
    places = scaled.seriesPlaces ??= widestBigPlaces(reads, series, 0, series.measurements.length);
  else {
    // `allPlain` is read on the series' second use, so this is its first: the window's scale.
    places = widestBigPlaces(reads, series, start, end);
    if (places < 0) return undefined;
  }
  const float = floatLineOf(series, places, start, end, origin, goalDay);
  if (float === SPREAD_ZERO) return SPREAD_ZERO;
  if (float !== undefined) return { float, scaled };
  // From the running totals (which never change once made) the line depends only on the window,
  // the goal's day and the baseline's, so the last one made is kept with them and given again to
  // the next forecast that asks for the same: many targets with one baseline and goal date on one
  // long series make one line. (It is kept only once the totals exist: `lastBig` then implies them.)
  const last = scaled.lastBig;
  if (last?.start === start && last.end === end && last.origin === origin && last.goalDay === goalDay) return last.line;
  const line = bigLineOf(scaled, series, start, end, origin, goalDay);
  if (scaled.bigPrefix !== undefined) scaled.lastBig = { start, end, origin, goalDay, line };
  return line;
}

// ---- A series' first forecast ------------------------------------------------------------------

/** What the line's routes give: a safe-integer line, a float line (with its series, for the big integers), a decimal, or none. */
type RoutedLine =
  IntegerLine | { readonly float: FloatLine; readonly scaled: ScaledSeries } | BigLine | typeof SPREAD_ZERO | undefined;

/** What {@link firstLine} returns when it leaves a window to the general routes, the use counts untouched. */
const GENERAL = Symbol("general routes");

/**
 * A series' first forecast (on a fresh index, almost every forecast: each series serves one
 * target), as {@link integerLine} and then {@link bigRoute} give it, without reading the values
 * into the series' arrays: each value's text is scanned once ({@link scanOf}) for both routes;
 * then the safe integers' sums with the units taken from the series' floats
 * ({@link unitsOfFloat}, {@link directIntegerLine}) at the window's widest places, or the float
 * line ({@link floatLineOf}) at the window's widest places as plain decimals. The use counts are
 * left as the two routes leave them (`uses` 1, and `bigUses` 1 where the safe integers refuse), so
 * a second forecast on the series takes the running totals as before. {@link GENERAL} where a
 * value's units at that scale exceed 2^50 (the general routes then read the text), with the counts
 * untouched.
 *
 * The same line: the safe integers' sums are the same numbers added and multiplied in the same
 * order by {@link add} and {@link mul}, so NaN (a sum that does not fit) falls where it falls
 * there, and the window is refused exactly where {@link widestPlaces} finds a value that does not
 * fit; the float line gets the places {@link bigRoute} gives it on a first forecast, and the big
 * integers the series as {@link bigRoute} leaves it.
 */
function firstLine(
  scaled: ScaledSeries,
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): RoutedLine | typeof GENERAL {
  // The window's widest places for the safe integers and for the big integers, −1 once a value refuses.
  let safePlaces = 0;
  let bigPlaces = 0;
  for (let i = start; i < end; i += 1) {
    const scan = scanOf(valueText(series, i));
    if (scan < 0) {
      // Not a plain decimal: both integer routes refuse the window, and the decimals decide.
      scaled.uses = 1;
      scaled.bigUses = 1;
      return undefined;
    }
    const fits = scan % 2;
    const places = (scan - fits) / 2;
    if (fits === 0) safePlaces = -1;
    else if (safePlaces >= 0 && places > safePlaces) safePlaces = places;
    if (places > 100) bigPlaces = -1;
    else if (bigPlaces >= 0 && places > bigPlaces) bigPlaces = places;
  }
  if (safePlaces >= 0) {
    const integer = directIntegerLine(series, start, end, origin, goalDay, safePlaces, undefined);
    if (integer === GENERAL) return GENERAL;
    scaled.uses = 1;
    if (integer !== undefined) return integer;
  }
  scaled.uses = 1;
  scaled.bigUses = 1;
  if (bigPlaces < 0) return undefined;
  const float = floatLineOf(series, bigPlaces, start, end, origin, goalDay);
  if (float === SPREAD_ZERO) return SPREAD_ZERO;
  if (float !== undefined) return { float, scaled };
  return bigLineOf(scaled, series, start, end, origin, goalDay);
}

/**
 * The line of `[start, end)`, x from `origin`, projected to `goalDay`: {@link integerLine}, then
 * where it refuses {@link bigRoute}; a series' first forecast through {@link firstLine}.
 */
function lineRoutes(
  index: FrameworkIndex,
  series: IndicatorSeries,
  start: number,
  end: number,
  origin: number,
  goalDay: number,
): RoutedLine {
  const cache = index.derive(SCALED, () => new Map<IndicatorSeries, ScaledSeries>());
  let scaled = cache.get(series);
  if (scaled === undefined) {
    // Every field from the start, so that every entry has one shape.
    scaled = {
      uses: 0,
      prefix: undefined,
      bigUses: 0,
      allPlain: -1,
      seriesPlaces: undefined,
      bigPrefix: undefined,
      reads: undefined,
      lastBig: undefined,
    };
    cache.set(series, scaled);
    const first = firstLine(scaled, series, start, end, origin, goalDay);
    if (first !== GENERAL) return first;
  }
  return (
    integerLine(scaled, series, start, end, origin, goalDay) ?? bigRoute(scaled, series, start, end, origin, goalDay)
  );
}

// ---- Judging a line in floats -------------------------------------------------------------------

/** Exact powers of ten (a double holds 10^k exactly up to 10^22). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** A line from safe integers in floats: one rounding of `denominator·10^places` and one of the quotient. */
function floatOfInteger(integer: IntegerLine): FloatLine {
  const value = integer.numerator / (integer.denominator * (POW10[integer.places] as number));
  return { value, error: 4 * U * Math.abs(value) + FLOOR };
}

/**
 * A decimal as the nearest double (correctly rounded): its units over a power of ten where they fit
 * ({@link scaledOf}: two exact doubles, one division), else decimal.js's own conversion. Within
 * {@link conversionError} of the decimal.
 */
function floatOf(value: Decimal): number {
  const scaled = scaledOf(value);
  return scaled === undefined ? value.toNumber() : scaled.units / (POW10[scaled.places] as number);
}

/** A bound on how far a correctly rounded conversion `x` lies from its decimal (the floor covers underflow). */
function conversionError(x: number): number {
  return 2 * U * Math.abs(x) + FLOOR;
}

/**
 * The sign of an exact difference `A − B` from its float `difference` (the float subtraction of
 * floats within `error`, together, of A and B), or 0 when the floats cannot tell: the difference
 * must exceed twice the error, the subtraction's own rounding included. Then A − B is not only of
 * that sign but larger than `error`, which every caller makes at least 2^-53 of the operands'
 * magnitudes: far beyond anything the decimal route's roundings at 60 digits (10^-59 of the same
 * magnitudes) can move, so the decimal route decides the same way. NaN and infinities give 0.
 */
function decidedSign(difference: number, error: number): number {
  const margin = 2 * (error + 2 * U * Math.abs(difference));
  return difference > margin ? 1 : difference < -margin ? -1 : 0;
}

/** What {@link judgedInFloats} decided: the forecast clamped to a bound, or its status unclamped. */
type FloatJudgement =
  | { readonly clampedTo: Decimal }
  | { readonly clampedTo: undefined; readonly status: Status; readonly meetsGoal: boolean };

/**
 * The clamp, status and goal of a forecast decided from its line in floats, as the decimal route
 * decides them from the 60-digit line (`clampDecimal`, `judgeAgainstPoint` or `judgeAgainstBand`,
 * the material shortfall, `rate`); `undefined` when a comparison is too close for the floats (a
 * tie, a line on its goal, a value that does not convert), and the caller makes the decimal line.
 * Every float carries a bound on its distance from the exact value (the line's, a conversion's
 * {@link conversionError}, and each operation's rounding of u = 2^-53 of its result), and every
 * comparison goes through {@link decidedSign}. The tolerance amount is the decimal route's: a
 * percentage (`Number(percent) / 100`, two roundings) of the goal's or the edge's magnitude (or the
 * larger of it and a floor: `max` moves no error), or an absolute amount; a band's threshold is it
 * times `Number(upTo)`.
 */
function judgedInFloats(
  line: FloatLine,
  bounds: Bounds,
  goal: { readonly point: Decimal } | { readonly low: Decimal; readonly high: Decimal },
  polarity: Polarity,
  tolerance: AppliedTolerance,
  scale: Scale,
  material: Decimal | undefined,
): FloatJudgement | undefined {
  const q = line.value;
  const lineError = line.error;
  if (bounds.min !== undefined) {
    const min = floatOf(bounds.min);
    const side = decidedSign(q - min, lineError + conversionError(min));
    if (side === 0) return undefined;
    if (side < 0) return { clampedTo: bounds.min };
  }
  if (bounds.max !== undefined) {
    const max = floatOf(bounds.max);
    const side = decidedSign(q - max, lineError + conversionError(max));
    if (side === 0) return undefined;
    if (side > 0) return { clampedTo: bounds.max };
  }
  const first = (scale.bands[0] as Scale["bands"][number]).status;
  // The shortfall S (within shortfallError) and the magnitude a percentage is of (within baseError).
  let shortfall: number;
  let shortfallError: number;
  let base: number;
  let baseError: number;
  if ("point" in goal) {
    const g = floatOf(goal.point);
    const gError = conversionError(g);
    const sign = polaritySign(polarity);
    shortfall = sign > 0 ? g - q : sign < 0 ? q - g : Math.abs(q - g);
    shortfallError = lineError + gError + 2 * U * Math.abs(shortfall);
    base = Math.abs(g);
    baseError = gError;
  } else {
    // Below the band judged from its low edge, above it from its high edge (as `bandPosition`).
    let edge = floatOf(goal.low);
    let edgeError = conversionError(edge);
    const below = decidedSign(q - edge, lineError + edgeError);
    if (below === 0) return undefined;
    if (below > 0) {
      edge = floatOf(goal.high);
      edgeError = conversionError(edge);
      const above = decidedSign(q - edge, lineError + edgeError);
      if (above === 0) return undefined;
      // Inside the band: no shortfall, the scale's first status (on profile or not), the goal met.
      if (above < 0) return { clampedTo: undefined, status: first, meetsGoal: true };
    }
    shortfall = below < 0 ? edge - q : q - edge;
    shortfallError = lineError + edgeError + 2 * U * Math.abs(shortfall);
    base = Math.abs(edge);
    baseError = edgeError;
  }
  const short = decidedSign(shortfall, shortfallError);
  if (short === 0) return undefined;
  const meetsGoal = short < 0;
  if (material !== undefined) {
    const m = floatOf(material);
    const onProfile = decidedSign(shortfall - m, shortfallError + conversionError(m));
    if (onProfile === 0) return undefined;
    if (onProfile < 0) return { clampedTo: undefined, status: first, meetsGoal };
  }
  if (meetsGoal) return { clampedTo: undefined, status: first, meetsGoal };
  // The tolerance amount T within amountError.
  let amount: number;
  let amountError: number;
  if ("percent" in tolerance) {
    const fraction = Number(tolerance.percent) / 100;
    let magnitude = base;
    let magnitudeError = baseError;
    if ("floor" in tolerance) {
      const floor = floatOf(tolerance.floor);
      if (floor > magnitude) magnitude = floor;
      magnitudeError = Math.max(baseError, conversionError(floor));
    }
    amount = fraction * magnitude;
    amountError = Math.abs(fraction) * magnitudeError + 4 * U * Math.abs(amount) + FLOOR;
  } else {
    amount = Number("points" in tolerance ? tolerance.points : tolerance.absolute);
    amountError = conversionError(amount);
  }
  for (let i = 1; i < scale.bands.length; i += 1) {
    const band = scale.bands[i] as Scale["bands"][number];
    const upTo = Number(band.upTo);
    const threshold = amount * upTo;
    const thresholdError = amountError * Math.abs(upTo) + 4 * U * Math.abs(threshold) + FLOOR;
    const within = decidedSign(shortfall - threshold, shortfallError + thresholdError);
    if (within === 0) return undefined;
    if (within < 0) return { clampedTo: undefined, status: band.status, meetsGoal };
  }
  return { clampedTo: undefined, status: scale.beyond, meetsGoal };
}

/**
 * A line's value as an evaluation shows it (rounded half-even to 10 places, canonical plain
 * notation) from its floats, or `undefined` when they cannot tell: `z = q·10^10` must lie further
 * from a half-integer than twice its error (the line's times 10^10 and the product's rounding), so
 * the exact `q·10^10` and the 60-digit line's (within 10^-59 of it, relatively) round to the same
 * whole number; `|z|` below 2^52 keeps it and its remainder by 10^10 exact.
 */
function floatShown(line: FloatLine): string | undefined {
  const z = line.value * 1e10;
  if (!(Math.abs(z) < 2 ** 52)) return undefined;
  const error = line.error * 1e10 * (1 + 4 * U) + 2 * U * Math.abs(z);
  const whole = Math.floor(z);
  const tie = z - whole - 0.5;
  if (!(Math.abs(tie) > 2 * error)) return undefined;
  const units = tie < 0 ? whole : whole + 1;
  const magnitude = Math.abs(units);
  const fraction = magnitude % 1e10;
  const integer = (magnitude - fraction) / 1e10;
  const sign = units < 0 ? "-" : "";
  if (fraction === 0) return integer === 0 ? "0" : `${sign}${String(integer)}`;
  // The fraction's digits without its trailing zeros, padded to their places.
  let digits = fraction;
  let width = 10;
  while (digits % 10 === 0) {
    digits /= 10;
    width -= 1;
  }
  return `${sign}${String(integer)}.${String(digits).padStart(width, "0")}`;
}

const ONE_DATE = "the measurements since the baseline are all on one date";

/**
 * The least-squares line through a target's measurements since its baseline (at least three),
 * projected to its goal date exactly and clamped to the indicator's natural bounds, with the status
 * the projection would earn against the goal (clamped likewise) and whether it meets it; or why
 * there is none. The measurements are `[start, end)` of the indicator's
 * series.
 *
 * The line takes the first route that is exact: safe integers, then (values of more digits) floats
 * where the big integers would be exact, then big integers, then decimals. From an integer or float
 * line the clamp, status and goal are decided in floats ({@link judgedInFloats}) and the value shown
 * from the integers ({@link shownRatio}) or floats ({@link floatShown}); only where those cannot tell
 * is the 60-digit decimal line made and judged as decimals. Either way, the same result.
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
  const series = window.series;
  const origin = toDayNumber(target.baseline.date);
  const goalDay = toDayNumber(target.goal.date);
  // The same line in safe integers where every sum and product fits (almost always), else in floats
  // or big integers, else in decimals. (Dates that are not calendar dates, in a framework that was
  // never parsed, take the decimal route as before.)
  const datesSafe = Number.isSafeInteger(origin) && Number.isSafeInteger(goalDay);
  const route = datesSafe ? lineRoutes(index, series, window.start, window.end, origin, goalDay) : undefined;
  if (route === SPREAD_ZERO) return { value: null, reason: ONE_DATE };
  let integer: IntegerLine | undefined;
  let bigLine: BigLine | undefined;
  let line: Decimal | undefined;
  let float: FloatLine | undefined;
  let big: ScaledSeries | undefined;
  if (route !== undefined) {
    if ("scaled" in route) {
      float = route.float;
      big = route.scaled;
    } else if ("numerator" in route) {
      integer = route;
      float = floatOfInteger(integer);
    } else {
      bigLine = route;
      // Past 22 places the 60-digit line is made at once, as before.
      float = floatOfBig(bigLine) ?? undefined;
      if (float === undefined) line = bigLineDecimal(bigLine);
    }
  }
  const bounds = facts?.bounds ?? boundsOf(indicator);
  const goal = target.goal;
  const low = "low" in goal ? (facts?.low ?? toDecimal(goal.low)) : undefined;
  const high = "low" in goal ? (facts?.high ?? toDecimal(goal.high)) : undefined;
  const point =
    "low" in goal
      ? undefined
      : ((facts === undefined ? clampedGoal(goalValue(target), indicator) : facts.clampedGoal) as Decimal);
  // A projected shortfall under the material shortfall is on profile, as a measured one is.
  const material = facts === undefined ? materialShortfallFor(indicator, index.framework) : facts.material;
  let projected: Decimal | undefined;
  if (float !== undefined) {
    const judged = judgedInFloats(
      float,
      bounds,
      point === undefined ? { low: low as Decimal, high: high as Decimal } : { point },
      indicator.polarity,
      tolerance,
      scale,
      material,
    );
    if (judged?.clampedTo !== undefined) projected = judged.clampedTo;
    else if (judged !== undefined) {
      const shown =
        (integer === undefined
          ? undefined
          : shownRatio(
              { units: integer.numerator, places: integer.places },
              { units: integer.denominator, places: 0 },
            )) ?? floatShown(float);
      if (shown !== undefined)
        return { value: shown, status: judged.status, meetsGoal: judged.meetsGoal, clamped: false };
    }
    // Too close for the floats: the 60-digit line, as the decimal route makes it.
    if (projected === undefined) {
      if (integer !== undefined) line = integerLineDecimal(integer);
      else if (bigLine !== undefined) line = bigLineDecimal(bigLine);
      else {
        const exact = bigLineOf(big as ScaledSeries, series, window.start, window.end, origin, goalDay);
        // The floats took this window only where the big integers give a line (never undefined or spread zero).
        if (typeof exact === "object") line = bigLineDecimal(exact);
      }
    }
  }
  if (line === undefined && projected === undefined) {
    const { n, sx, sy, sxx, sxy } = windowSums(index, series, window.start, window.end, origin);
    const spread = n.times(sxx).minus(sx.times(sx));
    if (spread.isZero()) return { value: null, reason: ONE_DATE };
    const at = new ExactDecimal(goalDay - origin);
    // Least squares, exactly: (Σy·spread + (nΣxy − ΣxΣy)(n·X − Σx)) / (n·spread).
    line = sy
      .times(spread)
      .plus(n.times(sxy).minus(sx.times(sy)).times(n.times(at).minus(sx)))
      .div(n.times(spread));
  }
  let clamped: boolean;
  if (projected !== undefined) clamped = true;
  else ({ value: projected, clamped } = clampDecimal(line as Decimal, bounds));
  const judged =
    low !== undefined && high !== undefined
      ? judgeAgainstBand(projected, low, high, tolerance, scale)
      : judgeAgainstPoint(projected, { num: point as Decimal, den: ONE }, indicator.polarity, tolerance, scale);
  const onProfile = material !== undefined && compareDecimals(judged.shortfall, material) < 0;
  const shown =
    integer !== undefined && !clamped
      ? shownRatio({ units: integer.numerator, places: integer.places }, { units: integer.denominator, places: 0 })
      : undefined;
  return {
    value: shown ?? formatDecimal(projected),
    status: onProfile ? (scale.bands[0] as Scale["bands"][number]).status : judged.status,
    meetsGoal: !isAboveZero(judged.shortfall),
    clamped,
  };
}
