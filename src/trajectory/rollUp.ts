import { isPlainObject, shown } from "../internal/options.js";
import { trajectoryError } from "./dayOf.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import type { Decimal } from "decimal.js";
import { ExactDecimal, formatDecimal, toDecimal } from "../internal/decimal.js";
import { condensation } from "../internal/graph.js";
import type { Adjacency, DataQuality, Framework, FrameworkIndex, Id } from "../model/index.js";
import { TrajectoryError } from "./errors.js";
import { isProvisional } from "../model/figures.js";
import type { Evaluation } from "./evaluateTarget.js";
import {
  AWAITING_DATA,
  NOT_STARTED,
  NO_DATA,
  RATED,
  type RollUpSettings,
  STATUSES,
  STATUS_CODE,
  describe,
  rollUpSettings,
} from "./rollUpSettings.js";
import { type Status, statusCountsOf } from "./scales.js";
import type { RollUpMethod, RollUpOptions } from "./rollUpSettings.js";

export type { RollUpMethod, RollUpOptions } from "./rollUpSettings.js";

/**
 * An objective's rolled-up status, with every child counted by status.
 *
 * @category Evaluation
 */
export interface ObjectiveRollUp {
  readonly objective: Id;
  readonly method: RollUpMethod;
  /**
   * The worst rated child, or the status the score or share reaches; the children's own status
   * when every rated child has the same one (one child alone gives its status under every method);
   * `no-data` when no child is rated, `not-started` when all are, `awaiting-data` when none is
   * rated, none is `no-data` and one awaits data.
   */
  readonly status: Status;
  /** The weighted mean score (`weighted`) or the share green in percent (`share-green`); `null` for `worst` or with no rated child. */
  readonly score: string | null;
  /**
   * Children by status: the objective's own targets and the objectives that contribute to it (one
   * child a link, so two links from one objective count twice), less, on a loop, its fellow members.
   * `no-data`, `not-started` and `awaiting-data` children are counted, never rated.
   */
  readonly counts: Readonly<Record<Status, number>>;
  readonly children: number;
  /**
   * How many of the rated children rest on provisional or estimated data: a target whose judged
   * measurement is marked `provisional` or `estimate`, or a contributing objective with such a
   * child anywhere below it. A report flags the status as provisional when this is above 0.
   */
  readonly provisional: number;
  /**
   * True when the objective lies on a contribution loop (it contributes, directly or through others,
   * to itself). Every member of a loop then has the loop's status and score: the method applied to all
   * the members' targets and every contribution into the loop from outside it. An objective above a
   * loop is not `inCycle`; it counts each link from the loop with the loop's status.
   */
  readonly inCycle: boolean;
}

const ZERO: Decimal = new ExactDecimal(0);
const ONE: Decimal = new ExactDecimal(1);

