import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Framework, FrameworkIndex, Tolerance } from "../model/index.js";
import { toDayNumber } from "../internal/dates.js";
import { checkDate, shown } from "../internal/options.js";
import { trajectoryError } from "./dayOf.js";
import { checkEvaluationOptions } from "./options.js";
import { STATUS_ORDER, type Scale, type Status, statusCountsOf } from "./scales.js";
import { statusRows } from "./statusKernel.js";

/** Each status's code: its place in STATUS_ORDER. */
const STATUS_CODES: ReadonlyMap<Status, number> = new Map(STATUS_ORDER.map((status, code) => [status, code]));

/**
 * Options for {@link statusHistory}.
 *
 * @category Evaluation
 */
export interface StatusHistoryOptions {
  /** The dates to evaluate every target as of, `YYYY-MM-DD`. */
  readonly dates: readonly string[];
  readonly scale?: Scale | undefined;
  /** The tolerance when neither a target nor its indicator gives one; as for {@link evaluateTarget} when absent. */
  readonly tolerance?: Tolerance | undefined;
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
 * date against its expectation; for a target whose goal date has passed, the latest on or before
 * the goal date: its final figure once in), built for national scale: each target is compiled once per index,
 * a float kernel decides every status that lies clearly away from a threshold, and exact decimal
 * arithmetic decides the rest, so every status is the one {@link evaluateTarget} gives.
 *
 * @category Evaluation
 * @param source - a parsed framework or its index (reuse the index across calls: its compiled targets are kept with it)
 * @param options - the dates, and optionally the scale and a default tolerance
 * @returns each target's statuses and the counts per date
 * @throws {@link TrajectoryError} for bad options, naming the option: `dates` not an array of
 * calendar dates, a `tolerance` that is not `{ percent }` or `{ absolute }` with a decimal at least 0
 * (`"abc"`, `NaN`, infinities, negatives, both keys or neither), a `scale` that is not a scale
 * @throws {@link TrajectoryError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { statusHistory } from "performance-management/trajectory";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const history = statusHistory(stockton, { dates: ["2001-05-15", "2001-07-15"] });
 * // The year's 100% re-let target is in force all year (period-target): 72 on 30 April and 79 on
 * // 30 June are each more than 5% of 100 short, so red both times.
 * history.targets.find((row) => row.target === "t-relet-28-days")?.statuses //=> ["red", "red"]
 * history.counts[1]?.amber //=> 3
 */
export function statusHistory(source: Framework | FrameworkIndex, options: StatusHistoryOptions): StatusHistory {
  const scale = checkEvaluationOptions(options, ["dates", "scale", "tolerance"]);
  const dates: unknown = options.dates;
  if (!Array.isArray(dates))
    throw trajectoryError(`options.dates ${shown(dates)} must be an array of dates written YYYY-MM-DD`);
  const days = options.dates.map((date, i) =>
    toDayNumber(checkDate(date, `options.dates[${String(i)}]`, trajectoryError)),
  );
  const index = checkedFrameworkIndex(source, trajectoryError);
  const targets = statusRows(index, days, scale, options.tolerance);
  // Counted by code (a status's place in STATUS_ORDER), then written as records: a keyed add per
  // status was a sixth of a first call.
  const kinds = STATUS_ORDER.length;
  const byCode = new Int32Array(days.length * kinds);
  // A target's statuses mostly repeat from date to date: the last one's code is kept, not looked up again.
  let last: Status | undefined;
  let code = 0;
  for (const row of targets) {
    const statuses = row.statuses;
    for (let i = 0; i < statuses.length; i += 1) {
      const status = statuses[i] as Status;
      if (status !== last) {
        code = STATUS_CODES.get(status) as number;
        last = status;
      }
      const slot = i * kinds + code;
      byCode[slot] = (byCode[slot] as number) + 1;
    }
  }
  const counts = days.map((_, i) => statusCountsOf(byCode.subarray(i * kinds, (i + 1) * kinds)));
  return { dates: [...options.dates], scale: scale.id, targets, counts };
}
