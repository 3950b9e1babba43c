import { dayNumberMonthsAfter, fromDayNumber, toDayNumber } from "../internal/dates.js";
import { isPlainObject, shown } from "../internal/options.js";
import type {
  BudgetKind,
  BudgetLine,
  BudgetMilestone,
  BudgetYear,
  FinancialYear,
  Framework,
  FrameworkIndex,
  Id,
  Profile,
} from "../model/index.js";
import { firstBudgetLines } from "../model/budgetLines.js";
import { financialYearLabel, periodOfYear, startYearOf } from "../model/financialYears.js";
import { financialYearOf } from "../trajectory/financialYear.js";
import { type Fraction, compare, reduced } from "../internal/fraction.js";
import { resourcesError } from "./errors.js";
import { checkedResourcesCall } from "./options.js";
import { UNIT, fraction, fractionText, roundedUnits, toUnits, unitsText, whole } from "./money.js";

/**
 * How far a forecast outturn may stray from the budget before its status turns amber or red, as
 * percentages of the money available (the year's budget plus what was carried into it): a status
 * turns when the overspend, or the underspend, is **more than** the percentage. Overspend and
 * underspend both matter: an underspend is money not deployed on the council's priorities.
 *
 * @category Resources
 */
export interface BudgetTolerances {
  /** An overspend more than `amber` per cent is amber, more than `red` per cent red. */
  readonly overspend: { readonly amber: string; readonly red: string };
  /** An underspend more than `amber` per cent is amber, more than `red` per cent red. */
  readonly underspend: { readonly amber: string; readonly red: string };
}

/**
 * The tolerances {@link monitorBudgets} applies when given none: any forecast overspend is amber,
 * one of more than 2% red (a council's budget is a limit); an underspend of more than 5% is amber
 * and of more than 10% red (money the council meant to deploy on its priorities is lying idle).
 *
 * @category Resources
 * @example
 * import { DEFAULT_BUDGET_TOLERANCES } from "performance-management/resources";
 * DEFAULT_BUDGET_TOLERANCES.overspend //=> { amber: "0", red: "2" }
 */
export const DEFAULT_BUDGET_TOLERANCES: BudgetTolerances = Object.freeze({
  overspend: Object.freeze({ amber: "0", red: "2" }),
  underspend: Object.freeze({ amber: "5", red: "10" }),
});

/**
 * Options for {@link monitorBudgets}.
 *
 * @category Resources
 */
export interface MonitorBudgetsOptions {
  /** The date to monitor as of, `YYYY-MM-DD`: spend, forecasts, revisions and carry-forwards dated after it are not yet known. */
  readonly asOf: string;
  /**
   * The financial year to monitor, `"2002/03"`. When absent, the year of the last month that ended
   * on or before `asOf`: in a year's first month, before any month of it has ended, the year before
   * (its outturn, as members read it after the year end).
   */
  readonly year?: FinancialYear | undefined;
  /** The tolerances of the statuses; {@link DEFAULT_BUDGET_TOLERANCES} when absent. */
  readonly tolerances?: BudgetTolerances | undefined;
}

/**
 * Where a forecast outturn comes from: `holder` (the budget holder's latest forecast for the year,
 * made on or before `asOf`), `run-rate` (the spend to date over the share of the year's profile in
 * the months the ledger has reached: a revenue line spending as it has so far), `budget` (the money
 * available, or the spend and commitments to date where they are more: a capital line without a
 * holder's forecast, a line with no actual spend recorded in the year yet, or a profile with nothing
 * in the months posted), or `outturn` (the year has ended and its last month is posted: its spend is
 * its outturn).
 *
 * @category Resources
 */
export type ForecastBasis = "holder" | "run-rate" | "budget" | "outturn";

/** Whether a forecast outturn is over, under or on the money available. @category Resources */
export type BudgetDirection = "overspend" | "underspend" | "on-budget";

/** A budget status: red, amber or green. @category Resources */
export type BudgetStatus = "red" | "amber" | "green";

/**
 * The money columns shared by a line's monitoring and the totals: every amount a canonical decimal
 * string in the line's currency, a variance positive for an underspend and negative for an overspend.
 *
 * @category Resources
 */