/**
 * Rolls target evaluations up the cascade: each objective gets a status from its targets and its
 * contributing objectives, children before parents.
 *
 * - `worst` (the default): the worst rated child (red, then amber/red, amber, amber/green, green, blue);
 * - `weighted`: the mean of each rated child's score, weighted by the target's `weight` or the
 *   contribution's `weight` (default 1), against thresholds;
 * - `share-green`: the share of rated children that are green or blue, in percent, against thresholds.
 *
 * Children that agree give their own status under every method: one rated child alone, or several
 * with one status, roll up to that status (ten amber targets make an amber objective, not a red
 * one for having 0% green). Otherwise, with few children `share-green` moves in large steps: with
 * the default thresholds (green at 90%, amber at 50%) two children, one green and one amber, make
 * 50% (amber); three with one green make 33% (red); it suits objectives with many targets.
 * A child weighted 0 is not counted by `weighted`; children whose weights sum to 0 give `no-data`.
 *
 * `provisional` counts the rated children resting on provisional or estimated data (from each
 * evaluation's `quality`, when given), so a report can say which statuses may still move.
 *
 * `no-data`, `not-started` and `awaiting-data` children are counted in `counts`, never silently
 * treated as red or green; an objective with no rated child is `no-data` (or `not-started` when
 * every child is, or `awaiting-data` when no child is `no-data` and one awaits its first figure). A
 * target without an evaluation in `evaluations` counts as `no-data`. Each link is a child with its
 * own weight, so an objective linked twice to one parent counts twice there.
 *
 * Objectives on a contribution loop are marked `inCycle` and judged together: each member's status
 * is the loop's, from all its members' targets and the contributions into it from outside; each
 * member's `counts` still list only what reports to it directly. Objectives above a loop roll up the
 * loop's status like any other child's. The result never depends on the order of the framework's
 * arrays or of `evaluations`, and the walk is iterative and linear in objectives, links and targets.
 *
 * @category Evaluation
 * @param source - a parsed framework or its index
 * @param evaluations - evaluations from {@link evaluateTarget} (only `target`, `status` and `quality` are read; `quality` may be absent)
 * @param options - the method, scores and thresholds
 * @returns one roll-up per objective, in the framework's order
 * @throws {@link TrajectoryError} for options that are not an object, an unknown method, a score for
 * anything but a rated status, a threshold other than `green` and `amber`, a score or threshold that
 * is not a decimal string or finite number of zero or more, `evaluations` that are not a list of
 * objects, or an evaluation with an unknown status
 * @throws {@link TrajectoryError} when `source` is neither a parsed framework nor a FrameworkIndex
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
  evaluations: readonly RollUpInput[],
  options: RollUpOptions = {},
): ObjectiveRollUp[] {
  const settings = rollUpSettings(options);
  const index = checkedFrameworkIndex(source, trajectoryError);
  if (!Array.isArray(evaluations))
    throw trajectoryError(
      `evaluations must be a list of evaluations (evaluateTarget's results); got ${shown(evaluations)}`,
    );
  const { statuses, provisional } = codesByTargetPosition(index, evaluations);
  return rollUpCodes(index, statuses, provisional, settings);
}

/**
 * The roll-up from each target's status code and provisional flag by its position in the index:
 * `rollUp` after reading its evaluations, and `evaluateFramework(…, { detail: "status" })` straight
 * from the status kernel. @internal
 */
