import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { traceUp } from "../../src/accountability/index.js";
import { type Framework, type Objective, type PlanLevel, indexFramework } from "../../src/index.js";
import { REPORT_CHAIN_STEPS, performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { Reach } from "../../src/report/reach.js";
import { corporateObjectivesOverSharedService, deepCascade } from "../../bench/shapes.js";
import { deepFreeze } from "../helpers/fixtures.js";

const LEVELS: readonly PlanLevel[] = ["community", "corporate", "service", "unit"];
const PARTNERS = ["p1", "p2", "p3"] as const;

/**
 * A framework of `levels.length` objectives (`o${i}` at rank `levels[i]`) with the links given, in
 * their order, each direct or indirect with partners; a red target on every objective.
 */
function redEverywhere(
  levels: readonly number[],
  links: readonly { from: number; to: number; partners: readonly number[] | null }[],
): Framework {
  const objectives: Objective[] = levels.map((rank, i) => {
    const own = links.filter((link) => link.from === i);
    return {
      id: `o${String(i)}`,
      plan: `plan-${LEVELS[rank] ?? "community"}`,
      title: `Objective ${String(i)}`,
      ...(own.length === 0
        ? {}
        : {
            contributesTo: own.map((link) => ({
              objective: link.to === -1 ? "gone" : `o${String(link.to)}`,
              ...(link.partners === null
                ? {}
                : { link: "indirect" as const, partners: link.partners.map((p) => PARTNERS[p] as string) }),
            })),
          }),
    };
  });
  return {
    id: "fw",
    name: "Red everywhere",
    owners: PARTNERS.map((id) => ({ id, name: `Partner ${id}`, kind: "organisation" as const })),
    plans: LEVELS.map((level) => ({
      id: `plan-${level}`,
      name: `${level} plan`,
      level,
      period: { start: "2001-04-01", end: "2004-03-31" },
    })),
    objectives,
    indicators: [
      { id: "pi", title: "PI", unit: "%", polarity: "higher-is-better", measure: "outcome", frequency: "annual" },
    ],
    targets: objectives.map((objective, i) => ({
      id: `t${String(i)}`,
      objective: objective.id,
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "60" },
      goal: { date: "2004-03-31", value: "75" },
    })),
    measurements: [{ indicator: "pi", date: "2002-03-31", value: "10" }],
  };
}

const graphArbitrary = fc.integer({ min: 1, max: 16 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
    fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: n - 1 }),
        to: fc.integer({ min: -1, max: n - 1 }),
        partners: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }), { nil: null }),
      }),
      { maxLength: 2 * n },
    ),
    // Mostly a long chain o(i) → o(i − 1), so chains past ten steps are common.
    fc.boolean(),
  ),
);