export interface BudgetFigures {
  /** The year's budget in force on `asOf`, after any revisions. */
  readonly budget: string;
  /** Money carried into the year from the one before (an agreed overspend is negative). */
  readonly carriedIn: string;
  /** The money available: the budget plus what was carried in. */
  readonly available: string;
  /** What the profile expected to be spent by the end of the last month that has ended, to the penny. */
  readonly profileToDate: string;
  /** Actual spend in the year to the end of the last month ended by `asOf`, net of income. */
  readonly actualToDate: string;
  /** Commitments outstanding at the latest date they were recorded in the year, by the end of the last month ended. */
  readonly commitments: string;
  /** `profileToDate - actualToDate`: positive when spend is behind the profile. */
  readonly varianceToDate: string;
  /** The forecast outturn, to the penny. */
  readonly forecastOutturn: string;
  /** `available - forecastOutturn`, of the amounts shown: positive for an underspend. */
  readonly variance: string;
  /** The variance as a percentage of the money available, to one decimal place; `null` when nothing is available. */
  readonly variancePercent: string | null;
  readonly direction: BudgetDirection;
  /** The forecast judged against the tolerances, on the exact figures. */
  readonly status: BudgetStatus;
}

/**
 * One budget line monitored for a financial year.
 *
 * @category Resources
 */
export interface BudgetLineMonitoring extends BudgetFigures {
  /** The line's id. */
  readonly id: Id;
  readonly name: string;
  readonly kind: BudgetKind;
  readonly currency: string;
  readonly plan: Id | null;
  readonly objective: Id | null;
  readonly holder: Id | null;
  /** The year's budget as first set, before revisions; `null` for a year a revision added. */
  readonly originalBudget: string | null;
  /** The revision whose amount for the year is in force, or `null` when none has changed it. */
  readonly revision: { readonly date: string; readonly reason: string | null } | null;
  readonly forecastBasis: ForecastBasis;
  /** The date of the holder's forecast, when the forecast is one. */
  readonly forecastDate: string | null;
  /** The date of the latest actual spend recorded in the year by `asOf`; `null` when none is. */
  readonly lastSpendDate: string | null;
  /** Money carried from this year into the next, agreed on or before `asOf` (an agreed overspend is negative). */
  readonly carriedForward: string;
}

/**
 * The lines of one currency and kind added up, judged as one.
 *
 * @category Resources
 */
export interface BudgetTotals extends BudgetFigures {
  readonly currency: string;
  readonly kind: BudgetKind;
  /** How many lines are added up. */
  readonly lines: number;
}

/**
 * Spend in the year against a line with no budget for it, or against a line the framework does not have.
 *
 * @category Resources
 */
export interface UnbudgetedSpend {
  /** The id the spend names. */
  readonly id: Id;
  /** Whether the framework has a line with that id (with no budget for the year). */
  readonly known: boolean;
  /** The line's name when the framework has it; `null` otherwise. */
  readonly name: string | null;
  /** The currency of the amounts: the line's when the framework has it, else the framework's. */
  readonly currency: string;
  readonly actualToDate: string;
  readonly commitments: string;
}

/**
 * What {@link monitorBudgets} returns: every line with a budget for the year, totals by currency and
 * kind, and the spend that has no budget to be judged against.
 *
 * @category Resources
 */
export interface BudgetMonitoring {
  readonly asOf: string;
  /** The financial year monitored, as the lines name it: `"2001/02"`. */
  readonly year: string;
  readonly period: { readonly start: string; readonly end: string };
  /** Whole months of the year ended on or before `asOf`, 0 to 12. */
  readonly monthsElapsed: number;
  /** The last day of the last of those months: what the figures are "to"; `null` when none has ended. */
  readonly monthsEnd: string | null;
  /** The framework's currency: GBP when it gives none. */
  readonly currency: string;
  readonly tolerances: BudgetTolerances;
  readonly lines: readonly BudgetLineMonitoring[];
  readonly totals: readonly BudgetTotals[];
  readonly unbudgetedSpend: readonly UnbudgetedSpend[];
}

/** Spend on one line in the year, to `asOf`. */
interface LineSpend {
  actual: bigint;
  /** The latest date of an actual entry, "" before any. */
  lastActual: string;
  commitmentDate: string;
  commitments: bigint;
}