export function rollUpCodes(
  index: FrameworkIndex,
  targetStatus: Uint8Array,
  targetProvisional: Uint8Array,
  settings: RollUpSettings,
): ObjectiveRollUp[] {
  const graph = index.objectiveGraph;
  const { down } = graph;
  const targetsOf = index.derive(TARGETS_BY_POSITION, targetsByObjectivePosition);
  const { component, count, members, onCycle } = index.derive(CONDENSATION, (i) =>
    condensation(i.objectiveGraph.ids.length, i.objectiveGraph.down),
  );
  const weighted = settings.method === "weighted";
  // Each edge's own link, so two links to one parent each count with their own weight.
  const linkOf = weighted ? graph.downContribution : undefined;
  const componentStatus = new Uint8Array(count);
  // Whether anything rated below a component rests on provisional or estimated data.
  const componentProvisional = new Uint8Array(count);
  const results = new Array<ObjectiveRollUp>(graph.ids.length);
  const tally = new Tally(settings);
  const own = new Int32Array(STATUSES.length);
  // Each member's own counts, children and provisional children, kept until its component's status is known.
  const memberCounts: Record<Status, number>[] = [];
  const memberChildren: number[] = [];
  const memberProvisional: number[] = [];
  // Components in ascending number: contributors before the objectives they serve, a loop as one.
  for (let c = 0; c < count; c += 1) {
    tally.reset();
    let anyProvisional = 0;
    const first = members.start[c] as number;
    const last = members.start[c + 1] as number;
    for (let m = first; m < last; m += 1) {
      const v = members.targets[m] as number;
      own.fill(0);
      let children = 0;
      let provisional = 0;
      for (let k = targetsOf.start[v] as number, kEnd = targetsOf.start[v + 1] as number; k < kEnd; k += 1) {
        const target = targetsOf.targets[k] as number;
        const code = targetStatus[target] as number;
        own[code] = (own[code] as number) + 1;
        children += 1;
        if (code < RATED && targetProvisional[target] === 1) provisional += 1;
        tally.add(code, weighted ? index.targets.at(target)?.weight : undefined);
      }
      for (let e = down.start[v] as number, eEnd = down.start[v + 1] as number; e < eEnd; e += 1) {
        const from = down.targets[e] as number;
        const home = component[from] as number;
        // A loop has no bottom: links inside it are not children; what feeds it from outside is.
        if (home === c) continue;
        const code = componentStatus[home] as number;
        own[code] = (own[code] as number) + 1;
        children += 1;
        if (code < RATED && componentProvisional[home] === 1) provisional += 1;
        tally.add(
          code,
          linkOf === undefined ? undefined : index.objectives.at(from)?.contributesTo?.[linkOf[e] as number]?.weight,
        );
      }
      memberCounts[m - first] = statusCountsOf(own);
      memberChildren[m - first] = children;
      memberProvisional[m - first] = provisional;
      if (provisional > 0) anyProvisional = 1;
    }
    const status = tally.result();
    const score = tally.score;
    componentStatus[c] = status;
    componentProvisional[c] = anyProvisional;
    for (let m = first; m < last; m += 1) {
      const v = members.targets[m] as number;
      results[v] = {
        objective: graph.ids[v] as Id,
        method: settings.method,
        counts: memberCounts[m - first] as Record<Status, number>,
        children: memberChildren[m - first] as number,
        provisional: memberProvisional[m - first] as number,
        inCycle: onCycle[v] === 1,
        status: STATUSES[status] as Status,
        score,
      };
    }
  }
  return results;
}

/**
 * The children of one objective, or of every member of a loop, as they are added: counts by
 * status code, the worst rated, and (for `weighted`) the weighted total.
 */
class Tally {
  readonly #settings: RollUpSettings;
  readonly #counts = new Int32Array(STATUSES.length);
  #children = 0;
  #total: Decimal = ZERO;
  #weights: Decimal = ZERO;
  /** The score or share behind the last {@link Tally.result}, or `null` (a plain field: a million objectives make no extra objects). */
  score: string | null = null;

  constructor(settings: RollUpSettings) {
    this.#settings = settings;
  }

  reset(): void {
    this.#counts.fill(0);
    this.#children = 0;
    this.#total = ZERO;
    this.#weights = ZERO;
  }

  add(code: number, weight: string | number | undefined): void {
    this.#counts[code] = (this.#counts[code] as number) + 1;
    this.#children += 1;
    if (this.#settings.method === "weighted" && code < RATED) {
      const decimal = weight === undefined ? ONE : toDecimal(weight);
      this.#total = this.#total.plus((this.#settings.scores[code] as Decimal).times(decimal));
      this.#weights = this.#weights.plus(decimal);
    }
  }

