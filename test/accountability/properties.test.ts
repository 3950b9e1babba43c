import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Chain,
  accountableOwners,
  impact,
  narrate,
  ownerPortfolio,
  traceDown,
  traceUp,
} from "../../src/accountability/index.js";
import {
  type Contribution,
  type Framework,
  type PlanLevel,
  checkCascade,
  evaluateFramework,
  indexFramework,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";
import { frameworkOf } from "./build.js";

const LEVELS: readonly PlanLevel[] = ["community", "corporate", "service", "unit", "individual"];

/**
 * A small framework with any links: loops, self-links, links to missing objectives (-1), links
 * upward, sideways or down, several links between two objectives; sometimes an apex set explicitly.
 */
const graphArbitrary = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.record({
      levels: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      links: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: -1, max: n - 1 })), {
        maxLength: 2 * n,
      }),
      apex: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
    }),
  )
  .map(({ levels, links, apex }) => deepFreeze(frameworkOf(levels, links, apex)));

/** Enough chains for every start of a graph of seven objectives and fourteen links. */
const ALL = 1_000_000;

/** Oracle: the chains from `id`, by plain recursion over the links (small graphs only). */
function naiveChains(framework: Framework, id: string): string[] {
  const apex = apexOf(framework);
  const levelOf = (objectiveId: string): number => {
    const plan = framework.objectives.find((o) => o.id === objectiveId)?.plan;
    return LEVELS.indexOf(framework.plans.find((p) => p.id === plan)?.level ?? "community");
  };
  const out: string[] = [];
  const walk = (path: string[]): void => {
    const last = path[path.length - 1] as string;
    if (levelOf(last) <= apex) return void out.push(`${path.join(">")} apex`);
    const links = framework.objectives.find((o) => o.id === last)?.contributesTo ?? [];
    const existing = links.filter((link) => framework.objectives.some((o) => o.id === link.objective));
    if (existing.length === 0)
      return void out.push(`${path.join(">")} ${links.length > 0 ? "missing-objective" : "orphan"}`);
    for (const link of existing) {
      if (path.includes(link.objective)) out.push(`${path.join(">")} cycle`);
      else walk([...path, link.objective]);
    }
  };
  walk([id]);
  return out;
}

/** The apex rank: the framework's apexLevel, else the highest level of any plan. */
function apexOf(framework: Framework): number {
  if (framework.apexLevel !== undefined) return LEVELS.indexOf(framework.apexLevel);
  return Math.min(...framework.plans.map((plan) => LEVELS.indexOf(plan.level)));
}

/**
 * Oracle: every path of links from objective `from` up to objective `to` that visits no objective
 * twice and passes through no objective at the apex other than `to`, by plain recursion (small
 * graphs only); each path as the links it follows.
 */
function naivePaths(framework: Framework, from: string, to: string): Contribution[][] {
  const apex = apexOf(framework);
  const byId = new Map(framework.objectives.map((o) => [o.id, o]));
  const rank = (id: string): number =>
    LEVELS.indexOf(framework.plans.find((p) => p.id === byId.get(id)?.plan)?.level ?? "community");
  const out: Contribution[][] = [];
  const walk = (at: string, visited: string[], links: Contribution[]): void => {
    if (at === to) return void out.push(links);
    if (rank(at) <= apex) return;
    for (const link of byId.get(at)?.contributesTo ?? [])
      if (byId.has(link.objective) && !visited.includes(link.objective))
        walk(link.objective, [...visited, link.objective], [...links, link]);
  };
  walk(from, [from], []);
  return out;
}

function ids(chain: Chain): string[] {
  return chain.steps.map((step) => step.subject.id);
}

