import type { Decimal } from "decimal.js";
import { DECIMAL_STRING_PATTERN, ExactDecimal, formatDecimal, toDecimal } from "../internal/decimal.js";
import { topologicalOrder } from "../internal/graph.js";
import type { Framework, FrameworkIndex, Id, Target } from "../model/index.js";
import { toFrameworkIndex } from "../model/index.js";
import { TrajectoryError } from "./errors.js";
import type { Evaluation } from "./evaluateTarget.js";
import { type Status, emptyStatusCounts } from "./scales.js";

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
  readonly method?: RollUpMethod;
  /** Scores per status for `weighted` (0–100); defaults: blue and green 100, amber-green 75, amber 50, amber-red 25, red 0. */
  readonly scores?: Partial<Record<"blue" | "green" | "amber-green" | "amber" | "amber-red" | "red", string>>;
  /** Score (or share, in percent) at or above which an objective is green, and amber; below amber it is red. Defaults 90 and 50. */
  readonly thresholds?: { readonly green?: string; readonly amber?: string };
}

/**
 * An objective's rolled-up status, with every child counted by status.
 *
 * @category Evaluation
 */
export interface ObjectiveRollUp {
  readonly objective: Id;
  readonly method: RollUpMethod;
  /** The worst rated child, the status the score or share reaches, `no-data` when no child is rated, `not-started` when all are. */
  readonly status: Status;
  /** The weighted mean score (`weighted`) or the share green in percent (`share-green`); `null` for `worst` or with no rated child. */
  readonly score: string | null;
  /** Children by status: targets and contributing objectives. `no-data` and `not-started` children are counted, never rated. */
  readonly counts: Readonly<Record<Status, number>>;
  readonly children: number;
  /** True when the objective lies on a contribution cycle; its status then uses only the children outside the cycle. */
  readonly inCycle: boolean;
}

const RANK: Readonly<Record<Status, number>> = {
  blue: 0,
  green: 1,
  "amber-green": 2,
  amber: 3,
  "amber-red": 4,
  red: 5,
  "no-data": -1,
  "not-started": -1,
};
/** The methods, as a set of strings: an options object from JavaScript may name any. */
const ROLL_UP_METHODS: ReadonlySet<string> = new Set<RollUpMethod>(["worst", "weighted", "share-green"]);
const DEFAULT_SCORES = {
  blue: "100",
  green: "100",
  "amber-green": "75",
  amber: "50",
  "amber-red": "25",
  red: "0",
} as const;

interface Child {
  readonly status: Status;
  /** As written; made a decimal only by the weighted method, the one that reads it. */
  readonly weight: string | number | undefined;
}

function fromThresholds(value: Decimal, green: Decimal, amber: Decimal): Status {
  return value.greaterThanOrEqualTo(green) ? "green" : value.greaterThanOrEqualTo(amber) ? "amber" : "red";
}

function combine(objective: Id, children: readonly Child[], options: RollUpOptions, inCycle: boolean): ObjectiveRollUp {
  const method = options.method ?? "worst";
  const counts = emptyStatusCounts();
  const rated: Child[] = [];
  for (const child of children) {
    counts[child.status] += 1;
    if (RANK[child.status] >= 0) rated.push(child);
  }
  const base = { objective, method, counts, children: children.length, inCycle };
  if (rated.length === 0) {
    const status: Status = children.length > 0 && counts["not-started"] === children.length ? "not-started" : "no-data";
    return { ...base, status, score: null };
  }
  const green = toDecimal(options.thresholds?.green ?? "90");
  const amber = toDecimal(options.thresholds?.amber ?? "50");
  if (method === "worst") {
    let worst = rated[0] as Child;
    for (const child of rated) if (RANK[child.status] > RANK[worst.status]) worst = child;
    return { ...base, status: worst.status, score: null };
  }
  if (method === "share-green") {
    const good = rated.filter((child) => child.status === "green" || child.status === "blue").length;
    const share = new ExactDecimal(good).div(rated.length).times(100);
    return { ...base, status: fromThresholds(share, green, amber), score: formatDecimal(share) };
  }
  let total = new ExactDecimal(0);
  let weights = new ExactDecimal(0);
  for (const child of rated) {
    const score = toDecimal(
      options.scores?.[child.status as keyof typeof DEFAULT_SCORES] ??
        DEFAULT_SCORES[child.status as keyof typeof DEFAULT_SCORES],
    );
    const weight = toWeight(child.weight);
    total = total.plus(score.times(weight));
    weights = weights.plus(weight);
  }
  // Weights are taken as given; children whose weights sum to zero or less leave nothing to average.
  if (!weights.greaterThan(0)) return { ...base, status: "no-data", score: null };
  const score = total.div(weights);
  return { ...base, status: fromThresholds(score, green, amber), score: formatDecimal(score) };
}

