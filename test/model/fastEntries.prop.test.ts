// Issue 22: the parser's fast path (src/model/fastEntries.ts) must give what the zod schemas give.
// Entry by entry: whatever a fast function accepts, its schema accepts, with a deep-equal result
// (same keys in the same order, same values by Object.is, plain objects, nothing shared with the
// input). Document by document: safeParseFramework and the schema path give the same data, or the
// same issues in the same order, on generated valid documents broken in hostile ways.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { type FastParser, REJECT } from "../../src/model/fastEntries.js";
import { safeParseFramework, safeParseFrameworkBySchema } from "../../src/model/parse.js";
import { dateArbitrary, decimalValueArbitrary, frameworkArbitrary, idArbitrary } from "../arbitraries/framework.js";
import { jsonCopy, minimalFramework } from "../helpers/fixtures.js";
import { FAST_ENTRIES as PARSERS, type FastList as Kind } from "../helpers/fastEntries.js";
import { runs, timeout } from "../helpers/runs.js";

/**
 * Whether two parsed values are the same: primitives by Object.is (so -0 is not 0), objects with the
 * same prototype, the same own keys in the same order (an `undefined` kept is a key) and the same values.
 */
function sameParsed(a: unknown, b: unknown, path = "$"): string | undefined {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null)
    return Object.is(a, b) ? undefined : `${path}: ${String(a)} is not ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: an array and an object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path}: different prototypes`;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (JSON.stringify(keysA.map(String)) !== JSON.stringify(keysB.map(String)))
    return `${path}: keys ${keysA.map(String).join(",")} against ${keysB.map(String).join(",")}`;
  for (const key of keysA) {
    const descriptorA = Object.getOwnPropertyDescriptor(a, key);
    const descriptorB = Object.getOwnPropertyDescriptor(b, key);
    if (descriptorA?.enumerable !== descriptorB?.enumerable || "get" in (descriptorA ?? {}))
      return `${path}.${String(key)}: a different property`;
    const difference = sameParsed(descriptorA?.value, descriptorB?.value, `${path}.${String(key)}`);
    if (difference !== undefined) return difference;
  }
  return undefined;
}

