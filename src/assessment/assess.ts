import { isPlainObject, shown } from "../internal/options.js";
import { type Catalogue, parseCatalogue } from "./catalogue.js";
import { defaultCatalogue } from "./defaultCatalogue.js";
import { ASSESS_OPTION_KEYS, checkKnownKeys } from "./knownKeys.js";
import {
  type Fraction,
  add,
  compare,
  divide,
  exactString,
  formatFraction,
  multiply,
  subtract,
} from "../internal/fraction.js";
import { type Rated, type RatingsBySource, collect, derivedInput, misuse, readWeights } from "./readResponses.js";
import { type Scale, VERDICT_RANK, type Verdict, resolveScale, verdictOf } from "./scale.js";
import type {
  AreaResult,
  Disagreement,
  AssessOptions,
  Assessment,
  AssessmentResponse,
  CharacteristicResult,
  KeptRating,
} from "./types.js";

const ZERO: Fraction = { numerator: 0n, denominator: 1n };
const ONE: Fraction = { numerator: 1n, denominator: 1n };
const TWO: Fraction = { numerator: 2n, denominator: 1n };

/** The places a score is shown to, for people: the exact fraction stays beside it (`exactScore`). */
const SCORE_PLACES = 2;

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
 * A characteristic may have a self-assessment's rating, a peer review's and a derived one
 * ({@link deriveEvidence}), all kept in the result. A person's rating wins over a derived one; of
 * the two people's, the peer's counts (an external benchmark, as the peer reviews score councils
 * against), unless `preferredSource` is `self`. Derived ratings are made on 0–4 and are put onto the
 * assessment's scale linearly and exactly (`original` keeps the rating as made), so a 0–10
 * assessment reads a derived 3 as 7.5, not as 3.
 *
 * An area with under half of its characteristics rated keeps its score but gets no verdict
 * (`enoughRated` false) and counts neither in the overall score nor as the limiting area: one
 * rating of five says too little about an area. Where a person's rating and the derived one are two
 * or more points apart (on the 0–4 scale derived ratings are made on), the characteristic carries a
 * `disagreement` and the assessment lists it in `disagreements`; the person's rating still counts.
 *
 * Scores are decimal strings rounded half-even to two places for people, with the exact fraction
 * beside each (`exactScore`, `exactRating`); verdicts are decided on the exact means.
 *
 * @category Assessment
 * @param responses - ratings of characteristics, at most one human rating each
 * @param options - the catalogue, scale, weights and derived ratings
 * @returns each area's score and verdict, the overall verdict, the limiting area and the coverage
 * @throws {@link AssessmentError} when an option, a response or the scale has a field assess does not
 * read (a misspelling: the message names the nearest field it reads), the catalogue is not valid, a
 * response names no characteristic,
 * a rating is off its scale, a characteristic has two ratings from one source (two self, two peer or
 * two derived), the derived evidence's scale is not two numbers from a lower `min` to a higher `max`,
 * `preferredSource` is neither `peer` nor `self`, the scale is not an object of numbers with a list of
 * labels, or a weight is not positive, names nothing or is given twice
 * @example
 * import { assess } from "performance-management/assessment";
 * const result = assess([
 *   { characteristic: "vision-and-purpose/clear-sense-of-direction", rating: 4 },
 *   { characteristic: "vision-and-purpose/stakeholders-share-vision", rating: 3 },
 *   { characteristic: "financial-management/financial-planning-integrated", rating: 1, evidence: "Not linked into Budget process" },
 *   { characteristic: "financial-management/financial-information", rating: 1 },
 * ]);
 * result.areas.map((area) => [area.id, area.score, area.rated, area.total]).filter(([, score]) => score !== null)
 * //=> [["vision-and-purpose", "3.5", 2, 4], ["financial-management", "1", 2, 3]]
 * // (3.5 + 1) / 2 = 2.25 overall: "developing" alone, but financial management is ineffective.
 * [result.overall.score, result.overall.uncapped, result.overall.verdict] //=> ["2.25", "developing", "ineffective"]
 * result.limitingArea?.id //=> "financial-management"
 * // Under half an area rated: its score, but no verdict, and it does not count overall.
 * const thin = assess([{ characteristic: "financial-management/financial-planning-integrated", rating: 1 }]);
 * [thin.areas[7]?.score, thin.areas[7]?.verdict, thin.areas[7]?.enoughRated, thin.overall.score] //=> ["1", null, false, null]
 * @example
 * import { assess } from "performance-management/assessment";
 * // A self-assessment beside a peer review's rating and a derived one: the peer's counts, all three kept.
 * const id = "financial-management/financial-planning-integrated";
 * const both = assess(
 *   [{ characteristic: id, rating: 3, source: "self" }, { characteristic: id, rating: 1, source: "peer" }],
 *   { derived: [{ characteristic: id, rating: 2, source: "derived" }] },
 * );
 * const rated = both.areas.find((area) => area.id === "financial-management")?.characteristics[0];
 * [rated?.rating, rated?.source, rated?.self?.rating, rated?.peer?.rating, rated?.derived?.rating] //=> ["1", "peer", "3", "1", "2"]
 * // On a 0–10 scale a derived 3 of 4 reads 7.5, the 3 it was made as kept.
 * const tenths = assess([], { scale: { min: 0, max: 10 }, derived: [{ characteristic: id, rating: 3, source: "derived" }] });
 * tenths.areas.find((area) => area.id === "financial-management")?.characteristics[0]?.derived
 * //=> { rating: "7.5", source: "derived", original: { rating: "3", min: "0", max: "4" } }
 */
