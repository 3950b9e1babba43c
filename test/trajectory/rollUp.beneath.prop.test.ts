/**
 * Each aim's `beneath` against the walk it replaces: a breadth-first walk down every link from the
 * aim, not passing through another aim, counting each target reached once (the route before the
 * walk took a loop with no aim in it at once, following only the links from outside it). Random
 * frameworks of two plan levels, so aims lie on loops, beneath other aims and beside them; ids
 * include `__proto__`; inputs deep-frozen.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, type RollUpInput, type Status, rollUp } from "../../src/index.js";
import { STATUS_ORDER } from "../../src/trajectory/scales.js";
import { deepFreeze } from "../helpers/fixtures.js";

const STATUSES = STATUS_ORDER;
const IDS = ["__proto__", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "constructor", "toString"] as const;

interface Shape {
  readonly objectives: { readonly aim: boolean; readonly up: readonly number[]; readonly targets: readonly number[] }[];
}

const shapeArbitrary: fc.Arbitrary<Shape> = fc.integer({ min: 1, max: IDS.length }).chain((size) =>
  fc.record({
    objectives: fc.array(
      fc.record({
        aim: fc.boolean(),
        up: fc.array(fc.nat({ max: size - 1 }), { maxLength: 4 }),
        targets: fc.array(fc.nat({ max: STATUSES.length - 1 }), { maxLength: 2 }),
      }),
      { minLength: size, maxLength: size },
    ),
  }),
);

function frameworkOf(shape: Shape): { framework: Framework; evaluations: RollUpInput[] } {
  const evaluations: RollUpInput[] = [];
  const targets: Framework["targets"][number][] = [];
  shape.objectives.forEach((objective, v) => {
    objective.targets.forEach((code, k) => {
      const id = `t-${String(v)}-${String(k)}`;
      targets.push({
        id,
        objective: IDS[v] as string,
        indicator: "pi",
        baseline: { date: "2001-03-31", value: "1" },
        goal: { date: "2002-03-31", value: "2" },
      });
      evaluations.push({ target: id, status: STATUSES[code] as Status });
    });
  });
  const framework: Framework = {
    id: "fw",
    name: "Aims",
    owners: [],
    plans: [
      { id: "cp", name: "Community", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
      { id: "sp", name: "Service", level: "service", period: { start: "2001-04-01", end: "2004-03-31" } },
    ],
    objectives: shape.objectives.map((objective, v) => ({
      id: IDS[v] as string,
      plan: objective.aim ? "cp" : "sp",
      title: IDS[v] as string,
      ...(objective.up.length === 0
        ? {}
        : { contributesTo: objective.up.map((u) => ({ objective: IDS[u] as string })) }),
    })),
    indicators: [],
    targets,
  };
  return { framework: deepFreeze(framework), evaluations: deepFreeze(evaluations) };
}

/** The walk before: breadth-first down every link from the aim, stopping at other aims, each target once. */
function beneathByWalk(shape: Shape, aim: number): Record<Status, number> {
  const children = shape.objectives.map(() => [] as number[]);
  shape.objectives.forEach((objective, v) => {
    for (const u of objective.up) children[u]?.push(v);
  });
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  const seen = new Set<number>([aim]);
  const queue = [aim];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head] as number;
    if (head > 0 && shape.objectives[node]?.aim === true) continue;
    for (const code of shape.objectives[node]?.targets ?? []) counts[STATUSES[code] as Status] += 1;
    for (const child of children[node] ?? [])
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
  }
  return counts;
}

describe("rollUp's beneath (each aim's targets at or beneath it)", () => {
  it("counts what a walk down every link, stopping at other aims, counts", () => {
    fc.assert(
      fc.property(shapeArbitrary, (shape) => {
        const { framework, evaluations } = frameworkOf(shape);
        const rolled = rollUp(framework, evaluations);
        expect(rolled.map((result) => result.objective)).toEqual(framework.objectives.map(({ id }) => id));
        rolled.forEach((result, v) => {
          if (shape.objectives[v]?.aim === true) expect(result.beneath).toEqual(beneathByWalk(shape, v));
          else expect(result.beneath).toBeNull();
        });
      }),
      { numRuns: 400, seed: 22 },
    );
  });
});
