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
  /** The entities it concerns: the orphan objectives, the unowned targets; `[]` when it names none. */
  readonly ids: readonly string[];
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
  /**
   * The rating, a finite number or a decimal string: on the assessment's scale (0–4 by default), or,
   * when `source` is `derived`, on the derived evidence's scale (0–4, {@link deriveEvidence}'s),
   * which {@link assess} puts onto the assessment's.
   */
  readonly rating: number | string;
  /** What the rating rests on: a council's own words, a reviewer's note. */
  readonly evidence?: string;
  /** Who gave it; `self` when absent. */
  readonly source?: RatingSource;
  /** The facts behind a derived rating (`ids` may be left out: the assessment gives them as `[]`). */
  readonly facts?: readonly EvidenceFactInput[];
}

/**
 * A fact as a response may give it: an {@link EvidenceFact} whose `ids` may be left out.
 *
 * @category Assessment
 */
export type EvidenceFactInput = Omit<EvidenceFact, "ids"> & { readonly ids?: readonly string[] | undefined };

/**
 * Options for {@link assess}.
 *
 * @category Assessment
 */
export interface AssessOptions {
  /** The catalogue rated against; default {@link defaultCatalogue}, the seed's Appendix A. Checked with {@link catalogueSchema}. */
  readonly catalogue?: Catalogue | undefined;
  /** The rating scale and its thresholds; default 0–4 with `developing` at 2 and `effective` at 3. */
  readonly scale?: RatingScale | undefined;
  /**
   * Weights by area id (in the overall score) or characteristic id (in its area's score): a Map, or
   * entries `[id, weight]` (`Object.entries` of a record). Each positive; every other weight is 1.
   */
  readonly weights?: Iterable<readonly [string, number | string]> | undefined;
  /**
   * Ratings {@link deriveEvidence} suggests, beside the human `responses`: a human rating wins, and both
   * are kept. Derived ratings are on the scale they were made on (`scale`, default 0–4, the one
   * {@link deriveEvidence} rates on) and are put linearly and exactly onto the assessment's: its 0
   * onto the scale's `min`, its 4 onto `max` (4 of 4 is 10 of 10, 2 of 4 is 3 on 1–5).
   */
  readonly derived?:
    | readonly AssessmentResponse[]
    | {
        readonly responses: readonly AssessmentResponse[];
        /** The scale the derived ratings were made on; default `{ min: 0, max: 4 }`. */
        readonly scale?: { readonly min: number | string; readonly max: number | string } | undefined;
      }
    | undefined;
  /**
   * Which person's rating counts when a characteristic has both a self-assessment and a peer
   * review's rating: `peer` (the default: an external benchmark, as the peer reviews score councils)
   * or `self`. Both are kept; a derived rating counts only when no person rated.
   */
  readonly preferredSource?: "peer" | "self" | undefined;
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
  /**
   * The rating as given and the scale it was made on, when that was not the assessment's scale (a
   * derived 0–4 rating in a 0–10 assessment): `rating` is then it put onto the assessment's scale.
   * `null` when it was made on the assessment's scale.
   */
  readonly original: { readonly rating: string; readonly min: string; readonly max: string } | null;
  /** The evidence given with the rating; `null` when none was. */
  readonly evidence: string | null;
  /** The facts a derived rating rests on; `[]` for a person's rating, or when none is recorded. */
  readonly facts: readonly EvidenceFact[];
}

/**
 * One characteristic in an assessment.
 *
 * @category Assessment
 */
export interface CharacteristicResult {
  readonly id: string;
  /**
   * The rating that counts: a person's when there is one (the peer's over the self-assessment's,
   * unless `preferredSource` says `self`), else the derived one; `null` when not assessed.
   */
  readonly rating: string | null;
  /** The rating that counts, exactly: `"numerator/denominator"` in lowest terms (`"5/2"`); `null` when not assessed. */
  readonly exactRating: string | null;
  /** The scale's name for the rating; `null` when not assessed, or when the scale names no such rating. */
  readonly label: string | null;
  /** Where the rating that counts came from; `null` when not assessed. */
  readonly source: RatingSource | null;
  /** The person's rating that counts (self or peer); `null` when no person rated it. */
  readonly human: KeptRating | null;
  /** The self-assessment's rating, when a peer rated the characteristic too; else `null`. */
  readonly self: KeptRating | null;
  /** The peer review's rating, when the characteristic was self-assessed too; else `null`. */
  readonly peer: KeptRating | null;
  /** The derived rating; `null` when none was given. */
  readonly derived: KeptRating | null;
  /** How the person's rating and the derived one differ, when two or more points apart (on the 0–4 scale the derived ones are made on); else `null`. */
  readonly disagreement: Omit<Disagreement, "characteristic"> | null;
}

/**
 * A person's rating and the derived one two or more points apart (two points of the 0–4 scale
 * {@link deriveEvidence} rates on, put onto the assessment's: 5 on a 0–10 scale): the framework's
 * data and the people's judgement tell different stories, and the assessment says so rather than
 * let the person's rating pass in silence. The person's rating still counts.
 * @category Assessment
 */
export interface Disagreement {
  readonly characteristic: string;
  /** The person's rating that counts, on the assessment's scale. */
  readonly human: string;
  /** Whose it is. */
  readonly humanSource: "self" | "peer";
  /** The derived rating, on the assessment's scale. */
  readonly derived: string;
  /** `human − derived`, a decimal string. */
  readonly difference: string;
  /** `person-higher` when the person rated above what the data show, `person-lower` below. */
  readonly direction: "person-higher" | "person-lower";
}

/**
 * One area in an assessment.
 *
 * @category Assessment
 */
export interface AreaResult {
  readonly id: string;
  readonly title: string;
  /** The weighted mean of the area's rated characteristics, rounded to two places for people (the exact fraction is `exactScore`); `null` when none is rated ("not assessed"). */
  readonly score: string | null;
  /** The score exactly, `"numerator/denominator"` in lowest terms (`"8/3"`); `null` when not assessed. */
  readonly exactScore: string | null;
  /** The verdict the score earns; `null` when not assessed, or when under half the characteristics are rated (`enoughRated` false). */
  readonly verdict: Verdict | null;
  /** How many characteristics are rated. */
  readonly rated: number;
  /** How many characteristics the area has. */
  readonly total: number;
  /**
   * Whether at least half the area's characteristics are rated. An area rated on fewer has its
   * score but no verdict, and counts neither in the overall score nor as the limiting area: a
   * verdict on one characteristic of five says too little about the area.
   */
  readonly enoughRated: boolean;
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
    /** The weighted mean of the scores of the areas with a verdict, rounded to two places (exact in `exactScore`); `null` when no area has a verdict. */
    readonly score: string | null;
    /** The score exactly, `"numerator/denominator"` in lowest terms; `null` when nothing is rated. */
    readonly exactScore: string | null;
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
  /** Where a person's rating and the derived one are two or more points apart, in catalogue order. */
  readonly disagreements: readonly Disagreement[];
  readonly coverage: {
    /** Characteristics rated, by anyone. */
    readonly rated: number;
    /** Characteristics rated by a person (self or peer). */
    readonly ratedByPeople: number;
    /** Characteristics rated only by {@link deriveEvidence}. */
    readonly derivedOnly: number;
    /** Characteristics in the catalogue. */
    readonly total: number;
    /** Areas with a verdict: at least half their characteristics rated. */
    readonly areasAssessed: number;
    readonly areas: number;
  };
}