export function assess(responses: readonly AssessmentResponse[], options: AssessOptions = {}): Assessment {
  if (!Array.isArray(responses)) throw misuse("responses", `must be an array; got ${shown(responses)}`);
  const given: unknown = options;
  if (!isPlainObject(given)) throw misuse("options", `must be an object; got ${shown(given)}`);
  checkKnownKeys(given, ASSESS_OPTION_KEYS, "options", "assess");
  const catalogue: Catalogue = options.catalogue === undefined ? defaultCatalogue : parseCatalogue(options.catalogue);
  const scale = resolveScale(options.scale);
  const known = new Set<string>();
  for (const area of catalogue.areas) for (const characteristic of area.characteristics) known.add(characteristic.id);
  const weights = readWeights(options.weights, known, new Set(catalogue.areas.map((area) => area.id)));
  const preferred: unknown = options.preferredSource ?? "peer";
  if (preferred !== "peer" && preferred !== "self")
    throw misuse("options.preferredSource", `must be "peer" or "self"; got ${shown(preferred)}`);
  const other = preferred === "peer" ? "self" : "peer";
  const ratings: RatingsBySource = { self: new Map(), peer: new Map(), derived: new Map() };
  const derivedList = derivedInput(options.derived);
  const scales = { assessment: scale, derived: derivedList.scale };
  collect(responses, "responses", "self", scales, known, ratings);
  collect(derivedList.responses, "options.derived", "derived", scales, known, ratings);

  // Two points of the derived scale (0–4), put onto the assessment's: a person's rating this far from
  // the derived one is a disagreement the assessment names.
  const wide = divide(
    multiply(TWO, subtract(scale.max, scale.min)),
    subtract(derivedList.scale.max, derivedList.scale.min),
  );
  const disagreements: Disagreement[] = [];
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
      const bySelf = ratings.self.get(characteristic.id);
      const byPeer = ratings.peer.get(characteristic.id);
      const byPerson = ratings[preferred].get(characteristic.id) ?? ratings[other].get(characteristic.id);
      const byModel = ratings.derived.get(characteristic.id);
      const counted = byPerson ?? byModel;
      if (counted !== undefined) {
        const weight = weights.get(characteristic.id) ?? ONE;
        sum = add(sum, multiply(weight, counted.value));
        weightSum = add(weightSum, weight);
        rated += 1;
        if (byPerson !== undefined) ratedByPeople += 1;
        else derivedOnly += 1;
      }
      const disagreement =
        byPerson === undefined || byModel === undefined ? undefined : disagreementOf(byPerson, byModel, wide);
      if (disagreement !== undefined) disagreements.push({ characteristic: characteristic.id, ...disagreement });
      characteristics.push({
        id: characteristic.id,
        rating: counted?.rating ?? null,
        exactRating: counted === undefined ? null : exactString(counted.value),
        label: counted === undefined ? null : labelOf(counted.value, scale),
        source: counted?.source ?? null,
        human: byPerson === undefined ? null : kept(byPerson),
        self: bySelf === undefined || byPeer === undefined ? null : kept(bySelf),
        peer: bySelf === undefined || byPeer === undefined ? null : kept(byPeer),
        derived: byModel === undefined ? null : kept(byModel),
        disagreement: disagreement ?? null,
      });
    }
    const score = rated === 0 ? undefined : divide(sum, weightSum);
    // Under half of the area's characteristics rated: its score is kept, but it earns no verdict and
    // counts neither in the overall score nor as the limiting area.
    const enoughRated = rated * 2 >= area.characteristics.length;
    const verdict = score === undefined || !enoughRated ? null : verdictOf(score, scale);
    if (score !== undefined && verdict !== null) {
      areaScores.push({ id: area.id, title: area.title, score, verdict });
      const weight = weights.get(area.id) ?? ONE;
      overallSum = add(overallSum, multiply(weight, score));
      overallWeight = add(overallWeight, weight);
    }
    const shownScore = score === undefined ? null : formatFraction(score, SCORE_PLACES);
    areas.push({
      id: area.id,
      title: area.title,
      score: shownScore,
      exactScore: score === undefined ? null : exactString(score),
      verdict,
      rated,
      total: area.characteristics.length,
      enoughRated,
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
    overall: {
      score: overallScore === undefined ? null : formatFraction(overallScore, SCORE_PLACES),
      exactScore: overallScore === undefined ? null : exactString(overallScore),
      verdict,
      uncapped,
    },
    limitingArea:
      limiting === undefined
        ? null
        : {
            id: limiting.id,
            title: limiting.title,
            score: formatFraction(limiting.score, SCORE_PLACES),
            verdict: limiting.verdict,
            capped: verdict !== uncapped,
          },
    disagreements,
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

/**
 * How far a person's rating is from the derived one, when at least `wide` apart (two points of the
 * derived scale on the assessment's): `undefined` when closer. @internal
 */
function disagreementOf(person: Rated, model: Rated, wide: Fraction): Omit<Disagreement, "characteristic"> | undefined {
  const difference = subtract(person.value, model.value);
  const magnitude = compare(difference, ZERO) < 0 ? subtract(ZERO, difference) : difference;
  if (compare(magnitude, wide) < 0) return undefined;
  return {
    human: person.rating,
    humanSource: person.source as "self" | "peer",
    derived: model.rating,
    difference: formatFraction(difference),
    direction: compare(difference, ZERO) > 0 ? "person-higher" : "person-lower",
  };
}

function kept(rating: Rated): KeptRating {
  return {
    rating: rating.rating,
    source: rating.source,
    original: rating.original,
    evidence: rating.evidence,
    facts: rating.facts,
  };
}

/** The scale's name for a rating; `null` when it names none (no labels, or a rating between two). */
function labelOf(value: Fraction, scale: Scale): string | null {
  const labels = scale.resolved.labels;
  if (labels.length === 0) return null;
  const offset = add(value, { numerator: -scale.min.numerator, denominator: scale.min.denominator });
  if (offset.denominator !== 1n && offset.numerator % offset.denominator !== 0n) return null;
  return labels[Number(offset.numerator / offset.denominator)] ?? null;
}
