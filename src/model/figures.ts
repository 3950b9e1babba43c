/**
 * What kind of figure an indicator reports, resolved once for every engine: how its figures
 * aggregate over the financial year (the deprecated `cumulative: true` read as `running-total`).
 * @internal
 */
import type { Aggregation, Indicator } from "./indicator.js";

/** The indicator's aggregation: `aggregation` when given, `running-total` for the deprecated `cumulative: true`, else `snapshot`. */
export function aggregationOf(indicator: Pick<Indicator, "aggregation" | "cumulative">): Aggregation {
  return indicator.aggregation ?? (indicator.cumulative === true ? "running-total" : "snapshot");
}
