import type { Evaluation, Framework, Status } from "../../src/index.js";

/** A link up: the parent's id, or the parent's id and the link's weight. */
export type LinkUp = string | readonly [string, string];

/**
 * A framework of one plan whose objectives contribute as `links` says (objective id to the links
 * up from it, in order), with one target `t-<objective>` for each objective in `targeted`.
 */
export function linkedFramework(
  links: Readonly<Record<string, readonly LinkUp[]>>,
  targeted: readonly string[] = [],
): Framework {
  return {
    id: "fw",
    name: "Loops",
    owners: [],
    plans: [{ id: "cp", name: "Community", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
    objectives: Object.entries(links).map(([id, up]) => ({
      id,
      plan: "cp",
      title: id,
      ...(up.length === 0
        ? {}
        : {
            contributesTo: up.map((link) =>
              typeof link === "string" ? { objective: link } : { objective: link[0], weight: link[1] },
            ),
          }),
    })),
    indicators: [],
    targets: targeted.map((objective) => ({
      id: `t-${objective}`,
      objective,
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "1" },
      goal: { date: "2002-03-31", value: "2" },
    })),
  };
}

/** Evaluations with given statuses (only `target` and `status` matter to a roll-up). */
export function rated(statuses: Readonly<Record<string, Status>>): Evaluation[] {
  return Object.entries(statuses).map(([target, status]) => ({ target, status }) as Evaluation);
}
