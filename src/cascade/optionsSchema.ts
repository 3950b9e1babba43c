/**
 * The built-in rules' options, checked without zod: a rule's options are a flat object of a few
 * fields, and the cascade checker should not load a schema library to read them.
 * @internal
 */
import { shown } from "../internal/options.js";
import type { RuleOptionsSpec } from "./types.js";

/** One option's check: `undefined` when the value is acceptable, else what it must be. @internal */
export type OptionCheck = (value: unknown) => string | undefined;

/** A whole number, `least` or more. @internal */
export function wholeAtLeast(least: number): OptionCheck {
  return (value) =>
    typeof value === "number" && Number.isSafeInteger(value) && value >= least
      ? undefined
      : `must be a whole number, ${String(least)} or more; got ${shown(value)}`;
}

/** `true` or `false`. @internal */
export const isBoolean: OptionCheck = (value) =>
  typeof value === "boolean" ? undefined : `must be true or false; got ${shown(value)}`;

/**
 * A validator of an options object with exactly the given fields, each checked (the defaults are
 * merged in before it runs, so every field is present unless a user's own key is unknown). It has
 * the `safeParse` that {@link RuleOptionsSpec} asks for; on success it gives a copy.
 * @internal
 */
export function strictOptions<Options extends object>(fields: {
  readonly [K in keyof Options]: OptionCheck;
}): RuleOptionsSpec<Options>["schema"] {
  const names = Object.keys(fields) as (keyof Options & string)[];
  const known = new Set<string>(names);
  return {
    safeParse(value) {
      const issues: { path: readonly PropertyKey[]; message: string }[] = [];
      const given = value as Record<string, unknown>;
      for (const name of names) {
        const message = Object.hasOwn(given, name)
          ? fields[name](given[name])
          : `is missing: ${fields[name](undefined) ?? "give it"}`;
        if (message !== undefined) issues.push({ path: [name], message });
      }
      for (const key of Object.keys(given))
        if (!known.has(key))
          issues.push({ path: [key], message: `is not an option of this rule; its options are ${names.join(", ")}` });
      if (issues.length > 0) return { success: false, error: { issues } };
      const data = {} as Record<string, unknown>;
      for (const name of names) data[name] = given[name];
      return { success: true, data: data as Options };
    },
  };
}
