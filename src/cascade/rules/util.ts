/**
 * Helpers the built-in rules share.
 * @internal
 */
import type { Measurement, Review } from "../../model/index.js";

/** How a measurement, which has no id, is named in findings. */
export function measurementName(measurement: Measurement): string {
  return `${measurement.indicator}@${measurement.date}`;
}

/** How a review, which has no id, is named in findings. */
export function reviewName(review: Review): string {
  return `${review.cycle}:${review.subject}@${review.date}`;
}

/** Capitalised entity names for the start of a message. */
export const KIND_TITLE = {
  owner: "Owner",
  plan: "Plan",
  objective: "Objective",
  indicator: "Indicator",
  target: "Target",
  measurement: "Measurement",
  reviewCycle: "Review cycle",
  review: "Review",
  budget: "Budget line",
  spend: "Spend",
  unitCost: "Unit cost",
} as const;

/** Entity names in the middle of a message. */
export const KIND_WORD = {
  owner: "owner",
  plan: "plan",
  objective: "objective",
  indicator: "indicator",
  target: "target",
  reviewCycle: "review cycle",
  budget: "budget line",
} as const;

/** The latest of some dates, or undefined for none. */
export function latest(dates: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const date of dates) if (found === undefined || date > found) found = date;
  return found;
}