/** The lines of one currency and kind added up so far. */
interface RunningTotal {
  readonly currency: string;
  readonly kind: BudgetKind;
  lines: number;
  budget: bigint;
  carriedIn: bigint;
  actual: bigint;
  commitments: bigint;
  /** The lines' profiles to date and forecasts as shown, to the penny. */
  profileShown: bigint;
  forecastShown: bigint;
}

/** A tolerance's percentages as units. */
interface TolerancesInUnits {
  readonly overAmber: bigint;
  readonly overRed: bigint;
  readonly underAmber: bigint;
  readonly underRed: bigint;
}

/** Whether a value is a plain decimal string at least 0. */
function isPercent(value: unknown): value is string {
  return typeof value === "string" && /^\d+(\.\d+)?$/.test(value) && value.length <= 42;
}

/** Checks the tolerances option: both sides, each `{ amber, red }` percentages with amber at most red. */
function checkTolerances(value: unknown): BudgetTolerances {
  if (value === undefined) return DEFAULT_BUDGET_TOLERANCES;
  const sides = ["overspend", "underspend"] as const;
  const fine =
    isPlainObject(value) &&
    Object.keys(value).every((key) => key === "overspend" || key === "underspend") &&
    sides.every((side) => {
      const band = value[side];
      return (
        isPlainObject(band) &&
        Object.keys(band).length === 2 &&
        isPercent(band.amber) &&
        isPercent(band.red) &&
        toUnits(band.amber) <= toUnits(band.red)
      );
    });
  if (!fine)
    throw resourcesError(
      `options.tolerances ${shown(value)} must be { overspend: { amber, red }, underspend: { amber, red } }, ` +
        'percentages written as decimal strings such as "5", amber at most red',
    );
  const { overspend, underspend } = value as unknown as BudgetTolerances;
  return {
    overspend: { amber: overspend.amber, red: overspend.red },
    underspend: { amber: underspend.amber, red: underspend.red },
  };
}

/** The monthly weights of a profile as units, quarters split evenly (each month of a quarter its weight); even when absent. */
function monthlyWeights(profile: Profile | undefined): bigint[] {
  if (profile === undefined) return Array.from({ length: 12 }, () => UNIT);
  if ("monthly" in profile) return profile.monthly.map((weight) => toUnits(weight));
  return profile.quarterly.flatMap((weight) => {
    const units = toUnits(weight);
    return [units, units, units];
  });
}

/** The share of a year's profile in its first `months` months: weights passed over all weights. */
function profileShare(profile: Profile | undefined, months: number): Fraction {
  const weights = monthlyWeights(profile);
  let passed = 0n;
  let all = 0n;
  weights.forEach((weight, i) => {
    all += weight;
    if (i < months) passed += weight;
  });
  return reduced(passed, all);
}

/**
 * The share of a year shaped by milestones in its first `months` months: the spend expected by then
 * (straight between the milestones, from nothing at the year's start to the budget `of` at its end)
 * over the budget. A budget of 0 has no share to spend.
 */
function milestoneShare(milestones: { of: string; points: readonly BudgetMilestone[] }, months: number): Fraction {
  const whole = toUnits(milestones.of);
  if (whole === 0n || months === 0) return { numerator: 0n, denominator: 1n };
  let [month0, amount0] = [0, 0n];
  for (const point of [...milestones.points, { month: 12, amount: milestones.of }]) {
    const [month1, amount1] = [point.month, toUnits(point.amount)];
    if (months <= month1) {
      const span = BigInt(month1 - month0);
      // amount0 + (amount1 - amount0) × (months - month0) / span, over the whole budget.
      return reduced(amount0 * span + (amount1 - amount0) * BigInt(months - month0), span * whole);
    }
    [month0, amount0] = [month1, amount1];
  }
  return { numerator: 1n, denominator: 1n };
}

/** A key that is the same for two profiles with the same weights. */
function profileKey(profile: Profile | undefined): string {
  if (profile === undefined) return "";
  return "monthly" in profile ? `m${profile.monthly.join(" ")}` : `q${profile.quarterly.join(" ")}`;
}

/** Whole months of a financial year starting on `start` ended on or before `asOf`, 0 to 12. */
function monthsEnded(start: string, asOf: string): number {
  const day = toDayNumber(asOf);
  let months = 0;
  while (months < 12 && dayNumberMonthsAfter(start, months + 1) - 1 <= day) months += 1;
  return months;
}