/** Every object and array reachable from a value (getters and proxies aside: reading them may throw). */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (typeof value !== "object" || value === null || found.has(value)) return found;
  found.add(value);
  try {
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && "value" in descriptor) objectsIn(descriptor.value, found);
    }
  } catch {
    // a proxy: nothing of it reaches a parsed result
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Hostile values and the mutations that plant them.

class Entry {
  indicator = "pi-1";
  date = "2001-06-30";
  value = "5";
}

/** Values made fresh at each use, so no two places share one object. */
const MADE: Record<string, () => unknown> = {
  "an empty object": () => ({}),
  "an empty array": () => [],
  "an object without a prototype": () => Object.create(null) as object,
  "a date object": () => new Date(0),
  "a class instance": () => new Entry(),
  "a revoked proxy": () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  "a dated value": () => ({ date: "2001-03-31", value: "1" }),
  "a list of a dated value": () => [{ date: "2001-03-31", value: "1" }],
  "a tolerance": () => ({ percent: "5" }),
  "a change": () => ({ points: -2 }),
  "a contribution": () => ({ objective: "obj-1" }),
  "an action": () => ({ title: "Act", due: "2001-02-28" }),
  "a quartile": () => ({ group: "England", position: 2 }),
  "a comparator": () => ({ indicator: "pi-2", margin: "0.5" }),
  "a profile": () => ({ quarterly: ["1", "1", "1", "1"] }),
  "a sparse list": () => {
    const list: unknown[] = [];
    list[2] = "a";
    return list;
  },
};

const PRIMITIVES: readonly unknown[] = [
  null,
  undefined,
  true,
  "-5",
  "-0.5",
  "-0.000",
  "2001-02-28",
  12,
  42,
  -42,
  false,
  0,
  -0,
  1,
  -1,
  0.1,
  1e20,
  -1e20,
  1e21,
  Number("99999999999999999999"),
  123456789.123,
  1e-7,
  5e-324,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2,
  3,
  4,
  3660,
  3661,
  10,
  11,
  0.5,
  "",
  " ",
  "0",
  "-0",
  "-0.0",
  "00.50",
  "1e5",
  "1E5",
  "1e-5",
  "-1e5",
  "+1",
  ".5",
  "5.",
  "-",
  "-.5",
  "1.2.3",
  "0x10",
  "1_000",
  "1,5",
  "6,5",
  "75%",
  "NaN",
  "-NaN",
  "Infinity",
  "-Infinity",
  "nan",
  "١٢",
  "１２",
  "12345678901234567890",
  "123456789012345678901",
  "-12345678901234567890",
  "0000000000000000000000001",
  "0.00000000000000000001",
  "0.000000000000000000001",
  "0.100000000000000000000000",
  "1234567890.12345678901234567890",
  "123456789012345.1234567890123456",
  "9".repeat(40),
  "2001-02-30",
  "2001-02-29",
  "2000-02-29",
  "1900-02-29",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "2001-13-01",
  "2001-00-10",
  "2001-04-31",
  "2001-1-01",
  "2001-01-1",
  "2001-01-01T00:00:00Z",
  " 2001-01-01",
  "2001-01-01 ",
  "２００１-01-01",
  "2001/01/01",
  "20010101",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  " id",
  "id ",
  "\u00a0id",
  "id\u2028",
  "\ufeffid",
  "\tid",
  "i d",
  "x".repeat(100_001),
  "validated",
  "provisional",
  "estimate",
  "Validated",
  "direct",
  "indirect",
  "open",
  "done",
  "national",
  "local",
  "higher-is-better",
  "lower-is-better",
  "in-band",
  "input",
  "outcome",
  "process",
  "citizen",
  "monthly",
  "quarterly",
  "annual",
  "weekly",
  "snapshot",
  "running-total",
  "year-to-date-rate",
  "linear",
  "period-target",
  "%",
];

/** A value to plant: a primitive, a generated id, date or decimal, or an object made fresh. */
const valueArbitrary: fc.Arbitrary<{ readonly label: string; readonly make: () => unknown }> = fc.oneof(
  fc.constantFrom(...PRIMITIVES).map((value) => ({ label: String(value).slice(0, 40), make: () => value })),
  fc
    .oneof(idArbitrary, dateArbitrary, decimalValueArbitrary, fc.string({ maxLength: 6 }), fc.double())
    .map((value) => ({ label: JSON.stringify(value), make: () => value })),
  fc.constantFrom(...Object.keys(MADE)).map((label) => ({ label, make: MADE[label] as () => unknown })),
);

/** Keys of every entity the fast path models, and some it does not. */
const KEYS = [
  ...["indicator", "date", "value", "quality", "note", "correctiveAction", "id", "plan", "title", "outcome", "owner"],
  ...["contributesTo", "actions", "objective", "link", "partners", "soThat", "weight", "due", "status", "completed"],
  ...["ongoing", "code", "source", "definition", "standard", "unit", "polarity", "measure", "financial"],
  ...["perspective", "frequency", "cumulative", "aggregation", "profile", "lagDays", "materiality", "decimals"],
  ...["tolerance", "materialShortfall", "min", "max", "lagNote", "baseline", "goal", "milestones", "trajectory"],
  ...["stretch", "floor", "comparator", "revisions", "correctiveActions", "change", "low", "high", "quartile"],
  ...["group", "position", "percent", "absolute", "points", "label", "margin", "inclusive", "reason"],
  ...["extra", "__proto__", "constructor", "toString", "", "0", "length"],
];

type Operation =
  | "set"
  | "delete"
  | "set undefined"
  | "own __proto__ key"
  | "no prototype"
  | "another prototype"
  | "getter"
  | "throwing getter"
  | "non-enumerable"
  | "freeze";

interface Mutation {
  readonly at: number;
  readonly operation: Operation;
  readonly key: string;
  readonly value: { readonly label: string; readonly make: () => unknown };
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  operation: fc.constantFrom<Operation>(
    "set",
    "set",
    "set",
    "delete",
    "delete",
    "set undefined",
    "own __proto__ key",
    "no prototype",
    "another prototype",
    "getter",
    "throwing getter",
    "non-enumerable",
    "freeze",
  ),
  key: fc.constantFrom(...KEYS),
  value: valueArbitrary,
});

/**
 * The objects and arrays of a value, in depth-first order, the value itself first: through data
 * properties only (a getter planted earlier is not run), proxies left out.
 */
function containersOf(value: unknown, found: object[] = []): object[] {
  if (typeof value !== "object" || value === null || found.includes(value)) return found;
  let keys: (string | symbol)[];
  try {
    keys = Reflect.ownKeys(value);
  } catch {
    return found; // a revoked proxy
  }
  found.push(value);
  for (const key of keys) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor) containersOf(descriptor.value, found);
  }
  return found;
}

