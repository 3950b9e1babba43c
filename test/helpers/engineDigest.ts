/**
 * Every engine's answers on a deterministic sample of generated frameworks, as one SHA-256 digest.
 * The same sample must give the same digest in every time zone: the library counts calendar days
 * itself and never reads a `Date` in local time. `test/scale/timeZones.test.ts` compares six zones
 * on a small sample; `npm run fuzz` on thousands of frameworks.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import {
  BRAG,
  type Framework,
  RAG,
  checkCascade,
  evaluateFramework,
  expectedValue,
  indexFramework,
  parseFramework,
  reviewsDue,
  rollUp,
  statusHistory,
  trajectory,
} from "../../src/index.js";
import { cascadeArbitrary } from "../arbitraries/cascade.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";

const AS_OF = ["1990-01-01", "2001-06-30", "2005-03-31", "2040-12-31"] as const;
const KINDS = ["plan", "objective", "target", "owner"] as const;

/** The engines' answers on one framework, as plain JSON. */
export function answersOf(document: Framework): unknown {
  const framework = parseFramework(JSON.parse(JSON.stringify(document)));
  const index = indexFramework(framework);
  const answers: unknown[] = [checkCascade(index), statusHistory(index, { dates: AS_OF, scale: BRAG })];
  for (const asOf of AS_OF) {
    const full = evaluateFramework(index, { asOf, scale: RAG });
    answers.push(
      checkCascade(index, { asOf }),
      full,
      evaluateFramework(index, { asOf, detail: "status" }),
      ...(["worst", "weighted", "share-green"] as const).map((method) => rollUp(index, full.targets, { method })),
    );
    for (const cycle of index.reviewCycles.values())
      for (const kind of KINDS)
        for (const id of [...index.objectives.keys(), ...index.targets.keys()].slice(0, 3))
          answers.push(reviewsDue(index, cycle.id, { kind, id }, { asOf }));
  }
  for (const target of index.targets.values()) {
    const [from, to] = [target.baseline.date, target.goal.date].sort();
    answers.push(trajectory(target, { from: from as string, to: to as string, frequency: "quarterly" }));
    // expectedValue is for a point goal; a band (original or revised) is expectedBand's.
    if (!("low" in target.goal) && !(target.revisions ?? []).some((revision) => "low" in revision.goal))
      answers.push(AS_OF.map((asOf) => expectedValue(target, asOf)));
  }
  return answers;
}

/** The digest of every engine's answers on `count` generated frameworks (half any document, half valid cascades) from `seed`. */
export function engineDigest(count: number, seed: number): string {
  const hash = createHash("sha256");
  const documents = [
    ...fc.sample(frameworkArbitrary, { numRuns: Math.ceil(count / 2), seed }),
    ...fc.sample(cascadeArbitrary, { numRuns: Math.floor(count / 2), seed: seed + 1 }),
  ];
  for (const document of documents) hash.update(JSON.stringify(answersOf(document)));
  return hash.digest("hex");
}
