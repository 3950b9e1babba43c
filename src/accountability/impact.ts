import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { atApexByPosition } from "../model/apex.js";
import type { Framework, FrameworkIndex, Id, Objective, PlanLevel, Target } from "../model/index.js";
import type { FrameworkEvaluation } from "../trajectory/evaluateFramework.js";
import type { Status } from "../trajectory/scales.js";
import { groupedRows } from "../internal/graph.js";
import { isPlainObject, shown } from "../internal/options.js";
import { type Loops, PATH_STEP_BUDGET, type PathCounts, countInsideLoop, countRing, loopsOf } from "./count.js";
import { accountabilityError } from "./errors.js";
import { cascadeOwner, objectiveRef, targetRef } from "./subjects.js";
import type { OwnerRef, SubjectRef } from "./types.js";

/**
 * The statuses {@link impact} reports, worst first: red, `amber-red`, `amber`, then `no-data` (a
 * figure due and missing): "the red, amber and no-data targets". `amber-green` is not trouble: on
 * DCA5 it is the band next to green, closer to green than to amber, so it is left out with green
 * and blue.
 *
 * @category Accountability
 */
export type TroubleStatus = "red" | "amber-red" | "amber" | "no-data";

const TROUBLE: readonly TroubleStatus[] = ["red", "amber-red", "amber", "no-data"];

/**
 * A target in trouble beneath an objective: its status and owner, its objective, the shortest path
 * of objectives from its objective up to the one reported on (both included; of equal length, the
 * one reached first following links top-down in the framework's order; at most
 * 100 objectives, see `pathTruncated`), its length in links (`distance`) and
 * the number of paths (`paths`, a decimal string; exact when `pathsExact`, a lower bound when a
 * dense contribution loop needed more than the budget of steps): every path up the links that
 * visits no objective twice, as {@link traceUp}'s chains from the target's objective reach the one
 * reported on. `shared` is true when every path runs through an indirect link: the trouble reaches the
 * objective only through partners' work, and `partners` names the partners of every indirect link
 * on any of those paths (empty when `shared` is false).
 *
 * @category Accountability
 */
export interface TargetImpact {
  readonly target: SubjectRef;
  readonly status: TroubleStatus;
  readonly owner: OwnerRef | null;
  readonly objective: Id;
  /** The shortest path's objectives from the target's objective up, its first 100 when longer. */
  readonly path: readonly Id[];
  /** The number of links on the shortest path (0 when the target is the reported objective's own). */
  readonly distance: number;
  /** True when the shortest path has more than 100 objectives and `path` lists only the first of them. */
  readonly pathTruncated: boolean;
  readonly paths: string;
  /**
   * True when `paths` is exact. False only when the paths run round a contribution loop so dense
   * that counting them would take more than the report's budget of steps (a million links followed,
   * shared by every objective's rows): `paths` is then a lower bound, at least 1.
   */
  readonly pathsExact: boolean;
  readonly shared: boolean;
  readonly partners: readonly Id[];
}

/**
 * A community or corporate objective with the troubled targets beneath it (its own included),
 * worst first, and how many have each status.
 *
 * @category Accountability
 */
export interface ObjectiveImpact {
  readonly objective: SubjectRef;
  readonly level: PlanLevel;
  readonly owner: OwnerRef | null;
  /** The worst status beneath it; `null` when no target beneath it is in trouble. */
  readonly worst: TroubleStatus | null;
  readonly counts: Readonly<Record<TroubleStatus, number>>;
  readonly targets: readonly TargetImpact[];
}

/**
 * What {@link impact} finds: the evaluation's date and every community and corporate objective,
 * worst first.
 *
 * @category Accountability
 */
export interface ImpactReport {
  readonly asOf: string;
  readonly objectives: readonly ObjectiveImpact[];
}

/**
 * The most objectives a {@link TargetImpact}'s `path` lists: a longer shortest path (a cascade more
 * than 100 objectives deep) is cut after its first 100, with `pathTruncated` set, so that a report on
 * a very deep cascade stays in proportion to it rather than growing with its square.
 */
const IMPACT_PATH_LIMIT = 100;

/** How bad a status is: its place in {@link TROUBLE}, or -1 for a status that is no trouble. */
function severity(status: Status): number {
  return TROUBLE.indexOf(status as TroubleStatus);
}

