import { type Framework, type RuleSetting, type Target, builtInRules, checkCascade } from "../../src/index.js";

/**
 * Operation counting for the quadratic-path tests: instead of timing a check (which a shared
 * machine makes flaky), count how often it reads the records of the dimension that grows, at n and
 * at 4n. A linear or n log n check reads about 4 to 5 times as often; a quadratic one 16 times.
 */

/** The reads counted so far. */
export interface ReadCounter {
  reads: number;
}

/** Copies of records whose named fields count every read on the counter. */
export function fieldsCounted<T extends object>(
  records: readonly T[],
  fields: readonly (keyof T & string)[],
  counter: ReadCounter,
): T[] {
  return records.map((record) => {
    const copy = { ...record };
    for (const field of fields) {
      const value = record[field];
      Object.defineProperty(copy, field, {
        enumerable: true,
        get: () => {
          counter.reads += 1;
          return value;
        },
      });
    }
    return copy;
  });
}

/** A copy of a list of ids whose element reads (by index or iteration) count on the counter. */
export function idsCounted(ids: readonly string[], counter: ReadCounter): string[] {
  return new Proxy([...ids], {
    get(list, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) counter.reads += 1;
      return Reflect.get(list, key, receiver) as unknown;
    },
  });
}

/** Runs `checkCascade` with only the named rules on. */
export function checkOnly(framework: Framework, rules: readonly string[], asOf: string): void {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of builtInRules) settings[rule.id] = rules.includes(rule.id) ? "error" : "off";
  checkCascade(framework, { asOf, rules: settings });
}

/** How many times as many reads a check makes at 4n as at n. */
export function readGrowth(readsAt: (n: number) => number, n: number): number {
  return readsAt(4 * n) / readsAt(n);
}

/** One community plan. */
export const PLANS: Framework["plans"] = [
  { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
];
/** A monthly indicator, "pi". */
export const INDICATOR: Framework["indicators"][number] = {
  id: "pi",
  title: "Figure",
  unit: "n",
  polarity: "higher-is-better",
  measure: "outcome",
  frequency: "monthly",
};

/** A framework of one plan, indicator ("pi") and objective ("o"), with the given parts. */
export function scaleFramework(parts: Partial<Framework>): Framework {
  return {
    id: "fw",
    name: "Scale",
    owners: [],
    plans: PLANS,
    indicators: [INDICATOR],
    objectives: [{ id: "o", plan: "cp", title: "Objective" }],
    targets: [],
    ...parts,
  };
}

/** n targets ("t0", "t1", …) of objective "o" on indicator "pi", from 2001-03-31 to 2004-03-31. */
export function targets(n: number): Target[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `t${String(i)}`,
    objective: "o",
    indicator: "pi",
    baseline: { date: "2001-03-31", value: "1" },
    goal: { date: "2004-03-31", value: "2" },
  }));
}
