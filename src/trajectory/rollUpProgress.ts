/**
 * A target's progress as the roll-up reads it: `progressPercent` clamped to 0–100, the polarity
 * deciding whether the goal is met.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { compareDecimals, toDecimal } from "../internal/decimal.js";
import type { Polarity } from "../model/index.js";
import { clampDecimal } from "./clamp.js";

const HUNDRED = toDecimal(100);
const NONE = toDecimal(0);
const PERCENT = { min: NONE, max: HUNDRED };

/**
 * A target's progress for the roll-up, exact, 0–100: 100 when its actual meets or beats its goal for
 * the indicator's polarity (6.3% unemployment against "below 6.6%" is done, though the goal lies
 * above the 6.5% baseline); otherwise its `progressPercent` clamped to 0–100, where a target that
 * has gone backwards from its baseline has made no progress (0) and, the goal not being met, a
 * figure past the goal's side of the baseline is worse than the goal (0). `null` when
 * `progressPercent` is (nothing measured, no point goal, or a year-to-date indicator). Without the
 * actual, the goal or a polarity of `higher-is-better` or `lower-is-better`, the plain clamp.
 * @internal
 */
export function targetProgress(
  percent: string | number | null,
  actual: string | null | undefined,
  goal: string | null | undefined,
  polarity: Polarity | undefined,
): Decimal | null {
  if (percent === null) return null;
  return progressOf(
    toDecimal(percent),
    actual === null || actual === undefined ? null : toDecimal(actual),
    goal === null || goal === undefined ? null : toDecimal(goal),
    polarity,
  );
}

/** {@link targetProgress} of figures already read as decimals (an evaluation's, as it shows them). @internal */
export function progressOf(
  raw: Decimal,
  actual: Decimal | null,
  goal: Decimal | null,
  polarity: Polarity | undefined,
): Decimal {
  if (actual !== null && goal !== null && (polarity === "higher-is-better" || polarity === "lower-is-better")) {
    // goalMet for these two polarities: the shortfall's sign is the figures' order (no difference built).
    const order = compareDecimals(actual, goal);
    if (polarity === "higher-is-better" ? order >= 0 : order <= 0) return HUNDRED;
    if (compareDecimals(raw, HUNDRED) >= 0) return NONE;
  }
  return clampDecimal(raw, PERCENT).value;
}
