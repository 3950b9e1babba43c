import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Evaluation, type ObjectiveRollUp, type RollUpMethod, type Status, rollUp } from "../../src/index.js";
import { onCycle } from "../helpers/graphs.js";
import { type LinkUp, linkedFramework } from "./rollUpFixtures.js";

const RATED: readonly Status[] = ["blue", "green", "amber-green", "amber", "amber-red", "red"];
const STATUSES: readonly Status[] = [...RATED, "no-data", "not-started"];

/**
 * Contribution graphs with loops, self-loops and repeated links: `n` objectives `o0…`, weighted
 * links between them, a status for some objectives' targets.
 */
const loopyCascades = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    links: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: n - 1 }),
        fc.integer({ min: 0, max: n - 1 }),
        fc.constantFrom("0", "1", "2", "0.5"),
      ),
      { maxLength: 20 },
    ),
    statuses: fc.array(fc.option(fc.constantFrom(...STATUSES)), { minLength: n, maxLength: n }),
  }),
);

interface LoopyCascade {
  readonly n: number;
  readonly links: readonly (readonly [number, number, string])[];
  readonly statuses: readonly (Status | null)[];
}

/** The framework and evaluations of a cascade, with objectives, links and evaluations in the order `order` gives. */
function build(cascade: LoopyCascade, shuffle: <T>(items: readonly T[]) => T[]) {
  const links: Record<string, LinkUp[]> = {};
  for (const v of shuffle(Array.from({ length: cascade.n }, (_, v) => v))) links[`o${String(v)}`] = [];
  for (const [from, to, weight] of shuffle(cascade.links)) links[`o${String(from)}`]?.push([`o${String(to)}`, weight]);
  const targeted = shuffle(Array.from({ length: cascade.n }, (_, v) => `o${String(v)}`)).filter(
    (id) => cascade.statuses[Number(id.slice(1))] !== null,
  );
  const framework = linkedFramework(links, targeted);
  const evaluations = shuffle(
    targeted.map((id) => ({ target: `t-${id}`, status: cascade.statuses[Number(id.slice(1))] }) as Evaluation),
  );
  return { framework, evaluations };
}

function sortedById(rollUps: readonly ObjectiveRollUp[]): ObjectiveRollUp[] {
  return [...rollUps].sort((a, b) => (a.objective < b.objective ? -1 : 1));
}

describe("rollUp (properties, issue 8 items 2 and 5)", () => {
  it("never depends on the order of objectives, links, targets or evaluations", () => {
    fc.assert(
      fc.property(
        loopyCascades,
        fc.constantFrom<RollUpMethod>("worst", "weighted", "share-green"),
        fc.infiniteStream(fc.nat()),
        (cascade, method, noise) => {
          const shuffle = <T>(items: readonly T[]): T[] =>
            items
              .map((item) => ({ item, key: noise.next().value as number }))
              .sort((a, b) => a.key - b.key)
              .map(({ item }) => item);
          const original = build(cascade, (items) => [...items]);
          const shuffled = build(cascade, shuffle);
          expect(sortedById(rollUp(shuffled.framework, shuffled.evaluations, { method }))).toEqual(
            sortedById(rollUp(original.framework, original.evaluations, { method })),
          );
        },
      ),
    );
  });

  it("marks exactly the objectives on a loop, and under worst gives each the worst rated target it is fed by", () => {
    fc.assert(
      fc.property(loopyCascades, (cascade) => {
        const { framework, evaluations } = build(cascade, (items) => [...items]);
        const result = rollUp(framework, evaluations);
        const edges = cascade.links.map(([from, to]) => [from, to] as const);
        for (const r of result) {
          const v = Number(r.objective.slice(1));
          expect(r.inCycle).toBe(onCycle(edges, v));
          // Oracle: the objectives that feed v, directly or through others (v included).
          const feeding = new Set([v]);
          for (let grown = true; grown;) {
            grown = false;
            for (const [from, to] of edges) {
              if (feeding.has(to) && !feeding.has(from)) {
                feeding.add(from);
                grown = true;
              }
            }
          }
          const ranks = [...feeding].map((w) => RATED.indexOf(cascade.statuses[w] ?? "no-data"));
          const worst = Math.max(...ranks);
          if (worst >= 0) expect(r.status).toBe(RATED[worst]);
          else expect(["no-data", "not-started"]).toContain(r.status);
          expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.children);
        }
      }),
    );
  });
});