/** Applies the mutations one after the other to a JSON copy of `entry`; may replace the entry itself. */
function mutate(entry: unknown, mutations: readonly Mutation[], replaceWith?: () => unknown): unknown {
  if (replaceWith !== undefined) return replaceWith();
  const root = jsonCopy(entry);
  for (const mutation of mutations) {
    const containers = containersOf(root).filter((container) => !Object.isFrozen(container));
    if (containers.length === 0) break;
    const container = containers[mutation.at % containers.length] as Record<string, unknown>;
    const key = Array.isArray(container) ? String(mutation.at % (container.length + 1)) : mutation.key;
    const value = mutation.value.make();
    try {
      apply(container, key, value, mutation.operation);
    } catch {
      // a frozen object or a getter without a setter: the mutation is left out
    }
  }
  return root;
}

function apply(container: Record<string, unknown>, key: string, value: unknown, operation: Operation): void {
  {
    switch (operation) {
      case "set":
        container[key] = value;
        break;
      case "delete":
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else Reflect.deleteProperty(container, key);
        break;
      case "set undefined":
        container[key] = undefined;
        break;
      case "own __proto__ key":
        Object.defineProperty(container, "__proto__", { value, enumerable: true, writable: true, configurable: true });
        break;
      case "no prototype":
        Object.setPrototypeOf(container, null);
        break;
      case "another prototype":
        Object.setPrototypeOf(container, { [key]: value });
        break;
      case "getter":
        Object.defineProperty(container, key, { get: () => value, enumerable: true, configurable: true });
        break;
      case "throwing getter":
        Object.defineProperty(container, key, {
          get: () => {
            throw new Error(`getter ${key}`);
          },
          enumerable: true,
          configurable: true,
        });
        break;
      case "non-enumerable":
        Object.defineProperty(container, key, { value, enumerable: false, writable: true, configurable: true });
        break;
      case "freeze":
        Object.freeze(container);
        break;
    }
  }
}

/** Valid entries of each kind, as the framework arbitrary makes them. */
function validEntries(kind: Kind): fc.Arbitrary<unknown[]> {
  return frameworkArbitrary.map((framework) => jsonCopy((framework[kind] ?? []) as unknown[]));
}

/** How to make an entry: a valid one, then up to three mutations, or a hostile value in its place. */
interface Recipe {
  readonly entry: unknown;
  /** Whether to leave out the parts the fast path does not model (an indicator's profile, a target's revisions). */
  readonly modelled: boolean;
  readonly mutations: readonly Mutation[];
  readonly replacement: { readonly label: string; readonly make: () => unknown } | null;
}

/**
 * An entry of `kind` as a recipe: fast-check keeps and prints generated values, so a revoked proxy
 * or a throwing getter is planted by {@link build} inside the property, not by the arbitrary.
 */
function recipeArbitrary(kind: Kind): fc.Arbitrary<Recipe> {
  const minimal: Record<string, unknown> = jsonCopy(minimalFramework());
  const fallback: unknown =
    kind === "measurements" ? { indicator: "pi-1", date: "2001-06-30", value: "5" } : (minimal[kind] as unknown[])[0];
  return fc
    .tuple(
      validEntries(kind),
      fc.nat(),
      fc.boolean(),
      fc.oneof(
        { arbitrary: fc.constant([]), weight: 1 },
        { arbitrary: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }), weight: 2 },
      ),
      fc.oneof({ arbitrary: fc.constant(null), weight: 10 }, { arbitrary: valueArbitrary, weight: 1 }),
    )
    .map(([entries, pick, modelled, mutations, replacement]) => ({
      entry: entries.length === 0 ? fallback : entries[pick % entries.length],
      modelled,
      mutations,
      replacement,
    }));
}

/** The entry a recipe makes; `clean`: the valid entry alone, no mutation or replacement. */
function build(recipe: Recipe, clean = false): unknown {
  const entry = jsonCopy(recipe.entry) as Record<string, unknown>;
  if (recipe.modelled) {
    delete entry.profile;
    delete entry.revisions;
  }
  return clean ? entry : mutate(entry, recipe.mutations, recipe.replacement?.make);
}

/** The fast function's answer, a throw counting as a refusal (as the parser counts it). */
function fastAnswer(fast: FastParser, entry: unknown): unknown {
  try {
    return fast(entry);
  } catch {
    return REJECT;
  }
}

