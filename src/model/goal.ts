import type { Decimal } from "decimal.js";
import { toDecimal } from "../internal/decimal.js";
import type { Target } from "./target.js";

/**
 * The exact value a target's goal asks for: an absolute goal's value, or the baseline changed by a
 * relative goal's percentage, amount or percentage points (`{ percent: "-10" }` on 250 is 225;
 * `{ points: "7" }` on 40 is 47); undefined for a band goal and a quartile goal (whose value
 * depends on the benchmarks). The one place a goal is resolved: the trajectory engine and the cascade's `smart` rule both
 * read it.
 * @internal
 */
export function goalValue(target: Pick<Target, "baseline" | "goal">): Decimal | undefined {
  const goal = target.goal;
  if ("value" in goal) return toDecimal(goal.value);
  if ("low" in goal || "quartile" in goal) return undefined;
  const baseline = toDecimal(target.baseline.value);
  const change = goal.change;
  if ("percent" in change) return baseline.times(toDecimal(change.percent).div(100).plus(1));
  return baseline.plus(toDecimal("points" in change ? change.points : change.absolute));
}
