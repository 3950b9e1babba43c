/**
 * An indicator's natural bounds: the least and greatest values its figures can take. The one home
 * of the rule that a percentage runs from 0 to 100 unless its indicator says otherwise; the
 * trajectory engine clamps expectations and forecasts to these bounds.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { ExactDecimal, toDecimal } from "../internal/decimal.js";
import { isModelDecimal } from "./digits.js";

/** The least and greatest values an indicator's figures can take; `undefined` for no bound. @internal */
export interface Bounds {
  readonly min: Decimal | undefined;
  readonly max: Decimal | undefined;
}

/** The fields of an indicator its bounds are read from. @internal */
export interface BoundedIndicator {
  readonly unit: string;
  readonly min?: string | number | undefined;
  readonly max?: string | number | undefined;
}

/** Whether an indicator's unit is a percentage (`%`, spaces around it ignored). @internal */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === "%";
}

const PERCENT_BOUNDS: Bounds = { min: new ExactDecimal(0), max: new ExactDecimal(100) };

/**
 * An indicator's natural bounds: its own `min` and `max`, each absent for no bound; 0 to 100 for a
 * `%` unit that gives neither (a percentage that can exceed 100, such as growth, says `min`, `max` or both).
 * @internal
 */
export function boundsOf(indicator: BoundedIndicator): Bounds {
  if (indicator.min === undefined && indicator.max === undefined)
    return isPercentUnit(indicator.unit) ? PERCENT_BOUNDS : { min: undefined, max: undefined };
  return {
    min: indicator.min === undefined ? undefined : toDecimal(indicator.min),
    max: indicator.max === undefined ? undefined : toDecimal(indicator.max),
  };
}

/**
 * Whether an indicator's `min` is at most its `max` (true when either is absent or not a decimal:
 * the field's own check reports that).
 * @internal
 */
export function boundsInOrder(indicator: { readonly min?: unknown; readonly max?: unknown }): boolean {
  const { min, max } = indicator;
  return !isModelDecimal(min) || !isModelDecimal(max) || toDecimal(min).lessThanOrEqualTo(toDecimal(max));
}
