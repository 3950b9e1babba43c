import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Framework, FrameworkIndex } from "../model/index.js";
import type { Decimal } from "decimal.js";
import {
  type EvaluateTargetOptions,
  type Evaluation,
  type ShownProgress,
  evaluateCheckedTarget,
} from "./evaluateTarget.js";
import { type ObjectiveRollUp, type RollUpOptions, polarityAt, rollUpCodes } from "./rollUp.js";
import { isProvisional } from "../model/figures.js";
import { progressOf } from "./rollUpProgress.js";
import { RATED, STATUS_CODE, rollUpSettings } from "./rollUpSettings.js";
import { checkOneOf } from "../internal/options.js";
import { type DataOnlyIndicator, dataOnlyIndicators } from "./dataOnlyIndicators.js";
import { dayOf, trajectoryError } from "./dayOf.js";
import { asOfOption, checkEvaluationOptions } from "./options.js";
import { type Status, statusCountsOf } from "./scales.js";
import { provisionalAsOf, statusesAsOf } from "./statusKernel.js";

/**
 * Options for {@link evaluateFramework}: those of {@link evaluateTarget} and of {@link rollUp}.
 *
 * @category Evaluation
 */
export interface EvaluateFrameworkOptions extends EvaluateTargetOptions {
  readonly rollUp?: RollUpOptions | undefined;
  /**
   * `full` (the default): an {@link Evaluation} per target. `status`: only each target's status,
   * decided by the fast exact kernel of {@link statusHistory}: for national-scale reporting.
   */
  readonly detail?: "full" | "status" | undefined;
}

/**
 * Every target evaluated and every objective rolled up, with the targets counted by status.
 *
 * @category Evaluation
 */
export interface FrameworkEvaluation<T = Evaluation> {
  readonly asOf: string;
  readonly scale: string;
  /** One evaluation per target, in the framework's order (with `detail: "status"`, each `{ target, status }`). */
  readonly targets: readonly T[];
  /** One roll-up per objective, in the framework's order. */
  readonly objectives: readonly ObjectiveRollUp[];
  /** How many targets have each status. */
  readonly counts: Readonly<Record<Status, number>>;
  /** How many targets have a rated status that rests on provisional or estimated data. */
  readonly provisional: number;
  /**
   * Every indicator no target is set on (data-only indicators, and comparator series), in the
   * framework's order: its latest figure, direction of travel, quality and staleness; no RAG.
   * The same with either `detail`.
   */
  readonly indicators: readonly DataOnlyIndicator[];
}

/**
 * Evaluates every target of a framework as of a date and rolls the statuses up every objective:
 * the quarterly report on progress against targets (seed 5.3.4.1) in one call, with a row for
 * each indicator no target is set on (its latest figure, direction, quality, staleness). A target whose
 * indicator does not exist (a `dangling-reference` finding) is reported `no-data`, with the reason
 * in its forecast.
 *
 * @category Evaluation
 * @param source - a parsed framework or its index
 * @param options - `asOf`, the scale, a default tolerance, the roll-up method
 * @returns the evaluations, the roll-ups, counts and the data-only indicators' rows
 * @throws {@link TrajectoryError} for bad options, naming the option: an `asOf` missing or not a
 * calendar date, a `detail` other than `"full"` or `"status"`, a `tolerance` that is not
 * `{ percent }` or `{ absolute }` with a decimal at least 0 (`"abc"`, `NaN`, infinities, negatives,
 * both keys or neither), a `scale` that is not a scale, or bad roll-up options
 * @throws {@link TrajectoryError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { evaluateFramework } from "performance-management/trajectory";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const report = evaluateFramework(stockton, { asOf: "2001-07-15" });
 * [report.counts.green, report.counts.amber, report.counts.red, report.counts["awaiting-data"]] //=> [3, 3, 2, 3]
 * // The re-let and homeless-offer targets (79 and 84 against the year's 100) are red, and roll up to the
 * // safety and social well-being strand as its delivery confidence; the strand leads with its own
 * // outcome target, zero homelessness (green).
 * const wellbeing = report.objectives.find((o) => o.objective === "cp-wellbeing");
 * [wellbeing?.status, wellbeing?.delivery] //=> ["green", "red"]
 * // The same statuses from the fast exact kernel, for national-scale reporting:
 * evaluateFramework(stockton, { asOf: "2001-07-15", detail: "status" }).targets[0] //=> { target: "t-zero-homelessness", status: "green" }
 */
