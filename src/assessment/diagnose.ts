import { type CatalogueOptions, catalogueOf } from "./catalogueOf.js";
import { compare, fractionOf } from "../internal/fraction.js";
import type { Catalogue } from "./catalogue.js";
import type { Assessment } from "./types.js";

/**
 * A warning sign an assessment's ratings point to.
 *
 * @category Assessment
 */
export interface Diagnosis {
  /** The warning sign's id: `symptom/who-but-not-how`. */
  readonly sign: string;
  /** Its wording in the catalogue. */
  readonly text: string;
  /** `symptom` (4.3) or `resistance` (5.4.4). */
  readonly kind: "symptom" | "resistance";
  /** The section of the seed paper it comes from; `null` for a catalogue's own sign that names none. */
  readonly seedRef: string | null;
  /** The weak characteristics behind it, with their ratings, in catalogue order. */
  readonly characteristics: readonly { readonly id: string; readonly rating: string }[];
  /**
   * The same sign listed again elsewhere in the catalogue (the seed names plans that sit on the shelf
   * among the symptoms, 4.3, and again among the resistance, 5.4.4): named once, here, with the
   * other listings; `[]` when the sign is listed once.
   */
  readonly alsoListedAs: readonly { readonly sign: string; readonly text: string; readonly seedRef: string | null }[];
}

/**
 * Which warning signs an assessment's ratings point to: the symptoms of authorities who struggle with
 * managing their performance (4.3) and the behaviours of resistance (5.4.4). A sign is named when any
 * of its characteristics is rated weak, below the scale's `developing` threshold (below 2, so
 * "absent" or "emerging", by default), with those characteristics behind it. A sign whose
 * characteristics are not assessed is not named: absence of evidence is not a symptom. A sign the
 * catalogue lists twice (ids that end the same after the kind, `symptom/plans-on-the-shelf` and
 * `resistance/plans-on-the-shelf`) is named once, at its first listing, with the characteristics of
 * both and the other listing in `alsoListedAs`.
 *
 * @category Assessment
 * @param assessment - the result of {@link assess}
 * @param options - the catalogue the assessment was made against, when not the default
 * @returns the signs pointed to, in the catalogue's order
 * @throws {@link AssessmentError} when `assessment` is not one {@link assess} made (`{}`, a catalogue), naming
 * it, or the catalogue is not the one the assessment was made against
 * @example
 * import { assess, diagnose } from "performance-management/assessment";
 * const assessment = assess([
 *   { characteristic: "leadership-and-management/every-target-owned", rating: 3 },
 *   { characteristic: "planning-monitoring-review/service-plans", rating: 1, evidence: "Identified who had to deliver, but not how" },
 * ]);
 * diagnose(assessment).map((sign) => sign.text)
 * //=> ["service planning not consistently applied across departments", "know who has to deliver, but not how"]
 */
export function diagnose(assessment: Assessment, options?: CatalogueOptions): Diagnosis[] {
  const { catalogue, characteristics } = catalogueOf(assessment, options, "diagnose");
  const developing = fractionOf(assessment.scale.developing);
  // The catalogue's listings of each sign, by the part of its id after the kind: one sign listed twice is named once.
  const listings = new Map<string, NonNullable<Catalogue["warningSigns"]>[number][]>();
  for (const sign of catalogue.warningSigns ?? []) {
    const key = sign.id.slice(sign.id.indexOf("/") + 1);
    const listed = listings.get(key);
    if (listed === undefined) listings.set(key, [sign]);
    else listed.push(sign);
  }
  const diagnoses: Diagnosis[] = [];
  for (const [first, ...again] of listings.values()) {
    if (first === undefined) continue;
    const weak: { id: string; rating: string; order: number }[] = [];
    for (const id of new Set([first, ...again].flatMap((sign) => sign.characteristics))) {
      const entry = characteristics.get(id);
      if (entry?.value !== undefined && entry.result.rating !== null && compare(entry.value, developing) < 0)
        weak.push({ id, rating: entry.result.rating, order: entry.order });
    }
    weak.sort((a, b) => a.order - b.order);
    if (weak.length > 0)
      diagnoses.push({
        sign: first.id,
        text: first.text,
        kind: first.kind,
        seedRef: first.seedRef ?? null,
        characteristics: weak.map(({ id, rating }) => ({ id, rating })),
        alsoListedAs: again.map((sign) => ({ sign: sign.id, text: sign.text, seedRef: sign.seedRef ?? null })),
      });
  }
  return diagnoses;
}
