/**
 * The members' report's resources (issue 23): budget monitoring beside performance, as councils'
 * quarterly reports put it (CSF 8; Appendix A's "timely, appropriate, understandable and relevant
 * financial information for considering performance is made available to both the executive and
 * scrutiny"). Built from the resources engines; every amount kept exact and worded for people.
 * @internal
 */
import { financialYearLabel, isFinancialYearLabel, startYearOf } from "../model/financialYears.js";
import { financialYearOf } from "../trajectory/financialYear.js";
import type { FrameworkIndex, Id } from "../model/index.js";
import { costPerOutcome } from "../resources/costPerOutcome.js";
import type { BudgetFigures, BudgetLineMonitoring, ForecastBasis } from "../resources/monitorBudgets.js";
import { monitorBudgets } from "../resources/monitorBudgets.js";
import { UNIT, roundedUnits, toUnits, unitsText, whole } from "../resources/money.js";
import { resourcesByAimOf } from "../resources/resourcesByAim.js";
import type { Direction, Status } from "../trajectory/index.js";
import type { ReportWords } from "./catalogue.js";
import type { Formatter } from "./format.js";
import type { ReportOwner } from "./inHand.js";
import type { ReportTarget } from "./reportRows.js";

/** Money as the report shows it: the amount, and the same for people ("£1,067,950"). @category Report */
export interface ReportMoney {
  readonly amount: string;
  readonly text: string;
}

/**
 * Money against a budget: what is available, spent to date and forecast, the variance (positive
 * for an underspend) and its words ("£67,950 over (6.8%)"), and the status it is judged at.
 *
 * @category Report
 */
export interface ReportMoneyFigures {
  readonly available: ReportMoney;
  readonly actualToDate: ReportMoney;
  readonly forecastOutturn: ReportMoney;
  readonly variance: ReportMoney;
  /** The variance for people: "£67,950 over (6.8%)", "on budget". */
  readonly varianceText: string;
}

/** A budget line as the report lists it. @category Report */
export interface ReportBudgetLine extends ReportMoneyFigures {
  readonly id: Id;
  readonly name: string;
  readonly kind: "revenue" | "capital";
  readonly holder: ReportOwner | null;
  /** The objective the line is keyed to, by its title; `null` for a line keyed to none. */
  readonly objective: { readonly id: Id; readonly title: string } | null;
  readonly profileToDate: ReportMoney;
  readonly forecastBasis: ForecastBasis;
  readonly status: "red" | "amber" | "green";
}

/** The lines of one kind added up (revenue apart from capital). @category Report */
export interface ReportBudgetTotal extends ReportMoneyFigures {
  readonly kind: "revenue" | "capital";
  readonly currency: string;
  readonly lines: number;
  readonly status: "red" | "amber" | "green";
}

/** An aim with the money that reaches it, its share, and the status of its targets. @category Report */
export interface ReportAimMoney extends ReportMoneyFigures {
  readonly objective: Id;
  readonly title: string;
  /** The aim's owner: the portfolio holder. */
  readonly portfolio: ReportOwner | null;
  /** The share of the money reaching the aims, and its change from the year before, for people: "32.3% (+1.6)". */
  readonly shareText: string;
  /** The aim's status rolled up from its targets. */
  readonly status: Status;
}

/** A portfolio holder's aims added up. @category Report */
export interface ReportPortfolioMoney extends ReportMoneyFigures {
  readonly owner: ReportOwner;
  readonly aims: readonly Id[];
}

/** Money carried into the year, or from it into the next. @category Report */
export interface ReportCarryForward {
  readonly budget: Id;
  readonly name: string;
  /** The year it is carried from, and the year into. */
  readonly from: string;
  readonly into: string;
  /** The amount: positive for an underspend carried forward, negative for an agreed overspend. */
  readonly amount: ReportMoney;
  /** The amount in words: "£18,000 underspend", "£12,000 agreed overspend". */
  readonly amountText: string;
  /** The date it was agreed, for people; `null` when none is recorded. */
  readonly approvedText: string | null;
}

