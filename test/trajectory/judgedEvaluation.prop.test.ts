/**
 * `Evaluation` is a union discriminated by `status`: a judged status (a band of the scale) comes
 * with an actual, its date, a variance and a tolerance; an unjudged one with neither variance nor
 * tolerance. The types say so (`JudgedEvaluation`, `UnjudgedEvaluation`); these tests hold every
 * evaluation the engine makes to it.
 */
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  BRAG,
  DCA5,
  type Evaluation,
  type JudgedEvaluation,
  type UnjudgedEvaluation,
  evaluateFramework,
  isJudged,
} from "../../src/index.js";
import { reportDateArbitrary, reportableFrameworkArbitrary } from "../arbitraries/report.js";
import { example } from "../helpers/fixtures.js";

function expectShapeOf(evaluation: Evaluation): void {
  if (isJudged(evaluation)) {
    expect(typeof evaluation.actual).toBe("string");
    expect(typeof evaluation.actualDate).toBe("string");
    expect(typeof evaluation.variance).toBe("string");
    expect(typeof evaluation.tolerance).toBe("string");
  } else {
    expect(["no-data", "not-started", "awaiting-data"]).toContain(evaluation.status);
    expect(evaluation.variance).toBeNull();
    expect(evaluation.tolerance).toBeNull();
    expect(evaluation.actual === null).toBe(evaluation.actualDate === null);
  }
}

describe("Evaluation, discriminated by status", () => {
  it("narrows on isJudged and on status", () => {
    const narrow = (evaluation: Evaluation): string | null => {
      if (evaluation.status === "red") {
        expectTypeOf(evaluation).toEqualTypeOf<JudgedEvaluation>();
        return evaluation.actual;
      }
      if (evaluation.status === "awaiting-data") expectTypeOf(evaluation).toEqualTypeOf<UnjudgedEvaluation>();
      return isJudged(evaluation) ? evaluation.variance : evaluation.variance;
    };
    expect(narrow({ status: "awaiting-data", variance: null } as Evaluation)).toBeNull();
    expectTypeOf<JudgedEvaluation["actual"]>().toEqualTypeOf<string>();
    expectTypeOf<UnjudgedEvaluation["variance"]>().toEqualTypeOf<null>();
  });

  it("holds for Stockton and Spelthorne on every month end from 2000 to 2005, on RAG, BRAG and DCA5", () => {
    const seen = new Set<string>();
    for (const framework of [example("stockton"), example("spelthorne")])
      for (let year = 2000; year <= 2005; year += 1)
        for (const month of ["01-31", "04-30", "07-31", "10-31"])
          for (const scale of [undefined, BRAG, DCA5]) {
            const { targets: evaluations } = evaluateFramework(framework, { asOf: `${String(year)}-${month}`, scale });
            for (const evaluation of evaluations) {
              expectShapeOf(evaluation);
              seen.add(evaluation.status);
            }
          }
    for (const status of ["green", "amber", "red", "not-started", "awaiting-data", "no-data"])
      expect(seen, status).toContain(status);
  });

  it("holds for generated frameworks on any date", () => {
    fc.assert(
      fc.property(reportableFrameworkArbitrary, reportDateArbitrary, (framework, asOf) => {
        for (const evaluation of evaluateFramework(framework, { asOf }).targets) expectShapeOf(evaluation);
      }),
      { numRuns: 60 },
    );
  });
});
