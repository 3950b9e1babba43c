import * as z from "zod";
import { modelMetadata } from "./metadata.js";
import { DECIMAL_STRING_PATTERN, toDecimal } from "../internal/decimal.js";
import { CalendarDate, DecimalValue, Id, Note } from "./primitives.js";

/** Whether `low` is at most `high`; true when either is not a readable decimal (its own issue says so). */
function atMost(low: DecimalValue, high: DecimalValue): boolean {
  const readable = (value: DecimalValue) =>
    typeof value === "number" ? Number.isFinite(value) : DECIMAL_STRING_PATTERN.test(value);
  return !(readable(low) && readable(high)) || !toDecimal(low).greaterThan(toDecimal(high));
}

/**
 * A quartile benchmark for an indicator: the lower quartile, median and upper quartile of a
 * comparison group's values at a date (all England, a family group of similar councils, a region),
 * as councils compare themselves in the Audit Commission's and LG Inform's quartiles. The quartiles
 * are values of the indicator, not ranks: `lowerQuartile ≤ median ≤ upperQuartile`, whatever the
 * indicator's polarity (which quartile is best follows from the polarity).
 *
 * @category Model
 * @example
 * import { Benchmark } from "performance-management/model";
 * const england = { indicator: "pi-relets", date: "2001-03-31", group: "all England", lowerQuartile: "72", median: "80", upperQuartile: "88" };
 * Benchmark.parse(england).median //=> "80"
 * Benchmark.safeParse({ ...england, median: "90" }).success //=> false
 */
export const Benchmark = z
  .strictObject({
    indicator: Id.clone().register(modelMetadata, { description: "The id of the indicator benchmarked." }),
    date: CalendarDate.clone().register(modelMetadata, {
      description: "The date the quartiles describe (a year's end for an annual figure).",
    }),
    group: z.string().min(1).clone().register(modelMetadata, {
      description: "The comparison group: 'all England', 'metropolitan districts', a family group's name.",
    }),
    lowerQuartile: DecimalValue.clone().register(modelMetadata, {
      description: "The group's lower quartile (25th percentile), in the indicator's unit.",
    }),
    median: DecimalValue.clone().register(modelMetadata, {
      description: "The group's median, in the indicator's unit.",
    }),
    upperQuartile: DecimalValue.clone().register(modelMetadata, {
      description: "The group's upper quartile (75th percentile), in the indicator's unit.",
    }),
    source: z
      .string()
      .optional()
      .clone()
      .register(modelMetadata, { description: "Where the quartiles come from: 'Audit Commission BVPI 2000/01'." }),
    note: Note.optional(),
  })
  .refine((benchmark) => atMost(benchmark.lowerQuartile, benchmark.median), {
    message: "is below the lower quartile: the quartiles must run lowerQuartile ≤ median ≤ upperQuartile",
    path: ["median"],
  })
  .refine((benchmark) => atMost(benchmark.median, benchmark.upperQuartile), {
    message: "is below the median: the quartiles must run lowerQuartile ≤ median ≤ upperQuartile",
    path: ["upperQuartile"],
  })
  .clone()
  .register(modelMetadata, { title: "Benchmark" });
/** A quartile benchmark. @category Model */
export type Benchmark = z.infer<typeof Benchmark>;
