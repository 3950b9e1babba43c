import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AssessmentResponse,
  type Catalogue,
  appendixA,
  assess,
  catalogueSchema,
  diagnose,
  priorities,
} from "../../src/assessment/index.js";
import { toDecimal } from "../../src/internal/decimal.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

const ids = appendixA.areas.flatMap((area) => area.characteristics.map((c) => c.id));
const RANK = { ineffective: 0, developing: 1, effective: 2 } as const;

/** Ratings on the default 0–4 scale, whole or to one place, some as strings. */
const rating = fc.oneof(
  fc.integer({ min: 0, max: 4 }),
  fc.integer({ min: 0, max: 40 }).map((tenths) => String(tenths / 10)),
);
const responses = fc
  .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length })
  .chain((chosen) =>
    fc.tuple(...chosen.map((id) => rating.map((value): AssessmentResponse => ({ characteristic: id, rating: value })))),
  );

const asNumber = (value: string | null): number => (value === null ? Number.NaN : Number(value));

describe("assess laws", () => {
  it("keeps every score within the scale", () => {
    fc.assert(
      fc.property(responses, (given) => {
        const result = assess(deepFreeze(given));
        for (const area of result.areas)
          if (area.score !== null) expect(asNumber(area.score)).toSatisfy((s: number) => s >= 0 && s <= 4);
        // No verdict anywhere (every area rated on under half its characteristics): no overall score.
        if (result.overall.score !== null)
          expect(asNumber(result.overall.score)).toSatisfy((s: number) => s >= 0 && s <= 4);
        else expect(result.areas.every((area) => area.verdict === null)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it("never lowers an area or the overall score when a rating rises", () => {
    fc.assert(
      fc.property(responses, fc.nat(), fc.integer({ min: 1, max: 40 }), (given, pick, tenths) => {
        const index = pick % given.length;
        const raised = given.map((response, i) =>
          i === index ? { ...response, rating: Math.min(4, Number(response.rating) + tenths / 10) } : response,
        );
        const before = assess(given);
        const after = assess(raised);
        before.areas.forEach((area, a) => {
          const later = after.areas[a]?.score ?? null;
          if (area.score !== null) expect(toDecimal(later ?? "-1").gte(toDecimal(area.score))).toBe(true);
        });
        // A rating rising changes no area's count of ratings, so the areas with a verdict stay the same.
        expect(after.overall.score === null).toBe(before.overall.score === null);
        if (before.overall.score !== null)
          expect(toDecimal(after.overall.score ?? "-1").gte(toDecimal(before.overall.score))).toBe(true);
        expect(RANK[after.overall.verdict ?? "ineffective"]).toBeGreaterThanOrEqual(
          RANK[before.overall.verdict ?? "ineffective"],
        );
      }),
      { numRuns: runs(100) },
    );
  });

  it("never counts an unrated characteristic as zero: each area's score is the mean of its rated ones, shown to two places", () => {
    fc.assert(
      fc.property(responses, (given) => {
        const result = assess(given);
        const byId = new Map(given.map((response) => [response.characteristic, toDecimal(response.rating)]));
        for (const area of appendixA.areas) {
          const rated = area.characteristics.flatMap((c) => byId.get(c.id) ?? []);
          const scored = result.areas.find((candidate) => candidate.id === area.id);
          if (rated.length === 0) expect(scored?.score).toBeNull();
          else {
            const mean = rated.reduce((sum, value) => sum.plus(value), toDecimal(0)).div(rated.length);
            // Shown rounded to two places for people; the exact fraction is kept beside it.
            expect(
              toDecimal(scored?.score ?? "-1")
                .minus(mean)
                .abs()
                .lte("0.005"),
            ).toBe(true);
            expect(scored?.score).toMatch(/^-?\d+(?:\.\d{1,2})?$/u);
            const [numerator, denominator = "1"] = (scored?.exactScore ?? "").split("/");
            expect(
              toDecimal(numerator ?? "")
                .div(denominator)
                .minus(mean)
                .abs()
                .lte("1e-20"),
            ).toBe(true);
            // Under half the area's characteristics rated: no verdict (issue 20).
            expect(scored?.verdict === null).toBe(rated.length * 2 < area.characteristics.length);
          }
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("never gives a verdict better than the weakest area allows", () => {
    fc.assert(
      fc.property(responses, (given) => {
        const result = assess(given);
        const verdict = RANK[result.overall.verdict ?? "ineffective"];
        for (const area of result.areas)
          if (area.verdict !== null) expect(verdict).toBeLessThanOrEqual(RANK[area.verdict]);
        const limiting = RANK[result.limitingArea?.verdict ?? "ineffective"];
        expect(verdict).toBe(Math.min(limiting, RANK[result.overall.uncapped ?? "ineffective"]));
        // Priorities and warning signs only ever name rated characteristics.
        const rated = new Set(given.map((response) => response.characteristic));
        for (const gap of priorities(result)) expect(rated.has(gap.characteristic)).toBe(true);
        for (const sign of diagnose(result)) for (const c of sign.characteristics) expect(rated.has(c.id)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it("names a disagreement exactly where a person's rating and the derived one are two or more points apart (issue 20)", () => {
    const derivedRatings = fc.array(fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 0, max: 4 })), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(responses, derivedRatings, fc.constantFrom(4, 10), (given, derivedGiven, max) => {
        const derived = [...new Map(derivedGiven)].map(([characteristic, value]) => ({
          characteristic,
          rating: value,
          source: "derived" as const,
        }));
        // People rate on the assessment's scale (0–4 or 0–10); derived ratings stay on 0–4.
        const people = given.map((response) => ({ ...response, rating: (Number(response.rating) * max) / 4 }));
        const result = assess(people, { derived, scale: { min: 0, max } });
        const person = new Map(people.map((response) => [response.characteristic, response.rating]));
        const model = new Map(derived.map((response) => [response.characteristic, (response.rating * max) / 4]));
        const expected = ids.filter((id) => {
          const a = person.get(id);
          const b = model.get(id);
          // Two points of 0–4, put onto the assessment's scale.
          return a !== undefined && b !== undefined && Math.abs(a - b) >= (2 * max) / 4 - 1e-9;
        });
        expect(result.disagreements.map((d) => d.characteristic)).toEqual(expected);
        for (const area of result.areas)
          for (const characteristic of area.characteristics)
            expect(characteristic.disagreement !== null).toBe(expected.includes(characteristic.id));
      }),
      { numRuns: runs(100) },
    );
  });

  it("accepts a catalogue exactly when its ids are unique", () => {
    const id = fc.constantFrom("a", "b", "c", "a/x", "a/y", "b/x");
    const catalogue = fc
      .array(fc.tuple(id, fc.array(id, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 })
      .map((areas): Catalogue => ({
        areas: areas.map(([areaId, characteristicIds]) => ({
          id: areaId,
          title: areaId,
          characteristics: characteristicIds.map((c) => ({ id: c, text: c, evidence: "judgement" as const })),
        })),
      }));
    fc.assert(
      fc.property(catalogue, (given) => {
        const all = given.areas.flatMap((area) => [area.id, ...area.characteristics.map((c) => c.id)]);
        expect(catalogueSchema.safeParse(given).success).toBe(new Set(all).size === all.length);
      }),
      { numRuns: runs(200) },
    );
  });
});
