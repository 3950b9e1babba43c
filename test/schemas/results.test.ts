import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import fc from "fast-check";
import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { CLI_PRINTED } from "../../scripts/resultRoots.js";
import { generateResultsJsonSchema } from "../../scripts/resultSchemas.js";
import type { ResultName } from "../../src/cli/results.js";
import {
  type Assessment,
  type AssessmentResponse,
  type Framework,
  type PerformanceReport,
  type ReviewSubject,
  accountableOwners,
  actionsInHand,
  assess,
  checkCascade,
  compareAssessments,
  costPerOutcome,
  deriveEvidence,
  diagnose,
  cycleCovers,
  evaluateFramework,
  evaluateTarget,
  frameworkJsonSchema,
  impact,
  monitorBudgets,
  overdueReviews,
  ownerPortfolio,
  performanceReport,
  planOverview,
  priorities,
  resourcesByAim,
  reviewSchedule,
  reviewsDue,
  rollUp,
  safeParseFramework,
  statusHistory,
  traceDown,
  traceUp,
  trajectory,
} from "../../src/index.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { root, runCli, spelthorne, stockton } from "../cli/run.js";
import { example, jsonCopy, stocktonYearEnd } from "../helpers/fixtures.js";
import { timeout } from "../helpers/runs.js";

const RESULTS_ID = `urn:performance-management:results:${packageJson.version}`;
const results = JSON.parse(readFileSync(`${root}schemas/results.schema.json`, "utf8")) as {
  $id: string;
  $defs: Record<string, Record<string, unknown>>;
};

let ajv: Ajv2020;
beforeAll(() => {
  ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  // The framework's dates say `format: "date"`; their pattern and the library check them, not Ajv.
  ajv.addFormat("date", true);
  ajv.addSchema({ ...frameworkJsonSchema(), $id: `urn:performance-management:framework:${packageJson.version}` });
  ajv.addSchema(results);
});

/** The validator of one result's definition. */
function definition(name: string): ValidateFunction {
  const validate = ajv.getSchema(`${RESULTS_ID}#/$defs/${name}`);
  if (validate === undefined) throw new Error(`results.schema.json has no definition ${name}`);
  return validate;
}

/** Asserts that a result, as JSON carries it, follows its definition; the errors are the message when not. */
function expectFollows(name: string, result: unknown): void {
  const validate = definition(name);
  const valid = validate(jsonCopy(result));
  expect(valid, `${name}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`).toBe(true);
}

const spelthorneResponses = (
  JSON.parse(readFileSync(`${root}examples/assessments/spelthorne.json`, "utf8")) as {
    responses: AssessmentResponse[];
  }
).responses;

