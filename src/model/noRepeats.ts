import type * as z from "zod";

/**
 * Reports each entry of `items` whose key repeats an earlier one's, at `[i, field]`, with `message(earlier)`:
 * a list's own rule that no two entries share a date or a year.
 * @internal
 */
export function noRepeats<T>(
  items: readonly T[],
  context: z.core.$RefinementCtx<T[]>,
  key: (item: T) => string,
  field: string,
  message: (earlier: number) => string,
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(key(item));
    if (earlier === undefined) first.set(key(item), i);
    else context.addIssue({ code: "custom", path: [i, field], message: message(earlier) });
  });
}

/** The message for a revision on the date of an earlier one (a target's or a budget line's). @internal */
export function sameDateRevisions(earlier: number): string {
  return `is the date of revisions[${String(earlier)}] as well: two revisions cannot take effect on one date; merge them into one`;
}