/**
 * Rolls target evaluations up the cascade: each objective gets a status from its targets and its
 * contributing objectives, children before parents.
 *
 * - `worst` (the default): the worst rated child (red, then amber/red, amber, amber/green, green, blue);
 * - `weighted`: the mean of each rated child's score, weighted by the target's `weight` or the
 *   contribution's `weight` (default 1), against thresholds;
 * - `share-green`: the share of rated children that are green or blue, in percent, against thresholds.
 *
 * `no-data` and `not-started` children are counted in `counts`, never silently treated as red or
 * green; an objective with no rated child is `no-data` (or `not-started` when every child is). A
 * target without an evaluation in `evaluations` counts as `no-data`. Objectives on a contribution
 * cycle are marked `inCycle` and rolled up from the children outside it.
 *
 * @category Evaluation
 * @param source - a parsed framework or its index
 * @param evaluations - evaluations from {@link evaluateTarget} (only `target` and `status` are read)
 * @param options - the method, scores and thresholds
 * @returns one roll-up per objective, in the framework's order
 * @throws {@link TrajectoryError} for an unknown method, or a score or threshold that is not a decimal
 * @example
 * import { evaluateTarget, rollUp } from "performance-management/trajectory";
 * const framework = {
 *   id: "fw", name: "Roll-up", owners: [],
 *   plans: [{ id: "cp", name: "Community plan", level: "community" as const, period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "top", plan: "cp", title: "Outcome" }, { id: "part", plan: "cp", title: "Part", contributesTo: [{ objective: "top" }] }],
 *   indicators: [{ id: "pi", title: "PI", unit: "%", polarity: "higher-is-better" as const, measure: "outcome" as const, frequency: "quarterly" as const }],
 *   targets: [
 *     { id: "t-good", objective: "top", indicator: "pi", baseline: { date: "2001-03-31", value: "50" }, goal: { date: "2001-03-31", value: "50" } },
 *     { id: "t-unmeasured", objective: "part", indicator: "pi-none", baseline: { date: "2001-03-31", value: "1" }, goal: { date: "2002-03-31", value: "2" } },
 *   ],
 *   measurements: [{ indicator: "pi", date: "2001-06-30", value: "60" }],
 * };
 * const rolled = rollUp(framework, [evaluateTarget(framework, "t-good", { asOf: "2001-07-01" })]);
 * rolled.map((r) => [r.objective, r.status, r.counts["no-data"]]) //=> [["top", "green", 1], ["part", "no-data", 1]]
 */
export function rollUp(
  source: Framework | FrameworkIndex,
  evaluations: readonly Pick<Evaluation, "target" | "status">[],
  options: RollUpOptions = {},
): ObjectiveRollUp[] {
  const method = options.method ?? "worst";
  if (!ROLL_UP_METHODS.has(method)) {
    throw new TrajectoryError(
      `unknown roll-up method ${JSON.stringify(method)}; use "worst", "weighted" or "share-green"`,
    );
  }
  for (const value of [...Object.values(options.scores ?? {}), options.thresholds?.green, options.thresholds?.amber]) {
    if (value !== undefined && !DECIMAL_STRING_PATTERN.test(value))
      throw new TrajectoryError(`roll-up score or threshold ${JSON.stringify(value)} is not a decimal`);
  }
  const index = toFrameworkIndex(source);
  const { ids, up, down } = index.objectiveGraph;
  const n = ids.length;
  const statusOf = new Map<Id, Status>();
  for (const evaluation of evaluations) statusOf.set(evaluation.target, evaluation.status);

  // Children before parents: the topological order of contributions; what is left lies on or above a cycle.
  const { order: acyclic, left } = topologicalOrder(n, up);
  const inCycle = new Uint8Array(n);
  for (const v of left) inCycle[v] = 1;
  const order = new Int32Array(n);
  order.set(acyclic);
  order.set(left, acyclic.length);

  const targetsOf = index.derive(TARGETS_BY_POSITION, targetsByObjectivePosition);
  const results: (ObjectiveRollUp | undefined)[] = new Array<ObjectiveRollUp | undefined>(n).fill(undefined);
  for (const v of order) {
    const objective = index.objectives.at(v);
    if (objective === undefined) continue;
    const children: Child[] = [];
    for (const target of targetsOf[v] ?? []) {
      children.push({ status: statusOf.get(target.id) ?? "no-data", weight: target.weight });
    }
    for (let i = down.start[v] as number, end = down.start[v + 1] as number; i < end; i += 1) {
      const from = down.targets[i] as number;
      const child = results[from];
      // A loop has no bottom: an objective on one rolls up only what lies outside it.
      if (child === undefined || (inCycle[v] === 1 && inCycle[from] === 1)) continue;
      const link = index.objectives
        .at(down.targets[i] as number)
        ?.contributesTo?.find((c) => c.objective === objective.id);
      children.push({ status: child.status, weight: link?.weight });
    }
    results[v] = combine(objective.id, children, options, inCycle[v] === 1);
  }
  return results.filter((result): result is ObjectiveRollUp => result !== undefined);
}

const TARGETS_BY_POSITION = Symbol("performance-management/trajectory targets by objective position");

/** Each objective's distinct targets (the first of any sharing an id), by the objective's position. */
function targetsByObjectivePosition(index: FrameworkIndex): Target[][] {
  const lists: Target[][] = Array.from({ length: index.objectives.size }, () => []);
  for (const target of index.targets.values()) {
    const position = index.objectives.positionOf(target.objective);
    if (position !== undefined) (lists[position] as Target[]).push(target);
  }
  return lists;
}

function toWeight(weight: string | number | undefined): Decimal {
  return weight === undefined ? new ExactDecimal(1) : toDecimal(weight);
}
