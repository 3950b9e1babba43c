/**
 * What the `smart` rule's achievable test reads from a target: the values it asks for (goal,
 * milestones, stretch and each revision's goal) and whether a value lies within an indicator's
 * natural bounds (src/model/bounds.ts, the one home of "a percentage runs from 0 to 100").
 * @internal
 */
import type { Decimal } from "decimal.js";
import { toCanonicalString, toDecimal } from "../internal/decimal.js";
import type { Bounds } from "../model/bounds.js";
import type { DecimalValue, Goal, Target } from "../model/index.js";
import { goalValue } from "../model/goal.js";

/** A value a target asks for, canonical; `relative` when it was resolved from the baseline. @internal */
export interface SoughtValue {
  readonly label: string;
  readonly value: string;
  readonly relative: boolean;
}

/** A band a target asks for, in its goal or a revision's. @internal */
export interface SoughtBand {
  readonly label: string;
  readonly low: string;
  readonly high: string;
}

const canonical = (value: DecimalValue): string => toCanonicalString(toDecimal(value));

/** A goal's values, labelled with `suffix` (empty for the goal, " revised on <date>" for a revision's). */
function goalValues(target: Target, goal: Goal, suffix: string, values: SoughtValue[]): void {
  const resolved = goalValue({ baseline: target.baseline, goal });
  if (resolved !== undefined)
    values.push({ label: `goal${suffix}`, value: toCanonicalString(resolved), relative: "change" in goal });
  else if ("low" in goal)
    values.push(
      { label: `band low${suffix}`, value: canonical(goal.low), relative: false },
      { label: `band high${suffix}`, value: canonical(goal.high), relative: false },
    );
}

/**
 * The values a target asks for, in order: its goal (a relative goal resolved exactly against the
 * baseline; a band's two edges), its milestones, its stretch, then each revision's goal.
 * @internal
 */
export function soughtValues(target: Target): SoughtValue[] {
  const values: SoughtValue[] = [];
  goalValues(target, target.goal, "", values);
  for (const milestone of target.milestones ?? [])
    values.push({ label: `milestone ${milestone.date}`, value: canonical(milestone.value), relative: false });
  if (target.stretch !== undefined)
    values.push({ label: "stretch", value: canonical(target.stretch.value), relative: false });
  for (const revision of target.revisions ?? [])
    goalValues(target, revision.goal, ` revised on ${revision.date}`, values);
  return values;
}

/** The bands a target's goal and revisions ask for. @internal */
export function soughtBands(target: Target): SoughtBand[] {
  const bands: SoughtBand[] = [];
  const add = (goal: Goal, label: string): void => {
    if ("low" in goal) bands.push({ label, low: canonical(goal.low), high: canonical(goal.high) });
  };
  add(target.goal, "band");
  for (const revision of target.revisions ?? []) add(revision.goal, `band revised on ${revision.date}`);
  return bands;
}

/** Whether `value` is on the wrong side of `bound` (below a min when `below`, else above a max). */
function beyond(value: DecimalValue, bound: Decimal, below: boolean): boolean {
  // A float fast path decides values clearly on one side; near the bound the exact decimal decides.
  // Number() of a decimal string or of a bound is within a relative 2^-53 of it, far inside the margin.
  const approximate = Number(value);
  const edge = bound.toNumber();
  const margin = 1e-9 * (1 + Math.abs(edge));
  if (approximate > edge + margin) return !below;
  if (approximate < edge - margin) return below;
  const exact = toDecimal(value);
  return below ? exact.lessThan(bound) : exact.greaterThan(bound);
}

/** Whether a value lies within bounds (inclusive; an absent bound is no limit). @internal */
export function withinBounds(value: DecimalValue, bounds: Bounds): boolean {
  return !(
    (bounds.min !== undefined && beyond(value, bounds.min, true)) ||
    (bounds.max !== undefined && beyond(value, bounds.max, false))
  );
}

/** Bounds as an officer reads them: "0 to 100", "at least 0", "at most 200". @internal */
export function rangeText(bounds: Bounds): string {
  const { min, max } = bounds;
  if (min !== undefined && max !== undefined) return `${toCanonicalString(min)} to ${toCanonicalString(max)}`;
  if (min !== undefined) return `at least ${toCanonicalString(min)}`;
  return `at most ${toCanonicalString(max as Decimal)}`;
}
