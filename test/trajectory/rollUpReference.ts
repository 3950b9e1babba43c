/**
 * The roll-up as it was at ef3f6da (src/trajectory/rollUp.ts, unchanged but for its imports and
 * this comment): the oracle of test/trajectory/rollUp.codes.prop.test.ts, which checks that the
 * roll-up over a per-index plan (components by height, links' sources and flags laid out once,
 * per-objective provisional flags, byte marks in the aims' walks) gives byte-identical results.
 * Frozen on purpose: do not edit it to follow src/trajectory/rollUp.ts.
 */
import { isPlainObject, shown } from "../../src/internal/options.js";
import { trajectoryError } from "../../src/trajectory/dayOf.js";
import { checkedFrameworkIndex } from "../../src/model/indexFramework.js";
import type { Decimal } from "decimal.js";
import { ExactDecimal, formatDecimal, isDecimalValue, toDecimal } from "../../src/internal/decimal.js";
import { type Condensation, condensation } from "../../src/internal/graph.js";
import { atApexByPosition } from "../../src/model/apex.js";
import { targetProgress } from "../../src/trajectory/rollUpProgress.js";
import type { Adjacency, DataQuality, Framework, FrameworkIndex, Id, Polarity } from "../../src/model/index.js";
import { TrajectoryError } from "../../src/trajectory/errors.js";
import { isProvisional } from "../../src/model/figures.js";
import type { Evaluation } from "../../src/trajectory/evaluateTarget.js";
import {
  AWAITING_DATA as AWAITING_DATA_CODE,
  NOT_STARTED as NOT_STARTED_CODE,
  NO_DATA as NO_DATA_CODE,
  RATED as RATED_CODES,
  type RollUpSettings,
  STATUSES as STATUS_LIST,
  STATUS_CODE,
  describe,
  rollUpSettings,
} from "../../src/trajectory/rollUpSettings.js";
import { type Status, statusCountsOf } from "../../src/trajectory/scales.js";
import type { RollUpMethod, RollUpOptions } from "../../src/trajectory/rollUpSettings.js";

export type { RollUpMethod, RollUpOptions } from "../../src/trajectory/rollUpSettings.js";

/**
 * An objective's rolled-up status, with every child counted by status.
 *
 * An objective with its own outcome target (a target on an indicator whose `measure` is `outcome`)
 * leads with that target's status: `status` is `outcome`, and what the objectives contributing to it
 * say is `delivery`, beside it, never folded into it (the community's outcome is what it is, however
 * well the council's services are doing). Links marked `indirect` (delivered with partners, seed
 * 5.3.5.7–8) are counted in `partnerDelivered` and by default do not move `status`, `delivery` or
 * `progress` (the roll-up option `includeIndirect` counts them in).
 *
 * @category Evaluation
 */
