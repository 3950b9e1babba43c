import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RAG, TrajectoryError, evaluateFramework, evaluateTarget, statusHistory } from "../../src/trajectory/index.js";
import { framework } from "./optionsFramework.js";
import { runs } from "../helpers/runs.js";

const amount = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.constantFrom("abc", "NaN", "Infinity", "-5", "5", "0", "1e3", " 5", "-0", ""),
  fc.stringMatching(/^-?\d{1,3}(\.\d{1,3})?$/u),
);

/** Tolerances a careless caller might pass: well formed or not. */
const tolerance = fc.oneof(
  fc.anything(),
  fc.record({ percent: amount }),
  fc.record({ absolute: amount }),
  fc.record({ percent: amount, absolute: amount }, { requiredKeys: [] }),
);

/** Scales a careless caller might pass. */
const scale = fc.oneof(
  fc.anything(),
  fc.record({
    id: fc.oneof(fc.string(), fc.anything()),
    bands: fc.oneof(
      fc.anything(),
      fc.array(fc.record({ status: fc.constantFrom("green", "amber", "red", "purple"), upTo: amount })),
    ),
    beyond: fc.constantFrom("red", "no-data", 1),
  }),
);

const asOf = fc.oneof(fc.anything(), fc.constantFrom("2001-10-15", "2001-02-30", "15/10/2001"));

/** Either a TrajectoryError, or a result with no NaN or infinity anywhere. */
function expectTypedErrorOrClean(call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(TrajectoryError);
    return;
  }
  expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/u);
}

describe("options from a careless caller (property)", () => {
  it("every engine gives a TrajectoryError or a clean result, whatever the tolerance, scale and asOf", () => {
    fc.assert(
      fc.property(fc.option(tolerance), fc.option(scale), asOf, (tol, sc, date) => {
        const options = { asOf: date, tolerance: tol, scale: sc } as never;
        expectTypedErrorOrClean(() => evaluateTarget(framework, "t", options));
        expectTypedErrorOrClean(() => evaluateFramework(framework, options));
        expectTypedErrorOrClean(() =>
          evaluateFramework(framework, { ...(options as object), detail: "status" } as never),
        );
        expectTypedErrorOrClean(() => statusHistory(framework, { dates: [date], tolerance: tol, scale: sc } as never));
      }),
      { numRuns: runs(400) },
    );
  });

  it("a well-formed tolerance never throws, and statusHistory agrees with evaluateTarget", () => {
    const goodAmount = fc.stringMatching(/^\d{1,3}(\.\d{1,3})?$/u);
    fc.assert(
      fc.property(fc.oneof(fc.record({ percent: goodAmount }), fc.record({ absolute: goodAmount })), (tol) => {
        const evaluation = evaluateTarget(framework, "t", { asOf: "2001-10-15", tolerance: tol, scale: RAG });
        const history = statusHistory(framework, { dates: ["2001-10-15"], tolerance: tol });
        expect(history.targets[0]?.statuses).toEqual([evaluation.status]);
      }),
      { numRuns: runs(200) },
    );
  });
});
