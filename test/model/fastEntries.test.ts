// Issue 22: each case the parser's fast path leaves to the zod schema, and what the document then
// gives: the schema path's own result (the same issues, in the same order, or the same data).
import { describe, expect, it } from "vitest";
import type { FrameworkIssue } from "../../src/index.js";
import { type FastParser, REJECT } from "../../src/model/fastEntries.js";
import { safeParseFramework, safeParseFrameworkBySchema } from "../../src/model/parse.js";
import { generateAuthority } from "../../bench/trajectory.bench.js";
import { generateFramework } from "../../bench/generate.js";
import { jsonCopy, loadExample, minimalFramework } from "../helpers/fixtures.js";
import { documentWith, fastIndicator, fastMeasurement, fastObjective, fastTarget } from "../helpers/fastEntries.js";

const MEASUREMENT = { indicator: "pi-1", date: "2001-06-30", value: "55" };

/** Both paths on one document: the same result, returned. */
function bothPaths(document: unknown): ReturnType<typeof safeParseFramework> {
  const fast = safeParseFramework(document);
  const schema = safeParseFrameworkBySchema(document);
  expect(fast).toStrictEqual(schema);
  return fast;
}

function issuesOf(document: unknown): readonly Pick<FrameworkIssue, "code" | "path">[] {
  const result = bothPaths(document);
  return result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }));
}

function fastRefuses(parse: FastParser, entry: unknown): void {
  expect(parse(entry)).toBe(REJECT);
}

