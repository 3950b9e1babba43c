/**
 * What {@link assess} and the functions beside it read from an object a caller builds (a response,
 * the options, a scale): every key it knows, so a key it does not (a misspelling, `weight` for
 * `weights`, `evidance`) is refused with the nearest known key named, and nothing is counted under a
 * guess or silently left out.
 * @internal
 */
import { AssessmentError } from "./errors.js";

/** The fields of a response. */
export const RESPONSE_KEYS = ["characteristic", "rating", "evidence", "source", "facts"] as const;
/** The options of assess. */
export const ASSESS_OPTION_KEYS = ["catalogue", "scale", "weights", "derived", "preferredSource"] as const;
/** The fields of a rating scale. */
export const SCALE_KEYS = ["min", "max", "labels", "effective", "developing"] as const;
/** The fields of deriveEvidence's result, read as options.derived. */
export const DERIVED_KEYS = ["asOf", "scale", "responses"] as const;
/** The fields of the derived evidence's scale. */
export const DERIVED_SCALE_KEYS = ["min", "max"] as const;
/** The options of priorities and diagnose. */
export const CATALOGUE_OPTION_KEYS = ["catalogue"] as const;

/** The number of single-character edits (insert, delete, replace, swap two neighbours) from `a` to `b`. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known key nearest to `key`, when it is near: at most a third of the longer one's length away
 * (case ignored), or one begins with the other (`maximum` for `max`). Keys longer than 40
 * characters are not compared (no misspelling is that long, and the work stays small).
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 40) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(key.length, best.length) / 3))) return best;
  // A longer or shorter spelling of a known key: `maximum` for `max`, `char` for `characteristic`.
  const lower = key.toLowerCase();
  return lower.length < 3
    ? undefined
    : known.find((candidate) => lower.startsWith(candidate) || candidate.startsWith(lower));
}

/**
 * Refuses any own key of `value` (the object at `where`, such as `responses[2]`) that is not in
 * `known`, naming it, the function that reads it (`reader`) and the nearest known key.
 */
export function checkKnownKeys(
  value: Readonly<Record<string, unknown>>,
  known: readonly string[],
  where: string,
  reader: string,
): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const near = nearestKey(key, known);
    const message = `is not a field ${reader} reads${near === undefined ? "" : `: did you mean "${near}"?`} (the fields are ${known.join(", ")})`;
    throw new AssessmentError(`${where}.${key} ${message}`, [
      { path: [...where.split(/[.[\]]+/).filter(Boolean), key], message },
    ]);
  }
}
