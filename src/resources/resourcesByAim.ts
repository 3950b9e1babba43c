import { type Condensation, condensation } from "../internal/graph.js";
import { checkDate, checkKnownOptions, checkOptionsObject, shown } from "../internal/options.js";
import { atApexByPosition } from "../model/apex.js";
import { firstBudgetLines } from "../model/budgetLines.js";
import { financialYearLabel, isFinancialYearLabel, startYearOf } from "../model/financialYears.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { FinancialYear, Framework, FrameworkIndex, Id } from "../model/index.js";
import { evaluateFramework } from "../trajectory/evaluateFramework.js";
import type { Status } from "../trajectory/index.js";
import { resourcesError } from "./errors.js";
import { fraction, fractionText, toUnits, unitsText } from "./money.js";
import { monitorBudgets } from "./monitorBudgets.js";

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
 * Money as a pair: the money available (budget and what was carried in) and the actual spend to date.
 *
 * @category Resources
 */
export interface MoneyPair {
  readonly available: string;
  readonly actualToDate: string;
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
  readonly own: MoneyPair;
  /** Its own money and what flows up to it from the objectives beneath it (a loop's members share the loop's). */
  readonly total: MoneyPair;
}

/**
 * One aim (an objective at the apex of the cascade) with the money that reaches it this year and
 * last, its share of the money reaching all the aims, and its status: did resources move towards
 * the aims whose targets are red?
 *
 * @category Resources
 */
export interface AimResources extends MoneyPair {
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
  /** The financial year read, and the one before it. */
  readonly year: string;
  readonly previousYear: string;
  /** The framework's currency: only lines in it are followed. */
  readonly currency: string;
  /** The aims, in the framework's order. */
  readonly aims: readonly AimResources[];
  /** Every objective that money reaches, in the framework's order. */
  readonly objectives: readonly ObjectiveResources[];
  /** Money on lines keyed to no objective (a plan's as a whole), or to one the framework does not have. */
  readonly unkeyed: MoneyPair;
  /** Money that stops before any aim: at an objective that contributes to nothing, or whose links all weigh 0. */
  readonly unreached: MoneyPair;
  /** Lines in another currency, left out. */
  readonly otherCurrencies: readonly { readonly id: Id; readonly currency: string }[];
}

/** Money in units: available and spent. */
interface Flow {
  available: bigint;
  actual: bigint;
}

/** The weight of an objective's link `k` (1 when absent) in units. */
function weightOf(index: FrameworkIndex, v: number, k: number): bigint {
  const weight = index.objectives.at(v)?.contributesTo?.[k]?.weight;
  return weight === undefined ? toUnits("1") : toUnits(weight);
}

/**
 * `amount` split in proportion to `weights` (their sum `total` above 0), in whole units, the parts
 * adding up to `amount` exactly: each part rounded down, and the units left over given one each to
 * the largest remainders (ties to the earlier link). A negative amount is split as its size.
 */
function apportion(amount: bigint, weights: readonly bigint[], total: bigint): bigint[] {
  const negative = amount < 0n;
  const size = negative ? -amount : amount;
  const parts = weights.map((weight) => (size * weight) / total);
  let left = size - parts.reduce((sum, part) => sum + part, 0n);
  if (left > 0n) {
    const order = weights
      .map((weight, i) => ({ i, remainder: (size * weight) % total }))
      .sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.i - b.i));
    for (const { i } of order) {
      if (left === 0n) break;
      parts[i] = (parts[i] as bigint) + 1n;
      left -= 1n;
    }
  }
  return negative ? parts.map((part) => -part) : parts;
}

/** What the money's walk reads of the cascade, whatever the year: worked out once per index. */
interface FlowPlan {
  /** 1 for an aim (an objective at the apex). */
  readonly apex: Uint8Array;
  /** The components of the `down` graph without the aims' own links up, contributors first. */
  readonly component: Int32Array;
  readonly count: number;
  readonly members: Condensation["members"];
  /** Per objective, the weight of its links that name no objective. */
  readonly lost: readonly bigint[];
}

const FLOW_PLAN = Symbol("performance-management/resources money's walk");

