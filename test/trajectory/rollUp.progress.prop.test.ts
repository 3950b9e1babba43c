import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Evaluation, type Framework, rollUp } from "../../src/index.js";

const Exact = Decimal.clone({ precision: 60 });

/**
 * Acyclic cascades: objective `o<i>` may link up to any `o<j>` with j < i, each link weighted and
 * direct or indirect; each objective has up to two targets, each weighted, with a progressPercent
 * (anything from -300 to 300, or none measured).
 */
const cascades = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    links: fc.array(
      fc.record({
        from: fc.integer({ min: 1, max: Math.max(1, n - 1) }),
        up: fc.nat(),
        weight: fc.constantFrom("0", "1", "2", "0.5", "3.25"),
        indirect: fc.boolean(),
      }),
      { maxLength: 14 },
    ),
    targets: fc.array(
      fc.record({
        objective: fc.integer({ min: 0, max: n - 1 }),
        weight: fc.option(fc.constantFrom("0", "1", "2", "0.25"), { nil: undefined }),
        progress: fc.option(
          fc.oneof(
            fc.integer({ min: -300, max: 300 }).map(String),
            fc
              .tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: 1, max: 999 }))
              .map(([a, b]) => `${String(a)}.${String(b)}`),
          ),
          { nil: null },
        ),
      }),
      { maxLength: 12 },
    ),
    includeIndirect: fc.boolean(),
  }),
);

type Cascade = typeof cascades extends fc.Arbitrary<infer T> ? T : never;

function frameworkOf(cascade: Cascade, scale = "1"): { framework: Framework; evaluations: Evaluation[] } {
  const times = (weight: string) => new Exact(weight).times(scale).toFixed();
  const links = cascade.links
    .filter((link) => link.from < cascade.n)
    .map((link) => ({ ...link, to: link.up % link.from }));
  const framework: Framework = {
    id: "fw",
    name: "Progress",
    owners: [],
    plans: [{ id: "cp", name: "Community", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } }],
    objectives: Array.from({ length: cascade.n }, (_, i) => {
      const up = links.filter((link) => link.from === i);
      return {
        id: `o${String(i)}`,
        plan: "cp",
        title: `o${String(i)}`,
        ...(up.length === 0
          ? {}
          : {
              contributesTo: up.map((link) => ({
                objective: `o${String(link.to)}`,
                weight: times(link.weight),
                ...(link.indirect ? { link: "indirect" as const, partners: ["partner"] } : {}),
              })),
            }),
      };
    }),
    indicators: [],
    targets: cascade.targets.map((target, k) => ({
      id: `t${String(k)}`,
      objective: `o${String(target.objective)}`,
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "1" },
      goal: { date: "2002-03-31", value: "2" },
      // An absent weight is 1: scaled, it is given.
      ...(target.weight === undefined && scale === "1" ? {} : { weight: times(target.weight ?? "1") }),
    })),
  };
  const evaluations = cascade.targets.map(
    (target, k) => ({ target: `t${String(k)}`, status: "green", progressPercent: target.progress }) as Evaluation,
  );
  return { framework, evaluations };
}

/** The progress worked out by hand: bottom up, each objective's weighted mean of its clamped children. */
function oracle(cascade: Cascade): (Decimal | null)[] {
  const links = cascade.links
    .filter((link) => link.from < cascade.n)
    .map((link) => ({ ...link, to: link.up % link.from }));
  const progress: (Decimal | null)[] = new Array<Decimal | null>(cascade.n).fill(null);
  for (let v = cascade.n - 1; v >= 0; v -= 1) {
    const sides = {
      own: { total: new Exact(0), weights: new Exact(0), children: 0 },
      partner: { total: new Exact(0), weights: new Exact(0), children: 0 },
    };
    const add = (side: "own" | "partner", value: Decimal | null, weight: string) => {
      sides[side].children += 1;
      if (value === null) return;
      sides[side].total = sides[side].total.plus(value.times(weight));
      sides[side].weights = sides[side].weights.plus(weight);
    };
    for (const target of cascade.targets)
      if (target.objective === v)
        add(
          "own",
          target.progress === null ? null : Exact.min(100, Exact.max(0, target.progress)),
          target.weight ?? "1",
        );
    for (const link of links)
      if (link.to === v)
        add(link.indirect && !cascade.includeIndirect ? "partner" : "own", progress[link.from] ?? null, link.weight);
    const side = sides.own.children > 0 || sides.partner.children === 0 ? sides.own : sides.partner;
    progress[v] = side.weights.greaterThan(0) ? side.total.div(side.weights) : null;
  }
  return progress;
}

describe("progress roll-up (properties, issue 20)", () => {
  it("is the exact weighted mean of the clamped children, null with nothing measured, never 0 for nothing", () => {
    fc.assert(
      fc.property(cascades, (cascade) => {
        const { framework, evaluations } = frameworkOf(cascade);
        const result = rollUp(framework, evaluations, { includeIndirect: cascade.includeIndirect });
        const expected = oracle(cascade);
        expect(result.map((r) => r.progress)).toEqual(
          expected.map((value) =>
            value === null ? null : new Exact(value.toDecimalPlaces(10, Decimal.ROUND_HALF_EVEN)).toFixed(),
          ),
        );
        for (const r of result) {
          if (r.progress === null) continue;
          // Clamped: within 0–100 at every level.
          expect(Number(r.progress)).toBeGreaterThanOrEqual(0);
          expect(Number(r.progress)).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("says an objective is rated on partners exactly when every child it has is over an indirect link (ratedOnPartners)", () => {
    fc.assert(
      fc.property(cascades, (cascade) => {
        const { framework, evaluations } = frameworkOf(cascade);
        const links = cascade.links
          .filter((link) => link.from < cascade.n)
          .map((link) => ({ ...link, to: link.up % link.from }));
        const result = rollUp(framework, evaluations, { includeIndirect: cascade.includeIndirect });
        result.forEach((r, v) => {
          const own =
            cascade.targets.some((target) => target.objective === v) ||
            links.some((link) => link.to === v && !link.indirect);
          const partners = links.some((link) => link.to === v && link.indirect);
          expect(r.ratedOnPartners, r.objective).toBe(!own && partners);
          // Then every child is partner-delivered.
          if (r.ratedOnPartners) expect(Object.values(r.partnerDelivered).reduce((a, b) => a + b, 0)).toBe(r.children);
        });
      }),
    );
  });

  it("keeps every weight it was given: scaling them all alike changes nothing, and an objective with only unmeasured children is null", () => {
    fc.assert(
      fc.property(cascades, fc.constantFrom("2", "0.5", "7"), (cascade, scale) => {
        const once = frameworkOf(cascade);
        const scaled = frameworkOf(cascade, scale);
        const a = rollUp(once.framework, once.evaluations, { includeIndirect: cascade.includeIndirect });
        const b = rollUp(scaled.framework, scaled.evaluations, { includeIndirect: cascade.includeIndirect });
        expect(b.map((r) => r.progress)).toEqual(a.map((r) => r.progress));
        // Nothing measured anywhere: every objective is "no data", none 0%.
        const unmeasured = frameworkOf({ ...cascade, targets: cascade.targets.map((t) => ({ ...t, progress: null })) });
        expect(rollUp(unmeasured.framework, unmeasured.evaluations).every((r) => r.progress === null)).toBe(true);
      }),
    );
  });
});
