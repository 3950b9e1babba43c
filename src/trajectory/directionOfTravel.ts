import type { Decimal } from "decimal.js";
import { toDecimal } from "../internal/decimal.js";
import type { Indicator, Target } from "../model/index.js";
import { goalValue } from "../model/target.js";
import { bandShortfall } from "./judge.js";

/**
 * Whether an indicator is moving in its good direction.
 *
 * @category Evaluation
 */
export type Direction = "improving" | "worsening" | "no-change";

/** Distance from the good: for a band, how far outside; otherwise the value in the polarity's bad direction. */
function badness(value: Decimal, target: Target, indicator: Indicator): Decimal {
  const goal = target.goal;
  if ("low" in goal) return bandShortfall(value, toDecimal(goal.low), toDecimal(goal.high));
  // A quartile goal on an in-band indicator has no value to be near: no direction either way.
  if ("quartile" in goal && indicator.polarity === "in-band") return value.minus(value);
  if (indicator.polarity === "higher-is-better") return value.negated();
  if (indicator.polarity === "lower-is-better") return value;
  return value.minus(goalValue(target) as Decimal).abs();
}

/** How a value compares with an earlier one, in the polarity's terms (for a band, by distance outside it). @internal */
export function compare(now: Decimal, before: Decimal, target: Target, indicator: Indicator): Direction {
  const difference = badness(now, target, indicator).minus(badness(before, target, indicator));
  return difference.isZero() ? "no-change" : difference.isNegative() ? "improving" : "worsening";
}
