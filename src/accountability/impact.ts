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
import { loopsOf } from "./count.js";
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
  const index = toFrameworkIndex(source);
  const statusOf = new Map<Id, Status>();
  for (const row of evaluation.targets) statusOf.set(row.target, row.status);
  const graph = index.objectiveGraph;
  const n = graph.ids.length;
  const atApex = atApexByPosition(index);
  const { component } = loopsOf(index);
  // Scratch arrays shared by every objective's walk: `visit` holds the walk's number while it runs.
  const visit = new Int32Array(n).fill(-1);
  const parentEdge = new Int32Array(n);
  const directly = new Int32Array(n).fill(-1);
  const rows: { row: ObjectiveImpact; rank: number[]; position: number }[] = [];
  for (let r = 0; r < n; r += 1) {
    const rank = graph.levelRank[r] as number;
    if (rank !== 0 && rank !== 1) continue;
    const region = walkDown(index, r, r, atApex, visit, parentEdge, false);
    walkDown(index, r, r, atApex, directly, parentEdge, true);
    const paths = countPaths(index, region, r, component, visit);
    const targets: TargetImpact[] = [];
    for (const v of region) {
      const objective = index.objectives.at(v) as Objective;
      for (const target of index.targetsByObjective.get(objective.id) ?? []) {
        const status = statusOf.get(target.id);
        if (status === undefined || severity(status) === -1 || index.targets.get(target.id) !== target) continue;
        targets.push(troubleOf(index, target, status as TroubleStatus, v, r, parentEdge, directly[v] === r, paths));
      }
    }
    targets.sort((a, b) => severity(a.status) - severity(b.status));
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

/**
 * Walks down from objective `root` breadth first, not through objectives at the apex other than
 * `root` (only along direct links when `directOnly`), marking each objective reached with `mark` in
 * `marks` and, unless `directOnly`, the edge of `up` it was reached by in `parentEdge`. Returns the
 * objectives reached, nearest first.
 */
function walkDown(
  index: FrameworkIndex,
  root: number,
  mark: number,
  atApex: Uint8Array,
  marks: Int32Array,
  parentEdge: Int32Array,
  directOnly: boolean,
): number[] {
  const { up, down, downContribution } = index.objectiveGraph;
  const order = [root];
  marks[root] = mark;
  for (const v of order) {
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const w = down.targets[e] as number;
      if (marks[w] === mark || atApex[w] === 1) continue;
      const position = downContribution[e] as number;
      if (directOnly && (index.objectives.at(w) as Objective).contributesTo?.[position]?.link === "indirect") continue;
      marks[w] = mark;
      order.push(w);
      if (!directOnly) parentEdge[w] = upEdgeAt(up, w, index, position);
    }
  }
  return order;
}

/** The edge of `up` from objective `w` that follows its `position`-th link (which names an objective that exists). */
function upEdgeAt(up: { start: Int32Array }, w: number, index: FrameworkIndex, position: number): number {
  const labels = index.objectiveGraph.upContribution;
  let e = up.start[w] as number;
  while (labels[e] !== position) e += 1;
  return e;
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
  index: FrameworkIndex,
  target: Target,
  status: TroubleStatus,
  v: number,
  root: number,
  parentEdge: Int32Array,
  direct: boolean,
  paths: ReadonlyMap<number, bigint>,
): TargetImpact {
  const { ids, up, upContribution } = index.objectiveGraph;
  const path: Id[] = [ids[v] as Id];
  const partners = new Set<Id>();
  for (let w = v; w !== root;) {
    const edge = parentEdge[w] as number;
    const link = (index.objectives.at(w) as Objective).contributesTo?.[upContribution[edge] as number];
    if (link?.link === "indirect") for (const partner of link.partners ?? []) partners.add(partner);
    w = up.targets[edge] as number;
    path.push(ids[w] as Id);
  }
  return {
    target: targetRef(target),
    status,
    owner: cascadeOwner(index, "target", target.id),
    objective: ids[v] as Id,
    path,
    paths: (paths.get(v) ?? 0n).toString(),
    shared: !direct,
    partners: direct ? [] : [...partners],
  };
}
