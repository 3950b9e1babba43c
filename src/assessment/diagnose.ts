import { type CatalogueOptions, catalogueOf } from "./catalogueOf.js";
import { compare, fractionOf } from "./fraction.js";
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
  readonly seedRef?: string;
  /** The weak characteristics behind it, with their ratings, in catalogue order. */
  readonly characteristics: readonly { readonly id: string; readonly rating: string }[];
}

/**
 * Which warning signs an assessment's ratings point to: the symptoms of authorities who struggle with
 * managing their performance (4.3) and the behaviours of resistance (5.4.4). A sign is named when any
 * of its characteristics is rated weak, below the scale's `developing` threshold (below 2, so
 * "absent" or "emerging", by default), with those characteristics behind it. A sign whose
 * characteristics are not assessed is not named: absence of evidence is not a symptom.
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
  const diagnoses: Diagnosis[] = [];
  for (const sign of catalogue.warningSigns ?? []) {
    const weak: { id: string; rating: string; order: number }[] = [];
    for (const id of new Set(sign.characteristics)) {
      const entry = characteristics.get(id);
      if (entry?.value !== undefined && entry.result.rating !== null && compare(entry.value, developing) < 0)
        weak.push({ id, rating: entry.result.rating, order: entry.order });
    }
    weak.sort((a, b) => a.order - b.order);
    if (weak.length > 0)
      diagnoses.push({
        sign: sign.id,
        text: sign.text,
        kind: sign.kind,
        ...(sign.seedRef === undefined ? {} : { seedRef: sign.seedRef }),
        characteristics: weak.map(({ id, rating }) => ({ id, rating })),
      });
  }
  return diagnoses;
}