/**
 * @internal The financial year monitored as of a date: the one asked for, else the year of the last
 * month ended by `asOf`; its period, the months of it ended by `asOf` and the last day of the last.
 */
export function monitoredYear(
  yearStart: string,
  asOf: string,
  asked: string | undefined,
): { year: number; period: { start: string; end: string }; months: number; monthsEnd: string | null } {
  let year = asked === undefined ? startYearOf(financialYearOf(asOf, yearStart).start) : startYearOf(asked);
  let period = periodOfYear(year, yearStart);
  if (asked === undefined && monthsEnded(period.start, asOf) === 0 && year > 1) {
    year -= 1;
    period = periodOfYear(year, yearStart);
  }
  const months = monthsEnded(period.start, asOf);
  const monthsEnd = months === 0 ? null : fromDayNumber(dayNumberMonthsAfter(period.start, months) - 1);
  return { year, period, months, monthsEnd };
}

/** @internal Months of a financial year starting on `start` that have begun by `date` (the month containing it counted), 0 to 12. */
export function monthsBegun(start: string, date: string): number {
  const day = toDayNumber(date);
  let months = 0;
  while (months < 12 && dayNumberMonthsAfter(start, months) <= day) months += 1;
  return months;
}

/** The year's budget in force on `asOf`: the latest revision dated on or before it that lists the year, else the year's own. */
function budgetInForce(
  line: BudgetLine,
  year: number,
  asOf: string,
):
  | {
      original: string | null;
      amount: string;
      profile: Profile | undefined;
      /** The milestones that shape the year instead of a profile, with the budget they are milestones of. */
      milestones: { readonly of: string; readonly points: readonly BudgetMilestone[] } | undefined;
      revision: BudgetLineMonitoring["revision"];
    }
  | undefined {
  const own = line.years.find((entry) => startYearOf(entry.year) === year);
  let inForce: { date: string; entry: BudgetYear; reason: string | null } | undefined;
  for (const revision of line.revisions ?? []) {
    if (revision.date > asOf || (inForce !== undefined && revision.date < inForce.date)) continue;
    const entry = revision.years.find((candidate) => startYearOf(candidate.year) === year);
    if (entry !== undefined) inForce = { date: revision.date, entry, reason: revision.reason ?? null };
  }
  if (own === undefined && inForce === undefined) return undefined;
  // The shape the revision gives the year (a profile or milestones), else the year's own, else the line's profile.
  const shaped = [inForce?.entry, own].find(
    (entry) => entry !== undefined && (entry.profile !== undefined || entry.milestones !== undefined),
  );
  return {
    original: own?.amount ?? null,
    amount: inForce?.entry.amount ?? (own?.amount as string),
    profile: shaped === undefined ? line.profile : shaped.profile,
    milestones: shaped?.milestones === undefined ? undefined : { of: shaped.amount, points: shaped.milestones },
    revision: inForce === undefined ? null : { date: inForce.date, reason: inForce.reason },
  };
}

/** A percentage `part / whole * 100` to one decimal place, halves away from zero. */
function percentText(part: bigint, of: bigint): string {
  return fractionText(fraction(part * 100n * UNIT, of), 1);
}

/** The status of a forecast `forecast` against `available`, judged exactly against the tolerances. */
function statusOf(forecast: Fraction, available: bigint, tolerances: TolerancesInUnits): BudgetStatus {
  const over = compare(forecast, whole(available));
  if (available <= 0n) return over > 0 ? "red" : "green";
  if (over === 0) return "green";
  // Overspend or underspend as a share of the available money, against t per cent:
  // |forecast - available| * 100 > t * available, with forecast = num / den and t in units.
  const gap = forecast.numerator - available * forecast.denominator;
  const size = (gap < 0n ? -gap : gap) * 100n * UNIT;
  const beyond = (percent: bigint): boolean => size > percent * available * forecast.denominator;
  const [amber, red] =
    over > 0 ? [tolerances.overAmber, tolerances.overRed] : [tolerances.underAmber, tolerances.underRed];
  return beyond(red) ? "red" : beyond(amber) ? "amber" : "green";
}

