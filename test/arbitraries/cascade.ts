import fc from "fast-check";
import type { Framework, Objective, PlanLevel } from "../../src/index.js";

const LEVELS: readonly PlanLevel[] = ["community", "corporate", "service", "unit", "individual"];

/**
 * A valid cascade: one plan per level (each aggregating into the one above), objectives at random
 * levels, each below community contributing to one or two objectives at strictly higher levels,
 * every objective owned and acting, every plan budgeted and reviewed. Ids include awkward ones.
 */
export const cascadeArbitrary: fc.Arbitrary<Framework> = fc
  .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 25 })
  .chain((ranks) => {
    const sorted = [0, ...ranks].sort((a, b) => a - b);
    const parentChoices = sorted.map((rank, i) => {
      const higher = sorted
        .slice(0, i)
        .map((r, j) => [r, j] as const)
        .filter(([r]) => r < rank)
        .map(([, j]) => j);
      return higher.length === 0
        ? fc.constant([] as number[])
        : fc.uniqueArray(fc.constantFrom(...higher), { minLength: 1, maxLength: 2 });
    });
    return fc.tuple(fc.constant(sorted), fc.tuple(...parentChoices), fc.boolean());
  })
  .map(([ranks, parents, awkwardIds]) => {
    const idOf = (i: number): string => {
      if (i === 1 && awkwardIds) return "__proto__";
      if (!awkwardIds || i % 3 !== 1) return `o${i}`;
      return `${i % 9 === 1 ? "__proto__" : i % 9 === 4 ? "constructor" : "toString"}-${i}`;
    };
    const objectives: Objective[] = ranks.map((rank, i) => ({
      id: idOf(i),
      plan: `plan-${LEVELS[rank]}`,
      title: `Objective ${i}`,
      owner: "owner",
      ...(parents[i]?.length ? { contributesTo: parents[i].map((p) => ({ objective: idOf(p) })) } : {}),
      actions: [{ title: "Deliver" }],
    }));
    return {
      id: "generated",
      name: "Generated cascade",
      owners: [{ id: "owner", name: "Owner", kind: "team" }],
      plans: LEVELS.map((level, rank) => ({
        id: `plan-${level}`,
        name: `${level} plan`,
        level,
        owner: "owner",
        period: { start: "2001-04-01", end: "2005-03-31" },
        ...(rank === 0 ? {} : { parent: `plan-${LEVELS[rank - 1]}` }),
        ...(level === "service" ? { budget: { amount: "1" } } : {}),
      })),
      objectives,
      indicators: [
        { id: "pi", title: "PI", unit: "count", polarity: "higher-is-better", measure: "outcome", frequency: "annual" },
      ],
      targets: objectives.map((objective, i) => ({
        id: `t-${i}`,
        objective: objective.id,
        indicator: "pi",
        baseline: { date: "2001-03-31", value: "1" },
        goal: { date: "2004-03-31", value: "2" },
      })),
      reviewCycles: [{ id: "rc", name: "Everything, quarterly", frequency: "quarterly", appliesTo: {} }],
    } satisfies Framework;
  });
