import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Framework, parseFramework } from "../../src/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** The raw JSON of an example framework, freshly read (so each test may freeze or alter its own copy). */
export function loadExample(name: "stockton" | "spelthorne"): unknown {
  return JSON.parse(readFileSync(`${root}examples/frameworks/${name}.json`, "utf8")) as unknown;
}

/** An example framework, parsed and deep-frozen (a fresh copy each call). */
export function example(name: "stockton" | "spelthorne"): Framework {
  return deepFreeze(parseFramework(loadExample(name)));
}

/** `framework` with `measurements` recorded after its own, parsed again and deep-frozen. */
export function withMeasurements(
  framework: Framework,
  ...measurements: NonNullable<Framework["measurements"]>
): Framework {
  return deepFreeze(
    parseFramework({ ...framework, measurements: [...(framework.measurements ?? []), ...measurements] }),
  );
}

/**
 * Stockton at year end 2001/02: its example with the figures of 31 March 2002 its housing and
 * street-cleanliness targets end on (homeless offers 86%, street cleanliness 93%, re-lets 100%).
 */
export function stocktonYearEnd(): Framework {
  return withMeasurements(
    example("stockton"),
    { indicator: "pi-homeless-offers", date: "2002-03-31", value: "86" },
    { indicator: "pi-street-cleanliness", date: "2002-03-31", value: "93" },
    { indicator: "pi-relet-28-days", date: "2002-03-31", value: "100" },
  );
}

/** Freezes a value and everything reachable from it, so a test fails if the library mutates its input. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current !== null && typeof current === "object" && !Object.isFrozen(current)) {
      Object.freeze(current);
      for (const key of Reflect.ownKeys(current)) stack.push((current as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

/** The smallest valid framework: a community plan with one objective. */
export function minimalFramework(): Framework {
  return {
    id: "fw-minimal",
    name: "Minimal framework",
    owners: [{ id: "owner-1", name: "Owner one", kind: "individual" }],
    plans: [
      { id: "plan-1", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
    ],
    objectives: [{ id: "obj-1", plan: "plan-1", title: "An objective", owner: "owner-1" }],
    indicators: [
      {
        id: "pi-1",
        title: "An indicator",
        unit: "%",
        polarity: "higher-is-better",
        measure: "outcome",
        frequency: "quarterly",
      },
    ],
    targets: [
      {
        id: "t-1",
        objective: "obj-1",
        indicator: "pi-1",
        baseline: { date: "2001-03-31", value: "50" },
        goal: { date: "2004-03-31", value: "75" },
      },
    ],
  };
}

/** A deep copy through JSON, as a council system would send it. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A framework without the resources (issue 23: currency, budgets, spend, forecasts, carry-forwards)
 * that the examples gained after golden results were taken (with the counts unit costs read): the goldens keep
 * the input they were taken on.
 */
export function withoutResources(framework: Framework): Framework {
  const resources = new Set(["currency", "budgets", "spend", "outturnForecasts", "carryForwards", "unitCosts"]);
  const kept = Object.fromEntries(Object.entries(framework).filter(([key]) => !resources.has(key))) as Framework;
  // The counts that unit costs read (Stockton's people into work and households rehoused) came with them.
  const counted = new Set((framework.unitCosts ?? []).map((cost) => cost.indicator));
  if (counted.size === 0) return kept;
  const measurements = kept.measurements?.filter((measurement) => !counted.has(measurement.indicator));
  return {
    ...kept,
    indicators: kept.indicators.filter((indicator) => !counted.has(indicator.id)),
    ...(measurements === undefined ? {} : { measurements }),
  };
}
