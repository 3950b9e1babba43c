import { describe, expect, it } from "vitest";
import {
  BRAG,
  DCA5,
  type Framework,
  RAG,
  TrajectoryError,
  defineScale,
  evaluateTarget,
  indexFramework,
  parseFramework,
} from "../../src/index.js";
import { deepFreeze, jsonCopy, loadExample } from "../helpers/fixtures.js";
import { defined } from "../helpers/defined.js";

const stockton = deepFreeze(parseFramework(loadExample("stockton")));
const AS_OF = "2001-07-15";

describe("the Stockton targets as of 15 July 2001, worked by hand", () => {
  const index = indexFramework(stockton);
  const evaluate = (id: string) => evaluateTarget(index, id, { asOf: AS_OF });

  it("zero homelessness: 34 households against 40 − 40 × 91/1096 = 36.6788321168, lower is better: green", () => {
    const e = evaluate("t-zero-homelessness");
    expect([e.status, e.actual, e.actualDate, e.expected, e.variance]).toEqual([
      "green",
      "34",
      "2001-06-30",
      "36.6788321168",
      "-2.6788321168",
    ]);
    // (34 − 40) / (0 − 40): 15% of the way from baseline to goal, though the indicator falls.
    expect(e.progressPercent).toBe("15");
  });

  it("youth offending: 243 against 250 − 25 × 91/730 = 246.8835616438: green", () => {
    const e = evaluate("t-youth-offending");
    expect([e.status, e.expected, e.goal]).toEqual(["green", "246.8835616438", "225"]);
  });

  it("street cleanliness: 89.5 against 88 + 7 × 91/365 = 89.7452054795, within the absolute tolerance of 2: amber", () => {
    const e = evaluate("t-street-cleanliness");
    expect([e.status, e.expected, e.variance, e.tolerance]).toEqual(["amber", "89.7452054795", "-0.2452054795", "2"]);
  });

  it("homeless offers: 84 against the year's 100 in force all year (period-target): 16 short, over 5% of 100: red", () => {
    // As a linear path it would expect 82 + 18 × 91/365 = 86.4876712329 and be amber (see the scales table below).
    const e = evaluate("t-homeless-offers");
    expect([e.status, e.expected, e.tolerance]).toEqual(["red", "100", "5"]);
  });

  it("re-lets in 28 days: 79 against the year's 100 in force all year (period-target): 21 short, over 5% of 100: red", () => {
    const e = evaluate("t-relet-28-days");
    expect([e.status, e.expected, e.variance, e.tolerance, e.progressPercent, e.stale, e.quality]).toEqual([
      "red",
      "100",
      "-21",
      "5",
      "30",
      false,
      null,
    ]);
    expect(e.direction).toEqual({ sincePrevious: "improving", sinceYearAgo: null });
    // Least squares through (30, 72), (61, 75), (91, 79) days after the baseline, at day 365:
    // (226 × 5582 + 640 × 913) / (3 × 5582) = 1845852 / 16746 = 110 + 3792/16746 = 110.2264421354,
    // above the 100 a percentage can reach: clamped to 100, which meets the goal.
    expect(e.forecast).toEqual({ value: "100", status: "green", meetsGoal: true, clamped: true });
  });

  it("unemployment: 6.3% (provisional) against the regional 6.4%, a comparator target: green, flagged provisional", () => {
    const e = evaluate("t-unemployment");
    expect([e.status, e.actual, e.expected, e.variance, e.quality]).toEqual([
      "green",
      "6.3",
      "6.4",
      "-0.1",
      "provisional",
    ]);
    expect(e.direction.sincePrevious).toBe("no-change");
  });

  it("New Deal job success, 7 percentage points: 40.5 (an estimate) against 40 + 7 × 91/1096 = 40.5812043796: amber", () => {
    // The goal is 40 + 7 points = 47 (a relative 7% would be 42.8). 40.5 is 0.0812 short; the
    // default tolerance is 5% of the larger of 40.58 and the span 7, so 2.0291: amber.
    const e = evaluate("t-new-deal");
    expect([e.status, e.expected, e.goal, e.tolerance, e.quality]).toEqual([
      "amber",
      "40.5812043796",
      "47",
      "2.029060219",
      "estimate",
    ]);
  });

  it("targets with no measurement since their baseline await their first annual figure", () => {
    // Annual indicators, so the first period ends a year after the baseline, and its figure is due
    // the example's (illustrative) reporting lag after that: GCSEs for the year to 31 August 2001 by
    // the end of October (61 days: September's 30 and October's 31), heart disease for 2001 by 30
    // September 2002 (273 days: 365 less October to December's 92), CO2 for 2001/02 a year later, 31
    // March 2003 (365 days). On 15 July 2001 none is due yet: awaiting data, not missing.
    for (const [id, due] of [
      ["t-gcse", "2001-10-31"],
      ["t-co2", "2003-03-31"],
      ["t-heart-disease", "2002-09-30"],
    ] as const) {
      const e = evaluate(id);
      expect([e.status, e.actual, e.expected, e.stale, e.nextFigure?.due]).toEqual([
        "awaiting-data",
        null,
        null,
        false,
        due,
      ]);
    }
  });

  it("the scales table of docs/trajectory.md: homeless offers as a linear path, against 86.4876712329, tolerance 4.3243835616", () => {
    const rows = {
      "100": ["green", "blue", "green"],
      "87": ["green", "green", "green"],
      "85": ["amber", "amber", "amber-green"],
      "84": ["amber", "amber", "amber"],
      "80": ["red", "red", "amber-red"],
      "77": ["red", "red", "red"],
    };
    for (const [value, expected] of Object.entries(rows)) {
      const changed = parseFramework({
        ...jsonCopy(stockton),
        // The table works the scales on the linear path (the example judges this target as a period-target).
        targets: stockton.targets.map((t) => (t.id === "t-homeless-offers" ? { ...t, trajectory: "linear" } : t)),
        measurements: defined(stockton.measurements, "measurements").map((m) =>
          m.indicator === "pi-homeless-offers" ? { ...m, value } : m,
        ),
      });
      expect(
        [RAG, BRAG, DCA5].map((scale) => evaluateTarget(changed, "t-homeless-offers", { asOf: AS_OF, scale }).status),
        value,
      ).toEqual(expected);
    }
  });

  it("every evaluation survives JSON", () => {
    for (const target of stockton.targets) {
      const e = evaluate(target.id);
      expect(jsonCopy(e)).toEqual(e);
    }
  });
});