describe("the fast path's refusals, left to the schema (issue 22)", () => {
  it("gives the schema path's data on the examples and on generated frameworks", () => {
    for (const document of [
      loadExample("stockton"),
      loadExample("spelthorne"),
      jsonCopy(generateFramework({ objectives: 2_000, measurementsPerIndicator: 8 })),
      jsonCopy(generateAuthority(50)),
    ]) {
      const result = bothPaths(document);
      expect(result.success).toBe(true);
      expect(result.success && result.data).toStrictEqual(document);
    }
  });

  it("takes an ordinary measurement, and returns a fresh copy", () => {
    const entry = { ...MEASUREMENT, quality: "estimate" };
    const parsed = fastMeasurement(entry);
    expect(parsed).toStrictEqual(entry);
    expect(parsed).not.toBe(entry);
    const result = bothPaths(documentWith("measurements", entry));
    expect(result.success && result.data.measurements?.[0]).toStrictEqual(entry);
  });

  it("keeps an optional key given as undefined, as zod does", () => {
    const entry = { ...MEASUREMENT, quality: undefined };
    const parsed = fastMeasurement(entry) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["indicator", "date", "value", "quality"]);
    const result = bothPaths(documentWith("measurements", entry));
    expect(result.success && Object.keys(result.data.measurements?.[0] ?? {})).toEqual(Object.keys(parsed));
  });

  it("puts the keys in the schema's order, whatever the input's", () => {
    const parsed = fastMeasurement({ note: "n", value: "1", date: "2001-06-30", indicator: "pi-1" });
    expect(Object.keys(parsed as object)).toEqual(["indicator", "date", "value", "note"]);
    bothPaths(documentWith("measurements", { note: "n", value: "1", date: "2001-06-30", indicator: "pi-1" }));
  });

  it("keeps -0 and numbers as given", () => {
    const parsed = fastMeasurement({ ...MEASUREMENT, value: -0 }) as { value: number };
    expect(Object.is(parsed.value, -0)).toBe(true);
    const result = bothPaths(documentWith("measurements", { ...MEASUREMENT, value: -0 }));
    expect(result.success && Object.is(result.data.measurements?.[0]?.value, -0)).toBe(true);
  });

  it("refuses a key the schema does not define, an own __proto__ key included", () => {
    fastRefuses(fastMeasurement, { ...MEASUREMENT, unit: "%" });
    expect(issuesOf(documentWith("measurements", { ...MEASUREMENT, unit: "%" }))).toEqual([
      { code: "unrecognized_keys", path: ["measurements", 0] },
    ]);
    const proto: unknown = JSON.parse('{"indicator":"pi-1","date":"2001-06-30","value":"1","__proto__":{"x":1}}');
    fastRefuses(fastMeasurement, proto);
    expect(issuesOf(documentWith("measurements", proto))).toEqual([
      { code: "unrecognized_keys", path: ["measurements", 0] },
    ]);
  });

  it("refuses a missing key, a wrong type, null and a list where an entry goes", () => {
    const noDate: Record<string, unknown> = { ...MEASUREMENT };
    delete noDate.date;
    for (const entry of [noDate, { ...MEASUREMENT, value: true }, null, [MEASUREMENT], "pi-1", 7]) {
      fastRefuses(fastMeasurement, entry);
      expect(issuesOf(documentWith("measurements", entry)).length).toBeGreaterThan(0);
    }
    expect(issuesOf(documentWith("measurements", noDate))).toEqual([
      { code: "required", path: ["measurements", 0, "date"] },
    ]);
  });

  it("refuses exponents, NaN-like text, infinities and too many digits as the schema words them", () => {
    for (const value of ["1e5", "1E5", "NaN", "Infinity", "+1", ".5", "5.", "6,5", Number.NaN, Infinity]) {
      fastRefuses(fastMeasurement, { ...MEASUREMENT, value });
      expect(issuesOf(documentWith("measurements", { ...MEASUREMENT, value }))).toEqual([
        { code: "invalid_decimal", path: ["measurements", 0, "value"] },
      ]);
    }
    for (const value of ["123456789012345678901", "0.000000000000000000001", 1e20]) {
      fastRefuses(fastMeasurement, { ...MEASUREMENT, value });
      expect(issuesOf(documentWith("measurements", { ...MEASUREMENT, value }))).toEqual([
        { code: "too_big", path: ["measurements", 0, "value"] },
      ]);
    }
    // Long but within the limits: taken on the fast path, after the full digit count.
    expect(fastMeasurement({ ...MEASUREMENT, value: "0012345678901234567890.12345678900000" })).not.toBe(REJECT);
  });

  it("refuses impossible dates and ids with surrounding spaces", () => {
    for (const date of ["2001-02-30", "2001-02-29", "0000-01-01", "2001-1-01", "２００１-01-01", "2001-01-01T00:00"]) {
      fastRefuses(fastMeasurement, { ...MEASUREMENT, date });
      expect(issuesOf(documentWith("measurements", { ...MEASUREMENT, date }))).toEqual([
        { code: "invalid_date", path: ["measurements", 0, "date"] },
      ]);
    }
    expect(fastMeasurement({ ...MEASUREMENT, date: "2000-02-29" })).not.toBe(REJECT);
    for (const indicator of [" pi-1", "pi-1\u00a0", "\ufeffpi-1"]) {
      fastRefuses(fastMeasurement, { ...MEASUREMENT, indicator });
      expect(issuesOf(documentWith("measurements", { ...MEASUREMENT, indicator }))).toEqual([
        { code: "invalid_id", path: ["measurements", 0, "indicator"] },
      ]);
    }
    expect(fastMeasurement({ ...MEASUREMENT, indicator: "__proto__" })).not.toBe(REJECT);
  });

  it("leaves a value that throws when read to the schema, which reports it unreadable", () => {
    const entry = { ...MEASUREMENT };
    Object.defineProperty(entry, "value", {
      enumerable: true,
      get() {
        throw new Error("locked");
      },
    });
    expect(() => fastMeasurement(entry)).toThrow("locked");
    expect(issuesOf(documentWith("measurements", entry))).toEqual([
      { code: "unreadable", path: ["measurements", 0, "value"] },
    ]);
  });

  it("leaves an object that is not plain data to the schema, which may accept it", () => {
    class Reading {
      indicator = "pi-1";
      date = "2001-06-30";
      value = "55";
    }
    fastRefuses(fastMeasurement, new Reading());
    const result = bothPaths(documentWith("measurements", new Reading()));
    expect(result.success && Object.getPrototypeOf(result.data.measurements?.[0])).toBe(Object.prototype);
    // An object without a prototype is plain data: taken, and given back as an ordinary object.
    const bare = Object.assign(Object.create(null) as object, MEASUREMENT);
    expect(Object.getPrototypeOf(fastMeasurement(bare))).toBe(Object.prototype);
    bothPaths(documentWith("measurements", bare));
  });

  it("leaves an indicator's profile and a target's revisions to the schema", () => {
    const indicator = {
      ...jsonCopy(minimalFramework()).indicators[0],
      id: "pi-2",
      profile: { quarterly: ["1", "1", "1", "1"] },
    };
    fastRefuses(fastIndicator, indicator);
    expect(bothPaths(documentWith("indicators", indicator)).success).toBe(true);
    const target = {
      ...jsonCopy(minimalFramework()).targets[0],
      id: "t-2",
      revisions: [{ date: "2002-04-01", goal: { date: "2004-03-31", value: "80" }, reason: "Raised" }],
    };
    fastRefuses(fastTarget, target);
    expect(bothPaths(documentWith("targets", target)).success).toBe(true);
    const repeated = { ...target, revisions: [...target.revisions, ...target.revisions] };
    expect(issuesOf(documentWith("targets", repeated))).toEqual([
      { code: "invalid_format", path: ["targets", 1, "revisions", 1, "date"] },
    ]);
  });

  it("refuses an indicator whose max is below its min, or whose cumulative and aggregation disagree", () => {
    const base = jsonCopy(minimalFramework()).indicators[0];
    for (const indicator of [
      { ...base, min: "10", max: "9.5" },
      { ...base, cumulative: true, aggregation: "snapshot" },
    ]) {
      fastRefuses(fastIndicator, indicator);
      expect(issuesOf(documentWith("indicators", indicator))).toHaveLength(1);
    }
    expect(fastIndicator({ ...base, min: 10, max: "10" })).not.toBe(REJECT);
  });

  it("refuses a negative weight or tolerance, and a contribution or action out of shape", () => {
    const target = jsonCopy(minimalFramework()).targets[0];
    for (const entry of [
      { ...target, weight: "-1" },
      { ...target, tolerance: { percent: -5 } },
    ]) {
      fastRefuses(fastTarget, entry);
      expect(issuesOf(documentWith("targets", entry))).toHaveLength(1);
    }
    expect(fastTarget({ ...target, weight: "-0" })).not.toBe(REJECT);
    const objective = jsonCopy(minimalFramework()).objectives[0];
    for (const entry of [
      { ...objective, contributesTo: [{ objective: "obj-2", link: "sideways" }] },
      { ...objective, actions: [{ title: "" }] },
      { ...objective, actions: {} },
    ]) {
      fastRefuses(fastObjective, entry);
      expect(issuesOf(documentWith("objectives", entry))).toHaveLength(1);
    }
  });

  it("still checks every entry after a bad one, listing issues in the schema path's order", () => {
    const entries = [
      MEASUREMENT,
      { ...MEASUREMENT, date: "2001-02-30" },
      MEASUREMENT,
      { ...MEASUREMENT, value: "1e5", extra: 1 },
      MEASUREMENT,
    ];
    expect(issuesOf(documentWith("measurements", ...entries))).toEqual([
      { code: "invalid_date", path: ["measurements", 1, "date"] },
      { code: "invalid_decimal", path: ["measurements", 3, "value"] },
      { code: "unrecognized_keys", path: ["measurements", 3] },
    ]);
  });

  it("reports a list that is not a list, or that throws when read, as the schema path does", () => {
    const document = jsonCopy(minimalFramework()) as Record<string, unknown>;
    for (const measurements of [null, {}, "[]", 7]) {
      expect(issuesOf({ ...document, measurements })).toEqual([{ code: "invalid_type", path: ["measurements"] }]);
    }
    const noOwners = { ...document };
    delete noOwners.owners;
    expect(issuesOf(noOwners)).toEqual([{ code: "required", path: ["owners"] }]);
    // The fast path reads the input's own lists, not a copy: one that throws is parsed again on the schema path.
    const list: unknown[] = [MEASUREMENT];
    Object.defineProperty(list, 1, {
      enumerable: true,
      get() {
        throw new Error("locked");
      },
    });
    expect(issuesOf({ ...document, measurements: list })).toEqual([{ code: "unreadable", path: ["measurements", 1] }]);
    const { proxy, revoke } = Proxy.revocable([MEASUREMENT], {});
    revoke();
    expect(issuesOf({ ...document, measurements: proxy })).toEqual([{ code: "unreadable", path: ["measurements"] }]);
    const trapped = new Proxy([MEASUREMENT], {
      get(target, property, receiver) {
        if (property === "length") throw new Error("no length");
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    // (As before issue 22, such a list is reported at the document: its length is no key to walk to.)
    expect(issuesOf({ ...document, measurements: trapped })).toEqual([{ code: "unreadable", path: [] }]);
  });

  it("gives the same long answers past the issue cap", () => {
    const entries = Array.from({ length: 3000 }, (_, i) =>
      i % 2 === 0 ? { ...MEASUREMENT, date: "bad" } : MEASUREMENT,
    );
    const result = bothPaths(documentWith("measurements", ...entries));
    expect(result.success ? [] : result.error.issues.at(-1)).toMatchObject({ code: "too_many_issues" });
  });
});
