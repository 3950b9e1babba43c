import { describe, expect, it } from "vitest";
import { type Framework, ReviewError, cycleCovers, indexFramework } from "../../src/index.js";
import { baseFramework } from "../cascade/harness.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { coveredSubjects } from "../../src/review/cycleCovers.js";

function withCycles(cycles: Framework["reviewCycles"]): Framework {
  return deepFreeze({ ...baseFramework(), reviewCycles: cycles ?? [] });
}

describe("cycleCovers", () => {
  it("a cycle without a scope covers every plan, objective, target and owner, even ids that name nothing", () => {
    const framework = withCycles([{ id: "rc-all", name: "All", frequency: "annual", appliesTo: {} }]);
    for (const subject of [
      { kind: "plan", id: "cp" },
      { kind: "objective", id: "svc-obj" },
      { kind: "target", id: "t-svc" },
      { kind: "owner", id: "director" },
      { kind: "owner", id: "no-such-owner" },
    ] as const)
      expect(cycleCovers(framework, "rc-all", subject)).toBe(true);
  });

  it("narrows by kind, by ids and by level; an objective's and a target's level is their plan's", () => {
    const framework = withCycles([
      { id: "rc-targets", name: "Targets", frequency: "quarterly", appliesTo: { kind: "target" } },
      { id: "rc-some", name: "Some", frequency: "quarterly", appliesTo: { ids: ["t-svc", "corp"] } },
      { id: "rc-services", name: "Services", frequency: "half-yearly", appliesTo: { level: "service" } },
    ]);
    const index = indexFramework(framework);
    expect(cycleCovers(index, "rc-targets", { kind: "target", id: "t-top-long" })).toBe(true);
    expect(cycleCovers(index, "rc-targets", { kind: "plan", id: "cp" })).toBe(false);
    expect(cycleCovers(index, "rc-some", { kind: "target", id: "t-svc" })).toBe(true);
    expect(cycleCovers(index, "rc-some", { kind: "plan", id: "corp" })).toBe(true);
    expect(cycleCovers(index, "rc-some", { kind: "plan", id: "cp" })).toBe(false);
    expect(cycleCovers(index, "rc-services", { kind: "plan", id: "svc" })).toBe(true);
    expect(cycleCovers(index, "rc-services", { kind: "objective", id: "svc-obj" })).toBe(true);
    expect(cycleCovers(index, "rc-services", { kind: "target", id: "t-svc" })).toBe(true);
    expect(cycleCovers(index, "rc-services", { kind: "target", id: "t-corp-long" })).toBe(false);
    expect(cycleCovers(index, "rc-services", { kind: "objective", id: "no-such-objective" })).toBe(false);
  });

  it("a cycle with a level covers no owner", () => {
    const framework = withCycles([
      { id: "rc-services", name: "Services", frequency: "annual", appliesTo: { level: "service", kind: "owner" } },
    ]);
    expect(cycleCovers(framework, "rc-services", { kind: "owner", id: "director" })).toBe(false);
  });

  it("throws a ReviewError naming an unknown cycle", () => {
    expect(() => cycleCovers(baseFramework(), "rc-none", { kind: "plan", id: "cp" })).toThrow(ReviewError);
    expect(() => cycleCovers(baseFramework(), "rc-none", { kind: "plan", id: "cp" })).toThrow(
      'performance-management: there is no review cycle "rc-none"',
    );
  });
});

describe("coveredSubjects of a cycle scoped to a level", () => {
  it("lists exactly the subjects cycleCovers accepts, in the index's order, reading only that level", () => {
    const base = baseFramework();
    const levels = ["community", "corporate", "service", "unit", "individual"] as const;
    const kinds = [undefined, "plan", "objective", "target", "owner"] as const;
    const framework = deepFreeze({
      ...base,
      plans: [...base.plans, { ...(base.plans[2] as Framework["plans"][number]), id: "svc-2" }],
      objectives: [
        ...base.objectives,
        { id: "svc-obj-2", plan: "svc-2", title: "Second service" },
        { id: "planless", plan: "no-such-plan", title: "No plan" },
        { id: "svc-obj", plan: "corp", title: "Duplicate id" },
      ],
      reviewCycles: kinds.flatMap((kind) =>
        levels.map((level) => ({
          id: `rc-${kind ?? "any"}-${level}`,
          name: "Scoped",
          frequency: "quarterly" as const,
          appliesTo: kind === undefined ? { level } : { kind, level },
        })),
      ),
    });
    const index = indexFramework(framework);
    const every = [
      ...[...index.plans.keys()].map((id) => ({ kind: "plan", id }) as const),
      ...[...index.objectives.keys()].map((id) => ({ kind: "objective", id }) as const),
      ...[...index.targets.keys()].map((id) => ({ kind: "target", id }) as const),
      ...[...index.owners.keys()].map((id) => ({ kind: "owner", id }) as const),
    ];
    let listed = 0;
    for (const cycle of index.reviewCycles.values()) {
      const expected = every.filter((subject) => cycleCovers(index, cycle.id, subject));
      const found = coveredSubjects(index, cycle);
      expect(found).toEqual(expected);
      listed += found.length;
    }
    // Each plan, objective and target is at one level, so is listed twice (by its kind's cycle and the any-kind cycle).
    const leveled = every.filter((subject) => subject.kind !== "owner" && index.levelOf(subject.kind, subject.id));
    expect(listed).toBe(2 * leveled.length);
    expect(coveredSubjects(index, index.reviewCycles.get("rc-any-service") as never)).toContainEqual({
      kind: "objective",
      id: "svc-obj-2",
    });
  });
});
