import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AccountabilityError,
  accountableOwners,
  impact,
  ownerPortfolio,
  traceUp,
} from "../../src/accountability/index.js";
import { type Framework, type FrameworkEvaluation, indexFramework } from "../../src/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";
import { frameworkOf } from "./build.js";

/**
 * A dense loop: the aim o0 and k service objectives o1..ok, each linking to every other and then to
 * the aim (so each objective's first link stays in the loop).
 */
function denseLoop(k: number): Framework {
  const levels = [0, ...Array.from({ length: k }, () => 2)];
  const links: [number, number][] = [];
  for (let i = 1; i <= k; i += 1) {
    for (let j = 1; j <= k; j += 1) if (j !== i) links.push([i, j]);
    links.push([i, 0]);
  }
  return deepFreeze(frameworkOf(levels, links));
}

/**
 * The chains from o1 in {@link denseLoop}: each simple path of m objectives from o1 ends one chain
 * at the aim and m − 1 at the links back onto it, and there are (k − 1)! / (k − m)! such paths.
 */
function denseLoopChains(k: number): bigint {
  let total = 0n;
  let paths = 1n;
  for (let m = 1; m <= k; m += 1) {
    if (m > 1) paths *= BigInt(k - m + 1);
    total += paths * BigInt(m);
  }
  return total;
}

/** An evaluation with each of `targets` at `status`. */
function evaluationOf(framework: Framework, status = "red"): FrameworkEvaluation {
  return {
    asOf: "2002-03-31",
    scale: "DCA5",
    targets: framework.targets.map((target) => ({ target: target.id, status })),
    objectives: [],
    counts: {} as never,
    provisional: 0,
    indicators: [],
  } as unknown as FrameworkEvaluation;
}

/** `framework` with a target `t<i>` on each objective named. */
function withTargetsOn(framework: Framework, objectives: readonly string[]): Framework {
  return deepFreeze({
    ...framework,
    targets: objectives.map((objective, i) => ({
      id: `t${String(i)}`,
      objective,
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "1" },
      goal: { date: "2002-03-31", value: "2" },
    })),
  });
}

