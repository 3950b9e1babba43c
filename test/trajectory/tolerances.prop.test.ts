import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { toCanonicalString, toDecimal } from "../../src/internal/decimal.js";
import {
  BRAG,
  DCA5,
  type Framework,
  RAG,
  type Status,
  type Tolerance,
  evaluateTarget,
  indexFramework,
  statusHistory,
} from "../../src/index.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { runs } from "../helpers/runs.js";

const ORDER: readonly Status[] = ["blue", "green", "amber-green", "amber", "amber-red", "red"];
const rank = (status: Status): number => ORDER.indexOf(status);
const negate = (value: string): string => toCanonicalString(toDecimal(value).negated());
const START = toDayNumber("2001-01-31");
const asOf = fromDayNumber(START + 40);

type Sided = "higher-is-better" | "lower-is-better";

/** A comparator target (the Borough against its region): one regional figure and one local figure. */
function comparatorFramework(c: {
  polarity: Sided;
  regional: string;
  margin: string;
  inclusive: boolean;
  tolerance: Tolerance | undefined;
  actual: string;
}): Framework {
  return {
    id: "fw",
    name: "Comparator",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      // An unbounded unit: these laws are about polarity and the line, and a % unit's natural bounds would clamp −v.
      { id: "pi", title: "Local", unit: "u", polarity: c.polarity, measure: "outcome", frequency: "monthly" },
      { id: "pi-region", title: "Region", unit: "u", polarity: c.polarity, measure: "outcome", frequency: "monthly" },
    ],
    targets: [
      {
        id: "t",
        objective: "o",
        indicator: "pi",
        baseline: { date: fromDayNumber(START), value: c.actual },
        goal: { date: fromDayNumber(START + 400), value: c.regional },
        comparator: { indicator: "pi-region", margin: c.margin, ...(c.inclusive ? { inclusive: true } : {}) },
        ...(c.tolerance === undefined ? {} : { tolerance: c.tolerance }),
      },
    ],
    measurements: [
      { indicator: "pi-region", date: fromDayNumber(START + 10), value: c.regional },
      { indicator: "pi", date: fromDayNumber(START + 20), value: c.actual },
    ],
  };
}

const toleranceArbitrary = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 500 }).map((n): Tolerance => ({ points: String(n / 100) })),
  fc.integer({ min: 0, max: 20 }).map((n): Tolerance => ({ percent: String(n) })),
);

const comparatorArbitrary = fc.record({
  polarity: fc.constantFrom<Sided>("higher-is-better", "lower-is-better"),
  regional: decimalStringArbitrary,
  margin: fc.integer({ min: 0, max: 100 }).map((n) => String(n / 10)),
  inclusive: fc.boolean(),
  tolerance: toleranceArbitrary,
  actual: decimalStringArbitrary,
  // How far the second actual lies from the first, in the bad direction (0: the same; often the line itself).
  worse: fc.oneof(
    fc.constant("0"),
    decimalStringArbitrary.map((v) => toCanonicalString(toDecimal(v).abs())),
  ),
  onLine: fc.boolean(),
  scale: fc.constantFrom(RAG, BRAG, DCA5),
});

/** The comparator line: the regional figure moved by the margin toward the good. */
function line(c: { polarity: Sided; regional: string; margin: string }): string {
  const regional = toDecimal(c.regional);
  const margin = toDecimal(c.margin);
  return toCanonicalString(c.polarity === "higher-is-better" ? regional.plus(margin) : regional.minus(margin));
}

