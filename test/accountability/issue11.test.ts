import { describe, expect, it } from "vitest";
import {
  AccountabilityError,
  type Chain,
  accountableOwners,
  impact,
  narrate,
  ownerPortfolio,
  traceDown,
  traceUp,
} from "../../src/accountability/index.js";
import type { Contribution, Framework, FrameworkEvaluation } from "../../src/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { frameworkOf } from "./build.js";
import { perTest } from "../helpers/perTest.js";

/** `framework` with the targets `[id, objective, owner?]`, each on one indicator. */
function withTargets(framework: Framework, targets: readonly (readonly [string, string, string?])[]): Framework {
  return deepFreeze({
    ...framework,
    targets: targets.map(([id, objective, owner]) => ({
      id,
      objective,
      indicator: "pi",
      ...(owner === undefined ? {} : { owner }),
      baseline: { date: "2001-03-31", value: "1" },
      goal: { date: "2002-03-31", value: "2" },
    })),
  });
}

describe("issue 11: a target sharing an objective's id is traced as a target", () => {
  // o0 community; o1 service → o0; o2 service, linking nowhere (an orphan). The target "o2" sits on
  // o1: its chain is target o2 > o1 > o0, reaching the apex; the objective o2's is o2 alone, an orphan.
  const framework = withTargets(frameworkOf([0, 2, 2], [[1, 0]]), [["o2", "o1", "partner"]]);

  it("traceUp's `kind` looks the id up among that kind only; without it, the objective comes first", () => {
    const asTarget = traceUp(framework, "o2", { kind: "target" });
    expect(asTarget.start).toEqual({ kind: "target", id: "o2", title: "o2" });
    expect(asTarget.chains.map((chain) => chain.steps.map((step) => step.subject.kind))).toEqual([
      ["target", "objective", "objective"],
    ]);
    expect(asTarget.chains[0]?.reachesApex).toBe(true);
    const byDefault = traceUp(framework, "o2");
    expect([byDefault.start.kind, byDefault.chains[0]?.stop]).toEqual(["objective", "orphan"]);
    expect(traceUp(framework, "o2", { kind: "objective" })).toEqual(byDefault);
    expectMisuse(() => traceUp(framework, "o0", { kind: "target" }), AccountabilityError, /"o0" names no target$/);
    expectMisuse(
      () => traceUp(framework, "o1", { kind: "action" }),
      AccountabilityError,
      /"o1" names no action with an id$/,
    );
    expectMisuse(() => traceUp(framework, "o1", { kind: "plan" as "target" }), AccountabilityError, /options\.kind/);
  });

  it("ownerPortfolio traces a target item from the target, not from the objective sharing its id", () => {
    const [item] = ownerPortfolio(framework, "partner").targets;
    // Its first chain: target o2 > o1 > o0, 3 steps, reaching the apex (the objective o2 would be an orphan of 1 step).
    expect(item).toMatchObject({ id: "o2", objective: "o1", next: "o0", steps: 3, reachesApex: true, chains: "1" });
    expect(item?.aim).toEqual({ kind: "objective", id: "o0", title: "Objective 0" });
  });
});

/** A hand-made evaluation: each target `t${i}` with its status (any other target green). */
function evaluationOf(framework: Framework, statuses: Readonly<Record<string, string>>): FrameworkEvaluation {
  return {
    asOf: "2002-03-31",
    scale: "DCA5",
    targets: framework.targets.map((target) => ({ target: target.id, status: statuses[target.id] ?? "green" })),
    objectives: [],
    counts: {} as never,
    provisional: 0,
    indicators: [],
  } as unknown as FrameworkEvaluation;
}