/**
 * The figures of a line or a total: its amounts, the profile to date and forecast as shown (to the
 * penny), and the exact forecast its status is judged on.
 */
function figuresOf(
  parts: {
    budget: bigint;
    carriedIn: bigint;
    profileShown: bigint;
    actual: bigint;
    commitments: bigint;
    forecast: Fraction;
    forecastShown: bigint;
  },
  tolerances: TolerancesInUnits,
): BudgetFigures {
  const available = parts.budget + parts.carriedIn;
  const variance = available - parts.forecastShown;
  const over = compare(parts.forecast, whole(available));
  return {
    budget: unitsText(parts.budget),
    carriedIn: unitsText(parts.carriedIn),
    available: unitsText(available),
    profileToDate: unitsText(parts.profileShown),
    actualToDate: unitsText(parts.actual),
    commitments: unitsText(parts.commitments),
    varianceToDate: unitsText(parts.profileShown - parts.actual),
    forecastOutturn: unitsText(parts.forecastShown),
    variance: unitsText(variance),
    variancePercent: available > 0n ? percentText(variance, available) : null,
    direction: over > 0 ? "overspend" : over < 0 ? "underspend" : "on-budget",
    status: statusOf(parts.forecast, available, tolerances),
  };
}

/** The latest holder's forecast per line for the year, made on or before `asOf` (of two on one date, the later listed). */
function holderForecasts(framework: Framework, year: number, asOf: string): Map<Id, { date: string; amount: string }> {
  const latest = new Map<Id, { date: string; amount: string }>();
  for (const forecast of framework.outturnForecasts ?? []) {
    if (forecast.date > asOf || startYearOf(forecast.year) !== year) continue;
    const known = latest.get(forecast.budget);
    if (known === undefined || forecast.date >= known.date)
      latest.set(forecast.budget, { date: forecast.date, amount: forecast.amount });
  }
  return latest;
}

/** Money carried per line from year `from` into the next, agreed on or before `asOf` (or with no date of agreement). */
function carried(framework: Framework, from: number, asOf: string): Map<Id, bigint> {
  const amounts = new Map<Id, bigint>();
  for (const entry of framework.carryForwards ?? []) {
    if (startYearOf(entry.from) !== from || (entry.approved !== undefined && entry.approved > asOf)) continue;
    amounts.set(entry.budget, (amounts.get(entry.budget) ?? 0n) + toUnits(entry.amount));
  }
  return amounts;
}

/** Spend per line in the year from `start` to `last` (both included): actuals summed, commitments at their latest date. */
function spendByLine(framework: Framework, start: string, last: string): Map<Id, LineSpend> {
  const byLine = new Map<Id, LineSpend>();
  for (const entry of framework.spend ?? []) {
    if (entry.date < start || entry.date > last) continue;
    let spend = byLine.get(entry.budget);
    if (spend === undefined) {
      spend = { actual: 0n, lastActual: "", commitmentDate: "", commitments: 0n };
      byLine.set(entry.budget, spend);
    }
    const amount = toUnits(entry.amount);
    if ((entry.kind ?? "actual") === "actual") {
      spend.actual += amount;
      if (entry.date > spend.lastActual) spend.lastActual = entry.date;
    } else if (entry.date > spend.commitmentDate) {
      spend.commitmentDate = entry.date;
      spend.commitments = amount;
    } else if (entry.date === spend.commitmentDate) spend.commitments += amount;
  }
  return byLine;
}

