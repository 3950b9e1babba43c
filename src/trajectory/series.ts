/**
 * Each indicator's measurements compiled once per index and shared by every target on it: the
 * measurements oldest first (of several on one date, in the framework's order), their day numbers
 * and their values as floats. Every indicator's are compiled together, in one pass over the
 * framework's measurements, into columns the index shares (`spanOf`); `seriesOf` gives an
 * indicator's own arrays. Engines find a target's window, its latest measurement on or before a
 * day and a comparator's reference by binary search on the days, never by filtering the series,
 * so many targets on one long series cost n log n, not n².
 * @internal
 */
import { dayNumberOfParts, toDayNumber } from "../internal/dates.js";
import { numberOf } from "./decimalFloat.js";
import type { FrameworkIndex, Id, Measurement } from "../model/index.js";

/** One indicator's measurements, oldest first, with their days and values as numbers. */
export interface IndicatorSeries {
  readonly measurements: readonly Measurement[];
  /** `days[i]` is the day number of `measurements[i]`, so the array is sorted ascending. */
  readonly days: Int32Array;
  /** `values[i]` is `Number(measurements[i].value)` (for the fast status kernel). */
  readonly values: Float64Array;
}

/**
 * An indicator's measurements as a span `[from, to)` of columns that may hold other indicators'
 * too, oldest first: for `from ≤ i < to`, the measurement `measurements[order[i]]` (or
 * `measurements[i]` without an `order`), its day `days[i]` and its value `values[i]`. The status
 * kernel reads spans, so a first call allocates nothing per indicator beyond the span itself and
 * no list of the measurements in series order; {@link seriesOf} gives other engines an
 * indicator's own arrays.
 */
export interface SeriesSpan {
  readonly measurements: readonly Measurement[];
  readonly order: Int32Array | undefined;
  readonly days: Int32Array;
  readonly values: Float64Array;
  readonly from: number;
  readonly to: number;
}

/** The measurement at position `i` of a span's columns. */
export function measurementAt(span: Pick<SeriesSpan, "measurements" | "order">, i: number): Measurement {
  return span.measurements[span.order === undefined ? i : (span.order[i] as number)] as Measurement;
}

const SERIES = Symbol("performance-management/trajectory indicator series");
const EMPTY: IndicatorSeries = { measurements: [], days: new Int32Array(0), values: new Float64Array(0) };

/**
 * A span as the index keeps it: with the indicator's own series once {@link seriesOf} has made it
 * (kept on the span, so an indicator costs one look-up, not one per table).
 */
interface KeptSpan extends SeriesSpan {
  series: IndicatorSeries | undefined;
}

/** A span while {@link compileGrouped} builds it: its end and order are known only once its run (or every run) is read. */
interface BuiltSpan extends KeptSpan {
  order: Int32Array | undefined;
  to: number;
}

/** Shared by every index: never given a series ({@link seriesOf} answers an empty span with {@link EMPTY}). */
const EMPTY_SPAN: KeptSpan = { ...EMPTY, order: undefined, from: 0, to: 0, series: undefined };

/**
 * The index's series: every indicator's span, built in one pass over the measurements
 * (`complete`), or, when a date is not written `YYYY-MM-DD` (a framework that was not parsed),
 * each from the index's own lists on first use, as before; and each indicator's own arrays once
 * an engine asks for them.
 */
interface SeriesTable {
  readonly complete: boolean;
  readonly spans: Map<unknown, KeptSpan>;
}

/** Days and float values of measurements (plain loops: a typed array's `from` with a mapping function is several times slower). */
function compile(measurements: readonly Measurement[]): KeptSpan {
  const days = new Int32Array(measurements.length);
  const values = new Float64Array(measurements.length);
  for (let i = 0; i < measurements.length; i += 1) {
    const measurement = measurements[i] as Measurement;
    days[i] = toDayNumber(measurement.date);
    values[i] = numberOf(measurement.value);
  }
  return { measurements, order: undefined, days, values, from: 0, to: measurements.length, series: undefined };
}

