import type { Catalogue } from "./catalogue.js";
import type { RatingScale, ResolvedScale, Verdict } from "./scale.js";

/**
 * Who gave a rating: the council itself (`self`), a peer reviewer (`peer`), or
 * {@link deriveEvidence} from the framework model (`derived`).
 *
 * @category Assessment
 */
export type RatingSource = "self" | "peer" | "derived";

/**
 * One fact behind a derived rating: what was counted or found, its value, and the ids it concerns.
 *
 * @category Assessment
 */
export interface EvidenceFact {
  /** What the fact is, in kebab-case: `targets-owned`, `orphan-objectives`. */
  readonly fact: string;
  /** Its value: a count, a share as a decimal string, a date. */
  readonly value: string | number;
  /** The entities it concerns, when it names some: the orphan objectives, the unowned targets. */
  readonly ids?: readonly string[];
  /** A sentence a council officer can read. */
  readonly message: string;
}

/**
 * A rating of one characteristic.
 *
 * @category Assessment
 */
export interface AssessmentResponse {
  /** The characteristic's id: `focus-on-outcomes/targets-related-and-cascaded`. */
  readonly characteristic: string;
  /** The rating, on the assessment's scale (0–4 by default): a finite number or a decimal string. */
  readonly rating: number | string;
  /** What the rating rests on: a council's own words, a reviewer's note. */
  readonly evidence?: string;
  /** Who gave it; `self` when absent. */
  readonly source?: RatingSource;
  /** The facts behind a derived rating. */
  readonly facts?: readonly EvidenceFact[];
}

/**
 * Options for {@link assess}.
 *
 * @category Assessment
 */
export interface AssessOptions {
  /** The catalogue rated against; default {@link defaultCatalogue}, the seed's Appendix A. Checked with {@link catalogueSchema}. */
  readonly catalogue?: Catalogue;
  /** The rating scale and its thresholds; default 0–4 with `developing` at 2 and `effective` at 3. */
  readonly scale?: RatingScale;
  /**
   * Weights by area id (in the overall score) or characteristic id (in its area's score): a Map, or
   * entries `[id, weight]` (`Object.entries` of a record). Each positive; every other weight is 1.
   */
  readonly weights?: Iterable<readonly [string, number | string]>;
  /** Ratings {@link deriveEvidence} suggests, beside the human `responses`: a human rating wins, and both are kept. */
  readonly derived?: readonly AssessmentResponse[] | { readonly responses: readonly AssessmentResponse[] };
}

/**
 * A rating as the assessment kept it.
 *
 * @category Assessment
 */
export interface KeptRating {
  /** The rating, a canonical decimal string. */
  readonly rating: string;
  readonly source: RatingSource;
  readonly evidence?: string;
  readonly facts?: readonly EvidenceFact[];
}

/**
 * One characteristic in an assessment.
 *
 * @category Assessment
 */
export interface CharacteristicResult {
  readonly id: string;
  /** The rating that counts: the human one when there is one, else the derived one; `null` when not assessed. */
  readonly rating: string | null;
  /** The scale's name for the rating, when the scale names it. */
  readonly label?: string;
  /** Where the rating that counts came from; `null` when not assessed. */
  readonly source: RatingSource | null;
  /** The human rating (self or peer), when given. */
  readonly human?: KeptRating;
  /** The derived rating, when given. */
  readonly derived?: KeptRating;
}

/**
 * One area in an assessment.
 *
 * @category Assessment
 */
export interface AreaResult {
  readonly id: string;
  readonly title: string;
  /** The weighted mean of the area's rated characteristics; `null` when none is rated ("not assessed"). */
  readonly score: string | null;
  /** The verdict the score earns; `null` when not assessed. */
  readonly verdict: Verdict | null;
  /** How many characteristics are rated. */
  readonly rated: number;
  /** How many characteristics the area has. */
  readonly total: number;
  readonly characteristics: readonly CharacteristicResult[];
}

/**
 * The result of {@link assess}: plain JSON, scores as decimal strings on the rating scale.
 *
 * @category Assessment
 */
export interface Assessment {
  /** The scale the ratings are on, with its thresholds. */
  readonly scale: ResolvedScale;
  readonly areas: readonly AreaResult[];
  readonly overall: {
    /** The weighted mean of the assessed areas' scores; `null` when nothing is rated. */
    readonly score: string | null;
    /** The overall score's verdict, capped by the limiting area's; `null` when nothing is rated. */
    readonly verdict: Verdict | null;
    /** The verdict the overall score alone would earn. */
    readonly uncapped: Verdict | null;
  };
  /** The assessed area with the lowest score (of equals, the first in the catalogue), which caps the verdict; `null` when nothing is rated. */
  readonly limitingArea: {
    readonly id: string;
    readonly title: string;
    readonly score: string;
    readonly verdict: Verdict;
    /** Whether it lowered the overall verdict. */
    readonly capped: boolean;
  } | null;
  readonly coverage: {
    /** Characteristics rated, by anyone. */
    readonly rated: number;
    /** Characteristics rated by a person (self or peer). */
    readonly ratedByPeople: number;
    /** Characteristics rated only by {@link deriveEvidence}. */
    readonly derivedOnly: number;
    /** Characteristics in the catalogue. */
    readonly total: number;
    /** Areas with at least one rating. */
    readonly areasAssessed: number;
    readonly areas: number;
  };
}
