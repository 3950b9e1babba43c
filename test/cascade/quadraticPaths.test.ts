import { describe, expect, it } from "vitest";
import type { Measurement, Review } from "../../src/index.js";
import {
  type ReadCounter,
  checkOnly,
  fieldsCounted,
  idsCounted,
  readGrowth,
  scaleFramework,
  targets,
} from "./growth.js";

/**
 * Issue 8, item 12: the cascade and review checks stay linear or n log n in each dimension. Each
 * case counts the reads of the growing dimension at n and 4n: a quadratic path reads 16 times as
 * often, these stay under 6 (the bar for 4 times the work).
 */

describe("no quadratic paths in the cascade and review checks", () => {
  it("a review cycle listing n ids, each looked up for n targets, reads the list a linear number of times", () => {
    const readsAt = (n: number): number => {
      const counter: ReadCounter = { reads: 0 };
      const listed = targets(n);
      const ids = idsCounted(
        listed.map((target) => target.id),
        counter,
      );
      const reviewCycles = [{ id: "rc", name: "Cycle", frequency: "quarterly" as const, appliesTo: { ids } }];
      checkOnly(scaleFramework({ targets: listed, reviewCycles }), ["unreviewed", "review-overdue"], "2003-01-01");
      return counter.reads;
    };
    expect(readGrowth(readsAt, 400)).toBeLessThan(6);
  });

  it("n targets on one indicator with n measurements: `unmeasured` searches the sorted series", () => {
    const readsAt = (n: number): number => {
      const counter: ReadCounter = { reads: 0 };
      // Every measurement precedes the baselines, so a filter would read the whole series per target.
      const measurements: Measurement[] = Array.from({ length: n }, (_, i) => ({
        indicator: "pi",
        date: i % 2 === 0 ? "2000-01-01" : "2001-01-01",
        value: "1",
      }));
      checkOnly(
        scaleFramework({ targets: targets(n), measurements: fieldsCounted(measurements, ["date"], counter) }),
        ["unmeasured"],
        "2003-01-01",
      );
      return counter.reads;
    };
    expect(readGrowth(readsAt, 400)).toBeLessThan(6);
  });

  it("n cycles covering one subject with n reviews: each cycle's reviews are found without filtering them all", () => {
    const readsAt = (n: number): number => {
      const counter: ReadCounter = { reads: 0 };
      const reviewCycles = Array.from({ length: n }, (_, i) => ({
        id: `rc${String(i)}`,
        name: "Cycle",
        frequency: "quarterly" as const,
        appliesTo: { kind: "objective" as const },
      }));
      const reviews: Review[] = reviewCycles.map((cycle, i) => ({
        cycle: cycle.id,
        subject: "o",
        date: `2001-${String((i % 12) + 1).padStart(2, "0")}-01`,
      }));
      checkOnly(
        scaleFramework({ reviewCycles, reviews: fieldsCounted(reviews, ["cycle", "date"], counter) }),
        ["review-overdue"],
        "2003-01-01",
      );
      return counter.reads;
    };
    expect(readGrowth(readsAt, 400)).toBeLessThan(6);
  });

  it("n review cycles, each listing one of n targets at a level: `unreviewed` reads each cycle's scope once", () => {
    const readsAt = (n: number): number => {
      const counter: ReadCounter = { reads: 0 };
      const listed = targets(n);
      const reviewCycles = listed.map((target, i) => ({
        id: `rc${String(i)}`,
        name: "Cycle",
        frequency: "quarterly" as const,
        appliesTo: { kind: "target" as const, level: "community" as const, ids: [target.id] },
      }));
      checkOnly(
        scaleFramework({ targets: listed, reviewCycles: fieldsCounted(reviewCycles, ["appliesTo"], counter) }),
        ["unreviewed"],
        "2003-01-01",
      );
      return counter.reads;
    };
    expect(readGrowth(readsAt, 400)).toBeLessThan(6);
  });
});
