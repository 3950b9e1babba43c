/**
 * Quartile benchmarking: where a value stands within a comparison group's quartiles, and what a
 * quartile-position goal expects. The one home of both, so an evaluation's `benchmarks` and the
 * judgement of a quartile goal read the quartiles the same way.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { toDayNumber } from "../internal/dates.js";
import { toDecimal } from "../internal/decimal.js";
import type { Benchmark, FrameworkIndex, Id, Polarity, QuartileGoal } from "../model/index.js";

/**
 * A quartile position: 1 the best quartile for the indicator's polarity, 4 the worst.
 *
 * @category Evaluation
 */
export type Quartile = 1 | 2 | 3 | 4;

/**
 * An actual's quartile position within one comparison group, from that group's latest benchmark.
 *
 * @category Evaluation
 */
export interface BenchmarkPosition {
  /** The comparison group. */
  readonly group: string;
  /** The date of the benchmark used: the group's latest on or before the measurement's. */
  readonly date: string;
  /** 1 the best quartile for the indicator's polarity (the top quartile), 4 the worst. */
  readonly quartile: Quartile;
  /** The benchmark's source; `null` when it gives none. */
  readonly source: string | null;
}

/** One group's benchmarks of one indicator, in date order (of one date, the last in the document counts). */
interface GroupBenchmarks {
  readonly group: string;
  readonly days: readonly number[];
  readonly benchmarks: readonly Benchmark[];
}

const BENCHMARKS = Symbol("performance-management/trajectory benchmarks by indicator");

/** Each indicator's benchmarks by group, the groups in order of first appearance; built once per index. */
function benchmarksByIndicator(index: FrameworkIndex): ReadonlyMap<Id, readonly GroupBenchmarks[]> {
  const byIndicator = new Map<Id, Map<string, Benchmark[]>>();
  for (const benchmark of index.framework.benchmarks ?? []) {
    let groups = byIndicator.get(benchmark.indicator);
    if (groups === undefined) {
      groups = new Map<string, Benchmark[]>();
      byIndicator.set(benchmark.indicator, groups);
    }
    const list = groups.get(benchmark.group);
    if (list === undefined) groups.set(benchmark.group, [benchmark]);
    else list.push(benchmark);
  }
  const result = new Map<Id, GroupBenchmarks[]>();
  for (const [indicator, groups] of byIndicator) {
    result.set(
      indicator,
      [...groups].map(([group, list]) => {
        // A stable sort keeps the document's order within a date, so the last of a date counts.
        const benchmarks = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        return { group, benchmarks, days: benchmarks.map((benchmark) => toDayNumber(benchmark.date)) };
      }),
    );
  }
  return result;
}

/** The latest of a group's benchmarks on or before a day, by binary search. */
function latestIn(group: GroupBenchmarks, day: number): Benchmark | undefined {
  let low = 0;
  let high = group.days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((group.days[middle] as number) <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : group.benchmarks[low - 1];
}

/** The groups benchmarking an indicator. */
function groupsOf(index: FrameworkIndex, indicator: Id): readonly GroupBenchmarks[] {
  return index.derive(BENCHMARKS, benchmarksByIndicator).get(indicator) ?? [];
}

/**
 * A benchmark's boundaries from the best to the worst for a polarity: the upper quartile, median and
 * lower quartile for higher-is-better, the reverse for lower-is-better; `undefined` for `in-band`.
 */
function boundariesOf(benchmark: Benchmark, polarity: Polarity): readonly [Decimal, Decimal, Decimal] | undefined {
  const lower = toDecimal(benchmark.lowerQuartile);
  const median = toDecimal(benchmark.median);
  const upper = toDecimal(benchmark.upperQuartile);
  if (polarity === "higher-is-better") return [upper, median, lower];
  if (polarity === "lower-is-better") return [lower, median, upper];
  return undefined;
}

/**
 * The quartile a value falls in, 1 the best for the polarity: higher-is-better, at or above the
 * upper quartile is 1, at or above the median 2, at or above the lower quartile 3, below it 4;
 * lower-is-better mirrors it (at or below the lower quartile is 1). A value exactly on a boundary
 * takes the better quartile. `undefined` for `in-band` polarity, which has no better side.
 */
export function quartileOf(value: Decimal, benchmark: Benchmark, polarity: Polarity): Quartile | undefined {
  const boundaries = boundariesOf(benchmark, polarity);
  if (boundaries === undefined) return undefined;
  const higher = polarity === "higher-is-better";
  // The first boundary (best first) the value is at or beyond in the good direction.
  const reached = boundaries.findIndex((boundary) =>
    higher ? value.greaterThanOrEqualTo(boundary) : value.lessThanOrEqualTo(boundary),
  );
  return reached === 0 ? 1 : reached === 1 ? 2 : reached === 2 ? 3 : 4;
}

/**
 * A value's quartile position within each group benchmarking its indicator, from each group's
 * latest benchmark on or before `date` (groups without one yet are left out), in the order the
 * groups first appear in the framework. Empty for `in-band` polarity. `given` is the value, or a
 * function giving it, called only when a group has a benchmark to place it in (an evaluation
 * builds the actual's decimal only then).
 */
export function benchmarkPositions(
  index: FrameworkIndex,
  indicator: { readonly id: Id; readonly polarity: Polarity },
  given: Decimal | (() => Decimal),
  date: string,
): BenchmarkPosition[] {
  const groups = groupsOf(index, indicator.id);
  if (groups.length === 0 || indicator.polarity === "in-band") return [];
  const value = typeof given === "function" ? given() : given;
  const day = toDayNumber(date);
  const positions: BenchmarkPosition[] = [];
  for (const group of groups) {
    const benchmark = latestIn(group, day);
    const quartile = benchmark === undefined ? undefined : quartileOf(value, benchmark, indicator.polarity);
    if (benchmark === undefined || quartile === undefined) continue;
    positions.push({
      group: group.group,
      date: benchmark.date,
      quartile,
      source: benchmark.source ?? null,
    });
  }
  return positions;
}

/**
 * What a quartile goal expects at a date: the boundary of the quartile position asked for, from the
 * group's latest benchmark on or before the date. Higher-is-better: the upper quartile for position
 * 1, the median for 2, the lower quartile for 3; lower-is-better mirrors it (the lower quartile for
 * 1). `undefined` when the group has no benchmark yet, or for `in-band` polarity.
 */
export function quartileExpectation(
  index: FrameworkIndex,
  indicator: { readonly id: Id; readonly polarity: Polarity },
  goal: QuartileGoal,
  date: string,
): Decimal | undefined {
  const group = groupsOf(index, indicator.id).find((candidate) => candidate.group === goal.quartile.group);
  const benchmark = group === undefined ? undefined : latestIn(group, toDayNumber(date));
  if (benchmark === undefined) return undefined;
  return boundariesOf(benchmark, indicator.polarity)?.[goal.quartile.position - 1];
}