describe("issue 11: impact counts every path, and names every partner", () => {
  // o0 community (apart); o1 corporate; o2 and o3 service, linking to each other and both to o1;
  // o4 unit, on a red target, links to o2 (or, in the mirror, to o3).
  // From o4 by o2: o4>o2>o1 and o4>o2>o3>o1, 2 paths; by o3: o4>o3>o1 and o4>o3>o2>o1, 2 paths.
  const loop = (via: number): Framework =>
    withTargets(
      frameworkOf(
        [0, 1, 2, 2, 3],
        [
          [2, 1],
          [2, 3],
          [3, 1],
          [3, 2],
          [4, via],
        ],
      ),
      [["t4", "o4"]],
    );

  it("paths counts the simple paths through a contribution loop, whichever side the target enters", () => {
    for (const via of [2, 3]) {
      const framework = loop(via);
      const row = impact(framework, evaluationOf(framework, { t4: "red" })).objectives.find(
        (entry) => entry.objective.id === "o1",
      );
      expect(row?.targets.map((entry) => [entry.target.id, entry.paths, entry.distance])).toEqual([["t4", "2", 2]]);
    }
  });

  it("partners names the partners of every indirect link on any path, not only the shortest", () => {
    // o0 community; o2 service → o0 indirectly through the youth offending team (the shortest way);
    // o1 service → o4 corporate, o4 → o0 indirectly through the Employment Service; o3 unit → o2 and
    // → o1: o3>o2>o0 and o3>o1>o4>o0, 2 paths. Both ways are indirect, so the trouble is shared
    // with both partners: the Employment Service is not dropped for being on the longer way.
    const base = frameworkOf([0, 2, 2, 3, 1], []);
    const links: Record<string, Contribution[]> = {
      o1: [{ objective: "o4" }],
      o2: [{ objective: "o0", link: "indirect", partners: ["youth-offending-team"] }],
      o3: [{ objective: "o2" }, { objective: "o1" }],
      o4: [{ objective: "o0", link: "indirect", partners: ["employment-service"] }],
    };
    const framework = withTargets(
      {
        ...base,
        objectives: base.objectives.map((objective) => {
          const own = links[objective.id];
          return own === undefined ? objective : { ...objective, contributesTo: own };
        }),
      },
      [["t3", "o3"]],
    );
    const row = impact(framework, evaluationOf(framework, { t3: "amber" })).objectives.find(
      (entry) => entry.objective.id === "o0",
    );
    expect(row?.targets.map((entry) => [entry.path, entry.paths, entry.shared, entry.partners])).toEqual([
      [["o3", "o2", "o0"], "2", true, ["youth-offending-team", "employment-service"]],
    ]);
  });
});

describe("issue 11: narrate keeps the word I in capitals", () => {
  // o1 "Tag the keys" serves o0 "I log every key", with no `soThat`: the title stands in, "I" and all.
  const base = frameworkOf([0, 2], [[1, 0]]);
  const framework = deepFreeze({
    ...base,
    objectives: [
      { id: "o0", plan: "plan-community", title: "I log every key" },
      { id: "o1", plan: "plan-service", title: "Tag the keys", contributesTo: [{ objective: "o0" }] },
    ],
  });
  const chain = perTest(() => traceUp(framework, "o1").chains[0] as Chain);

  it("does not lower-case a title or opening that starts with the word I", () => {
    // Issue 20: a link without "so that" contributes to the quoted title, which keeps its case.
    expect(narrate(chain())).toBe('Tag the keys, which contributes to "I log every key".');
    expect(narrate(chain(), { style: "in-order-to" })).toBe('To contribute to "I log every key", tag the keys.');
    expect(narrate(chain(), { style: "in-order-to", opening: "I'll tag the keys" })).toBe(
      'To contribute to "I log every key", I\'ll tag the keys.',
    );
    // Other words still go to lower case, acronyms stay: "Identify" is not "I".
    expect(narrate(chain(), { style: "in-order-to", opening: "Identify keys" })).toBe(
      'To contribute to "I log every key", identify keys.',
    );
    expect(narrate(chain(), { style: "in-order-to", opening: "PCT tags the keys" })).toBe(
      'To contribute to "I log every key", PCT tags the keys.',
    );
  });
});