/**
 * Which community and corporate objectives are at risk, and from where: for each, the red, amber
 * and no-data targets beneath it (on it or on any objective whose chains reach it), the path by
 * which each reaches it, how many paths there are, and who owns each target: "timely identification
 * of performance issues" (critical success factor 6). Trouble that arrives only through indirect
 * links is `shared` with the partners named on them, not the council's alone. The objectives come
 * worst first (by their worst status, then their counts from red down, then the framework's order);
 * their targets worst first, then nearest first. Objectives at the apex other than the
 * one reported on are the top of their own chains: nothing reaches an objective through them.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param evaluation - the framework's evaluation, from `evaluateFramework` (either `detail`)
 * @returns every community and corporate objective with its troubled targets
 * @throws {@link AccountabilityError} when `evaluation` is not an object with a `targets` array
 * @throws {@link AccountabilityError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { evaluateFramework } from "performance-management/trajectory";
 * import { impact } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const report = impact(stockton, evaluateFramework(stockton, { asOf: "2001-07-15" }));
 * const [worst] = report.objectives;
 * [worst?.objective.id, worst?.worst, worst?.counts.red] //=> ["cp-wellbeing", "red", 2]
 * worst?.targets.map((row) => [row.target.id, row.status, row.path.join(" > ")]) //=> [["t-homeless-offers", "red", "so-homeless-offers > cp-wellbeing"], ["t-relet-28-days", "red", "uo-relet-28-days > so-homeless-offers > cp-wellbeing"]]
 */
