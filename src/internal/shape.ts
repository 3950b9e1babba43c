/**
 * Shapes: small declarative checks of plain JSON values (a string, a list of objects with these
 * fields…), for the engines that check what they are handed without loading zod (the report's
 * renderers checking a report, scrutiny reading a previous one). A check says where the value first
 * leaves its shape and what was expected there; it reads only the fields the shape names (others
 * are let be, as zod's objects do), walks lists with a loop, and recurses only as deep as the
 * shape itself, never as deep as the data.
 * @internal
 */

/** Where a value first leaves its shape, and what was expected there ("a string", "a list"). @internal */
export interface ShapeMiss {
  readonly path: readonly PropertyKey[];
  readonly expected: string;
}

/** The check behind a shape: `undefined` when the value fits, else where it first does not. @internal */
export type Check = (value: unknown, path: readonly PropertyKey[]) => ShapeMiss | undefined;

/** A check of a value of type `T`. @internal */
export interface Shape<T> {
  readonly check: Check;
  /** The same shape, or `null`. */
  nullable(): Shape<T | null>;
  /** The same shape, `null`, or left out: a field a value saved by an earlier version may not have. */
  nullish(): Shape<T | null | undefined>;
  /** The type a value that fits has; never read at run time. */
  readonly type?: T;
}

/** A shape from its check. @internal */
export function shape<T>(check: Check): Shape<T> {
  const orNull =
    (what: string, allowed: (value: unknown) => boolean): Check =>
    (value, path) => {
      if (allowed(value)) return undefined;
      const miss = check(value, path);
      // Said of the value itself ("a string or null"), not of a field inside it.
      return miss?.path === path ? { path, expected: `${miss.expected} ${what}` } : miss;
    };
  return {
    check,
    nullable: () => shape<T | null>(orNull("or null", (value) => value === null)),
    nullish: () => shape<T | null | undefined>(orNull("or null", (value) => value === null || value === undefined)),
  };
}

/** The type of the values a shape fits. @internal */
export type Infer<S> = S extends Shape<infer T> ? T : never;

function leaf<T>(expected: string, fits: (value: unknown) => boolean): Shape<T> {
  return shape((value, path) => (fits(value) ? undefined : { path, expected }));
}

const isObject = (value: unknown): value is Readonly<Record<PropertyKey, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A string. @internal */
export const string: Shape<string> = leaf("a string", (value) => typeof value === "string");

/** A boolean. @internal */
export const boolean: Shape<boolean> = leaf("a boolean", (value) => typeof value === "boolean");

/** A whole number, 0 or more (a count). @internal */
export const count: Shape<number> = leaf(
  "a whole number, 0 or more",
  (value) => typeof value === "number" && Number.isSafeInteger(value) && value >= 0,
);

/** One of the strings given. @internal */
export function oneOf<const V extends readonly string[]>(values: V): Shape<V[number]> {
  const known = new Set<unknown>(values);
  return leaf(`one of ${values.map((value) => JSON.stringify(value)).join(", ")}`, (value) => known.has(value));
}

/** A list whose every item has the shape. @internal */
export function array<T>(item: Shape<T>): Shape<T[]> {
  return shape((value, path) => {
    if (!Array.isArray(value)) return { path, expected: "a list" };
    for (let i = 0; i < value.length; i += 1) {
      const miss = item.check(value[i], [...path, i]);
      if (miss !== undefined) return miss;
    }
    return undefined;
  });
}

/** The fields of an object shape, each a shape. @internal */
export type Fields = Readonly<Record<string, Shape<unknown>>>;

/** An object shape, which can be extended with more fields. @internal */
export interface ObjectShape<F extends Fields> extends Shape<{ [K in keyof F]: Infer<F[K]> }> {
  readonly fields: F;
  extend<G extends Fields>(more: G): ObjectShape<Omit<F, keyof G> & G>;
}

/** An object with these fields, each of its shape, in the order given; other fields are let be. @internal */
export function object<F extends Fields>(fields: F): ObjectShape<F> {
  const entries = Object.entries(fields);
  const base = shape<{ [K in keyof F]: Infer<F[K]> }>((value, path) => {
    if (!isObject(value)) return { path, expected: "an object" };
    for (const [key, field] of entries) {
      const miss = field.check(value[key], [...path, key]);
      if (miss !== undefined) return miss;
    }
    return undefined;
  });
  return {
    ...base,
    fields,
    extend: <G extends Fields>(more: G) => object<Omit<F, keyof G> & G>({ ...fields, ...more }),
  };
}

/**
 * An object keyed by some of `keys` (`what` names them: "statuses"), each value of the shape: a
 * count of each status, where a status with none may be left out.
 * @internal
 */
export function keyedBy<K extends string, T>(
  keys: readonly K[],
  what: string,
  item: Shape<T>,
): Shape<Partial<Record<K, T>>> {
  const known = new Set<string>(keys);
  return shape((value, path) => {
    if (!isObject(value)) return { path, expected: "an object" };
    // The known keys' values in the object's order, then any other key: where zod's record looked.
    let unknown = false;
    for (const key of Object.keys(value)) {
      if (!known.has(key)) {
        unknown = true;
        continue;
      }
      const miss = item.check(value[key], [...path, key]);
      if (miss !== undefined) return miss;
    }
    return unknown ? { path, expected: `keyed by ${what}` } : undefined;
  });
}