export interface ObjectiveRollUp {
  readonly objective: Id;
  readonly method: RollUpMethod;
  /**
   * The objective's headline status: `outcome` when it has its own outcome targets; otherwise the
   * method applied to its children (its targets and the objectives contributing to it): the worst
   * rated child, or the status the score or share reaches; the children's own status when every
   * rated child has the same one (one child alone gives its status under every method); `no-data`
   * when no child is rated, `not-started` when all are, `awaiting-data` when none is rated, none is
   * `no-data` and one awaits data. Children over `indirect` links are left out unless
   * `includeIndirect` is set or the objective has no other child (then they are all there is).
   */
  readonly status: Status;
  /**
   * The status of the objective's own outcome targets alone (the method applied to them; targets on
   * an indicator whose `measure` is `outcome`), or `null` when it has none. When not `null` it is
   * `status`.
   */
  readonly outcome: Status | null;
  /**
   * Delivery confidence: the method applied to the objective's children other than its own outcome
   * targets (its other targets and the objectives contributing to it, each by its `status`), so an
   * outcome-led objective shows beside its outcome how the work toward it is going; `null` with no
   * such child. Without an outcome target it is `status`. On a loop it is the loop's status.
   */
  readonly delivery: Status | null;
  /** The weighted mean score (`weighted`) or the share green in percent (`share-green`) behind `status`; `null` for `worst` or with no rated child. */
  readonly score: string | null;
  /**
   * Children by status: the objective's own targets and the objectives that contribute to it (one
   * child a link, so two links from one objective count twice), less, on a loop, its fellow members.
   * `no-data`, `not-started` and `awaiting-data` children are counted, never rated. Children over
   * `indirect` links are counted here and again in `partnerDelivered`. This record, like
   * `partnerDelivered` and `beneath`, is frozen and may be shared by every roll-up of one call with
   * the same counts: copy it to change it.
   */
  readonly counts: Readonly<Record<Status, number>>;
  /**
   * The contributing objectives linked by an `indirect` link (delivered with partners), by status:
   * shown, and left out of the council's own `status`, `delivery` and `progress` unless the option
   * `includeIndirect` is set or they are the objective's only children.
   */
  readonly partnerDelivered: Readonly<Record<Status, number>>;
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
   * the members' targets and every contribution into the loop from outside it (a member with its own
   * outcome target leads with that instead). An objective above a loop is not `inCycle`; it counts each
   * link from the loop with the status of the member the link comes from.
   */
  readonly inCycle: boolean;
  /**
   * Progress from baseline to goal, in percent (0–100), as an exact decimal string: the mean of the
   * children's progress weighted by each target's `weight` and each contribution's `weight` (1 when
   * absent; every weight kept as given, 0 included, never renormalised), where a target's progress is
   * its evaluation's `progressPercent` clamped to 0–100 (a target worse than its baseline is 0, one
   * beyond its goal 100; the polarity is in `progressPercent`: for a lower-is-better target, falling
   * is progress) and an objective's is its own `progress`. Children with nothing measured (a `null`
   * `progressPercent`, or a `null` progress) are left out, never counted as 0; `null` ("no data")
   * when no child has progress or the measured children's weights sum to 0. On a loop, the loop's.
   * Always `null` from `evaluateFramework(…, { detail: "status" })`, which works out statuses only.
   */
  readonly progress: string | null;
  /**
   * For an aim (an objective at the apex of the cascade): every target at or beneath it, each once,
   * by status: the aim's headline, ahead of its single worst status. The walk down does not pass
   * through another aim. `null` for an objective that is not an aim.
   */
  readonly beneath: Readonly<Record<Status, number>> | null;
  /**
   * True when `status` comes wholly from partner-delivered contributions: the objective (or its
   * loop) has no target of its own and no contributing objective over a direct link, only
   * `indirect` ones, so they are all there is to rate it by (with or without `includeIndirect`).
   * False for an objective led by its own outcome target. A report says so beside the status:
   * Stockton's regeneration aim is rated only by the unemployment objective delivered with the
   * Employment Service.
   */
  readonly ratedOnPartners: boolean;
}

// The codes read in the walk's inner loops, as this module's own constants: a module loader that
// turns imports into property reads (as tsx, which runs the benches, does) then reads no getter per child.
const AWAITING_DATA = AWAITING_DATA_CODE;
const NOT_STARTED = NOT_STARTED_CODE;
const NO_DATA = NO_DATA_CODE;
const RATED = RATED_CODES;
const STATUSES = STATUS_LIST;

/** No child over an indirect link: one frozen record shared by every such roll-up (a million objectives make no extra objects). */
const NO_PARTNERS: Readonly<Record<Status, number>> = Object.freeze(statusCountsOf());
/** No progress given for any target (the status kernel's roll-up, or evaluations without it). */
const NO_PROGRESS: readonly (Decimal | null)[] = [];
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
 * Outcomes lead: an objective with its own outcome target (on an indicator whose `measure` is
 * `outcome`) takes that target's status (`outcome`), and the method applied to everything else
 * below it is reported beside it as `delivery` confidence, never folded in. Contributions over
 * `indirect` links (delivered with partners) are counted in `partnerDelivered` and left out of the
 * council's own `status`, `delivery` and `progress` unless the option `includeIndirect` is set or
 * they are all the objective has. Each aim (an objective at the apex) counts every target beneath it
 * by status (`beneath`), the headline a report leads with. `progress` rolls each target's
 * `progressPercent` (clamped to 0–100; 100 once the goal is met for the indicator's polarity) up by
 * the targets' and contributions' weights, exactly, and is `null` ("no data"), never 0, where
 * nothing below is measured.
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
 * @param evaluations - evaluations from {@link evaluateTarget} (only `target`, `status`, `quality`, `progressPercent`, `actual` and `goal` are read; all but the first two may be absent)
 * @param options - the method, scores and thresholds
 * @returns one roll-up per objective, in the framework's order
 * @throws {@link TrajectoryError} for options that are not an object, an unknown method, a score for
 * anything but a rated status, a threshold other than `green` and `amber`, a score or threshold that
 * is not a decimal string or finite number of zero or more, an `includeIndirect` that is not a
 * boolean, `evaluations` that are not a list of objects, or an evaluation with an unknown status or
 * a `progressPercent` that is neither a decimal string nor `null`
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
 * // "top" leads with its own outcome target; what serves it (nothing measured yet) is its delivery confidence.
 * [rolled[0]?.outcome, rolled[0]?.delivery, rolled[0]?.beneath?.green] //=> ["green", "no-data", 1]
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
  const { statuses, provisional, progress } = codesByTargetPosition(index, evaluations);
  // With no progress given at all, every objective's is null: no weights need reading.
  return rollUpCodes(
    index,
    statuses,
    provisional,
    settings,
    progress.some((value) => value !== null) ? progress : NO_PROGRESS,
  );
}