export function impact(
  source: Framework | FrameworkIndex,
  evaluation: FrameworkEvaluation<{ readonly target: Id; readonly status: Status }>,
): ImpactReport {
  if (!isPlainObject(evaluation) || !Array.isArray((evaluation as { targets?: unknown }).targets))
    throw accountabilityError(`evaluation must be evaluateFramework's result; got ${shown(evaluation)}`);
  const index = checkedFrameworkIndex(source, accountabilityError);
  const graph = index.objectiveGraph;
  const n = graph.ids.length;
  const tables = tablesOf(index);
  // Each target's severity (-1: no trouble, or not evaluated), and which objectives have a troubled target.
  const severities = new Int8Array(index.targets.size).fill(-1);
  for (const row of evaluation.targets) {
    const position = index.targets.positionOf(row.target);
    if (position !== undefined) severities[position] = severity(row.status);
  }
  const troubled = new Uint8Array(n);
  for (let v = 0; v < n; v += 1)
    for (let k = tables.targetStart[v] as number, end = tables.targetStart[v + 1] as number; k < end; k += 1)
      if ((severities[tables.targetAt[k] as number] as number) >= 0) troubled[v] = 1;
  // Scratch arrays shared by every objective's walks: each walk marks what it reaches with its root.
  const atApex = atApexByPosition(index);
  const walk: Walk = {
    index,
    atApex,
    below: troubleBelow(index, troubled, atApex),
    indirect: tables.downIndirect,
    reached: new Int32Array(n).fill(-1),
    direct: new Int32Array(n).fill(-1),
    parent: new Int32Array(n),
    parentLink: new Int32Array(n),
    depth: new Int32Array(n),
  };
  const loops = loopsOf(index);
  // One budget of steps for the walks inside loops of every objective's paths, and their scratch.
  const budget = { left: PATH_STEP_BUDGET };
  const onPath = new Uint8Array(n);
  const rows: { row: ObjectiveImpact; rank: number[]; position: number }[] = [];
  // The community and corporate objectives, each after every one that links to it (outside loops).
  const roots: number[] = [];
  for (let r = 0; r < n; r += 1) if ((graph.levelRank[r] as number) <= 1) roots.push(r);
  roots.sort((a, b) => (loops.component[b] as number) - (loops.component[a] as number));
  // The one link by which trouble reaches each root from another root beneath it, when it has only that one.
  const entry = new Map<number, number>();
  const needsPartners = new Uint8Array(n);
  for (const r of roots) {
    const e = onlyEntry(walk, r, loops);
    if (e === -1) continue;
    entry.set(r, e);
    if (walk.indirect[e] === 1) needsPartners[graph.down.targets[e] as number] = 1;
  }
  // Each root's rows, worst first, and beside each the partners of every path from its objective up.
  const done = new Map<number, { rows: TargetImpact[]; partners: (readonly Id[])[] }>();
  for (const r of roots) {
    const rank = graph.levelRank[r] as number;
    let targets: TargetImpact[] = [];
    const e = entry.get(r);
    if (e !== undefined) {
      const below = done.get(graph.down.targets[e] as number) as { rows: TargetImpact[]; partners: (readonly Id[])[] };
      const own = ownRows(walk, tables, severities, r);
      const derived = fromBeneath(walk, r, e, below.rows, below.partners);
      const listed = [...own.map((row) => ({ row, partners: [] as readonly Id[] })), ...derived];
      const sorted = listed
        .map((item, i) => ({ item, i }))
        .sort((x, y) => severity(x.item.row.status) - severity(y.item.row.status) || x.i - y.i);
      targets = sorted.map(({ item }) => item.row);
      done.set(r, { rows: targets, partners: sorted.map(({ item }) => item.partners) });
    } else if (walk.below[r] === 1) {
      const region = walkDown(walk, r, false);
      walkDown(walk, r, true);
      const order = [...region].sort((a, b) => (loops.component[a] as number) - (loops.component[b] as number));
      const state: PathCounts = { counts: new Map(), inexact: new Set(), budget, onPath };
      countPaths(walk, order, r, loops, troubled, state);
      const partners =
        needsPartners[r] === 1 || region.some((v) => troubled[v] === 1 && walk.direct[v] !== r)
          ? partnersOf(walk, order, r, loops.component)
          : undefined;
      const listed: { row: TargetImpact; partners: readonly Id[] }[] = [];
      for (const v of region) {
        if (troubled[v] === 0) continue;
        for (let k = tables.targetStart[v] as number, end = tables.targetStart[v + 1] as number; k < end; k += 1) {
          const position = tables.targetAt[k] as number;
          const status = TROUBLE[severities[position] as number];
          if (status !== undefined)
            listed.push({
              row: troubleOf(walk, index.targets.at(position) as Target, status, v, r, state, partners),
              partners: partners?.get(v) ?? [],
            });
        }
      }
      const sorted = listed
        .map((item, i) => ({ item, i }))
        .sort((x, y) => severity(x.item.row.status) - severity(y.item.row.status) || x.i - y.i);
      targets = sorted.map(({ item }) => item.row);
      done.set(r, { rows: targets, partners: sorted.map(({ item }) => item.partners) });
    } else done.set(r, { rows: [], partners: [] });
    const counts = { red: 0, "amber-red": 0, amber: 0, "no-data": 0 };
    for (const row of targets) counts[row.status] += 1;
    const objective = index.objectives.at(r) as Objective;
    rows.push({
      row: {
        objective: objectiveRef(objective),
        level: rank === 0 ? "community" : "corporate",
        owner: cascadeOwner(index, "objective", objective.id),
        worst: targets[0]?.status ?? null,
        counts,
        targets,
      },
      rank: [
        targets.length === 0 ? TROUBLE.length : severity(targets[0]?.status as Status),
        ...TROUBLE.map((s) => -counts[s]),
      ],
      position: r,
    });
  }
  rows.sort((a, b) => {
    for (let i = 0; i < a.rank.length; i += 1)
      if (a.rank[i] !== b.rank[i]) return (a.rank[i] as number) - (b.rank[i] as number);
    return a.position - b.position;
  });
  return { asOf: evaluation.asOf, objectives: rows.map((entry) => entry.row) };
}

/**
 * The edge of `objectiveGraph.down` by which trouble reaches root `r` when there is exactly one, and
 * it comes from another community or corporate objective below the apex; else -1. Then, `r` being
 * on no loop, the objectives beneath `r` with trouble are that objective's and `r` itself, every
 * path from them up to `r` runs through that one link, and `r`'s rows follow from that objective's
 * (a lateral chain of corporate objectives costs each objective its own rows, not its whole chain).
 */
function onlyEntry(walk: Walk, r: number, loops: Loops): number {
  const { down, levelRank } = walk.index.objectiveGraph;
  if (walk.below[r] === 0 || loops.looped[loops.component[r] as number] === 1) return -1;
  let found = -1;
  for (let e = down.start[r] as number, end = down.start[r + 1] as number; e < end; e += 1) {
    const w = down.targets[e] as number;
    if (walk.below[w] === 0 || walk.atApex[w] === 1) continue;
    if (found !== -1) return -1;
    found = e;
  }
  return found !== -1 && (levelRank[down.targets[found] as number] as number) <= 1 ? found : -1;
}

