import { atApexByPosition } from "../model/apex.js";
import { financialYearLabel, startYearOf } from "../model/financialYears.js";
import type { FinancialYear, Framework, FrameworkIndex, Id } from "../model/index.js";
import { evaluateFramework } from "../trajectory/evaluateFramework.js";
import type { Status } from "../trajectory/index.js";
import { fraction, fractionText, toUnits, unitsText } from "./money.js";
import { type Flow, follow, linesOf } from "./flow.js";
import { type BudgetMonitoring, monitorBudgets } from "./monitorBudgets.js";
import { checkedResourcesCall } from "./options.js";

/**
 * Options for {@link resourcesByAim}.
 *
 * @category Resources
 */
export interface ResourcesByAimOptions {
  /** The date to read as of, `YYYY-MM-DD`, as {@link monitorBudgets} reads it. */
  readonly asOf: string;
  /** The financial year, `"2002/03"`; as {@link monitorBudgets} chooses it when absent. */
  readonly year?: FinancialYear | undefined;
}

/**
 * Money in one place: the money available (budget and what was carried in), the actual spend to
 * date, and the forecast outturn, each as {@link monitorBudgets} gives them for the lines it adds up.
 *
 * @category Resources
 */
export interface MoneyFlow {
  readonly available: string;
  readonly actualToDate: string;
  readonly forecastOutturn: string;
}

/**
 * The money serving one objective: keyed to it, and in all, with what flows up to it from the
 * objectives that contribute to it.
 *
 * @category Resources
 */
export interface ObjectiveResources {
  readonly objective: Id;
  /** Money on lines keyed to the objective itself. */
  readonly own: MoneyFlow;
  /** Its own money and what flows up to it from the objectives beneath it (a loop's members share the loop's). */
  readonly total: MoneyFlow;
}

/**
 * One aim (an objective at the apex of the cascade) with the money that reaches it this year and
 * last, its share of the money reaching all the aims, and its status: did resources move towards
 * the aims whose targets are red?
 *
 * @category Resources
 */
export interface AimResources extends MoneyFlow {
  readonly objective: Id;
  /** The aim's share of the money available to all the aims, in per cent to one decimal place; `null` when that is none, or less than none. */
  readonly share: string | null;
  /** The year before: its money available and its share (`null` when no money, or less than none, reached the aims). */
  readonly previous: { readonly available: string; readonly share: string | null };
  /** The change of share from the year before, in percentage points to one decimal place; `null` when either share is. */
  readonly shareChange: string | null;
  /** The aim's status rolled up from its targets as of `asOf` ({@link evaluateFramework}). */
  readonly status: Status;
}

/**
 * What {@link resourcesByAim} returns.
 *
 * @category Resources
 */
export interface ResourcesByAim {
  readonly asOf: string;
  /** The financial year read, and the one before it (`null` when it would start before year 1). */
  readonly year: string;
  readonly previousYear: string | null;
  /** The framework's currency: only lines in it are followed. */
  readonly currency: string;
  /** The aims, in the framework's order. */
  readonly aims: readonly AimResources[];
  /** Every objective that money reaches, in the framework's order. */
  readonly objectives: readonly ObjectiveResources[];
  /** Money on lines keyed to no objective (a plan's as a whole), or to one the framework does not have. */
  readonly unkeyed: MoneyFlow;
  /** Money that stops before any aim: at an objective that contributes to nothing, or whose links all weigh 0. */
  readonly unreached: MoneyFlow;
  /** Lines in another currency, left out. */
  readonly otherCurrencies: readonly { readonly id: Id; readonly currency: string }[];
}

/** A percentage to one decimal place, halves away from zero; `null` for a whole of 0 or less (no share of nothing, or of a debt, reads). */
function percentOf(part: bigint, whole: bigint): string | null {
  return whole <= 0n ? null : fractionText(fraction(part * 100n * toUnits("1"), whole), 1);
}

/** A flow as strings. */
function moneyOf(flow: Flow): MoneyFlow {
  return {
    available: unitsText(flow.available),
    actualToDate: unitsText(flow.actual),
    forecastOutturn: unitsText(flow.forecast),
  };
}

