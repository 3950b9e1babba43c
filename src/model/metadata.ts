import * as z from "zod";

/**
 * The model's own zod registry: the title and description of every schema the model exports
 * (`Target`, `DecimalValue`, each field's description), which {@link frameworkJsonSchema} turns into
 * the JSON Schema's `$defs` and descriptions. The model describes its schemas here, never in zod's
 * global registry, so importing the library writes nothing into a consumer's `z.globalRegistry`.
 * Pass it as `metadata` to describe one of the model's schemas in JSON Schema yourself.
 *
 * @category Validation
 * @example
 * import * as z from "zod";
 * import { Target, TrajectoryKind, modelMetadata } from "performance-management/model";
 * modelMetadata.get(Target)?.title //=> "Target"
 * z.globalRegistry.has(Target) //=> false
 * z.toJSONSchema(TrajectoryKind, { metadata: modelMetadata }).title //=> "TrajectoryKind"
 */
export const modelMetadata: z.core.$ZodRegistry<z.core.GlobalMeta> = z.registry<z.core.GlobalMeta>();