/** The rows of root `r`'s own troubled targets, in the framework's order: on `r` itself, by no link. */
function ownRows(walk: Walk, tables: ImpactTables, severities: Int8Array, r: number): TargetImpact[] {
  const { index } = walk;
  const id = index.objectiveGraph.ids[r] as Id;
  const rows: TargetImpact[] = [];
  for (let k = tables.targetStart[r] as number, end = tables.targetStart[r + 1] as number; k < end; k += 1) {
    const position = tables.targetAt[k] as number;
    const status = TROUBLE[severities[position] as number];
    if (status === undefined) continue;
    const target = index.targets.at(position) as Target;
    rows.push({
      target: targetRef(target),
      status,
      owner: cascadeOwner(index, "target", target.id),
      objective: id,
      path: [id],
      distance: 0,
      pathTruncated: false,
      paths: "1",
      pathsExact: true,
      shared: false,
      partners: [],
    });
  }
  return rows;
}

/**
 * Root `r`'s rows for the trouble beneath it through its only entry `e` (see {@link onlyEntry}), from
 * the rows of the objective `e` leads from: one link further, by as many paths, shared when that
 * link is indirect or the row was, the link's partners after the row's.
 */
function fromBeneath(
  walk: Walk,
  r: number,
  e: number,
  rows: readonly TargetImpact[],
  partners: readonly (readonly Id[])[],
): { row: TargetImpact; partners: readonly Id[] }[] {
  const { index } = walk;
  const { ids, down, downContribution } = index.objectiveGraph;
  const u = down.targets[e] as number;
  const link = (index.objectives.at(u) as Objective).contributesTo?.[downContribution[e] as number];
  const indirect = walk.indirect[e] === 1;
  const linkPartners = indirect ? (link?.partners ?? []) : [];
  const id = ids[r] as Id;
  return rows.map((row, i) => {
    const beneath = partners[i] ?? [];
    const all = linkPartners.length === 0 ? beneath : withPartners(beneath, linkPartners);
    const distance = row.distance + 1;
    const shared = row.shared || indirect;
    return {
      row: {
        ...row,
        target: { ...row.target },
        owner: row.owner === null ? null : { ...row.owner },
        path: row.path.length < IMPACT_PATH_LIMIT ? [...row.path, id] : row.path,
        distance,
        pathTruncated: distance + 1 > IMPACT_PATH_LIMIT,
        shared,
        partners: shared ? [...all] : [],
      },
      partners: all,
    };
  });
}

const IMPACT_TABLES = Symbol("targets by objective position, indirect links");

/** What impact reads for every objective, as typed arrays built once per index. */
interface ImpactTables {
  /** The targets of objective `v` are `targetAt[targetStart[v]]` up to `targetAt[targetStart[v + 1]]`, as positions in `index.targets`, in the framework's order. */
  readonly targetStart: Int32Array;
  readonly targetAt: Int32Array;
  /** 1 for each edge of `objectiveGraph.down` whose link is indirect. */
  readonly downIndirect: Uint8Array;
}

function tablesOf(index: FrameworkIndex): ImpactTables {
  return index.derive(IMPACT_TABLES, (indexed): ImpactTables => {
    const { ids, down, downContribution } = indexed.objectiveGraph;
    // Each objective's targets, by position, in the index's order.
    const { start: targetStart, targets: targetAt } = groupedRows(
      ids.length,
      indexed.targets.size,
      (t) => indexed.objectives.positionOf((indexed.targets.at(t) as Target).objective) ?? -1,
    );
    const downIndirect = new Uint8Array(down.targets.length);
    for (let e = 0; e < down.targets.length; e += 1) {
      const links = (indexed.objectives.at(down.targets[e] as number) as Objective).contributesTo;
      if (links?.[downContribution[e] as number]?.link === "indirect") downIndirect[e] = 1;
    }
    return { targetStart, targetAt, downIndirect };
  });
}