/**
 * Money following priorities: the medium-term financial plan's money rolled up the cascade to each
 * aim (an objective at its apex), this year and last, with each aim's share of the money reaching
 * the aims, the change of share, and the aim's status, so members can see whether resources moved
 * towards the aims whose targets are red (seed 3.4.4, 5.3.6.1: "resources can be redirected to
 * priority objectives").
 *
 * Each line's money (available and spent to date, as {@link monitorBudgets} gives it) starts at the
 * objective it is keyed to and flows up its `contributesTo` links, split by the links' weights (1
 * when absent; where all of an objective's links weigh 0 its money stops there, and a link's share
 * of its money stops there too where the link names no objective), up to the aims, which keep it
 * (an aim's own links up are not followed, so no money is counted at two aims). The split is exact:
 * in 10^-20 units, rounded down, the units left over given to the largest remainders, so the parts
 * always add up to the whole and no money is made or lost. A loop of contributions is taken as one:
 * its members share the loop's money, which leaves by the links out of the loop. Money keyed to no
 * objective is `unkeyed`; money that stops before an aim is `unreached`; lines in another currency
 * than the framework's are listed and left out. Shares are `null` where the aims' money is none or
 * less than none (an agreed overspend carried in larger than the budgets).
 *
 * @category Resources
 * @param source - a parsed framework or its index
 * @param options - `asOf`, and optionally the `year`
 * @returns the aims, the objectives money reaches, and the money that reaches no aim
 * @throws {@link ResourcesError} when the options are not an object, `asOf` is not a calendar date or `year` not a financial year
 * @throws {@link ResourcesError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import type { Framework } from "performance-management";
 * import { resourcesByAim } from "performance-management/resources";
 * const plan = (id: string, level: "community" | "service") => ({ id, name: id, level, period: { start: "2001-04-01", end: "2004-03-31" } });
 * const framework: Framework = {
 *   id: "fw", name: "Two aims", owners: [], indicators: [], targets: [],
 *   plans: [plan("cp", "community"), plan("sp", "service")],
 *   objectives: [
 *     { id: "safer", plan: "cp", title: "Safer streets" },
 *     { id: "greener", plan: "cp", title: "Greener borough" },
 *     { id: "wardens", plan: "sp", title: "Street wardens", contributesTo: [{ objective: "safer", weight: "3" }, { objective: "greener", weight: "1" }] },
 *   ],
 *   budgets: [{ id: "b-wardens", name: "Wardens", objective: "wardens", years: [{ year: "2001/02", amount: "400000" }] }],
 * };
 * // The wardens' £400,000 serves both aims, three parts to one.
 * resourcesByAim(framework, { asOf: "2001-07-01" }).aims.map((aim) => [aim.objective, aim.available, aim.share])
 * //=> [["safer", "300000", "75"], ["greener", "100000", "25"]]
 */
export function resourcesByAim(source: Framework | FrameworkIndex, options: ResourcesByAimOptions): ResourcesByAim {
  const { asOf, index } = checkedResourcesCall(source, options, ["asOf", "year"]);
  const monitoring = monitorBudgets(index, { asOf, ...(options.year === undefined ? {} : { year: options.year }) });
  const statuses = new Map(
    evaluateFramework(index, { asOf, detail: "status" }).objectives.map((result) => [result.objective, result.status]),
  );
  return resourcesByAimOf(index, monitoring, statuses);
}

/**
 * @internal {@link resourcesByAim} from the year's monitoring and the aims' statuses a caller has
 * already worked out (the members' report has both): the year before is monitored here.
 */
export function resourcesByAimOf(
  index: FrameworkIndex,
  monitoring: BudgetMonitoring,
  statuses: ReadonlyMap<Id, Status>,
): ResourcesByAim {
  const framework = index.framework;
  const asOf = monitoring.asOf;
  const now = linesOf(monitoring);
  const startYear = startYearOf(monitoring.year);
  // The year before, unless it would start before the calendar's first year.
  const previousLabel = startYear > 1 ? financialYearLabel(startYear - 1, index.financialYearStart) : null;
  const before = previousLabel === null ? undefined : linesOf(monitorBudgets(index, { asOf, year: previousLabel }));
  const flows = follow(index, now.lines);
  const previous = before === undefined ? undefined : follow(index, before.lines);

  const apex = atApexByPosition(index);
  const graph = index.objectiveGraph;
  let aimsNow = 0n;
  let aimsBefore = 0n;
  for (let v = 0; v < graph.ids.length; v += 1) {
    if (apex[v] !== 1) continue;
    aimsNow += (flows.total[v] as Flow).available;
    if (previous !== undefined) aimsBefore += (previous.total[v] as Flow).available;
  }
  const aims: AimResources[] = [];
  const objectives: ObjectiveResources[] = [];
  for (let v = 0; v < graph.ids.length; v += 1) {
    const objective = index.objectives.at(v);
    if (objective === undefined) continue;
    const total = flows.total[v] as Flow;
    if (flows.reached[v] === 1)
      objectives.push({ objective: objective.id, own: moneyOf(flows.own[v] as Flow), total: moneyOf(total) });
    if (apex[v] !== 1) continue;
    const share = percentOf(total.available, aimsNow);
    const last = previous === undefined ? 0n : (previous.total[v] as Flow).available;
    const shareBefore = percentOf(last, aimsBefore);
    aims.push({
      objective: objective.id,
      ...moneyOf(total),
      share,
      previous: { available: unitsText(last), share: shareBefore },
      // The change worked out on the exact shares, then shown.
      shareChange:
        aimsNow <= 0n || aimsBefore <= 0n
          ? null
          : fractionText(
              fraction((total.available * aimsBefore - last * aimsNow) * 100n * toUnits("1"), aimsNow * aimsBefore),
              1,
            ),
      status: statuses.get(objective.id) ?? "no-data",
    });
  }
  return {
    asOf,
    year: monitoring.year,
    previousYear: previousLabel,
    currency: framework.currency ?? "GBP",
    aims,
    objectives,
    unkeyed: moneyOf(flows.unkeyed),
    unreached: moneyOf(flows.unreached),
    otherCurrencies: now.other,
  };
}
