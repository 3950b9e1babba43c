import { dayNumberMonthsAfter, fromDayNumber, toDayNumber } from "../internal/dates.js";
import { financialYearLabel, periodOfYear } from "../model/financialYears.js";
import type { FinancialYear, Framework, FrameworkIndex, Id, UnitCost } from "../model/index.js";
import type { Direction } from "../trajectory/directionOfTravel.js";
import { latestOnOrBefore, seriesOf } from "../trajectory/series.js";
import { type Flow, follow } from "./flow.js";
import { firstBudgetLines } from "../model/budgetLines.js";
import { UNIT, fraction, roundedUnits, toUnits, unitsText } from "./money.js";
import { monitoredYear, monthsBegun } from "./monitorBudgets.js";
import { checkedResourcesCall } from "./options.js";

/** The day number of 9999-12-31, the calendar's last day. */
const LAST_DAY = toDayNumber("9999-12-31");

/**
 * Options for {@link costPerOutcome}.
 *
 * @category Resources
 */
export interface CostPerOutcomeOptions {
  /** The date to read as of, `YYYY-MM-DD`: figures and spend to the end of the last month ended by it. */
  readonly asOf: string;
  /** The financial year, `"2002/03"`; as {@link monitorBudgets} chooses it when absent. */
  readonly year?: FinancialYear | undefined;
}

/**
 * A unit cost's figures at one point of a financial year: the outcomes counted to the indicator's
 * figure, the money spent to the end of that figure's month, and the one divided by the other.
 *
 * @category Resources
 */
export interface OutcomeCostFigures {
  /** The financial year, `"2001/02"`. */
  readonly year: string;
  /** The date of the indicator's figure. */
  readonly figureDate: string;
  /** The last day of the financial year's month that holds the figure: spend is counted to it. */
  readonly spendTo: string;
  /** The outcomes: the indicator's figure, as a canonical decimal string. */
  readonly outcomes: string;
  /**
   * The objective's actual revenue spend in the year to `spendTo`, net of income: its own lines' and
   * what flows up to it, whatever the lines' budgets (spend on a line with no budget for the year counts).
   */
  readonly spend: string;
  /**
   * The last day of the last month of the year with actual spend posted on any revenue line (the
   * ledger's reach); `null` when none is.
   */
  readonly ledgerTo: string | null;
  /**
   * `spend / outcomes` to the penny, halves away from zero; `null` when the outcomes are 0 or fewer,
   * when the net spend is 0 or less (nothing spent, or income and credits as large as the spend), or
   * when the ledger is not posted to the figure's month (`ledgerTo` before `spendTo`).
   */
  readonly cost: string | null;
}

/**
 * One unit cost of the framework's `unitCosts`, this year and at the same point of the year before.
 *
 * @category Resources
 */
export interface OutcomeCost {
  readonly id: Id;
  readonly name: string;
  readonly indicator: Id;
  readonly objective: Id;
  /** The indicator's unit ("households"), `null` when the framework has no such indicator. */
  readonly unit: string | null;
  /** The figures at the indicator's latest figure in the year to date; `null` when it has none, or the framework has no such objective. */
  readonly current: OutcomeCostFigures | null;
  /** The same month of the year before (a figure dated in it, spend to its end); `null` when there is no such figure or no current one. */
  readonly previous: OutcomeCostFigures | null;
  /**
   * The direction of travel: `improving` when an outcome costs less than a year before (to the
   * penny, as shown), `worsening` when more, `no-change` when the same; `null` when either cost is.
   */
  readonly direction: Direction | null;
}

/**
 * What {@link costPerOutcome} returns.
 *
 * @category Resources
 */
export interface CostPerOutcome {
  readonly asOf: string;
  /** The financial year read, and the one before it (`null` when it would start before year 1). */
  readonly year: string;
  readonly previousYear: string | null;
  /** The last day of the last month ended by `asOf` in the year; `null` when none has ended. */
  readonly monthsEnd: string | null;
  /** The framework's currency: only lines in it are counted. */
  readonly currency: string;
  /** The unit costs, in the framework's order (the first of each id). */
  readonly costs: readonly OutcomeCost[];
}

/**
 * A year's revenue spend per objective to the end of each of its months: one pass over the ledger
 * puts each actual entry of a revenue line in the framework's currency in its month (whatever the
 * line's budgets: money spent is money spent), and each month's walk up the cascade is worked out
 * once, when first asked for.
 */
class SpendByMonth {
  /** The day number of the first day of each month of the year, and of the day after its last: 13 days (exact past 9999). */
  readonly #bounds: number[];
  /** The lines read, with their objective and their actual spend by month. */
  readonly #lines: { readonly objective: Id | undefined; readonly months: bigint[] }[] = [];
  /** The last month (1 to 12) with an actual entry on any line read; 0 before any. */
  readonly reach: number;
  readonly #walks = new Map<number, ReturnType<typeof follow>>();