/** The index and the scratch arrays of {@link walkDown}. */
interface Walk {
  readonly index: FrameworkIndex;
  readonly atApex: Uint8Array;
  /** 1 for each objective with a troubled target on it or beneath it (reached down from it not through the apex). */
  readonly below: Uint8Array;
  readonly indirect: Uint8Array;
  /** The root of the last walk that reached each objective. */
  readonly reached: Int32Array;
  /** The root of the last walk along direct links only that reached each objective. */
  readonly direct: Int32Array;
  /** The objective each was first reached from, and the position of the link in its `contributesTo`. */
  readonly parent: Int32Array;
  readonly parentLink: Int32Array;
  /** The fewest links from each objective up to the last walk's root. */
  readonly depth: Int32Array;
}

/**
 * The objectives with a troubled objective on or beneath them: walking up from every troubled
 * objective at once, not past an objective at the apex. Linear in the objectives and links.
 */
function troubleBelow(index: FrameworkIndex, troubled: Uint8Array, atApex: Uint8Array): Uint8Array {
  const { up } = index.objectiveGraph;
  const below = new Uint8Array(troubled.length);
  const queue: number[] = [];
  for (let v = 0; v < troubled.length; v += 1)
    if (troubled[v] === 1) {
      below[v] = 1;
      queue.push(v);
    }
  for (const v of queue) {
    if (atApex[v] === 1) continue;
    for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
      const w = up.targets[e] as number;
      if (below[w] === 0) {
        below[w] = 1;
        queue.push(w);
      }
    }
  }
  return below;
}

/**
 * Walks down from objective `root` breadth first, not through objectives at the apex other than
 * `root`, nor into one with no trouble beneath it (no path from trouble up to `root` runs through
 * it), marking each objective reached with `root` (in `walk.direct` along direct links only, else in
 * `walk.reached`, with the objective and link it was first reached by). Returns the objectives
 * reached, nearest first.
 */
function walkDown(walk: Walk, root: number, directOnly: boolean): number[] {
  const { down, downContribution } = walk.index.objectiveGraph;
  const marks = directOnly ? walk.direct : walk.reached;
  const order = [root];
  marks[root] = root;
  walk.depth[root] = 0;
  for (const v of order) {
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const w = down.targets[e] as number;
      if (marks[w] === root || walk.atApex[w] === 1 || walk.below[w] === 0 || (directOnly && walk.indirect[e] === 1))
        continue;
      marks[w] = root;
      order.push(w);
      if (!directOnly) {
        walk.parent[w] = v;
        walk.parentLink[w] = downContribution[e] as number;
        walk.depth[w] = (walk.depth[v] as number) + 1;
      }
    }
  }
  return order;
}

/**
 * The number of paths from the objectives of the region walked from `root` (in `order`: the
 * objectives an objective links to first, by the contribution loops' components) up to `root`,
 * none visiting an objective twice, as count.ts counts chains, into `state`: by dynamic programming
 * outside the loops, each objective's count pushed down its links within the region (so an
 * objective that links to thousands of others outside the region costs nothing here); a ring's
 * objectives together; inside any other loop, walking its paths from each objective that is troubled
 * or that a path enters the loop at, on the state's budget. A path ends at `root`; a link out of
 * the region, or back onto the path, adds none.
 */
function countPaths(
  walk: Walk,
  order: readonly number[],
  root: number,
  loops: Loops,
  troubled: Uint8Array,
  state: PathCounts,
): void {
  const { index } = walk;
  const { down } = index.objectiveGraph;
  const { component, looped, ringNext } = loops;
  const { counts, inexact } = state;
  const ends = (w: number): bigint | undefined => (w === root ? 1n : walk.reached[w] === root ? undefined : 0n);
  // The sums pushed down to each objective outside a loop, and whether all were exact.
  const sums = new Map<number, bigint>();
  const sumsInexact = new Set<number>();
  const entered = (v: number): boolean => {
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const u = down.targets[e] as number;
      if (u !== root && walk.reached[u] === root && component[u] !== component[v]) return true;
    }
    return false;
  };
  for (const v of order) {
    if (v === root) counts.set(v, 1n);
    else if (looped[component[v] as number] === 0) {
      counts.set(v, sums.get(v) ?? 0n);
      if (sumsInexact.has(v)) inexact.add(v);
    } else if (counts.has(v)) {
      // Counted with its ring.
    } else if (ringNext[v] !== -1) countRing(index, v, loops, state, ends, 0n);
    else if (troubled[v] === 1 || entered(v)) countInsideLoop(index, v, loops, state, ends, 0n);
    const count = counts.get(v);
    if (count === undefined) continue;
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const u = down.targets[e] as number;
      if (u === root || walk.reached[u] !== root || looped[component[u] as number] === 1) continue;
      sums.set(u, (sums.get(u) ?? 0n) + count);
      if (inexact.has(v)) sumsInexact.add(u);
    }
  }
}

