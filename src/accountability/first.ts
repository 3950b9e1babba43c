/**
 * Every objective's first chain, summarised, and every objective's number of chains, each found once
 * per index in time linear in the objectives and links (round contribution loops, in their paths):
 * what {@link ownerPortfolio} gives each item without tracing it afresh. The counts inside contribution
 * loops are bounded by a budget of steps (see {@link chainCount}).
 * @internal
 */
import { atApexByPosition } from "../model/apex.js";
import { hasMissingLink } from "../internal/chain.js";
import type { FrameworkIndex, Objective } from "../model/index.js";
import { type PathCounts, countInsideLoop, countRing, loopsOf, pathCounts, sumOfLinks } from "./count.js";
import type { ChainStop } from "./types.js";

/**
 * The first chain up from each objective, as {@link traceUp} lists it first (every objective's first
 * link followed), by objective position. @internal
 */
export interface FirstChains {
  /** The objective the chain climbs to next; -1 when it ends at the objective. */
  readonly next: Int32Array;
  /** The objective it ends at. */
  readonly end: Int32Array;
  /** The objectives on it. */
  readonly steps: Int32Array;
  /** 1 when a link on it is indirect. */
  readonly indirect: Uint8Array;
  /** How it ends: an index into {@link ENDINGS}. */
  readonly ending: Uint8Array;
}

/** How a first chain ends: at the apex, or with its `stop`. @internal */
export const ENDINGS: readonly ("apex" | ChainStop)[] = ["apex", "orphan", "missing-objective", "cycle"];

const FIRST_CHAINS = Symbol("first chains");

/**
 * Every objective's first chain. Following each objective's first link makes a forest whose roots
 * are the objectives where a chain ends (at the apex, or with no link) plus loops of first links.
 * Outside such a loop a chain is its objective followed by the chain of the objective it climbs to;
 * on one, it runs round the loop and stops before coming back (`cycle`). One pass, an explicit stack.
 * @internal
 */
export function firstChains(index: FrameworkIndex): FirstChains {
  return index.derive(FIRST_CHAINS, (indexed): FirstChains => {
    const graph = indexed.objectiveGraph;
    const { up, upContribution } = graph;
    const n = graph.ids.length;
    const atApex = atApexByPosition(indexed);
    const climb = (v: number): number =>
      atApex[v] === 1 || up.start[v] === up.start[v + 1] ? -1 : (up.targets[up.start[v] as number] as number);
    const linkIndirect = (v: number): number =>
      (indexed.objectives.at(v) as Objective).contributesTo?.[upContribution[up.start[v] as number] as number]?.link ===
      "indirect"
        ? 1
        : 0;
    const next = new Int32Array(n);
    const end = new Int32Array(n);
    const steps = new Int32Array(n);
    const indirect = new Uint8Array(n);
    const ending = new Uint8Array(n);
    // 0: not seen; 1: on the current walk; 2: done.
    const state = new Uint8Array(n);
    const walk: number[] = [];
    for (let from = 0; from < n; from += 1) {
      let u = from;
      while (state[u] === 0) {
        state[u] = 1;
        walk.push(u);
        next[u] = climb(u);
        if (next[u] === -1) break;
        u = next[u] as number;
      }
      if (state[u] === 1 && next[u] === -1) {
        // The walk reached the end of its chains.
        walk.pop();
        end[u] = u;
        steps[u] = 1;
        ending[u] = atApex[u] === 1 ? 0 : hasMissingLink(graph, u) ? 2 : 1;
        state[u] = 2;
      } else if (state[u] === 1) {
        // A loop of first links: from each objective on it, round the loop to the one before it.
        const at = walk.lastIndexOf(u);
        const loop = walk.splice(at);
        let indirectLinks = 0;
        for (const c of loop) indirectLinks += linkIndirect(c);
        for (let k = 0; k < loop.length; k += 1) {
          const c = loop[k] as number;
          const before = loop[(k + loop.length - 1) % loop.length] as number;
          end[c] = before;
          steps[c] = loop.length;
          indirect[c] = indirectLinks - linkIndirect(before) > 0 ? 1 : 0;
          ending[c] = 3;
          state[c] = 2;
          // An objective whose first link is to itself: its chain ends at once.
          if (loop.length === 1) next[c] = -1;
        }
      }
      // The rest of the walk, nearest the end first: each objective, then the chain it climbs to.
      while (walk.length > 0) {
        const p = walk.pop() as number;
        const q = next[p] as number;
        end[p] = end[q] as number;
        steps[p] = (steps[q] as number) + 1;
        indirect[p] = linkIndirect(p) === 1 ? 1 : (indirect[q] as number);
        ending[p] = ending[q] as number;
        state[p] = 2;
      }
    }
    return { next, end, steps, indirect, ending };
  });
}

const ALL_COUNTS = Symbol("chain counts");

/**
 * The number of chains up from objective position `v`, as {@link traceUp} lists them (a chain ends
 * at an objective at the apex, at one with no link to follow, or where its next link leads back to
 * an objective already on it: each such link ends one chain), and whether the number is exact, from one dynamic programme over every objective of the index (kept with it):
 * outside contribution loops each objective's count is the sum of the counts it links to; a ring's
 * objectives are counted together, in time linear in the ring; in any other loop, an objective's
 * count is walked round the loop, first for the objectives a chain enters the loop at, then for the
 * rest. The walks share one {@link PATH_STEP_BUDGET} for the whole index, spent in a fixed order, so
 * a count does not depend on which owner's portfolio was asked for first.
 * @internal
 */
export function chainCount(index: FrameworkIndex, v: number): { count: bigint; exact: boolean } {
  const { counts, inexact } = index.derive(ALL_COUNTS, allCounts);
  return { count: counts.get(v) as bigint, exact: !inexact.has(v) };
}

/** The programme of {@link chainCount}: every objective outside a loop, or where a chain enters one, then the rest. */
function allCounts(index: FrameworkIndex): PathCounts {
  const { up, down, ids } = index.objectiveGraph;
  const atApex = atApexByPosition(index);
  const loops = loopsOf(index);
  const { component, looped, ringNext } = loops;
  const apexEnds = (w: number): bigint | undefined => (atApex[w] === 1 ? 1n : undefined);
  // Components are numbered so that a link leads to the same component or a lower-numbered one.
  const order = Array.from(ids, (_, v) => v).sort((a, b) => (component[a] as number) - (component[b] as number));
  const state = pathCounts(index);
  const { counts } = state;
  const later: number[] = [];
  for (const v of order) {
    if (atApex[v] === 1 || up.start[v] === up.start[v + 1]) counts.set(v, 1n);
    else if (looped[component[v] as number] === 0) sumOfLinks(index, v, state);
    else if (ringNext[v] !== -1) {
      if (!counts.has(v)) countRing(index, v, loops, state, apexEnds, 1n);
    } else if (entered(v)) countInsideLoop(index, v, loops, state, apexEnds, 1n);
    else later.push(v);
  }
  for (const v of later) countInsideLoop(index, v, loops, state, apexEnds, 1n);
  return state;

  function entered(v: number): boolean {
    for (let e = down.start[v] as number, end = down.start[v + 1] as number; e < end; e += 1) {
      const u = down.targets[e] as number;
      if (component[u] !== component[v] && atApex[u] === 0) return true;
    }
    return false;
  }
}