/**
 * A date written `YYYY-MM-DD` as the whole number YYYYMMDD, or −1 for any other text. Such keys
 * order as the strings do (same length, digits in the same places), so sorting by them is sorting
 * by date as the index does.
 */
function dateKey(date: unknown): number {
  if (typeof date !== "string" || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45)
    return -1;
  let key = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    key = key * 10 + digit;
  }
  return key;
}

/** The day number of a date's key, as {@link toDayNumber} reads the date. */
function dayOfKey(key: number): number {
  // Whole-number arithmetic (`| 0` truncates, and the key is positive): a float remainder is a library call.
  return dayNumberOfParts((key / 10000) | 0, ((key / 100) | 0) % 100, key % 100);
}

/**
 * Every indicator's span, `undefined` when a date is not written `YYYY-MM-DD`. The same series the
 * index's lists give, in the same order: grouped by indicator in the framework's order, then
 * sorted by date, stably. One pass finds each measurement's indicator and counts them; a second
 * places each measurement's day and value straight at its position in the columns (a group is
 * sorted afterwards only if its dates came out of order). Every indicator's days and values lie in
 * two columns shared by the whole index, not two arrays per indicator, whose allocation had cost
 * more than reading the figures; the measurements stay in the framework's list, reached through
 * `order` unless that list is already in series order.
 */
function compileAll(measurements: readonly Measurement[]): Map<unknown, KeptSpan> | undefined {
  const grouped = compileGrouped(measurements);
  if (grouped !== null) return grouped;
  const count = measurements.length;
  const slotOf = new Map<unknown, number>();
  const ids: unknown[] = [];
  const sizes: number[] = [];
  const slots = new Int32Array(count);
  let lastId: unknown;
  let lastSlot = -1;
  for (let i = 0; i < count; i += 1) {
    const id: unknown = (measurements[i] as Measurement).indicator;
    // The index leaves out a measurement without an indicator (only an unparsed framework has one).
    if (id === undefined) {
      slots[i] = -1;
      continue;
    }
    if (lastSlot < 0 || id !== lastId) {
      // An export by date lists the indicators in the same order each date: the one after the last
      // is the likely next, a comparison instead of a hash look-up.
      const guess = lastSlot + 1 < ids.length ? lastSlot + 1 : 0;
      let slot = id === ids[guess] ? guess : slotOf.get(id);
      if (slot === undefined) {
        slot = ids.length;
        slotOf.set(id, slot);
        ids.push(id);
        sizes.push(0);
      }
      lastId = id;
      lastSlot = slot;
    }
    slots[i] = lastSlot;
    sizes[lastSlot] = (sizes[lastSlot] as number) + 1;
  }
  const groups = ids.length;
  const starts = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g += 1) starts[g + 1] = (starts[g] as number) + (sizes[g] as number);
  const total = starts[groups] as number;
  const next = starts.slice(0, groups);
  const order = new Int32Array(total);
  const days = new Int32Array(total);
  const values = new Float64Array(total);
  // Each group's last date key, and whether a date came before its predecessor's.
  const lastKeys = new Int32Array(groups);
  let unsorted: Set<number> | undefined;
  let lastDate: unknown;
  let lastKey = -1;
  let lastDay = 0;
  for (let i = 0; i < count; i += 1) {
    const slot = slots[i] as number;
    if (slot < 0) continue;
    const measurement = measurements[i] as Measurement;
    const date: unknown = measurement.date;
    if (lastKey < 0 || date !== lastDate) {
      lastKey = dateKey(date);
      if (lastKey < 0) return undefined;
      lastDay = dayOfKey(lastKey);
      lastDate = date;
    }
    if (lastKey < (lastKeys[slot] as number)) (unsorted ??= new Set()).add(slot);
    lastKeys[slot] = lastKey;
    const position = next[slot] as number;
    next[slot] = position + 1;
    order[position] = i;
    days[position] = lastDay;
    values[position] = numberOf(measurement.value);
  }
  for (const slot of unsorted ?? [])
    sortGroup(measurements, order, days, values, starts[slot] as number, starts[slot + 1] as number);
  let identity = total === count;
  for (let j = 0; j < total && identity; j += 1) identity = order[j] === j;
  const spans = new Map<unknown, KeptSpan>();
  for (let g = 0; g < groups; g += 1)
    spans.set(ids[g], {
      measurements,
      order: identity ? undefined : order,
      days,
      values,
      from: starts[g] as number,
      to: starts[g + 1] as number,
      series: undefined,
    });
  return spans;
}