describe("accountability (properties)", () => {
  it("lists exactly the chains a plain recursion finds, in its order, and total counts them", () => {
    fc.assert(
      fc.property(graphArbitrary, (framework) => {
        for (const objective of framework.objectives) {
          const trace = traceUp(framework, objective.id, { maxChains: ALL });
          const listed = trace.chains.map((chain) => `${ids(chain).join(">")} ${chain.stop ?? "apex"}`);
          expect(listed).toEqual(naiveChains(framework, objective.id));
          expect(trace.total).toBe(String(trace.chains.length));
          expect(trace.truncated).toBe(false);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("every step of every chain is a real contribution edge, with that link's kind, partners and soThat", () => {
    fc.assert(
      fc.property(graphArbitrary, (framework) => {
        const index = indexFramework(framework);
        for (const objective of framework.objectives) {
          for (const chain of traceUp(index, objective.id, { maxChains: ALL }).chains) {
            const steps = chain.steps;
            expect(new Set(ids(chain)).size).toBe(steps.length);
            steps.forEach((step, i) => {
              const next = steps[i + 1];
              if (next === undefined) {
                expect([step.link, step.soThat, step.partners]).toEqual([null, null, []]);
                return;
              }
              const links = index.objectives.get(step.subject.id)?.contributesTo ?? [];
              const matching = links.filter(
                (link) =>
                  link.objective === next.subject.id &&
                  (link.link ?? "direct") === step.link &&
                  (link.soThat ?? null) === step.soThat &&
                  JSON.stringify(link.partners ?? []) === JSON.stringify(step.partners),
              );
              expect(matching.length).toBeGreaterThan(0);
            });
            expect(chain.direct).toBe(steps.every((step) => step.link !== "indirect"));
            expect(chain.reachesApex).toBe(chain.stop === null);
          }
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("a chain reaches the apex exactly when the cascade checker does not report its start as an orphan; loops it reports end chains", () => {
    fc.assert(
      fc.property(graphArbitrary, (framework) => {
        const report = checkCascade(framework);
        const orphans = new Set(
          report.findings.filter((f) => f.ruleId === "orphan-objective").map((f) => f.subject.id),
        );
        const loops = report.findings.filter((f) => f.ruleId === "contribution-cycle");
        const apex = apexOf(framework);
        const atApex = (id: string): boolean => {
          const plan = framework.objectives.find((o) => o.id === id)?.plan;
          return LEVELS.indexOf(framework.plans.find((p) => p.id === plan)?.level ?? "community") <= apex;
        };
        for (const objective of framework.objectives) {
          const { chains } = traceUp(framework, objective.id, { maxChains: ALL });
          expect(chains.some((chain) => chain.reachesApex)).toBe(!orphans.has(objective.id));
          // On a loop the checker reports, below the apex all the way round: some chain closes it.
          const closes = loops.some((f) => f.path.includes(objective.id) && !f.path.some(atApex));
          if (closes) expect(chains.some((chain) => chain.stop === "cycle")).toBe(true);
          if (loops.length === 0) expect(chains.some((chain) => chain.stop === "cycle")).toBe(false);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("traceDown(x) holds y exactly when some chain of traceUp(y) holds x", () => {
    fc.assert(
      fc.property(graphArbitrary, (framework) => {
        const index = indexFramework(framework);
        const all = framework.objectives.map((objective) => objective.id);
        const up = new Map(all.map((y) => [y, traceUp(index, y, { maxChains: ALL }).chains]));
        for (const x of all) {
          const tree = traceDown(index, x);
          const below = new Set(tree.nodes.map((node) => node.subject.id));
          expect(below.size).toBe(tree.nodes.length);
          for (const y of all) expect(below.has(y)).toBe((up.get(y) ?? []).some((chain) => ids(chain).includes(x)));
          // Depths are the fewest links up to x, level by level.
          const depths = tree.nodes.map((node) => node.depth);
          expect(depths).toEqual([...depths].sort((a, b) => a - b));
          expect(tree.cycle).toBe(tree.nodes.some((node) => node.parents.some((parent) => parent.cut)));
          // A link is cut exactly when it leads to an objective placed at or after its own (so the
          // links left uncut never loop), and only within a loop: some chain runs from the
          // objective contributed to back to the one contributing.
          const place = new Map(tree.nodes.map((node, k) => [node.subject.id, k]));
          for (const node of tree.nodes)
            for (const parent of node.parents) {
              const from = place.get(node.subject.id) as number;
              const to = place.get(parent.objective) as number;
              const looped =
                parent.objective === node.subject.id ||
                (up.get(parent.objective) ?? []).some((chain) => ids(chain).includes(node.subject.id));
              expect(parent.cut).toBe(looped && to >= from);
            }
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("lists min(total, maxChains) chains, the first of the full list, and flags truncation", () => {
    fc.assert(
      fc.property(graphArbitrary, fc.integer({ min: 0, max: 6 }), (framework, maxChains) => {
        const index = indexFramework(framework);
        for (const objective of framework.objectives) {
          const full = traceUp(index, objective.id, { maxChains: ALL });
          const some = traceUp(index, objective.id, { maxChains });
          expect(some.total).toBe(full.total);
          expect(some.chains).toEqual(full.chains.slice(0, maxChains));
          expect(some.truncated).toBe(Number(full.total) > maxChains);
          if (Number(some.total) <= maxChains) expect(some.chains.length).toBe(Number(some.total));
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it("impact lists under each community and corporate objective exactly the troubled targets traceDown finds, by real paths", () => {
    const statuses = ["green", "red", "amber", "no-data", "amber-green", "blue", "amber-red"] as const;
    fc.assert(
      fc.property(
        graphArbitrary,
        fc.array(fc.constantFrom(...statuses), { minLength: 7, maxLength: 7 }),
        (built, picks) => {
          // Each indirect link names its own partner, so the partners of different paths differ.
          const base: Framework = {
            ...built,
            objectives: built.objectives.map((objective) => ({
              ...objective,
              ...(objective.contributesTo === undefined
                ? {}
                : {
                    contributesTo: objective.contributesTo.map((link, k) =>
                      link.link === "indirect" ? { ...link, partners: [`${objective.id}-p${String(k)}`] } : link,
                    ),
                  }),
            })),
          };
          const looped = checkCascade(base).findings.some((f) => f.ruleId === "contribution-cycle");
          const framework = deepFreeze({
            ...base,
            targets: base.objectives.map((objective, i) => ({
              id: `t${i}`,
              objective: objective.id,
              indicator: "pi",
              baseline: { date: "2001-03-31", value: "1" },
              goal: { date: "2002-03-31", value: "2" },
            })),
          });
          const statusOf = new Map(framework.targets.map((target, i) => [target.id, picks[i] ?? "green"]));
          const evaluation = {
            asOf: "2002-03-31",
            scale: "DCA5",
            targets: framework.targets.map((target) => ({
              target: target.id,
              status: statusOf.get(target.id) ?? "green",
            })),
            objectives: [],
            counts: {} as never,
            provisional: 0,
            indicators: [],
          };
          const index = indexFramework(framework);
          const report = impact(index, evaluation);
          const top = framework.objectives.filter((o) => {
            const level = framework.plans.find((p) => p.id === o.plan)?.level;
            return level === "community" || level === "corporate";
          });
          expect(report.objectives.map((row) => row.objective.id).sort()).toEqual(top.map((o) => o.id).sort());
          for (const row of report.objectives) {
            const below = new Set(traceDown(index, row.objective.id).nodes.map((node) => node.subject.id));
            const expected = framework.targets
              .filter(
                (t) =>
                  below.has(t.objective) && ["red", "amber-red", "amber", "no-data"].includes(statusOf.get(t.id) ?? ""),
              )
              .map((t) => t.id);
            expect(row.targets.map((t) => t.target.id).sort()).toEqual(expected.sort());
            for (const trouble of row.targets) {
              // The path runs from the target's objective to the row's objective by real links.
              expect(trouble.path[0]).toBe(trouble.objective);
              expect(trouble.path.at(-1)).toBe(row.objective.id);
              for (let i = 0; i + 1 < trouble.path.length; i += 1) {
                const links = index.objectives.get(trouble.path[i] ?? "")?.contributesTo ?? [];
                expect(links.some((link) => link.objective === trouble.path[i + 1])).toBe(true);
              }
              // `paths` is exactly the number of simple paths up to the row's objective, loops and all;
              // `partners` (when shared) names every indirect link's partners on them (no more, outside loops).
              const every = naivePaths(framework, trouble.objective, row.objective.id);
              expect(trouble.paths).toBe(String(every.length));
              expect(trouble.distance).toBe(Math.min(...every.map((links) => links.length)));
              expect(trouble.path).toHaveLength(trouble.distance + 1);
              const named = new Set(
                every.flatMap((links) =>
                  links.flatMap((link) => (link.link === "indirect" ? link.partners : []) ?? []),
                ),
              );
              if (!trouble.shared) expect(trouble.partners).toEqual([]);
              else if (looped) for (const partner of named) expect(trouble.partners).toContain(partner);
              else expect([...trouble.partners].sort()).toEqual([...named].sort());
              // Shared exactly when no chain up from its objective reaches the row's objective by direct links only.
              const directly = traceUp(index, trouble.objective, { maxChains: ALL }).chains.some((chain) => {
                const at = ids(chain).indexOf(row.objective.id);
                return at !== -1 && chain.steps.slice(0, at).every((step) => step.link === "direct");
              });
              expect(trouble.shared).toBe(!directly);
            }
            const severities = row.targets.map((t) => ["red", "amber-red", "amber", "no-data"].indexOf(t.status));
            expect(severities).toEqual([...severities].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("ownerPortfolio sums up each item's first chain exactly as traceUp lists it, and counts as traceUp does", () => {
    fc.assert(
      fc.property(graphArbitrary, (built) => {
        // A target on every objective, and one on an objective that does not exist.
        const framework = deepFreeze({
          ...built,
          targets: [...built.objectives.map((objective) => objective.id), "gone"].map((objective, i) => ({
            id: `t${String(i)}`,
            objective,
            owner: "lead",
            indicator: "pi",
            baseline: { date: "2001-03-31", value: "1" },
            goal: { date: "2002-03-31", value: "2" },
          })),
        });
        const index = indexFramework(framework);
        const portfolio = ownerPortfolio(index, "lead");
        const items = [...portfolio.objectives, ...portfolio.targets];
        expect(items).toHaveLength(2 * framework.objectives.length + 1);
        for (const item of items) {
          const kind = item.kind === "target" ? "target" : "objective";
          const trace = traceUp(index, kind === "target" ? (item.id as string) : item.objective, {
            kind,
            maxChains: 1,
          });
          const chain = trace.chains[0] as Chain;
          const objectiveAt = chain.steps.findIndex((step) => step.subject.kind === "objective");
          expect({
            next: objectiveAt === -1 ? null : (chain.steps[objectiveAt + 1]?.subject.id ?? null),
            aim: chain.steps.at(-1)?.subject,
            steps: chain.steps.length,
            direct: chain.direct,
            reachesApex: chain.reachesApex,
            stop: chain.stop,
            chains: trace.total,
          }).toEqual({
            next: item.next,
            aim: item.aim,
            steps: item.steps,
            direct: item.direct,
            reachesApex: item.reachesApex,
            stop: item.stop,
            chains: item.chains,
          });
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("results are plain JSON: they survive a JSON round trip and structuredClone", () => {
    fc.assert(
      fc.property(graphArbitrary, (framework) => {
        const withTargets = deepFreeze({
          ...framework,
          indicators: [
            {
              id: "pi",
              title: "PI",
              unit: "count",
              polarity: "higher-is-better" as const,
              measure: "outcome" as const,
              frequency: "annual" as const,
            },
          ],
          targets: framework.objectives.map((objective, i) => ({
            id: `t${i}`,
            objective: objective.id,
            indicator: "pi",
            baseline: { date: "2001-03-31", value: "1" },
            goal: { date: "2002-03-31", value: "2" },
          })),
        });
        const first = withTargets.objectives[0]?.id ?? "";
        const trace = traceUp(withTargets, first, { maxChains: ALL });
        const results: unknown[] = [
          trace,
          traceUp(withTargets, "t0"),
          traceDown(withTargets, first),
          accountableOwners(withTargets, first),
          ownerPortfolio(withTargets, "lead"),
          impact(withTargets, evaluateFramework(withTargets, { asOf: "2002-06-30" })),
          trace.chains.map((chain) => narrate(chain)),
        ];
        for (const result of results) {
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
          expect(structuredClone(result)).toEqual(result);
        }
      }),
      { numRuns: runs(60) },
    );
  });
});
