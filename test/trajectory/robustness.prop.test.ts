import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BRAG,
  DCA5,
  RAG,
  evaluateFramework,
  evaluateTarget,
  expectedValue,
  indexFramework,
  rollUp,
  statusHistory,
  trajectory,
} from "../../src/index.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

describe("the trajectory engines on any parsed framework (properties)", () => {
  it("never throw, give plain JSON, and the fast kernel agrees with the full evaluation", () => {
    fc.assert(
      fc.property(
        frameworkArbitrary,
        fc.constantFrom("1990-01-01", "2005-06-30", "2040-12-31"),
        fc.constantFrom(RAG, BRAG, DCA5),
        (framework, asOf, scale) => {
          const index = indexFramework(deepFreeze(framework));
          const full = evaluateFramework(index, { asOf, scale });
          expect(jsonCopy(full)).toEqual(full);
          const fast = evaluateFramework(index, { asOf, scale, detail: "status" });
          expect(fast.targets).toEqual(full.targets.map((e) => ({ target: e.target, status: e.status })));
          const history = statusHistory(index, { dates: [asOf], scale });
          expect(history.targets.map((row) => row.statuses[0])).toEqual(full.targets.map((e) => e.status));
          for (const method of ["worst", "weighted", "share-green"] as const)
            expect(rollUp(index, full.targets, { method }).length).toBe(index.objectives.size);
          for (const target of index.targets.values()) {
            expect(evaluateTarget(index, target.id, { asOf, scale }).target).toBe(target.id);
            // expectedValue is for a point goal; a band (original or revised) is expectedBand's.
            if (!("low" in target.goal) && !(target.revisions ?? []).some((revision) => "low" in revision.goal)) {
              const value = expectedValue(target, asOf);
              expect(value === null || typeof value === "string").toBe(true);
            }
            expect(trajectory(target, [asOf])).toHaveLength(1);
          }
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
