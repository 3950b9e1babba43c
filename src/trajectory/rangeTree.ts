/**
 * The least and greatest of any range of a list of numbers in O(log n), after O(n) once: a
 * bottom-up segment tree (leaves at `[n, 2n)`, each inner node the min or max of its two children).
 * `Math.min` and `Math.max` carry a `NaN` up, so a range holding one answers `NaN`, which no
 * comparison passes. A short range is read directly instead ({@link leastIn}, {@link greatestIn}),
 * so a list only ever asked about short ranges never gets a tree.
 * @internal
 */
import type { FrameworkIndex } from "../model/index.js";

export interface RangeTree {
  readonly size: number;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/** The tree of a list of numbers. */
export function rangeTreeOf(values: Float64Array): RangeTree {
  const size = values.length;
  const min = new Float64Array(2 * size);
  const max = new Float64Array(2 * size);
  min.set(values, size);
  max.set(values, size);
  for (let i = size - 1; i >= 1; i -= 1) {
    min[i] = Math.min(min[2 * i] as number, min[2 * i + 1] as number);
    max[i] = Math.max(max[2 * i] as number, max[2 * i + 1] as number);
  }
  return { size, min, max };
}

/** The least of `[from, to)` (`+∞` when empty). */
export function rangeMin(tree: RangeTree, from: number, to: number): number {
  let result = Number.POSITIVE_INFINITY;
  for (let low = from + tree.size, high = to + tree.size; low < high; low >>= 1, high >>= 1) {
    if ((low & 1) === 1) result = Math.min(result, tree.min[low++] as number);
    if ((high & 1) === 1) result = Math.min(result, tree.min[--high] as number);
  }
  return result;
}

/** The greatest of `[from, to)` (`−∞` when empty). */
export function rangeMax(tree: RangeTree, from: number, to: number): number {
  let result = Number.NEGATIVE_INFINITY;
  for (let low = from + tree.size, high = to + tree.size; low < high; low >>= 1, high >>= 1) {
    if ((low & 1) === 1) result = Math.max(result, tree.max[low++] as number);
    if ((high & 1) === 1) result = Math.max(result, tree.max[--high] as number);
  }
  return result;
}

/**
 * Up to this many values, a range's extreme is read value by value (as cheap as a few tree steps,
 * and nothing built); a longer range asks the list's tree, built once per index.
 */
export const SCAN_LIMIT = 32;

const TREES = Symbol("performance-management/trajectory range trees");

/** The range tree of a list (a series' figures, a compiled path's values or magnitudes), once per index. */
function treeOf(index: FrameworkIndex, values: Float64Array): RangeTree {
  const cache = index.derive(TREES, () => new Map<Float64Array, RangeTree>());
  let tree = cache.get(values);
  if (tree === undefined) {
    tree = rangeTreeOf(values);
    cache.set(values, tree);
  }
  return tree;
}

/**
 * The least of `values[from, to)` (`+∞` when empty): read directly up to `scan` values, else from
 * the index's tree of the list. `Math.min` is commutative and associative (a `NaN` wins, and
 * `−0` is below `+0`, in any order), so both give the same number.
 */
export function leastIn(
  index: FrameworkIndex,
  values: Float64Array,
  from: number,
  to: number,
  scan = SCAN_LIMIT,
): number {
  if (to - from > scan) return rangeMin(treeOf(index, values), from, to);
  let result = Number.POSITIVE_INFINITY;
  for (let i = from; i < to; i += 1) result = Math.min(result, values[i] as number);
  return result;
}

/** The greatest of `values[from, to)` (`−∞` when empty), as {@link leastIn}. */
export function greatestIn(
  index: FrameworkIndex,
  values: Float64Array,
  from: number,
  to: number,
  scan = SCAN_LIMIT,
): number {
  if (to - from > scan) return rangeMax(treeOf(index, values), from, to);
  let result = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i += 1) result = Math.max(result, values[i] as number);
  return result;
}
