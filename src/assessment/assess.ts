import { isPlainObject, shown } from "../internal/options.js";
import { type Catalogue, parseCatalogue } from "./catalogue.js";
import { defaultCatalogue } from "./defaultCatalogue.js";
import { AssessmentError } from "./errors.js";
import { type Fraction, add, compare, divide, formatFraction, multiply } from "./fraction.js";
import { type Scale, VERDICT_RANK, type Verdict, readNumber, resolveScale, verdictOf } from "./scale.js";
import type {
  AreaResult,
  AssessOptions,
  Assessment,
  AssessmentResponse,
  CharacteristicResult,
  KeptRating,
  RatingSource,
} from "./types.js";

const ZERO: Fraction = { numerator: 0n, denominator: 1n };
const ONE: Fraction = { numerator: 1n, denominator: 1n };
const SOURCES: readonly RatingSource[] = ["self", "peer", "derived"];

/**
 * Scores a self-assessment against a catalogue (the seed's Appendix A by default). Each area's score
 * is the weighted mean of its rated characteristics, on the rating scale; a characteristic nobody
 * rated is "not assessed" and counts for nothing, never as zero, and an area with nothing rated has
 * no score. The overall score is the weighted mean of the assessed areas' scores.
 *
 * The verdict: `effective` from the scale's `effective` threshold (3, "established", on the default
 * 0–4 scale: the characteristic is in place across the council), `developing` from its `developing`
 * threshold (2: in place in parts, or inconsistently), `ineffective` below (absent or only emerging).
 * The seed says every building block must be in place and integrated ("If essential parts of the
 * system are not robust, others are not likely to work well either", 2.2.3), so the overall verdict is
 * never better than the weakest assessed area's, and the assessment names that area as `limitingArea`.
 *
 * Derived ratings ({@link deriveEvidence}) sit beside human ones: a human rating (self or peer) wins,
 * and both are kept in the result.
 *
 * Scores are decimal strings, exact where the mean is a decimal of at most ten places and otherwise
 * rounded half-even to ten; verdicts are decided on the exact means.
 *
 * @category Assessment
 * @param responses - ratings of characteristics, at most one human rating each
 * @param options - the catalogue, scale, weights and derived ratings
 * @returns each area's score and verdict, the overall verdict, the limiting area and the coverage
 * @throws {@link AssessmentError} when the catalogue is not valid, a response names no characteristic,
 * a rating is off the scale, a characteristic has two human (or two derived) ratings, or a weight is
 * not positive or names nothing
 * @example
 * import { assess } from "performance-management/assessment";
 * const result = assess([
 *   { characteristic: "vision-and-purpose/clear-sense-of-direction", rating: 4 },
 *   { characteristic: "vision-and-purpose/stakeholders-share-vision", rating: 3 },
 *   { characteristic: "financial-management/financial-planning-integrated", rating: 1, evidence: "Not linked into Budget process" },
 * ]);
 * result.areas.map((area) => [area.id, area.score, area.rated, area.total]).filter(([, score]) => score !== null)
 * //=> [["vision-and-purpose", "3.5", 2, 4], ["financial-management", "1", 1, 3]]
 * // (3.5 + 1) / 2 = 2.25 overall: "developing" alone, but financial management is ineffective.
 * [result.overall.score, result.overall.uncapped, result.overall.verdict] //=> ["2.25", "developing", "ineffective"]
 * result.limitingArea?.id //=> "financial-management"
 */
