import { quoted } from "../internal/shown.js";
import { accountabilityError } from "./errors.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { atApexByPosition } from "../model/apex.js";
import {
  type Contribution,
  type Framework,
  type FrameworkIndex,
  type Id,
  type LinkKind,
  type Objective,
  type PlanLevel,
} from "../model/index.js";
import { stronglyConnectedComponents } from "../internal/graph.js";
import { AccountabilityError } from "./errors.js";
import { cascadeOwner, objectiveRef, targetRef } from "./subjects.js";
import type { OwnerRef, SubjectRef } from "./types.js";

/**
 * A link from an objective of a {@link ContributionTree} up to one it contributes to in the tree.
 * `cut` marks a link that closes a loop: it leads from an objective to one of the same contribution
 * loop (each reaching the other by the tree's links) placed at or after it in the walk's order
 * (breadth first: deeper, or at the same depth and reached later, or itself), so the tree does not
 * descend through it again. Of two objectives of a loop at the same depth, only the link from the
 * one reached first to the one reached later is cut; the link back is kept. Every loop has a link
 * cut, and the links left uncut never loop.
 *
 * @category Accountability
 */
export interface ContributionLink {
  /** The objective contributed to. */
  readonly objective: Id;
  readonly link: LinkKind;
  readonly partners: readonly Id[];
  readonly soThat: string | null;
  readonly cut: boolean;
}

/**
 * A target of an objective in a {@link ContributionTree}, with its owner (own or inherited).
 *
 * @category Accountability
 */
export interface TreeTarget {
  readonly subject: SubjectRef;
  readonly owner: OwnerRef | null;
}

/**
 * One objective of a {@link ContributionTree}, once however many objectives of the tree it serves.
 *
 * @category Accountability
 */
export interface ContributionNode {
  readonly subject: SubjectRef;
  readonly level: PlanLevel | null;
  readonly plan: Id;
  readonly owner: OwnerRef | null;
  /** The fewest links from it up to the root (0 for the root). */
  readonly depth: number;
  /** Every link it makes to an objective of the tree, in the order its `contributesTo` writes them (none for the root). */
  readonly parents: readonly ContributionLink[];
  /** The objectives of the tree that contribute to it, in the order of the framework. */
  readonly contributors: readonly Id[];
  readonly targets: readonly TreeTarget[];
}

/**
 * Everything that contributes to an objective: `nodes` level by level (by `depth`, then in the
 * order they were reached), each objective once; `cycle` true when some link is `cut`.
 *
 * @category Accountability
 */
export interface ContributionTree {
  readonly root: SubjectRef;
  readonly nodes: readonly ContributionNode[];
  readonly cycle: boolean;
}

/**
 * Everything that contributes to an objective, directly or through others, level by level: the
 * accountability chains of {@link traceUp} seen from the top, with each objective's targets and
 * owner. An objective that serves several objectives of the tree appears once, naming every one of
 * them in `parents`; a link that closes a contribution loop is kept but marked `cut`, and `cycle`
 * is set. The tree holds exactly the objectives whose chains pass through the root: an objective at
 * the apex other than the root is the top of its own chains, so it and what contributes only
 * through it are left out. Iterative: a 100,000-deep cascade is fine.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param id - an objective's id
 * @returns the tree, root first
 * @throws {@link AccountabilityError} when `id` names no objective
 * @throws {@link AccountabilityError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { traceDown } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const tree = traceDown(stockton, "cp-wellbeing");
 * tree.nodes.map((node) => [node.subject.id, node.depth]) //=> [["cp-wellbeing", 0], ["co-youth-offending", 1], ["so-homeless-offers", 1], ["uo-relet-28-days", 2], ["io-void-turnaround", 3], ["io-key-tags", 4]]
 * tree.nodes[0]?.targets.map((target) => target.subject.title) //=> ["Zero homelessness"]
 * tree.nodes[1]?.parents //=> [{ objective: "cp-wellbeing", link: "indirect", partners: ["youth-offending-team"], soThat: "the community is safer", cut: false }]
 */