/**
 * Budget monitoring for a financial year, as of a date: for every line of the medium-term financial
 * plan with a budget for the year, the budget in force (after revisions), what was carried into it,
 * the money available, the profile to date, actual spend and commitments, a forecast outturn and its
 * variance, and a RAG status with tolerances for overspend and underspend alike; totals by currency
 * and kind (revenue apart from capital); and any spend with no budget to judge it against.
 *
 * Months are the financial year's (1 April to 30 April, … with a 1 April year start): the profile to
 * date is the share of the year's profile in the months that have ended by `asOf`, and the spend to
 * date is the spend dated by the last of them, as councils monitor to a month's end. The forecast
 * outturn is the year's spend once the year has ended and its last month is posted; otherwise the
 * holder's latest forecast where there is one; otherwise a revenue line's spend to date at its run
 * rate over the months the ledger has reached, and a capital line's available money (or its spend
 * and commitments, when more). Amounts are exact: sums are never rounded; a profile to date and a
 * run-rate forecast are shown to the penny, halves away from zero; a variance is the difference of
 * the amounts shown, so a page adds up; a line's status is judged on its exact figures, a total's
 * on the sum of its lines as shown. The first line of each id is read. See docs/resources.md.
 *
 * @category Resources
 * @param source - a parsed framework or its index
 * @param options - `asOf`, and optionally the `year` and the `tolerances`
 * @returns the year's monitoring: lines in the framework's order, totals, unbudgeted spend
 * @throws {@link ResourcesError} when the options are not an object, `asOf` is not a calendar date, `year` is not a financial year or the tolerances are not percentages
 * @throws {@link ResourcesError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import type { Framework } from "performance-management";
 * import { monitorBudgets } from "performance-management/resources";
 * const framework: Framework = {
 *   id: "fw", name: "Housing", owners: [{ id: "hd", name: "Head of housing", kind: "individual" }],
 *   plans: [{ id: "sp", name: "Housing service plan", level: "service", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "relets", plan: "sp", title: "Re-let empty homes quickly" }],
 *   indicators: [], targets: [],
 *   budgets: [{ id: "b-voids", name: "Void repairs", objective: "relets", holder: "hd", years: [{ year: "2001/02", amount: "1200000" }] }],
 *   spend: [
 *     { budget: "b-voids", date: "2001-04-30", amount: "98000" },
 *     { budget: "b-voids", date: "2001-05-31", amount: "104000" },
 *     { budget: "b-voids", date: "2001-06-30", amount: "113000" },
 *   ],
 * };
 * const [line] = monitorBudgets(framework, { asOf: "2001-07-01" }).lines;
 * // Three months of twelve: £300,000 expected, £315,000 spent; at that rate £1,260,000 by March, 5% over.
 * [line.profileToDate, line.actualToDate, line.forecastOutturn, line.variance, line.variancePercent, line.status]
 * //=> ["300000", "315000", "1260000", "-60000", "-5", "red"]
 */
