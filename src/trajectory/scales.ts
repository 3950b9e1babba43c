import type { Decimal } from "decimal.js";
import { DECIMAL_STRING_PATTERN, ExactDecimal, compareDecimals, isAboveZero, toDecimal } from "../internal/decimal.js";
import { isPlainObject, shown } from "../internal/options.js";
import { TrajectoryError } from "./errors.js";

/**
 * The statuses an evaluation can have. `no-data`, `not-started` and `awaiting-data` lie outside
 * every scale: `awaiting-data` when nothing is measured since the baseline yet but the first
 * period's figure is not due yet (its period's end plus the indicator's reporting lag), `no-data`
 * once it is due and still missing.
 *
 * @category Evaluation
 */
export type Status =
  "green" | "amber" | "red" | "blue" | "amber-green" | "amber-red" | "no-data" | "not-started" | "awaiting-data";

/**
 * A rating scale: statuses by how far short of its expectation a value falls, measured in
 * tolerances. A shortfall of zero or less gets the first status; each later band takes shortfalls up
 * to and including `upTo` tolerances; anything beyond the last band gets `beyond`.
 *
 * @category Evaluation
 * @example
 * import { DCA5 } from "performance-management/trajectory";
 * DCA5.bands.map((band) => band.status) //=> ["green", "amber-green", "amber", "amber-red"]
 */
export interface Scale {
  readonly id: string;
  /** In order: the first for no shortfall (`upTo` 0), then each band up to `upTo` tolerances. */
  readonly bands: readonly { readonly status: Status; readonly upTo: string }[];
  /** The status of a shortfall beyond the last band. */
  readonly beyond: Status;
  /** Whether a value that already meets or beats the final goal is `blue`. */
  readonly blueWhenGoalMet: boolean;
}

/**
 * Every status in the order reports list them: the rated ones from best to worst, then the three
 * unrated. A status's position is its code in the roll-up. The one list of statuses. @internal
 */
export const STATUS_ORDER: readonly Status[] = [
  "blue",
  "green",
  "amber-green",
  "amber",
  "amber-red",
  "red",
  "no-data",
  "not-started",
  "awaiting-data",
];

/**
 * Counts by status, in {@link STATUS_ORDER}, from a count per status code (0 for each when absent).
 * Written out as one literal, not built in a loop: a roll-up makes one per objective, and a record
 * built key by key is several times slower to make (a million objectives rolled up in 3.2 s instead
 * of 1.1 s). test/trajectory/scales.test.ts holds its keys to STATUS_ORDER. @internal
 */
export function statusCountsOf(byCode?: ArrayLike<number>): Record<Status, number> {
  return {
    blue: byCode?.[0] ?? 0,
    green: byCode?.[1] ?? 0,
    "amber-green": byCode?.[2] ?? 0,
    amber: byCode?.[3] ?? 0,
    "amber-red": byCode?.[4] ?? 0,
    red: byCode?.[5] ?? 0,
    "no-data": byCode?.[6] ?? 0,
    "not-started": byCode?.[7] ?? 0,
    "awaiting-data": byCode?.[8] ?? 0,
  };
}

/** No target of any status yet: every status at 0, in the order reports list them. @internal */
export function emptyStatusCounts(): Record<Status, number> {
  return statusCountsOf();
}

/** How many of `items` have each status. @internal */
export function countStatuses(items: Iterable<{ readonly status: Status }>): Record<Status, number> {
  const counts = emptyStatusCounts();
  for (const item of items) counts[item.status] += 1;
  return counts;
}

/** The rated statuses: those a scale's bands may give, and a judged evaluation has. @internal */
export const RATED: ReadonlySet<Status> = new Set(["green", "amber", "red", "blue", "amber-green", "amber-red"]);

/**
 * Defines a rating scale from ordered shortfall thresholds, in multiples of the tolerance.
 *
 * @category Evaluation
 * @param scale - the scale's id, its bands in order, the status beyond them, and whether blue applies
 * @returns the scale, frozen
 * @throws {@link TrajectoryError} when `scale` is not `{ id, bands, beyond }` with bands of `{ status, upTo }`, the first band is not at 0, thresholds do not rise, or a status is not a rating
 * @example
 * import { defineScale } from "performance-management/trajectory";
 * const strict = defineScale({
 *   id: "strict",
 *   bands: [{ status: "green", upTo: "0" }, { status: "amber", upTo: "0.5" }],
 *   beyond: "red",
 * });
 * strict.blueWhenGoalMet //=> false
 */
