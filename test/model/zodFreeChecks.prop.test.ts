/**
 * The engines read values, frequencies and deadlines through checks that load no zod (so that a
 * bundle of an engine carries none). Each must answer exactly as the model's schema does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecimalValue, ReviewDeadline, deadlineOf, planLevelRank, PlanLevel } from "../../src/model/index.js";
import { isModelDecimal } from "../../src/model/digits.js";
import { PLAN_LEVELS } from "../../src/model/levels.js";

const decimalLike = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e20, -1e20, 1e19, 0.1 + 0.2, -0, Number.NaN, Infinity),
  fc.stringMatching(/^-?\d{0,24}(\.\d{0,24})?$/),
  fc.string(),
  fc.constantFrom("95.5", "-0", "1e5", " 1", "1.", ".5", "00000000000000000000001.5", null, undefined, {}, []),
);

describe("isModelDecimal", () => {
  it("accepts exactly what DecimalValue accepts", () => {
    fc.assert(
      fc.property(decimalLike, (value) => {
        expect(isModelDecimal(value)).toBe(DecimalValue.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});

const deadlineLike = fc.oneof(
  fc.record({ daysAfterPeriodEnd: fc.oneof(fc.integer({ min: -5, max: 4000 }), fc.double(), fc.string()) }),
  fc.record({ monthsAfterPeriodEnd: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double(), fc.string()) }),
  fc.record(
    { daysAfterPeriodEnd: fc.integer({ min: 0, max: 10 }), monthsAfterPeriodEnd: fc.integer({ min: 0, max: 10 }) },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.constantFrom("daysAfterPeriodEnd", "monthsAfterPeriodEnd", "days", "__proto__"), fc.anything()),
  fc.anything(),
);

describe("deadlineOf", () => {
  it("accepts exactly the deadlines ReviewDeadline accepts, and gives what it parses", () => {
    fc.assert(
      fc.property(deadlineLike, (deadline) => {
        if (deadline === undefined) return;
        const parsed = ReviewDeadline.safeParse(deadline);
        if (parsed.success) expect(deadlineOf({ deadline: parsed.data })).toEqual(parsed.data);
        if (parsed.success) expect(deadlineOf({ deadline } as never)).toEqual(parsed.data);
        else expect(() => deadlineOf({ deadline } as never)).toThrow(/cycle\.deadline/);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("deadlineOf on objects zod reads through their prototypes", () => {
  class Deadline {
    #days = 10;
    get daysAfterPeriodEnd(): number {
      return this.#days;
    }
  }
  const hidden = Object.defineProperty({}, "daysAfterPeriodEnd", { value: 7, enumerable: false });
  const inheritedExtra = Object.assign(Object.create({ extra: 1 }) as object, { daysAfterPeriodEnd: 3 });
  it.each([
    ["an inherited field", Object.create({ daysAfterPeriodEnd: 5 }) as object],
    ["a getter on a class", new Deadline()],
    ["a non-enumerable field", hidden],
    ["an array", [42]],
  ])("answers as ReviewDeadline for %s", (_, deadline) => {
    const parsed = ReviewDeadline.safeParse(deadline);
    if (parsed.success) expect(deadlineOf({ deadline } as never)).toEqual(parsed.data);
    else expect(() => deadlineOf({ deadline } as never)).toThrow(/cycle\.deadline/);
  });

  it("refuses an inherited enumerable extra key, as the pinned zod does (zod 4.1 let it through)", () => {
    expect(() => deadlineOf({ deadline: inheritedExtra })).toThrow(/cycle\.deadline/);
  });
});

describe("plan levels", () => {
  it("PlanLevel's options are PLAN_LEVELS, ranked in order, and anything else ranks -1", () => {
    expect(PlanLevel.options).toEqual([...PLAN_LEVELS]);
    expect(PLAN_LEVELS.map(planLevelRank)).toEqual([0, 1, 2, 3, 4]);
    expect(planLevelRank("constructor" as never)).toBe(-1);
  });
});