export function monitorBudgets(source: Framework | FrameworkIndex, options: MonitorBudgetsOptions): BudgetMonitoring {
  const { asOf, index } = checkedResourcesCall(source, options, ["asOf", "year", "tolerances"]);
  const tolerances = checkTolerances(options.tolerances);
  const framework = index.framework;
  const yearStart = index.financialYearStart;

  const { year, period, months, monthsEnd } = monitoredYear(yearStart, asOf, options.year);
  const units: TolerancesInUnits = {
    overAmber: toUnits(tolerances.overspend.amber),
    overRed: toUnits(tolerances.overspend.red),
    underAmber: toUnits(tolerances.underspend.amber),
    underRed: toUnits(tolerances.underspend.red),
  };

  // Spend to the end of the last month ended: a later entry waits for its month's monitoring.
  const spend = monthsEnd === null ? new Map<Id, LineSpend>() : spendByLine(framework, period.start, monthsEnd);
  const forecasts = holderForecasts(framework, year, asOf);
  const carriedIn = carried(framework, year - 1, asOf);
  const carriedOut = carried(framework, year, asOf);
  const currency = framework.currency ?? "GBP";

  const lines: BudgetLineMonitoring[] = [];
  const totals = new Map<string, RunningTotal>();
  const judged = new Set<Id>();
  // Most lines share a profile (or have none): each distinct profile's share at a month is worked out once.
  const shares = new Map<string, Fraction>();
  const shareOf = (profile: Profile | undefined, passed: number): Fraction => {
    const key = `${String(passed)} ${profileKey(profile)}`;
    let share = shares.get(key);
    if (share === undefined) {
      share = profileShare(profile, passed);
      shares.set(key, share);
    }
    return share;
  };
  // The first line of each id, as the index keeps the first of any entity (duplicate-id reports the others).
  const firstLines = firstBudgetLines(framework.budgets);
  for (const line of firstLines) {
    const inForce = budgetInForce(line, year, asOf);
    if (inForce === undefined) continue;
    judged.add(line.id);
    const kind = line.kind ?? "revenue";
    const budget = toUnits(inForce.amount);
    const carriedInto = carriedIn.get(line.id) ?? 0n;
    const available = budget + carriedInto;
    // Milestones are the line's own; a profile's share is worked out once for every line that has it.
    const shapeOf = (passed: number): Fraction =>
      inForce.milestones === undefined ? shareOf(inForce.profile, passed) : milestoneShare(inForce.milestones, passed);
    const share = shapeOf(months);
    const profileToDate = fraction(available * share.numerator, share.denominator);
    const { actual, commitments, lastActual } = spend.get(line.id) ?? { actual: 0n, commitments: 0n, lastActual: "" };
    // The months the ledger has reached: those begun by the latest actual spend recorded.
    const recorded = lastActual === "" ? 0 : monthsBegun(period.start, lastActual);
    const holder = forecasts.get(line.id);
    let basis: ForecastBasis;
    let forecast: Fraction;
    const atRate = kind === "revenue" && recorded > 0 ? shapeOf(recorded) : undefined;
    if (months === 12 && recorded === 12) {
      basis = "outturn";
      forecast = whole(actual);
    } else if (holder !== undefined) {
      basis = "holder";
      forecast = whole(toUnits(holder.amount));
    } else if (atRate !== undefined && atRate.numerator > 0n) {
      basis = "run-rate";
      forecast = fraction(actual * atRate.denominator, atRate.numerator);
    } else {
      basis = "budget";
      const committed = actual + commitments;
      forecast = whole(committed > available ? committed : available);
    }
    const profileShown = roundedUnits(profileToDate);
    const forecastShown = roundedUnits(forecast);
    const lineCurrency = line.currency ?? currency;
    lines.push({
      id: line.id,
      name: line.name,
      kind,
      currency: lineCurrency,
      plan: line.plan ?? null,
      objective: line.objective ?? null,
      holder: line.holder ?? null,
      originalBudget: inForce.original === null ? null : unitsText(toUnits(inForce.original)),
      revision: inForce.revision,
      ...figuresOf(
        { budget, carriedIn: carriedInto, profileShown, actual, commitments, forecast, forecastShown },
        units,
      ),
      forecastBasis: basis,
      forecastDate: basis === "holder" ? (holder?.date ?? null) : null,
      lastSpendDate: lastActual === "" ? null : lastActual,
      carriedForward: unitsText(carriedOut.get(line.id) ?? 0n),
    });
    const totalKey = `${lineCurrency} ${kind}`;
    let total = totals.get(totalKey);
    if (total === undefined) {
      total = {
        currency: lineCurrency,
        kind,
        lines: 0,
        budget: 0n,
        carriedIn: 0n,
        actual: 0n,
        commitments: 0n,
        profileShown: 0n,
        forecastShown: 0n,
      };
      totals.set(totalKey, total);
    }
    total.lines += 1;
    total.budget += budget;
    total.carriedIn += carriedInto;
    total.actual += actual;
    total.commitments += commitments;
    total.profileShown += profileShown;
    total.forecastShown += forecastShown;
  }

  const known = new Map(firstLines.map((line) => [line.id, line]));
  const unbudgetedSpend: UnbudgetedSpend[] = [];
  for (const [id, entry] of spend) {
    if (judged.has(id)) continue;
    const line = known.get(id);
    unbudgetedSpend.push({
      id,
      known: line !== undefined,
      name: line?.name ?? null,
      currency: line?.currency ?? currency,
      actualToDate: unitsText(entry.actual),
      commitments: unitsText(entry.commitments),
    });
  }

  return {
    asOf,
    year: financialYearLabel(year, yearStart),
    period,
    monthsElapsed: months,
    monthsEnd,
    currency,
    tolerances,
    lines,
    totals: [...totals.values()].map((total) => ({
      currency: total.currency,
      kind: total.kind,
      lines: total.lines,
      // A total adds up its lines as shown, so the page adds up, and is judged as shown.
      ...figuresOf(
        {
          budget: total.budget,
          carriedIn: total.carriedIn,
          profileShown: total.profileShown,
          actual: total.actual,
          commitments: total.commitments,
          forecast: whole(total.forecastShown),
          forecastShown: total.forecastShown,
        },
        units,
      ),
    })),
    unbudgetedSpend,
  };
}
