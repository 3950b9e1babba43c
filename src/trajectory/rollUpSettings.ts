/**
 * The roll-up's statuses by code and its options, checked: own keys only, every value a decimal of
 * zero or more, every misuse a {@link TrajectoryError} naming the option.
 * @internal
 */
import type { Decimal } from "decimal.js";
import { DECIMAL_STRING_PATTERN, toDecimal } from "../internal/decimal.js";
import { TrajectoryError } from "./errors.js";
import { type Status, STATUS_ORDER } from "./scales.js";

/**
 * How {@link rollUp} combines an objective's children (its targets and contributing objectives).
 *
 * @category Evaluation
 */
export type RollUpMethod = "worst" | "weighted" | "share-green";

/**
 * Options for {@link rollUp}.
 *
 * @category Evaluation
 */
export interface RollUpOptions {
  /** `worst` (the default): the worst rated child; `weighted`: a weighted mean score; `share-green`: the share of rated children green or blue. */
  readonly method?: RollUpMethod | undefined;
  /** Scores per status for `weighted` (0–100); defaults: blue and green 100, amber-green 75, amber 50, amber-red 25, red 0. */
  readonly scores?:
    Partial<Record<"blue" | "green" | "amber-green" | "amber" | "amber-red" | "red", string>> | undefined;
  /** Score (or share, in percent) at or above which an objective is green, and amber; below amber it is red. Defaults 90 and 50. */
  readonly thresholds?: { readonly green?: string; readonly amber?: string } | undefined;
  /**
   * Whether contributions over `indirect` links (delivered with partners, seed 5.3.5.7–8) count in
   * the council's own rating. `false` (the default): they are shown in `partnerDelivered` and do not
   * move an objective's `status`, `delivery` or `progress`, unless they are all it has; `true`: they
   * count like any other contribution.
   */
  readonly includeIndirect?: boolean | undefined;
}

/** Statuses by code: the rated ones from best to worst (the code is the rank), then the three unrated. @internal */
export const STATUSES: readonly Status[] = STATUS_ORDER;
/** How many statuses are rated (codes 0 to 5), and the codes of the three unrated. @internal */
export const RATED = 6;
/** @internal */
export const NO_DATA = 6;
/** @internal */
export const NOT_STARTED = 7;
/** @internal */
export const AWAITING_DATA = 8;
/** Each status's code. @internal */
export const STATUS_CODE: ReadonlyMap<string, number> = new Map(STATUSES.map((status, code) => [status, code]));
/** The methods, as a set of strings: an options object from JavaScript may name any. */
const ROLL_UP_METHODS: ReadonlySet<string> = new Set<RollUpMethod>(["worst", "weighted", "share-green"]);
/** Default scores by rated status code. */
const DEFAULT_SCORES: readonly string[] = ["100", "100", "75", "50", "25", "0"];
const THRESHOLD_NAMES: ReadonlySet<string> = new Set(["green", "amber"]);

/** The options, checked and parsed once. @internal */
export interface RollUpSettings {
  readonly method: RollUpMethod;
  /** Scores by rated status code. */
  readonly scores: readonly Decimal[];
  readonly green: Decimal;
  readonly amber: Decimal;
  readonly includeIndirect: boolean;
}

/** A value for misuse messages: short, whatever it is. @internal */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === "number" || typeof value === "boolean" ? String(value) : typeof value;
}

/** A score or threshold option: a decimal string or finite number, zero or more. */
function decimalOption(value: unknown, name: string): Decimal {
  const decimal =
    (typeof value === "string" && DECIMAL_STRING_PATTERN.test(value)) ||
    (typeof value === "number" && Number.isFinite(value));
  if (!decimal) throw new TrajectoryError(`roll-up option ${name} ${describe(value)} is not a decimal`);
  const parsed = toDecimal(value);
  if (parsed.isNegative() && !parsed.isZero()) {
    throw new TrajectoryError(`roll-up option ${name} ${describe(value)} is negative`);
  }
  return parsed;
}

/** The own string keys of an option that must be an object, or none when it is absent. */
function optionKeys(value: unknown, name: string): string[] {
  if (value === undefined) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TrajectoryError(`roll-up option ${name} must be an object, not ${describe(value)}`);
  }
  return Object.keys(value);
}

/**
 * Checks every option (own keys only, never an inherited one) and parses the numbers once.
 * @internal
 */
export function rollUpSettings(options: unknown): RollUpSettings {
  if (typeof options !== "object" || options === null) {
    throw new TrajectoryError(
      `roll-up options must be an object, not ${options === null ? "null" : describe(options)}`,
    );
  }
  const method: unknown = Object.hasOwn(options, "method") ? (options as RollUpOptions).method : undefined;
  if (method !== undefined && (typeof method !== "string" || !ROLL_UP_METHODS.has(method))) {
    throw new TrajectoryError(
      `unknown roll-up method ${describe(method)} (option method); use "worst", "weighted" or "share-green"`,
    );
  }
  const scoresOption: unknown = Object.hasOwn(options, "scores") ? (options as RollUpOptions).scores : undefined;
  const scores = DEFAULT_SCORES.map((score) => toDecimal(score));
  for (const key of optionKeys(scoresOption, "scores")) {
    const code = STATUS_CODE.get(key);
    if (code === undefined || code >= RATED) {
      throw new TrajectoryError(`roll-up option scores names ${describe(key)}, not a rated status`);
    }
    scores[code] = decimalOption(Object.getOwnPropertyDescriptor(scoresOption, key)?.value, `scores.${key}`);
  }
  const thresholdsOption: unknown = Object.hasOwn(options, "thresholds")
    ? (options as RollUpOptions).thresholds
    : undefined;
  const thresholds = new Map<string, Decimal>([
    ["green", toDecimal("90")],
    ["amber", toDecimal("50")],
  ]);
  for (const key of optionKeys(thresholdsOption, "thresholds")) {
    if (!THRESHOLD_NAMES.has(key)) {
      throw new TrajectoryError(`roll-up option thresholds names ${describe(key)}; use "green" or "amber"`);
    }
    const value: unknown = Object.getOwnPropertyDescriptor(thresholdsOption, key)?.value;
    thresholds.set(key, decimalOption(value, `thresholds.${key}`));
  }
  const includeIndirect: unknown = Object.hasOwn(options, "includeIndirect")
    ? (options as RollUpOptions).includeIndirect
    : undefined;
  if (includeIndirect !== undefined && typeof includeIndirect !== "boolean") {
    throw new TrajectoryError(`roll-up option includeIndirect ${describe(includeIndirect)} must be true or false`);
  }
  return {
    includeIndirect: includeIndirect === true,
    method: (method ?? "worst") as RollUpMethod,
    scores,
    green: thresholds.get("green") as Decimal,
    amber: thresholds.get("amber") as Decimal,
  };
}