  constructor(
    private readonly index: FrameworkIndex,
    readonly label: string,
    readonly start: string,
    /** The last date read: the end of the last month ended by `asOf` this year; the year's end for the year before. */
    until: string,
  ) {
    this.#bounds = Array.from({ length: 13 }, (_, k) => dayNumberMonthsAfter(start, k));
    const framework = index.framework;
    const currency = framework.currency ?? "GBP";
    // Revenue only: capital buys assets that serve the outcomes of years to come.
    const read = new Map<Id, { readonly objective: Id | undefined; readonly months: bigint[] }>();
    for (const line of firstBudgetLines(framework.budgets)) {
      if (line.kind === "capital" || (line.currency ?? currency) !== currency) continue;
      const entry = { objective: line.objective, months: new Array<bigint>(12).fill(0n) };
      read.set(line.id, entry);
      this.#lines.push(entry);
    }
    const first = this.#bounds[0] as number;
    // The year's last day, or `until` when earlier ("" reads nothing: no month has ended).
    const last = until === "" ? first - 1 : Math.min((this.#bounds[12] as number) - 1, toDayNumber(until));
    let reach = 0;
    for (const entry of framework.spend ?? []) {
      if (entry.kind === "commitment") continue;
      const line = read.get(entry.budget);
      if (line === undefined) continue;
      const day = toDayNumber(entry.date);
      if (day < first || day > last) continue;
      let month = 1;
      while (month < 12 && (this.#bounds[month] as number) <= day) month += 1;
      line.months[month - 1] = (line.months[month - 1] as bigint) + toUnits(entry.amount);
      if (month > reach) reach = month;
    }
    this.reach = reach;
  }

  /** The last day of the year's `months`-th month (within the calendar: 9999-12-31 at the latest). */
  monthEnd(months: number): string {
    return fromDayNumber(Math.min((this.#bounds[months] as number) - 1, LAST_DAY));
  }

  /** The objective at `position`'s spend to the end of the year's `months`-th month. */
  spend(position: number, months: number): bigint {
    let walk = this.#walks.get(months);
    if (walk === undefined) {
      walk = follow(
        this.index,
        this.#lines.map((line) => {
          let actual = 0n;
          for (let m = 0; m < months; m += 1) actual += line.months[m] as bigint;
          return { objective: line.objective, available: 0n, actual, forecast: 0n };
        }),
      );
      this.#walks.set(months, walk);
    }
    return (walk.total[position] as Flow).actual;
  }
}

/** A unit cost's figures, or `null`: the indicator's latest figure dated in `[from, to]`, and the spend to its month's end. */
function figuresOf(
  index: FrameworkIndex,
  cost: UnitCost,
  position: number,
  year: SpendByMonth,
  from: number,
  to: number,
): OutcomeCostFigures | null {
  const figure = latestOnOrBefore(seriesOf(index, cost.indicator), to);
  if (figure === undefined || toDayNumber(figure.date) < from) return null;
  const months = monthsBegun(year.start, figure.date);
  const outcomes = toUnits(figure.value);
  const spend = year.spend(position, months);
  // The ledger must reach the count's month: two months' money is not set against three months' outcomes.
  const posted = year.reach >= months;
  return {
    year: year.label,
    figureDate: figure.date,
    spendTo: year.monthEnd(months),
    ledgerTo: year.reach === 0 ? null : year.monthEnd(year.reach),
    outcomes: unitsText(outcomes),
    spend: unitsText(spend),
    // No cost of nothing, nor of income: a net credit per outcome reads as money earned, not spent.
    cost: outcomes <= 0n || spend <= 0n || !posted ? null : unitsText(roundedUnits(fraction(spend * UNIT, outcomes))),
  };
}

/** Cheaper is better: the direction from one cost to another, as shown. */
function directionOf(before: string | null | undefined, now: string | null | undefined): Direction | null {
  if (before === null || before === undefined || now === null || now === undefined) return null;
  const change = toUnits(now) - toUnits(before);
  return change < 0n ? "improving" : change > 0n ? "worsening" : "no-change";
}

/**
 * Cost per outcome: each of the framework's `unitCosts` (an indicator that counts outcomes, set
 * against the money spent on the objective they serve) as of a date, with its direction of travel
 * from the same point of the year before: is an outcome costing less? (CSF 8, Appendix A's
 * "timely, appropriate, understandable and relevant financial information for considering
 * performance".)
 *
 * The outcomes are the indicator's latest figure dated in the year to the end of the last month
 * ended by `asOf` (read as the outcomes in the year to its date: a running total). The spend is the
 * objective's actual revenue spend in the year to the end of that figure's month, so figures that
 * lag the ledger are set against the months they count: its own budget lines' and what flows up to
 * it from the objectives beneath it, split by the links' weights as {@link resourcesByAim} splits
 * it (a loop of contributions shares its money, so each member is charged the loop's). Revenue
 * lines in the framework's currency are read, whatever their budgets (money spent against a line
 * with no budget for the year still counts); capital buys assets that serve the outcomes of years to
 * come, so a unit cost is a revenue cost, as councils' unit costs are. The cost is the spend over
 * the outcomes, exact and shown to the penny; it is `null` for no outcomes, where the net spend is
 * 0 or less (nothing spent, or income as large as the spend: no cost per outcome reads), and where
 * the ledger is not posted to the figure's month (`ledgerTo`): two months' money is never set
 * against three months' outcomes. The year before is read at the same month: the
 * indicator's latest figure dated in that month, and the spend to its end. The direction compares
 * the costs as shown: an outcome that costs less is `improving`.
 *
 * One pass over the ledger for each of the two years puts each entry in its month; each month's walk
 * up the cascade is made once, when a count first needs it (at most 12 a year): O(S + 24 (L + V + E)
 * + U log M) for S spend entries, L lines, V objectives, E links, U unit costs and M figures.
 *
 * @category Resources
 * @param source - a parsed framework or its index
 * @param options - `asOf`, and optionally the `year`
 * @returns each unit cost, this year and the year before, with its direction
 * @throws {@link ResourcesError} when the options are not an object, `asOf` is not a calendar date or `year` not a financial year
 * @throws {@link ResourcesError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import type { Framework } from "performance-management";
 * import { costPerOutcome } from "performance-management/resources";
 * const framework: Framework = {
 *   id: "fw", name: "New Deal", owners: [], targets: [],
 *   plans: [{ id: "sp", name: "Regeneration plan", level: "service", period: { start: "2000-04-01", end: "2003-03-31" } }],
 *   objectives: [{ id: "jobs", plan: "sp", title: "Help people into work" }],
 *   indicators: [{ id: "into-work", title: "People helped into work", unit: "people", polarity: "higher-is-better",
 *     measure: "outcome", frequency: "quarterly", aggregation: "running-total" }],
 *   measurements: [{ indicator: "into-work", date: "2000-06-30", value: "60" }, { indicator: "into-work", date: "2001-06-30", value: "64" }],
 *   budgets: [{ id: "b-jobs", name: "New Deal", objective: "jobs", years: [{ year: "2000/01", amount: "600000" }, { year: "2001/02", amount: "600000" }] }],
 *   spend: [{ budget: "b-jobs", date: "2000-06-30", amount: "150000" }, { budget: "b-jobs", date: "2001-06-30", amount: "144000" }],
 *   unitCosts: [{ id: "uc-job", name: "Cost per person helped into work", indicator: "into-work", objective: "jobs" }],
 * };
 * const [job] = costPerOutcome(framework, { asOf: "2001-07-01" }).costs;
 * // £144,000 for 64 people: £2,250 each, down from £150,000 for 60 (£2,500) a year before.
 * [job.current?.cost, job.previous?.cost, job.direction] //=> ["2250", "2500", "improving"]
 */
export function costPerOutcome(source: Framework | FrameworkIndex, options: CostPerOutcomeOptions): CostPerOutcome {
  const { asOf, index } = checkedResourcesCall(source, options, ["asOf", "year"]);
  const framework = index.framework;
  const yearStart = index.financialYearStart;

  // The year and its months ended, as monitoring reads them.
  const { year: startYear, period, monthsEnd } = monitoredYear(yearStart, asOf, options.year);
  const label = financialYearLabel(startYear, yearStart);
  // The year before, unless it would start before the calendar's first year.
  const previousLabel = startYear > 1 ? financialYearLabel(startYear - 1, yearStart) : null;
  const now = new SpendByMonth(index, label, period.start, monthsEnd ?? "");
  let before: SpendByMonth | undefined;

  const costs: OutcomeCost[] = [];
  const seen = new Set<Id>();
  for (const cost of framework.unitCosts ?? []) {
    if (seen.has(cost.id)) continue;
    seen.add(cost.id);
    const position = index.objectives.positionOf(cost.objective);
    // An objective the framework does not have has no money to count (the checker's dangling-reference).
    const current =
      monthsEnd === null || position === undefined
        ? null
        : figuresOf(index, cost, position, now, toDayNumber(period.start), toDayNumber(monthsEnd));
    let previous: OutcomeCostFigures | null = null;
    if (current !== null && position !== undefined && previousLabel !== null) {
      // The same month of the year before: a figure dated in it, spend to its end.
      const months = monthsBegun(now.start, current.figureDate);
      const last = periodOfYear(startYear - 1, yearStart);
      before ??= new SpendByMonth(index, previousLabel, last.start, last.end);
      previous = figuresOf(
        index,
        cost,
        position,
        before,
        dayNumberMonthsAfter(before.start, months - 1),
        dayNumberMonthsAfter(before.start, months) - 1,
      );
    }
    costs.push({
      id: cost.id,
      name: cost.name,
      indicator: cost.indicator,
      objective: cost.objective,
      unit: index.indicators.get(cost.indicator)?.unit ?? null,
      current,
      previous,
      direction: directionOf(previous?.cost, current?.cost),
    });
  }
  return { asOf, year: label, previousYear: previousLabel, monthsEnd, currency: framework.currency ?? "GBP", costs };
}
