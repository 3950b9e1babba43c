import { describe, expect, it } from "vitest";
import { generateFramework } from "../../bench/generate.js";
import { indexFramework, objectiveLevel, parseFramework } from "../../src/index.js";

describe("the synthetic generator the benchmarks share", () => {
  it("is deterministic for a seed", () => {
    expect(generateFramework({ objectives: 500, seed: 7 })).toEqual(generateFramework({ objectives: 500, seed: 7 }));
    expect(generateFramework({ objectives: 500, seed: 7 })).not.toEqual(
      generateFramework({ objectives: 500, seed: 8 }),
    );
  });

  it("makes valid 100,000-objective frameworks that parse and index", () => {
    const generated = generateFramework({ objectives: 100_000, measurementsPerIndicator: 4 });
    const framework = parseFramework(JSON.parse(JSON.stringify(generated)));
    expect(framework.objectives).toHaveLength(100_000);
    const index = indexFramework(framework);
    expect(index.objectives.size).toBe(100_000);
    expect(index.duplicates).toEqual([]);
    // Every objective below community level contributes to one of the level above.
    let checked = 0;
    for (const objective of framework.objectives) {
      const link = objective.contributesTo?.[0];
      if (link === undefined) {
        expect(objectiveLevel(index, objective.id)).toBe("community");
        continue;
      }
      const from = objectiveLevel(index, objective.id);
      const to = objectiveLevel(index, link.objective);
      expect(from !== undefined && to !== undefined).toBe(true);
      checked += 1;
    }
    expect(checked).toBe(100_000 - 100);
    expect(index.measurementsByIndicator.size).toBe(framework.indicators.length);
  });
});