  /** The status code the children reach; sets {@link Tally.score} to the score or share behind it. */
  result(): number {
    this.score = null;
    const counts = this.#counts;
    let rated = 0;
    let worst = -1;
    for (let code = 0; code < RATED; code += 1) {
      if ((counts[code] as number) > 0) {
        rated += counts[code] as number;
        worst = code;
      }
    }
    if (rated === 0) {
      const allNotStarted = this.#children > 0 && counts[NOT_STARTED] === this.#children;
      // Only children not started or awaiting their first figure: awaiting data, not missing it.
      if (allNotStarted) return NOT_STARTED;
      return counts[NO_DATA] === 0 && (counts[AWAITING_DATA] as number) > 0 ? AWAITING_DATA : NO_DATA;
    }
    const { method, green, amber } = this.#settings;
    if (method === "worst") return worst;
    // Children that agree give their own status: one amber child, or ten, is amber, not a share of 0% green.
    const unanimous = counts[worst] === rated;
    if (method === "share-green") {
      const good = (counts[0] as number) + (counts[1] as number);
      const share = new ExactDecimal(good).div(rated).times(100);
      this.score = formatDecimal(share);
      return unanimous ? worst : fromThresholds(share, green, amber);
    }
    // Weights are taken as given; children whose weights sum to zero or less leave nothing to average.
    if (!this.#weights.greaterThan(0)) return NO_DATA;
    const score = this.#total.div(this.#weights);
    this.score = formatDecimal(score);
    return unanimous ? worst : fromThresholds(score, green, amber);
  }
}

/** Green (code 1), amber (3) or red (5) by the thresholds. */
function fromThresholds(value: Decimal, green: Decimal, amber: Decimal): number {
  return value.greaterThanOrEqualTo(green) ? 1 : value.greaterThanOrEqualTo(amber) ? 3 : 5;
}

/**
 * What {@link rollUp} reads of an evaluation: its target and status, and the quality of the
 * measurement it judged when known (an {@link Evaluation} carries all three).
 *
 * @category Evaluation
 */
export type RollUpInput = Pick<Evaluation, "target" | "status"> & { readonly quality?: DataQuality | null };

/**
 * Each target's status code and provisional flag by its position in the index; a target with no
 * evaluation is `no-data`.
 */
function codesByTargetPosition(
  index: FrameworkIndex,
  evaluations: readonly RollUpInput[],
): { statuses: Uint8Array; provisional: Uint8Array } {
  const statuses = new Uint8Array(index.targets.size).fill(NO_DATA);
  const provisional = new Uint8Array(index.targets.size);
  for (let i = 0; i < evaluations.length; i += 1) {
    const evaluation = evaluations[i] as RollUpInput;
    if (!isPlainObject(evaluation))
      throw trajectoryError(`evaluations[${String(i)}] must be an evaluation; got ${shown(evaluation)}`);
    const code = STATUS_CODE.get(evaluation.status);
    if (code === undefined) {
      throw new TrajectoryError(`evaluations[${String(i)}].status ${describe(evaluation.status)} is not a status`);
    }
    // Evaluations in the index's order (as evaluateFramework gives them) need no look-up.
    const position = index.targets.at(i)?.id === evaluation.target ? i : index.targets.positionOf(evaluation.target);
    if (position !== undefined) {
      statuses[position] = code;
      provisional[position] = isProvisional(evaluation.quality) ? 1 : 0;
    }
  }
  return { statuses, provisional };
}

const TARGETS_BY_POSITION = Symbol("performance-management/trajectory targets by objective position");
const CONDENSATION = Symbol("performance-management/trajectory contribution loops");

/** Each objective's distinct targets (the first of any sharing an id), as target positions by objective position. */
function targetsByObjectivePosition(index: FrameworkIndex): Adjacency {
  const objectiveOf = new Int32Array(index.targets.size).fill(-1);
  const start = new Int32Array(index.objectives.size + 1);
  for (let t = 0; t < objectiveOf.length; t += 1) {
    const target = index.targets.at(t);
    const position = target === undefined ? undefined : index.objectives.positionOf(target.objective);
    if (position !== undefined) {
      objectiveOf[t] = position;
      start[position + 1] = (start[position + 1] as number) + 1;
    }
  }
  for (let v = 0; v < index.objectives.size; v += 1) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, index.objectives.size);
  const targets = new Int32Array(start[index.objectives.size] as number);
  for (let t = 0; t < objectiveOf.length; t += 1) {
    const position = objectiveOf[t] as number;
    if (position >= 0) {
      targets[fill[position] as number] = t;
      fill[position] = (fill[position] as number) + 1;
    }
  }
  return { start, targets };
}
