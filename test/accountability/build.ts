import type { Framework, Objective, PlanLevel } from "../../src/index.js";

const LEVELS: readonly PlanLevel[] = ["community", "corporate", "service", "unit", "individual"];

/**
 * A framework whose objective `i` is `o${i}` at level `levels[i]` (a rank, 0 for community), with
 * a plan per level and the links `[from, to]` in list order (`to` -1 names an objective that does not
 * exist). `apexLevel` is set when given.
 */
export function frameworkOf(
  levels: readonly number[],
  links: readonly (readonly [number, number])[],
  apexLevel?: PlanLevel,
): Framework {
  const linksFrom = new Map<number, (readonly [number, number])[]>();
  for (const link of links) linksFrom.set(link[0], [...(linksFrom.get(link[0]) ?? []), link]);
  const objectives: Objective[] = levels.map((rank, i) => {
    const own = linksFrom.get(i) ?? [];
    return {
      id: `o${i}`,
      plan: `plan-${LEVELS[rank] ?? "community"}`,
      title: `Objective ${i}`,
      ...(own.length === 0
        ? {}
        : {
            contributesTo: own.map(([, to], k) => ({
              objective: to === -1 ? "gone" : `o${to}`,
              ...(k % 2 === 1 ? { link: "indirect" as const, partners: ["partner"] } : {}),
              soThat: `o${i} serves ${to === -1 ? "gone" : `o${to}`}`,
            })),
          }),
    };
  });
  return {
    id: "fw",
    name: "Built",
    ...(apexLevel === undefined ? {} : { apexLevel }),
    owners: [
      { id: "lead", name: "Lead", kind: "individual" },
      { id: "partner", name: "Partner", kind: "organisation" },
    ],
    plans: LEVELS.map((level) => ({
      id: `plan-${level}`,
      name: `${level} plan`,
      level,
      owner: "lead",
      period: { start: "2001-04-01", end: "2004-03-31" },
    })),
    objectives,
    indicators: [],
    targets: [],
  };
}