/** The {@link FlowPlan} of an index, kept with it: both years of a call, and every later call, read one. */
function flowPlanOf(index: FrameworkIndex): FlowPlan {
  return index.derive(FLOW_PLAN, () => {
    const graph = index.objectiveGraph;
    const n = graph.ids.length;
    // Aims are end points: their own links up are not followed, so money that reaches an aim stays
    // there, and a loop through an aim breaks at it. The `down` graph without those links:
    const apex = atApexByPosition(index);
    const { down } = graph;
    const start = new Int32Array(n + 1);
    const kept: number[] = [];
    for (let v = 0; v < n; v += 1) {
      for (let e = down.start[v] as number; e < (down.start[v + 1] as number); e += 1) {
        const child = down.targets[e] as number;
        if (apex[child] !== 1) kept.push(child);
      }
      start[v + 1] = kept.length;
    }
    // Components in ascending order: contributors before what they serve, a loop as one.
    const { component, count, members } = condensation(n, { start, targets: Int32Array.from(kept) });
    // The weight of each objective's links that name no objective: their share stops short of any aim.
    const lost: bigint[] = new Array<bigint>(n).fill(0n);
    for (let u = 0; u < graph.unresolved.length; u += 2) {
      const v = graph.unresolved[u] as number;
      lost[v] = (lost[v] as bigint) + weightOf(index, v, graph.unresolved[u + 1] as number);
    }
    return { apex, component, count, members, lost };
  });
}

/** The money of each objective (own and total), what stops short of the aims, and what is keyed to none. */
function follow(
  index: FrameworkIndex,
  lines: readonly { objective: Id | undefined; available: bigint; actual: bigint }[],
): { own: Flow[]; total: Flow[]; reached: Uint8Array; unkeyed: Flow; unreached: Flow } {
  const graph = index.objectiveGraph;
  const n = graph.ids.length;
  const own: Flow[] = Array.from({ length: n }, () => ({ available: 0n, actual: 0n }));
  const unkeyed: Flow = { available: 0n, actual: 0n };
  const reached = new Uint8Array(n);
  for (const line of lines) {
    const v = line.objective === undefined ? undefined : index.objectives.positionOf(line.objective);
    const into = v === undefined ? unkeyed : (own[v] as Flow);
    into.available += line.available;
    into.actual += line.actual;
    if (v !== undefined) reached[v] = 1;
  }
  const { apex, component, count, members, lost } = flowPlanOf(index);
  const { up, upContribution } = graph;
  const inflow: Flow[] = Array.from({ length: count }, () => ({ available: 0n, actual: 0n }));
  const total: Flow[] = new Array<Flow>(n);
  const unreached: Flow = { available: 0n, actual: 0n };
  for (let c = 0; c < count; c += 1) {
    const flow = inflow[c] as Flow;
    const sum: Flow = { available: flow.available, actual: flow.actual };
    const from = members.start[c] as number;
    const to = members.start[c + 1] as number;
    let reaches = flow.available !== 0n || flow.actual !== 0n;
    let atApex = false;
    for (let m = from; m < to; m += 1) {
      const v = members.targets[m] as number;
      sum.available += (own[v] as Flow).available;
      sum.actual += (own[v] as Flow).actual;
      if (reached[v] === 1) reaches = true;
      if (apex[v] === 1) atApex = true;
    }
    // The links leaving the component, with their weights, the money splitting among them; the
    // last share, of the links that name nothing, stops short.
    const parents: number[] = [];
    const weights: bigint[] = [];
    let weightSum = 0n;
    let lostWeight = 0n;
    for (let m = from; m < to; m += 1) {
      const v = members.targets[m] as number;
      total[v] = sum;
      if (reaches) reached[v] = 1;
      if (atApex) continue;
      lostWeight += lost[v] as bigint;
      for (let e = up.start[v] as number; e < (up.start[v + 1] as number); e += 1) {
        const p = up.targets[e] as number;
        if (component[p] === c) continue;
        const weight = weightOf(index, v, upContribution[e] as number);
        parents.push(component[p] as number);
        weights.push(weight);
        weightSum += weight;
      }
    }
    // An aim's component keeps its money; one with no weight out keeps it short of the aims.
    if (atApex) continue;
    if (weightSum + lostWeight === 0n) {
      unreached.available += sum.available;
      unreached.actual += sum.actual;
      continue;
    }
    weights.push(lostWeight);
    const available = apportion(sum.available, weights, weightSum + lostWeight);
    const actual = apportion(sum.actual, weights, weightSum + lostWeight);
    parents.forEach((p, i) => {
      const into = inflow[p] as Flow;
      into.available += available[i] as bigint;
      into.actual += actual[i] as bigint;
    });
    unreached.available += available[parents.length] as bigint;
    unreached.actual += actual[parents.length] as bigint;
  }
  return { own, total, reached, unkeyed, unreached };
}

