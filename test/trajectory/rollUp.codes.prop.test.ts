/**
 * The roll-up of status codes (`rollUpCodes`, behind `rollUp` and `evaluateFramework(…, { detail:
 * "status" })`) against the roll-up as it was at ef3f6da (./rollUpReference.ts, kept as it was):
 * the same JSON, byte for byte, on generated cascades with loops (self-links, two-member loops, loops
 * with and without aims), subtrees shared by several parents, deep chains, objectives with no target,
 * outcome targets, indirect links, weights, provisional flags and progress, ids such as `__proto__`,
 * by every method and option. The roll-up now takes the loops in a per-index order by height and
 * reads links' sources and flags from arrays laid out once, and counts each aim's targets from a
 * list made once per index (see docs/limits.md, "The status detail's roll-up at 200,000 objectives
 * (issue 22, status)"); a component taken before one of its contributors, or a flag read for the
 * wrong link, fails it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Decimal } from "decimal.js";
import { type Framework, indexFramework } from "../../src/index.js";
import { toDecimal } from "../../src/internal/decimal.js";
import { rollUpCodes } from "../../src/trajectory/rollUp.js";
import { beneathTargetsOf, rollUpPlanOf } from "../../src/trajectory/rollUpPlan.js";
import { type RollUpOptions, STATUSES, rollUpSettings } from "../../src/trajectory/rollUpSettings.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { rollUpCodes as referenceRollUpCodes } from "./rollUpReference.js";

const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;
const LEVELS = ["community", "corporate", "service"] as const;

interface Link {
  readonly to: number;
  readonly indirect: boolean;
  readonly weight: string | null;
}

interface Shape {
  readonly objectives: {
    readonly level: number;
    readonly up: readonly Link[];
    readonly targets: readonly { readonly outcome: boolean; readonly weight: string | null }[];
  }[];
  /** Each objective contributes to the one before it too: a chain as deep as the framework. */
  readonly chain: boolean;
}

const weightArbitrary = fc.option(fc.constantFrom("0", "1", "2", "0.5", "3.25"), { nil: null });

const shapeArbitrary: fc.Arbitrary<Shape> = fc.integer({ min: 1, max: 40 }).chain((size) =>
  fc.record({
    objectives: fc.array(
      fc.record({
        level: fc.nat({ max: LEVELS.length - 1 }),
        up: fc.array(fc.record({ to: fc.nat({ max: size - 1 }), indirect: fc.boolean(), weight: weightArbitrary }), {
          maxLength: 3,
        }),
        targets: fc.array(fc.record({ outcome: fc.boolean(), weight: weightArbitrary }), { maxLength: 3 }),
      }),
      { minLength: size, maxLength: size },
    ),
    chain: fc.boolean(),
  }),
);

function idOf(v: number): string {
  return NAMES[v] ?? `o${String(v)}`;
}

function frameworkOf(shape: Shape): Framework {
  const period = { start: "2001-04-01", end: "2004-03-31" };
  const targets: Framework["targets"][number][] = [];
  shape.objectives.forEach((objective, v) => {
    objective.targets.forEach((target, k) => {
      targets.push({
        id: k === 0 && v === 1 ? "__proto__" : `t-${String(v)}-${String(k)}`,
        objective: idOf(v),
        indicator: target.outcome ? "pi-outcome" : "pi-output",
        baseline: { date: "2001-03-31", value: "1" },
        goal: { date: "2002-03-31", value: "2" },
        ...(target.weight === null ? {} : { weight: target.weight }),
      });
    });
  });
  return deepFreeze({
    id: "fw",
    name: "Codes",
    owners: [],
    plans: LEVELS.map((level) => ({ id: `plan-${level}`, name: level, level, period })),
    objectives: shape.objectives.map((objective, v) => {
      const links = objective.up.map((link) => ({
        objective: idOf(link.to),
        ...(link.indirect ? { link: "indirect" as const } : {}),
        ...(link.weight === null ? {} : { weight: link.weight }),
      }));
      if (shape.chain && v > 0) links.push({ objective: idOf(v - 1) });
      return {
        id: idOf(v),
        plan: `plan-${LEVELS[objective.level] as string}`,
        title: idOf(v),
        ...(links.length === 0 ? {} : { contributesTo: links }),
      };
    }),
    indicators: [
      {
        id: "pi-outcome",
        title: "Outcome",
        unit: "%",
        polarity: "higher-is-better",
        measure: "outcome",
        frequency: "quarterly",
      },
      {
        id: "pi-output",
        title: "Output",
        unit: "%",
        polarity: "lower-is-better",
        measure: "output",
        frequency: "quarterly",
      },
    ],
    targets,
  } satisfies Framework);
}

const OPTIONS: readonly RollUpOptions[] = [
  {},
  { method: "weighted" },
  { method: "share-green" },
  { method: "weighted", includeIndirect: true },
  { method: "worst", includeIndirect: true },
  { method: "weighted", scores: { green: "90", amber: "45.5" }, thresholds: { green: "80", amber: "40" } },
];

