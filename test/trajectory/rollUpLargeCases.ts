/**
 * Roll-ups of frameworks of 8,000 to 9,000 objectives, more than one of `rollUp`'s pieces of 4,096
 * results (src/trajectory/rollUp.ts `ByPosition`) and with an `__proto__` objective past the first
 * piece, hashed: `rollUp.large.test.ts` checks the digests recorded from the code before the pieces
 * (commit 1fa298e). The engines come in as arguments, so the same cases can be run against a
 * packed build of that commit.
 */
import { createHash } from "node:crypto";
import type { Framework, FrameworkIndex, RollUpInput, RollUpOptions } from "../../src/index.js";
import { generateFramework, seededRandom } from "../../bench/generate.js";
import { STATUS_ORDER } from "../../src/trajectory/scales.js";
import { denseLoops, objectiveWithLinks } from "../../bench/shapes.js";

/** The engines the cases call. */
export interface LargeEngines {
  readonly safeParseFramework: (document: unknown) => { success: boolean; data?: Framework };
  readonly indexFramework: (framework: Framework) => FrameworkIndex;
  readonly evaluateFramework: (index: FrameworkIndex, options: { asOf: string }) => { targets: readonly RollUpInput[] };
  readonly rollUp: (index: FrameworkIndex, evaluations: readonly RollUpInput[], options?: RollUpOptions) => unknown[];
}

const STATUSES = STATUS_ORDER;
const QUALITIES = [undefined, "provisional", "estimate", "final"] as const;
const PERCENTS = [undefined, null, "0", "33.3333333333", "72.02000000000001", "100", "150", "-20"] as const;

const OPTIONS: readonly RollUpOptions[] = [
  {},
  { method: "weighted" },
  { method: "share-green" },
  { method: "weighted", includeIndirect: true },
];

/** The three documents: `__proto__` takes the place of one parent (past the first 4,096) in the links shape. */
export function largeDocuments(): { name: string; document: unknown }[] {
  const links = JSON.stringify(objectiveWithLinks(9_000)).replaceAll('"parent-5000"', '"__proto__"');
  return [
    { name: "links with __proto__", document: JSON.parse(links) as unknown },
    { name: "dense loops", document: JSON.parse(JSON.stringify(denseLoops(8_400))) as unknown },
    {
      name: "generated",
      document: JSON.parse(
        JSON.stringify(generateFramework({ objectives: 9_000, seed: 5, measurementsPerIndicator: 4 })),
      ) as unknown,
    },
  ];
}

/** Seeded evaluations of every status, quality and progress, in a shuffled order. */
export function seededInputs(framework: Framework, seed: number): RollUpInput[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const inputs: RollUpInput[] = [];
  for (const target of framework.targets) {
    if (random() < 0.1) continue;
    const input: Record<string, unknown> = { target: target.id, status: pick(STATUSES) };
    const quality = pick(QUALITIES);
    if (quality !== undefined) input.quality = quality;
    const percent = pick(PERCENTS);
    if (percent !== undefined) input.progressPercent = percent;
    inputs.push(input as unknown as RollUpInput);
  }
  if (seed % 2 === 0) inputs.reverse();
  return inputs;
}

/** The parsed frameworks and their evaluations: none, the engines' own at one date, and seeded ones. */
export function largeCases(
  engines: LargeEngines,
  freeze: <T>(value: T) => T = (value) => value,
): { name: string; framework: Framework; inputs: (readonly RollUpInput[])[] }[] {
  return largeDocuments().map(({ name, document }) => {
    const parsed = engines.safeParseFramework(document);
    if (!parsed.success || parsed.data === undefined) throw new Error(`${name} does not parse`);
    const framework = freeze(parsed.data);
    const index = engines.indexFramework(framework);
    const inputs = [[], engines.evaluateFramework(index, { asOf: "2002-03-31" }).targets, seededInputs(framework, 2)];
    return { name, framework, inputs: inputs.map((list) => freeze(list)) };
  });
}

/** One digest per case: the JSON of every roll-up of it, by every option, from each of its evaluations. */
export function largeDigests(engines: LargeEngines, freeze?: <T>(value: T) => T): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const { name, framework, inputs } of largeCases(engines, freeze)) {
    const index = engines.indexFramework(framework);
    const hash = createHash("sha256");
    for (const evaluations of inputs)
      for (const options of OPTIONS) {
        hash.update(JSON.stringify(engines.rollUp(index, evaluations, options)));
        hash.update("\n");
      }
    digests[name] = hash.digest("hex").slice(0, 32);
  }
  return digests;
}
