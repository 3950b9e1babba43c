import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { DECIMAL_STRING_PATTERN, toCanonicalString, toDecimal } from "../../src/internal/decimal.js";
import { type Framework, canonicalDecimal } from "../../src/index.js";
import { minimalFramework } from "../helpers/fixtures.js";

describe("decimals", () => {
  it("adds 0.1 and 0.2 exactly, from strings and from numbers", () => {
    expect(toCanonicalString(toDecimal("0.1").plus(toDecimal("0.2")))).toBe("0.3");
    expect(toCanonicalString(toDecimal(0.1).plus(toDecimal(0.2)))).toBe("0.3");
  });

  it.each([
    ["95.50", "95.5"],
    ["0095", "95"],
    ["-0", "0"],
    ["-0.000", "0"],
    ["100", "100"],
    ["0.000001", "0.000001"],
    ["123456789012345678901234567890.123456789", "123456789012345678901234567890.123456789"],
  ])("canonicalDecimal(%j) is %j", (input, expected) => {
    expect(canonicalDecimal(input)).toBe(expected);
  });

  it.each([
    [0.1, "0.1"],
    [-0, "0"],
    [1e21, "1000000000000000000000"],
    [1e-7, "0.0000001"],
    [Number.MAX_SAFE_INTEGER, "9007199254740991"],
  ])("canonicalDecimal(%d) is %j", (input, expected) => {
    expect(canonicalDecimal(input)).toBe(expected);
  });

  it("accepts plain notation only", () => {
    for (const good of ["0", "-1", "95.5", "007"]) expect(DECIMAL_STRING_PATTERN.test(good)).toBe(true);
    for (const bad of ["", "1.", ".5", "+1", "1e3", "6,5", "75%", " 1", "NaN", "Infinity", "--1"]) {
      expect(DECIMAL_STRING_PATTERN.test(bad), bad).toBe(false);
    }
  });

  it("canonical strings are fixed points and match the plain pattern (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), (value) => {
        const canonical = canonicalDecimal(value);
        expect(DECIMAL_STRING_PATTERN.test(canonical)).toBe(true);
        expect(canonicalDecimal(canonical)).toBe(canonical);
        expect(Number(canonical)).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});

/** Every setting decimal.js has, as the global constructor holds it now. */
function globalDecimalSettings(): Decimal.Config {
  const { precision, rounding, toExpNeg, toExpPos, minE, maxE, modulo, crypto } = Decimal;
  return { precision, rounding, toExpNeg, toExpPos, minE, maxE, modulo, crypto };
}

/** A framework whose values are far larger and smaller than a narrow global exponent range. */
const WIDE_RANGE_FRAMEWORK = ((): Framework => {
  const framework = minimalFramework();
  framework.targets = [
    {
      id: "t",
      objective: "obj-1",
      indicator: "pi-1",
      baseline: { date: "2001-01-01", value: "12000000.000000123" },
      goal: { date: "2001-12-31", value: "98765432.1000001" },
      tolerance: { absolute: "0.0000001234" },
    },
  ];
  framework.measurements = [
    { indicator: "pi-1", date: "2001-04-01", value: "30000000.5" },
    { indicator: "pi-1", date: "2001-09-01", value: "0.000000012" },
  ];
  return framework;
})();

/** What the library answers, through the modules it is given, on values a narrow global setting would break. */
async function libraryAnswers(): Promise<unknown> {
  const library = await import("../../src/index.js");
  const framework = library.parseFramework(WIDE_RANGE_FRAMEWORK);
  return {
    canonical: ["12000000", "0.0000001234", "123456.654321", 1e21].map((v) => library.canonicalDecimal(v)),
    parsed: framework.targets.map((t) => [t.baseline.value, "value" in t.goal ? t.goal.value : undefined]),
    expected: library.expectedValue(library.parseFramework(WIDE_RANGE_FRAMEWORK).targets[0] as never, "2001-07-02"),
    evaluated: ["2001-04-01", "2001-09-01"].map((asOf) => library.evaluateTarget(framework, "t", { asOf })),
    history: library.statusHistory(framework, { dates: ["2001-04-01", "2001-09-01"], scale: library.DCA5 }),
  };
}

describe("the global decimal.js configuration", () => {
  it("never changes a result, set before or after the library loads (issue 8)", async () => {
    const saved = globalDecimalSettings();
    const reference = await libraryAnswers();
    try {
      Decimal.set({ maxE: 6, minE: -6, precision: 5, rounding: Decimal.ROUND_UP, toExpNeg: -2, toExpPos: 2 });
      Decimal.set({ modulo: Decimal.EUCLID });
      // Set after the library loaded...
      expect(await libraryAnswers()).toEqual(reference);
      // ...and before it loads: the library's modules evaluated afresh under the global setting.
      vi.resetModules();
      const { canonicalDecimal } = await import("../../src/index.js");
      expect(canonicalDecimal("12000000")).toBe("12000000");
      expect(await libraryAnswers()).toEqual(reference);
    } finally {
      Decimal.set(saved);
      // Later test files in this worker load the library afresh, under the restored setting.
      vi.resetModules();
    }
    expect(globalDecimalSettings()).toEqual(saved);
  });
});
