import { describe, expect, it } from "vitest";
import {
  type Framework,
  type Target,
  indexFramework,
  isFrameworkIndex,
  objectiveLevel,
  parseFramework,
  planLevelRank,
  toFrameworkIndex,
} from "../../src/index.js";
import { deepFreeze, jsonCopy, loadExample, minimalFramework } from "../helpers/fixtures.js";

/** A target on indicator pi-1 of the minimal framework, from 50 to 75 (its t-1's numbers). */
function target(id: string, objective: string, owner?: string): Target {
  return {
    id,
    objective,
    indicator: "pi-1",
    baseline: { date: "2001-03-31", value: "50" },
    goal: { date: "2004-03-31", value: "75" },
    ...(owner === undefined ? {} : { owner }),
  };
}

function stockton(): Framework {
  return deepFreeze(parseFramework(loadExample("stockton")));
}

describe("indexFramework", () => {
  it("indexes every entity of the Stockton example by id, without touching the frozen input", () => {
    const framework = stockton();
    const index = indexFramework(framework);
    expect(index.kind).toBe("FrameworkIndex");
    expect(index.framework).toBe(framework);
    expect(index.owners.size).toBe(framework.owners.length);
    expect(index.plans.size).toBe(framework.plans.length);
    expect(index.objectives.size).toBe(framework.objectives.length);
    expect(index.indicators.size).toBe(framework.indicators.length);
    expect(index.targets.size).toBe(framework.targets.length);
    expect(index.reviewCycles.size).toBe(framework.reviewCycles?.length);
    expect(index.duplicates).toEqual([]);
    for (const objective of framework.objectives) expect(index.objectives.get(objective.id)).toBe(objective);
  });

  it("gives each objective its plan's level", () => {
    const index = indexFramework(stockton());
    expect(objectiveLevel(index, "cp-wellbeing")).toBe("community");
    expect(objectiveLevel(index, "co-unemployment")).toBe("corporate");
    expect(objectiveLevel(index, "so-homeless-offers")).toBe("service");
    expect(objectiveLevel(index, "uo-relet-28-days")).toBe("unit");
    expect(objectiveLevel(index, "io-key-tags")).toBe("individual");
  });

  it("keeps the cascade's downward edges", () => {
    const index = indexFramework(stockton());
    expect(index.contributors.get("uo-relet-28-days")?.map((edge) => edge.from)).toEqual(["io-void-turnaround"]);
    expect(index.contributors.get("io-void-turnaround")?.map((edge) => edge.from)).toEqual(["io-key-tags"]);
    expect(index.contributors.get("cp-environment")?.map((edge) => edge.from)).toEqual([
      "co-co2",
      "co-street-cleanliness",
    ]);
    const newDeal = index.contributors.get("co-unemployment")?.[0];
    expect(newDeal).toEqual({
      from: "so-new-deal",
      to: "co-unemployment",
      position: 0,
      contribution: index.objectives.get("so-new-deal")?.contributesTo?.[0],
    });
    expect(newDeal?.contribution.link).toBe("indirect");
    expect(index.contributors.has("io-key-tags")).toBe(false);
  });

  it("groups plans, objectives and targets by the ids they name", () => {
    const index = indexFramework(stockton());
    expect(index.plansByParent.get("plan-corporate")?.map((plan) => plan.id)).toEqual([
      "plan-housing",
      "plan-environment",
      "plan-regeneration",
    ]);
    expect(index.objectivesByPlan.get("plan-community")?.length).toBe(5);
    expect(index.targetsByObjective.get("co-unemployment")?.map((target) => target.id)).toEqual(["t-unemployment"]);
    expect(index.targetsByIndicator.get("pi-relet-28-days")?.map((target) => target.id)).toEqual(["t-relet-28-days"]);
  });

  it("orders measurements and reviews oldest first, keeping document order within a date", () => {
    const framework = minimalFramework();
    framework.measurements = [
      { indicator: "pi-1", date: "2001-09-30", value: "3" },
      { indicator: "pi-1", date: "2001-06-30", value: "1" },
      { indicator: "pi-1", date: "2001-09-30", value: "4" },
      { indicator: "pi-1", date: "2001-06-30", value: "2" },
      { indicator: "pi-other", date: "2001-06-30", value: "9" },
    ];
    framework.reviews = [
      { cycle: "rc", subject: "t-1", date: "2002-01-15" },
      { cycle: "rc", subject: "t-1", date: "2001-10-15" },
    ];
    const index = indexFramework(deepFreeze(framework));
    expect(index.measurementsByIndicator.get("pi-1")?.map((m) => m.value)).toEqual(["1", "2", "3", "4"]);
    expect(index.measurementsByIndicator.get("pi-other")?.length).toBe(1);
    expect(index.reviewsBySubject.get("t-1")?.map((review) => review.date)).toEqual(["2001-10-15", "2002-01-15"]);
    expect(framework.measurements.map((m) => m.value)).toEqual(["3", "1", "4", "2", "9"]);
  });

  it("lists duplicate ids with every position and indexes the first", () => {
    const framework = minimalFramework();
    framework.objectives.push({ id: "obj-1", plan: "plan-1", title: "The same id again" });
    framework.objectives.push({ id: "obj-2", plan: "plan-1", title: "Another" });
    framework.objectives.push({ id: "obj-1", plan: "plan-1", title: "And again" });
    framework.targets.push(target("t-1", "obj-2"));
    const index = indexFramework(deepFreeze(framework));
    expect(index.duplicates).toEqual([
      { kind: "objective", id: "obj-1", positions: [0, 1, 3] },
      { kind: "target", id: "t-1", positions: [0, 1] },
    ]);
    expect(index.objectives.get("obj-1")?.title).toBe("An objective");
    expect(index.targets.get("t-1")?.objective).toBe("obj-1");
    // Every target is still grouped by the objective it names.
    expect(index.targetsByObjective.get("obj-2")?.length).toBe(1);
    // A duplicate's links are not merged into the first's.
    expect(index.objectivesByPlan.get("plan-1")?.length).toBe(4);
  });

  it("groups references to missing entities under the id they name", () => {
    const framework = minimalFramework();
    framework.objectives.push({
      id: "obj-2",
      plan: "no-such-plan",
      title: "Orphaned",
      contributesTo: [{ objective: "no-such-objective" }],
    });
    const index = indexFramework(deepFreeze(framework));
    expect(index.objectivesByPlan.get("no-such-plan")?.map((objective) => objective.id)).toEqual(["obj-2"]);
    expect(objectiveLevel(index, "obj-2")).toBeUndefined();
    expect(objectiveLevel(index, "no-such-objective")).toBeUndefined();
    expect(index.contributors.get("no-such-objective")?.[0]?.from).toBe("obj-2");
  });

  it("treats Object.prototype names as ordinary ids", () => {
    const framework = minimalFramework();
    const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
    framework.objectives = names.map((id, position) => ({
      id,
      plan: "plan-1",
      title: id,
      ...(position === 0 ? {} : { contributesTo: [{ objective: names[position - 1] ?? "" }] }),
    }));
    const parsed = parseFramework(jsonCopy(framework));
    const index = indexFramework(deepFreeze(parsed));
    for (const id of names) expect(index.objectives.get(id)?.title).toBe(id);
    expect(index.contributors.get("__proto__")?.map((edge) => edge.from)).toEqual(["constructor"]);
    expect(index.objectives.has("isPrototypeOf")).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("defaults the financial year to 1 April and keeps a framework's own", () => {
    expect(indexFramework(minimalFramework()).financialYearStart).toBe("04-01");
    expect(indexFramework({ ...minimalFramework(), financialYearStart: "01-01" }).financialYearStart).toBe("01-01");
  });

  it("indexes a 100,000-deep cascade in one pass without recursion", () => {
    const depth = 100_000;
    const framework: Framework = { ...minimalFramework(), objectives: [] };
    for (let i = 0; i < depth; i += 1) {
      framework.objectives.push({
        id: `o${i}`,
        plan: "plan-1",
        title: `Step ${i}`,
        ...(i === 0 ? {} : { contributesTo: [{ objective: `o${i - 1}` }] }),
      });
    }
    const index = indexFramework(framework);
    expect(index.objectives.size).toBe(depth);
    expect(index.contributors.get(`o${depth - 2}`)?.[0]?.from).toBe(`o${depth - 1}`);
  });
});

describe("toFrameworkIndex and isFrameworkIndex", () => {
  it("index a framework once and pass an index through", () => {
    const framework = minimalFramework();
    expect(isFrameworkIndex(framework)).toBe(false);
    const index = toFrameworkIndex(framework);
    expect(isFrameworkIndex(index)).toBe(true);
    expect(toFrameworkIndex(index)).toBe(index);
    expect(index.framework).toBe(framework);
  });
});

describe("planLevelRank", () => {
  it("ranks the levels highest first", () => {
    expect(
      ["community", "corporate", "service", "unit", "individual"].map((level) => planLevelRank(level as never)),
    ).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("the cascade's levels and owners, looked up in one place", () => {
  function owned(): Framework {
    const framework = minimalFramework();
    framework.owners.push({ id: "plan-owner", name: "Plan owner", kind: "team" });
    framework.plans = framework.plans.map((plan) => ({ ...plan, owner: "plan-owner" }));
    framework.objectives.push(
      { id: "obj-unowned", plan: "plan-1", title: "Owned by its plan" },
      { id: "obj-lost", plan: "no-such-plan", title: "No plan" },
    );
    framework.targets.push(
      target("t-own", "obj-1", "target-owner"),
      target("t-plan", "obj-unowned"),
      target("t-lost", "obj-lost"),
      target("t-nowhere", "no-such-objective"),
    );
    return deepFreeze(framework);
  }

  it("planOf and levelOf: a plan's own, an objective's plan's, a target's objective's plan's", () => {
    const index = indexFramework(owned());
    expect(index.planOf("plan", "plan-1")?.id).toBe("plan-1");
    expect(index.planOf("objective", "obj-1")?.id).toBe("plan-1");
    expect(index.planOf("target", "t-plan")?.id).toBe("plan-1");
    expect(
      ["plan-1", "obj-1", "t-1"].map((id, i) =>
        index.levelOf((["plan", "objective", "target"] as const)[i] ?? "plan", id),
      ),
    ).toEqual(["community", "community", "community"]);
    expect(index.levelOf("objective", "obj-lost")).toBeUndefined();
    expect(index.levelOf("target", "t-lost")).toBeUndefined();
    expect(index.levelOf("target", "t-nowhere")).toBeUndefined();
    expect(index.levelOf("plan", "no-such-plan")).toBeUndefined();
    expect(objectiveLevel(index, "obj-1")).toBe(index.levelOf("objective", "obj-1"));
  });

  it("ownerOf: a target's own, else its objective's, else its plan's, saying which supplied it", () => {
    const index = indexFramework(owned());
    expect(index.ownerOf("target", "t-own")).toEqual({ owner: "target-owner", from: "target" });
    expect(index.ownerOf("target", "t-1")).toEqual({ owner: "owner-1", from: "objective" });
    expect(index.ownerOf("target", "t-plan")).toEqual({ owner: "plan-owner", from: "plan" });
    expect(index.ownerOf("target", "t-lost")).toBeUndefined();
    expect(index.ownerOf("target", "t-nowhere")).toBeUndefined();
    expect(index.ownerOf("target", "no-such-target")).toBeUndefined();
  });

  it("ownerOf: an objective's own, else its plan's; a plan's own, not its parent's", () => {
    const framework = jsonCopy(owned());
    framework.plans.push({
      id: "plan-2",
      name: "Corporate plan",
      level: "corporate",
      parent: "plan-1",
      period: { start: "2001-04-01", end: "2004-03-31" },
    });
    framework.objectives.push({ id: "obj-2", plan: "plan-2", title: "Unowned, in an unowned plan" });
    const index = indexFramework(deepFreeze(framework));
    expect(index.ownerOf("objective", "obj-1")).toEqual({ owner: "owner-1", from: "objective" });
    expect(index.ownerOf("objective", "obj-unowned")).toEqual({ owner: "plan-owner", from: "plan" });
    expect(index.ownerOf("objective", "obj-lost")).toBeUndefined();
    expect(index.ownerOf("objective", "obj-2")).toBeUndefined();
    expect(index.ownerOf("plan", "plan-1")).toEqual({ owner: "plan-owner", from: "plan" });
    expect(index.ownerOf("plan", "plan-2")).toBeUndefined();
  });

  it("ownerOf answers from a table kept with the index, the same answer each time", () => {
    const index = indexFramework(owned());
    const first = index.ownerOf("target", "t-plan");
    expect(first).toBeDefined();
    expect(index.ownerOf("target", "t-plan")).toBe(first);
  });

  it("ownerOf and levelOf read the first of entities sharing an id", () => {
    const framework = jsonCopy(owned());
    framework.targets.push(target("t-1", "obj-unowned", "someone-else"));
    const index = indexFramework(deepFreeze(framework));
    expect(index.ownerOf("target", "t-1")).toEqual({ owner: "owner-1", from: "objective" });
  });
});
