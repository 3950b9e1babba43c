/**
 * A target's progress as the roll-up reads it: `progressPercent` clamped to 0–100.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { toDecimal } from "../internal/decimal.js";

const HUNDRED = toDecimal(100);
const NONE = toDecimal(0);

/**
 * An evaluation's `progressPercent`, exact, clamped to 0–100: a target that has gone backwards from
 * its baseline has made no progress (0), one past its goal has made all of it (100), so one target
 * far off cannot outweigh the rest. @internal
 */
export function clampProgress(percent: string | number): Decimal {
  const value = toDecimal(percent);
  return value.lessThan(NONE) ? NONE : value.greaterThan(HUNDRED) ? HUNDRED : value;
}