/** A red target with the money behind its objective. @category Report */
export interface ReportTargetMoney {
  readonly target: Id;
  readonly title: string;
  readonly objective: { readonly id: Id; readonly title: string };
  readonly available: ReportMoney;
  readonly actualToDate: ReportMoney;
  readonly forecastOutturn: ReportMoney;
}

/** A unit cost with its direction of travel. @category Report */
export interface ReportUnitCost {
  readonly id: Id;
  readonly name: string;
  /** The outcomes and their date for people: "63 people (30 June 2001)"; `null` with no figure. */
  readonly outcomesText: string | null;
  readonly spend: ReportMoney | null;
  readonly cost: ReportMoney | null;
  readonly previousCost: ReportMoney | null;
  readonly direction: Direction | null;
}

/**
 * The report's resources section (issue 23): budget monitoring for the financial year of the
 * report's date, the money by aim and portfolio, the lines (the executive's: those off budget;
 * scrutiny's: every line), the carry-forwards, the money behind each red target and the unit
 * costs. `null` on a report of a framework with no budget lines.
 *
 * @category Report
 */
export interface ReportResources {
  readonly year: string;
  /** The year before (`null` when it would start before year 1). */
  readonly previousYear: string | null;
  readonly monthsElapsed: number;
  /** The last day of the last month ended, for people ("30 June 2001"); `null` when none has. */
  readonly monthsEndText: string | null;
  readonly currency: string;
  readonly totals: readonly ReportBudgetTotal[];
  readonly aims: readonly ReportAimMoney[];
  /**
   * What the aims' table leaves out, so it reconciles with the totals: money on lines keyed to no
   * objective, and money that stops before any aim; `null` when there is none.
   */
  readonly unkeyed: ReportMoneyFigures | null;
  readonly unreached: ReportMoneyFigures | null;
  /** Lines in another currency than the framework's, left out of the aims' table: "ESF grant (EUR)". */
  readonly otherCurrencies: readonly string[];
  /** Each portfolio holder's aims added up (an aim with no owner is in none). */
  readonly portfolios: readonly ReportPortfolioMoney[];
  /** The executive's: the lines red or amber, worst first; scrutiny's: every line, in the framework's order. */
  readonly lines: readonly ReportBudgetLine[];
  /** How many lines are monitored in all, and how many are red or amber. */
  readonly lineCount: number;
  readonly offBudget: number;
  readonly carryForwards: readonly ReportCarryForward[];
  readonly redTargets: readonly ReportTargetMoney[];
  readonly unitCosts: readonly ReportUnitCost[];
  /** Spend with no budget for the year to judge it against, for people. */
  readonly unbudgeted: readonly string[];
}

/** What the section needs of the report being made. */
export interface ResourcesContext {
  readonly index: FrameworkIndex;
  readonly asOf: string;
  readonly audience: "executive" | "scrutiny";
  readonly format: Formatter;
  readonly words: ReportWords;
  readonly targets: readonly ReportTarget[];
  /** Each aim's status as the report rolled it up: the money by aim shows it. */
  readonly aimStatus: ReadonlyMap<Id, Status>;
  /** The last day of the period the report covers: its financial year is the year the section reads. */
  readonly periodEnd: string;
}

const RANK = { red: 0, amber: 1, green: 2 } as const;

