import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Framework, builtInRules } from "../../src/index.js";
import { baseFramework, findingsOf } from "../cascade/harness.js";

const docs = fileURLToPath(new URL("../../docs/", import.meta.url));

interface Example {
  readonly kind: "incorrect" | "correct";
  readonly patch: Record<string, unknown>;
}

/** The ```json incorrect and ```json correct blocks of a rule page. */
function examplesOf(page: string): Example[] {
  const examples: Example[] = [];
  const fence = /```json (incorrect|correct)\n([\s\S]*?)```/g;
  for (let match = fence.exec(page); match !== null; match = fence.exec(page)) {
    examples.push({
      kind: match[1] as Example["kind"],
      patch: JSON.parse(match[2] as string) as Record<string, unknown>,
    });
  }
  return examples;
}

/**
 * Applies a page's patch to the base framework: entities are merged by id (a null removes a field,
 * `"$remove": true` removes the entity, `"$append": true` adds it even when its id exists), new
 * ones appended; other keys are replaced.
 */
export function applyPatch(base: Framework, patch: Record<string, unknown>): Framework {
  const result = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$check") continue;
    const current = result[key];
    if (Array.isArray(current) && Array.isArray(value)) {
      const list = current as Record<string, unknown>[];
      for (const item of value as Record<string, unknown>[]) {
        const at = typeof item.id === "string" ? list.findIndex((entity) => entity.id === item.id) : -1;
        if (item.$append === true) {
          const entity = { ...item };
          delete entity.$append;
          list.push(entity);
        } else if (at < 0) {
          list.push(item);
        } else if (item.$remove === true) {
          list.splice(at, 1);
        } else {
          const merged = { ...list[at], ...item };
          for (const [field, fieldValue] of Object.entries(item))
            if (fieldValue === null) Reflect.deleteProperty(merged, field);
          list[at] = merged;
        }
      }
    } else if (value === null) {
      Reflect.deleteProperty(result, key);
    } else {
      result[key] = value;
    }
  }
  return result as unknown as Framework;
}

describe("docs/rules: a page per built-in rule, with examples that hold", () => {
  it("lists every rule in the cascade guide", () => {
    const guide = readFileSync(`${docs}cascade.md`, "utf8");
    for (const rule of builtInRules) expect(guide).toContain(`[${rule.id}](rules/${rule.id}.md)`);
  });

  it.each(builtInRules.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
    const path = `${docs}rules/${id}.md`;
    expect(existsSync(path), path).toBe(true);
    const page = readFileSync(path, "utf8");
    for (const heading of ["## What it checks", "## Why", "## Incorrect", "## Correct", "## Options"])
      expect(page).toContain(heading);
    expect(page).toContain(rule.meta.defaultSeverity);
    expect(page).toContain(rule.meta.seedRef);
    const examples = examplesOf(page);
    expect(examples.some((example) => example.kind === "incorrect")).toBe(true);
    expect(examples.some((example) => example.kind === "correct")).toBe(true);
    for (const example of examples) {
      const check = (example.patch.$check ?? {}) as { asOf?: string; options?: unknown };
      const framework = applyPatch(baseFramework(), example.patch);
      const found = findingsOf(id, framework, check);
      if (example.kind === "incorrect")
        expect(found.length, `${id}: an incorrect example finds nothing`).toBeGreaterThan(0);
      else
        expect(
          found.map((finding) => finding.message),
          `${id}: a correct example finds something`,
        ).toEqual([]);
    }
  });
});