describe("results.schema.json as kept", () => {
  it(
    "is what the generator writes from the result types (run npm run schema after changing one)",
    () => {
      expect(results).toEqual(generateResultsJsonSchema(packageJson.version));
    },
    timeout(60_000),
  );

  it("names this version in its $id, and the framework's schema of this version where a result holds a framework", () => {
    expect(results.$id).toBe(RESULTS_ID);
    expect(JSON.stringify(results)).toContain(`"$ref":"urn:performance-management:framework:${packageJson.version}"`);
  });

  it("holds every result to one rule for empty values: every field required, present in every result (docs/results.md)", () => {
    const optional: string[] = [];
    let objects = 0;
    const pending: [unknown, string][] = Object.entries(results.$defs).map(([name, schema]) => [schema, name]);
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const [node, path] = next;
      if (typeof node !== "object" || node === null) continue;
      const schema = node as Record<string, unknown>;
      if (schema.type === "object" && typeof schema.properties === "object" && schema.properties !== null) {
        objects += 1;
        const required = new Set(schema.required as string[] | undefined);
        for (const key of Object.keys(schema.properties))
          if (key !== "$schema" && !required.has(key)) optional.push(`${path}.${key}`);
      }
      for (const [key, value] of Object.entries(schema)) pending.push([value, `${path}/${key}`]);
    }
    expect(objects).toBeGreaterThan(150);
    expect(optional).toEqual([]);
  });

  it("lets the results the CLI prints carry $schema, and no other", () => {
    expectTypeOf<ResultName>().toEqualTypeOf<(typeof CLI_PRINTED)[number]>();
    const evaluation = jsonCopy(evaluateFramework(example("stockton"), { asOf: "2001-10-15" }));
    expect(definition("FrameworkEvaluation")({ $schema: "x", ...evaluation })).toBe(true);
    const [first] = evaluation.targets;
    expect(definition("Evaluation")(first)).toBe(true);
    expect(definition("Evaluation")({ $schema: "x", ...first })).toBe(false);
    expect(definition("ValidationOutput")({ $schema: "x", ...jsonCopy(safeParseFramework({ id: "x" })) })).toBe(true);
  });

  it("names every result in docs/results.md's table", () => {
    const roots = [...readFileSync(`${root}scripts/resultRoots.ts`, "utf8").matchAll(/^ {2}(\w+): /gmu)].map(
      (match) => match[1] as string,
    );
    expect(roots.length).toBeGreaterThan(25);
    const page = readFileSync(`${root}docs/results.md`, "utf8");
    expect(roots.filter((name) => !(name in results.$defs) || !page.includes(`\`${name}\``))).toEqual([]);
  });

  it("compiles under Ajv's strict mode (no unknown keyword, no ambiguous schema)", () => {
    for (const name of Object.keys(results.$defs)) expect(definition(name)).toBeTypeOf("function");
  });

  it("refuses what a result is not: a missing field, an extra one, a number for a decimal string", () => {
    const evaluation = jsonCopy(evaluateFramework(example("stockton"), { asOf: "2001-10-15" }));
    expect(definition("FrameworkEvaluation")(evaluation)).toBe(true);
    const missing: Record<string, unknown> = { ...evaluation };
    delete missing.counts;
    expect(definition("FrameworkEvaluation")(missing)).toBe(false);
    expect(definition("FrameworkEvaluation")({ ...evaluation, extra: 1 })).toBe(false);
    const [first, ...rest] = evaluation.targets;
    expect(definition("FrameworkEvaluation")({ ...evaluation, targets: [{ ...first, expected: 1 }, ...rest] })).toBe(
      false,
    );
  });
});