/** The schema's answer: its parsed data, or `undefined` when it refuses or throws. */
function schemaAnswer(schema: z.ZodType, entry: unknown): { data: unknown } | undefined {
  try {
    const result = schema.safeParse(entry);
    return result.success ? { data: result.data } : undefined;
  } catch {
    return undefined;
  }
}

/** Entries with every part the fast path models given, one of each form where a part has several. */
const FULL: Record<Kind, readonly unknown[]> = {
  measurements: [
    {
      indicator: "pi-1",
      date: "2001-06-30",
      value: "12.5",
      quality: "provisional",
      note: "Estimated",
      correctiveAction: "Recruit",
    },
    { indicator: "pi-1", date: "2000-02-29", value: -0.25 },
  ],
  objectives: [
    {
      id: "obj-1",
      plan: "plan-1",
      title: "Fewer homeless households",
      outcome: "Homes for all",
      owner: "owner-1",
      contributesTo: [
        { objective: "obj-0", link: "indirect", partners: ["owner-2"], soThat: "so that", weight: "2", note: "n" },
      ],
      actions: [
        {
          id: "a-1",
          title: "Open a hostel",
          owner: "owner-1",
          due: "2002-03-31",
          status: "done",
          completed: "2002-03-01",
          ongoing: false,
          note: "n",
        },
      ],
      note: "n",
    },
  ],
  indicators: [
    {
      id: "pi-1",
      title: "Households in temporary accommodation",
      code: "BV183",
      source: "national",
      definition: "d",
      standard: false,
      unit: "%",
      polarity: "lower-is-better",
      measure: "outcome",
      financial: false,
      perspective: "citizen",
      frequency: "quarterly",
      cumulative: true,
      aggregation: "running-total",
      lagDays: 42,
      materiality: { percent: "1" },
      decimals: 1,
      tolerance: { absolute: "2" },
      materialShortfall: { points: "0.5" },
      min: "0",
      max: "100",
      lagNote: "l",
      note: "n",
    },
    {
      id: "pi-2",
      title: "Spend",
      unit: "£",
      polarity: "in-band",
      measure: "input",
      frequency: "annual",
      cumulative: false,
      aggregation: "snapshot",
      materiality: { points: 1 },
      tolerance: { percent: 0 },
      materialShortfall: { absolute: 3 },
      min: -10,
      max: -10,
    },
  ],
  targets: [
    {
      id: "t-1",
      title: "t",
      objective: "obj-1",
      indicator: "pi-1",
      owner: "owner-1",
      baseline: { date: "2001-03-31", value: "50" },
      goal: { date: "2004-03-31", value: "75" },
      milestones: [{ date: "2002-03-31", value: 60 }],
      trajectory: "step",
      tolerance: { points: "1" },
      stretch: { value: "80", note: "n" },
      floor: "40",
      comparator: { indicator: "pi-2", label: "l", margin: "1", inclusive: true, note: "n" },
      weight: "1.5",
      correctiveActions: [{ title: "Act", owner: "owner-1", due: "2002-01-31", status: "open", ongoing: true }],
      note: "n",
    },
    {
      id: "t-2",
      objective: "obj-1",
      indicator: "pi-1",
      baseline: { date: "2001-03-31", value: 50 },
      goal: { date: "2004-03-31", change: { percent: "-10" } },
    },
    {
      id: "t-3",
      objective: "obj-1",
      indicator: "pi-1",
      baseline: { date: "2001-03-31", value: "50" },
      goal: { date: "2004-03-31", low: "40", high: "60" },
    },
    {
      id: "t-4",
      objective: "obj-1",
      indicator: "pi-1",
      baseline: { date: "2001-03-31", value: "50" },
      goal: { date: "2004-03-31", quartile: { group: "England", position: 1 } },
    },
  ],
};

/** The paths of every value inside an entry (objects' keys and arrays' indexes), the entry's own path (empty) first. */
function pathsIn(value: unknown, path: readonly string[] = [], found: string[][] = []): string[][] {
  found.push([...path]);
  if (typeof value === "object" && value !== null)
    for (const key of Object.keys(value)) pathsIn((value as Record<string, unknown>)[key], [...path, key], found);
  return found;
}

