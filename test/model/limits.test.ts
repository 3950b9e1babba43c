// Issue 8, items 6 and 11: the parser bounds every value's digits (so the engines' arithmetic stays
// exact) and refuses negative tolerances, weights and profile weights.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Framework,
  type FrameworkIssue,
  MAX_SIGNIFICANT_DIGITS,
  canonicalDecimal,
  fitsDecimalDigits,
  safeParseFramework,
} from "../../src/index.js";
import { expectedValue } from "../../src/trajectory/index.js";
import { jsonCopy, minimalFramework } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

type Edit = (framework: Framework) => void;

function issuesOf(edit: Edit): FrameworkIssue[] {
  const framework = jsonCopy(minimalFramework());
  edit(framework);
  const result = safeParseFramework(framework);
  return result.success ? [] : result.error.issues;
}

function firstTarget(framework: Framework): Framework["targets"][number] {
  const target = framework.targets[0];
  if (target === undefined) throw new Error("the minimal framework has a target");
  return target;
}

function withBaseline(value: string | number): Edit {
  return (framework) => {
    firstTarget(framework).baseline.value = value;
  };
}

describe("digit limits (issue 8, item 6)", () => {
  it("accepts 30 significant digits and refuses 31 with a too_big issue on digits", () => {
    expect(MAX_SIGNIFICANT_DIGITS).toBe(30);
    expect(issuesOf(withBaseline("12345678901234567890.1234567891"))).toEqual([]);
    expect(issuesOf(withBaseline("1234567890.12345678901234567890"))).toEqual([]);
    for (const refused of ["123456789012345678901", "1234567890123456789.012345678901", "0.000000000000000000001"]) {
      const issues = issuesOf(withBaseline(refused));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({
        code: "too_big",
        maximum: 30,
        origin: "digits",
        path: ["targets", 0, "baseline", "value"],
      });
      expect(issues[0]?.message).toContain("must have at most 30 significant digits");
    }
  });

  it("refuses the issue's baseline 10^60 + 1, which the arithmetic could not keep apart from 10^60 + 3", () => {
    const issues = issuesOf(withBaseline(`1${"0".repeat(59)}1`));
    expect(issues.map((issue) => issue.code)).toEqual(["too_big"]);
  });

  it("ignores leading and trailing zeros, and bounds numbers as well as strings", () => {
    expect(issuesOf(withBaseline(`000${"9".repeat(20)}.${"1".repeat(10)}000`))).toEqual([]);
    expect(issuesOf(withBaseline(1e19))).toEqual([]);
    expect(issuesOf(withBaseline(1e20)).map((issue) => issue.code)).toEqual(["too_big"]);
    expect(issuesOf(withBaseline(1.5e-20)).map((issue) => issue.code)).toEqual(["too_big"]);
    expect(issuesOf(withBaseline(1e-20))).toEqual([]);
    // What JavaScript's own arithmetic writes, as exports often carry it, is accepted.
    expect(issuesOf(withBaseline(0.1 + 0.2))).toEqual([]);
    expect(issuesOf(withBaseline("54.019999999999996"))).toEqual([]);
    expect(fitsDecimalDigits(Number.MAX_VALUE)).toBe(false);
    expect(fitsDecimalDigits(Number.MIN_VALUE)).toBe(false);
  });

  it("checks the digits of a long string in one pass (a quadratic check would not end within the test's time-out)", () => {
    const long = `${"0".repeat(1_000_000)}${"9".repeat(21)}`;
    expect(fitsDecimalDigits(long)).toBe(false);
    expect(fitsDecimalDigits(`${"0".repeat(1_000_000)}${"9".repeat(20)}`)).toBe(true);
  });

  /** A decimal string with at most 30 significant digits, 20 before the point and 20 after it. */
  const acceptedValue = fc
    .integer({ min: 0, max: 20 })
    .chain((scale) =>
      fc.tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** BigInt(Math.min(30, 20 + scale)) - 1n }),
        fc.constant(scale),
      ),
    )
    .map(([negative, units, scale]) => {
      const digits = units.toString().padStart(scale + 1, "0");
      const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return `${negative ? "-" : ""}${text}`;
    });

  /** The value as the engines report it: rounded half-even to 10 places, worked out with 100 digits. */
  const Wide = Decimal.clone({ precision: 100 });
  const reported = (value: string): string =>
    canonicalDecimal(new Wide(value).toDecimalPlaces(10, Wide.ROUND_HALF_EVEN).toFixed());

  it("expectedValue passes exactly through the baseline and the goal for any accepted values", () => {
    fc.assert(
      fc.property(acceptedValue, acceptedValue, fc.integer({ min: 1, max: 2_900_000 }), (baseline, goal, days) => {
        const goalDate = new Date(Date.UTC(1990, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
        const framework = jsonCopy(minimalFramework());
        const target = firstTarget(framework);
        target.baseline = { date: "1990-01-01", value: baseline };
        target.goal = { date: goalDate, value: goal };
        const result = safeParseFramework(framework);
        expect(result.success).toBe(true);
        const parsed = result.success ? firstTarget(result.data) : target;
        expect(fitsDecimalDigits(baseline) && fitsDecimalDigits(goal)).toBe(true);
        expect(expectedValue(parsed, "1990-01-01")).toBe(reported(baseline));
        expect(expectedValue(parsed, goalDate)).toBe(reported(goal));
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("negative tolerances and weights (issue 8, item 11)", () => {
  const refusals: [string, Edit, (string | number)[]][] = [
    [
      "a negative percent tolerance",
      (f) => void (firstTarget(f).tolerance = { percent: "-5" }),
      ["targets", 0, "tolerance", "percent"],
    ],
    [
      "a negative absolute tolerance",
      (f) => void (firstTarget(f).tolerance = { absolute: -1 }),
      ["targets", 0, "tolerance", "absolute"],
    ],
    ["a negative target weight", (f) => void (firstTarget(f).weight = "-2"), ["targets", 0, "weight"]],
    [
      "a negative contribution weight",
      (f) => {
        f.objectives.push({
          id: "obj-2",
          plan: "plan-1",
          title: "Another",
          contributesTo: [{ objective: "obj-1", weight: -0.5 }],
        });
      },
      ["objectives", 1, "contributesTo", 0, "weight"],
    ],
    [
      "a negative profile weight",
      (f) => {
        const indicator = f.indicators[0];
        if (indicator !== undefined) indicator.profile = { quarterly: ["1", "-1", "1", "1"] };
      },
      ["indicators", 0, "profile", "quarterly", 1],
    ],
  ];

  it.each(refusals)("refuses %s with a too_small issue, minimum 0", (_, edit, path) => {
    const issues = issuesOf(edit);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "too_small", minimum: 0, origin: "number", path });
    expect(issues[0]?.message).toContain("must not be negative: use 0 or more");
  });

  it("keeps zero where it means something: a zero tolerance, a zero weight, a month expecting nothing", () => {
    expect(
      issuesOf((f) => {
        firstTarget(f).tolerance = { percent: "0" };
        firstTarget(f).weight = 0;
        const indicator = f.indicators[0];
        if (indicator !== undefined) indicator.profile = { quarterly: ["0", "-0", "0.0", "1"] };
      }),
    ).toEqual([]);
  });

  it("refuses a profile whose weights are all zero", () => {
    const issues = issuesOf((f) => {
      const indicator = f.indicators[0];
      if (indicator !== undefined) indicator.profile = { monthly: new Array<string>(12).fill("0") };
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "invalid_format", path: ["indicators", 0, "profile", "monthly"] });
    expect(issues[0]?.message).toContain("at least one period a weight above 0");
  });

  it("refuses any negative weight or tolerance, and accepts any that is 0 or more", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }), (units, scale) => {
        const value = (units / 10 ** scale).toFixed(scale);
        const issues = issuesOf((f) => void (firstTarget(f).tolerance = { absolute: value }));
        expect(issues.length === 1 && issues[0]?.code === "too_small").toBe(Number(value) < 0);
        expect(issues.length === 0).toBe(Number(value) >= 0);
      }),
    );
  });
});
