/**
 * `rollUp` against the results of the code before issue 22's speed-up (commit e420c48). Every
 * framework below (the two example councils, generated authorities, the scaling bench's shapes at
 * small sizes, and fast-check's frameworks and cascades from a fixed seed) is rolled up by every
 * method, with and without `includeIndirect`, with custom scores and thresholds, from its own
 * evaluations at several dates, from seeded evaluations of every status, quality and progress, and
 * from none; and `evaluateFramework`'s roll-ups (status detail and full) are included. The JSON of
 * the results must hash to the digest recorded from e420c48, byte for byte.
 *
 * The fixture was written by running this file with `GOLDEN_UPDATE=1` on e420c48's code; rewrite it
 * only for a change meant to alter what a user reads, and say so in the changelog.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Framework,
  type RollUpInput,
  type RollUpOptions,
  evaluateFramework,
  indexFramework,
  rollUp,
  safeParseFramework,
} from "../../src/index.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { cascadeArbitrary } from "../arbitraries/cascade.js";
import { reportableFrameworkArbitrary } from "../arbitraries/report.js";
import { generateFramework, seededRandom } from "../../bench/generate.js";
import {
  corporateObjectivesOverSharedService,
  deepCascade,
  denseLoops,
  lateralChain,
  objectiveWithLinks,
  objectiveWithLinksAndManyTargets,
  objectiveWithLinksAndTargets,
  ring,
  serviceUnderCorporate,
} from "../../bench/shapes.js";

const FIXTURE = new URL("./rollUpGolden.json", import.meta.url);

const DATES = ["1999-12-31", "2001-06-30", "2002-03-31", "2003-12-31", "2012-12-31"] as const;

const STATUSES = [
  "blue",
  "green",
  "amber-green",
  "amber",
  "amber-red",
  "red",
  "no-data",
  "not-started",
  "awaiting-data",
] as const;
const QUALITIES = [undefined, null, "provisional", "estimate", "final"] as const;
const PERCENTS = [undefined, null, "0", "12.5", "33.3333333333", "50", "99.99", "100", "150", "-20", "7"] as const;
const FIGURES = [undefined, null, "10", "55.5", "100", "-3"] as const;

const OPTIONS: readonly RollUpOptions[] = [
  {},
  { method: "worst" },
  { method: "weighted" },
  { method: "share-green" },
  { method: "worst", includeIndirect: true },
  { method: "weighted", includeIndirect: true },
  { method: "share-green", includeIndirect: true },
  { method: "weighted", scores: { green: "90", amber: "40.5", red: "3" }, thresholds: { green: "80", amber: "33.3" } },
  { method: "share-green", thresholds: { green: "66.6", amber: "10" } },
];

function parsed(document: unknown): Framework | undefined {
  const result = safeParseFramework(JSON.parse(JSON.stringify(document)));
  return result.success ? result.data : undefined;
}

function casesOf(): { name: string; framework: Framework }[] {
  const cases: { name: string; framework: Framework }[] = [];
  const add = (name: string, document: unknown): void => {
    const framework = parsed(document);
    if (framework === undefined) throw new Error(`${name} does not parse`);
    cases.push({ name, framework });
  };
  for (const name of ["stockton", "spelthorne"])
    add(
      `example ${name}`,
      JSON.parse(readFileSync(new URL(`../../examples/frameworks/${name}.json`, import.meta.url), "utf8")),
    );
  for (const seed of [1, 2, 3])
    add(`generated ${String(seed)}`, generateFramework({ objectives: 60, seed, measurementsPerIndicator: 8 }));
  add("objectiveWithLinks", objectiveWithLinks(12));
  add("objectiveWithLinksAndTargets", objectiveWithLinksAndTargets(12));
  add("objectiveWithLinksAndManyTargets", objectiveWithLinksAndManyTargets(12));
  add("denseLoops", denseLoops(60));
  add("denseLoops 3", denseLoops(30, 3));
  add("corporateObjectivesOverSharedService", corporateObjectivesOverSharedService(20, true));
  add("deepCascade", deepCascade(12, true));
  add("ring", ring(9));
  add("lateralChain", lateralChain(9));
  add("serviceUnderCorporate", serviceUnderCorporate(9));
  fc.sample(frameworkArbitrary, { seed: 22, numRuns: 40 }).forEach((document, i) => {
    const framework = parsed(document);
    if (framework !== undefined) cases.push({ name: `arbitrary ${String(i)}`, framework });
  });
  fc.sample(cascadeArbitrary, { seed: 22, numRuns: 30 }).forEach((document, i) => {
    const framework = parsed(document);
    if (framework !== undefined) cases.push({ name: `cascade ${String(i)}`, framework });
  });
  fc.sample(reportableFrameworkArbitrary, { seed: 22, numRuns: 30 }).forEach((document, i) => {
    const framework = parsed(document);
    if (framework !== undefined) cases.push({ name: `reportable ${String(i)}`, framework });
  });
  return cases;
}

/** Seeded evaluations: every status, quality and progress, some targets left out, some unknown ones added. */
function seededEvaluations(framework: Framework, seed: number): RollUpInput[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const evaluations: RollUpInput[] = [];
  for (const target of framework.targets) {
    if (random() < 0.1) continue;
    const evaluation: Record<string, unknown> = { target: target.id, status: pick(STATUSES) };
    const quality = pick(QUALITIES);
    if (quality !== undefined) evaluation.quality = quality;
    const percent = pick(PERCENTS);
    if (percent !== undefined) evaluation.progressPercent = percent;
    const actual = pick(FIGURES);
    if (actual !== undefined) evaluation.actual = actual;
    const goal = pick(FIGURES);
    if (goal !== undefined) evaluation.goal = goal;
    evaluations.push(evaluation as unknown as RollUpInput);
  }
  if (random() < 0.5) evaluations.reverse();
  evaluations.push({ target: "no-such-target", status: "red" });
  return evaluations;
}

