// The parser's fast path (src/model/fastEntries.ts) as its two test files use it: each list's fast
// function beside its zod schema, and the minimal framework with entries appended to one list.
import type { z } from "zod";
import { Indicator, Measurement, Objective, Target } from "../../src/index.js";
import {
  type FastParser,
  fastIndicator,
  fastMeasurement,
  fastObjective,
  fastTarget,
} from "../../src/model/fastEntries.js";
import { jsonCopy, minimalFramework } from "./fixtures.js";

export { fastIndicator, fastMeasurement, fastObjective, fastTarget };

/** A framework list whose entries have a fast function. */
export type FastList = "measurements" | "objectives" | "indicators" | "targets";

/** Each list's fast function and the schema it must agree with. */
export const FAST_ENTRIES: Readonly<Record<FastList, { readonly fast: FastParser; readonly schema: z.ZodType }>> = {
  measurements: { fast: fastMeasurement, schema: Measurement },
  objectives: { fast: fastObjective, schema: Objective },
  indicators: { fast: fastIndicator, schema: Indicator },
  targets: { fast: fastTarget, schema: Target },
};

/** The minimal framework with `entries` appended to one of its lists. */
export function documentWith(list: FastList, ...entries: unknown[]): unknown {
  const document: Record<string, unknown> = jsonCopy(minimalFramework());
  document[list] = [...((document[list] as unknown[] | undefined) ?? []), ...entries];
  return document;
}
