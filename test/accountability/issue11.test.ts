import { describe, expect, it } from "vitest";
import { AccountabilityError, ownerPortfolio, traceUp } from "../../src/accountability/index.js";
import type { Framework } from "../../src/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { frameworkOf } from "./build.js";

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
    expect([item?.id, item?.objective, item?.chains]).toEqual(["o2", "o1", "1"]);
    expect(item?.chain.steps.map((step) => `${step.subject.kind} ${step.subject.id}`)).toEqual([
      "target o2",
      "objective o1",
      "objective o0",
    ]);
    expect(item?.chain.reachesApex).toBe(true);
  });
});