/** Each target's code, provisional flag and progress, drawn for as many targets as the framework has. */
const codesArbitrary = fc.record({
  codes: fc.array(fc.nat({ max: STATUSES.length - 1 }), { minLength: 200, maxLength: 200 }),
  provisional: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
  progress: fc.array(fc.option(fc.constantFrom("0", "12.5", "33.3333333333", "100", "71"), { nil: null }), {
    minLength: 200,
    maxLength: 200,
  }),
  withProgress: fc.boolean(),
});

function both(
  framework: Framework,
  drawn: { codes: number[]; provisional: boolean[]; progress: (string | null)[]; withProgress: boolean },
  walked?: boolean,
): void {
  const index = indexFramework(framework);
  // The aims' targets are listed once per index, unless the lists would outgrow it: then walked.
  if (walked !== undefined) expect(beneathTargetsOf(index, rollUpPlanOf(index)) === null).toBe(walked);
  const size = index.targets.size;
  const codes = Uint8Array.from({ length: size }, (_, t) => drawn.codes[t % 200] as number);
  const provisional = Uint8Array.from({ length: size }, (_, t) => (drawn.provisional[t % 200] === true ? 1 : 0));
  const progress: (Decimal | null)[] | undefined = drawn.withProgress
    ? Array.from({ length: size }, (_, t) => {
        const value = drawn.progress[t % 200];
        return value === null || value === undefined ? null : toDecimal(value);
      })
    : undefined;
  // A reference index of its own: each roll-up builds its caches on the index it is given.
  const referenceIndex = indexFramework(framework);
  for (const options of OPTIONS) {
    const settings = rollUpSettings(options);
    const now = rollUpCodes(index, codes, provisional, settings, progress);
    const before = referenceRollUpCodes(referenceIndex, codes, provisional, settings, progress);
    expect(JSON.stringify(now)).toBe(JSON.stringify(before));
  }
}

describe("rollUpCodes against the roll-up at ef3f6da", () => {
  it("gives byte-identical roll-ups on generated cascades, by every method and option", () => {
    fc.assert(
      fc.property(shapeArbitrary, codesArbitrary, (shape, drawn) => {
        both(frameworkOf(shape), drawn);
      }),
      { numRuns: 300 },
    );
  });

  it("gives byte-identical roll-ups on a deep chain with shared subtrees and loops along it", () => {
    fc.assert(
      fc.property(codesArbitrary, fc.integer({ min: 1, max: 1_000_000 }), (drawn, seed) => {
        // 3,000 objectives: a chain from an aim, each also linked to an objective further up it
        // (a shared subtree) and every 97th back down it (a loop), one in 50 over an indirect link.
        const size = 3_000;
        let state = seed;
        const next = (): number => {
          state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
          return state;
        };
        const objectives = Array.from({ length: size }, (_, v) => ({
          level: v === 0 ? 0 : 2,
          up:
            v === 0
              ? []
              : [
                  { to: next() % v, indirect: next() % 50 === 0, weight: null },
                  ...(v % 97 === 0 ? [{ to: Math.min(size - 1, v + 5), indirect: false, weight: "2" }] : []),
                ],
          targets: v % 3 === 0 ? [] : [{ outcome: v % 7 === 0, weight: null }],
        }));
        both(frameworkOf({ objectives, chain: true }), drawn, false);
      }),
      { numRuns: 5 },
    );
  });

  it("gives byte-identical roll-ups where aims share a subtree too large to list beneath each (walked per roll-up)", () => {
    fc.assert(
      fc.property(codesArbitrary, fc.integer({ min: 0, max: 59 }), (drawn, loopAt) => {
        // 60 aims, each linked to by the top of one chain of 60 objectives (one target each, a
        // loop of two at one place along it, one link in five indirect): 60 × 120 > twice the index.
        const aims = 60;
        const chain = 60;
        const objectives = [
          // Every third aim serves the one before it (a walk stops there) and has a target of its own.
          ...Array.from({ length: aims }, (_, a) => ({
            level: 0,
            up: a % 3 === 2 ? [{ to: a - 1, indirect: false, weight: null }] : [],
            targets: a % 3 === 2 ? [{ outcome: false, weight: null }] : [],
          })),
          ...Array.from({ length: chain }, (_, k) => ({
            level: 2,
            up:
              k === 0
                ? Array.from({ length: aims }, (_, a) => ({ to: a, indirect: a % 5 === 0, weight: null }))
                : [
                    { to: aims + k - 1, indirect: false, weight: null },
                    ...(k === loopAt + 1 ? [{ to: aims + k, indirect: false, weight: null }] : []),
                  ],
            targets: [{ outcome: k % 4 === 0, weight: null }],
          })),
        ];
        both(frameworkOf({ objectives, chain: false }), drawn, true);
      }),
      { numRuns: 20 },
    );
  });
});
