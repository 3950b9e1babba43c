import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Evaluation,
  type ObjectiveRollUp,
  type RollUpMethod,
  type RollUpOptions,
  type Status,
  TrajectoryError,
  rollUp,
} from "../../src/index.js";
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

/** Option keys and values a careless or hostile caller might pass, good and bad. */
const optionKey = fc.constantFrom(...STATUSES, "__proto__", "constructor", "toString", "valueOf", "purple");
const optionValue = fc.constantFrom<unknown>(
  "0",
  "50",
  "100",
  "12.5",
  40,
  "-1",
  -3,
  "abc",
  "1e3",
  "",
  NaN,
  Infinity,
  null,
  {},
);
/** Records of those, every key its own (`__proto__` included, as `JSON.parse` makes it). */
const optionRecords = fc.array(fc.tuple(optionKey, optionValue), { maxLength: 4 }).map((entries) => {
  const record = {};
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return record;
});

/** Whether a scores or thresholds value is one the roll-up accepts: a decimal of zero or more. */
function acceptable(value: unknown): boolean {
  return (
    (typeof value === "string" && /^\d+(\.\d+)?$/.test(value)) ||
    (typeof value === "number" && Number.isFinite(value) && value >= 0)
  );
}

describe("rollUp options (property, issue 8 item 10)", () => {
  it("refuses every bad option with a TrajectoryError and gives only known statuses and decimal scores otherwise", () => {
    const framework = linkedFramework({ top: [], part: [["top", "2"]] }, ["top", "part"]);
    const evaluations = [
      { target: "t-top", status: "green" },
      { target: "t-part", status: "amber" },
    ] as Evaluation[];
    fc.assert(
      fc.property(
        fc.constantFrom<unknown>("worst", "weighted", "share-green", "average", "constructor", undefined),
        fc.option(optionRecords, { nil: undefined }),
        fc.option(optionRecords, { nil: undefined }),
        (method, scores, thresholds) => {
          const options = { method, scores, thresholds } as RollUpOptions;
          const valid =
            (method === undefined || method === "worst" || method === "weighted" || method === "share-green") &&
            Object.entries(scores ?? {}).every(([key, value]) => RATED.includes(key as Status) && acceptable(value)) &&
            Object.entries(thresholds ?? {}).every(
              ([key, value]) => (key === "green" || key === "amber") && acceptable(value),
            );
          if (!valid) {
            expect(() => rollUp(framework, evaluations, options)).toThrow(TrajectoryError);
            return;
          }
          for (const r of rollUp(framework, evaluations, options)) {
            expect(STATUSES).toContain(r.status);
            if (r.score !== null) expect(r.score).toMatch(/^-?\d+(\.\d+)?$/);
          }
        },
      ),
    );
  });
});