/** The report's resources section, or `null` for a framework with no budget lines. */
export function reportResources(context: ResourcesContext): ReportResources | null {
  const { index, asOf, audience, format, words } = context;
  const framework = index.framework;
  if ((framework.budgets ?? []).length === 0) return null;
  const w = words.resources;
  // The year of the report's period: the year-end report of 2001/02, made in May 2002, reads 2001/02
  // (its outturn), not the new year's first month. A year outside the labels' range is left to monitoring.
  const startYear = Number(financialYearOf(context.periodEnd, index.financialYearStart).start.slice(0, 4));
  const label = financialYearLabel(startYear, index.financialYearStart);
  const year = isFinancialYearLabel(label) ? { year: label } : {};
  const monitoring = monitorBudgets(index, { asOf, ...year });
  const currency = monitoring.currency;
  const money = (amount: string, unit = currency): ReportMoney => ({
    amount,
    text: format.figure(amount, { unit, decimals: amount.includes(".") ? 2 : 0 }),
  });
  // Money that followed the cascade's weighted links may have more places than pennies: each amount
  // is shown to the penny and the variance is the difference of the amounts shown, so a row adds up.
  const figures = (
    f: Pick<BudgetFigures, "available" | "actualToDate" | "forecastOutturn">,
    unit = currency,
  ): ReportMoneyFigures => {
    const [available, actualToDate, forecastOutturn] = [f.available, f.actualToDate, f.forecastOutturn].map(penny) as [
      string,
      string,
      string,
    ];
    const variance = subtract(available, forecastOutturn);
    return {
      available: money(available, unit),
      actualToDate: money(actualToDate, unit),
      forecastOutturn: money(forecastOutturn, unit),
      variance: money(variance, unit),
      varianceText:
        available === "0" && actualToDate === "0" && forecastOutturn === "0"
          ? w.noBudget
          : varianceText(w, variance, unit, money),
    };
  };
  const judged = (f: BudgetFigures, unit: string): ReportMoneyFigures => ({
    ...figures(f, unit),
    // The monitoring's own variance and percentage, as judged.
    varianceText: varianceText(w, f.variance, unit, money, f.variancePercent),
  });
  const objectiveRef = (id: Id | null) => (id === null ? null : { id, title: index.objectives.get(id)?.title ?? id });
  const ownerRef = (id: Id | null | undefined): ReportOwner | null =>
    id === null || id === undefined ? null : { id, name: index.owners.get(id)?.name ?? id };

  const allLines: ReportBudgetLine[] = monitoring.lines.map((line: BudgetLineMonitoring) => ({
    id: line.id,
    name: line.name,
    kind: line.kind,
    holder: ownerRef(line.holder),
    objective: objectiveRef(line.objective),
    ...judged(line, line.currency),
    profileToDate: money(line.profileToDate, line.currency),
    forecastBasis: line.forecastBasis,
    status: line.status,
  }));
  const off = allLines.filter((line) => line.status !== "green");
  const lines = audience === "scrutiny" ? allLines : off.slice().sort((a, b) => RANK[a.status] - RANK[b.status]);

  // The year's monitoring above and the aims' statuses the report rolled up (with its scale and
  // roll-up options) serve the money's walk too: neither is worked out again.
  const byAim = resourcesByAimOf(index, monitoring, context.aimStatus);
  // The aims, the money keyed to no objective and the money short of the aims, each column to the
  // penny so that it adds up to the lines' money shown in the totals (a weighted link splits money
  // into fractions of a penny): each rounded down, the pennies left given to the largest remainders.
  const rows = [...byAim.aims, byAim.unkeyed, byAim.unreached];
  const [available, actual, forecast] = (["available", "actualToDate", "forecastOutturn"] as const).map((column) =>
    pennyColumn(rows.map((row) => row[column])),
  ) as [string[], string[], string[]];
  const shown = (k: number) => ({
    available: available[k] as string,
    actualToDate: actual[k] as string,
    forecastOutturn: forecast[k] as string,
  });
  const aims: ReportAimMoney[] = byAim.aims.map((aim, k) => ({
    objective: aim.objective,
    title: index.objectives.get(aim.objective)?.title ?? aim.objective,
    portfolio: ownerRef(index.objectives.get(aim.objective)?.owner),
    ...figures(shown(k)),
    shareText: w.share(aim.share, aim.shareChange),
    status: aim.status,
  }));
  // The portfolios: each holder's aims added up, in the order their first aim comes.
  // An aim with no owner is in no portfolio.
  const holders = new Map<Id, { owner: ReportOwner; aims: Id[]; sums: [string, string, string] }>();
  byAim.aims.forEach((entry, k) => {
    // A portfolio adds up its aims as shown.
    const aim = { objective: entry.objective, ...shown(k) };
    const owner = ownerRef(index.objectives.get(aim.objective)?.owner);
    if (owner === null) return;
    const key = owner.id;
    const held = holders.get(key) ?? { owner, aims: [], sums: ["0", "0", "0"] };
    held.aims.push(aim.objective);
    held.sums = [
      add(held.sums[0], aim.available),
      add(held.sums[1], aim.actualToDate),
      add(held.sums[2], aim.forecastOutturn),
    ];
    holders.set(key, held);
  });
  const portfolios: ReportPortfolioMoney[] = [...holders.values()].map((held) => ({
    owner: held.owner,
    aims: held.aims,
    ...figures({ available: held.sums[0], actualToDate: held.sums[1], forecastOutturn: held.sums[2] }),
  }));

  // Carried into this year (from the year before) and out of it, as monitoring counts them: agreed by the report's date.
  const byLine = new Map(monitoring.lines.map((line) => [line.id, line]));
  const previousYear = byAim.previousYear;
  const carryForwards: ReportCarryForward[] = [];
  for (const carried of framework.carryForwards ?? []) {
    const line = byLine.get(carried.budget);
    if (line === undefined) continue;
    if (carried.approved !== undefined && carried.approved > asOf) continue;
    const into =
      previousYear !== null && sameYear(carried.from, previousYear)
        ? monitoring.year
        : sameYear(carried.from, monitoring.year)
          ? financialYearLabel(startYearOf(monitoring.year) + 1, index.financialYearStart)
          : null;
    // Nothing is carried past the calendar's last year (9999): there is no year after it to name.
    if (into === null || !isFinancialYearLabel(into)) continue;
    carryForwards.push({
      budget: carried.budget,
      name: line.name,
      from: carried.from,
      into,
      amount: money(carried.amount, line.currency),
      amountText: w.carriedAmount(
        money(unitsText(abs(toUnits(carried.amount))), line.currency).text,
        toUnits(carried.amount) < 0n,
      ),
      approvedText: carried.approved === undefined ? null : format.date(carried.approved),
    });
  }

  // The money behind each red target: its objective's own and what flows up to it.
  const behind = new Map(byAim.objectives.map((entry) => [entry.objective, entry.total]));
  const redTargets: ReportTargetMoney[] = [];
  for (const target of context.targets) {
    if (target.status !== "red") continue;
    const objective = index.targets.get(target.target)?.objective;
    if (objective === undefined) continue;
    const total = behind.get(objective) ?? { available: "0", actualToDate: "0", forecastOutturn: "0" };
    redTargets.push({
      target: target.target,
      title: target.title,
      objective: { id: objective, title: index.objectives.get(objective)?.title ?? objective },
      available: money(penny(total.available)),
      actualToDate: money(penny(total.actualToDate)),
      forecastOutturn: money(penny(total.forecastOutturn)),
    });
  }

  const unitCosts: ReportUnitCost[] = costPerOutcome(index, { asOf, ...year }).costs.map((cost) => ({
    id: cost.id,
    name: cost.name,
    outcomesText:
      cost.current === null
        ? null
        : w.outcomes(
            format.figure(cost.current.outcomes, { unit: cost.unit ?? "" }),
            format.date(cost.current.figureDate),
          ),
    spend: cost.current === null ? null : money(cost.current.spend),
    cost: cost.current?.cost == null ? null : money(cost.current.cost),
    previousCost: cost.previous?.cost == null ? null : money(cost.previous.cost),
    direction: cost.direction,
  }));

  return {
    year: monitoring.year,
    previousYear,
    monthsElapsed: monitoring.monthsElapsed,
    monthsEndText: monitoring.monthsEnd === null ? null : format.date(monitoring.monthsEnd),
    currency,
    totals: monitoring.totals.map((total) => ({
      kind: total.kind,
      currency: total.currency,
      lines: total.lines,
      ...judged(total, total.currency),
      status: total.status,
    })),
    aims,
    unkeyed: hasMoney(byAim.unkeyed) ? figures(shown(byAim.aims.length)) : null,
    unreached: hasMoney(byAim.unreached) ? figures(shown(byAim.aims.length + 1)) : null,
    otherCurrencies: byAim.otherCurrencies.map((other) =>
      w.otherCurrency(byLine.get(other.id)?.name ?? other.id, other.currency),
    ),
    portfolios,
    lines,
    lineCount: allLines.length,
    offBudget: off.length,
    carryForwards,
    redTargets,
    unitCosts,
    unbudgeted: monitoring.unbudgetedSpend.map((entry) =>
      w.unbudgeted(
        money(entry.actualToDate, entry.currency).text,
        entry.name ?? entry.id,
        entry.known,
        monitoring.year,
      ),
    ),
  };
}

