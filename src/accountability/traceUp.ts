import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { atApexByPosition } from "../model/apex.js";
import { hasMissingLink } from "../internal/chain.js";
import { type SimplePath, walkSimplePaths } from "../internal/paths.js";
import { checkKnownOptions, checkOneOf, checkOptionsObject, shown } from "../internal/options.js";
import { type Framework, type FrameworkIndex, type Id, type Objective } from "../model/index.js";
import { AccountabilityError, accountabilityError } from "./errors.js";
import { chainCount } from "./first.js";
import { leadingStep, objectiveRef, resolveStart, stepMaker } from "./subjects.js";
import type { Chain, ChainStep, ChainStop, SubjectRef } from "./types.js";

/**
 * Options for {@link traceUp}.
 *
 * @category Accountability
 */
export interface TraceUpOptions {
  /** The most chains to list, a whole number of at least 0; 1000 when absent. `total` counts them all. */
  readonly maxChains?: number | undefined;
  /**
   * The kind of subject `id` names: `objective`, `target` or `action` (an action with an id). Ids
   * are unique within a kind only, so a target may share its id with an objective; when `kind` is
   * given, `id` is looked up among that kind only. When absent, an objective first, then a target,
   * then an action.
   */
  readonly kind?: "objective" | "target" | "action" | undefined;
}

/**
 * Every accountability chain up from a subject: `start` is the subject the id names, `chains` the
 * chains listed, `total` the number of chains as a decimal string, `totalExact` whether `total` is
 * exact, and `truncated` true when there are more than `maxChains` chains and only the first
 * `maxChains` are listed.
 *
 * @category Accountability
 */
export interface Trace {
  readonly start: SubjectRef;
  readonly chains: readonly Chain[];
  /** The number of chains, a decimal string: exact when `totalExact`, else a lower bound. */
  readonly total: string;
  /**
   * True when `total` is exact. False only when the chains run round a contribution loop so dense
   * that counting them would take more than the count's budget of steps (a million links followed;
   * twelve objectives that all link to each other and to one aim have about 1.2 billion chains): `total` is then
   * the chains counted before the budget ran out (and at least the chains listed), a lower bound.
   */
  readonly totalExact: boolean;
  readonly truncated: boolean;
}

/** The most chains {@link traceUp} lists when `maxChains` is not given. */
const DEFAULT_MAX_CHAINS = 1000;

/**
 * Traces a subject up the `contributesTo` links to the top of the cascade: the accountability chain
 * of seed 5.3.5.6, told from the ground up, every path of it. `id` names an objective, a target (the
 * chain starts at the target, then its objective) or an action with an id (the action, then the
 * objective it belongs to); of an objective, a target and an action sharing an id, the objective
 * first, then the target.
 *
 * A chain ends at an objective at the apex of the cascade: the community plan, or the level the
 * cascade checker judges orphans against (the framework's `apexLevel`, else the highest level any
 * plan is at). An apex objective is the top of every chain through it: links it makes itself are
 * not followed. A chain that cannot reach the apex ends where the climb stops, with its `stop`:
 * `orphan` (no link), `missing-objective` (links only to objectives that do not exist) or `cycle`
 * (its next link leads back to an objective already on the chain; the chain stops before it, and
 * each such link ends one chain). Links to objectives that do not exist are skipped while another
 * link leads on.
 *
 * The chains are listed depth first, each objective's links in the order its `contributesTo` writes
 * them: the first chain follows every objective's first link. `total` counts every chain (by dynamic
 * programming, not by listing them: 40 layers of two objectives, each contributing to both above,
 * have 2^39 chains); when there are more than `maxChains`, the first `maxChains` chains are listed
 * and `truncated` is true. Inside a contribution loop chains cannot be counted that way (a chain
 * may not come back to an objective), so they are walked, on a budget of a million links followed
 * shared by every count of the index (found once, for every objective, as `ownerPortfolio`'s
 * `chains`: however many traces a report makes, its loops cost that budget once): a dense loop that
 * needs more gives a `total` that is a lower bound, with `totalExact` false (a framework without
 * loops, or with small ones, is always counted exactly). Listing costs in
 * proportion to the chains listed. Iterative throughout: a 100,000-deep chain is traced on the
 * default stack.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param id - the id of an objective, a target or an action
 * @param options - `maxChains`, and the `kind` of subject `id` names
 * @returns the start, the chains, their total, whether it is exact, and whether the list is truncated
 * @throws {@link AccountabilityError} when `id` names no objective, target or action (none of
 * `kind`, when given; the message names the kind), `options` is not an object, `maxChains` is not a
 * whole number of at least 0, or `kind` is not one of the three; and when `id` names an action (no
 * objective or target takes it first) that more than one action shares: no action is picked for the
 * caller (the message names the objectives holding them; the cascade checker's `duplicate-id`
 * reports the clash)
 * @throws {@link AccountabilityError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { narrate, traceUp } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const trace = traceUp(stockton, "io-key-tags");
 * [trace.total, trace.totalExact, trace.truncated] //=> ["1", true, false]
 * const [chain] = trace.chains;
 * chain?.steps.map((step) => step.subject.id) //=> ["io-key-tags", "io-void-turnaround", "uo-relet-28-days", "so-homeless-offers", "cp-wellbeing"]
 * chain?.steps[0]?.owner //=> { id: "receptionist-housing", name: "Housing office receptionist", from: "objective" }
 * [chain?.reachesApex, chain?.direct] //=> [true, true]
 * // The New Deal work reaches the unemployment objective through the Employment Service:
 * const newDeal = traceUp(stockton, "so-new-deal").chains[0];
 * [newDeal?.direct, newDeal?.steps[0]?.link, newDeal?.steps[0]?.partners] //=> [false, "indirect", ["employment-service"]]
 * // A target's id may repeat an objective's; `kind` says which is meant:
 * traceUp(stockton, "t-relet-28-days", { kind: "target" }).start.kind //=> "target"
 */
