import { atApexByPosition } from "../internal/apex.js";
import {
  type Framework,
  type FrameworkIndex,
  type Id,
  type Objective,
  type PlanLevel,
  type Target,
  toFrameworkIndex,
} from "../model/index.js";
import type { FrameworkEvaluation } from "../trajectory/evaluateFramework.js";
import type { Status } from "../trajectory/scales.js";
import { isPlainObject, shown } from "../internal/options.js";
import { loopsOf } from "./count.js";
import { accountabilityError } from "./errors.js";
import { cascadeOwner, objectiveRef, targetRef } from "./subjects.js";
import type { OwnerRef, SubjectRef } from "./types.js";

/**
 * The statuses {@link impact} reports, worst first: red, the amber family (`amber-red`, `amber`,
 * `amber-green`), then `no-data` (a figure due and missing).
 *
 * @category Accountability
 */
export type TroubleStatus = "red" | "amber-red" | "amber" | "amber-green" | "no-data";

const TROUBLE: readonly TroubleStatus[] = ["red", "amber-red", "amber", "amber-green", "no-data"];

/**
 * A target in trouble beneath an objective: its status and owner, its objective, the shortest path
 * of objectives from its objective up to the one reported on (both included; of equal length, the
 * one reached first following links top-down in the framework's order) and the exact number of
 * paths (`paths`, a decimal string; links round a contribution loop are not counted twice). `shared`
 * is true when every path runs through an indirect link: the trouble reaches the objective only
 * through partners' work, and `partners` names the partners of the indirect links on `path`.
 *
 * @category Accountability
 */
export interface TargetImpact {
  readonly target: SubjectRef;
  readonly status: TroubleStatus;
  readonly owner: OwnerRef | null;
  readonly objective: Id;
  readonly path: readonly Id[];
  readonly paths: string;
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
  const index = toFrameworkIndex(source);
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
  const walk: Walk = {
    index,
    atApex: atApexByPosition(index),
    indirect: tables.downIndirect,
    reached: new Int32Array(n).fill(-1),
    direct: new Int32Array(n).fill(-1),
    parent: new Int32Array(n),
    parentLink: new Int32Array(n),
  };
  const { component } = loopsOf(index);
  const rows: { row: ObjectiveImpact; rank: number[]; position: number }[] = [];
  for (let r = 0; r < n; r += 1) {
    const rank = graph.levelRank[r] as number;
    if (rank !== 0 && rank !== 1) continue;
    const region = walkDown(walk, r, false);
    const targets: TargetImpact[] = [];
    if (region.some((v) => troubled[v] === 1)) {
      walkDown(walk, r, true);
      const paths = countPaths(index, region, r, component, walk.reached);
      for (const v of region) {
        if (troubled[v] === 0) continue;
        for (let k = tables.targetStart[v] as number, end = tables.targetStart[v + 1] as number; k < end; k += 1) {
          const position = tables.targetAt[k] as number;
          const status = TROUBLE[severities[position] as number];
          if (status !== undefined)
            targets.push(troubleOf(walk, index.targets.at(position) as Target, status, v, r, paths.get(v) ?? 0n));
        }
      }
      targets.sort((a, b) => severity(a.status) - severity(b.status));
    }
    const counts = { red: 0, "amber-red": 0, amber: 0, "amber-green": 0, "no-data": 0 };
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
    const n = ids.length;
    const objectiveOf = new Int32Array(indexed.targets.size).fill(-1);
    const targetStart = new Int32Array(n + 1);
    for (let t = 0; t < indexed.targets.size; t += 1) {
      const v = indexed.objectives.positionOf((indexed.targets.at(t) as Target).objective);
      if (v === undefined) continue;
      objectiveOf[t] = v;
      targetStart[v + 1] = (targetStart[v + 1] as number) + 1;
    }
    for (let v = 0; v < n; v += 1) targetStart[v + 1] = (targetStart[v + 1] as number) + (targetStart[v] as number);
    const fill = targetStart.slice(0, n);
    const targetAt = new Int32Array(targetStart[n] as number);
    for (let t = 0; t < objectiveOf.length; t += 1) {
      const v = objectiveOf[t] as number;
      if (v === -1) continue;
      targetAt[fill[v] as number] = t;
      fill[v] = (fill[v] as number) + 1;
    }
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
  readonly indirect: Uint8Array;
  /** The root of the last walk that reached each objective. */
  readonly reached: Int32Array;
  /** The root of the last walk along direct links only that reached each objective. */
  readonly direct: Int32Array;
  /** The objective each was first reached from, and the position of the link in its `contributesTo`. */
  readonly parent: Int32Array;
  readonly parentLink: Int32Array;
}

/**
 * Walks down from objective `root` breadth first, not through objectives at the apex other than
 * `root`, marking each objective reached with `root` (in `walk.direct` along direct links only,
 * else in `walk.reached`, with the objective and link it was first reached by). Returns the
 * objectives reached, nearest first.
 */
function walkDown(walk: Walk, root: number, directOnly: boolean): number[] {
  const { down, downContribution } = walk.index.objectiveGraph;
  const marks = directOnly ? walk.direct : walk.reached;
  const order = [root];
  marks[root] = root;
  for (const v of order) {
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const w = down.targets[e] as number;
      if (marks[w] === root || walk.atApex[w] === 1 || (directOnly && walk.indirect[e] === 1)) continue;
      marks[w] = root;
      order.push(w);
      if (!directOnly) {
        walk.parent[w] = v;
        walk.parentLink[w] = downContribution[e] as number;
      }
    }
  }
  return order;
}

/**
 * The number of paths from each objective of `region` up to `root`, by dynamic programming in the
 * order of the contribution loops' components (the objectives an objective links to come first);
 * a link within a loop to an objective not yet counted adds nothing, so no path runs round a loop.
 */
function countPaths(
  index: FrameworkIndex,
  region: readonly number[],
  root: number,
  component: Int32Array,
  visit: Int32Array,
): Map<number, bigint> {
  const { up } = index.objectiveGraph;
  const order = [...region].sort((a, b) => (component[a] as number) - (component[b] as number));
  const paths = new Map<number, bigint>([[root, 1n]]);
  for (const v of order) {
    if (v === root) continue;
    let total = 0n;
    for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
      const w = up.targets[e] as number;
      if (visit[w] === root) total += paths.get(w) ?? 0n;
    }
    paths.set(v, total);
  }
  return paths;
}

/** A troubled target's row: its shortest path up to `root` and the partners on its indirect links. */
function troubleOf(
  walk: Walk,
  target: Target,
  status: TroubleStatus,
  v: number,
  root: number,
  paths: bigint,
): TargetImpact {
  const { index } = walk;
  const { ids } = index.objectiveGraph;
  const direct = walk.direct[v] === root;
  const path: Id[] = [ids[v] as Id];
  const partners = new Set<Id>();
  for (let w = v; w !== root; w = walk.parent[w] as number) {
    const link = (index.objectives.at(w) as Objective).contributesTo?.[walk.parentLink[w] as number];
    if (!direct && link?.link === "indirect") for (const partner of link.partners ?? []) partners.add(partner);
    path.push(ids[walk.parent[w] as number] as Id);
  }
  return {
    target: targetRef(target),
    status,
    owner: cascadeOwner(index, "target", target.id),
    objective: ids[v] as Id,
    path,
    paths: paths.toString(),
    shared: !direct,
    partners: [...partners],
  };
}
