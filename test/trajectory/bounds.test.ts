import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/internal/decimal.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import {
  type Framework,
  type Indicator,
  type Target,
  evaluateTarget,
  expectedValue,
  indexFramework,
  safeParseFramework,
  statusHistory,
  trajectory,
} from "../../src/index.js";
import { boundsOf } from "../../src/model/bounds.js";
import { clampDecimal } from "../../src/trajectory/clamp.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

const percent: Indicator = {
  id: "pi",
  title: "Homeless households offered accommodation within 21 days",
  unit: "%",
  polarity: "higher-is-better",
  measure: "output",
  frequency: "quarterly",
};

/** 80% on 2001-03-31, up 50% by 2002-03-31: 80 × 1.5 = 120, which a percentage cannot reach. */
const offers: Target = deepFreeze({
  id: "t",
  objective: "o",
  indicator: "pi",
  baseline: { date: "2001-03-31", value: "80" },
  goal: { date: "2002-03-31", change: { percent: "50" } },
});

function framework(measurements: { date: string; value: string }[], indicator: Indicator = percent): Framework {
  return deepFreeze({
    id: "fw",
    name: "Bounds",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [indicator],
    targets: [offers],
    measurements: measurements.map((m) => ({ indicator: "pi", ...m })),
  });
}

describe("natural bounds", () => {
  it("a % indicator runs 0–100 unless it says otherwise; min and max replace the default; other units are unbounded", () => {
    const show = (b: ReturnType<typeof boundsOf>) => [b.min?.toString(), b.max?.toString()];
    expect(show(boundsOf({ unit: "%" }))).toEqual(["0", "100"]);
    expect(show(boundsOf({ unit: "%", min: "-50" }))).toEqual(["-50", undefined]);
    expect(show(boundsOf({ unit: "households" }))).toEqual([undefined, undefined]);
    expect(show(boundsOf({ unit: "days", min: "0" }))).toEqual(["0", undefined]);
  });

  it("+50% on 80% is 120 unbounded and 100 for a % indicator, and the trajectory says it is clamped", () => {
    expect(expectedValue(offers, "2002-03-31")).toBe("120");
    expect(expectedValue(offers, "2002-03-31", { indicator: percent })).toBe("100");
    // 2001-06-30 is 91 of 365 days in: 80 + 40 × 91/365 = 89.9726027397, inside the bounds, not clamped.
    // 2001-09-30 is 183 days in: 80 + 40 × 183/365 = 100.0547945205, clamped to 100.
    expect(trajectory(offers, ["2001-06-30", "2001-09-30"], { indicator: percent })).toEqual([
      { date: "2001-06-30", expected: "89.9726027397", band: null, clamped: false },
      { date: "2001-09-30", expected: "100", band: null, clamped: true },
    ]);
  });

  it("an evaluation judges against the clamped expectation and reports the clamped goal: 99 on 2001-12-31 is amber", () => {
    // Unclamped, 2001-12-31 (275 days in) expects 80 + 40 × 275/365 = 110.1369863014; clamped, 100.
    // 99 is 1 short of 100, within 5% of 100 = 5: amber (unclamped it would be 11.1 short of 110.1, over 5.5: red).
    const e = evaluateTarget(framework([{ date: "2001-12-31", value: "99" }]), "t", { asOf: "2002-01-15" });
    expect([e.status, e.expected, e.goal, e.tolerance]).toEqual(["amber", "100", "100", "5"]);
    // Progress runs toward the clamped goal: (99 − 80) / (100 − 80) = 95%.
    expect(e.progressPercent).toBe("95");
  });

  it("a forecast beyond the bounds is clamped and says so: 90, 95, 99 at 91, 183, 275 days project past 100", () => {
    const e = evaluateTarget(
      framework([
        { date: "2001-06-30", value: "90" },
        { date: "2001-09-30", value: "95" },
        { date: "2001-12-31", value: "99" },
      ]),
      "t",
      { asOf: "2002-01-15" },
    );
    expect(e.forecast).toEqual({ value: "100", status: "green", meetsGoal: true, clamped: true });
    const within = evaluateTarget(
      framework([
        { date: "2001-06-30", value: "80" },
        { date: "2001-09-30", value: "80" },
        { date: "2001-12-31", value: "80" },
      ]),
      "t",
      { asOf: "2002-01-15" },
    );
    expect(within.forecast).toMatchObject({ value: "80", clamped: false });
  });

  it("the status kernel agrees with evaluateTarget on clamped expectations, and BRAG's blue is the clamped goal", () => {
    for (const value of ["94.99", "95", "99", "100"]) {
      const index = indexFramework(framework([{ date: "2001-12-31", value }]));
      const exact = evaluateTarget(index, "t", { asOf: "2002-01-15" }).status;
      expect(statusHistory(index, { dates: ["2002-01-15"] }).targets[0]?.statuses[0]).toBe(exact);
    }
    expect(evaluateTarget(framework([{ date: "2001-12-31", value: "100" }]), "t", { asOf: "2002-01-15" }).status).toBe(
      "green",
    );
  });

  it("refuses a min above its max with an issue on max that says what to do", () => {
    const result = safeParseFramework(framework([], { ...percent, min: "100", max: "0" }));
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.error.issues[0];
    expect([issue?.code, issue?.path]).toEqual(["invalid_format", ["indicators", 0, "max"]]);
    expect(issue?.message).toMatch(/must be at least its min/);
  });
});

describe("clamping laws (properties)", () => {
  it("never moves a value inside the bounds, and puts every value outside them on the nearer bound", () => {
    fc.assert(
      fc.property(decimalStringArbitrary, decimalStringArbitrary, decimalStringArbitrary, (x, a, b) => {
        const [min, max] = toDecimal(a).lessThanOrEqualTo(toDecimal(b)) ? [a, b] : [b, a];
        const bounds = boundsOf({ unit: "u", min, max });
        const value = toDecimal(x);
        const clamped = clampDecimal(value, bounds);
        const inside = value.greaterThanOrEqualTo(min) && value.lessThanOrEqualTo(max);
        expect(clamped.clamped).toBe(!inside);
        expect(clamped.value.equals(inside ? value : value.lessThan(min) ? toDecimal(min) : toDecimal(max))).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it("the kernel agrees with evaluateTarget on % targets whose paths leave 0–100 (property)", () => {
    const start = toDayNumber("2001-04-01");
    fc.assert(
      fc.property(
        fc.integer({ min: -50, max: 150 }),
        fc.integer({ min: -50, max: 150 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -100, max: 200 }),
        fc.constantFrom<Target["trajectory"]>("linear", "step", "compound", "period-target"),
        (baseline, goal, at, actual, kind) => {
          const fw: Framework = {
            ...framework([{ date: fromDayNumber(start + at), value: String(actual) }]),
            targets: [
              {
                ...offers,
                trajectory: kind,
                baseline: { date: fromDayNumber(start), value: String(baseline) },
                goal: { date: fromDayNumber(start + 365), value: String(goal) },
              },
            ],
          };
          const index = indexFramework(fw);
          const asOf = fromDayNumber(start + at);
          const exact = evaluateTarget(index, "t", { asOf });
          expect(statusHistory(index, { dates: [asOf] }).targets[0]?.statuses[0]).toBe(exact.status);
          const expected = toDecimal(exact.expected ?? "0");
          expect(expected.greaterThanOrEqualTo(0) && expected.lessThanOrEqualTo(100)).toBe(true);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
