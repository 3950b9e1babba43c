/**
 * A target's path as exact points in calendar days: the baseline, its milestones in date order and
 * its goal, with relative goals resolved against the baseline.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { isCalendarDate, toDayNumber } from "../internal/dates.js";
import { toDecimal } from "../internal/decimal.js";
import type { Target, TrajectoryKind } from "../model/index.js";
import { TrajectoryError } from "./errors.js";

/** One point of a path: a day number and an exact value. */
export interface PathPoint {
  readonly day: number;
  readonly value: Decimal;
}

/** A target's path: its points in date order, and how to move between them. */
export interface TargetPath {
  readonly kind: TrajectoryKind;
  readonly points: readonly PathPoint[];
}

/** The exact value a goal asks for: an absolute value, or the baseline changed by a percentage or an amount. */
export function goalValue(target: Target): Decimal | undefined {
  const goal = target.goal;
  if ("value" in goal) return toDecimal(goal.value);
  if ("low" in goal) return undefined;
  const baseline = toDecimal(target.baseline.value);
  return "percent" in goal.change
    ? baseline.times(toDecimal(goal.change.percent).div(100).plus(1))
    : baseline.plus(toDecimal(goal.change.absolute));
}

/**
 * The path of a point-valued target. Milestones on or before the baseline, on or after the goal, or
 * sharing a date with another are left out of the path (the cascade checker's `smart` rule reports them).
 */
export function pathOf(target: Target): TargetPath {
  const goal = goalValue(target);
  if (goal === undefined)
    throw new TrajectoryError(`target "${target.id}" has a band goal; ask expectedBand for its expectation`);
  const baselineDay = toDayNumber(target.baseline.date);
  const goalDay = toDayNumber(target.goal.date);
  const points: PathPoint[] = [{ day: baselineDay, value: toDecimal(target.baseline.value) }];
  const milestones = [...(target.milestones ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 0; i < milestones.length; i += 1) {
    const milestone = milestones[i] as { date: string; value: string | number };
    const day = toDayNumber(milestone.date);
    const shared = milestones.filter((other) => other.date === milestone.date).length > 1;
    if (day > baselineDay && day < goalDay && !shared) points.push({ day, value: toDecimal(milestone.value) });
  }
  if (goalDay > baselineDay) points.push({ day: goalDay, value: goal });
  return { kind: target.trajectory ?? "linear", points };
}

/** The day number of a date given by a caller, or a TrajectoryError. */
export function dayOf(date: string, what: string): number {
  if (typeof date !== "string" || !isCalendarDate(date)) {
    throw new TrajectoryError(`${what} ${JSON.stringify(date)} is not a calendar date written YYYY-MM-DD`);
  }
  return toDayNumber(date);
}