describe("the report's exceptions hold a bounded chain, the engine's first (issue 19)", () => {
  it("holds traceUp's first chain whole up to ten steps, else its first nine and its last, with the chain count and shared partners", () => {
    fc.assert(
      fc.property(graphArbitrary, ([levels, extra, chained]) => {
        const links = chained
          ? [
              // Every fifth link of the chain indirect, with a partner.
              ...levels.slice(1).map((_, i) => ({ from: i + 1, to: i, partners: i % 5 === 3 ? [i % 3] : null })),
              ...extra,
            ]
          : extra;
        const index = indexFramework(
          deepFreeze(redEverywhere(chained ? [0, ...levels.slice(1).map(() => 1)] : levels, links)),
        );
        const report = performanceReport(index, { asOf: "2002-03-31" });
        const reach = new Reach(index);
        expect(report.exceptions.length).toBe(levels.length);
        for (const row of report.exceptions) {
          const trace = traceUp(index, row.target, { kind: "target", maxChains: 1 });
          const whole = trace.chains[0];
          expect(row.chains).toBe(trace.total);
          expect(row.chainsExact).toBe(trace.totalExact);
          expect(whole).toBeDefined();
          if (whole === undefined || row.chain === null) return;
          const length = whole.steps.length;
          const kept =
            length <= REPORT_CHAIN_STEPS
              ? whole.steps
              : [...whole.steps.slice(0, REPORT_CHAIN_STEPS - 1), whole.steps.at(-1)];
          expect(row.chain).toEqual({
            ...whole,
            steps: kept,
            length,
            omitted: Math.max(0, length - REPORT_CHAIN_STEPS),
          });
          // The partners trouble shares on its way to the aim, as the walks from the objective find them.
          const from = index.objectives.positionOf(row.objective) as number;
          const aim = index.objectives.positionOf(whole.steps.at(-1)?.subject.id ?? "") as number;
          const expected = whole.reachesApex && !whole.direct ? reach.sharedWithByWalks(from, aim).sort() : [];
          expect(row.sharedWith.map((partner) => partner.id).sort()).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("says how many objectives a long chain leaves out, in the members' report", () => {
    const report = performanceReport(deepFreeze(deepCascade(30)), { asOf: "2002-03-31" });
    const [row] = report.exceptions;
    expect(row?.chain?.steps.map((step) => step.subject.id)).toEqual([
      "t-o-29",
      "o-29",
      "o-28",
      "o-27",
      "o-26",
      "o-25",
      "o-24",
      "o-23",
      "o-22",
      "top",
    ]);
    expect([row?.chain?.length, row?.chain?.omitted, row?.chain?.reachesApex]).toEqual([32, 22, true]);
    expect(renderReportMarkdown(report)).toContain("Objective 22 → … 22 more objectives … → Outcomes");
  });

  it("holds at most ten steps an exception however deep the cascade: 400 deep, red at every level", () => {
    const report = performanceReport(deepCascade(400, true), { asOf: "2002-03-31" });
    expect(report.exceptions.length).toBe(400);
    // Before issue 19 the report held every chain whole: 80,600 steps.
    const held = report.exceptions.reduce((sum, row) => sum + (row.chain?.steps.length ?? 0), 0);
    expect(held).toBeLessThanOrEqual(400 * REPORT_CHAIN_STEPS);
    expect(report.exceptions.find((row) => row.target === "t-o-0")?.chain?.length).toBe(3);
  });
});

describe("the report walks a shared subtree once per aim (issue 19)", () => {
  it("counts each target beneath an aim once, under the first of the aim's objectives that it serves", () => {
    const framework = corporateObjectivesOverSharedService(50, true);
    // A second figure for the green indicator: every unit objective's target is improving.
    const improving = {
      ...framework,
      measurements: [...(framework.measurements ?? []), { indicator: "pi-green", date: "2001-12-31", value: "70" }],
    };
    const report = performanceReport(deepFreeze(improving), { asOf: "2002-03-31" });
    const [aim] = report.aims;
    expect(aim?.direction.improving).toBe(50);
    expect(aim?.objectives.length).toBe(50);
    // The shared service objective and its 50 units count under the first corporate objective only:
    // the objectives' counts add up to the aim's (before issue 19, each of the 50 counted all 50).
    expect(aim?.objectives.map((objective) => objective.direction.improving)).toEqual([
      50,
      ...Array.from({ length: 49 }, () => 0),
    ]);
  });

  it("works out the partners once per aim, and agrees with the walks on a chain below an indirect link", () => {
    // 60 deep, the top link indirect with a partner, red at every level: every exception shares it.
    const framework = deepCascade(60, true);
    const objectives = framework.objectives.map((objective) =>
      objective.id === "o-0"
        ? { ...objective, contributesTo: [{ objective: "top", link: "indirect" as const, partners: ["partner"] }] }
        : objective,
    );
    const report = performanceReport(
      deepFreeze({
        ...framework,
        owners: [{ id: "partner", name: "A partner", kind: "organisation" as const }],
        objectives,
      }),
      { asOf: "2002-03-31" },
    );
    expect(report.exceptions.map((row) => row.sharedWith)).toEqual(
      Array.from({ length: 60 }, () => [{ id: "partner", name: "A partner" }]),
    );
  });
});

describe("a dense contribution loop in the report (issue 19)", () => {
  it("counts chains within the budget and says the count is a lower bound, in the data and on the page", () => {
    // Fourteen service objectives that all link to each other and to one aim: (13)! simple paths,
    // which the count used to walk one by one.
    const k = 14;
    const levels = [0, ...Array.from({ length: k }, () => 2)];
    const links = [];
    for (let i = 1; i <= k; i += 1) {
      links.push({ from: i, to: 0, partners: null });
      for (let j = 1; j <= k; j += 1) if (j !== i) links.push({ from: i, to: j, partners: null });
    }
    const index = indexFramework(deepFreeze(redEverywhere(levels, links)));
    const report = performanceReport(index, { asOf: "2002-03-31" });
    const looped = report.exceptions.filter((row) => row.target !== "t0");
    expect(looped).toHaveLength(k);
    for (const row of looped) {
      const trace = traceUp(index, row.target, { kind: "target", maxChains: 1 });
      expect(row.chainsExact).toBe(false);
      expect(trace.totalExact).toBe(false);
      expect(row.chains).toBe(trace.total);
      expect(BigInt(row.chains) > 1n).toBe(true);
    }
    expect(renderReportMarkdown(report)).toMatch(
      /\(the first of at least \d+ chains: a contribution loop makes more\)/u,
    );
    // The aim's own target has one chain, exactly.
    expect(report.exceptions.find((row) => row.target === "t0")).toMatchObject({ chains: "1", chainsExact: true });
  });
});