/**
 * How many of a run's dates {@link compileGrouped} remembers by their place in the run: indicators
 * reported on the same dates (the usual export) read each date once, not once per indicator.
 */
const REMEMBERED_DATES = 64;

/**
 * {@link compileAll} in one pass for measurements already grouped by indicator (each indicator's
 * in one run, as an export by indicator lists them): each day and value is written at the
 * measurement's own position, and only a run whose dates come out of order is sorted. `null` when
 * the measurements are not so grouped (or one has no indicator), for the two-pass placement;
 * `undefined` when a date is not written `YYYY-MM-DD`.
 *
 * Two savings on a large export, neither changing a column. A run's span goes into the map as the
 * run starts, and the map's size says whether the indicator had a run before (one hash per
 * indicator, not a set beside the map). The `k`-th date of a run is compared with the `k`-th date
 * of the last run that had one there (by content: the same text gives the same day) and its day
 * taken from there when they are equal: indicators reported on the same quarter ends read each
 * date's digits once, not once per indicator.
 */
function compileGrouped(measurements: readonly Measurement[]): Map<unknown, KeptSpan> | undefined | null {
  const count = measurements.length;
  const spans = new Map<unknown, KeptSpan>();
  const runs: BuiltSpan[] = [];
  const days = new Int32Array(count);
  const values = new Float64Array(count);
  const rememberedDates: unknown[] = [];
  const rememberedKeys = new Int32Array(REMEMBERED_DATES);
  const rememberedDays = new Int32Array(REMEMBERED_DATES);
  let unsorted: number[] | undefined;
  let run: BuiltSpan | undefined;
  let lastId: unknown;
  let runStart = 0;
  let runKey = -1;
  for (let i = 0; i < count; i += 1) {
    const measurement = measurements[i] as Measurement;
    const id: unknown = measurement.indicator;
    if (id === undefined) return null;
    if (run === undefined || id !== lastId) {
      if (run !== undefined) run.to = i;
      run = { measurements, order: undefined, days, values, from: i, to: count, series: undefined };
      const size = spans.size;
      spans.set(id, run);
      // The map did not grow: the indicator had a run already, so the measurements are not grouped.
      if (spans.size === size) return null;
      runs.push(run);
      lastId = id;
      runStart = i;
      runKey = -1;
    }
    const date: unknown = measurement.date;
    const k = i - runStart;
    let key: number;
    let day: number;
    if (k < rememberedDates.length && date === rememberedDates[k]) {
      key = rememberedKeys[k] as number;
      day = rememberedDays[k] as number;
    } else {
      key = dateKey(date);
      if (key < 0) return undefined;
      day = dayOfKey(key);
      // A run's places are read in order, so k is at most the number remembered: the list grows by one at most.
      if (k < REMEMBERED_DATES) {
        rememberedDates[k] = date;
        rememberedKeys[k] = key;
        rememberedDays[k] = day;
      }
    }
    if (key < runKey && unsorted?.[unsorted.length - 1] !== runs.length - 1) (unsorted ??= []).push(runs.length - 1);
    runKey = key;
    days[i] = day;
    values[i] = numberOf(measurement.value);
  }
  if (unsorted !== undefined) {
    const order = new Int32Array(count);
    for (let i = 0; i < count; i += 1) order[i] = i;
    for (const r of unsorted) {
      const sorted = runs[r] as BuiltSpan;
      sortGroup(measurements, order, days, values, sorted.from, sorted.to);
    }
    for (const built of runs) built.order = order;
  }
  return spans;
}

/** 2^26: a group's offsets below it pack with a date key (below 2^27) into one double, exactly. */
const OFFSETS = 2 ** 26;

/**
 * Puts a group whose dates are out of order in date order, then the framework's order (what the
 * index's stable sort gives): its positions in the framework, days and values alike. Each entry
 * is packed as `key × 2^26 + offset` (exact below 2^53) and the packed numbers sorted natively:
 * ties on the date keep the offsets', that is the framework's, order.
 */
