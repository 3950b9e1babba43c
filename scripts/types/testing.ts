// A consumer of the testing entry, type-checked by scripts/typesRange.sh with node16 and bundler
// resolution: fast-check's own declarations do not resolve under node10 (its pure-rand subpaths).
import fc from "fast-check";
import { addDays, cascadeArbitrary, targetArbitrary } from "performance-management/testing";
import { expectedValue } from "performance-management/trajectory";

export const checked = fc.check(
  fc.property(targetArbitrary(), cascadeArbitrary({ maxObjectives: 3 }), (target, framework) => {
    const value: string | null = expectedValue(target, addDays(target.baseline.date, 1));
    return framework.objectives.length > 0 && value !== undefined;
  }),
);