export function defineScale(scale: {
  readonly id: string;
  readonly bands: readonly { readonly status: Status; readonly upTo: string }[];
  readonly beyond: Status;
  readonly blueWhenGoalMet?: boolean;
}): Scale {
  const given: unknown = scale;
  if (
    !isPlainObject(given) ||
    typeof given.id !== "string" ||
    !Array.isArray(given.bands) ||
    !(given.bands as readonly unknown[]).every((band) => isPlainObject(band) && typeof band.upTo === "string")
  )
    throw new TrajectoryError(
      `scale ${shown(given)} must be { id, bands: [{ status, upTo }, …], beyond }, with each upTo a decimal string`,
    );
  const [first] = scale.bands;
  if (first === undefined || Number(first.upTo) !== 0)
    throw new TrajectoryError(`scale "${scale.id}": the first band must be for no shortfall (upTo "0")`);
  let previous = -1;
  for (const band of scale.bands) {
    const upTo = Number(band.upTo);
    if (!DECIMAL_STRING_PATTERN.test(band.upTo) || toDecimal(band.upTo).isNegative() || !(upTo > previous))
      throw new TrajectoryError(
        `scale "${scale.id}": thresholds must be decimal strings that rise; "${band.upTo}" does not`,
      );
    if (!RATED.has(band.status))
      throw new TrajectoryError(`scale "${scale.id}": "${band.status}" is not a rating status`);
    previous = upTo;
  }
  if (!RATED.has(scale.beyond))
    throw new TrajectoryError(`scale "${scale.id}": "${scale.beyond}" is not a rating status`);
  return Object.freeze({
    id: scale.id,
    bands: Object.freeze(scale.bands.map((band) => Object.freeze({ status: band.status, upTo: band.upTo }))),
    beyond: scale.beyond,
    blueWhenGoalMet: scale.blueWhenGoalMet ?? false,
  });
}

/**
 * Red, amber, green: green with no shortfall, amber up to the tolerance (inclusive), red beyond.
 *
 * @category Evaluation
 * @example
 * import { RAG } from "performance-management/trajectory";
 * RAG.beyond //=> "red"
 */
export const RAG: Scale = defineScale({
  id: "RAG",
  bands: [
    { status: "green", upTo: "0" },
    { status: "amber", upTo: "1" },
  ],
  beyond: "red",
});

/**
 * Blue, red, amber, green: RAG, with blue when the final goal is already met or beaten.
 *
 * @category Evaluation
 * @example
 * import { BRAG } from "performance-management/trajectory";
 * BRAG.blueWhenGoalMet //=> true
 */
export const BRAG: Scale = defineScale({ ...RAG, id: "BRAG", blueWhenGoalMet: true });

/**
 * The UK Delivery Confidence five-point scale: green with no shortfall, amber/green up to half the
 * tolerance, amber up to the tolerance, amber/red up to twice it, red beyond.
 *
 * @category Evaluation
 * @example
 * import { DCA5 } from "performance-management/trajectory";
 * DCA5.bands.map((band) => band.upTo) //=> ["0", "0.5", "1", "2"]
 */
export const DCA5: Scale = defineScale({
  id: "DCA5",
  bands: [
    { status: "green", upTo: "0" },
    { status: "amber-green", upTo: "0.5" },
    { status: "amber", upTo: "1" },
    { status: "amber-red", upTo: "2" },
  ],
  beyond: "red",
});

/** The digits a decimal operation keeps (`ExactDecimal`'s precision). */
const PRECISION = ExactDecimal.precision;

/** The status a shortfall earns on a scale, given the tolerance (both times the same denominator). @internal */
export function rate(scale: Scale, shortfall: Decimal, tolerance: Decimal): Status {
  if (!isAboveZero(shortfall)) return (scale.bands[0] as Scale["bands"][number]).status;
  for (let i = 1; i < scale.bands.length; i += 1) {
    const band = scale.bands[i] as Scale["bands"][number];
    // A threshold of one tolerance (amber on RAG and BRAG) is the tolerance itself, when it has no
    // more digits than a product keeps: no product to build.
    const threshold = band.upTo === "1" && tolerance.sd() <= PRECISION ? tolerance : tolerance.times(band.upTo);
    if (compareDecimals(shortfall, threshold) <= 0) return band.status;
  }
  return scale.beyond;
}
