import { isPlainObject, shown } from "../internal/options.js";
import { type Catalogue, parseCatalogue } from "./catalogue.js";
import { defaultCatalogue } from "./defaultCatalogue.js";
import { checkAssessment } from "./checkAssessment.js";
import { AssessmentError } from "./errors.js";
import { CATALOGUE_OPTION_KEYS, checkKnownKeys } from "./knownKeys.js";
import { type Fraction, fractionOf } from "../internal/fraction.js";
import type { Assessment, CharacteristicResult } from "./types.js";

/** Options of the functions that read an assessment with its catalogue. @category Assessment */
export interface CatalogueOptions {
  /** The catalogue the assessment was made against; default {@link defaultCatalogue}. */
  readonly catalogue?: Catalogue | undefined;
}

/** A characteristic of an assessment with its place in the catalogue and its rating as a fraction. @internal */
export interface RatedCharacteristic {
  readonly result: CharacteristicResult;
  readonly area: string;
  readonly text: string;
  /** Its position in catalogue order. */
  readonly order: number;
  readonly value: Fraction | undefined;
}

/**
 * The catalogue an assessment was made against, checked to be the one it names, and its
 * characteristics by id in catalogue order.
 * @internal
 */
export function catalogueOf(
  assessment: Assessment,
  options: CatalogueOptions | undefined,
  what: string,
): { catalogue: Catalogue; characteristics: Map<string, RatedCharacteristic> } {
  checkAssessment(assessment, "assessment", what);
  const given: unknown = options;
  if (given !== undefined && !isPlainObject(given))
    throw new AssessmentError(`${what}: options must be an object; got ${shown(given)}`, [
      { path: ["options"], message: "is not an object" },
    ]);
  if (given !== undefined) checkKnownKeys(given, CATALOGUE_OPTION_KEYS, "options", what);
  const catalogue = options?.catalogue === undefined ? defaultCatalogue : parseCatalogue(options.catalogue);
  const characteristics = new Map<string, RatedCharacteristic>();
  const results = new Map<string, CharacteristicResult>();
  for (const area of assessment.areas) for (const result of area.characteristics) results.set(result.id, result);
  let order = 0;
  for (const area of catalogue.areas)
    for (const characteristic of area.characteristics) {
      const result = results.get(characteristic.id);
      if (result === undefined)
        throw new AssessmentError(
          `${what}: the assessment was not made against this catalogue (it has no "${characteristic.id}"); pass the catalogue it was made against as options.catalogue`,
          [{ path: ["options", "catalogue"], message: "is not the assessment's catalogue" }],
        );
      characteristics.set(characteristic.id, {
        result,
        area: area.id,
        text: characteristic.text,
        order,
        value: result.rating === null ? undefined : fractionOf(result.rating),
      });
      order += 1;
    }
  if (results.size !== characteristics.size)
    throw new AssessmentError(
      `${what}: the assessment was not made against this catalogue (it rates characteristics the catalogue lacks); pass the catalogue it was made against as options.catalogue`,
      [{ path: ["options", "catalogue"], message: "is not the assessment's catalogue" }],
    );
  return { catalogue, characteristics };
}