describe("comparator targets (properties)", () => {
  it("status never gets better as the actual moves in the bad direction, across the line itself", () => {
    fc.assert(
      fc.property(comparatorArbitrary, (c) => {
        const first = c.onLine ? line(c) : c.actual;
        const worse = toDecimal(c.worse);
        const second = toCanonicalString(
          c.polarity === "higher-is-better" ? toDecimal(first).minus(worse) : toDecimal(first).plus(worse),
        );
        const status = (actual: string) =>
          evaluateTarget(comparatorFramework({ ...c, actual }), "t", { asOf, scale: c.scale }).status;
        expect(rank(status(second))).toBeGreaterThanOrEqual(rank(status(first)));
      }),
      { numRuns: runs(400) },
    );
  });

  it("lower-is-better on v rates exactly as higher-is-better on −v", () => {
    fc.assert(
      fc.property(comparatorArbitrary, (c) => {
        const actual = c.onLine ? line({ ...c, polarity: "higher-is-better" }) : c.actual;
        const higher = comparatorFramework({ ...c, polarity: "higher-is-better", actual });
        const lower = comparatorFramework({
          ...c,
          polarity: "lower-is-better",
          regional: negate(c.regional),
          actual: negate(actual),
        });
        expect(evaluateTarget(lower, "t", { asOf, scale: c.scale }).status).toBe(
          evaluateTarget(higher, "t", { asOf, scale: c.scale }).status,
        );
      }),
      { numRuns: runs(400) },
    );
  });

  it("on the line: green only when inclusive; otherwise red with no tolerance given", () => {
    fc.assert(
      fc.property(comparatorArbitrary, (c) => {
        const status = evaluateTarget(comparatorFramework({ ...c, actual: line(c) }), "t", { asOf }).status;
        if (c.inclusive) expect(status).toBe("green");
        else if (c.tolerance === undefined) expect(status).toBe("red");
        else expect(status).not.toBe("green");
        const index = indexFramework(comparatorFramework({ ...c, actual: line(c) }));
        expect(statusHistory(index, { dates: [asOf] }).targets[0]?.statuses[0]).toBe(status);
      }),
      { numRuns: runs(300) },
    );
  });
});

/** A target falling to (or near) zero with the default tolerance, measured on or around the floor's threshold. */
const nearZeroArbitrary = fc
  .record({
    polarity: fc.constantFrom<Sided>("higher-is-better", "lower-is-better"),
    baseline: fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
    goal: fc.oneof(
      fc.constant(0),
      fc.integer({ min: -1000, max: 1000 }).map((n) => n / 1e6),
    ),
    span: fc.integer({ min: 1, max: 1200 }),
    at: fc.integer({ min: 0, max: 1300 }),
    band: fc.constantFrom(0, 0.5, 1, 2),
    nudge: fc.constantFrom(0, 1e-12, -1e-12, 1e-6, -1e-6),
    scale: fc.constantFrom(RAG, BRAG, DCA5),
  })
  .map((c) => {
    const baseline = toDecimal(String(c.baseline));
    const goal = toDecimal(String(c.goal));
    const at = Math.min(c.at, c.span);
    // The expectation at `at` days of `span` (linear), and the floored tolerance: 5% of max(|e|, |goal − baseline|).
    const expected = baseline.plus(goal.minus(baseline).times(at).div(c.span));
    const spanSize = goal.minus(baseline).abs();
    const amount = toDecimal("0.05").times(expected.abs().greaterThan(spanSize) ? expected.abs() : spanSize);
    const bad = c.polarity === "higher-is-better" ? -1 : 1;
    const actual = expected.plus(amount.times(c.band).times(bad)).plus(c.nudge);
    return { ...c, at, actual: toCanonicalString(actual.toDecimalPlaces(15)) };
  });

describe("the default tolerance near zero in the status kernel (property)", () => {
  it("statusHistory agrees with evaluateTarget on targets falling to zero, on and around the floor's thresholds", () => {
    fc.assert(
      fc.property(nearZeroArbitrary, (c) => {
        const framework: Framework = {
          id: "fw",
          name: "Near zero",
          owners: [],
          plans: [],
          objectives: [],
          indicators: [
            { id: "pi", title: "PI", unit: "n", polarity: c.polarity, measure: "outcome", frequency: "annual" },
          ],
          targets: [
            {
              id: "t",
              objective: "o",
              indicator: "pi",
              baseline: { date: fromDayNumber(START), value: String(c.baseline) },
              goal: { date: fromDayNumber(START + c.span), value: String(c.goal) },
            },
          ],
          measurements: [{ indicator: "pi", date: fromDayNumber(START + c.at), value: c.actual }],
        };
        const index = indexFramework(framework);
        const date = fromDayNumber(START + c.at);
        const exact = evaluateTarget(index, "t", { asOf: date, scale: c.scale }).status;
        expect(statusHistory(index, { dates: [date], scale: c.scale }).targets[0]?.statuses[0]).toBe(exact);
      }),
      { numRuns: runs(1500) },
    );
  });
});
