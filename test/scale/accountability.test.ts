import { describe, expect, it } from "vitest";
import { impact, ownerPortfolio, traceDown, traceUp } from "../../src/accountability/index.js";
import { type FrameworkEvaluation, indexFramework } from "../../src/index.js";
import {
  deepestOfDenseLoops,
  denseLoops,
  everyTargetRed,
  lateralChain,
  ring,
  serviceUnderCorporate,
} from "../../bench/shapes.js";
import { frameworkOf } from "../accountability/build.js";

// In the scale project: building and indexing a 100,000-objective framework takes about a second
// alone, more than a unit test's time-out allows on a loaded two-core machine.
describe("accountability at depth", () => {
  // One chain n objectives deep: o(i) → o(i − 1), o0 at the community level, every plan owned by
  // "lead", so "lead" owns every objective (and every target) by inheritance.
  const n = 100_000;
  const levels = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : 2));
  const links = Array.from({ length: n - 1 }, (_, i) => [i + 1, i] as const);
  const chain = frameworkOf(levels, links);

  it("traces a 100,000-deep chain on the default stack, up and down", () => {
    const index = indexFramework(chain);
    const trace = traceUp(index, `o${n - 1}`);
    expect([trace.total, trace.chains.length, trace.chains[0]?.steps.length]).toEqual(["1", 1, n]);
    expect(trace.chains[0]?.steps.at(-1)?.subject.id).toBe("o0");
    const tree = traceDown(index, "o0");
    expect([tree.nodes.length, tree.nodes.at(-1)?.depth]).toEqual([n, n - 1]);
  });

  it("gives the owner of every objective of a 100,000-deep chain their portfolio, and impact every red target, in linear time", () => {
    const framework = {
      ...chain,
      targets: chain.objectives.map((objective, i) => ({
        id: `t${String(i)}`,
        objective: objective.id,
        indicator: "pi",
        baseline: { date: "2001-03-31", value: "1" },
        goal: { date: "2002-03-31", value: "2" },
      })),
    };
    const index = indexFramework(framework);
    const started = performance.now();
    const portfolio = ownerPortfolio(index, "lead");
    expect([portfolio.objectives.length, portfolio.targets.length]).toEqual([n, n]);
    // o(i)'s first chain climbs to o(i − 1) and ends at o0 after i + 1 steps; its target's has one more.
    const deepest = portfolio.objectives.at(-1);
    expect(deepest).toMatchObject({ id: `o${n - 1}`, next: `o${n - 2}`, steps: n, direct: true, chains: "1" });
    expect([deepest?.aim.id, deepest?.reachesApex]).toEqual(["o0", true]);
    expect(portfolio.targets.at(-1)).toMatchObject({ id: `t${n - 1}`, next: `o${n - 2}`, steps: n + 1 });
    expect(portfolio.objectives[0]).toMatchObject({ id: "o0", next: null, steps: 1, chains: "1" });
    const evaluation = {
      asOf: "2002-03-31",
      scale: "DCA5",
      targets: framework.targets.map((target) => ({ target: target.id, status: "red" })),
      objectives: [],
      counts: {} as never,
      provisional: 0,
      indicators: [],
    } as unknown as FrameworkEvaluation;
    const report = impact(index, evaluation);
    const elapsed = performance.now() - started;
    // Only o0 is community or corporate: every target is red beneath it, by one path each.
    expect(report.objectives.map((row) => [row.objective.id, row.counts.red])).toEqual([["o0", n]]);
    const farthest = report.objectives[0]?.targets.find((row) => row.target.id === `t${n - 1}`);
    expect(farthest).toMatchObject({ distance: n - 1, paths: "1", pathTruncated: true, shared: false });
    expect(farthest?.path.slice(0, 2)).toEqual([`o${n - 1}`, `o${n - 2}`]);
    expect(farthest?.path).toHaveLength(100);
    // Quadratic, this took minutes (and ran out of heap at 8,000 deep); linear, a few seconds at most.
    expect(elapsed).toBeLessThan(30_000);
  });
});

// Issue 19: each of these took from 20 seconds to many minutes before (factorial or quadratic); now
// each takes about a second or less. The bound is generous: the benchmark measures the growth.
describe("accountability in loops and lateral chains (issue 19)", () => {
  it("a dense loop of 13 objectives (over five minutes before): traceUp, ownerPortfolio and impact label a lower bound", () => {
    const framework = denseLoops(13, 13);
    const started = performance.now();
    const trace = traceUp(framework, deepestOfDenseLoops(13, 13), { maxChains: 1 });
    expect([trace.totalExact, trace.truncated, trace.chains.length]).toEqual([false, true, 1]);
    const portfolio = ownerPortfolio(framework, "lead");
    expect(portfolio.objectives.filter((item) => !item.chainsExact).map((item) => item.id)).toHaveLength(13);
    const report = impact(framework, everyTargetRed(framework));
    const aim = report.objectives.find((row) => row.objective.id === "aim");
    expect(aim?.targets).toHaveLength(13);
    expect(aim?.targets.every((row) => !row.pathsExact && BigInt(row.paths) >= 1n)).toBe(true);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("a ring of 32,000 objectives: every owner's portfolio counts each chain exactly, in linear time", () => {
    const index = indexFramework(ring(32_000));
    const started = performance.now();
    const portfolio = ownerPortfolio(index, "lead");
    expect(performance.now() - started).toBeLessThan(10_000);
    // Each ring objective's chains: the one leaving to the aim, and the one closing the ring.
    expect(portfolio.objectives.filter((item) => item.id !== "aim").every((item) => item.chains === "2")).toBe(true);
    expect(portfolio.objectives.every((item) => item.chainsExact)).toBe(true);
  });

  it("impact on a lateral chain of 32,000 corporate objectives, and on one service objective under 64,000", () => {
    const lateral = lateralChain(32_000);
    let started = performance.now();
    const report = impact(lateral, everyTargetRed(lateral));
    expect(performance.now() - started).toBeLessThan(10_000);
    const top = report.objectives.find((row) => row.objective.id === "aim")?.targets[0];
    expect(top).toMatchObject({ distance: 32_001, paths: "1", pathsExact: true, pathTruncated: true });
    expect(report.objectives.filter((row) => row.counts.red === 1)).toHaveLength(32_001);
    const shared = serviceUnderCorporate(64_000);
    started = performance.now();
    const wide = impact(shared, everyTargetRed(shared));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(wide.objectives.find((row) => row.objective.id === "aim")?.targets[0]).toMatchObject({
      paths: "64000",
      distance: 2,
    });
    expect(wide.objectives.filter((row) => row.counts.red === 1)).toHaveLength(64_001);
  });
});
