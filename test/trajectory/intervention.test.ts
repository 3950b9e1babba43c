import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCanonicalString, toDecimal } from "../../src/internal/decimal.js";
import {
  BRAG,
  DCA5,
  type Framework,
  type Measurement,
  RAG,
  type Target,
  evaluateTarget,
  statusHistory,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

type Polarity = "higher-is-better" | "lower-is-better";

/** Stockton's re-lets (seed 5.3.5.5): 70% on 31 March 2001 to 100% a year later, measured quarterly. */
function relets(
  extra: Partial<Target>,
  measurements: readonly Measurement[],
  polarity: Polarity = "higher-is-better",
  unit = "%",
) {
  const framework: Framework = {
    id: "fw",
    name: "Re-lets",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      {
        id: "pi-relet",
        title: "Houses available for re-let within 28 days",
        unit,
        polarity,
        measure: "output",
        frequency: "quarterly",
      },
    ],
    targets: [
      {
        id: "t-relet",
        objective: "o",
        indicator: "pi-relet",
        baseline: { date: "2001-03-31", value: "70" },
        goal: { date: "2002-03-31", value: "100" },
        ...extra,
      },
    ],
    measurements: [...measurements],
  };
  return deepFreeze(framework);
}

const quarter = (date: string, value: string): Measurement => ({ indicator: "pi-relet", date, value });

describe("the intervention floor (issue 9)", () => {
  it("makes a figure below it red whatever the path, and says so", () => {
    // On 30 June the path expects 70 + 30 × 91/365 = 77.4794…; 76 is 1.48 short, within 5% (3.87): amber.
    const measurements = [quarter("2001-06-30", "76")];
    expect(evaluateTarget(relets({}, measurements), "t-relet", { asOf: "2001-07-15" })).toMatchObject({
      status: "amber",
      floorBreached: false,
    });
    // With a floor of 77 the same 76 is below the intervention line: red.
    const floored = evaluateTarget(relets({ floor: "77" }, measurements), "t-relet", { asOf: "2001-07-15" });
    expect(floored).toMatchObject({ status: "red", floorBreached: true });
    // At the floor exactly is not below it: the path decides (77 is 0.48 short: amber).
    const atFloor = relets({ floor: "77" }, [quarter("2001-06-30", "77")]);
    expect(evaluateTarget(atFloor, "t-relet", { asOf: "2001-07-15" })).toMatchObject({
      status: "amber",
      floorBreached: false,
    });
    // The status kernel agrees.
    expect(
      statusHistory(relets({ floor: "77" }, measurements), { dates: ["2001-07-15"] }).targets[0]?.statuses,
    ).toEqual(["red"]);
  });

  it("is a ceiling when lower is better, and the worst status of any scale", () => {
    // Lower is better, baseline 70 → goal 100 makes no sense, so mirror: 30 → 0 with a ceiling of 40.
    const target: Partial<Target> = {
      baseline: { date: "2001-03-31", value: "30" },
      goal: { date: "2002-03-31", value: "0" },
      floor: "40",
    };
    const above = relets(target, [quarter("2001-06-30", "41")], "lower-is-better");
    for (const scale of [RAG, BRAG, DCA5]) {
      expect(evaluateTarget(above, "t-relet", { asOf: "2001-07-15", scale })).toMatchObject({
        status: scale.beyond,
        floorBreached: true,
      });
    }
  });

  it("counts consecutive red periods, the last figure of each date, so a report can trigger intervention", () => {
    // Expectations (30 × days/365 above 70): June 77.4795, September 85.0411, December 92.6027, March 100 (5% tolerance each).
    const measurements = [
      quarter("2001-06-30", "78"), // green
      quarter("2001-09-30", "70"), // 15.04 short, tolerance 4.25: red
      quarter("2001-12-31", "90"), // first return for December, superseded below
      quarter("2001-12-31", "80"), // 12.60 short, tolerance 4.63: red
      quarter("2002-03-31", "90"), // 10 short, tolerance 5: red
    ];
    const framework = relets({}, measurements);
    const consecutive = (asOf: string) => evaluateTarget(framework, "t-relet", { asOf }).consecutiveRed;
    expect(consecutive("2001-07-15")).toBe(0);
    expect(consecutive("2001-10-15")).toBe(1);
    expect(consecutive("2002-01-15")).toBe(2);
    expect(consecutive("2002-04-15")).toBe(3);
    // A green period ends the run: with June red too, the run still stops at the baseline.
    const allRed = relets({}, [quarter("2001-06-30", "60"), ...measurements.slice(1)]);
    expect(evaluateTarget(allRed, "t-relet", { asOf: "2002-04-15" }).consecutiveRed).toBe(4);
  });
});

describe("stretch ('heroic') targets on BRAG (issue 9)", () => {
  it("are blue when the stretch is met, not merely the goal", () => {
    // Lower is better: 250 young offenders to 225 (−10%), with a heroic 200.
    const framework = relets(
      {
        baseline: { date: "2001-03-31", value: "250" },
        goal: { date: "2003-03-31", change: { percent: "-10" } },
        stretch: { value: "200" },
      },
      [quarter("2003-03-31", "220")],
      "lower-is-better",
      "offences per 10,000 people aged 10-17",
    );
    // 220 beats the goal of 225 but not the stretch of 200: green, not blue.
    expect(evaluateTarget(framework, "t-relet", { asOf: "2003-04-15", scale: BRAG }).status).toBe("green");
    const heroic = relets(
      {
        baseline: { date: "2001-03-31", value: "250" },
        goal: { date: "2003-03-31", change: { percent: "-10" } },
        stretch: { value: "200" },
      },
      [quarter("2003-03-31", "199")],
      "lower-is-better",
      "offences per 10,000 people aged 10-17",
    );
    expect(evaluateTarget(heroic, "t-relet", { asOf: "2003-04-15", scale: BRAG }).status).toBe("blue");
    expect(statusHistory(heroic, { dates: ["2003-04-15"], scale: BRAG }).targets[0]?.statuses).toEqual(["blue"]);
  });
});

describe("the status kernel with floors and stretches", () => {
  it("agrees with evaluateTarget with the actual on, or ULPs either side of, the floor or the stretch", () => {
    const value = fc
      .tuple(fc.integer({ min: -5000, max: 5000 }), fc.constantFrom(1, 10, 1000, 1e-3))
      .map(([n, m]) => toCanonicalString(toDecimal(n).times(m).div(100)));
    fc.assert(
      fc.property(
        fc.constantFrom<Polarity>("higher-is-better", "lower-is-better"),
        value,
        value,
        value,
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom(RAG, BRAG, DCA5),
        fc.boolean(),
        (polarity, baseline, goal, level, nudge, scale, onFloor) => {
          // The actual is the floor or the stretch, nudged by a few parts in 10^12.
          const actual = toCanonicalString(toDecimal(level).times(toDecimal(1).plus(toDecimal(nudge).div(1e12))));
          const framework = relets(
            {
              baseline: { date: "2001-03-31", value: baseline },
              goal: { date: "2002-03-31", value: goal },
              ...(onFloor ? { floor: level } : { stretch: { value: level } }),
            },
            [quarter("2001-09-30", actual)],
            polarity,
          );
          const exact = evaluateTarget(framework, "t-relet", { asOf: "2001-10-15", scale }).status;
          expect(statusHistory(framework, { dates: ["2001-10-15"], scale }).targets[0]?.statuses).toEqual([exact]);
        },
      ),
      { numRuns: runs(400) },
    );
  });
});