export function assess(responses: readonly AssessmentResponse[], options: AssessOptions = {}): Assessment {
  if (!Array.isArray(responses)) throw misuse("responses", `must be an array; got ${shown(responses)}`);
  const given: unknown = options;
  if (!isPlainObject(given)) throw misuse("options", `must be an object; got ${shown(given)}`);
  const catalogue: Catalogue = options.catalogue === undefined ? defaultCatalogue : parseCatalogue(options.catalogue);
  const scale = resolveScale(options.scale);
  const known = new Set<string>();
  for (const area of catalogue.areas) for (const characteristic of area.characteristics) known.add(characteristic.id);
  const weights = readWeights(options.weights, known, new Set(catalogue.areas.map((area) => area.id)));
  const human = new Map<string, KeptRating & { value: Fraction }>();
  const derived = new Map<string, KeptRating & { value: Fraction }>();
  const derivedList = derivedResponses(options.derived);
  collect(responses, "responses", "self", scale, known, human, derived);
  collect(derivedList, "options.derived", "derived", scale, known, human, derived);

  const areas: AreaResult[] = [];
  const areaScores: { id: string; title: string; score: Fraction; verdict: Verdict }[] = [];
  let overallSum = ZERO;
  let overallWeight = ZERO;
  let ratedByPeople = 0;
  let derivedOnly = 0;
  for (const area of catalogue.areas) {
    let sum = ZERO;
    let weightSum = ZERO;
    let rated = 0;
    const characteristics: CharacteristicResult[] = [];
    for (const characteristic of area.characteristics) {
      const byPerson = human.get(characteristic.id);
      const byModel = derived.get(characteristic.id);
      const counted = byPerson ?? byModel;
      if (counted !== undefined) {
        const weight = weights.get(characteristic.id) ?? ONE;
        sum = add(sum, multiply(weight, counted.value));
        weightSum = add(weightSum, weight);
        rated += 1;
        if (byPerson !== undefined) ratedByPeople += 1;
        else derivedOnly += 1;
      }
      characteristics.push({
        id: characteristic.id,
        rating: counted?.rating ?? null,
        ...(counted === undefined ? {} : labelOf(counted.value, scale)),
        source: counted?.source ?? null,
        ...(byPerson === undefined ? {} : { human: kept(byPerson) }),
        ...(byModel === undefined ? {} : { derived: kept(byModel) }),
      });
    }
    const score = rated === 0 ? undefined : divide(sum, weightSum);
    const verdict = score === undefined ? null : verdictOf(score, scale);
    if (score !== undefined && verdict !== null) {
      areaScores.push({ id: area.id, title: area.title, score, verdict });
      const weight = weights.get(area.id) ?? ONE;
      overallSum = add(overallSum, multiply(weight, score));
      overallWeight = add(overallWeight, weight);
    }
    const shownScore = score === undefined ? null : formatFraction(score);
    areas.push({
      id: area.id,
      title: area.title,
      score: shownScore,
      verdict,
      rated,
      total: area.characteristics.length,
      characteristics,
    });
  }

  let limiting: (typeof areaScores)[number] | undefined;
  for (const candidate of areaScores)
    if (limiting === undefined || compare(candidate.score, limiting.score) < 0) limiting = candidate;
  const overallScore = limiting === undefined ? undefined : divide(overallSum, overallWeight);
  const uncapped = overallScore === undefined ? null : verdictOf(overallScore, scale);
  const verdict =
    limiting === undefined || uncapped === null
      ? null
      : VERDICT_RANK[limiting.verdict] < VERDICT_RANK[uncapped]
        ? limiting.verdict
        : uncapped;
  const total = catalogue.areas.reduce((count, area) => count + area.characteristics.length, 0);
  return {
    scale: scale.resolved,
    areas,
    overall: { score: overallScore === undefined ? null : formatFraction(overallScore), verdict, uncapped },
    limitingArea:
      limiting === undefined
        ? null
        : {
            id: limiting.id,
            title: limiting.title,
            score: formatFraction(limiting.score),
            verdict: limiting.verdict,
            capped: verdict !== uncapped,
          },
    coverage: {
      rated: ratedByPeople + derivedOnly,
      ratedByPeople,
      derivedOnly,
      total,
      areasAssessed: areaScores.length,
      areas: catalogue.areas.length,
    },
  };
}

/** The derived ratings passed beside the human ones: a list, or {@link deriveEvidence}'s result. */
function derivedResponses(derived: AssessOptions["derived"]): readonly AssessmentResponse[] {
  const given: unknown = derived;
  if (given === undefined) return [];
  if (Array.isArray(given)) return given as readonly AssessmentResponse[];
  if (isPlainObject(given) && Array.isArray(given.responses)) return given.responses as readonly AssessmentResponse[];
  throw misuse("options.derived", `must be deriveEvidence's result or a list of responses; got ${shown(given)}`);
}