describe("every result of the examples follows its definition", () => {
  const asOfs = ["2001-04-01", "2001-07-15", "2001-10-15", "2002-04-01", "2003-04-01"];

  it.each(["stockton", "spelthorne"] as const)("%s: evaluations, reports, plans, checks and reviews", (name) => {
    const framework = example(name);
    let previous: PerformanceReport | undefined;
    for (const asOf of asOfs) {
      expectFollows("FrameworkEvaluation", evaluateFramework(framework, { asOf }));
      expectFollows("FrameworkStatusEvaluation", evaluateFramework(framework, { asOf, detail: "status" }));
      const executive = performanceReport(framework, { asOf });
      expectFollows("PerformanceReport", executive);
      expectFollows(
        "PerformanceReport",
        performanceReport(framework, { asOf, audience: "scrutiny", ...(previous === undefined ? {} : { previous }) }),
      );
      previous = executive;
      expectFollows("CascadeReport", checkCascade(framework, { asOf }));
      expectFollows("OverdueReviews", overdueReviews(framework, { asOf }));
    }
    expectFollows("CascadeReport", checkCascade(framework));
    for (const plan of framework.plans) expectFollows("PlanOverviewReport", planOverview(framework, plan.id));
    expectFollows("ReviewSchedule", reviewSchedule(framework, { from: "2001-04-01", to: "2003-03-31" }));
  });

  it.each(["stockton", "spelthorne"] as const)(
    "%s: every trace up and down, and the impact of every status",
    (name) => {
      const framework = example(name);
      for (const target of framework.targets) expectFollows("Trace", traceUp(framework, target.id));
      const actionIds = framework.objectives.flatMap((objective) =>
        (objective.actions ?? []).flatMap((action) => (action.id === undefined ? [] : [action.id])),
      );
      expect(actionIds.length > 0).toBe(name === "stockton"); // Spelthorne's example has no actions
      for (const id of actionIds) expectFollows("Trace", traceUp(framework, id, { kind: "action" }));
      for (const objective of framework.objectives) {
        expectFollows("Trace", traceUp(framework, objective.id, { kind: "objective" }));
        expectFollows("ContributionTree", traceDown(framework, objective.id));
      }
      for (const asOf of ["2001-07-15", "2002-04-01"])
        expectFollows("ImpactReport", impact(framework, evaluateFramework(framework, { asOf, detail: "status" })));
    },
  );

  it.each(["stockton", "spelthorne"] as const)(
    "%s: each target's evaluation, trajectory, actions and owners",
    (name) => {
      const framework = example(name);
      const dates = ["2001-04-01", "2001-06-30", "2001-10-15", "2002-03-31", "2003-04-01"];
      for (const target of framework.targets) {
        for (const asOf of dates) {
          expectFollows("Evaluation", evaluateTarget(framework, target.id, { asOf }));
          expectFollows("ActionsInHand", actionsInHand(framework, target.id, { asOf }));
        }
        expectFollows("TrajectoryPoints", trajectory(framework, target.id, dates));
        expectFollows("AccountableOwners", accountableOwners(framework, target.id));
      }
      for (const owner of framework.owners) expectFollows("OwnerPortfolio", ownerPortfolio(framework, owner.id));
      const evaluation = evaluateFramework(framework, { asOf: "2001-10-15" });
      expectFollows("ObjectiveRollUps", rollUp(framework, evaluation.targets));
      expectFollows("StatusHistory", statusHistory(framework, { dates }));
    },
  );

  it.each(["stockton", "spelthorne"] as const)("%s: when each subject's reviews fall due, by every cycle", (name) => {
    const framework = example(name);
    const subjects: ReviewSubject[] = [
      ...framework.plans.map((plan) => ({ kind: "plan" as const, id: plan.id })),
      ...framework.objectives.map((objective) => ({ kind: "objective" as const, id: objective.id })),
      ...framework.targets.map((target) => ({ kind: "target" as const, id: target.id })),
      ...framework.owners.map((owner) => ({ kind: "owner" as const, id: owner.id })),
    ];
    let covered = 0;
    for (const cycle of framework.reviewCycles ?? [])
      for (const subject of subjects)
        for (const asOf of ["2001-07-15", "2002-06-15"]) {
          if (cycleCovers(framework, cycle.id, subject)) covered += 1;
          expectFollows("ReviewsDue", reviewsDue(framework, cycle.id, subject, { asOf }));
        }
    expect(covered).toBeGreaterThan(0);
  });

  it("Stockton at year end: its evaluation, report and money", () => {
    const framework = stocktonYearEnd();
    for (const asOf of ["2002-04-01", "2002-07-01"]) {
      expectFollows("FrameworkEvaluation", evaluateFramework(framework, { asOf }));
      expectFollows("PerformanceReport", performanceReport(framework, { asOf }));
      expectFollows("BudgetMonitoring", monitorBudgets(framework, { asOf }));
      expectFollows("ResourcesByAim", resourcesByAim(framework, { asOf }));
      expectFollows("CostPerOutcome", costPerOutcome(framework, { asOf }));
    }
  });

  it("Spelthorne's self-assessment, its priorities, diagnosis, evidence and comparison", () => {
    const derived = deriveEvidence(example("stockton"), { asOf: "2001-07-15" });
    expectFollows("DerivedEvidence", derived);
    const before: Assessment = assess(spelthorneResponses);
    const after = assess(spelthorneResponses, { derived });
    for (const assessment of [before, after]) {
      expectFollows("Assessment", assessment);
      expectFollows("Priorities", priorities(assessment));
      expectFollows("Diagnoses", diagnose(assessment));
    }
    expectFollows("AssessmentComparison", compareAssessments(before, after));
  });

  it("safeParseFramework's answers, a framework and a refusal", () => {
    expectFollows("ValidationOutput", safeParseFramework(jsonCopy(example("stockton"))));
    expectFollows("ValidationOutput", safeParseFramework({ id: "x" }));
  });
});