export function evaluateFramework(
  source: Framework | FrameworkIndex,
  options: EvaluateFrameworkOptions & { readonly detail: "status" },
): FrameworkEvaluation<{ readonly target: string; readonly status: Status }>;
export function evaluateFramework(
  source: Framework | FrameworkIndex,
  options: EvaluateFrameworkOptions,
): FrameworkEvaluation;
export function evaluateFramework(
  source: Framework | FrameworkIndex,
  options: EvaluateFrameworkOptions,
): FrameworkEvaluation | FrameworkEvaluation<{ readonly target: string; readonly status: Status }> {
  const scale = checkEvaluationOptions(options, ["asOf", "scale", "tolerance", "rollUp", "detail"]);
  checkOneOf(options.detail, ["full", "status"], "options.detail", trajectoryError);
  asOfOption(options);
  const index = checkedFrameworkIndex(source, trajectoryError);
  const settings = rollUpSettings(options.rollUp ?? {});
  if (options.detail === "status") {
    const statuses = statusesAsOf(index, options.asOf, scale, options.tolerance);
    const { codes, counts } = statusCodes(statuses);
    const provisional = provisionalAsOf(index, dayOf(options.asOf, "asOf"));
    return {
      asOf: options.asOf,
      scale: scale.id,
      targets: statuses,
      objectives: rollUpCodes(index, codes, provisional, settings),
      counts,
      provisional: countRatedProvisional(codes, provisional),
      indicators: dataOnlyIndicators(index, options.asOf),
    };
  }
  const targets: Evaluation[] = [];
  // Each target's progress for the roll-up, from the figures its evaluation shows (as
  // `targetProgress` reads them back from its strings), handed over instead of parsed again.
  const progress: (Decimal | null)[] = [];
  const shown: ShownProgress = { progress: null, actual: null, goal: null };
  for (const target of index.targets.values()) {
    targets.push(evaluateCheckedTarget(index, target, options, scale, shown));
    progress.push(
      shown.progress === null
        ? null
        : progressOf(shown.progress, shown.actual, shown.goal, polarityAt(index, progress.length)),
    );
  }
  const { codes, counts } = statusCodes(targets);
  const provisional = new Uint8Array(targets.length);
  for (let t = 0; t < targets.length; t += 1) if (isProvisional((targets[t] as Evaluation).quality)) provisional[t] = 1;
  return {
    asOf: options.asOf,
    scale: scale.id,
    targets,
    objectives: rollUpCodes(index, codes, provisional, settings, progress),
    counts,
    provisional: countRatedProvisional(codes, provisional),
    indicators: dataOnlyIndicators(index, options.asOf),
  };
}

/**
 * Each target's status code, and the targets counted by status: a plain loop that looks a code up
 * only when the status changes (`Uint8Array.from` with a mapping function and a keyed count per
 * target had been most of a status evaluation once its kernel was compiled).
 */
function statusCodes(statuses: readonly { readonly status: Status }[]): {
  codes: Uint8Array;
  counts: Record<Status, number>;
} {
  const codes = new Uint8Array(statuses.length);
  const byCode = new Int32Array(STATUS_CODE.size);
  let last: Status | undefined;
  let code = 0;
  for (let t = 0; t < statuses.length; t += 1) {
    const status = (statuses[t] as { readonly status: Status }).status;
    if (status !== last) {
      code = STATUS_CODE.get(status) as number;
      last = status;
    }
    codes[t] = code;
    byCode[code] = (byCode[code] as number) + 1;
  }
  return { codes, counts: statusCountsOf(byCode) };
}

/** How many targets have a rated status (code below {@link RATED}) and a provisional flag. */
function countRatedProvisional(codes: Uint8Array, provisional: Uint8Array): number {
  let count = 0;
  for (let t = 0; t < codes.length; t += 1) if ((codes[t] as number) < RATED && provisional[t] === 1) count += 1;
  return count;
}
