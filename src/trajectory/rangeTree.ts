/**
 * The least and greatest of any range of a list of numbers in O(log n), after O(n) once: a
 * bottom-up segment tree (leaves at `[n, 2n)`, each inner node the min or max of its two children).
 * `Math.min` and `Math.max` carry a `NaN` up, so a range holding one answers `NaN`, which no
 * comparison passes.
 * @internal
 */
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
