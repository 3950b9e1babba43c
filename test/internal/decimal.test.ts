import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DECIMAL_STRING_PATTERN, toCanonicalString, toDecimal } from "../../src/internal/decimal.js";
import { canonicalDecimal } from "../../src/index.js";

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