function misuse(path: string, message: string): AssessmentError {
  return new AssessmentError(`${path} ${message}`, [{ path: path.split(/[.[\]]+/).filter(Boolean), message }]);
}

function kept(rating: KeptRating): KeptRating {
  return {
    rating: rating.rating,
    source: rating.source,
    ...(rating.evidence === undefined ? {} : { evidence: rating.evidence }),
    ...(rating.facts === undefined ? {} : { facts: rating.facts }),
  };
}

function labelOf(value: Fraction, scale: Scale): { label?: string } {
  const labels = scale.resolved.labels;
  if (labels.length === 0) return {};
  const offset = add(value, { numerator: -scale.min.numerator, denominator: scale.min.denominator });
  if (offset.denominator !== 1n && offset.numerator % offset.denominator !== 0n) return {};
  const label = labels[Number(offset.numerator / offset.denominator)];
  return label === undefined ? {} : { label };
}

function readWeights(
  weights: AssessOptions["weights"],
  known: ReadonlySet<string>,
  areas: ReadonlySet<string>,
): Map<string, Fraction> {
  const read = new Map<string, Fraction>();
  if (weights === undefined) return read;
  if (typeof (weights as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function")
    throw misuse("options.weights", `must be a Map or a list of [id, weight] entries; got ${shown(weights)}`);
  for (const entry of weights as Iterable<unknown>) {
    if (!Array.isArray(entry)) throw misuse("options.weights", `holds ${shown(entry)}, not an [id, weight] entry`);
    const [id, weight] = entry as unknown[];
    if (typeof id !== "string" || !(known.has(id) || areas.has(id)))
      throw misuse("options.weights", `names no area or characteristic of the catalogue: ${shown(id)}`);
    const value = readNumber(weight, `options.weights.${id}`);
    if (compare(value, ZERO) <= 0) throw misuse("options.weights", `must be positive: ${id} has ${shown(weight)}`);
    read.set(id, value);
  }
  return read;
}

function collect(
  list: readonly AssessmentResponse[],
  where: string,
  defaultSource: RatingSource,
  scale: Scale,
  known: ReadonlySet<string>,
  human: Map<string, KeptRating & { value: Fraction }>,
  derived: Map<string, KeptRating & { value: Fraction }>,
): void {
  if (!Array.isArray(list)) throw misuse(where, `must be an array; got ${shown(list)}`);
  list.forEach((response: unknown, i) => {
    const at = `${where}[${String(i)}]`;
    if (!isPlainObject(response)) throw misuse(at, `must be an object; got ${shown(response)}`);
    const { characteristic, rating, evidence, source = defaultSource, facts } = response;
    if (typeof characteristic !== "string" || !known.has(characteristic))
      throw misuse(`${at}.characteristic`, `names no characteristic of the catalogue: ${shown(characteristic)}`);
    const value = readNumber(rating, `${at}.rating`);
    if (compare(value, scale.min) < 0 || compare(value, scale.max) > 0)
      throw misuse(`${at}.rating`, `${shown(rating)} is off the scale ${scale.resolved.min}–${scale.resolved.max}`);
    if (typeof source !== "string" || !(SOURCES as readonly string[]).includes(source))
      throw misuse(`${at}.source`, `must be "self", "peer" or "derived"; got ${shown(source)}`);
    if (evidence !== undefined && typeof evidence !== "string")
      throw misuse(`${at}.evidence`, `must be a string; got ${shown(evidence)}`);
    if (facts !== undefined && !Array.isArray(facts))
      throw misuse(`${at}.facts`, `must be an array; got ${shown(facts)}`);
    const into = source === "derived" ? derived : human;
    if (into.has(characteristic))
      throw misuse(
        at,
        `rates "${characteristic}" a second time (${source === "derived" ? "derived" : "self or peer"})`,
      );
    into.set(characteristic, {
      rating: formatFraction(value),
      source: source as RatingSource,
      ...(evidence === undefined ? {} : { evidence }),
      ...(facts === undefined ? {} : { facts: facts as KeptRating["facts"] & object }),
      value,
    });
  });
}
