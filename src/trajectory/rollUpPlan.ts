import { type Condensation, condensation } from "../internal/graph.js";
import { atApexByPosition } from "../model/apex.js";
import type { Adjacency, FrameworkIndex } from "../model/index.js";

/**
 * What a roll-up reads of an index's cascade, worked out once per index (an index cache) and laid
 * out so that the roll-up's pass and the aims' walks touch few arrays per objective, in an order
 * that keeps their reads close together (see docs/limits.md, "The status detail's roll-up at 200,000
 * objectives (issue 22, status)"). @internal
 */
export interface RollUpPlan {
  /** Each objective's distinct targets, as target positions by objective position. */
  readonly targetsOf: Adjacency;
  /** The contribution loops: the objective graph's condensation. */
  readonly loops: Condensation;
  /**
   * Each objective's links from objectives outside its own loop (an objective on no loop is a loop
   * of one), as edge numbers of the objective graph's `down`, in ascending order: `down` less every
   * link from a fellow member (a link to itself included).
   */
  readonly fromOutside: Adjacency;
  /** The objective each link of {@link RollUpPlan.fromOutside} comes from (its `down` target), aligned with it. */
  readonly outsideFrom: Int32Array;
  /** 1 for each link of {@link RollUpPlan.fromOutside} that is `indirect` (delivered with partners), aligned with it. */
  readonly outsideIndirect: Uint8Array;
  /** 1 for each target (by position) on an indicator that measures an outcome. */
  readonly outcomeTarget: Uint8Array;
  /** 1 for each objective with an outcome target of its own. */
  readonly hasOutcomeTarget: Uint8Array;
  /**
   * The components (loops) in the order a roll-up takes them, each with its members: every
   * component after each one that contributes to it (by its height: 0 with nothing contributing
   * from outside, else one more than the highest contributor), and the components of one height by
   * their first member's position, so the pass reads each objective's arrays in ascending position
   * (a generated cascade's level at a time) rather than in the depth-first order the loops were
   * found in. The `turn`th component is `order.component[turn]`; its members (ascending) are
   * `order.members.targets[order.members.start[turn]]` up to `order.members.start[turn + 1]`.
   */
  readonly order: { readonly component: Int32Array; readonly members: Adjacency };
  /**
   * How an aim's walk takes each objective: 0 on no loop and no aim (marked alone), 1 on a loop
   * with no aim in it (its members marked and queued together, following only links from outside
   * the loop), 2 on a loop holding an aim or an aim itself (walked link by link).
   */
  readonly walkKind: Uint8Array;
  /** 1 for each objective at the apex (an aim). */
  readonly atApex: Uint8Array;
}

const PLAN = Symbol("performance-management/trajectory roll-up plan");

/** The index's {@link RollUpPlan}, built at its first roll-up: O(objectives + links + targets). @internal */
export function rollUpPlanOf(index: FrameworkIndex): RollUpPlan {
  return index.derive(PLAN, buildPlan);
}

function buildPlan(index: FrameworkIndex): RollUpPlan {
  const graph = index.objectiveGraph;
  const loops = condensation(graph.ids.length, graph.down);
  const fromOutside = linksFromOutside(graph.down, loops.component);
  const outsideFrom = new Int32Array(fromOutside.targets.length);
  const outsideIndirect = new Uint8Array(fromOutside.targets.length);
  const indirect = indirectDownEdges(index);
  for (let x = 0; x < outsideFrom.length; x += 1) {
    const e = fromOutside.targets[x] as number;
    outsideFrom[x] = graph.down.targets[e] as number;
    outsideIndirect[x] = indirect[e] as number;
  }
  const targetsOf = targetsByObjectivePosition(index);
  const outcomeTarget = outcomeTargetsByPosition(index);
  const hasOutcomeTarget = new Uint8Array(graph.ids.length);
  for (let v = 0; v < hasOutcomeTarget.length; v += 1)
    for (let k = targetsOf.start[v] as number, kEnd = targetsOf.start[v + 1] as number; k < kEnd; k += 1)
      if (outcomeTarget[targetsOf.targets[k] as number] === 1) hasOutcomeTarget[v] = 1;
  const atApex = atApexByPosition(index);
  return {
    targetsOf,
    loops,
    fromOutside,
    outsideFrom,
    outsideIndirect,
    outcomeTarget,
    hasOutcomeTarget,
    order: componentOrder(loops, fromOutside.start, outsideFrom),
    walkKind: walkKinds(loops, atApex),
    atApex,
  };
}

