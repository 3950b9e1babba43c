import FRAMEWORK_SCHEMA from "./framework.schema.json" with { type: "json" };

/**
 * The JSON Schema (draft 2020-12) of a framework document, generated from the same zod schema that
 * {@link parseFramework} uses, so tools in other languages can validate the same documents.
 *
 * Each entity and named value has a definition under `$defs` named after it (`Target`, `Indicator`,
 * `Contribution`, `DecimalValue`…), so types generated from the schema get readable names.
 *
 * JSON Schema cannot say everything the parser checks: that a date is a real calendar date, that a
 * period does not end before it starts. Run {@link parseFramework} for the full set of checks.
 *
 * @category Validation
 * @returns a fresh JSON Schema object on each call
 * @example
 * import { frameworkJsonSchema } from "performance-management";
 * const schema = frameworkJsonSchema();
 * schema.$schema //=> "https://json-schema.org/draft/2020-12/schema"
 * schema.required //=> ["id", "name", "owners", "plans", "objectives", "indicators", "targets"]
 * schema.properties.targets //=> { type: "array", items: { $ref: "#/$defs/Target" } }
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(FRAMEWORK_SCHEMA)) as Record<string, unknown>;
}