/** A JSON copy of `entry` with `change` applied to the value at `path` (to the entry itself for the empty path). */
function changedAt(
  entry: unknown,
  path: readonly string[],
  change: (parent: Record<string, unknown>, key: string) => unknown,
): unknown {
  const root = { entry: jsonCopy(entry) } as Record<string, unknown>;
  let parent = root;
  let key = "entry";
  for (const segment of path) {
    parent = parent[key] as Record<string, unknown>;
    key = segment;
  }
  change(parent, key);
  return root.entry;
}

/** Checks one entry both ways: what the fast function accepts, the schema accepts, with the same result. */
function expectFastAgrees(kind: Kind, entry: unknown, what: string): boolean {
  const { fast, schema } = PARSERS[kind];
  const answer = fastAnswer(fast, entry);
  if (answer === REJECT) return false;
  const expected = schemaAnswer(schema, entry);
  expect(expected, `${what}: the schema refuses what the fast path accepted`).toBeDefined();
  expect(sameParsed(answer, expected?.data), what).toBeUndefined();
  return true;
}

/** The framework's lists: the fast path reads them as given, the schema path copies them first. */
const LIST_KEYS = [
  ...["owners", "plans", "objectives", "indicators", "targets"],
  ...["measurements", "reviewCycles", "reviews", "benchmarks"],
] as const;

const LIST_HOSTILITIES = [
  "removed",
  "undefined",
  "null",
  "an object",
  "a string",
  "a throwing getter on an index",
  "a getter on an index",
  "a proxy whose get throws",
  "a proxy",
  "a revoked proxy",
  "a sparse list",
  "a throwing getter for the list",
] as const;