function single(
  overrides: Partial<Framework["targets"][number]> = {},
  indicator: Partial<Framework["indicators"][number]> = {},
  measurements: Framework["measurements"] = [],
): Framework {
  return deepFreeze({
    id: "fw",
    name: "One target",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      {
        id: "pi",
        title: "PI",
        unit: "count",
        polarity: "higher-is-better",
        measure: "output",
        frequency: "quarterly",
        ...indicator,
      },
    ],
    targets: [
      {
        id: "t",
        objective: "o",
        indicator: "pi",
        baseline: { date: "2001-01-01", value: "100" },
        goal: { date: "2001-01-01", value: "100" },
        ...overrides,
      },
    ],
    measurements,
  });
}

describe("evaluateTarget", () => {
  const at = (value: string) => [{ indicator: "pi", date: "2001-06-30", value }];

  it("is not-started before the baseline, awaiting data until the first figure is due, and no-data after", () => {
    expect(evaluateTarget(single({}, {}, at("1")), "t", { asOf: "2000-12-31" }).status).toBe("not-started");
    // Quarterly from a baseline of 1 July 2001: the first quarter ends on 1 October, and its figure is
    // due six weeks (the default 42 days) later, on 12 November (30 days to 31 October, 12 more);
    // missing from the 13th. On 2 October it is awaited, not missing.
    const late = single({ baseline: { date: "2001-07-01", value: "100" } }, {}, at("1"));
    const on = (asOf: string) => evaluateTarget(late, "t", { asOf });
    expect([on("2001-08-01").status, on("2001-10-02").status, on("2001-11-12").status]).toEqual([
      "awaiting-data",
      "awaiting-data",
      "awaiting-data",
    ]);
    expect(on("2001-11-13").status).toBe("no-data");
    expect([on("2001-11-12").stale, on("2001-11-13").stale]).toEqual([false, true]);
    // With no lag (lagDays 0, or the framework's reportingLags) it is missing from 2 October.
    const prompt = single({ baseline: { date: "2001-07-01", value: "100" } }, { lagDays: 0 }, at("1"));
    expect(evaluateTarget(prompt, "t", { asOf: "2001-10-02" }).status).toBe("no-data");
    const framework = { ...late, reportingLags: { quarterly: 0 } };
    expect(evaluateTarget(framework, "t", { asOf: "2001-10-02" }).status).toBe("no-data");
  });

  it("rates a shortfall exactly: zero is green, the tolerance itself amber, a hair more red", () => {
    // Expected 100 throughout; 5% tolerance is 5.
    expect(evaluateTarget(single({}, {}, at("100")), "t", { asOf: "2001-07-01" }).status).toBe("green");
    expect(evaluateTarget(single({}, {}, at("95")), "t", { asOf: "2001-07-01" }).status).toBe("amber");
    expect(evaluateTarget(single({}, {}, at("94.9999999999999999999")), "t", { asOf: "2001-07-01" }).status).toBe(
      "red",
    );
  });

  it("compares 0.1 + 0.2 style decimals exactly", () => {
    const framework = single(
      {
        baseline: { date: "2001-01-01", value: "0.3" },
        goal: { date: "2001-01-01", value: "0.3" },
        tolerance: { absolute: "0" },
      },
      {},
      at("0.3"),
    );
    expect(evaluateTarget(framework, "t", { asOf: "2001-07-01" }).status).toBe("green");
    const fromNumbers = single(
      {
        baseline: { date: "2001-01-01", value: 0.1 },
        goal: { date: "2001-01-01", change: { absolute: 0.2 } },
        tolerance: { absolute: 0 },
      },
      {},
      at("0.3"),
    );
    expect(evaluateTarget(fromNumbers, "t", { asOf: "2001-07-01" }).status).toBe("green");
  });

  it("takes the tolerance from the target, then the indicator, then the options, then 5%", () => {
    const measured = at("90");
    expect(evaluateTarget(single({}, {}, measured), "t", { asOf: "2001-07-01" }).tolerance).toBe("5");
    expect(
      evaluateTarget(single({}, {}, measured), "t", { asOf: "2001-07-01", tolerance: { percent: "10" } }).status,
    ).toBe("amber");
    expect(
      evaluateTarget(single({}, { tolerance: { absolute: "1" } }, measured), "t", {
        asOf: "2001-07-01",
        tolerance: { percent: "10" },
      }).status,
    ).toBe("red");
    expect(
      evaluateTarget(single({ tolerance: { absolute: "20" } }, { tolerance: { absolute: "1" } }, measured), "t", {
        asOf: "2001-07-01",
      }).status,
    ).toBe("amber");
  });

  it("rates on the DCA5 and BRAG scales and on scales of one's own", () => {
    const statusAt = (value: string, scale = DCA5) =>
      evaluateTarget(single({}, {}, at(value)), "t", { asOf: "2001-07-01", scale }).status;
    expect(["100", "97.5", "97.4", "95", "90", "89.9"].map((v) => statusAt(v))).toEqual([
      "green",
      "amber-green",
      "amber",
      "amber",
      "amber-red",
      "red",
    ]);
    const growing = single({ goal: { date: "2002-01-01", value: "200" } }, {}, at("250"));
    expect(evaluateTarget(growing, "t", { asOf: "2001-07-01", scale: BRAG }).status).toBe("blue");
    expect(evaluateTarget(growing, "t", { asOf: "2001-07-01", scale: RAG }).status).toBe("green");
    const strict = defineScale({
      id: "strict",
      bands: [
        { status: "green", upTo: "0" },
        { status: "amber", upTo: "0.1" },
      ],
      beyond: "red",
    });
    expect(statusAt("99.5", strict)).toBe("amber");
    expect(statusAt("99.4", strict)).toBe("red");
  });

  it("judges band goals inside the band and by the tolerance outside either edge", () => {
    const band = (value: string) =>
      evaluateTarget(
        single(
          { goal: { date: "2001-12-31", low: "98", high: "100" }, tolerance: { absolute: "1" } },
          { polarity: "in-band" },
          at(value),
        ),
        "t",
        { asOf: "2001-07-01" },
      );
    expect(["99", "98", "97", "96.9", "101", "101.1"].map((v) => band(v).status)).toEqual([
      "green",
      "green",
      "amber",
      "red",
      "amber",
      "red",
    ]);
    expect(band("97").band).toEqual({ low: "98", high: "100" });
    expect(band("97").variance).toBe("-1");
  });

  it("mirrors: lower-is-better on v rates as higher-is-better on −v", () => {
    const lower = single(
      { baseline: { date: "2001-01-01", value: "40" }, goal: { date: "2002-01-01", value: "0" } },
      { polarity: "lower-is-better" },
      at("25"),
    );
    const higher = single(
      { baseline: { date: "2001-01-01", value: "-40" }, goal: { date: "2002-01-01", value: "0" } },
      { polarity: "higher-is-better" },
      at("-25"),
    );
    const a = evaluateTarget(lower, "t", { asOf: "2001-07-01" });
    const b = evaluateTarget(higher, "t", { asOf: "2001-07-01" });
    expect(a.status).toBe(b.status);
    expect(a.progressPercent).toBe(b.progressPercent);
  });

  it("measures progress polarity-aware, unclamped, and null when baseline equals goal", () => {
    const lower = single(
      { baseline: { date: "2001-01-01", value: "200" }, goal: { date: "2002-01-01", value: "0" } },
      { polarity: "lower-is-better" },
      at("100"),
    );
    expect(evaluateTarget(lower, "t", { asOf: "2001-07-01" }).progressPercent).toBe("50");
    const beyond = single(
      { baseline: { date: "2001-01-01", value: "200" }, goal: { date: "2002-01-01", value: "0" } },
      { polarity: "lower-is-better" },
      at("-20"),
    );
    expect(evaluateTarget(beyond, "t", { asOf: "2001-07-01" }).progressPercent).toBe("110");
    expect(evaluateTarget(single({}, {}, at("100")), "t", { asOf: "2001-07-01" }).progressPercent).toBeNull();
  });

  it("flags stale measurements by the indicator's frequency", () => {
    // June's quarter is followed by September's, due six weeks (42 days) after 30 September: 11 November.
    expect(evaluateTarget(single({}, {}, at("100")), "t", { asOf: "2001-11-11" }).stale).toBe(false);
    expect(evaluateTarget(single({}, {}, at("100")), "t", { asOf: "2001-11-12" }).stale).toBe(true);
    // Late or not, the status is the June figure's.
    expect(evaluateTarget(single({}, {}, at("100")), "t", { asOf: "2001-11-12" }).status).toBe("green");
  });

  it("compares with the previous measurement and with the same period a year earlier", () => {
    const measurements = [
      { indicator: "pi", date: "2000-06-30", value: "90" },
      { indicator: "pi", date: "2001-03-31", value: "105" },
      { indicator: "pi", date: "2001-06-30", value: "100" },
    ];
    // A standard (its goal dated on its baseline), so it never ends.
    const standard = { baseline: { date: "2000-01-01", value: "100" }, goal: { date: "2000-01-01", value: "100" } };
    const e = evaluateTarget(single(standard, {}, measurements), "t", { asOf: "2001-07-01" });
    expect(e.direction).toEqual({ sincePrevious: "worsening", sinceYearAgo: "improving" });
  });

  it("forecasts from three or more measurements, and says why not otherwise", () => {
    expect(evaluateTarget(single({}, {}, at("100")), "t", { asOf: "2001-07-01" }).forecast).toEqual({
      value: null,
      reason: "needs at least three measurements since the baseline; there is 1",
    });
  });

  it("is no-data for a comparator target without a comparator value", () => {
    const framework = single({ comparator: { indicator: "pi-regional" } }, { polarity: "lower-is-better" }, at("6"));
    expect(evaluateTarget(framework, "t", { asOf: "2001-07-01" }).status).toBe("no-data");
  });

  it("throws TrajectoryError for misuse", () => {
    expect(() => evaluateTarget(single(), "nope", { asOf: "2001-07-01" })).toThrow(TrajectoryError);
    expect(() => evaluateTarget(single(), "nope", { asOf: "2001-07-01" })).toThrow(/there is no target "nope"/);
    expect(() => evaluateTarget(single(), "t", { asOf: "July" })).toThrow(/asOf "July" is not a calendar date/);
    // A dangling indicator is a data problem, not misuse: no data, with the reason.
    expect(evaluateTarget(single({ indicator: "missing" }), "t", { asOf: "2001-07-01" })).toMatchObject({
      status: "no-data",
      forecast: { reason: 'the target\'s indicator "missing" does not exist' },
    });
  });

  it("refuses malformed scales", () => {
    expect(() => defineScale({ id: "x", bands: [{ status: "green", upTo: "1" }], beyond: "red" })).toThrow(
      /first band must be for no shortfall/,
    );
    expect(() =>
      defineScale({
        id: "x",
        bands: [
          { status: "green", upTo: "0" },
          { status: "amber", upTo: "0" },
        ],
        beyond: "red",
      }),
    ).toThrow(/must be decimal strings that rise/);
    expect(() => defineScale({ id: "x", bands: [{ status: "green", upTo: "0" }], beyond: "no-data" })).toThrow(
      /not a rating status/,
    );
  });
});
