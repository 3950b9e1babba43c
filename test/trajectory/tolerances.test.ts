import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/internal/decimal.js";
import {
  BRAG,
  DCA5,
  type Framework,
  RAG,
  type Target,
  type Tolerance,
  evaluateFramework,
  evaluateTarget,
  parseFramework,
  safeParseFramework,
  statusHistory,
} from "../../src/index.js";
import { defaultToleranceFor, scaledTolerance } from "../../src/trajectory/tolerances.js";

const ONE = toDecimal(1);

/** Zero homelessness: 40 households in temporary accommodation on 2001-03-31, none by 2004-03-31. */
function homelessness(actual: string, tolerance?: Tolerance): Framework {
  return {
    id: "fw",
    name: "Zero homelessness",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      {
        id: "pi-homeless",
        title: "Homeless households in temporary accommodation",
        unit: "households",
        polarity: "lower-is-better",
        measure: "outcome",
        frequency: "quarterly",
      },
    ],
    targets: [
      {
        id: "t-homeless",
        objective: "o",
        indicator: "pi-homeless",
        baseline: { date: "2001-03-31", value: "40" },
        goal: { date: "2004-03-31", value: "0" },
        ...(tolerance === undefined ? {} : { tolerance }),
      },
    ],
    measurements: [{ indicator: "pi-homeless", date: "2004-03-31", value: actual }],
  };
}

/** Every engine's status for the one target: evaluateTarget, statusHistory, evaluateFramework (status). */
function statuses(framework: Framework, asOf: string, scale = RAG, tolerance?: Tolerance, id = "t-homeless"): string[] {
  const options = tolerance === undefined ? { scale } : { scale, tolerance };
  return [
    evaluateTarget(framework, id, { asOf, ...options }).status,
    statusHistory(framework, { dates: [asOf], ...options }).targets.find((t) => t.target === id)?.statuses[0] ?? "",
    evaluateFramework(framework, { asOf, detail: "status", ...options }).targets.find((t) => t.target === id)?.status ??
      "",
  ];
}

describe("the default tolerance never collapses (issue 9)", () => {
  it("zero homelessness: at the goal date 1 household is amber, 3 are red, 0 is green (blue on BRAG)", () => {
    // Expectation at 2004-03-31 = 0; the span |0 − 40| = 40; 5% of max(|0|, 40) = 2 households.
    // 1 household: shortfall 1 ≤ 2, amber. 3 households: shortfall 3 > 2, red. 2 exactly: amber (inclusive).
    const one = evaluateTarget(homelessness("1"), "t-homeless", { asOf: "2004-04-15" });
    expect([one.status, one.expected, one.tolerance]).toEqual(["amber", "0", "2"]);
    expect(statuses(homelessness("1"), "2004-04-15")).toEqual(["amber", "amber", "amber"]);
    expect(statuses(homelessness("2"), "2004-04-15")).toEqual(["amber", "amber", "amber"]);
    expect(statuses(homelessness("3"), "2004-04-15")).toEqual(["red", "red", "red"]);
    expect(statuses(homelessness("0"), "2004-04-15")).toEqual(["green", "green", "green"]);
    expect(statuses(homelessness("0"), "2004-04-15", BRAG)).toEqual(["blue", "blue", "blue"]);
  });

  it("an explicit { percent } stays a percentage of the expectation, so near zero it collapses; { absolute } does not", () => {
    // 5% of 0 is 0: any household above 0 is red. An absolute 2 households behaves as the default does here.
    expect(statuses(homelessness("1", { percent: "5" }), "2004-04-15")).toEqual(["red", "red", "red"]);
    expect(statuses(homelessness("1"), "2004-04-15", RAG, { percent: "5" })).toEqual(["red", "red", "red"]);
    expect(statuses(homelessness("1", { absolute: "2" }), "2004-04-15")).toEqual(["amber", "amber", "amber"]);
  });

  it("Stockton re-lets 70 → 100: at 85 expected the default stays 4.25 (5% of 85 beats 5% of the span 30)", () => {
    const relets: Target = {
      id: "t",
      objective: "o",
      indicator: "i",
      baseline: { date: "2001-03-31", value: "70" },
      goal: { date: "2002-03-31", value: "100" },
    };
    const tolerance = defaultToleranceFor(relets);
    // max(|85|, |100 − 70| = 30) = 85; 5% of 85 = 4.25. At 20 expected the floor wins: 5% of 30 = 1.5.
    expect(scaledTolerance(tolerance, toDecimal("85"), ONE).toString()).toBe("4.25");
    expect(scaledTolerance(tolerance, toDecimal("20"), ONE).toString()).toBe("1.5");
    // Times a denominator of 3 (expectation 85 held as 255/3): the floor scales with it.
    expect(scaledTolerance(tolerance, toDecimal("255"), toDecimal(3)).toString()).toBe("12.75");
    expect(scaledTolerance(tolerance, toDecimal("60"), toDecimal(3)).toString()).toBe("4.5");
  });

  it("a band goal keeps 5% of the edge it is judged from", () => {
    const band: Target = {
      id: "t",
      objective: "o",
      indicator: "i",
      baseline: { date: "2001-03-31", value: "0" },
      goal: { date: "2002-03-31", low: "98", high: "100" },
    };
    expect(defaultToleranceFor(band)).toEqual({ percent: "5" });
  });
});

