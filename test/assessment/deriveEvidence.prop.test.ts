import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendixA, assess, deriveEvidence, derivedRatingCaps } from "../../src/assessment/index.js";
import type { Framework } from "../../src/index.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { deepFreeze, jsonCopy } from "../helpers/fixtures.js";
import { runs, timeout } from "../helpers/runs.js";

describe("deriveEvidence laws", () => {
  it("never throws on parsed input, rates 0 to 4 in whole steps, survives JSON and feeds assess", () => {
    fc.assert(
      fc.property(frameworkArbitrary, fc.constantFrom("2001-06-30", "2030-01-01"), (framework, asOf) => {
        const evidence = deriveEvidence(deepFreeze(framework), { asOf });
        expect(jsonCopy(evidence)).toEqual(evidence);
        // Every characteristic the model speaks to is rated or not evidenced (issue 20), never both.
        expect(evidence.responses.length + evidence.notEvidenced.length).toBe(23);
        const kinds = new Map(
          appendixA.areas.flatMap((area) => area.characteristics).map((c) => [c.id, c.evidence] as const),
        );
        for (const response of evidence.responses) {
          expect(Number.isInteger(response.rating) && response.rating >= 0 && response.rating <= 4).toBe(true);
          expect(response.facts.length).toBeGreaterThan(0);
          // Each evidence kind has its cap: a characteristic covered in part is never above developing.
          const kind = kinds.get(response.characteristic);
          expect(kind === "partly" || kind === "derived").toBe(true);
          expect(response.rating).toBeLessThanOrEqual(derivedRatingCaps[kind as "partly" | "derived"]);
        }
        const assessment = assess([], { derived: deepFreeze(evidence) });
        expect(assessment.coverage.derivedOnly).toBe(evidence.responses.length);
        expect(jsonCopy(assessment)).toEqual(assessment);
      }),
      { numRuns: runs(60) },
    );
  });
});

describe("deriveEvidence at depth, without recursion", () => {
  it(
    "draws evidence from a 100,000-deep cascade",
    () => {
      const depth = 100_000;
      const objectives: Framework["objectives"] = [{ id: "o0", plan: "cp", title: "Top", owner: "head" }];
      for (let i = 1; i < depth; i += 1)
        objectives.push({
          id: `o${String(i)}`,
          plan: i === depth - 1 ? "ip" : "sp",
          title: `Step ${String(i)}`,
          owner: "head",
          contributesTo: [{ objective: `o${String(i - 1)}` }],
        });
      const framework: Framework = {
        id: "deep",
        name: "Deep",
        owners: [{ id: "head", name: "Head", kind: "individual" }],
        plans: [
          { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
          {
            id: "sp",
            name: "Service plan",
            level: "service",
            parent: "cp",
            period: { start: "2001-04-01", end: "2002-03-31" },
          },
          {
            id: "ip",
            name: "Work plan",
            level: "individual",
            parent: "sp",
            period: { start: "2001-04-01", end: "2002-03-31" },
          },
        ],
        objectives,
        indicators: [],
        targets: [],
      };
      const evidence = deriveEvidence(framework, { asOf: "2001-10-01" });
      const individual = evidence.responses.find((r) => r.characteristic.endsWith("/individual-work-plans-linked"));
      // The one individual objective at the bottom reaches the community plan through 99,998 service objectives.
      expect(individual?.facts[0]).toMatchObject({ fact: "individual-objectives-linked", value: "1/1" });
      const cascaded = evidence.responses.find((r) => r.characteristic.endsWith("/targets-related-and-cascaded"));
      expect(cascaded?.facts[0]?.value).toBe("100000/100000");
      // About 1.5 s alone; the room is for a machine shared with other test files (a depth test, not a speed test).
    },
    timeout(30_000),
  );
});
