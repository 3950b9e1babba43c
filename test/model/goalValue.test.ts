import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/internal/decimal.js";
import { goalValue } from "../../src/model/goal.js";
import { decimalStringArbitrary } from "../arbitraries/framework.js";

const baseline = { date: "2001-03-31", value: "250" };

describe("goalValue: what a goal asks for, resolved once", () => {
  it("is an absolute goal's value, the baseline changed by a relative goal, nothing for a band", () => {
    expect(goalValue({ baseline, goal: { date: "2003-03-31", value: "200.50" } })?.toString()).toBe("200.5");
    expect(goalValue({ baseline, goal: { date: "2003-03-31", change: { percent: "-10" } } })?.toString()).toBe("225");
    expect(goalValue({ baseline, goal: { date: "2003-03-31", change: { absolute: "-0.1" } } })?.toString()).toBe(
      "249.9",
    );
    expect(goalValue({ baseline, goal: { date: "2003-03-31", low: "1", high: "2" } })).toBeUndefined();
  });

  it("resolves relative goals exactly: a percentage change of p is baseline × (1 + p/100) (property)", () => {
    fc.assert(
      fc.property(decimalStringArbitrary, decimalStringArbitrary, (value, percent) => {
        const resolved = goalValue({
          baseline: { date: "2001-03-31", value },
          goal: { date: "2002-03-31", change: { percent } },
        });
        const back = toDecimal(value).times(toDecimal(percent)).div(100).plus(toDecimal(value));
        expect(resolved?.equals(back)).toBe(true);
      }),
    );
  });
});
