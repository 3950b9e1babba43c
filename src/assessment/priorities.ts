import { type CatalogueOptions, catalogueOf } from "./catalogueOf.js";
import { compare, formatFraction, fractionOf, subtract } from "../internal/fraction.js";
import type { Assessment } from "./types.js";

/**
 * One gap in an assessment: a characteristic rated below the `effective` threshold.
 *
 * @category Assessment
 */
export interface Priority {
  /** The characteristic's id. */
  readonly characteristic: string;
  /** Its area's id. */
  readonly area: string;
  /** Its wording in the catalogue. */
  readonly text: string;
  /** Its rating. */
  readonly rating: string;
  /** How far it falls short of the `effective` threshold, on the rating scale. */
  readonly gap: string;
  /** The building block it belongs to (the first that lists it); `null` when none does. */
  readonly buildingBlock: string | null;
  /** The critical success factors it serves, by id. */
  readonly successFactors: readonly string[];
}

/**
 * The gaps of an assessment in the order to close them: by the building blocks' natural sequence
 * first (bold aspirations, measures and targets, ownership and accountability, rigorous review,
 * reinforcement: "it is very difficult to design an effective personal incentive structure if
 * meaningful business targets have not been set at all levels", 2.2.3), then the largest gap first,
 * then in catalogue order. A gap is a rated characteristic below the scale's `effective` threshold
 * (3, "established", by default); a characteristic in no building block comes after all of them.
 * Characteristics not assessed are not gaps: the assessment's `coverage` counts them.
 *
 * @category Assessment
 * @param assessment - the result of {@link assess}
 * @param options - the catalogue the assessment was made against, when not the default
 * @returns the gaps, first to close first, each with the critical success factors it serves
 * @throws {@link AssessmentError} when `assessment` is not one {@link assess} made (`{}`, a catalogue), naming
 * it, or the catalogue is not the one the assessment was made against
 * @example
 * import { assess, priorities } from "performance-management/assessment";
 * const assessment = assess([
 *   { characteristic: "people-management/appraisals-with-incentives", rating: 0 },
 *   { characteristic: "focus-on-outcomes/targets-smart", rating: 2 },
 *   { characteristic: "vision-and-purpose/clear-sense-of-direction", rating: 3 },
 * ]);
 * // Incentives are the larger gap (3 against 1), but targets come first in the natural sequence.
 * priorities(assessment).map((gap) => [gap.characteristic, gap.gap, gap.buildingBlock])
 * //=> [["focus-on-outcomes/targets-smart", "1", "measures-and-targets"], ["people-management/appraisals-with-incentives", "3", "reinforcement"]]
 */
export function priorities(assessment: Assessment, options?: CatalogueOptions): Priority[] {
  const { catalogue, characteristics } = catalogueOf(assessment, options, "priorities");
  const blocks = catalogue.buildingBlocks ?? [];
  const stage = new Map<string, number>();
  const blockOf = new Map<string, string>();
  blocks.forEach((block, position) => {
    for (const id of block.characteristics)
      if (!stage.has(id)) {
        stage.set(id, position);
        blockOf.set(id, block.id);
      }
  });
  const factors = new Map<string, string[]>();
  for (const factor of catalogue.criticalSuccessFactors ?? [])
    for (const id of factor.characteristics) {
      const list = factors.get(id) ?? [];
      if (!list.includes(factor.id)) list.push(factor.id);
      factors.set(id, list);
    }
  const effective = fractionOf(assessment.scale.effective);
  const gaps = [...characteristics.values()]
    .filter((entry) => entry.value !== undefined && compare(entry.value, effective) < 0)
    .map((entry) => ({
      entry,
      size: subtract(effective, entry.value ?? effective),
      stage: stage.get(entry.result.id) ?? blocks.length,
    }));
  gaps.sort((a, b) => a.stage - b.stage || compare(b.size, a.size) || a.entry.order - b.entry.order);
  return gaps.map(({ entry, size }) => ({
    characteristic: entry.result.id,
    area: entry.area,
    text: entry.text,
    rating: entry.result.rating ?? "",
    gap: formatFraction(size),
    buildingBlock: blockOf.get(entry.result.id) ?? null,
    successFactors: factors.get(entry.result.id) ?? [],
  }));
}
