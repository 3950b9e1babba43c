import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { atApexByPosition } from "../internal/apex.js";
import { hasMissingLink } from "../internal/chain.js";
import { checkOneOf, checkOptionsObject, shown } from "../internal/options.js";
import { type Framework, type FrameworkIndex, type Id, type Objective } from "../model/index.js";
import { countChains } from "./count.js";
import { AccountabilityError, accountabilityError } from "./errors.js";
import { leadingStep, objectiveRef, resolveStart, stepMaker } from "./subjects.js";
import type { Chain, ChainStep, ChainStop, SubjectRef } from "./types.js";

/**
 * Options for {@link traceUp}.
 *
 * @category Accountability
 */
export interface TraceUpOptions {
  /** The most chains to list, a whole number of at least 0; 1000 when absent. `total` counts them all. */
  readonly maxChains?: number;
  /**
   * The kind of subject `id` names: `objective`, `target` or `action` (an action with an id). Ids
   * are unique within a kind only, so a target may share its id with an objective; when `kind` is
   * given, `id` is looked up among that kind only. When absent, an objective first, then a target,
   * then an action.
   */
  readonly kind?: "objective" | "target" | "action";
}

/**
 * Every accountability chain up from a subject: `start` is the subject the id names, `chains` the
 * chains listed, `total` the exact number of chains as a decimal string, and `truncated` true when
 * `total` exceeds `maxChains` and only the first `maxChains` are listed.
 *
 * @category Accountability
 */
export interface Trace {
  readonly start: SubjectRef;
  readonly chains: readonly Chain[];
  readonly total: string;
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
 * them: the first chain follows every objective's first link. `total` counts every chain exactly
 * (by dynamic programming, not by listing them: 40 layers of two objectives, each contributing to
 * both above, have 2^39 chains); when it exceeds `maxChains`, the first `maxChains` chains are
 * listed and `truncated` is true. Iterative throughout: a 100,000-deep chain is traced on the
 * default stack.
 *
 * @category Accountability
 * @param source - a parsed framework or its index
 * @param id - the id of an objective, a target or an action
 * @param options - `maxChains`, and the `kind` of subject `id` names
 * @returns the start, the chains, their exact total and whether the list is truncated
 * @throws {@link AccountabilityError} when `id` names no objective, target or action (none of
 * `kind`, when given; the message names the kind), `options` is not an object, `maxChains` is not a
 * whole number of at least 0, or `kind` is not one of the three
 * @throws {@link AccountabilityError} when `source` is neither a parsed framework nor a FrameworkIndex
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { narrate, traceUp } from "performance-management/accountability";
 * const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));
 * const trace = traceUp(stockton, "io-key-tags");
 * [trace.total, trace.truncated] //=> ["1", false]
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
    return { start: subject, chains, total: "1", truncated: maxChains === 0 };
  }
  const total = countChains(index, start.objective);
  const chains = listChains(index, start.objective, lead, maxChains);
  return { start: subject, chains, total: total.toString(), truncated: total > BigInt(maxChains) };
}

/**
 * The first `max` chains up from objective position `from`, depth first with an explicit stack,
 * each objective's links in document order; `lead` (a target's or an action's step) goes first.
 */
function listChains(index: FrameworkIndex, from: number, lead: ChainStep | undefined, max: number): Chain[] {
  const graph = index.objectiveGraph;
  const { up } = graph;
  const atApex = atApexByPosition(index);
  const step = stepMaker(index);
  const chains: Chain[] = [];
  // The path: its objectives, the link taken from each (its cursor: the next link to try, less one).
  const nodes: number[] = [];
  const cursors: number[] = [];
  const onPath = new Set<number>();
  const emit = (ends: "apex" | ChainStop): void => {
    const steps: ChainStep[] = lead === undefined ? [] : [lead];
    let direct = true;
    for (let i = 0; i < nodes.length; i += 1) {
      const made = step(nodes[i] as number, i + 1 < nodes.length ? (cursors[i] as number) - 1 : -1);
      if (made.link === "indirect") direct = false;
      steps.push(made);
    }
    chains.push(
      ends === "apex" ? { steps, direct, reachesApex: true } : { steps, direct, reachesApex: false, stop: ends },
    );
  };
  // Entering an objective: a chain ends there, or it goes on the path.
  const enter = (v: number): void => {
    nodes.push(v);
    if (atApex[v] === 1) emit("apex");
    else if (up.start[v] === up.start[v + 1]) emit(hasMissingLink(graph, v) ? "missing-objective" : "orphan");
    else {
      cursors.push(up.start[v] as number);
      onPath.add(v);
      return;
    }
    nodes.pop();
  };
  if (max > 0) enter(from);
  while (nodes.length > 0 && chains.length < max) {
    const top = nodes.length - 1;
    const v = nodes[top] as number;
    const edge = cursors[top] as number;
    if (edge === up.start[v + 1]) {
      nodes.pop();
      cursors.pop();
      onPath.delete(v);
      continue;
    }
    cursors[top] = edge + 1;
    const w = up.targets[edge] as number;
    // A link back to an objective on the path ends a chain before it; its last step shows no link.
    if (onPath.has(w)) emit("cycle");
    else enter(w);
  }
  return chains;
}
