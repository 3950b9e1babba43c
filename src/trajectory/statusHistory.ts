import type { Framework, FrameworkIndex, Tolerance } from "../model/index.js";
import { toFrameworkIndex } from "../model/index.js";
import { dayOf } from "./dayOf.js";
import { RAG, type Scale, type Status, emptyStatusCounts } from "./scales.js";
import { statusRows } from "./statusKernel.js";

/**
 * Options for {@link statusHistory}.
 *
 * @category Evaluation
 */
export interface StatusHistoryOptions {
  /** The dates to evaluate every target as of, `YYYY-MM-DD`. */
  readonly dates: readonly string[];
  readonly scale?: Scale;
  /** The tolerance when neither a target nor its indicator gives one; 5% when absent. */
  readonly tolerance?: Tolerance;
}

/**
 * Every target's status at each of a series of dates, with the targets counted by status per date.
 *
 * @category Evaluation
 */
export interface StatusHistory {
  readonly dates: readonly string[];
  readonly scale: string;
  /** One row per target, in the framework's order: its status as of each date. */
  readonly targets: readonly { readonly target: string; readonly statuses: readonly Status[] }[];
  /** For each date, how many targets have each status. */
  readonly counts: readonly Readonly<Record<Status, number>>[];
}

/**
 * Every target's status at each of a series of dates (the latest measurement on or before each
 * date against its expectation), built for national scale: each target is compiled once per index,
 * a float kernel decides every status that lies clearly away from a threshold, and exact decimal
 * arithmetic decides the rest, so every status is the one {@link evaluateTarget} gives.
 *
 * @category Evaluation
 * @param source - a parsed framework or its index (reuse the index across calls: its compiled targets are kept with it)
 * @param options - the dates, and optionally the scale and a default tolerance
 * @returns each target's statuses and the counts per date
 * @throws {@link TrajectoryError} for a date that is not a calendar date
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { statusHistory } from "performance-management/trajectory";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const history = statusHistory(stockton, { dates: ["2001-05-15", "2001-07-15"] });
 * // In May the re-let figure (72 on 30 April) is short of 72.47 but within tolerance; by July it is ahead.
 * history.targets.find((row) => row.target === "t-relet-28-days")?.statuses //=> ["amber", "green"]
 * history.counts[1]?.amber //=> 3
 */
export function statusHistory(source: Framework | FrameworkIndex, options: StatusHistoryOptions): StatusHistory {
  const index = toFrameworkIndex(source);
  const scale = options.scale ?? RAG;
  const days = options.dates.map((date) => dayOf(date, "date"));
  const targets = statusRows(index, days, scale, options.tolerance);
  const counts = days.map(() => emptyStatusCounts());
  for (const row of targets) {
    for (let i = 0; i < row.statuses.length; i += 1)
      (counts[i] as Record<Status, number>)[row.statuses[i] as Status] += 1;
  }
  return { dates: [...options.dates], scale: scale.id, targets, counts };
}