describe("issue 11: traceDown cuts only the link that closes a loop", () => {
  it("of two objectives of a loop at the same depth, cuts the link from the one reached first", () => {
    // o0 community; o1 and o2 service, both → o0, and o1 → o2, o2 → o1. Walking down from o0: o1
    // (depth 1, reached first), o2 (depth 1). o2 → o1 leads to an objective reached before it: kept;
    // o1 → o2 leads back to one reached after it: it closes the loop, the only link cut.
    const framework = deepFreeze(
      frameworkOf(
        [0, 2, 2],
        [
          [1, 0],
          [1, 2],
          [2, 0],
          [2, 1],
        ],
      ),
    );
    const tree = traceDown(framework, "o0");
    expect(tree.nodes.map((node) => [node.subject.id, node.depth])).toEqual([
      ["o0", 0],
      ["o1", 1],
      ["o2", 1],
    ]);
    expect(
      tree.nodes.flatMap((node) =>
        node.parents.map((parent) => `${node.subject.id}>${parent.objective} ${String(parent.cut)}`),
      ),
    ).toEqual(["o1>o0 false", "o1>o2 true", "o2>o0 false", "o2>o1 false"]);
    expect(tree.cycle).toBe(true);
  });

  it("cuts nothing where a loop closes only through the apex, where chains stop", () => {
    // o1 community (the apex) links to o0, a link chains never follow; o0 service → o1 and → o2;
    // o2 service → o1. Down from o1: o0 and o2 at depth 1; o0 → o2 → o1 ends at the apex: no loop.
    const framework = deepFreeze(
      frameworkOf(
        [2, 0, 2],
        [
          [0, 1],
          [0, 2],
          [1, 0],
          [2, 1],
        ],
      ),
    );
    const tree = traceDown(framework, "o1");
    expect(tree.nodes.flatMap((node) => node.parents.map((parent) => parent.cut))).toEqual([false, false, false]);
    expect(tree.cycle).toBe(false);
  });
});

describe("issue 11: impact reports the red, amber and no-data targets, not amber-green", () => {
  it("lists amber-red and amber but not amber-green, the DCA5 band next to green", () => {
    // o0 community; o1 service → o0, with a target of each status.
    const framework = withTargets(frameworkOf([0, 2], [[1, 0]]), [
      ["t-red", "o1"],
      ["t-amber-red", "o1"],
      ["t-amber", "o1"],
      ["t-amber-green", "o1"],
      ["t-no-data", "o1"],
    ]);
    const statuses = Object.fromEntries(framework.targets.map((target) => [target.id, target.id.slice(2)]));
    const [row] = impact(framework, evaluationOf(framework, statuses)).objectives;
    expect(row?.targets.map((entry) => entry.status)).toEqual(["red", "amber-red", "amber", "no-data"]);
    expect(row?.counts).toEqual({ red: 1, "amber-red": 1, amber: 1, "no-data": 1 });
  });
});

describe("issue 11: strand-owner is a community-level role", () => {
  it("names the owner of a corporate objective at the apex apex-owner, a community strand's strand-owner", () => {
    // o0 community, o1 corporate, o2 service → o1. With apexLevel corporate, o1 is at the apex too.
    const base = frameworkOf([0, 1, 2], [[2, 1]], "corporate");
    const framework = deepFreeze({
      ...base,
      objectives: base.objectives.map((objective) => ({ ...objective, owner: "partner" })),
    });
    const roles = (id: string): string[] =>
      accountableOwners(framework, id)
        .filter((entry) => entry.of.kind === "objective")
        .map((entry) => `${entry.role} ${entry.of.id}`);
    expect(roles("o2")).toEqual(["objective-owner o2", "apex-owner o1"]);
    expect(roles("o0")).toEqual(["strand-owner o0"]);
    // A council with no community plan yet: the corporate plan is the apex, o1 its objective.
    const corporate = deepFreeze({
      ...framework,
      apexLevel: undefined,
      plans: framework.plans.filter((plan) => plan.level !== "community"),
      objectives: framework.objectives.filter((objective) => objective.id !== "o0"),
    });
    expect(accountableOwners(corporate, "o2").map((entry) => entry.role)).toEqual([
      "objective-owner",
      "plan-owner",
      "apex-owner",
      "plan-owner",
    ]);
  });
});
