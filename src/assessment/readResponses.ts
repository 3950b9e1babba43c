/**
 * What {@link assess} reads before it scores: the weights, the derived evidence and its scale, and
 * every response, checked, kept by source and put on the assessment's scale.
 * @internal
 */
import { isPlainObject, shown } from "../internal/options.js";
import { AssessmentError } from "./errors.js";
import { DERIVED_KEYS, DERIVED_SCALE_KEYS, FACT_KEYS, RESPONSE_KEYS, checkKnownKeys } from "./knownKeys.js";
import {
  type Fraction,
  add,
  compare,
  divide,
  formatFraction,
  fractionOf,
  multiply,
  subtract,
} from "../internal/fraction.js";
import { type Scale, readNumber } from "./scale.js";
import type {
  AssessOptions,
  AssessmentResponse,
  EvidenceFact,
  EvidenceFactInput,
  KeptRating,
  RatingSource,
} from "./types.js";

const ZERO: Fraction = { numerator: 0n, denominator: 1n };
const SOURCES: readonly RatingSource[] = ["self", "peer", "derived"];

/** A rating as kept, with its exact value on the assessment's scale. @internal */
export type Rated = KeptRating & { readonly value: Fraction };

/** The ratings by source, each a Map by characteristic id. @internal */
export type RatingsBySource = Readonly<Record<RatingSource, Map<string, Rated>>>;

/** The scale derived ratings were made on: its bounds exact and as written. @internal */
interface DerivedScale {
  readonly min: Fraction;
  readonly max: Fraction;
}

/** The scale {@link deriveEvidence} rates on: 0–4. @internal */
export const DERIVED_SCALE = { min: "0", max: "4" } as const;

/** A misuse error naming the path of the bad input. @internal */
export function misuse(path: string, message: string): AssessmentError {
  return new AssessmentError(`${path} ${message}`, [{ path: path.split(/[.[\]]+/).filter(Boolean), message }]);
}

/** The derived ratings passed beside the human ones (a list, or {@link deriveEvidence}'s result), and the scale they are on. @internal */
export function derivedInput(derived: AssessOptions["derived"]): {
  responses: readonly AssessmentResponse[];
  scale: DerivedScale;
} {
  const given: unknown = derived;
  const standard = { min: fractionOf(DERIVED_SCALE.min), max: fractionOf(DERIVED_SCALE.max) };
  if (given === undefined) return { responses: [], scale: standard };
  if (Array.isArray(given)) return { responses: given as readonly AssessmentResponse[], scale: standard };
  if (!isPlainObject(given) || !Array.isArray(given.responses))
    throw misuse("options.derived", `must be deriveEvidence's result or a list of responses; got ${shown(given)}`);
  checkKnownKeys(given, DERIVED_KEYS, "options.derived", "assess");
  const responses = given.responses as readonly AssessmentResponse[];
  if (given.scale === undefined) return { responses, scale: standard };
  const scale: unknown = given.scale;
  if (!isPlainObject(scale))
    throw misuse("options.derived.scale", `must be { min, max }, two numbers; got ${shown(scale)}`);
  checkKnownKeys(scale, DERIVED_SCALE_KEYS, "options.derived.scale", "assess");
  const min = readNumber(scale.min, "options.derived.scale.min");
  const max = readNumber(scale.max, "options.derived.scale.max");
  if (compare(min, max) >= 0)
    throw misuse(
      "options.derived.scale",
      `must run from a lower min to a higher max to be rescaled; got ${shown(scale)}`,
    );
  return { responses, scale: { min, max } };
}

