/**
 * The money's walk up the cascade, shared by {@link resourcesByAim} and {@link costPerOutcome}:
 * each budget line's money starts at the objective it is keyed to and flows up the objectives'
 * links, split exactly by their weights, to the aims, which keep it.
 * @internal
 */
import { type Condensation, condensation } from "../internal/graph.js";
import { atApexByPosition } from "../model/apex.js";
import type { FrameworkIndex, Id } from "../model/index.js";
import { toUnits } from "./money.js";
import type { BudgetMonitoring } from "./monitorBudgets.js";

/** Money in units: available, spent to date, and the forecast outturn. */
export interface Flow {
  available: bigint;
  actual: bigint;
  forecast: bigint;
}

/** No money. */
function none(): Flow {
  return { available: 0n, actual: 0n, forecast: 0n };
}

/** Adds `from` into `into`. */
function addInto(into: Flow, from: Flow): void {
  into.available += from.available;
  into.actual += from.actual;
  into.forecast += from.forecast;
}

/** A budget line's money, keyed to its objective. */
export interface LineMoney extends Flow {
  readonly objective: Id | undefined;
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
export function flowPlanOf(index: FrameworkIndex): FlowPlan {
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
export function follow(
  index: FrameworkIndex,
  lines: readonly LineMoney[],
): { own: Flow[]; total: Flow[]; reached: Uint8Array; unkeyed: Flow; unreached: Flow } {
  const graph = index.objectiveGraph;
  const n = graph.ids.length;
  const own: Flow[] = Array.from({ length: n }, none);
  const unkeyed = none();
  const reached = new Uint8Array(n);
  for (const line of lines) {
    const v = line.objective === undefined ? undefined : index.objectives.positionOf(line.objective);
    addInto(v === undefined ? unkeyed : (own[v] as Flow), line);
    if (v !== undefined) reached[v] = 1;
  }
  const { apex, component, count, members, lost } = flowPlanOf(index);
  const { up, upContribution } = graph;
  const inflow: Flow[] = Array.from({ length: count }, none);
  const total: Flow[] = new Array<Flow>(n);
  const unreached = none();
  for (let c = 0; c < count; c += 1) {
    const flow = inflow[c] as Flow;
    const sum = none();
    addInto(sum, flow);
    const from = members.start[c] as number;
    const to = members.start[c + 1] as number;
    let reaches = flow.available !== 0n || flow.actual !== 0n || flow.forecast !== 0n;
    let atApex = false;
    for (let m = from; m < to; m += 1) {
      const v = members.targets[m] as number;
      addInto(sum, own[v] as Flow);
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
      addInto(unreached, sum);
      continue;
    }
    weights.push(lostWeight);
    const available = apportion(sum.available, weights, weightSum + lostWeight);
    const actual = apportion(sum.actual, weights, weightSum + lostWeight);
    const forecast = apportion(sum.forecast, weights, weightSum + lostWeight);
    const share = (i: number): Flow => ({
      available: available[i] as bigint,
      actual: actual[i] as bigint,
      forecast: forecast[i] as bigint,
    });
    parents.forEach((p, i) => {
      addInto(inflow[p] as Flow, share(i));
    });
    addInto(unreached, share(parents.length));
  }
  return { own, total, reached, unkeyed, unreached };
}

/**
 * A year's monitored lines of the framework's currency with their money (revenue only when asked),
 * keyed to their objectives, and the lines in other currencies, left out.
 */
export function linesOf(
  monitoring: BudgetMonitoring,
  kinds: "all" | "revenue" = "all",
): { lines: LineMoney[]; other: { id: Id; currency: string }[] } {
  const lines: LineMoney[] = [];
  const other: { id: Id; currency: string }[] = [];
  for (const line of monitoring.lines) {
    if (kinds === "revenue" && line.kind !== "revenue") continue;
    if (line.currency !== monitoring.currency) {
      other.push({ id: line.id, currency: line.currency });
      continue;
    }
    lines.push({
      objective: line.objective ?? undefined,
      available: toUnits(line.available),
      actual: toUnits(line.actualToDate),
      forecast: toUnits(line.forecastOutturn),
    });
  }
  return { lines, other };
}
