/**
 * Checking a value a report function is given against a schema, with a {@link ReportError} that names
 * the argument and the first place that is wrong. A leaf: the report's checks (check.ts) and
 * scrutiny's check of a previous report both use it.
 * @internal
 */
import { shown } from "../internal/options.js";
import type { Shape } from "../internal/shape.js";
import { ReportError } from "./errors.js";

/** The value at `path` inside `value`, or undefined where the path leaves it. */
function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/** `report.exceptions[3].title`: where an issue is, as the caller named the argument. */
function place(what: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (written, key) => (typeof key === "number" ? `${written}[${String(key)}]` : `${written}.${String(key)}`),
    what,
  );
}

/** Checks `value` against a schema; throws a ReportError naming the first place it fails. @internal */
export function checkShape(schema: Shape<unknown>, value: unknown, what: string, kind: string): void {
  let miss;
  try {
    miss = schema.check(value, []);
  } catch (error) {
    throw new ReportError(`${what} is not ${kind}: its properties cannot be read`, { cause: error });
  }
  if (miss === undefined) return;
  const path = miss.path;
  const found = at(value, path);
  throw new ReportError(
    path.length === 0
      ? `${what} must be ${kind}; got ${shown(value)}`
      : `${what} is not ${kind}: ${place(what, path)} must be ${miss.expected}; got ${shown(found)}`,
  );
}
