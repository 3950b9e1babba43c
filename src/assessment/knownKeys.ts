/**
 * What {@link assess} and the functions beside it read from an object a caller builds (a response,
 * the options, a scale): every key it knows, so a key it does not (a misspelling, `weight` for
 * `weights`, `evidance`) is refused with the nearest known key named, and nothing is counted under a
 * guess or silently left out.
 * @internal
 */
import { unknownKey } from "../internal/options.js";
import { AssessmentError } from "./errors.js";

/** The fields of a response. */
export const RESPONSE_KEYS = ["characteristic", "rating", "evidence", "source", "facts"] as const;
/** The options of assess. */
export const ASSESS_OPTION_KEYS = ["catalogue", "scale", "weights", "derived", "preferredSource"] as const;
/** The fields of a rating scale. */
export const SCALE_KEYS = ["min", "max", "labels", "effective", "developing"] as const;
/** The fields of a fact a response gives (`responses[i].facts[j]`). */
export const FACT_KEYS = ["fact", "value", "ids", "message"] as const;
/** The fields of deriveEvidence's result, read as options.derived. */
export const DERIVED_KEYS = ["asOf", "scale", "responses", "notEvidenced"] as const;
/** The fields of the derived evidence's scale. */
export const DERIVED_SCALE_KEYS = ["min", "max"] as const;
/** The options of priorities and diagnose. */
export const CATALOGUE_OPTION_KEYS = ["catalogue"] as const;

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
  const unknown = unknownKey(value, known);
  if (unknown === undefined) return;
  const { key, near } = unknown;
  const message = `is not a field ${reader} reads${near === undefined ? "" : `: did you mean "${near}"?`} (the fields are ${known.join(", ")})`;
  throw new AssessmentError(`${where}.${key} ${message}`, [
    { path: [...where.split(/[.[\]]+/).filter(Boolean), key], message },
  ]);
}