/**
 * The roll-up from each target's status code, provisional flag and (when known) clamped progress by
 * its position in the index: `rollUp` after reading its evaluations, and
 * `evaluateFramework(…, { detail: "status" })` straight from the status kernel (no progress). @internal
 */
export function rollUpCodes(
  index: FrameworkIndex,
  targetStatus: Uint8Array,
  targetProvisional: Uint8Array,
  settings: RollUpSettings,
  targetProgress?: readonly (Decimal | null)[],
): ObjectiveRollUp[] {
  const graph = index.objectiveGraph;
  const { down } = graph;
  const targetsOf = index.derive(TARGETS_BY_POSITION, targetsByObjectivePosition);
  const { component, count, members, onCycle } = loopsOf(index);
  // Each objective's links from outside its loop: links inside a loop are not children, and a dense
  // loop of 14 has 13 such links to each member for the one from outside.
  const fromOutside = index.derive(LINKS_FROM_OUTSIDE, linksFromOutside);
  const outcomeTarget = index.derive(OUTCOME_TARGETS, outcomeTargetsByPosition);
  const indirectEdge = index.derive(INDIRECT_EDGES, indirectDownEdges);
  const weighted = settings.method === "weighted";
  const withProgress = targetProgress !== undefined && targetProgress !== NO_PROGRESS;
  // Each edge's own link, so two links to one parent each count with their own weight.
  const linkOf = weighted || withProgress ? graph.downContribution : undefined;
  // A rated child's score times its weight; for a weight of 1 (given by absence), each score's product made once.
  const scoresTimesOne = weighted ? settings.scores.map((score) => score.times(ONE)) : [];
  const scoreTimes = (code: number, weight: Decimal | undefined): Decimal =>
    weight === undefined || weight === ONE
      ? (scoresTimesOne[code] as Decimal)
      : (settings.scores[code] as Decimal).times(weight);
  // Each objective's headline status code, known once its component is done.
  const headline = new Uint8Array(graph.ids.length);
  // Whether anything rated below a component rests on provisional or estimated data.
  const componentProvisional = new Uint8Array(count);
  // Each component's progress (unrounded), for the objectives above it.
  const componentProgress: (Decimal | null)[] = withProgress ? new Array<Decimal | null>(count).fill(null) : [];
  const results = new ByPosition<ObjectiveRollUp>(graph.ids.length);
  // Count records are frozen and shared between roll-ups with the same counts (most objectives have a few children).
  const shared = new SharedCounts();
  const aims = new AimCounts(index, targetStatus, targetsOf, shared);
  // The component's children: the council's own, and those over indirect links (partner-delivered).
  const fold = new Tally(settings);
  const foldPartner = new Tally(settings);
  // One member's own outcome targets, and its other children (delivery confidence).
  const outcome = new Tally(settings);
  const delivery = new Tally(settings);
  const deliveryPartner = new Tally(settings);
  const progress = new Progress();
  const progressPartner = new Progress();
  const own = new Int32Array(STATUSES.length);
  const partner = new Int32Array(STATUSES.length);
  // Each member's findings, kept until its component's status is known.
  const memberCounts: Readonly<Record<Status, number>>[] = [];
  const memberPartner: Readonly<Record<Status, number>>[] = [];
  const memberChildren: number[] = [];
  const memberProvisional: number[] = [];
  const memberOutcome: number[] = [];
  const memberOutcomeScore: (string | null)[] = [];
  const memberDelivery: number[] = [];
  // Components in ascending number: contributors before the objectives they serve, a loop as one.
  for (let c = 0; c < count; c += 1) {
    fold.reset();
    foldPartner.reset();
    progress.reset();
    progressPartner.reset();
    let anyProvisional = 0;
    // The component's children over the council's own links (its targets and direct links), and over indirect ones.
    let ownChildren = 0;
    let partnerChildren = 0;
    const first = members.start[c] as number;
    const last = members.start[c + 1] as number;
    const loop = last - first > 1;
    for (let m = first; m < last; m += 1) {
      const v = members.targets[m] as number;
      own.fill(0);
      outcome.reset();
      delivery.reset();
      deliveryPartner.reset();
      let children = 0;
      let provisional = 0;
      let partnered = false;
      // Delivery confidence differs from the fold only beside an outcome target: worked out only then.
      let hasOutcome = false;
      for (let k = targetsOf.start[v] as number, kEnd = targetsOf.start[v + 1] as number; k < kEnd; k += 1)
        if (outcomeTarget[targetsOf.targets[k] as number] === 1) hasOutcome = true;
      for (let k = targetsOf.start[v] as number, kEnd = targetsOf.start[v + 1] as number; k < kEnd; k += 1) {
        const target = targetsOf.targets[k] as number;
        const code = targetStatus[target] as number;
        own[code] = (own[code] as number) + 1;
        children += 1;
        ownChildren += 1;
        if (code < RATED && targetProvisional[target] === 1) provisional += 1;
        const value = withProgress ? (targetProgress[target] ?? null) : null;
        // A weight is read only where it counts: a rated child of a weighted roll-up, or a measured progress.
        const weight =
          linkOf === undefined || !((weighted && code < RATED) || value !== null)
            ? undefined
            : weightOf(index.targets.at(target)?.weight);
        const scored = weighted && code < RATED ? scoreTimes(code, weight) : undefined;
        fold.add(code, weight, scored);
        if (outcomeTarget[target] === 1) outcome.add(code, weight, scored);
        else if (hasOutcome) delivery.add(code, weight, scored);
        if (withProgress) progress.add(value, weight);
      }
      // A loop has no bottom: links inside it are not children; what feeds it from outside is.
      for (let x = fromOutside.start[v] as number, xEnd = fromOutside.start[v + 1] as number; x < xEnd; x += 1) {
        const e = fromOutside.targets[x] as number;
        const from = down.targets[e] as number;
        const home = component[from] as number;
        const code = headline[from] as number;
        own[code] = (own[code] as number) + 1;
        children += 1;
        if (code < RATED && componentProvisional[home] === 1) provisional += 1;
        const value = withProgress ? (componentProgress[home] ?? null) : null;
        const weight =
          linkOf === undefined || !((weighted && code < RATED) || value !== null)
            ? undefined
            : weightOf(index.objectives.at(from)?.contributesTo?.[linkOf[e] as number]?.weight);
        const scored = weighted && code < RATED ? scoreTimes(code, weight) : undefined;
        const indirect = indirectEdge[e] === 1;
        if (indirect) {
          partner[code] = (partner[code] as number) + 1;
          partnered = true;
          partnerChildren += 1;
        } else ownChildren += 1;
        // Partner-delivered children stand aside from the council's own rating unless asked in.
        const aside = indirect && !settings.includeIndirect;
        (aside ? foldPartner : fold).add(code, weight, scored);
        if (hasOutcome) (aside ? deliveryPartner : delivery).add(code, weight, scored);
        if (withProgress) (aside ? progressPartner : progress).add(value, weight);
      }
      const i = m - first;
      memberCounts[i] = shared.of(own);
      memberPartner[i] = partnered ? shared.of(partner) : NO_PARTNERS;
      // Cleared only after use: most objectives have no partner-delivered child and leave it at 0.
      if (partnered) partner.fill(0);
      memberChildren[i] = children;
      memberProvisional[i] = provisional;
      memberOutcome[i] = outcome.children === 0 ? -1 : outcome.result();
      memberOutcomeScore[i] = outcome.score;
      // Without an outcome target (-2), delivery confidence is the status the children give.
      memberDelivery[i] = !hasOutcome
        ? children === 0
          ? -1
          : -2
        : delivery.children > 0
          ? delivery.result()
          : deliveryPartner.children > 0
            ? deliveryPartner.result()
            : -1;
      if (provisional > 0) anyProvisional = 1;
    }
    // The council's own children rate the component; partner-delivered ones only when there is nothing else.
    const ownSide = fold.children > 0 || foldPartner.children === 0;
    const status = ownSide ? fold.result() : foldPartner.result();
    const score = ownSide ? fold.score : foldPartner.score;
    const rolled = withProgress ? (ownSide ? progress : progressPartner).result() : null;
    componentProvisional[c] = anyProvisional;
    if (withProgress) componentProgress[c] = rolled;
    const progressText = rolled === null ? null : formatDecimal(rolled);
    const onPartnersOnly = ownChildren === 0 && partnerChildren > 0;
    for (let m = first; m < last; m += 1) {
      const v = members.targets[m] as number;
      const i = m - first;
      const outcomeCode = memberOutcome[i] as number;
      const lead = outcomeCode === -1 ? status : outcomeCode;
      headline[v] = lead;
      const deliveryCode = loop || memberDelivery[i] === -2 ? status : (memberDelivery[i] as number);
      results.set(v, {
        objective: graph.ids[v] as Id,
        method: settings.method,
        status: STATUSES[lead] as Status,
        outcome: outcomeCode === -1 ? null : (STATUSES[outcomeCode] as Status),
        delivery: deliveryCode === -1 ? null : (STATUSES[deliveryCode] as Status),
        score: outcomeCode === -1 ? score : (memberOutcomeScore[i] as string | null),
        counts: memberCounts[i] as Readonly<Record<Status, number>>,
        partnerDelivered: memberPartner[i] as Record<Status, number>,
        children: memberChildren[i] as number,
        provisional: memberProvisional[i] as number,
        inCycle: onCycle[v] === 1,
        progress: progressText,
        beneath: aims.beneath(v),
        ratedOnPartners: outcomeCode === -1 && onPartnersOnly,
      });
    }
  }
  return results.toArray();
}

