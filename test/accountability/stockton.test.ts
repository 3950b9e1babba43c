import { describe, expect, it } from "vitest";
import {
  AccountabilityError,
  accountableOwners,
  impact,
  narrate,
  ownerPortfolio,
  traceDown,
  traceUp,
} from "../../src/accountability/index.js";
import { type Framework, evaluateFramework, indexFramework, parseFramework } from "../../src/index.js";
import { expectMisuse } from "../helpers/expectMisuse.js";
import { deepFreeze, loadExample } from "../helpers/fixtures.js";

const stockton: Framework = deepFreeze(parseFramework(loadExample("stockton")));

// Seed 5.3.5.6, the 'Accountability chain' developed by Stockton's front-line staff, line by line
// (each line's trailing "so that" joins it to the next; the seed breaks "so that the / locks" across lines).
const SEED_STEPS = [
  "Receptionist puts key tag on keys, tying a good knot",
  "the keys do not get lost",
  "the locks do not need to be changed",
  "the property can be inspected",
  "the repairs can be started quickly",
  "they can be finished quickly",
  "an offer can be made quickly",
  "the community plan objective to reduce the use of temporary hostel and bed and breakfast accommodation for homeless households can be met",
];

describe("Stockton's accountability chains (seed 5.3.5.6–8)", () => {
  it("narrating the receptionist's chain reproduces the seed's eight 'so that' steps in order, ending at the community-plan aim", () => {
    const trace = traceUp(stockton, "io-key-tags");
    expect([trace.total, trace.truncated, trace.chains.length]).toEqual(["1", false, 1]);
    const chain = trace.chains[0];
    if (chain === undefined) throw new Error("no chain");
    // The receptionist's objective carries the seed's own words for the first step; every later step
    // comes from the links' `soThat` texts in examples/frameworks/stockton.json.
    const told = narrate(chain);
    expect(told).toBe(`${SEED_STEPS.join(" so that ")}.`);
    expect(told.slice(0, -1).split(" so that ")).toEqual(SEED_STEPS);
    // `opening` puts other words in place of the first step's title; the seven steps after it stay the seed's.
    const opened = narrate(chain, { opening: "I tag the keys, tying a good knot" });
    expect(opened.slice(0, -1).split(" so that ")).toEqual([
      "I tag the keys, tying a good knot",
      ...SEED_STEPS.slice(1),
    ]);
    // Eight steps over five objectives: the receptionist's link carries three, the void officer's two.
    expect(chain.steps.map((step) => [step.subject.id, step.level, step.owner?.name])).toEqual([
      ["io-key-tags", "individual", "Housing office receptionist"],
      ["io-void-turnaround", "individual", "Void property officer"],
      ["uo-relet-28-days", "unit", "Estate management team leader"],
      ["so-homeless-offers", "service", "Director of Housing"],
      ["cp-wellbeing", "community", "Cabinet member for safety and social well-being"],
    ]);
    expect([chain.reachesApex, chain.direct, chain.stop]).toEqual([true, true, null]);
    expect(chain.steps.at(-1)).toMatchObject({ link: null, partners: [], soThat: null });
  });

  it("reads the chain top-down with in-order-to", () => {
    const chain = traceUp(stockton, "io-void-turnaround").chains[0];
    if (chain === undefined) throw new Error("no chain");
    expect(narrate(chain, { style: "in-order-to" })).toBe(
      "In order that the community plan objective to reduce the use of temporary hostel and bed and breakfast " +
        "accommodation for homeless households can be met, offer every homeless household accommodation within 21 days; " +
        "in order that an offer can be made quickly, make every house available for re-let within 28 days; " +
        "in order that the repairs can be started quickly so that they can be finished quickly, turn void houses round: " +
        "collect keys, assess condition, arrange repairs, notify lettings when ready.",
    );
  });

  it("the New Deal job-success work traces to the unemployment objective through an indirect link, its partner named (5.3.5.8)", () => {
    // Seed 5.3.5.8, indirect link: "Increase the job success of New Deal by 7% on average over 3 years"
    // → "Maintain the Borough's unemployment below the average regional rate".
    const [chain] = traceUp(stockton, "so-new-deal").chains;
    expect(chain?.steps.map((step) => step.subject.title)).toEqual([
      "Increase the job success of New Deal by 7% on average over 3 years",
      "Maintain the Borough's unemployment below the average regional rate",
      "Further regenerate the Borough and improve the local economy",
    ]);
    expect(chain?.steps[0]).toMatchObject({ link: "indirect", partners: ["employment-service"] });
    expect(chain?.direct).toBe(false);
  });

  it("street cleanliness traces directly (5.3.5.7)", () => {
    // Seed 5.3.5.7, direct link: "95% zone/patch to be of high/acceptable cleanliness" →
    // "95% streets to be of high/acceptable cleanliness".
    const [chain] = traceUp(stockton, "so-zone-cleanliness").chains;
    expect(chain?.steps.map((step) => [step.subject.id, step.link])).toEqual([
      ["so-zone-cleanliness", "direct"],
      ["co-street-cleanliness", "direct"],
      ["cp-environment", null],
    ]);
    expect([chain?.direct, chain?.reachesApex]).toEqual([true, true]);
  });

  it("starts at a target, then its objective; at an action with an id, then its objective", () => {
    // Seed 5.3.5.5: "Estate management team target – 100% houses available for re-let within 28 days".
    const target = traceUp(stockton, "t-relet-28-days");
    expect(target.start).toEqual({
      kind: "target",
      id: "t-relet-28-days",
      title: "100% houses available for re-let within 28 days",
    });
    expect(target.chains[0]?.steps.map((step) => step.subject.kind)).toEqual([
      "target",
      "objective",
      "objective",
      "objective",
    ]);
    expect(target.chains[0]?.steps[0]).toMatchObject({ link: "direct", partners: [], soThat: null });
    // Seed 5.3.5.5, individual work plan: "Collect keys, assess condition, arrange repairs, notify lettings when ready".
    const action = traceUp(stockton, "act-collect-keys");
    expect(action.chains[0]?.steps.slice(0, 2).map((step) => [step.subject.kind, step.subject.id, step.owner])).toEqual(
      [
        ["action", "act-collect-keys", { id: "officer-voids", name: "Void property officer", from: "action" }],
        ["objective", "io-void-turnaround", { id: "officer-voids", name: "Void property officer", from: "objective" }],
      ],
    );
  });

  it("traceDown shows the wellbeing strand's contributors level by level, with their targets and owners", () => {
    const tree = traceDown(indexFramework(stockton), "cp-wellbeing");
    expect(tree.root.id).toBe("cp-wellbeing");
    expect(tree.cycle).toBe(false);
    expect(tree.nodes.map((node) => [node.subject.id, node.depth, node.contributors])).toEqual([
      ["cp-wellbeing", 0, ["co-youth-offending", "so-homeless-offers"]],
      ["co-youth-offending", 1, []],
      ["so-homeless-offers", 1, ["uo-relet-28-days"]],
      ["uo-relet-28-days", 2, ["io-void-turnaround"]],
      ["io-void-turnaround", 3, ["io-key-tags"]],
      ["io-key-tags", 4, []],
    ]);
    const relet = tree.nodes.find((node) => node.subject.id === "uo-relet-28-days");
    expect(relet?.targets).toEqual([
      {
        subject: { kind: "target", id: "t-relet-28-days", title: "100% houses available for re-let within 28 days" },
        owner: { id: "leader-estate-management", name: "Estate management team leader", from: "target" },
      },
    ]);
  });

  it("accountableOwners runs from the target's owner to the cabinet member who leads the strand (5.2.1.1, 5.3.5.4)", () => {
    const owners = accountableOwners(stockton, "t-homeless-offers");
    expect(owners.map((entry) => [entry.role, entry.owner.id, entry.of.id, entry.distance])).toEqual([
      ["target-owner", "director-housing", "t-homeless-offers", 0],
      ["objective-owner", "director-housing", "so-homeless-offers", 0],
      ["plan-owner", "director-housing", "plan-housing", 0],
      ["strand-owner", "cllr-wellbeing", "cp-wellbeing", 1],
      ["plan-owner", "lsp-stockton", "plan-community", 1],
    ]);
  });

  it("accountableOwners of an action starts with its owner, then the owners of the objective it serves", () => {
    const [first, second] = accountableOwners(stockton, "act-collect-keys");
    expect(first).toMatchObject({
      role: "action-owner",
      owner: { id: "officer-voids" },
      of: { kind: "action", id: "act-collect-keys", title: "Collect keys" },
      distance: 0,
    });
    expect(second?.role).toBe("objective-owner");
  });

  it("ownerPortfolio of an owner named by a target but missing from the owners: its work, with no name", () => {
    const raw = loadExample("stockton") as { targets: { id: string; owner?: string }[] };
    const relets = raw.targets.find((target) => target.id === "t-relet-28-days");
    if (relets === undefined) throw new Error("the fixture lost t-relet-28-days");
    relets.owner = "ghost";
    const portfolio = ownerPortfolio(deepFreeze(parseFramework(raw)), "ghost");
    expect(portfolio.owner).toEqual({ id: "ghost", name: null });
    expect(portfolio.targets.map((target) => target.id)).toEqual(["t-relet-28-days"]);
  });

  it("ownerPortfolio lists what the receptionist answers for, each linked to the community plan (Appendix A)", () => {
    const portfolio = ownerPortfolio(stockton, "receptionist-housing");
    expect(portfolio.owner).toEqual({ id: "receptionist-housing", name: "Housing office receptionist" });
    expect(portfolio.plans.map((plan) => [plan.id, plan.parents])).toEqual([
      ["plan-receptionist", ["plan-estate-management", "plan-housing", "plan-corporate", "plan-community"]],
    ]);
    // The receptionist's chain: key tags > void turnaround > re-let in 28 days > homeless offers > the
    // wellbeing strand, 5 steps, all direct, the only chain.
    expect(
      portfolio.objectives.map((item) => [item.id, item.from, item.next, item.aim.id, item.steps, item.chains]),
    ).toEqual([["io-key-tags", "objective", "io-void-turnaround", "cp-wellbeing", 5, "1"]]);
    expect(portfolio.objectives[0]).toMatchObject({ direct: true, reachesApex: true });
    // The ongoing duty has no id: it is listed by its objective.
    expect(portfolio.actions.map((item) => [item.id, item.title, item.objective])).toEqual([
      [null, "Tag every set of keys handed in, tying a proper knot", "io-key-tags"],
    ]);
    expect(portfolio.targets).toEqual([]);
  });

  it("impact puts the wellbeing strand first: two red targets beneath it, by the paths the seed's chain follows (CSF 6)", () => {
    const report = impact(stockton, evaluateFramework(stockton, { asOf: "2001-07-15" }));
    // As of 2001-07-15 the re-let target (79% against the year's 100%) and the homeless-offer target
    // (84% against 100%) are red (evaluateFramework's own example); both sit beneath cp-wellbeing.
    const [first, second] = report.objectives;
    expect(first?.objective.id).toBe("cp-wellbeing");
    expect(first?.counts).toEqual({ red: 2, "amber-red": 0, amber: 0, "no-data": 0 });
    expect(first?.targets.map((row) => [row.target.id, row.owner?.id, row.path, row.paths, row.shared])).toEqual([
      ["t-homeless-offers", "director-housing", ["so-homeless-offers", "cp-wellbeing"], "1", false],
      [
        "t-relet-28-days",
        "leader-estate-management",
        ["uo-relet-28-days", "so-homeless-offers", "cp-wellbeing"],
        "1",
        false,
      ],
    ]);
    expect(second?.worst).toBe("amber");
    // The New Deal target's trouble reaches regeneration only through the Employment Service: shared.
    const regeneration = report.objectives.find((row) => row.objective.id === "cp-regeneration");
    expect(regeneration?.targets.map((row) => [row.target.id, row.shared, row.partners])).toEqual([
      ["t-new-deal", true, ["employment-service"]],
    ]);
    // Every community and corporate objective is listed: five strands and six corporate objectives.
    expect(report.objectives).toHaveLength(11);
    expect(report.objectives.at(-1)?.worst).toBeNull();
  });

  it("an id that names nothing throws AccountabilityError naming it", () => {
    expectMisuse(
      () => traceUp(stockton, "nobody"),
      AccountabilityError,
      /"nobody" names no objective, target or action/,
    );
    expectMisuse(
      () => traceDown(stockton, "t-relet-28-days"),
      AccountabilityError,
      /"t-relet-28-days" names no objective/,
    );
    expectMisuse(() => accountableOwners(stockton, "__proto__"), AccountabilityError, /"__proto__"/);
    expectMisuse(() => ownerPortfolio(stockton, "nobody"), AccountabilityError, /"nobody" names no owner/);
    expectMisuse(() => traceUp(stockton, "io-key-tags", { maxChains: -1 }), AccountabilityError, /maxChains/);
    expectMisuse(() => traceUp(stockton, "io-key-tags", { maxChains: 1.5 }), AccountabilityError, /maxChains/);
    const chain = traceUp(stockton, "io-key-tags").chains[0];
    if (chain === undefined) throw new Error("no chain");
    expectMisuse(
      () => narrate(chain, { style: "top-down" as "in-order-to" }),
      AccountabilityError,
      /options.style "top-down" is not one of/,
    );
  });
});