export function traceDown(source: Framework | FrameworkIndex, id: Id): ContributionTree {
  const index = checkedFrameworkIndex(source, accountabilityError);
  const root = index.objectives.positionOf(id);
  if (root === undefined) throw new AccountabilityError(`${quoted(id)} names no objective`);
  const { up, down, upContribution } = index.objectiveGraph;
  const atApex = atApexByPosition(index);
  // Breadth first down the links, not through an objective at the apex other than the root.
  const order = [root];
  const depth = new Map<number, number>([[root, 0]]);
  for (const v of order) {
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const w = down.targets[e] as number;
      if (!depth.has(w) && atApex[w] === 0) {
        depth.set(w, (depth.get(v) as number) + 1);
        order.push(w);
      }
    }
  }
  // Each objective's place in the walk's order, and the loops among the tree's own links.
  const placed = new Map<number, number>(order.map((v, k) => [v, k]));
  const loop = treeLoops(up, order, placed, atApex[root] === 1);
  let cycle = false;
  const nodes = order.map((v): ContributionNode => {
    const objective = index.objectives.at(v) as Objective;
    const parents: ContributionLink[] = [];
    if (v !== root || atApex[v] === 0) {
      for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
        const w = up.targets[e] as number;
        const at = placed.get(w);
        if (at === undefined) continue;
        const link = objective.contributesTo?.[upContribution[e] as number] as Contribution;
        // Closing a loop: a link to an objective of the same loop placed at or after this one in the walk.
        const from = placed.get(v) as number;
        const cut = loop[at] === loop[from] && at >= from;
        if (cut) cycle = true;
        parents.push({
          objective: link.objective,
          link: link.link ?? "direct",
          partners: link.partners ?? [],
          soThat: link.soThat ?? null,
          cut,
        });
      }
    }
    const contributors: Id[] = [];
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const w = down.targets[e] as number;
      if (depth.has(w) && atApex[w] === 0 && contributors[contributors.length - 1] !== index.objectiveGraph.ids[w])
        contributors.push(index.objectiveGraph.ids[w] as Id);
    }
    return {
      subject: objectiveRef(objective),
      level: index.levelOf("objective", objective.id) ?? null,
      plan: objective.plan,
      owner: cascadeOwner(index, "objective", objective.id),
      depth: depth.get(v) as number,
      parents,
      contributors,
      targets: (index.targetsByObjective.get(objective.id) ?? []).map((target) => ({
        subject: targetRef(target),
        owner: cascadeOwner(index, "target", target.id),
      })),
    };
  });
  return { root: objectiveRef(index.objectives.at(root) as Objective), nodes, cycle };
}

/**
 * The contribution loops among the links a tree shows (from each of its objectives but an apex
 * root, to objectives of the tree), as a component number by place in the walk: two places share
 * one exactly when each reaches the other by those links (an objective at the apex outside the tree
 * breaks a loop, as a chain stops there). A link within one component closes a loop.
 */
function treeLoops(
  up: { readonly start: Int32Array; readonly targets: Int32Array },
  order: readonly number[],
  placed: ReadonlyMap<number, number>,
  apexRoot: boolean,
): Int32Array {
  const start = new Int32Array(order.length + 1);
  const targets: number[] = [];
  for (let k = 0; k < order.length; k += 1) {
    const v = order[k] as number;
    if (k > 0 || !apexRoot)
      for (let e = up.start[v] as number, end = up.start[v + 1] as number; e < end; e += 1) {
        const at = placed.get(up.targets[e] as number);
        if (at !== undefined) targets.push(at);
      }
    start[k + 1] = targets.length;
  }
  return stronglyConnectedComponents(order.length, { start, targets: Int32Array.from(targets) }).component;
}