/**
 * Each aim's `beneath`: every target at or beneath it, each once, by status; `null` for an objective
 * that is not an aim. One breadth-first walk down from each aim when its roll-up is made, not
 * passing through another aim: linear in the objectives, links and targets beneath each aim, so the
 * sum over aims of what each reaches (aims × (objectives + links + targets) at most, when aims share
 * a subtree). Asked per objective as its result is built, so no list by objective is kept.
 */
class AimCounts {
  readonly #atApex: Uint8Array;
  readonly #targetStatus: Uint8Array;
  readonly #targetsOf: Adjacency;
  readonly #down: Adjacency;
  readonly #shared: SharedCounts;
  readonly #counts = new Int32Array(STATUSES.length);
  // The walk's marks, stamped with the walk's turn, and its queue: made at the first aim, reused by
  // every walk after it (as internal/graph.ts RepeatedWalks does), so a walk allocates nothing.
  #marks: Int32Array | undefined;
  #queue: Int32Array | undefined;
  #stamp = 0;

  readonly #component: Int32Array;
  readonly #members: Adjacency;
  readonly #fromOutside: Adjacency;
  readonly #aimsIn: Int32Array;

  constructor(index: FrameworkIndex, targetStatus: Uint8Array, targetsOf: Adjacency, shared: SharedCounts) {
    this.#atApex = atApexByPosition(index);
    this.#targetStatus = targetStatus;
    this.#targetsOf = targetsOf;
    this.#down = index.objectiveGraph.down;
    this.#shared = shared;
    const loops = loopsOf(index);
    this.#component = loops.component;
    this.#members = loops.members;
    this.#fromOutside = index.derive(LINKS_FROM_OUTSIDE, linksFromOutside);
    this.#aimsIn = index.derive(AIMS_BY_LOOP, aimsByLoop);
  }