function digest(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);
}

/** One digest per case: every roll-up of the case's framework, in a fixed order. */
function digestsOf(): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const { name, framework } of casesOf()) {
    const hash = createHash("sha256");
    const index = indexFramework(framework);
    const inputs: (readonly RollUpInput[])[] = [[]];
    for (const asOf of DATES) inputs.push(evaluateFramework(index, { asOf }).targets);
    for (const seed of [1, 2, 3]) inputs.push(seededEvaluations(framework, seed));
    for (const evaluations of inputs)
      for (const options of OPTIONS) {
        hash.update(JSON.stringify(rollUp(index, evaluations, options)));
        hash.update("\n");
      }
    // A fresh index and the framework itself roll up as the shared index does.
    hash.update(JSON.stringify(rollUp(framework, inputs[3] ?? [], { method: "weighted" })));
    for (const asOf of DATES.slice(1, 4))
      for (const options of OPTIONS.slice(2, 6)) {
        hash.update(JSON.stringify(evaluateFramework(index, { asOf, detail: "status", rollUp: options }).objectives));
        hash.update(JSON.stringify(evaluateFramework(index, { asOf, rollUp: options }).objectives));
      }
    digests[name] = hash.digest("hex").slice(0, 32);
  }
  return digests;
}

describe("rollUp golden results (e420c48)", () => {
  it("every roll-up of every case is byte-identical to the recorded digest", () => {
    const digests = digestsOf();
    if (process.env.GOLDEN_UPDATE === "1") {
      writeFileSync(FIXTURE, `${JSON.stringify(digests, null, 2)}\n`);
      return;
    }
    const recorded = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, string>;
    expect(Object.keys(digests).length).toBeGreaterThan(100);
    expect(digests).toEqual(recorded);
    // The digest itself is sensitive: one changed byte of one result changes it.
    expect(digest({ a: 1 })).not.toEqual(digest({ a: 2 }));
  }, 600_000);
});

describe("rollUp's count records", () => {
  it("are frozen and shared between objectives with the same counts, reading as fresh records would", () => {
    const framework = parsed(objectiveWithLinks(5));
    if (framework === undefined) throw new Error("objectiveWithLinks(5) does not parse");
    const rolled = rollUp(framework, [], { method: "weighted" });
    const parents = rolled.filter((r) => r.objective.startsWith("parent-"));
    expect(parents).toHaveLength(5);
    for (const r of parents) {
      expect(Object.isFrozen(r.counts)).toBe(true);
      expect(Object.isFrozen(r.beneath)).toBe(true);
      expect(r.counts).toBe(parents[0]?.counts);
      expect(r.counts["no-data"]).toBe(1);
    }
    expect(JSON.parse(JSON.stringify(rolled))).toEqual(rolled);
    // A count of 8 or more of one status (the hub's 12 targets, none evaluated) has a record of its own, frozen alike.
    const many = parsed(objectiveWithLinksAndManyTargets(12));
    if (many === undefined) throw new Error("objectiveWithLinksAndManyTargets(12) does not parse");
    const hub = rollUp(many, []).find((r) => r.objective === "hub");
    expect(hub?.counts["no-data"]).toBe(12);
    expect(Object.isFrozen(hub?.counts)).toBe(true);
  });
});
