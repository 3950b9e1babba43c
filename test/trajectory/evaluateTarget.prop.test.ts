import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal, toCanonicalString } from "../../src/internal/decimal.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { BRAG, DCA5, type Framework, RAG, type Status, evaluateTarget } from "../../src/index.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { jsonCopy } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

const ORDER: readonly Status[] = ["blue", "green", "amber-green", "amber", "amber-red", "red"];
const rank = (status: Status): number => ORDER.indexOf(status);
const negate = (value: string): string => toCanonicalString(toDecimal(value).negated());

const START = toDayNumber("2000-01-01");

const caseArbitrary = fc.record({
  baseline: decimalStringArbitrary,
  goal: decimalStringArbitrary,
  span: fc.integer({ min: 1, max: 1500 }),
  at: fc.integer({ min: 0, max: 2000 }),
  actual: decimalStringArbitrary,
  worse: fc
    .bigInt({ min: 0n, max: 10n ** 12n })
    .map((units) => toCanonicalString(toDecimal(units.toString()).div(1000))),
  tolerance: fc.oneof(
    decimalStringArbitrary.map((v) => ({ absolute: toCanonicalString(toDecimal(v).abs()) })),
    fc.integer({ min: 0, max: 50 }).map((p) => ({ percent: String(p) })),
    // The default (issue 9): 5% of the larger of the expectation and the span; the mirror keeps both.
    fc.constant(undefined),
  ),
  kind: fc.constantFrom<"linear" | "step" | "compound" | "period-target">(
    "linear",
    "step",
    "compound",
    "period-target",
  ),
  scale: fc.constantFrom(RAG, BRAG, DCA5),
});

function build(
  c: {
    baseline: string;
    goal: string;
    span: number;
    at: number;
    tolerance: { absolute: string } | { percent: string } | undefined;
    kind: "linear" | "step" | "compound" | "period-target";
  },
  polarity: "higher-is-better" | "lower-is-better",
  actual: string,
  mirror: boolean,
): Framework {
  const flip = (v: string) => (mirror ? negate(v) : v);
  return {
    id: "fw",
    name: "Property",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [{ id: "pi", title: "PI", unit: "u", polarity, measure: "outcome", frequency: "annual" }],
    targets: [
      {
        id: "t",
        objective: "o",
        indicator: "pi",
        baseline: { date: fromDayNumber(START), value: flip(c.baseline) },
        goal: { date: fromDayNumber(START + c.span), value: flip(c.goal) },
        trajectory: c.kind,
        ...(c.tolerance === undefined ? {} : { tolerance: c.tolerance }),
      },
    ],
    measurements: [{ indicator: "pi", date: fromDayNumber(START + c.at), value: flip(actual) }],
  };
}

const asOf = fromDayNumber(START + 2500);

describe("evaluation laws (properties)", () => {
  it("status never gets better as the actual moves in the bad direction", () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        fc.constantFrom<"higher-is-better" | "lower-is-better">("higher-is-better", "lower-is-better"),
        (c, polarity) => {
          const worse =
            polarity === "higher-is-better"
              ? toCanonicalString(toDecimal(c.actual).minus(c.worse))
              : toCanonicalString(toDecimal(c.actual).plus(c.worse));
          const better = evaluateTarget(build(c, polarity, c.actual, false), "t", { asOf, scale: c.scale });
          const worst = evaluateTarget(build(c, polarity, worse, false), "t", { asOf, scale: c.scale });
          expect(rank(worst.status)).toBeGreaterThanOrEqual(rank(better.status));
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it("lower-is-better on v rates exactly as higher-is-better on −v", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const lower = evaluateTarget(build(c, "lower-is-better", c.actual, false), "t", { asOf, scale: c.scale });
        const higher = evaluateTarget(build(c, "higher-is-better", c.actual, true), "t", { asOf, scale: c.scale });
        expect(higher.status).toBe(lower.status);
        expect(higher.progressPercent).toBe(lower.progressPercent);
        expect(higher.forecast).toEqual(lower.forecast);
      }),
      { numRuns: runs(300) },
    );
  });

  it("a shortfall of exactly the tolerance is amber, exactly zero is green", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        // At the goal date the expectation is the goal exactly; an absolute tolerance is exact too.
        const exact = {
          ...c,
          at: c.span,
          tolerance: { absolute: toCanonicalString(toDecimal(c.worse).plus("0.001")) },
        };
        const onBoundary = toCanonicalString(toDecimal(c.goal).minus(exact.tolerance.absolute));
        expect(
          evaluateTarget(build(exact, "higher-is-better", onBoundary, false), "t", { asOf, scale: RAG }).status,
        ).toBe("amber");
        expect(evaluateTarget(build(exact, "higher-is-better", c.goal, false), "t", { asOf, scale: RAG }).status).toBe(
          "green",
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it("evaluations are plain JSON with decimals as canonical strings of at most 10 places", () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const e = evaluateTarget(build(c, "higher-is-better", c.actual, false), "t", { asOf, scale: c.scale });
        expect(jsonCopy(e)).toEqual(e);
        for (const value of [e.actual, e.expected, e.variance, e.variancePercent, e.progressPercent, e.tolerance]) {
          if (value !== null) expect(value).toMatch(/^-?\d+(\.\d{0,9}[1-9])?$/);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
