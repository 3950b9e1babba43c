import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, checkCascade } from "../../../src/index.js";
import { cascadeArbitrary } from "../../arbitraries/cascade.js";
import { runs } from "../../helpers/runs.js";
import {
  BASE_AS_OF,
  baseFramework,
  patched,
  UNIT_PLAN,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";

const cases: RuleCases = {
  valid: [
    { name: "the base framework", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "a corporate objective measured through a contributing objective's target",
      framework: patched({ targets: { "t-corp-long": null, "t-corp-short": null } }),
    },
    {
      name: "a community objective measured only through a grandchild objective's target (issue 20)",
      // top ← corp-obj ← svc-obj: only the service objective's t-svc remains, two links below the aim.
      framework: patched({
        targets: { "t-top-long": null, "t-top-short": null, "t-corp-long": null, "t-corp-short": null },
      }),
    },
    {
      name: "objectives measured through a unit objective's target four levels down a loop-free chain",
      framework: patched({
        targets: { "t-top-long": null, "t-top-short": null, "t-corp-long": null, "t-corp-short": null, "t-svc": null },
        add: {
          plans: [UNIT_PLAN],
          objectives: [
            { id: "unit-obj", plan: "unit", title: "Unit objective", contributesTo: [{ objective: "svc-obj" }] },
          ],
          targets: [
            {
              id: "t-unit",
              objective: "unit-obj",
              indicator: "pi-output",
              baseline: { date: "2001-03-31", value: "1" },
              goal: { date: "2002-03-31", value: "2" },
            },
          ],
        },
      }),
    },
    {
      name: "unit and individual objectives need no target",
      framework: patched({
        add: {
          plans: [UNIT_PLAN],
          objectives: [
            { id: "unit-obj", plan: "unit", title: "Unit objective", contributesTo: [{ objective: "svc-obj" }] },
          ],
        },
      }),
    },
  ],
  invalid: [
    {
      name: "a service objective with no target and no contributors",
      framework: patched({ targets: { "t-svc": null } }),
      findings: [
        {
          severity: "warning",
          messageId: "unmeasured",
          subject: { kind: "objective", id: "svc-obj" },
          message:
            'Objective "svc-obj" (service level) has no target, and nor does any objective contributing to it, directly or through others: set a SMART target so progress towards it can be measured.',
        },
      ],
    },
    {
      name: "a community objective whose contributors have no targets either",
      framework: patched({
        add: {
          objectives: [
            { id: "top-2", plan: "cp", title: "Second outcome" },
            { id: "corp-2", plan: "corp", title: "Unmeasured", contributesTo: [{ objective: "top-2" }] },
          ],
        },
      }),
      findings: [
        { subject: { kind: "objective", id: "corp-2" }, data: { objective: "corp-2", level: "corporate" } },
        { subject: { kind: "objective", id: "top-2" }, data: { objective: "top-2", level: "community" } },
      ],
    },
    {
      name: "a loop of contributions with no target anywhere is unmeasured, each objective once",
      framework: patched({
        targets: { "t-top-long": null, "t-top-short": null, "t-corp-long": null, "t-corp-short": null, "t-svc": null },
        objectives: { "corp-obj": { contributesTo: [{ objective: "top" }, { objective: "svc-obj" }] } },
      }),
      findings: [
        { subject: { kind: "objective", id: "corp-obj" } },
        { subject: { kind: "objective", id: "svc-obj" } },
        { subject: { kind: "objective", id: "top" } },
      ],
    },
  ],
};

describe("rule objective-without-measure", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("objective-without-measure", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("objective-without-measure", c);
    expect(found).toMatchObject(expectedFindings("objective-without-measure", c));
    expect(wellWorded(found)).toBe(true);
  });
});

/** An independent oracle: the objectives with a target, or contributed to by one that is measured, by fixpoint iteration. */
function measuredByFixpoint(framework: Framework): Set<string> {
  const measured = new Set(framework.targets.map((target) => target.objective));
  let changed = true;
  while (changed) {
    changed = false;
    for (const objective of framework.objectives) {
      if (!measured.has(objective.id)) continue;
      for (const link of objective.contributesTo ?? []) {
        if (!measured.has(link.objective)) {
          measured.add(link.objective);
          changed = true;
        }
      }
    }
  }
  return measured;
}

describe("rule objective-without-measure (property)", () => {
  it("flags exactly the community, corporate and service objectives nothing down their chain measures", () => {
    const withSomeTargets = cascadeArbitrary.chain((framework) =>
      fc
        .array(fc.boolean(), { minLength: framework.targets.length, maxLength: framework.targets.length })
        .map((keep) => ({ ...framework, targets: framework.targets.filter((_, i) => keep[i] === true) })),
    );
    fc.assert(
      fc.property(withSomeTargets, (framework) => {
        const level = new Map(framework.plans.map((plan) => [plan.id, plan.level]));
        const measured = measuredByFixpoint(framework);
        const expected = framework.objectives
          .filter((o) => ["community", "corporate", "service"].includes(level.get(o.plan) ?? "") && !measured.has(o.id))
          .map((o) => o.id)
          .sort();
        const found = checkCascade(framework)
          .findings.filter((finding) => finding.ruleId === "objective-without-measure")
          .map((finding) => finding.subject.id)
          .sort();
        expect(found).toEqual(expected);
      }),
      { numRuns: runs(200) },
    );
  });
});
