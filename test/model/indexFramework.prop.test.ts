import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, type PlanLevel, indexFramework } from "../../src/index.js";

const LEVELS: readonly PlanLevel[] = ["community", "corporate", "service", "unit", "individual"];
const owner = fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined });

/** Plans, objectives and targets with owners here and there and references that may name nothing. */
const looseCascade: fc.Arbitrary<Framework> = fc
  .record({
    plans: fc.array(fc.record({ level: fc.integer({ min: 0, max: 4 }), owner }), { maxLength: 4 }),
    objectives: fc.array(fc.record({ plan: fc.integer({ min: 0, max: 5 }), owner }), { maxLength: 6 }),
    targets: fc.array(fc.record({ objective: fc.integer({ min: 0, max: 7 }), owner }), { maxLength: 8 }),
  })
  .map(({ plans, objectives, targets }) => ({
    id: "fw",
    name: "Loose",
    owners: [],
    indicators: [],
    plans: plans.map((plan, i) => ({
      id: `p${i}`,
      name: `Plan ${i}`,
      level: LEVELS[plan.level] ?? "community",
      period: { start: "2001-04-01", end: "2002-03-31" },
      ...(plan.owner === undefined ? {} : { owner: plan.owner }),
    })),
    objectives: objectives.map((objective, i) => ({
      id: `o${i}`,
      plan: `p${objective.plan}`,
      title: `Objective ${i}`,
      ...(objective.owner === undefined ? {} : { owner: objective.owner }),
    })),
    targets: targets.map((target, i) => ({
      id: `t${i}`,
      objective: `o${target.objective}`,
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "1" },
      goal: { date: "2002-03-31", value: "2" },
      ...(target.owner === undefined ? {} : { owner: target.owner }),
    })),
  }));

describe("ownerOf and levelOf, against the rule read straight off the arrays", () => {
  it("a target's owner is its own, else its objective's, else its plan's; its level is its plan's", () => {
    fc.assert(
      fc.property(looseCascade, (framework) => {
        const index = indexFramework(framework);
        for (const target of framework.targets) {
          const objective = framework.objectives.find((candidate) => candidate.id === target.objective);
          const plan = framework.plans.find((candidate) => candidate.id === objective?.plan);
          const expected =
            target.owner !== undefined
              ? { owner: target.owner, from: "target" }
              : objective?.owner !== undefined
                ? { owner: objective.owner, from: "objective" }
                : plan?.owner !== undefined
                  ? { owner: plan.owner, from: "plan" }
                  : undefined;
          expect(index.ownerOf("target", target.id)).toEqual(expected);
          expect(index.levelOf("target", target.id)).toBe(plan?.level);
          if (objective !== undefined) {
            expect(index.levelOf("objective", objective.id)).toBe(plan?.level);
            const ofObjective = index.ownerOf("objective", objective.id);
            expect(ofObjective?.owner).toBe(objective.owner ?? plan?.owner);
            if (target.owner === undefined) expect(index.ownerOf("target", target.id)).toEqual(ofObjective);
          }
        }
      }),
    );
  });
});
