import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { countOnOrBefore } from "../../src/internal/sortedByDate.js";
import {
  BRAG,
  DCA5,
  type FrameworkIndex,
  RAG,
  type Scale,
  type Status,
  evaluateTarget,
  indexFramework,
  parseFramework,
} from "../../src/index.js";
import { concernRunOf } from "../../src/report/inHand.js";
import { reportDateArbitrary, reportableFrameworkArbitrary } from "../arbitraries/report.js";

const CONCERN = new Set<Status>(["amber", "amber-red", "red"]);

/** The amber run as the report first counted it: `evaluateTarget` as of each earlier date of the series. */
function evaluatedRun(index: FrameworkIndex, id: string, asOf: string, scale: Scale, limit: number): number {
  const evaluation = evaluateTarget(index, id, { asOf, scale });
  if (!CONCERN.has(evaluation.status) || evaluation.actualDate === null) return 0;
  const series = index.measurementsByIndicator.get(index.targets.get(id)?.indicator ?? "") ?? [];
  let run = 1;
  let date = evaluation.actualDate;
  while (run < limit) {
    const previous = series[countOnOrBefore(series, fromDayNumber(toDayNumber(date) - 1)) - 1];
    if (previous === undefined) break;
    date = previous.date;
    const then = evaluateTarget(index, id, { asOf: date, scale });
    if (then.actualDate !== date || !CONCERN.has(then.status)) break;
    run += 1;
  }
  return run;
}

describe("the report's amber run (issue 20, performance)", () => {
  it("judging earlier figures by the status kernel counts the run that evaluating the target as of each earlier date counts", () => {
    let runs = 0;
    fc.assert(
      fc.property(
        reportableFrameworkArbitrary,
        reportDateArbitrary,
        fc.constantFrom(RAG, BRAG, DCA5),
        fc.integer({ min: 2, max: 6 }),
        (document, asOf, scale, limit) => {
          const index = indexFramework(parseFramework(document));
          for (const target of index.targets.values()) {
            const evaluation = evaluateTarget(index, target.id, { asOf, scale });
            const run = concernRunOf(index, evaluation, target.indicator, scale, limit);
            expect(run).toBe(evaluatedRun(index, target.id, asOf, scale, limit));
            if (run > 1) runs += 1;
          }
        },
      ),
      { numRuns: 150 },
    );
    // The generated frameworks do reach runs of more than one period, so the kernel's judgements were compared.
    expect(runs).toBeGreaterThan(0);
  });
});
