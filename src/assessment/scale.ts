import { DECIMAL_STRING_PATTERN } from "../internal/decimal.js";
import { isPlainObject, shown } from "../internal/options.js";
import { AssessmentError } from "./errors.js";
import { SCALE_KEYS, checkKnownKeys } from "./knownKeys.js";
import { type Fraction, add, compare, formatFraction, fractionOf, multiply, subtract } from "../internal/fraction.js";

/**
 * The rating scale of an assessment and the two thresholds its verdicts turn on. Values are decimal
 * strings or finite numbers; ratings may fall anywhere from `min` to `max`.
 *
 * @category Assessment
 */
export interface RatingScale {
  /** The lowest rating. Default 0. */
  readonly min?: number | string;
  /** The highest rating. Default 4. */
  readonly max?: number | string;
  /** A name for each whole rating from `min` to `max`, lowest first. Default (on 0–4 only): absent, emerging, developing, established, embedded. */
  readonly labels?: readonly string[];
  /** The score from which an area or the whole is `effective`. Default: three quarters of the way up (3, "established", on 0–4). */
  readonly effective?: number | string;
  /** The score from which an area or the whole is `developing`. Default: half way up (2, "developing", on 0–4). */
  readonly developing?: number | string;
}

/**
 * The scale as an assessment used it: every bound a canonical decimal string.
 *
 * @category Assessment
 */
export interface ResolvedScale {
  readonly min: string;
  readonly max: string;
  readonly labels: readonly string[];
  readonly effective: string;
  readonly developing: string;
}

/**
 * What the scores add up to: `effective` at or above the `effective` threshold, `developing` at or
 * above the `developing` threshold, `ineffective` below it.
 *
 * @category Assessment
 */
export type Verdict = "effective" | "developing" | "ineffective";

/** The default scale's level names, lowest first. */
export const DEFAULT_LABELS = ["absent", "emerging", "developing", "established", "embedded"] as const;

/** A scale resolved, with the fractions the scoring compares against. @internal */
export interface Scale {
  readonly resolved: ResolvedScale;
  readonly min: Fraction;
  readonly max: Fraction;
  readonly effective: Fraction;
  readonly developing: Fraction;
}

/** The exact value of a number option, or a misuse error naming it. @internal */
export function readNumber(value: unknown, what: string): Fraction {
  if (
    typeof value === "number" ? Number.isFinite(value) : typeof value === "string" && DECIMAL_STRING_PATTERN.test(value)
  )
    return fractionOf(value as number | string);
  throw new AssessmentError(`${what} must be a finite number or a decimal string; got ${shown(value)}`, [
    { path: what.split("."), message: `is ${shown(value)}` },
  ]);
}

const HALF: Fraction = { numerator: 1n, denominator: 2n };
const THREE_QUARTERS: Fraction = { numerator: 3n, denominator: 4n };

/** The scale an assessment uses: the caller's, checked, with its thresholds. @internal */
export function resolveScale(scale: RatingScale | undefined): Scale {
  const raw: unknown = scale ?? {};
  if (!isPlainObject(raw))
    throw new AssessmentError(
      `options.scale must be a rating scale { min, max, labels, effective, developing }; got ${shown(raw)}`,
      [{ path: ["options", "scale"], message: "is not a rating scale" }],
    );
  checkKnownKeys(raw, SCALE_KEYS, "options.scale", "assess");
  const given = raw as RatingScale;
  if (
    given.labels !== undefined &&
    !(Array.isArray(given.labels) && (given.labels as readonly unknown[]).every((label) => typeof label === "string"))
  )
    throw new AssessmentError(
      `options.scale.labels must be a list of names, one a whole rating; got ${shown(given.labels)}`,
      [{ path: ["options", "scale", "labels"], message: "is not a list of names" }],
    );
  const min = readNumber(given.min ?? 0, "options.scale.min");
  const max = readNumber(given.max ?? 4, "options.scale.max");
  if (compare(min, max) >= 0)
    throw new AssessmentError(`options.scale.min must be below options.scale.max`, [
      { path: ["options", "scale", "min"], message: "is not below max" },
    ]);
  const span = subtract(max, min);
  const at = (share: Fraction): Fraction => add(min, multiply(span, share));
  const effective =
    given.effective === undefined ? at(THREE_QUARTERS) : readNumber(given.effective, "options.scale.effective");
  const developing =
    given.developing === undefined ? at(HALF) : readNumber(given.developing, "options.scale.developing");
  if (compare(developing, min) < 0 || compare(effective, developing) < 0 || compare(max, effective) < 0)
    throw new AssessmentError(
      `options.scale needs min ≤ developing ≤ effective ≤ max; got ${formatFraction(min)} ≤ ${formatFraction(developing)} ≤ ${formatFraction(effective)} ≤ ${formatFraction(max)}`,
      [{ path: ["options", "scale"], message: "thresholds out of order" }],
    );
  const isDefaultRange = compare(min, fractionOf(0)) === 0 && compare(max, fractionOf(4)) === 0;
  const labels = given.labels ?? (isDefaultRange ? DEFAULT_LABELS : []);
  if (
    labels.length > 0 &&
    (min.denominator !== 1n || span.denominator !== 1n || BigInt(labels.length) !== span.numerator + 1n)
  )
    throw new AssessmentError(
      `options.scale.labels must name each whole rating from min to max, one label each; got ${String(labels.length)} labels for ${formatFraction(min)}–${formatFraction(max)}`,
      [{ path: ["options", "scale", "labels"], message: "does not name each whole rating" }],
    );
  return {
    resolved: {
      min: formatFraction(min),
      max: formatFraction(max),
      labels: [...labels],
      effective: formatFraction(effective),
      developing: formatFraction(developing),
    },
    min,
    max,
    effective,
    developing,
  };
}

/** The verdict a score earns on a scale. @internal */
export function verdictOf(score: Fraction, scale: Scale): Verdict {
  if (compare(score, scale.effective) >= 0) return "effective";
  if (compare(score, scale.developing) >= 0) return "developing";
  return "ineffective";
}

/** How a verdict ranks: ineffective 0, developing 1, effective 2. @internal */
export const VERDICT_RANK: Readonly<Record<Verdict, number>> = { ineffective: 0, developing: 1, effective: 2 };
