import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Framework,
  FrameworkValidationError,
  type PathSegment,
  parseFramework,
  safeParseFramework,
} from "../../src/index.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { pathsOf } from "./documentPaths.js";
import { runs } from "../helpers/runs.js";

/** Whether `path` leads somewhere inside `root`, up to its last segment (which may name a missing field). */
function pathFits(root: unknown, path: readonly PathSegment[]): boolean {
  let current = root;
  for (const segment of path.slice(0, -1)) {
    if (current === null || typeof current !== "object" || !Object.prototype.hasOwnProperty.call(current, segment))
      return false;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return path.length === 0 || (current !== null && typeof current === "object");
}

function expectOnlyDataOrValidationError(input: unknown): void {
  let result: unknown;
  try {
    result = parseFramework(input);
  } catch (error) {
    expect(error).toBeInstanceOf(FrameworkValidationError);
    const issues = (error as FrameworkValidationError).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(typeof issue.code).toBe("string");
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(pathFits(input, issue.path), `${issue.path.join(".")} in ${issue.message}`).toBe(true);
    }
    expect(safeParseFramework(input).success).toBe(false);
    return;
  }
  expect(Framework.safeParse(result).success).toBe(true);
}

describe("parseFramework (properties)", () => {
  it("any valid framework survives JSON.stringify then parseFramework unchanged", () => {
    fc.assert(
      fc.property(frameworkArbitrary, (framework) => {
        const frozen = deepFreeze(framework);
        const parsed = parseFramework(JSON.parse(JSON.stringify(frozen)));
        expect(parsed).toStrictEqual(frozen);
        expect(parseFramework(frozen)).toStrictEqual(frozen);
      }),
      { numRuns: runs(300) },
    );
  });

  it("on arbitrary values only ever returns data or throws FrameworkValidationError", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        (value) => {
          expectOnlyDataOrValidationError(value);
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it("on valid frameworks with one part replaced by anything, reports issues whose paths are in the document", () => {
    const replaced = frameworkArbitrary
      .filter((framework) => framework.targets.length > 0 || framework.objectives.length > 0)
      .chain((framework) => {
        const json = JSON.parse(JSON.stringify(framework)) as Record<string, unknown>;
        const paths = pathsOf(json);
        return fc.tuple(fc.constant(json), fc.constantFrom(...paths), fc.anything());
      })
      .map(([json, path, value]) => {
        let parent = json as Record<PropertyKey, unknown>;
        for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<PropertyKey, unknown>;
        parent[path[path.length - 1] as PathSegment] = value;
        return json;
      });
    fc.assert(
      fc.property(replaced, (document) => {
        expectOnlyDataOrValidationError(deepFreeze(document));
      }),
      { numRuns: runs(300) },
    );
  });
});
