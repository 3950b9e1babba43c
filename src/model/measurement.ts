import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { CalendarDate, DecimalValue, Id, Note } from "./primitives.js";

/**
 * How far a measurement can be relied on; `provisional` and `estimate` values are used but flagged.
 *
 * @category Model
 * @example
 * import { DataQuality } from "performance-management/model";
 * DataQuality.options //=> ["validated", "provisional", "estimate"]
 */
export const DataQuality = z
  .enum(["validated", "provisional", "estimate"])
  .clone()
  .register(modelMetadata, { title: "DataQuality" });
/** How far a measurement can be relied on. @category Model */
export type DataQuality = z.infer<typeof DataQuality>;

/**
 * One observed value of an indicator at a date.
 *
 * @category Model
 * @example
 * import { Measurement } from "performance-management/model";
 * Measurement.parse({ indicator: "pi-unemployment", date: "2001-01-31", value: "6.5" }).value //=> "6.5"
 */
export const Measurement = z
  .strictObject({
    indicator: Id,
    date: CalendarDate,
    value: DecimalValue,
    quality: DataQuality.optional(),
    note: Note.optional(),
    correctiveAction: z
      .string()
      .optional()
      .clone()
      .register(modelMetadata, { description: "What is being done about it (seed 2.2.1, 5.3.4.1)." }),
  })
  .clone()
  .register(modelMetadata, { title: "Measurement" });
/** One observed value of an indicator. @category Model */
export type Measurement = z.infer<typeof Measurement>;
