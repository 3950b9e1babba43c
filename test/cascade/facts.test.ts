import { describe, expect, it } from "vitest";
import { CascadeFacts, type Framework, indexFramework } from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { patched } from "./harness.js";

const factsOf = (framework: Framework): CascadeFacts => new CascadeFacts(indexFramework(deepFreeze(framework)));

describe("CascadeFacts: the apex of the cascade, in one place", () => {
  it("is the highest level any plan is at: community when there is a community plan", () => {
    const facts = factsOf(patched({}));
    expect([facts.apexLevel(), facts.apexRank()]).toEqual(["community", 0]);
    // Only the community plan is at the apex: its end, 2005-03-31, is the horizon.
    expect(facts.apexHorizon()).toEqual({ plan: "cp", level: "community", end: "2005-03-31" });
  });

  it("is the corporate plan for a council with no community strategy yet (3.4.1.2)", () => {
    const facts = factsOf(patched({ plans: { cp: null }, objectives: { top: null } }));
    expect(facts.apexLevel()).toBe("corporate");
    expect(facts.apexHorizon()).toEqual({ plan: "corp", level: "corporate", end: "2005-03-31" });
    expect([facts.reachesApex("corp-obj"), facts.reachesApex("svc-obj")]).toEqual([true, true]);
  });

  it("is the framework's apexLevel when set; plans and objectives above it count as at it", () => {
    const facts = factsOf({
      ...patched({ objectives: { "corp-obj": { contributesTo: undefined } } }),
      apexLevel: "corporate",
    });
    expect(facts.apexLevel()).toBe("corporate");
    expect(["top", "corp-obj", "svc-obj"].map((id) => facts.reachesApex(id))).toEqual([true, true, true]);
    // cp and corp both end on 2005-03-31: the alphabetically first id, "corp", is the horizon plan.
    expect(facts.apexHorizon()).toEqual({ plan: "corp", level: "corporate", end: "2005-03-31" });
  });

  it("has no apex and no horizon without plans, and none reaches it", () => {
    const facts = factsOf({ ...patched({ replace: { plans: [] } }) });
    expect([facts.apexLevel(), facts.apexRank(), facts.apexHorizon()]).toEqual([undefined, -1, undefined]);
    expect(facts.reachesApex("svc-obj")).toBe(false);
  });

  it("has no horizon when the apex is set above every plan present", () => {
    const facts = factsOf({ ...patched({ plans: { cp: null, corp: null } }), apexLevel: "community" });
    expect([facts.apexLevel(), facts.apexHorizon()]).toEqual(["community", undefined]);
  });
});