export function traceUp(source: Framework | FrameworkIndex, id: Id, options: TraceUpOptions = {}): Trace {
  checkOptionsObject(options, "options", accountabilityError);
  checkKnownOptions(options, ["maxChains", "kind"], "options", accountabilityError);
  const maxChains = options.maxChains ?? DEFAULT_MAX_CHAINS;
  if (!Number.isSafeInteger(maxChains) || maxChains < 0)
    throw new AccountabilityError(`options.maxChains must be a whole number of at least 0; got ${shown(maxChains)}`);
  checkOneOf(options.kind, ["objective", "target", "action"], "options.kind", accountabilityError);
  const index = checkedFrameworkIndex(source, accountabilityError);
  const start = resolveStart(index, id, options.kind);
  const lead = leadingStep(index, start);
  const subject: SubjectRef =
    lead?.subject ?? objectiveRef(index.objectives.at(start.objective as number) as Objective);
  if (start.objective === undefined) {
    const chains: Chain[] =
      maxChains === 0
        ? []
        : [{ steps: [lead as ChainStep], direct: true, reachesApex: false, stop: "missing-objective" }];
    return { start: subject, chains, total: "1", totalExact: true, truncated: maxChains === 0 };
  }
  const counted = chainCount(index, start.objective);
  // One chain more than asked for says whether the list is truncated, whatever the count.
  const chains = listChains(index, start.objective, lead, maxChains + 1);
  const truncated = chains.length > maxChains;
  if (truncated) chains.pop();
  // Every chain listed: the list is the count. Else a lower bound is at least the chains listed.
  const exact = counted.exact || !truncated;
  const total = !truncated ? BigInt(chains.length) : counted.count > maxChains ? counted.count : BigInt(maxChains + 1);
  return { start: subject, chains, total: total.toString(), totalExact: exact, truncated };
}

/**
 * The first `max` chains up from objective position `from`, by {@link walkSimplePaths}: depth first,
 * each objective's links in document order; `lead` (a target's or an action's step) goes first. Its
 * cost grows with the chains listed (each link followed leads to at least one), so it needs no budget.
 */
function listChains(index: FrameworkIndex, from: number, lead: ChainStep | undefined, max: number): Chain[] {
  const graph = index.objectiveGraph;
  const { up } = graph;
  const atApex = atApexByPosition(index);
  const step = stepMaker(index);
  const chains: Chain[] = [];
  // A chain along the path's objectives, then `last` when given; the path's last objective shows no link when it ends the chain.
  const emit = (path: SimplePath, last: number | undefined, ends: "apex" | ChainStop): void => {
    const steps: ChainStep[] = lead === undefined ? [] : [lead];
    let direct = true;
    const { nodes, edges } = path;
    for (let i = 0; i < nodes.length; i += 1) {
      const made = step(nodes[i] as number, i + 1 < nodes.length || last !== undefined ? (edges[i] as number) : -1);
      if (made.link === "indirect") direct = false;
      steps.push(made);
    }
    if (last !== undefined) steps.push(step(last, -1));
    chains.push(
      ends === "apex"
        ? { steps, direct, reachesApex: true, stop: null }
        : { steps, direct, reachesApex: false, stop: ends },
    );
  };
  // Where a chain ends at objective `v`, without going on: at the apex, or with no link to follow.
  const endAt = (v: number): "apex" | ChainStop | undefined =>
    atApex[v] === 1
      ? "apex"
      : up.start[v] === up.start[v + 1]
        ? hasMissingLink(graph, v)
          ? "missing-objective"
          : "orphan"
        : undefined;
  if (max === 0) return chains;
  const first = endAt(from);
  if (first !== undefined) {
    emit({ nodes: [], edges: [] }, from, first);
    return chains;
  }
  walkSimplePaths(
    up,
    from,
    (_v, w, _e, onPath, path) => {
      // A link back to an objective on the path ends a chain before it; its last step shows no link.
      const ends = onPath ? "cycle" : endAt(w);
      if (ends === undefined) return "descend";
      if (ends === "cycle") emit(path, undefined, "cycle");
      else emit(path, w, ends);
      return chains.length < max ? "skip" : "stop";
    },
    { left: Number.POSITIVE_INFINITY },
    new Uint8Array(graph.ids.length),
  );
  return chains;
}
