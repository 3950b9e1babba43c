import type { Decimal } from "decimal.js";
import { ExactDecimal, formatDecimal, toDecimal } from "../internal/decimal.js";
import { dueAfter, figureDue, isOverdue } from "../model/figures.js";
import type { FrameworkIndex, Indicator, Measurement, Target } from "../model/index.js";
import { valueOf } from "./exact.js";
import { type Judgement, scaledShortfall } from "./judge.js";

const ZERO = new ExactDecimal(0);
const ONE = new ExactDecimal(1);

/**
 * How a target that has ended did: once its goal date has passed (`asOf` after it), the final
 * figure for that date, judged against the goal. The final figure is the latest measurement on or
 * before the goal date whose next period (the indicator's frequency after it) ends after the goal
 * date, so no later figure for the target's time can come: with figures dated at period ends, the
 * figure for the period ending on the goal date.
 *
 * - `achieved`: the final figure meets or beats the goal (a band goal: inside it; a comparator:
 *   better than it, or equal when `inclusive`); `shortfall` is `"0"`.
 * - `not-achieved`: it falls short; `shortfall` is by how much in the indicator's unit (outside
 *   the band, for a band goal) and `shortfallPercent` that as a percentage of the goal's magnitude
 *   (`null` when the goal is 0).
 * - `awaiting`: the final figure is not in yet: `due` is when it is expected (the goal date plus
 *   the reporting lag in force), `overdue` true from the day after. Within the lag the outturn is
 *   awaited, not late.
 * - `unjudged`: the final figure is in but there is nothing to judge it by (a comparator with no
 *   value on or before it).
 *
 * `goal` is the goal the outturn is judged by: the goal in force, clamped to the indicator's
 * natural bounds (for a comparator or quartile goal, the level it asked for at the final figure's
 * date); `null` for a band goal (see the evaluation's `band`).
 *
 * @category Evaluation
 * @example
 * import { evaluateTarget, type Outturn } from "performance-management/trajectory";
 * const framework = {
 *   id: "fw", name: "Ended", owners: [], plans: [], objectives: [],
 *   indicators: [{ id: "pi", title: "Re-lets in 28 days", unit: "%", polarity: "higher-is-better" as const, measure: "output" as const, frequency: "quarterly" as const }],
 *   targets: [{ id: "t", objective: "o", indicator: "pi", baseline: { date: "2001-03-31", value: "78" }, goal: { date: "2002-03-31", value: "90" } }],
 *   measurements: [{ indicator: "pi", date: "2001-12-31", value: "85" }],
 * };
 * // March's quarter is due six weeks after 31 March: 12 May. Until then the outturn is awaited.
 * const awaited: Outturn | null = evaluateTarget(framework, "t", { asOf: "2002-05-10" }).outturn;
 * awaited //=> { date: "2002-03-31", due: "2002-05-12", overdue: false, status: "awaiting", actual: null, goal: "90", shortfall: null, shortfallPercent: null }
 * const final = { ...framework, measurements: [...framework.measurements, { indicator: "pi", date: "2002-03-31", value: "87.3" }] };
 * const outturn = evaluateTarget(final, "t", { asOf: "2002-05-10" }).outturn;
 * [outturn?.status, outturn?.shortfall, outturn?.shortfallPercent] //=> ["not-achieved", "2.7", "3"]
 */
export interface Outturn {
  /** The goal date: the target's end. */
  readonly date: string;
  /** When the final figure is expected: the goal date plus the reporting lag in force; `null` past the calendar's end. */
  readonly due: string | null;
  /** Whether the final figure is awaited past `due`. */
  readonly overdue: boolean;
  readonly status: "achieved" | "not-achieved" | "awaiting" | "unjudged";
  /** The final figure; `null` while awaited. */
  readonly actual: string | null;
  /** The goal judged by; `null` for a band goal. */
  readonly goal: string | null;
  /** How far the final figure falls short of the goal, in the indicator's unit: `"0"` when achieved, `null` while awaited. */
  readonly shortfall: string | null;
  /** The shortfall as a percentage of the goal's magnitude (of the nearer edge, for a band); `null` when the goal is 0 or there is no shortfall yet. */
  readonly shortfallPercent: string | null;
}

/**
 * Whether `latest` (the latest measurement on or before the goal date) is the target's final
 * figure: the period after it ends after the goal date, or would fall past the calendar's end.
 * @internal
 */
export function isFinalFigure(index: FrameworkIndex, indicator: Indicator, latest: string, goalDate: string): boolean {
  const next = figureDue(latest, indicator, index.framework);
  return next === undefined || next.periodEnd > goalDate;
}

/** The outturn still awaited. @internal */
export function awaitedOutturn(
  index: FrameworkIndex,
  indicator: Indicator,
  goalDate: string,
  goal: Decimal | undefined,
  asOf: string,
): Outturn {
  const due = dueAfter(goalDate, indicator, index.framework)?.due ?? null;
  return {
    date: goalDate,
    due,
    overdue: due !== null && isOverdue(due, asOf),
    status: "awaiting",
    actual: null,
    goal: goal === undefined ? null : formatDecimal(goal),
    shortfall: null,
    shortfallPercent: null,
  };
}

/**
 * The outturn of a final figure, from its judgement: a point goal by the goal itself (`goal`,
 * clamped), a comparator or quartile goal by the level the judgement expected, a band by its edges.
 * @internal
 */
export function judgedOutturn(
  index: FrameworkIndex,
  target: Target,
  indicator: Indicator,
  final: Measurement,
  goalDate: string,
  goal: Decimal | undefined,
  judgement: Judgement,
): Outturn {
  const due = dueAfter(goalDate, indicator, index.framework)?.due ?? null;
  const actual = toDecimal(final.value);
  const common = { date: goalDate, due, overdue: false, actual: formatDecimal(actual) };
  if (judgement.kind === "unjudged")
    return { ...common, status: "unjudged", goal: null, shortfall: null, shortfallPercent: null };
  if (judgement.kind === "band") {
    const shortfall = judgement.shortfall;
    return {
      ...common,
      status: shortfall.greaterThan(0) ? "not-achieved" : "achieved",
      goal: null,
      shortfall: formatDecimal(shortfall),
      shortfallPercent: percentOf(shortfall, judgement.edge),
    };
  }
  // A value or relative goal: by the goal itself. A comparator or quartile goal: by the level expected.
  const byGoal = goal !== undefined && target.comparator === undefined;
  const level = byGoal ? goal : valueOf(judgement.expected);
  const raw = byGoal
    ? scaledShortfall(actual, { num: goal, den: ONE }, indicator.polarity)
    : judgement.shortfall.div(judgement.expected.den);
  const missesAtEquality =
    target.comparator !== undefined &&
    target.comparator.inclusive !== true &&
    indicator.polarity !== "in-band" &&
    raw.isZero();
  const shortfall = raw.greaterThan(0) ? raw : ZERO;
  return {
    ...common,
    status: raw.greaterThan(0) || missesAtEquality ? "not-achieved" : "achieved",
    goal: formatDecimal(level),
    shortfall: formatDecimal(shortfall),
    shortfallPercent: percentOf(shortfall, level),
  };
}

/** `amount` as a percentage of `of`'s magnitude; `null` when `of` is 0. */
function percentOf(amount: Decimal, of: Decimal): string | null {
  return of.isZero() ? null : formatDecimal(amount.div(of.abs()).times(100));
}
