/**
 * Issue 22 (shown): a target's baseline and goal written as strings are parsed once per index for
 * every target that writes the same text, and the span, default tolerance and shown goal of a
 * (goal, baseline) pair are made once per index for every target with that pair. Targets sharing a
 * goal with different baselines, or a baseline with different goals, must each be evaluated as a
 * fresh index evaluates that target first.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Framework,
  evaluateFramework,
  evaluateTarget,
  indexFramework,
  safeParseFramework,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { goldenFramework } from "./goldenFrameworks.js";

/** Figures a goal or a baseline is written as: shared texts, equal values written differently, signs, places. */
const POOL = ["40", "60", "75", "25", "60.0", "060", "0", "-5", "12.345", "99.99", "100", "7.5"] as const;
const DATES = ["2001-06-30", "2002-03-31", "2003-12-31"];

/** A golden framework whose point goals and baselines are rewritten from {@link POOL}; undefined when it does not parse. */
function sharing(seed: number, picks: readonly number[]): Framework | undefined {
  const framework = JSON.parse(JSON.stringify(goldenFramework(seed, 10))) as {
    targets: { goal: Record<string, unknown>; baseline: { value: unknown } }[];
  };
  let k = 0;
  for (const target of framework.targets) {
    if (typeof target.goal.value === "string" && typeof target.baseline.value === "string") {
      target.goal.value = POOL[(picks[k % picks.length] as number) % POOL.length];
      target.baseline.value = POOL[(picks[(k + 1) % picks.length] as number) % POOL.length];
      k += 2;
    }
  }
  const parsed = safeParseFramework(framework);
  return parsed.success ? deepFreeze(parsed.data) : undefined;
}

describe("a target's figures parsed once per index for every target sharing them", () => {
  it("evaluates each target, after any others, as a fresh index evaluates it first", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 29 }),
        fc.array(fc.nat({ max: POOL.length * 3 }), { minLength: 2, maxLength: 12 }),
        fc.nat({ max: DATES.length - 1 }),
        fc.boolean(),
        (seed, picks, d, reverse) => {
          const framework = sharing(seed, picks);
          if (framework === undefined) return;
          const asOf = DATES[d] as string;
          const ids = framework.targets.map((target) => target.id);
          if (reverse) ids.reverse();
          const shared = indexFramework(framework);
          for (const id of ids)
            expect(JSON.stringify(evaluateTarget(shared, id, { asOf }))).toBe(
              JSON.stringify(evaluateTarget(indexFramework(framework), id, { asOf })),
            );
          // The whole evaluation (the roll-up's progress included) on a fresh index against one
          // whose targets were each evaluated first in the order above.
          expect(JSON.stringify(evaluateFramework(shared, { asOf }))).toBe(
            JSON.stringify(evaluateFramework(indexFramework(framework), { asOf })),
          );
        },
      ),
      { numRuns: 40, seed: 22 },
    );
  });
});
