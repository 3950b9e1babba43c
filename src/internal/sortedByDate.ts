/**
 * Searches in lists sorted by date (`YYYY-MM-DD`, ascending), such as the index's
 * `measurementsByIndicator` and `reviewsBySubject`: a binary search instead of a filter, so a
 * rule that asks once per target or subject stays n log n however long the list.
 * @internal
 */

/**
 * How many entries of a list sorted by date fall on or before a date: the position of the first
 * entry after it.
 * @internal
 */
export function countOnOrBefore(sorted: readonly { readonly date: string }[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as { readonly date: string }).date <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A list in date order (stable): the list itself when it already is (the usual case, checked in
 * one pass), else a sorted copy; never the input reordered, which is not the engine's to change.
 * @internal
 */
export function byDate<T extends { readonly date: string }>(list: readonly T[]): readonly T[] {
  for (let i = 1; i < list.length; i += 1) {
    if ((list[i - 1] as T).date > (list[i] as T).date)
      return [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return list;
}

/**
 * How many entries of a list sorted by date fall strictly before a date: the position of the first
 * entry on or after it (the entry before it, if any, is the latest of an earlier date).
 * @internal
 */
export function countBefore(sorted: readonly { readonly date: string }[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as { readonly date: string }).date < date) low = middle + 1;
    else high = middle;
  }
  return low;
}