/**
 * Each objective's links from outside its loop (see {@link RollUpPlan.fromOutside}): two passes
 * over `down`, O(objectives + links).
 */
function linksFromOutside(down: Adjacency, component: Int32Array): Adjacency {
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

/**
 * The components in the order a roll-up takes them (see {@link RollUpPlan.order}): each
 * component's height from its members' links from outside (every contributor's component has a
 * smaller number, so one ascending pass), then a counting sort by height of the components as
 * their first members come in ascending position, and their members listed in that order.
 * O(objectives + links), no recursion.
 */
function componentOrder(loops: Condensation, outsideStart: Int32Array, outsideFrom: Int32Array): RollUpPlan["order"] {
  const { component, count, members } = loops;
  const height = new Int32Array(count);
  let top = 0;
  for (let c = 0; c < count; c += 1) {
    let h = 0;
    for (let m = members.start[c] as number, mEnd = members.start[c + 1] as number; m < mEnd; m += 1) {
      const v = members.targets[m] as number;
      for (let x = outsideStart[v] as number, xEnd = outsideStart[v + 1] as number; x < xEnd; x += 1) {
        const above = (height[component[outsideFrom[x] as number] as number] as number) + 1;
        if (above > h) h = above;
      }
    }
    height[c] = h;
    if (h > top) top = h;
  }
  const fill = new Int32Array(top + 2);
  for (let c = 0; c < count; c += 1) fill[(height[c] as number) + 1] = (fill[(height[c] as number) + 1] as number) + 1;
  for (let h = 0; h <= top; h += 1) fill[h + 1] = (fill[h + 1] as number) + (fill[h] as number);
  const order = new Int32Array(count);
  for (let v = 0; v < component.length; v += 1) {
    const c = component[v] as number;
    // A component comes in at its first (lowest) member: members are listed ascending.
    if (members.targets[members.start[c] as number] !== v) continue;
    const h = height[c] as number;
    order[fill[h] as number] = c;
    fill[h] = (fill[h] as number) + 1;
  }
  // Each component's members, laid out in that order, so the pass reads them in sequence too.
  const start = new Int32Array(count + 1);
  const listed = new Int32Array(component.length);
  let at = 0;
  for (let turn = 0; turn < count; turn += 1) {
    const c = order[turn] as number;
    start[turn] = at;
    for (let m = members.start[c] as number, mEnd = members.start[c + 1] as number; m < mEnd; m += 1) {
      listed[at] = members.targets[m] as number;
      at += 1;
    }
  }
  start[count] = at;
  return { component: order, members: { start, targets: listed } };
}

/** How an aim's walk takes each objective (see {@link RollUpPlan.walkKind}). */
function walkKinds(loops: Condensation, atApex: Uint8Array): Uint8Array {
  const { component, count, members } = loops;
  const aims = new Int32Array(count);
  for (let v = 0; v < atApex.length; v += 1)
    if (atApex[v] === 1) aims[component[v] as number] = (aims[component[v] as number] as number) + 1;
  const kinds = new Uint8Array(atApex.length);
  for (let v = 0; v < kinds.length; v += 1) {
    const c = component[v] as number;
    kinds[v] = aims[c] !== 0 ? 2 : (members.start[c + 1] as number) - (members.start[c] as number) > 1 ? 1 : 0;
  }
  return kinds;
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

/**
 * Marks and queues every objective an aim's walk reaches: a breadth-first walk down from the aim
 * that does not pass through another aim (one it reaches is queued but not walked below), and takes
 * a loop with no aim in it at once when it reaches one member (each member reaches every other
 * without passing an aim: its members are marked and queued together, and then follow only their
 * links from outside the loop). Returns how many it queued (the aim first); `queue` holds them, and
 * the marks it set are cleared again, so one byte an objective serves every walk. O(the objectives
 * and links reached). @internal
 */
export function reachBeneath(
  plan: RollUpPlan,
  down: Adjacency,
  aim: number,
  marks: Uint8Array,
  queue: Int32Array,
): number {
  const { atApex, walkKind, fromOutside, outsideFrom } = plan;
  const { component, members } = plan.loops;
  marks[aim] = 1;
  queue[0] = aim;
  let tail = 1;
  for (let head = 0; head < tail; head += 1) {
    const node = queue[head] as number;
    // The walk down does not pass through another aim (the aim itself is the only node at depth 0).
    if (head > 0 && atApex[node] === 1) continue;
    // A member of a loop with no aim in it follows only the links from outside the loop: its
    // fellow members were queued with it (below), and a dense loop of 14 has 13 links back in.
    const outsideOnly = walkKind[node] !== 2;
    const edges = outsideOnly ? fromOutside : down;
    const next = outsideOnly ? outsideFrom : down.targets;
    for (let x = edges.start[node] as number, xEnd = edges.start[node + 1] as number; x < xEnd; x += 1) {
      const child = next[x] as number;
      if (marks[child] === 1) continue;
      if (walkKind[child] === 1) {
        const loop = component[child] as number;
        for (let m = members.start[loop] as number, mEnd = members.start[loop + 1] as number; m < mEnd; m += 1) {
          const member = members.targets[m] as number;
          marks[member] = 1;
          queue[tail] = member;
          tail += 1;
        }
      } else {
        marks[child] = 1;
        queue[tail] = child;
        tail += 1;
      }
    }
  }
  for (let head = 0; head < tail; head += 1) marks[queue[head] as number] = 0;
  return tail;
}

/**
 * Every aim's targets at or beneath it (each once), as target positions by objective position
 * (`targets[start[aim]]` up to `start[aim + 1]`; none for an objective that is not an aim): what
 * {@link reachBeneath} reaches does not depend on the statuses, so it is walked once per index and
 * a roll-up only counts the statuses of each aim's list. Built while the walks and lists stay within
 * twice the index's size (objectives, links and targets); beyond that (aims sharing a large subtree)
 * `null`, and each roll-up walks from each aim as before.
 */
export interface BeneathTargets {
  readonly start: Int32Array;
  readonly targets: Int32Array;
}

const BENEATH = Symbol("performance-management/trajectory targets beneath each aim");

/** The index's {@link BeneathTargets}, or `null` when they would outgrow it. @internal */
export function beneathTargetsOf(index: FrameworkIndex, plan: RollUpPlan): BeneathTargets | null {
  return index.derive(BENEATH, () => buildBeneathTargets(index, plan));
}

function buildBeneathTargets(index: FrameworkIndex, plan: RollUpPlan): BeneathTargets | null {
  const { down } = index.objectiveGraph;
  const { atApex, targetsOf } = plan;
  const n = atApex.length;
  const budget = 2 * (n + down.targets.length + targetsOf.targets.length) + 64;
  let spent = 0;
  const marks = new Uint8Array(n);
  const queue = new Int32Array(n);
  const start = new Int32Array(n + 1);
  let targets = new Int32Array(Math.min(budget, targetsOf.targets.length + 16));
  let listed = 0;
  for (let aim = 0; aim < n; aim += 1) {
    start[aim] = listed;
    if (atApex[aim] !== 1) continue;
    const reached = reachBeneath(plan, down, aim, marks, queue);
    spent += reached;
    for (let head = 0; head < reached; head += 1) {
      const node = queue[head] as number;
      if (head > 0 && atApex[node] === 1) continue;
      const kStart = targetsOf.start[node] as number;
      const kEnd = targetsOf.start[node + 1] as number;
      spent += (plan.fromOutside.start[node + 1] as number) - (plan.fromOutside.start[node] as number);
      if (listed + kEnd - kStart > targets.length) {
        const grown = new Int32Array(Math.max(2 * targets.length, listed + kEnd - kStart));
        grown.set(targets);
        targets = grown;
      }
      for (let k = kStart; k < kEnd; k += 1) {
        targets[listed] = targetsOf.targets[k] as number;
        listed += 1;
      }
    }
    if (spent + listed > budget) return null;
  }
  start[n] = listed;
  return { start, targets: targets.slice(0, listed) };
}