describe("the results of generated frameworks follow their definitions", () => {
  it(
    "evaluations, reports and checks",
    () => {
      fc.assert(
        fc.property(
          frameworkArbitrary,
          fc.constantFrom("1995-06-30", "2001-10-15", "2030-03-31"),
          (generated, asOf) => {
            const parsed = safeParseFramework(jsonCopy(generated));
            if (!parsed.success) return;
            const framework: Framework = parsed.data;
            expectFollows("FrameworkEvaluation", evaluateFramework(framework, { asOf }));
            expectFollows("CascadeReport", checkCascade(framework, { asOf }));
            expectFollows("PerformanceReport", performanceReport(framework, { asOf }));
            expectFollows("OverdueReviews", overdueReviews(framework, { asOf }));
            expectFollows("BudgetMonitoring", monitorBudgets(framework, { asOf }));
          },
        ),
        { numRuns: 40 },
      );
    },
    timeout(120_000),
  );
});

describe("the CLI's JSON names the definition it follows, and follows it", () => {
  const spend = `${root}examples/resources/stockton-spend.csv`;
  const assessment = `${root}examples/assessments/spelthorne.json`;
  const runs: readonly (readonly string[])[] = [
    ["evaluate", stockton, "--as-of", "2001-10-15"],
    ["evaluate", stockton, "--as-of", "2001-10-15", "--detail", "status"],
    ["report", stockton, "--as-of", "2001-10-15"],
    ["plan", stockton],
    ["plan", spelthorne, "plan-environmental"],
    ["check", stockton],
    ["trace", stockton, "t-zero-homelessness"],
    ["trace", stockton, "cp-wellbeing", "--down"],
    ["schedule", stockton, "--from", "2001-04-01", "--to", "2002-03-31"],
    ["overdue", stockton, "--as-of", "2002-03-31"],
    ["assess", assessment, "--framework", stockton, "--as-of", "2001-07-15"],
    ["budgets", stockton, "--as-of", "2001-10-15", "--spend", spend],
    ["validate", stockton],
  ];

  it.each(runs.map((argv) => [argv.slice(0, 2).join(" ").replace(root, ""), argv] as const))("%s", async (_, argv) => {
    const run = await runCli([...argv, "--format", "json"]);
    expect(run.err).toBe("");
    const printed = JSON.parse(run.out) as { $schema: string };
    expect(Object.keys(printed)[0]).toBe("$schema");
    expect(printed.$schema.startsWith(`${RESULTS_ID}#/$defs/`)).toBe(true);
    const validate = ajv.getSchema(printed.$schema);
    expect(validate).toBeTypeOf("function");
    expect(validate?.(printed), JSON.stringify(validate?.errors?.slice(0, 5))).toBe(true);
  });

  it("prints both schemas with schema and schema --results, and they validate the CLI's own JSON together", async () => {
    const framework = JSON.parse((await runCli(["schema"])).out) as { $id: string };
    expect(framework.$id).toBe(`urn:performance-management:framework:${packageJson.version}`);
    const printed = JSON.parse((await runCli(["schema", "--results"])).out) as unknown;
    expect(printed).toEqual(results);
    const own = new Ajv2020({ strict: true, strictTypes: false });
    own.addFormat("date", true);
    own.addSchema(framework).addSchema(printed as object);
    const evaluation = JSON.parse(
      (await runCli(["evaluate", stockton, "--as-of", "2001-10-15", "--format", "json"])).out,
    ) as {
      $schema: string;
    };
    expect(own.getSchema(evaluation.$schema)?.(evaluation)).toBe(true);
  });

  it("names the failing validation's definition too, and it follows it", async () => {
    const run = await runCli(["validate", `${root}package.json`, "--format", "json"]);
    const printed = JSON.parse(run.out) as { $schema: string; success: boolean };
    expect(printed.success).toBe(false);
    expect(ajv.getSchema(printed.$schema)?.(printed)).toBe(true);
  });
});