function sortGroup(
  measurements: readonly Measurement[],
  order: Int32Array,
  days: Int32Array,
  values: Float64Array,
  from: number,
  to: number,
): void {
  const length = to - from;
  const packed = new Float64Array(length);
  for (let k = 0; k < length; k += 1)
    packed[k] = dateKey((measurements[order[from + k] as number] as Measurement).date) * OFFSETS + k;
  if (length < OFFSETS) packed.sort();
  else {
    // Too many to pack: a stable sort on the keys alone.
    const keys = Float64Array.from(packed, (entry) => Math.floor(entry / OFFSETS));
    const offsets = Array.from({ length }, (_, k) => k).sort((a, b) => (keys[a] as number) - (keys[b] as number));
    offsets.forEach((offset, k) => {
      packed[k] = offset;
    });
  }
  const group = { order: order.slice(from, to), days: days.slice(from, to), values: values.slice(from, to) };
  for (let k = 0; k < length; k += 1) {
    const entry = packed[k] as number;
    const offset = length < OFFSETS ? entry % OFFSETS : entry;
    order[from + k] = group.order[offset] as number;
    days[from + k] = group.days[offset] as number;
    values[from + k] = group.values[offset] as number;
  }
}

function tableOf(index: FrameworkIndex): SeriesTable {
  const spans = compileAll(index.framework.measurements ?? []);
  return { complete: spans !== undefined, spans: spans ?? new Map<unknown, KeptSpan>() };
}

/** The span of an indicator's measurements (empty when it has none), built once per index. */
export function spanOf(index: FrameworkIndex, indicator: Id): SeriesSpan {
  return keptSpanOf(index, indicator);
}

function keptSpanOf(index: FrameworkIndex, indicator: Id): KeptSpan {
  const table = index.derive(SERIES, tableOf);
  let span = table.spans.get(indicator);
  if (span === undefined) {
    if (table.complete) return EMPTY_SPAN;
    const measurements = index.measurementsByIndicator.get(indicator);
    span = measurements === undefined ? EMPTY_SPAN : compile(measurements);
    table.spans.set(indicator, span);
  }
  return span;
}

/**
 * The compiled series of an indicator (empty when it has no measurements), built once per index and
 * indicator and kept on its span. Its list is a copy of the framework's (`slice`, sized once) when
 * the columns are in the framework's order, its days and values views of the shared columns:
 * nothing is copied but the references.
 */
export function seriesOf(index: FrameworkIndex, indicator: Id): IndicatorSeries {
  const span = keptSpanOf(index, indicator);
  if (span.series !== undefined) return span.series;
  if (span.to === span.from) return EMPTY;
  let series: IndicatorSeries;
  if (span.order === undefined && span.from === 0 && span.to === span.measurements.length) series = span;
  else {
    let list: Measurement[];
    if (span.order === undefined) list = span.measurements.slice(span.from, span.to);
    else {
      list = [];
      for (let i = span.from; i < span.to; i += 1) list.push(measurementAt(span, i));
    }
    series = {
      measurements: list,
      days: span.days.subarray(span.from, span.to),
      values: span.values.subarray(span.from, span.to),
    };
  }
  span.series = series;
  return series;
}

/** The first position in `days[from, to)` whose day is on or after `day` (`to` when none is). */
export function firstOnOrAfter(days: Int32Array, day: number, from = 0, to = days.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first position in `days[from, to)` whose day is after `day` (`to` when none is): the end of the measurements on or before it. */
export function firstAfter(days: Int32Array, day: number, from = 0, to = days.length): number {
  // Day numbers are whole, so the first after a day is the first on or after the next.
  return firstOnOrAfter(days, day + 1, from, to);
}

/** The latest measurement of a series on or before `day` (the last in the framework's order on that date), if any. */
export function latestOnOrBefore(series: IndicatorSeries, day: number): Measurement | undefined {
  const end = firstAfter(series.days, day);
  return end === 0 ? undefined : series.measurements[end - 1];
}
