import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { array, boolean, count, keyedBy, object, oneOf, string } from "../../src/internal/shape.js";

// Where a misfit is found is compared with the pinned zod's first issue: zod 4.1 (npm run
// test:zod-lowest) puts a record's unknown key at another place.
const { major, minor, patch } = z.core.version;
const pinned = `${String(major)}.${String(minor)}.${String(patch)}` === packageJson.devDependencies.zod;

const STATUSES = ["red", "amber", "green"] as const;

/** One shape and the zod schema it stands for, as the report's checks used before they left zod. */
const action = object({ id: string.nullable(), state: oneOf(["open", "done"]), ongoing: boolean });
const SHAPE = object({
  asOf: string,
  counts: keyedBy(STATUSES, "statuses", count),
  exceptions: array(object({ title: string, actions: array(action), owner: object({ name: string }).nullable() })),
});
const zAction = z.object({ id: z.string().nullable(), state: z.enum(["open", "done"]), ongoing: z.boolean() });
const ZOD = z.object({
  asOf: z.string(),
  counts: z.partialRecord(z.enum(STATUSES), z.number().int().nonnegative()),
  exceptions: z.array(
    z.object({ title: z.string(), actions: z.array(zAction), owner: z.object({ name: z.string() }).nullable() }),
  ),
});

const valid = {
  asOf: "2001-07-15",
  counts: { red: 2, green: 0 },
  exceptions: [
    { title: "Re-lets", actions: [{ id: null, state: "open", ongoing: false }], owner: { name: "Housing" } },
  ],
};

describe("shapes (the report's checks without zod)", () => {
  it("fits a value of the shape, and lets fields it does not name be", () => {
    expect(SHAPE.check(valid, [])).toBeUndefined();
    expect(SHAPE.check({ ...valid, extra: [1, 2] }, [])).toBeUndefined();
  });

  it("says where a value first leaves its shape and what was expected there", () => {
    expect(SHAPE.check(42, [])).toEqual({ path: [], expected: "an object" });
    expect(SHAPE.check({ ...valid, asOf: 1 }, [])).toEqual({ path: ["asOf"], expected: "a string" });
    expect(SHAPE.check({ ...valid, counts: { red: -1 } }, [])).toEqual({
      path: ["counts", "red"],
      expected: "a whole number, 0 or more",
    });
    expect(SHAPE.check({ ...valid, counts: { blue: 1 } }, [])).toEqual({
      path: ["counts"],
      expected: "keyed by statuses",
    });
    const [exception] = valid.exceptions;
    const broken = { ...exception, actions: [{ id: 7, state: "open", ongoing: false }] };
    expect(SHAPE.check({ ...valid, exceptions: [exception, broken] }, ["report"])).toEqual({
      path: ["report", "exceptions", 1, "actions", 0, "id"],
      expected: "a string or null",
    });
    // Of a field inside a nullable object, the field's own expectation.
    expect(SHAPE.check({ ...valid, exceptions: [{ ...exception, owner: { name: 3 } }] }, [])).toEqual({
      path: ["exceptions", 0, "owner", "name"],
      expected: "a string",
    });
    expect(SHAPE.check({ ...valid, exceptions: [{ ...exception, owner: 3 }] }, [])).toEqual({
      path: ["exceptions", 0, "owner"],
      expected: "an object or null",
    });
    expect(action.check({ id: "a", state: "late", ongoing: true }, [])).toEqual({
      path: ["state"],
      expected: 'one of "open", "done"',
    });
    expect(SHAPE.check({ ...valid, exceptions: {} }, [])).toEqual({ path: ["exceptions"], expected: "a list" });
  });

  it("lets a nullish field be null or left out, and says so of anything else", () => {
    const saved = object({ id: string.nullish() });
    expect(saved.check({ id: "a" }, [])).toBeUndefined();
    expect(saved.check({ id: null }, [])).toBeUndefined();
    expect(saved.check({}, [])).toBeUndefined();
    expect(saved.check({ id: 1 }, [])).toEqual({ path: ["id"], expected: "a string or null" });
  });

  it("extends an object shape, the new fields after the old, a field given again replaced", () => {
    const more = action.extend({ ongoing: string, due: string });
    expect(more.check({ id: null, state: "open", ongoing: "yes", due: "2001-07-15" }, [])).toBeUndefined();
    expect(more.check({ id: null, state: "open", ongoing: false, due: "2001-07-15" }, [])).toEqual({
      path: ["ongoing"],
      expected: "a string",
    });
  });

  it("agrees with the zod schema it replaces: the same values fit, and a misfit is found at zod's first issue", () => {
    const mutated = fc.oneof(
      fc.jsonValue(),
      fc.record({
        asOf: fc.oneof(fc.string(), fc.integer()),
        counts: fc.dictionary(
          fc.constantFrom("red", "amber", "green", "blue"),
          fc.oneof(fc.nat(), fc.integer(), fc.double()),
        ),
        exceptions: fc.array(
          fc.record({
            title: fc.oneof(fc.string(), fc.constant(null)),
            actions: fc.array(
              fc.record({
                id: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
                state: fc.constantFrom("open", "done", "late"),
                ongoing: fc.oneof(fc.boolean(), fc.constant("no")),
              }),
              { maxLength: 3 },
            ),
            owner: fc.oneof(fc.constant(null), fc.record({ name: fc.oneof(fc.string(), fc.integer()) })),
          }),
          { maxLength: 3 },
        ),
      }),
    );
    fc.assert(
      fc.property(mutated, (value) => {
        const miss = SHAPE.check(value, []);
        const parsed = ZOD.safeParse(value);
        expect(miss === undefined).toBe(parsed.success);
        if (miss !== undefined && pinned) expect(miss.path).toEqual(parsed.error?.issues[0]?.path);
      }),
      { numRuns: 500 },
    );
  });
});
