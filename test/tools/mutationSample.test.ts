import { describe, expect, it } from "vitest";
import { sampleOf, summaryOf, wilson } from "../../scripts/mutationSample.js";

describe("the mutation sample (scripts/mutationSample.ts)", () => {
  it("draws the same lines for the same seed, sorted, each a one-line range of the engine's files", () => {
    const first = sampleOf("review", 12, 24);
    expect(sampleOf("review", 12, 24)).toEqual(first);
    expect(first.sample).toHaveLength(12);
    expect(new Set(first.sample).size).toBe(12);
    for (const place of first.sample) expect(place).toMatch(/^src\/review\/[a-zA-Z]+\.ts:(\d+)-\1$/);
    expect(first.sample.some((place) => place.includes("/index.ts"))).toBe(false);
    expect(sampleOf("review", 12, 25).sample).not.toEqual(first.sample);
    // Asked for more lines than there are, it takes them all.
    expect(sampleOf("review", 1_000_000, 1).sample).toHaveLength(first.candidates);
    expect(() => sampleOf("nowhere", 1, 1)).toThrow(/no engine "nowhere"/);
  });

  it("scores killed and timed-out mutants as detected over all but the ignored and erroneous, and lists the survivors", () => {
    const mutant = (status: string, line: number) => ({
      status,
      mutatorName: "EqualityOperator",
      replacement: "a <= b",
      location: { start: { line, column: 3 } },
    });
    const summary = summaryOf({
      files: {
        "src/x.ts": {
          source: "const a = 1;\nif (a < b) go();\n",
          mutants: [
            mutant("Killed", 2),
            mutant("Timeout", 2),
            mutant("Survived", 2),
            mutant("NoCoverage", 1),
            mutant("CompileError", 2),
          ],
        },
      },
    });
    expect([summary.detected, summary.valid]).toEqual([2, 4]);
    expect(summary.counts).toEqual({ Killed: 1, Timeout: 1, Survived: 1, NoCoverage: 1, CompileError: 1 });
    expect(summary.survivors.map((s) => [s.status, s.where, s.original])).toEqual([
      ["Survived", "src/x.ts:2:3", "if (a < b) go();"],
      ["NoCoverage", "src/x.ts:1:3", "const a = 1;"],
    ]);
  });

  it("gives Wilson's interval: 46 of 57 is 69–89%, and none of none is anything", () => {
    const [low, high] = wilson(46, 57);
    expect([Math.round(low), Math.round(high)]).toEqual([69, 89]);
    expect(wilson(0, 0)).toEqual([0, 100]);
    const [, top] = wilson(10, 10);
    expect(top).toBe(100);
  });
});
