/**
 * The check every function that reads an {@link assess} result makes of it first (priorities,
 * diagnose, compareAssessments): the fields they read, present and of their type, so `{}`, a
 * catalogue or an unrelated object is refused with an AssessmentError naming the argument, not met
 * with a `TypeError` halfway through. One pass over the areas and characteristics: a shape check,
 * not a re-assessment.
 * @internal
 */
import { DECIMAL_STRING_PATTERN } from "../internal/decimal.js";
import { isPlainObject, shown } from "../internal/options.js";
import { AssessmentError } from "./errors.js";
import type { Assessment } from "./types.js";

function fault(what: string, place: string, message: string): AssessmentError {
  const path = place.split(/[.[\]]+/).filter(Boolean);
  return new AssessmentError(`${what}: ${place} ${message}`, [{ path, message }]);
}

function isDecimal(value: unknown): boolean {
  return typeof value === "string" && DECIMAL_STRING_PATTERN.test(value);
}

/** A score or rating as assess writes it: a decimal string, or null when nothing was rated. */
function isScore(value: unknown): boolean {
  return value === null || isDecimal(value);
}

/**
 * Checks that `value`, the argument `name` of the function `what`, is an assessment {@link assess}
 * made: a scale of decimal strings, an `overall`, and a list of areas each with a list of rated
 * characteristics.
 * @internal
 */
export function checkAssessment(value: unknown, name: string, what: string): asserts value is Assessment {
  if (!isPlainObject(value)) throw fault(what, name, `must be an assessment made by assess; got ${shown(value)}`);
  const scale = value.scale;
  if (
    !isPlainObject(scale) ||
    !isDecimal(scale.min) ||
    !isDecimal(scale.max) ||
    !isDecimal(scale.effective) ||
    !isDecimal(scale.developing)
  )
    throw fault(
      what,
      `${name}.scale`,
      `must be the scale assess resolved, its bounds decimal strings; got ${shown(scale)}`,
    );
  if (!isPlainObject(value.overall) || !isScore(value.overall.score))
    throw fault(what, `${name}.overall`, `must be assess's overall result, with a score; got ${shown(value.overall)}`);
  if (value.limitingArea !== null && value.limitingArea !== undefined && !isPlainObject(value.limitingArea))
    throw fault(what, `${name}.limitingArea`, `must be an area or null; got ${shown(value.limitingArea)}`);
  if (!Array.isArray(value.areas))
    throw fault(what, `${name}.areas`, `must be the list of areas assess scored; got ${shown(value.areas)}`);
  const areas = value.areas as readonly unknown[];
  for (let a = 0; a < areas.length; a += 1) {
    const area = areas[a];
    const at = `${name}.areas[${String(a)}]`;
    if (
      !isPlainObject(area) ||
      typeof area.id !== "string" ||
      !isScore(area.score) ||
      !Array.isArray(area.characteristics)
    )
      throw fault(what, at, `must be an area as assess scored it (id, score, characteristics); got ${shown(area)}`);
    const characteristics = area.characteristics as readonly unknown[];
    for (let c = 0; c < characteristics.length; c += 1) {
      const characteristic = characteristics[c];
      if (!isPlainObject(characteristic) || typeof characteristic.id !== "string" || !isScore(characteristic.rating))
        throw fault(
          what,
          `${at}.characteristics[${String(c)}]`,
          `must be a characteristic as assess rated it (id, rating); got ${shown(characteristic)}`,
        );
    }
  }
}