/** A percentage to one decimal place, halves away from zero; `null` for a whole of 0 or less (no share of nothing, or of a debt, reads). */
function percentOf(part: bigint, whole: bigint): string | null {
  return whole <= 0n ? null : fractionText(fraction(part * 100n * toUnits("1"), whole), 1);
}

/** The lines of the framework's currency with their money for a year, and those left out. */
function linesOf(
  framework: Framework,
  index: FrameworkIndex,
  asOf: string,
  year: string | undefined,
): {
  year: string;
  lines: { objective: Id | undefined; available: bigint; actual: bigint }[];
  other: { id: Id; currency: string }[];
} {
  const monitoring = monitorBudgets(index, { asOf, ...(year === undefined ? {} : { year }) });
  const keyedTo = new Map(firstBudgetLines(framework.budgets).map((line) => [line.id, line.objective]));
  const lines: { objective: Id | undefined; available: bigint; actual: bigint }[] = [];
  const other: { id: Id; currency: string }[] = [];
  for (const line of monitoring.lines) {
    if (line.currency !== monitoring.currency) {
      other.push({ id: line.id, currency: line.currency });
      continue;
    }
    lines.push({
      objective: keyedTo.get(line.id),
      available: toUnits(line.available),
      actual: toUnits(line.actualToDate),
    });
  }
  return { year: monitoring.year, lines, other };
}

/** A flow as strings. */
function pairOf(flow: Flow): MoneyPair {
  return { available: unitsText(flow.available), actualToDate: unitsText(flow.actual) };
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
  checkOptionsObject(options, "options", resourcesError);
  checkKnownOptions(options, ["asOf", "year"], "options", resourcesError);
  const asOf = checkDate(options.asOf, "options.asOf", resourcesError);
  if (options.year !== undefined && (typeof options.year !== "string" || !isFinancialYearLabel(options.year)))
    throw resourcesError(`options.year ${shown(options.year)} is not a financial year written like "2002/03"`);
  const index = checkedFrameworkIndex(source, resourcesError);
  const framework = index.framework;

  const now = linesOf(framework, index, asOf, options.year);
  const startYear = startYearOf(now.year);
  const previousLabel = financialYearLabel(startYear - 1, index.financialYearStart);
  const before = startYear > 1 ? linesOf(framework, index, asOf, previousLabel) : undefined;
  const flows = follow(index, now.lines);
  const previous = before === undefined ? undefined : follow(index, before.lines);

  const apex = atApexByPosition(index);
  const graph = index.objectiveGraph;
  const statuses = new Map(
    evaluateFramework(index, { asOf, detail: "status" }).objectives.map((result) => [result.objective, result.status]),
  );
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
      objectives.push({ objective: objective.id, own: pairOf(flows.own[v] as Flow), total: pairOf(total) });
    if (apex[v] !== 1) continue;
    const share = percentOf(total.available, aimsNow);
    const last = previous === undefined ? 0n : (previous.total[v] as Flow).available;
    const shareBefore = percentOf(last, aimsBefore);
    aims.push({
      objective: objective.id,
      ...pairOf(total),
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
    year: now.year,
    previousYear: previousLabel,
    currency: framework.currency ?? "GBP",
    aims,
    objectives,
    unkeyed: pairOf(flows.unkeyed),
    unreached: pairOf(flows.unreached),
    otherCurrencies: now.other,
  };
}
