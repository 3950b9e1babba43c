import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, checkCascade } from "../../src/index.js";
import { cascadeArbitrary } from "../arbitraries/cascade.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";
import { byId, defined } from "./harness.js";
import { runs } from "../helpers/runs.js";

/** An independent oracle: the objectives that reach a community objective, by fixpoint iteration. */
function reachingCommunity(framework: Framework): Set<string> {
  const level = new Map(framework.plans.map((plan) => [plan.id, plan.level]));
  const reaches = new Set(framework.objectives.filter((o) => level.get(o.plan) === "community").map((o) => o.id));
  let changed = true;
  while (changed) {
    changed = false;
    for (const objective of framework.objectives) {
      if (!reaches.has(objective.id) && (objective.contributesTo ?? []).some((link) => reaches.has(link.objective))) {
        reaches.add(objective.id);
        changed = true;
      }
    }
  }
  return reaches;
}

function hasNoDuplicateIds(framework: Framework): boolean {
  const kinds = [
    framework.owners,
    framework.plans,
    framework.objectives,
    framework.indicators,
    framework.targets,
    framework.reviewCycles ?? [],
  ];
  return kinds.every((list) => new Set(list.map((entity) => entity.id)).size === list.length);
}

describe("checkCascade (properties)", () => {
  it("a generated valid cascade gives no error findings", () => {
    fc.assert(
      fc.property(cascadeArbitrary, (framework) => {
        const report = checkCascade(deepFreeze(framework), { asOf: "2001-05-01" });
        expect(report.findings.filter((finding) => finding.severity === "error")).toEqual([]);
        expect(report.ok).toBe(true);
      }),
    );
  });

  it("cutting one link produces orphan-objective for exactly the objectives cut off", () => {
    const withCut = cascadeArbitrary
      .filter((framework) => framework.objectives.some((o) => (o.contributesTo?.length ?? 0) > 0))
      .chain((framework) => {
        const linked = framework.objectives.flatMap((o, i) => (o.contributesTo ?? []).map((_, k) => [i, k] as const));
        return fc.tuple(fc.constant(framework), fc.constantFrom(...linked));
      });
    fc.assert(
      fc.property(withCut, ([framework, [i, k]]) => {
        const cut = jsonCopy(framework);
        const objective = defined(cut.objectives[i], "the objective cut");
        const links = (objective.contributesTo ?? []).filter((_, j) => j !== k);
        if (links.length === 0) delete objective.contributesTo;
        else objective.contributesTo = links;
        const reaches = reachingCommunity(cut);
        const expected = cut.objectives
          .filter((o) => !reaches.has(o.id))
          .map((o) => o.id)
          .sort();
        const report = checkCascade(deepFreeze(cut));
        const orphans = report.findings
          .filter((f) => f.ruleId === "orphan-objective")
          .map((f) => f.subject.id)
          .sort();
        expect(orphans).toEqual(expected);
      }),
    );
  });

  it("adding a back edge produces one contribution-cycle whose path is a real cycle", () => {
    const withBackEdge = cascadeArbitrary
      .filter((framework) => framework.objectives.some((o) => (o.contributesTo?.length ?? 0) > 0))
      .chain((framework) => {
        const edges = framework.objectives.flatMap((o) =>
          (o.contributesTo ?? []).map((link) => [o.id, link.objective] as const),
        );
        return fc.tuple(fc.constant(framework), fc.constantFrom(...edges));
      });
    fc.assert(
      fc.property(withBackEdge, ([framework, [from, to]]) => {
        // `from` contributes to `to`; making `to` contribute to `from` closes a loop.
        const looped = jsonCopy(framework);
        const upper = byId(looped.objectives, to);
        upper.contributesTo = [...(upper.contributesTo ?? []), { objective: from }];
        const report = checkCascade(deepFreeze(looped));
        const cycles = report.findings.filter((f) => f.ruleId === "contribution-cycle");
        expect(cycles).toHaveLength(1);
        const path = defined(cycles[0]?.path, "the cycle's path");
        expect(path.length).toBeGreaterThanOrEqual(3);
        expect(path[0]).toBe(path[path.length - 1]);
        const links = new Set(
          looped.objectives.flatMap((o) => (o.contributesTo ?? []).map((link) => `${o.id}\u0000${link.objective}`)),
        );
        for (let j = 0; j + 1 < path.length; j += 1) expect(links.has(`${path[j]}\u0000${path[j + 1]}`)).toBe(true);
        expect(new Set(path.slice(1)).size).toBe(path.length - 1);
      }),
    );
  });

  it("shuffling the input arrays never changes the report", () => {
    const shuffled = fc.oneof(cascadeArbitrary, frameworkArbitrary.filter(hasNoDuplicateIds)).chain((framework) =>
      fc.tuple(
        fc.constant(framework),
        fc.record({
          owners: fc.shuffledSubarray(framework.owners, { minLength: framework.owners.length }),
          plans: fc.shuffledSubarray(framework.plans, { minLength: framework.plans.length }),
          objectives: fc.shuffledSubarray(framework.objectives, { minLength: framework.objectives.length }),
          indicators: fc.shuffledSubarray(framework.indicators, { minLength: framework.indicators.length }),
          targets: fc.shuffledSubarray(framework.targets, { minLength: framework.targets.length }),
          measurements: fc.shuffledSubarray(framework.measurements ?? [], {
            minLength: framework.measurements?.length ?? 0,
          }),
          reviewCycles: fc.shuffledSubarray(framework.reviewCycles ?? [], {
            minLength: framework.reviewCycles?.length ?? 0,
          }),
          reviews: fc.shuffledSubarray(framework.reviews ?? [], { minLength: framework.reviews?.length ?? 0 }),
        }),
        fc.constantFrom(undefined, "2001-06-30", "2003-01-01"),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([framework, arrays, asOf]) => {
        const options = asOf === undefined ? {} : { asOf };
        const reordered: Framework = {
          ...framework,
          owners: arrays.owners,
          plans: arrays.plans,
          objectives: arrays.objectives,
          indicators: arrays.indicators,
          targets: arrays.targets,
          ...(framework.measurements === undefined ? {} : { measurements: arrays.measurements }),
          ...(framework.reviewCycles === undefined ? {} : { reviewCycles: arrays.reviewCycles }),
          ...(framework.reviews === undefined ? {} : { reviews: arrays.reviews }),
        };
        expect(checkCascade(deepFreeze(reordered), options)).toEqual(checkCascade(deepFreeze(framework), options));
      }),
      { numRuns: runs(200) },
    );
  });

  it("never throws on parsed input, and its reports survive JSON", () => {
    fc.assert(
      fc.property(frameworkArbitrary, fc.constantFrom(undefined, "2001-06-30", "2030-01-01"), (framework, asOf) => {
        const report = checkCascade(deepFreeze(framework), asOf === undefined ? {} : { asOf });
        expect(jsonCopy(report)).toEqual(report);
        expect(report.errorCount + report.warningCount + report.infoCount).toBe(report.findings.length);
      }),
      { numRuns: runs(200) },
    );
  });
});