describe("issue 19: chains round a dense contribution loop are counted on a budget, and say so", () => {
  it("a loop small enough is counted exactly (8 objectives, each linking to every other)", () => {
    const trace = traceUp(denseLoop(8), "o1", { maxChains: 1 });
    expect([trace.total, trace.totalExact, trace.truncated]).toEqual([denseLoopChains(8).toString(), true, true]);
  });

  it("twelve objectives that all link to each other: traceUp gives a lower bound, labelled, instead of 23 s", () => {
    const framework = denseLoop(12);
    const trace = traceUp(framework, "o1", { maxChains: 1 });
    expect(trace.totalExact).toBe(false);
    expect(trace.truncated).toBe(true);
    const total = BigInt(trace.total);
    expect(total).toBeGreaterThan(1n);
    expect(total).toBeLessThan(denseLoopChains(12));
    // The chain listed is still the first: o1's first link leads to o2, whose first leads back to o1.
    expect(trace.chains[0]?.steps.map((step) => step.subject.id)).toEqual(["o1", "o2"]);
    expect(trace.chains[0]?.stop).toBe("cycle");
  });

  it("ownerPortfolio and impact label the same counts, and a chain that leaves the loop at once stays exact", () => {
    const framework = withTargetsOn(denseLoop(12), ["o1", "o0"]);
    const portfolio = ownerPortfolio(framework, "lead");
    const o1 = portfolio.objectives.find((item) => item.id === "o1");
    expect([o1?.chainsExact, BigInt(o1?.chains ?? "0") > 1n]).toEqual([false, true]);
    expect(portfolio.objectives.find((item) => item.id === "o0")).toMatchObject({ chains: "1", chainsExact: true });
    const report = impact(framework, evaluationOf(framework));
    const aim = report.objectives.find((row) => row.objective.id === "o0");
    expect(aim?.targets.map((row) => [row.target.id, row.pathsExact])).toEqual([
      ["t1", true],
      ["t0", false],
    ]);
    expect(BigInt(aim?.targets[1]?.paths ?? "0")).toBeGreaterThan(1n);
  });

  it("traceUp and ownerPortfolio give one count per objective, labelled alike, from one budget per index", () => {
    const index = indexFramework(denseLoop(12));
    const portfolio = ownerPortfolio(index, "lead");
    for (const item of portfolio.objectives) {
      const trace = traceUp(index, item.id ?? "", { maxChains: 1 });
      expect(trace.totalExact).toBe(item.chainsExact);
      // Exact, they agree; cut, each is a lower bound, and traceUp's is also at least the chains it found.
      if (trace.totalExact) expect(trace.total).toBe(item.chains);
      else expect(BigInt(trace.total)).toBeGreaterThanOrEqual(BigInt(item.chains));
      // Every link out of an objective starts at least one chain.
      if (item.id !== "o0") expect(BigInt(item.chains)).toBeGreaterThanOrEqual(12n);
    }
    expect(portfolio.objectives.filter((item) => !item.chainsExact)).toHaveLength(12);
  });

  it("when every chain is listed, the list is the count, exact, whatever the budget", () => {
    // Three objectives in a loop: listing all of them needs no budget, and agrees with the count.
    const trace = traceUp(denseLoop(3), "o1", { maxChains: 100 });
    expect([trace.total, trace.totalExact, trace.truncated, trace.chains.length]).toEqual(["11", true, false, 11]);
  });

  it("property: on small graphs the count is exact and is the number of chains listed; the portfolio agrees", () => {
    const graph = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.record({
        levels: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
        links: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: -1, max: n - 1 })), {
          maxLength: 3 * n,
        }),
      }),
    );
    fc.assert(
      fc.property(graph, ({ levels, links }) => {
        const framework = frameworkOf(levels, links);
        const index = indexFramework(framework);
        const portfolio = ownerPortfolio(index, "lead");
        for (const objective of framework.objectives) {
          const trace = traceUp(index, objective.id, { maxChains: 1_000_000 });
          expect([trace.total, trace.totalExact, trace.truncated]).toEqual([String(trace.chains.length), true, false]);
          const item = portfolio.objectives.find((entry) => entry.id === objective.id);
          expect([item?.chains, item?.chainsExact]).toEqual([trace.total, true]);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it("property: a ring's objectives are counted together, as traceUp walks each (apex and exits anywhere on it)", () => {
    const ring = fc.integer({ min: 1, max: 40 }).chain((k) =>
      fc.record({
        k: fc.constant(k),
        // Which ring objectives also link to the aim o0, and which sit at the apex themselves.
        exits: fc.array(fc.boolean(), { minLength: k, maxLength: k }),
        apex: fc.array(
          fc.integer({ min: 0, max: 12 }).map((x) => x === 0),
          { minLength: k, maxLength: k },
        ),
      }),
    );
    fc.assert(
      fc.property(ring, ({ k, exits, apex }) => {
        const levels = [0, ...apex.map((top) => (top ? 0 : 2))];
        const links: [number, number][] = [];
        for (let i = 1; i <= k; i += 1) {
          links.push([i, i === k ? 1 : i + 1]);
          if (exits[i - 1] === true) links.push([i, 0]);
        }
        const index = indexFramework(frameworkOf(levels, links));
        const portfolio = ownerPortfolio(index, "lead");
        for (const item of portfolio.objectives) {
          const trace = traceUp(index, item.id ?? "", { maxChains: 1_000_000 });
          expect([item.chains, item.chainsExact]).toEqual([trace.total, true]);
          expect(trace.total).toBe(String(trace.chains.length));
        }
      }),
      { numRuns: runs(150) },
    );
  });
});

describe("issue 19: impact through a lateral chain of corporate objectives", () => {
  it("each corporate objective up the chain gets the trouble one link further, shared once a link is indirect", () => {
    // o0 community; o1..o4 corporate, each contributing to the one before; o5 service, red, under o4.
    const built = frameworkOf(
      [0, 1, 1, 1, 1, 2],
      [
        [1, 0],
        [2, 1],
        [3, 2],
        [4, 3],
        [5, 4],
      ],
    );
    const framework = withTargetsOn(
      {
        ...built,
        objectives: built.objectives.map((objective) =>
          objective.id === "o3"
            ? { ...objective, contributesTo: [{ objective: "o2", link: "indirect" as const, partners: ["p3"] }] }
            : objective,
        ),
      },
      ["o5", "o2"],
    );
    const report = impact(framework, evaluationOf(framework));
    const rows = new Map(report.objectives.map((row) => [row.objective.id, row.targets]));
    const summary = (id: string): unknown =>
      rows
        .get(id)
        ?.map((row) => [row.target.id, row.path.join(">"), row.distance, row.paths, row.shared, row.partners]);
    expect(summary("o4")).toEqual([["t0", "o5>o4", 1, "1", false, []]]);
    expect(summary("o3")).toEqual([["t0", "o5>o4>o3", 2, "1", false, []]]);
    expect(summary("o2")).toEqual([
      ["t1", "o2", 0, "1", false, []],
      ["t0", "o5>o4>o3>o2", 3, "1", true, ["p3"]],
    ]);
    expect(summary("o0")).toEqual([
      ["t1", "o2>o1>o0", 2, "1", false, []],
      ["t0", "o5>o4>o3>o2>o1>o0", 5, "1", true, ["p3"]],
    ]);
  });
});

describe("issue 19: a shared action id is reported, and tracing does not pick one", () => {
  // o0 community; o1 and o2 service → o0. o1 has two actions "act-a"; o1 and o2 each an "act-b".
  const built = frameworkOf(
    [0, 2, 2],
    [
      [1, 0],
      [2, 0],
    ],
  );
  const framework = deepFreeze({
    ...built,
    objectives: built.objectives.map((objective) =>
      objective.id === "o1"
        ? {
            ...objective,
            actions: [
              { id: "act-a", title: "First A" },
              { id: "act-a", title: "Second A" },
              { id: "act-b", title: "B in o1" },
              { id: "act-c", title: "Only C" },
            ],
          }
        : objective.id === "o2"
          ? { ...objective, actions: [{ id: "act-b", title: "B in o2" }] }
          : objective,
    ),
  });

  it("traceUp and accountableOwners throw, naming the objectives, within one objective and across two", () => {
    expectMisuse(() => traceUp(framework, "act-a"), AccountabilityError, /"act-a" names 2 actions.*"o1"/);
    expectMisuse(
      () => traceUp(framework, "act-b", { kind: "action" }),
      AccountabilityError,
      /"act-b" names 2 actions \(in the action plans of "o1", "o2"\).*duplicate-id/,
    );
    expectMisuse(() => accountableOwners(framework, "act-b"), AccountabilityError, /names 2 actions/);
  });

  it("an action id held once is traced, and the portfolio lists every action with its own objective", () => {
    expect(traceUp(framework, "act-c").start).toEqual({ kind: "action", id: "act-c", title: "Only C" });
    const actions = ownerPortfolio(framework, "lead").actions.map((item) => [item.id, item.title, item.objective]);
    expect(actions).toEqual([
      ["act-a", "First A", "o1"],
      ["act-a", "Second A", "o1"],
      ["act-b", "B in o1", "o1"],
      ["act-c", "Only C", "o1"],
      ["act-b", "B in o2", "o2"],
    ]);
  });
});
