import { describe, expect, it } from "vitest";
import { add, compare, divide, formatFraction, fractionOf } from "../../src/internal/fraction.js";

const f = (numerator: bigint, denominator: bigint) => ({ numerator, denominator });

describe("the assessment's exact fractions", () => {
  it("reads decimals exactly, in lowest terms", () => {
    expect(fractionOf("2.50")).toEqual(f(5n, 2n));
    expect(fractionOf(3)).toEqual(f(3n, 1n));
    expect(fractionOf(0.1)).toEqual(f(1n, 10n));
    expect(fractionOf(1e-7)).toEqual(f(1n, 10_000_000n));
    expect(fractionOf("-0.25")).toEqual(f(-1n, 4n));
  });

  it("keeps a long sum of halves in lowest terms", () => {
    let sum = f(0n, 1n);
    for (let i = 0; i < 10_000; i += 1) sum = add(sum, fractionOf("0.5"));
    expect(sum).toEqual(f(5000n, 1n));
    // (4 + 3 + 3) / 3 = 10/3, exactly above 3
    expect(compare(divide(f(10n, 1n), f(3n, 1n)), f(3n, 1n))).toBe(1);
  });

  it("shows a fraction to ten places, rounded half-even", () => {
    expect(formatFraction(f(1n, 3n))).toBe("0.3333333333");
    expect(formatFraction(f(2n, 3n))).toBe("0.6666666667");
    expect(formatFraction(f(-1n, 3n))).toBe("-0.3333333333");
    // 0.00000000025 and 0.00000000075: ties, to the even tenth place
    expect(formatFraction(f(5n, 20_000_000_000n))).toBe("0.0000000002");
    expect(formatFraction(f(15n, 20_000_000_000n))).toBe("0.0000000008");
    expect(formatFraction(f(23n, 15n))).toBe("1.5333333333");
    expect(formatFraction(f(5n, 2n))).toBe("2.5");
  });
});