/** Whether two labels name one financial year ("2002/03" and "2002" both start in 2002). */
function sameYear(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4);
}

/** The variance for people: its size, over or under, and its percentage when known. */
function varianceText(
  w: ReportWords["resources"],
  variance: string,
  unit: string,
  money: (amount: string, unit?: string) => ReportMoney,
  percent?: string | null,
): string {
  if (variance === "0") return w.onBudget;
  const over = variance.startsWith("-");
  const size = money(over ? variance.slice(1) : variance, unit).text;
  const shown = percent === undefined || percent === null ? null : percent.replace(/^-/u, "");
  return w.variance(size, over ? "over" : "under", shown);
}

/** Whether any money is in a flow. */
function hasMoney(flow: { available: string; actualToDate: string; forecastOutturn: string }): boolean {
  return flow.available !== "0" || flow.actualToDate !== "0" || flow.forecastOutturn !== "0";
}

/** Units in a penny. */
const PENNY = UNIT / 100n;

/**
 * Amounts to the penny that add up to their exact sum to the penny (halves away from zero): each
 * rounded down, and the pennies left over given one each to the largest remainders (ties to the
 * earlier), as a table's column must add up to its total.
 */
function pennyColumn(amounts: readonly string[]): string[] {
  const units = amounts.map(toUnits);
  const floors = units.map((value) => {
    const quotient = value / PENNY;
    return value % PENNY < 0n ? quotient - 1n : quotient;
  });
  const total = units.reduce((sum, value) => sum + value, 0n);
  let left = roundedUnits(whole(total)) / PENNY - floors.reduce((sum, value) => sum + value, 0n);
  const order = units
    .map((value, i) => ({ i, remainder: value - (floors[i] as bigint) * PENNY }))
    .sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.i - b.i));
  for (const { i } of order) {
    if (left <= 0n) break;
    floors[i] = (floors[i] as bigint) + 1n;
    left -= 1n;
  }
  return floors.map((pennies) => unitsText(pennies * PENNY));
}

/** An amount to the penny, halves away from zero. */
function penny(amount: string): string {
  return unitsText(roundedUnits(whole(toUnits(amount))));
}

/** The size of an amount in units. */
function abs(units: bigint): bigint {
  return units < 0n ? -units : units;
}

/** Exact sums and differences of canonical decimal strings. */
function add(a: string, b: string): string {
  return unitsText(toUnits(a) + toUnits(b));
}
function subtract(a: string, b: string): string {
  return unitsText(toUnits(a) - toUnits(b));
}
