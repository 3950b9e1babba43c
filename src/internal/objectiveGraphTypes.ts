// The types of the objective graph (`FrameworkIndex.objectiveGraph`): integer adjacency that the
// graph walks of `internal/` read and the model builds (`model/objectiveGraph.ts`, which exports
// them). They live here, below both, so no walk imports the model.

/**
 * Adjacency in compressed sparse rows: the neighbours of node `v` are `targets[start[v]]` up to,
 * not including, `targets[start[v + 1]]`. Edge `e` is the one stored at `targets[e]`.
 *
 * @category Index
 * @example
 * import { indexFramework, type Adjacency } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Two", owners: [], indicators: [], targets: [],
 *   plans: [{ id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "a", plan: "cp", title: "A" }, { id: "b", plan: "cp", title: "B", contributesTo: [{ objective: "a" }] }],
 * });
 * const up: Adjacency = index.objectiveGraph.up;
 * [...up.targets.subarray(up.start[1], up.start[2])] //=> [0]
 */
export interface Adjacency {
  readonly start: Int32Array;
  readonly targets: Int32Array;
}

/**
 * The objectives as a graph of integers. Position `i` is the objective `ids[i]` (its position in
 * `index.objectives`); `up` follows `contributesTo` links to objectives that exist, in the order they
 * are written, `down` the same links reversed; `levelRank[i]` is the rank of its plan's level (0 for
 * community) or -1 when its plan does not exist; `unresolved` lists, as pairs of objective position
 * and link position in order, the links that name no objective.
 *
 * `upContribution` and `downContribution` label the edges: for edge `e` of `up` (from objective `v`),
 * `upContribution[e]` is the position in `v`'s `contributesTo` of the link it follows; for edge `e`
 * of `down` (to the contributing objective `down.targets[e]`), `downContribution[e]` is the position
 * in that objective's `contributesTo`. So a step of a walk reads its `link`, `partners` and `soThat`
 * without a search, and two links from one objective to the same parent stay two edges. Both are
 * worked out on first read and kept.
 *
 * @category Index
 * @example
 * import { indexFramework, type ObjectiveGraph } from "performance-management";
 * const index = indexFramework({
 *   id: "fw", name: "Two", owners: [], indicators: [], targets: [],
 *   plans: [{ id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
 *   objectives: [{ id: "a", plan: "cp", title: "A" }, { id: "b", plan: "cp", title: "B", contributesTo: [{ objective: "gone" }, { objective: "a", soThat: "A happens" }] }],
 * });
 * const graph: ObjectiveGraph = index.objectiveGraph;
 * [graph.ids, [...graph.levelRank], [...graph.unresolved]] //=> [["a", "b"], [0, 0], [1, 0]]
 * const edge = graph.up.start[1]; // b's first edge up, to a
 * index.objectives.at(1)?.contributesTo?.[graph.upContribution[edge]]?.soThat //=> "A happens"
 */
export interface ObjectiveGraph {
  readonly ids: readonly string[];
  readonly up: Adjacency;
  readonly down: Adjacency;
  readonly upContribution: Int32Array;
  readonly downContribution: Int32Array;
  readonly levelRank: Int8Array;
  readonly unresolved: readonly number[];
}