/**
 * The partners of every indirect link on a path from each objective of the region walked from
 * `root` up to it, nearest first, by dynamic programming in `order` (successors first): an
 * objective's own indirect links' partners, then those beyond each link. The objectives of a
 * contribution loop share one list, every link within the loop counted. An objective whose list
 * adds nothing to the one beyond its only link shares that list.
 */
function partnersOf(
  walk: Walk,
  order: readonly number[],
  root: number,
  component: Int32Array,
): Map<number, readonly Id[]> {
  const { index } = walk;
  const { down, downContribution } = index.objectiveGraph;
  // Each objective's links within the region, found down from the objectives they lead to (so a
  // link out of the region costs nothing), as [position in its contributesTo, objective] pairs.
  const linksOf = new Map<number, number[]>();
  for (const w of order) {
    for (let e = down.start[w] as number, end = down.start[w + 1] as number; e < end; e += 1) {
      const v = down.targets[e] as number;
      if (v === root || walk.reached[v] !== root) continue;
      let links = linksOf.get(v);
      if (links === undefined) linksOf.set(v, (links = []));
      links.push(downContribution[e] as number, w);
    }
  }
  const found = new Map<number, readonly Id[]>([[root, []]]);
  for (let i = 0; i < order.length;) {
    const c = component[order[i] as number] as number;
    let j = i;
    while (j < order.length && component[order[j] as number] === c) j += 1;
    const names = new Set<Id>();
    let beyond: readonly Id[] | undefined;
    let count = 0;
    for (let k = i; k < j; k += 1) {
      const v = order[k] as number;
      if (v === root) continue;
      const objective = index.objectives.at(v) as Objective;
      const pairs = linksOf.get(v) ?? [];
      // In the order of its contributesTo.
      const byLink = Array.from({ length: pairs.length / 2 }, (_, p) => p).sort(
        (a, b) => (pairs[2 * a] as number) - (pairs[2 * b] as number),
      );
      for (const p of byLink) {
        const w = pairs[2 * p + 1] as number;
        count += 1;
        const link = objective.contributesTo?.[pairs[2 * p] as number];
        if (link?.link === "indirect") for (const partner of link.partners ?? []) names.add(partner);
        if (component[w] !== c) {
          beyond = found.get(w) ?? [];
          for (const partner of beyond) names.add(partner);
        }
      }
    }
    const list = count === 1 && names.size === beyond?.length ? beyond : [...names];
    for (let k = i; k < j; k += 1) if (order[k] !== root) found.set(order[k] as number, list);
    i = j;
  }
  return found;
}

/** A troubled target's row: its shortest path up to `root` (the first 100 objectives) and its partners when shared. */
function troubleOf(
  walk: Walk,
  target: Target,
  status: TroubleStatus,
  v: number,
  root: number,
  paths: PathCounts,
  partners: ReadonlyMap<number, readonly Id[]> | undefined,
): TargetImpact {
  const { index } = walk;
  const { ids } = index.objectiveGraph;
  const direct = walk.direct[v] === root;
  const distance = walk.depth[v] as number;
  const path: Id[] = [ids[v] as Id];
  for (let w = v; w !== root && path.length < IMPACT_PATH_LIMIT; w = walk.parent[w] as number)
    path.push(ids[walk.parent[w] as number] as Id);
  return {
    target: targetRef(target),
    status,
    owner: cascadeOwner(index, "target", target.id),
    objective: ids[v] as Id,
    path,
    distance,
    pathTruncated: distance + 1 > IMPACT_PATH_LIMIT,
    paths: (paths.counts.get(v) ?? 0n).toString(),
    pathsExact: !paths.inexact.has(v),
    shared: !direct,
    partners: direct ? [] : [...(partners?.get(v) ?? [])],
  };
}

/**
 * `beneath` with the partners of a link added, each once, in order (the same list when none is new):
 * a Set, so a link naming thousands of partners costs their number, not its square.
 */
function withPartners(beneath: readonly Id[], added: readonly Id[]): readonly Id[] {
  const all = new Set(beneath);
  for (const partner of added) all.add(partner);
  return all.size === beneath.length ? beneath : [...all];
}