/** The weights by area or characteristic id, each positive. @internal */
export function readWeights(
  weights: AssessOptions["weights"],
  known: ReadonlySet<string>,
  areas: ReadonlySet<string>,
): Map<string, Fraction> {
  const read = new Map<string, Fraction>();
  if (weights === undefined) return read;
  if (typeof weights === "string")
    throw misuse("options.weights", `must be a Map or a list of [id, weight] entries; got ${shown(weights)}`);
  if (typeof (weights as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function")
    throw misuse("options.weights", `must be a Map or a list of [id, weight] entries; got ${shown(weights)}`);
  for (const entry of weights as Iterable<unknown>) {
    if (!Array.isArray(entry)) throw misuse("options.weights", `holds ${shown(entry)}, not an [id, weight] entry`);
    const [id, weight] = entry as unknown[];
    if (typeof id !== "string" || !(known.has(id) || areas.has(id)))
      throw misuse("options.weights", `names no area or characteristic of the catalogue: ${shown(id)}`);
    if (read.has(id))
      throw misuse("options.weights", `gives "${id}" a weight twice: give each area or characteristic one weight`);
    const value = readNumber(weight, `options.weights.${id}`);
    if (compare(value, ZERO) <= 0) throw misuse("options.weights", `must be positive: ${id} has ${shown(weight)}`);
    read.set(id, value);
  }
  return read;
}

/**
 * Reads a list of responses into the ratings by source. A rating whose source is `derived` is on
 * the derived scale and is put on the assessment's linearly and exactly (its original kept); every
 * other rating is on the assessment's scale. One rating a source per characteristic.
 * @internal
 */
export function collect(
  list: readonly AssessmentResponse[],
  where: string,
  defaultSource: RatingSource,
  scales: { readonly assessment: Scale; readonly derived: DerivedScale },
  known: ReadonlySet<string>,
  into: RatingsBySource,
): void {
  if (!Array.isArray(list)) throw misuse(where, `must be an array; got ${shown(list)}`);
  list.forEach((response: unknown, i) => {
    const at = `${where}[${String(i)}]`;
    if (!isPlainObject(response)) throw misuse(at, `must be an object; got ${shown(response)}`);
    checkKnownKeys(response, RESPONSE_KEYS, at, "assess");
    const { characteristic, rating, evidence, source = defaultSource, facts } = response;
    if (typeof characteristic !== "string" || !known.has(characteristic))
      throw misuse(`${at}.characteristic`, `names no characteristic of the catalogue: ${shown(characteristic)}`);
    if (typeof source !== "string" || !(SOURCES as readonly string[]).includes(source))
      throw misuse(`${at}.source`, `must be "self", "peer" or "derived"; got ${shown(source)}`);
    const given = readNumber(rating, `${at}.rating`);
    const on = source === "derived" ? scales.derived : scales.assessment;
    if (compare(given, on.min) < 0 || compare(given, on.max) > 0)
      throw misuse(
        `${at}.rating`,
        `${shown(rating)} is off the ${source === "derived" ? "derived evidence's " : ""}scale ${formatFraction(on.min)}–${formatFraction(on.max)}`,
      );
    if (evidence !== undefined && typeof evidence !== "string")
      throw misuse(`${at}.evidence`, `must be a string; got ${shown(evidence)}`);
    if (facts !== undefined && !Array.isArray(facts))
      throw misuse(`${at}.facts`, `must be an array; got ${shown(facts)}`);
    const readFacts = ((facts ?? []) as readonly unknown[]).map((item, j) => readFact(item, `${at}.facts[${j}]`));
    const ratings = into[source as RatingSource];
    if (ratings.has(characteristic))
      throw misuse(at, `rates "${characteristic}" a second time (${source} ratings: one a characteristic)`);
    const rescaled = source === "derived" && !sameBounds(on, scales.assessment);
    const value = rescaled ? rescale(given, on, scales.assessment) : given;
    ratings.set(characteristic, {
      rating: formatFraction(value),
      source: source as RatingSource,
      original: rescaled
        ? { rating: formatFraction(given), min: formatFraction(on.min), max: formatFraction(on.max) }
        : null,
      evidence: evidence ?? null,
      facts: readFacts,
      value,
    });
  });
}

/**
 * A fact a response gives, checked and copied: `fact` and `message` strings, `value` a string or a
 * finite number, `ids` a list of strings (`[]` when left out: a result carries every field); any
 * other field is refused, as a response's are.
 */
function readFact(item: unknown, at: string): EvidenceFact {
  if (!isPlainObject(item)) throw misuse(at, `must be an object; got ${shown(item)}`);
  checkKnownKeys(item, FACT_KEYS, at, "assess");
  const { fact, value, ids, message } = item as EvidenceFactInput;
  if (typeof fact !== "string") throw misuse(`${at}.fact`, `must be a string; got ${shown(fact)}`);
  if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value)))
    throw misuse(`${at}.value`, `must be a string or a finite number; got ${shown(value)}`);
  if (typeof message !== "string") throw misuse(`${at}.message`, `must be a string; got ${shown(message)}`);
  if (ids !== undefined && !(Array.isArray(ids) && ids.every((id) => typeof id === "string")))
    throw misuse(`${at}.ids`, `must be a list of ids, strings; got ${shown(ids)}`);
  return { fact, value, ids: ids === undefined ? [] : [...ids], message };
}

function sameBounds(a: DerivedScale, b: DerivedScale): boolean {
  return compare(a.min, b.min) === 0 && compare(a.max, b.max) === 0;
}

/** `value` moved from one scale onto another, linearly and exactly: each bound onto its bound. */
function rescale(value: Fraction, from: DerivedScale, to: DerivedScale): Fraction {
  const position = divide(subtract(value, from.min), subtract(from.max, from.min));
  return add(to.min, multiply(position, subtract(to.max, to.min)));
}
