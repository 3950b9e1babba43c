import * as z from "zod";
import { $ZodRegistry } from "zod/v4/core";
import { Framework } from "./framework.js";
import { modelMetadata } from "./metadata.js";

/**
 * The title a schema was given itself, not one it inherits from the schema it was cloned from
 * (`Id.meta({ description })` inherits `Id`'s title but is not `Id`).
 */
function ownTitle(schema: z.core.$ZodType): string | undefined {
  const title = modelMetadata.get(schema)?.title;
  const parent = schema._zod.parent;
  if (title === undefined || (parent !== undefined && modelMetadata.get(parent)?.title === title)) return undefined;
  return title;
}

/**
 * The model's metadata with an `id` added to every schema titled in its own right, so zod
 * extracts each into `$defs` under its title (`Target`, `Indicator`, `DecimalValue`…). A private
 * registry over the model's own ({@link modelMetadata}): nothing is registered in zod's global registry.
 */
class TitledDefinitions extends $ZodRegistry<z.core.GlobalMeta> {
  override get<S extends z.core.$ZodType>(schema: S): z.core.$replace<z.core.GlobalMeta, S> | undefined {
    const meta = modelMetadata.get(schema);
    const title = schema === (Framework as z.core.$ZodType) ? undefined : ownTitle(schema);
    return title === undefined ? meta : { ...meta, id: title };
  }
}

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
  return z.toJSONSchema(Framework, {
    target: "draft-2020-12",
    unrepresentable: "any",
    metadata: new TitledDefinitions(),
  });
}