const stockton = parseFramework(JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8")));

/** Stockton with the Borough's July 2001 unemployment at `borough` and the region's at 6.4%. */
function unemploymentInJuly(borough: string, patch: Partial<Target> = {}): Framework {
  return {
    ...stockton,
    targets: stockton.targets.map((t) => (t.id === "t-unemployment" ? { ...t, ...patch } : t)),
    measurements: [
      ...(stockton.measurements ?? []),
      { indicator: "pi-regional-unemployment", date: "2001-07-31", value: "6.4" },
      { indicator: "pi-unemployment", date: "2001-07-31", value: borough },
    ],
  };
}

/** The unemployment target's status in every engine, as of 15 August 2001. */
function unemployment(framework: Framework, scale = RAG, tolerance?: Tolerance): string[] {
  return statuses(framework, "2001-08-15", scale, tolerance, "t-unemployment");
}

describe("comparator targets: 'maintained below the average regional rate' (seed 5.3.5.3)", () => {
  it("is green strictly below the regional rate: 6.3% against 6.4% (June 2001)", () => {
    const june = evaluateTarget(stockton, "t-unemployment", { asOf: "2001-07-15" });
    expect([june.status, june.expected, june.tolerance]).toEqual(["green", "6.4", "0"]);
  });

  it("is red at the regional rate (6.4 against 6.4) and above it, with no amber band by default", () => {
    expect(unemployment(unemploymentInJuly("6.4"))).toEqual(["red", "red", "red"]);
    expect(unemployment(unemploymentInJuly("6.5"))).toEqual(["red", "red", "red"]);
    expect(unemployment(unemploymentInJuly("6.39"))).toEqual(["green", "green", "green"]);
  });

  it("an explicit tolerance gives an amber band: up to 0.2 points above 6.4 is amber, more is red", () => {
    // 6.5 − 6.4 = 0.1 ≤ 0.2: amber. At 6.4 exactly: a miss within tolerance, amber. 6.7: 0.3 > 0.2, red.
    const tolerance: Tolerance = { points: "0.2" };
    expect(unemployment(unemploymentInJuly("6.5", { tolerance }))).toEqual(["amber", "amber", "amber"]);
    expect(unemployment(unemploymentInJuly("6.4", { tolerance }))).toEqual(["amber", "amber", "amber"]);
    expect(unemployment(unemploymentInJuly("6.7", { tolerance }))).toEqual(["red", "red", "red"]);
    // The caller's option is explicit too; on DCA5 a miss at equality is the first band past green.
    expect(unemployment(unemploymentInJuly("6.5"), RAG, tolerance)).toEqual(["amber", "amber", "amber"]);
    expect(unemployment(unemploymentInJuly("6.4"), DCA5, tolerance)).toEqual([
      "amber-green",
      "amber-green",
      "amber-green",
    ]);
  });

  it("the framework's convention for % is explicit too, and { points } equals { absolute }", () => {
    const convention = { ...unemploymentInJuly("6.5"), tolerances: [{ unit: "%", tolerance: { points: "0.2" } }] };
    expect(unemployment(convention)).toEqual(["amber", "amber", "amber"]);
    const absolute = unemploymentInJuly("6.5", { tolerance: { absolute: "0.2" } });
    expect(evaluateTarget(absolute, "t-unemployment", { asOf: "2001-08-15" })).toEqual(
      evaluateTarget(convention, "t-unemployment", { asOf: "2001-08-15" }),
    );
    expect(evaluateTarget(convention, "t-unemployment", { asOf: "2001-08-15" }).tolerance).toBe("0.2");
  });

  it("an inclusive comparator ('at least as good as') is met at equality", () => {
    const inclusive = { comparator: { indicator: "pi-regional-unemployment", margin: "0", inclusive: true } };
    expect(unemployment(unemploymentInJuly("6.4", inclusive))).toEqual(["green", "green", "green"]);
    expect(unemployment(unemploymentInJuly("6.41", inclusive))).toEqual(["red", "red", "red"]);
  });

  it("the margin moves the line: 0.5 below the regional rate means 5.9 is a miss and 5.8 is met", () => {
    const margin = { comparator: { indicator: "pi-regional-unemployment", margin: "0.5" } };
    expect(unemployment(unemploymentInJuly("5.9", margin))).toEqual(["red", "red", "red"]);
    expect(unemployment(unemploymentInJuly("5.8", margin))).toEqual(["green", "green", "green"]);
  });
});

describe("the framework's tolerance conventions per unit", () => {
  const withConventions = (tolerances: unknown): unknown => ({ ...stockton, tolerances });

  it("parses one convention per unit and refuses a second for the same unit, at its unit", () => {
    expect(safeParseFramework(withConventions([{ unit: "%", tolerance: { points: "2" } }])).success).toBe(true);
    const twice = safeParseFramework(
      withConventions([
        { unit: "%", tolerance: { points: "2" } },
        { unit: "days", tolerance: { absolute: "1" } },
        { unit: "%", tolerance: { percent: "5" } },
      ]),
    );
    expect(twice.success).toBe(false);
    const issue = twice.success ? undefined : twice.error.issues[0];
    expect(issue?.path).toEqual(["tolerances", 2, "unit"]);
    expect(issue?.message).toContain('repeats the unit "%" of tolerances[0]');
  });

  it("sits after the target's and indicator's own and before the caller's option and the default", () => {
    // Zero homelessness with a council convention of 3 households: 3 is amber (the default 2 would make it red).
    const convention = { ...homelessness("3"), tolerances: [{ unit: "households", tolerance: { absolute: "3" } }] };
    expect(statuses(convention, "2004-04-15")).toEqual(["amber", "amber", "amber"]);
    expect(statuses(convention, "2004-04-15", RAG, { absolute: "1" })).toEqual(["amber", "amber", "amber"]);
    // The target's own tolerance wins over the convention.
    const own = { ...homelessness("3", { absolute: "1" }), tolerances: convention.tolerances };
    expect(statuses(own, "2004-04-15")).toEqual(["red", "red", "red"]);
  });
});
