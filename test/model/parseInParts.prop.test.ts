// Parsing list by list (issue 8, item 8) gives what parsing the whole document with the Framework
// schema gives: the same data for a valid document, the same issues in the same order for an invalid one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Framework, type PathSegment, safeParseFramework } from "../../src/index.js";
import { frameworkIssuesFrom } from "../../src/model/issueMessages.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { pathsOf } from "./documentPaths.js";
import { runs } from "../helpers/runs.js";

function expectSameAsWholeSchema(input: unknown): void {
  const whole = Framework.safeParse(input);
  const inParts = safeParseFramework(input);
  expect(inParts.success).toBe(whole.success);
  if (whole.success) expect(inParts.success ? inParts.data : undefined).toEqual(whole.data);
  else expect(inParts.success ? [] : inParts.error.issues).toEqual(frameworkIssuesFrom(whole.error.issues, input));
}

describe("safeParseFramework agrees with the whole Framework schema", () => {
  it("on valid frameworks", () => {
    fc.assert(fc.property(frameworkArbitrary, expectSameAsWholeSchema), { numRuns: runs(100) });
  });

  it("on valid frameworks with up to three parts replaced by anything", () => {
    const replaced = frameworkArbitrary.chain((framework) => {
      const json = JSON.parse(JSON.stringify(framework)) as Record<string, unknown>;
      const paths = pathsOf(json);
      const edit = fc.tuple(fc.constantFrom(...paths), fc.jsonValue());
      return fc.tuple(fc.constant(json), fc.array(edit, { minLength: 1, maxLength: 3 }));
    });
    fc.assert(
      fc.property(replaced, ([json, edits]) => {
        for (const [path, value] of edits) {
          let parent: unknown = json;
          for (const segment of path.slice(0, -1)) {
            parent =
              parent !== null && typeof parent === "object"
                ? (parent as Record<PathSegment, unknown>)[segment]
                : undefined;
          }
          if (parent !== null && typeof parent === "object") {
            (parent as Record<PathSegment, unknown>)[path[path.length - 1] as PathSegment] = value;
          }
        }
        expectSameAsWholeSchema(json);
      }),
      { numRuns: runs(300) },
    );
  });
});