  /** The aim's counts by status of every target at or beneath it, or `null` when `aim` is not an aim. */
  beneath(aim: number): Readonly<Record<Status, number>> | null {
    const atApex = this.#atApex;
    if (atApex[aim] !== 1) return null;
    const n = atApex.length;
    const marks = (this.#marks ??= new Int32Array(n));
    const queue = (this.#queue ??= new Int32Array(n));
    const counts = this.#counts;
    const targetStatus = this.#targetStatus;
    const { start: targetStart, targets: targetList } = this.#targetsOf;
    const { targets } = this.#down;
    const component = this.#component;
    const members = this.#members;
    const fromOutside = this.#fromOutside;
    const aimsIn = this.#aimsIn;
    this.#stamp += 1;
    const stamp = this.#stamp;
    counts.fill(0);
    marks[aim] = stamp;
    queue[0] = aim;
    let tail = 1;
    for (let head = 0; head < tail; head += 1) {
      const node = queue[head] as number;
      // The walk down does not pass through another aim (the aim itself is the only node at depth 0).
      if (head > 0 && atApex[node] === 1) continue;
      for (let k = targetStart[node] as number, kEnd = targetStart[node + 1] as number; k < kEnd; k += 1) {
        const code = targetStatus[targetList[k] as number] as number;
        counts[code] = (counts[code] as number) + 1;
      }
      // A member of a loop with no aim in it follows only the links from outside the loop: its
      // fellow members were queued with it (below), and a dense loop of 14 has 13 links back in.
      const outsideOnly = aimsIn[component[node] as number] === 0;
      const edges = outsideOnly ? fromOutside : this.#down;
      for (let x = edges.start[node] as number, xEnd = edges.start[node + 1] as number; x < xEnd; x += 1) {
        const next = targets[outsideOnly ? (fromOutside.targets[x] as number) : x] as number;
        if (marks[next] === stamp) continue;
        const loop = component[next] as number;
        if (aimsIn[loop] === 0) {
          // A loop with no aim in it, reached at one member, is reached at all: each reaches each
          // without passing an aim. Its members are marked and queued together, once.
          for (let m = members.start[loop] as number, mEnd = members.start[loop + 1] as number; m < mEnd; m += 1) {
            const member = members.targets[m] as number;
            marks[member] = stamp;
            queue[tail] = member;
            tail += 1;
          }
        } else {
          marks[next] = stamp;
          queue[tail] = next;
          tail += 1;
        }
      }
    }
    return this.#shared.of(counts);
  }
}

/** How many results a piece of {@link ByPosition} holds: a piece is a small object, never a large one. */
const PIECE_BITS = 12;
const PIECE = 1 << PIECE_BITS;

/**
 * The results by objective position, held while they are built in pieces of {@link PIECE} and put
 * in one list only at the end. A list of 16,384 or more entries is a large object to V8, and a
 * large object that lives through a young-generation collection moves to the old generation at
 * once: from then on every result it holds outlives the next collection too (the old list, though
 * dropped, is not collected until a full collection), so a roll-up of 40,000 objectives promoted
 * all 40,000 results while one of 10,000 promoted none, and the time grew far beyond 4× (see
 * docs/limits.md). Pieces are small young objects that die with the results; the final list is
 * filled by a loop that allocates nothing.
 */
class ByPosition<T> {
  readonly #pieces: T[][] = [];
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
    for (let first = 0; first < size; first += PIECE) this.#pieces.push(new Array<T>(Math.min(PIECE, size - first)));
  }

  set(position: number, value: T): void {
    (this.#pieces[position >> PIECE_BITS] as T[])[position & (PIECE - 1)] = value;
  }

  /** Every value, by position, as one list. */
  toArray(): T[] {
    const list = new Array<T>(this.#size);
    let position = 0;
    for (const piece of this.#pieces)
      for (const value of piece) {
        list[position] = value;
        position += 1;
      }
    return list;
  }
}

/**
 * Frozen count records by status, shared within one roll-up by every objective with the same
 * counts: a roll-up of many objectives with a few children each makes a handful of records, not
 * two or three per objective (which, kept in the results, outgrow V8's young generation). Counts
 * of 8 or more of one status are rare and get a record of their own, frozen alike.
 */
class SharedCounts {
  readonly #byKey = new Map<number, Readonly<Record<Status, number>>>();

  /** The record for these counts by status code. */
  of(byCode: ArrayLike<number>): Readonly<Record<Status, number>> {
    // Three bits a status, nine statuses: 27 bits, a small integer key.
    let key = 0;
    for (let code = 0; code < STATUSES.length; code += 1) {
      const count = byCode[code] as number;
      if (count > 7) return Object.freeze(statusCountsOf(byCode));
      key = key * 8 + count;
    }
    let record = this.#byKey.get(key);
    if (record === undefined) {
      record = Object.freeze(statusCountsOf(byCode));
      this.#byKey.set(key, record);
    }
    return record;
  }
}

/** A weight as given (1 when absent), exact: one shared 1 for the absent, so most children parse nothing. */
function weightOf(weight: string | number | undefined): Decimal {
  return weight === undefined ? ONE : toDecimal(weight);
}

/**
 * A sum of weights, exact, as `plus` after `plus` from 0 would make it: while every weight is the
 * shared 1 (an absent weight, the usual case) only a count is kept, made a decimal when read or when
 * another weight comes (a sum of ones is that count exactly), so most children touch no decimal.
 */
class WeightSum {
  #ones = 0;
  /** The sum once a weight other than the shared 1 has been added; `null` while only ones have. */
  #sum: Decimal | null = null;

  reset(): void {
    this.#ones = 0;
    this.#sum = null;
  }

  add(weight: Decimal): void {
    if (this.#sum === null) {
      if (weight === ONE) {
        this.#ones += 1;
        return;
      }
      this.#sum = this.#ones === 0 ? ZERO : new ExactDecimal(this.#ones);
    }
    this.#sum = this.#sum.plus(weight);
  }

  sum(): Decimal {
    return this.#sum ?? (this.#ones === 0 ? ZERO : new ExactDecimal(this.#ones));
  }
}

/** A weighted mean of progress figures, exact: each figure times its weight, over the weights. */
class Progress {
  #total: Decimal = ZERO;
  readonly #weights = new WeightSum();
  /** Whether a measured child was added since the last reset (most objectives have none: no decimal is touched). */
  #measured = false;

  reset(): void {
    if (!this.#measured) return;
    this.#total = ZERO;
    this.#weights.reset();
    this.#measured = false;
  }

  /** A child's progress (`null`: nothing measured, left out) with its weight (1 when absent). */
  add(value: Decimal | null, weight: Decimal | undefined): void {
    if (value === null) return;
    const decimal = weight ?? ONE;
    this.#total = this.#total.plus(decimal === ONE ? value : value.times(decimal));
    this.#weights.add(decimal);
    this.#measured = true;
  }

  /** The weighted mean, or `null` when nothing was measured or the weights sum to 0. */
  result(): Decimal | null {
    if (!this.#measured) return null;
    const weights = this.#weights.sum();
    return weights.greaterThan(0) ? this.#total.div(weights) : null;
  }
}

/**
 * The children of one objective, or of every member of a loop, as they are added: counts by
 * status code, the worst rated, and (for `weighted`) the weighted total.
 */
class Tally {
  readonly #settings: RollUpSettings;
  readonly #counts = new Int32Array(STATUSES.length);
  /** How many children were added since the last reset. */
  children = 0;
  /**
   * The weighted total: while every child added has weight 1 and the scores are small whole
   * numbers (the defaults), a plain number (`#unitTotal`, exact: a sum of whole numbers far below
   * 2^53, the same in any order) and `#total` is `null`; a decimal from the first other weight on.
   */
  #total: Decimal | null = null;
  #unitTotal = 0;
  /** The scores as numbers when every one is a whole number from 0 to 100,000, else `null`. */
  readonly #unitScores: readonly number[] | null;
  readonly #weights = new WeightSum();
  /** The score or share behind the last {@link Tally.result}, or `null` (a plain field: a million objectives make no extra objects). */
  score: string | null = null;

  constructor(settings: RollUpSettings) {
    this.#settings = settings;
    this.#unitScores = settings.scores.every((score) => score.isInteger() && score.lessThanOrEqualTo(100_000))
      ? settings.scores.map((score) => score.toNumber())
      : null;
  }

  reset(): void {
    // Nothing added since the last reset: nothing to clear (most tallies of most objectives).
    if (this.children === 0) return;
    this.#counts.fill(0);
    this.children = 0;
    this.#total = null;
    this.#unitTotal = 0;
    this.#weights.reset();
  }

  /** A child: its status code, and for `weighted` its weight (1 when absent) and its score times the weight. */
  add(code: number, weight?: Decimal, scored?: Decimal): void {
    this.#counts[code] = (this.#counts[code] as number) + 1;
    this.children += 1;
    if (this.#settings.method === "weighted" && code < RATED) {
      const units = this.#unitScores;
      if (this.#total === null && units !== null && (weight === undefined || weight === ONE))
        this.#unitTotal += units[code] as number;
      else {
        this.#total ??= this.#unitTotal === 0 ? ZERO : new ExactDecimal(this.#unitTotal);
        this.#total = this.#total.plus(scored ?? (this.#settings.scores[code] as Decimal).times(weight ?? ONE));
      }
      this.#weights.add(weight ?? ONE);
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
      const allNotStarted = this.children > 0 && counts[NOT_STARTED] === this.children;
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
    const weights = this.#weights.sum();
    if (!weights.greaterThan(0)) return NO_DATA;
    const total = this.#total ?? (this.#unitTotal === 0 ? ZERO : new ExactDecimal(this.#unitTotal));
    const score = total.div(weights);
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
export type RollUpInput = Pick<Evaluation, "target" | "status"> & {
  readonly quality?: DataQuality | null;
  /** The evaluation's `progressPercent`; absent or `null`: nothing measured, no progress to roll up. */
  readonly progressPercent?: string | null;
  /** The evaluation's `actual` and `goal`: with them, a target whose actual meets its goal for its polarity counts 100% done. */
  readonly actual?: string | null;
  readonly goal?: string | null;
};

/**
 * Each target's status code and provisional flag by its position in the index; a target with no
 * evaluation is `no-data`.
 */
function codesByTargetPosition(
  index: FrameworkIndex,
  evaluations: readonly RollUpInput[],
): { statuses: Uint8Array; provisional: Uint8Array; progress: (Decimal | null)[] } {
  const statuses = new Uint8Array(index.targets.size).fill(NO_DATA);
  const provisional = new Uint8Array(index.targets.size);
  const progress = new Array<Decimal | null>(index.targets.size).fill(null);
  for (let i = 0; i < evaluations.length; i += 1) {
    const evaluation = evaluations[i] as RollUpInput;
    if (!isPlainObject(evaluation))
      throw trajectoryError(`evaluations[${String(i)}] must be an evaluation; got ${shown(evaluation)}`);
    const code = STATUS_CODE.get(evaluation.status);
    if (code === undefined) {
      throw new TrajectoryError(`evaluations[${String(i)}].status ${describe(evaluation.status)} is not a status`);
    }
    const percent: unknown = evaluation.progressPercent;
    if (percent !== undefined && percent !== null && !isDecimalValue(percent)) {
      throw new TrajectoryError(
        `evaluations[${String(i)}].progressPercent ${describe(percent)} is not a decimal string or null`,
      );
    }
    // Evaluations in the index's order (as evaluateFramework gives them) need no look-up.
    const position = index.targets.at(i)?.id === evaluation.target ? i : index.targets.positionOf(evaluation.target);
    if (position !== undefined) {
      statuses[position] = code;
      provisional[position] = isProvisional(evaluation.quality) ? 1 : 0;
      progress[position] =
        percent === undefined || percent === null
          ? null
          : targetProgress(
              percent,
              decimalOrNull(evaluation.actual),
              decimalOrNull(evaluation.goal),
              polarityAt(index, position),
            );
    }
  }
  return { statuses, provisional, progress };
}

/** A decimal string given for a figure, or `null` for anything else (the figure is then not used). */
function decimalOrNull(value: unknown): string | null {
  return typeof value === "string" && isDecimalValue(value) ? value : null;
}

/** The polarity of the indicator of the target at a position, when it exists. @internal */
export function polarityAt(index: FrameworkIndex, position: number): Polarity | undefined {
  const target = index.targets.at(position);
  return target === undefined ? undefined : index.indicators.get(target.indicator)?.polarity;
}

const TARGETS_BY_POSITION = Symbol("performance-management/trajectory targets by objective position");
const CONDENSATION = Symbol("performance-management/trajectory contribution loops");
const OUTCOME_TARGETS = Symbol("performance-management/trajectory outcome targets");
const INDIRECT_EDGES = Symbol("performance-management/trajectory indirect links");
const LINKS_FROM_OUTSIDE = Symbol("performance-management/trajectory links from outside each loop");
const AIMS_BY_LOOP = Symbol("performance-management/trajectory aims by loop");

/** The contribution loops of the index's objectives (its objective graph's condensation), worked out once per index. */
function loopsOf(index: FrameworkIndex): Condensation {
  return index.derive(CONDENSATION, (i) => condensation(i.objectiveGraph.ids.length, i.objectiveGraph.down));
}

/**
 * Each objective's links from objectives outside its own loop (its component of the condensation; an
 * objective on no loop is a loop of one), as edge numbers of the objective graph's `down`, in
 * ascending order: `down` less every link from a fellow member (a link to itself included).
 */
function linksFromOutside(index: FrameworkIndex): Adjacency {
  const { down } = index.objectiveGraph;
  const { component } = loopsOf(index);
  const n = down.start.length - 1;
  const start = new Int32Array(n + 1);
  let found = 0;
  for (let v = 0; v < n; v += 1) {
    start[v] = found;
    const own = component[v] as number;
    for (let e = down.start[v] as number, eEnd = down.start[v + 1] as number; e < eEnd; e += 1)
      if (component[down.targets[e] as number] !== own) found += 1;
  }
  start[n] = found;
  const edges = new Int32Array(found);
  let at = 0;
  for (let v = 0; v < n; v += 1) {
    const own = component[v] as number;
    for (let e = down.start[v] as number, eEnd = down.start[v + 1] as number; e < eEnd; e += 1)
      if (component[down.targets[e] as number] !== own) {
        edges[at] = e;
        at += 1;
      }
  }
  return { start, targets: edges };
}

/** How many aims (objectives at the apex) each loop (component of the condensation) holds. */
function aimsByLoop(index: FrameworkIndex): Int32Array {
  const atApex = atApexByPosition(index);
  const { component, count } = loopsOf(index);
  const aims = new Int32Array(count);
  for (let v = 0; v < atApex.length; v += 1)
    if (atApex[v] === 1) aims[component[v] as number] = (aims[component[v] as number] as number) + 1;
  return aims;
}

/** 1 for each target (by position) on an indicator that measures an outcome. */
function outcomeTargetsByPosition(index: FrameworkIndex): Uint8Array {
  const marks = new Uint8Array(index.targets.size);
  for (let t = 0; t < marks.length; t += 1) {
    const target = index.targets.at(t);
    if (target !== undefined && index.indicators.get(target.indicator)?.measure === "outcome") marks[t] = 1;
  }
  return marks;
}

/** 1 for each edge of the objective graph's `down` whose link is `indirect` (delivered with partners). */
function indirectDownEdges(index: FrameworkIndex): Uint8Array {
  const { down, downContribution } = index.objectiveGraph;
  const marks = new Uint8Array(down.targets.length);
  for (let e = 0; e < marks.length; e += 1) {
    const from = down.targets[e] as number;
    const link = index.objectives.at(from)?.contributesTo?.[downContribution[e] as number];
    if (link?.link === "indirect") marks[e] = 1;
  }
  return marks;
}

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