/** Spoils one of a document's lists as the schema's shell would meet it. */
function spoilList(document: Record<string, unknown>, key: string, how: (typeof LIST_HOSTILITIES)[number]): void {
  const given = Array.isArray(document[key]) ? [...(document[key] as unknown[])] : [];
  const entry = given[0] ?? { indicator: "pi-1", date: "2001-06-30", value: "5" };
  switch (how) {
    case "removed":
      Reflect.deleteProperty(document, key);
      return;
    case "undefined":
      document[key] = undefined;
      return;
    case "null":
      document[key] = null;
      return;
    case "an object":
      document[key] = { 0: entry };
      return;
    case "a string":
      document[key] = "[]";
      return;
    case "a throwing getter on an index":
    case "a getter on an index": {
      const list = [...given, entry];
      Object.defineProperty(list, list.length - 1, {
        enumerable: true,
        get: () => {
          if (how === "a getter on an index") return entry;
          throw new Error("index getter");
        },
      });
      document[key] = list;
      return;
    }
    case "a proxy whose get throws":
      document[key] = new Proxy([...given, entry], {
        get(target, property, receiver) {
          if (property === "0") throw new Error("trap: get");
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      return;
    case "a proxy":
      document[key] = new Proxy([...given, entry], {});
      return;
    case "a revoked proxy": {
      const { proxy, revoke } = Proxy.revocable([entry], {});
      revoke();
      document[key] = proxy;
      return;
    }
    case "a sparse list": {
      const list = [...given];
      list[list.length + 2] = entry;
      document[key] = list;
      return;
    }
    case "a throwing getter for the list":
      Object.defineProperty(document, key, {
        enumerable: true,
        get: () => {
          throw new Error("list getter");
        },
      });
      return;
  }
}

describe("the parser's fast path (issue 22)", () => {
  for (const kind of ["measurements", "objectives", "indicators", "targets"] as const) {
    it(
      `agrees with the schema on every single change to a full ${kind.slice(0, -1)}`,
      () => {
        let accepted = 0;
        let checked = 0;
        for (const entry of FULL[kind]) {
          expect(expectFastAgrees(kind, entry, "the full entry"), "the full entry is on the fast path").toBe(true);
          for (const path of pathsIn(entry)) {
            const where = path.join(".") || "the entry";
            const changes: [string, (parent: Record<string, unknown>, key: string) => unknown][] = [
              ["removed", (parent, key) => Reflect.deleteProperty(parent, key)],
              ...PRIMITIVES.map((value): [string, (parent: Record<string, unknown>, key: string) => unknown] => [
                `set to ${String(value).slice(0, 30)}`,
                (parent, key) => {
                  parent[key] = value;
                },
              ]),
              ...Object.entries(MADE).map(
                ([label, make]): [string, (parent: Record<string, unknown>, key: string) => unknown] => [
                  `set to ${label}`,
                  (parent, key) => {
                    parent[key] = make();
                  },
                ],
              ),
              ...KEYS.map((name): [string, (parent: Record<string, unknown>, key: string) => unknown] => [
                `given ${name} as undefined`,
                (parent, key) => {
                  const target = parent[key];
                  if (typeof target === "object" && target !== null && !Array.isArray(target))
                    Object.defineProperty(target, name, {
                      value: undefined,
                      enumerable: true,
                      writable: true,
                      configurable: true,
                    });
                },
              ]),
              ...["extra", "__proto__", "constructor"].map(
                (name): [string, (parent: Record<string, unknown>, key: string) => unknown] => [
                  `given a key ${name}`,
                  (parent, key) => {
                    const target = parent[key];
                    if (typeof target === "object" && target !== null)
                      Object.defineProperty(target, name, {
                        value: 1,
                        enumerable: true,
                        writable: true,
                        configurable: true,
                      });
                  },
                ],
              ),
            ];
            for (const [name, change] of changes) {
              checked += 1;
              if (expectFastAgrees(kind, changedAt(entry, path, change), `${where} ${name}`)) accepted += 1;
            }
          }
        }
        // Some changes keep the entry valid (another date, a number for a decimal string): the fast path takes those.
        expect(accepted).toBeGreaterThan(checked / 50);
      },
      timeout(60_000),
    );
  }

  for (const kind of ["measurements", "objectives", "indicators", "targets"] as const) {
    it(
      `accepts only ${kind} the schema accepts, and returns what the schema returns`,
      () => {
        const { fast, schema } = PARSERS[kind];
        let accepted = 0;
        let refused = 0;
        fc.assert(
          fc.property(recipeArbitrary(kind), (recipe) => {
            const entry = build(recipe);
            const answer = fastAnswer(fast, entry);
            if (answer === REJECT) {
              refused += 1;
              return;
            }
            accepted += 1;
            const expected = schemaAnswer(schema, entry);
            expect(expected, "the schema refuses what the fast path accepted").toBeDefined();
            expect(sameParsed(answer, expected?.data)).toBeUndefined();
            // A fresh copy: no object of the result is one of the input's.
            const given = objectsIn(entry);
            for (const object of objectsIn(answer)) expect(given.has(object)).toBe(false);
          }),
          { numRuns: runs(1500) },
        );
        // Both halves were exercised: the property is not vacuous.
        expect(accepted).toBeGreaterThan(runs(1500) / 10);
        expect(refused).toBeGreaterThan(runs(1500) / 10);
      },
      timeout(60_000),
    );
  }

  it(
    "gives the same result as the schema path on generated valid and broken documents",
    () => {
      const listsArbitrary = fc.record({
        measurements: fc.array(recipeArbitrary("measurements"), { maxLength: 6 }),
        objectives: fc.array(recipeArbitrary("objectives"), { maxLength: 3 }),
        indicators: fc.array(recipeArbitrary("indicators"), { maxLength: 3 }),
        targets: fc.array(recipeArbitrary("targets"), { maxLength: 3 }),
      });
      let valid = 0;
      let invalid = 0;
      fc.assert(
        fc.property(
          frameworkArbitrary,
          listsArbitrary,
          fc.boolean(),
          fc.boolean(),
          fc.oneof(
            { arbitrary: fc.constant(null), weight: 3 },
            { arbitrary: fc.tuple(fc.constantFrom(...LIST_KEYS), fc.constantFrom(...LIST_HOSTILITIES)), weight: 1 },
          ),
          (framework, lists, replace, clean, hostileList) => {
            const document: Record<string, unknown> = jsonCopy(framework);
            for (const [kind, recipes] of Object.entries(lists)) {
              const entries = recipes.map((recipe) => build(recipe, clean));
              document[kind] = replace ? entries : [...((document[kind] as unknown[] | undefined) ?? []), ...entries];
            }
            if (hostileList !== null) spoilList(document, ...hostileList);
            const fast = safeParseFramework(document);
            const schema = safeParseFrameworkBySchema(document);
            expect(fast.success).toBe(schema.success);
            if (fast.success && schema.success) {
              valid += 1;
              expect(sameParsed(fast.data, schema.data)).toBeUndefined();
            } else if (!fast.success && !schema.success) {
              invalid += 1;
              expect(fast.error.issues).toStrictEqual(schema.error.issues);
              expect(fast.error.message).toBe(schema.error.message);
            }
          },
        ),
        { numRuns: runs(300) },
      );
      expect(valid).toBeGreaterThan(0);
      expect(invalid).toBeGreaterThan(0);
    },
    timeout(120_000),
  );
});
