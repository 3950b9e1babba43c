// Imports the packed package as an ES module, by its root and its subpaths.
import { readFileSync } from "node:fs";
import assert from "node:assert/strict";
import {
  FrameworkValidationError,
  PerformanceManagementError,
  frameworkJsonSchema,
  indexFramework,
  parseFramework,
  safeParseFramework,
} from "performance-management";
import * as model from "performance-management/model";
import * as cascade from "performance-management/cascade";
import * as trajectory from "performance-management/trajectory";
import * as review from "performance-management/review";
import * as accountability from "performance-management/accountability";
import * as report from "performance-management/report";
import * as assessment from "performance-management/assessment";
import * as resources from "performance-management/resources";
import * as testing from "performance-management/testing";
import fc from "fast-check";
import { checkMisuse } from "./misuse.cjs";

const { checkCascade } = cascade;
const { evaluateTarget, expectedValue } = trajectory;
const { ReviewError, reviewsDue } = review;

const framework = parseFramework(JSON.parse(readFileSync("stockton.json", "utf8")));
assert.equal(indexFramework(framework).targets.get("t-zero-homelessness")?.objective, "cp-wellbeing");
assert.equal(model.FrameworkValidationError, FrameworkValidationError);
const failed = safeParseFramework({ id: "x" });
assert.equal(failed.success, false);
assert.ok(failed.error instanceof model.FrameworkValidationError);
assert.equal(frameworkJsonSchema().type, "object");
assert.equal(checkCascade(framework, { asOf: "2001-10-01" }).ok, true);
// The year's 100% re-let target is in force all year (period-target): 79% in June is red.
assert.equal(evaluateTarget(framework, "t-relet-28-days", { asOf: "2001-07-15" }).status, "red");
assert.equal(
  expectedValue(
    framework.targets.find((t) => t.id === "t-youth-offending"),
    "2003-03-31",
  ),
  "225",
);
assert.equal(
  reviewsDue(framework, "rc-quarterly-targets", { kind: "target", id: "t-relet-28-days" }, { asOf: "2001-10-01" })
    .nextDue,
  "2001-11-30", // the report on the quarter to 30 September, due two months after it
);
assert.equal(
  // Two of the area's three characteristics rated: enough for a verdict (under half rated gives none).
  assessment.assess([
    { characteristic: "financial-management/financial-planning-integrated", rating: 0 },
    { characteristic: "financial-management/financial-information", rating: 1 },
  ]).limitingArea?.id,
  "financial-management",
);
assert.equal(assessment.appendixA.areas.length, 8);
// Street cleansing, 6.8% over at its run rate the day after quarter 1 (illustrative budgets).
assert.equal(
  resources.monitorBudgets(framework, { asOf: "2001-07-01" }).lines.find((line) => line.id === "b-street-cleansing")
    ?.status,
  "red",
);

assert.equal(accountability.traceUp(framework, "io-key-tags").chains[0]?.steps.at(-1)?.subject.id, "cp-wellbeing");
assert.equal(report.performanceReport(framework, { asOf: "2001-07-15" }).exceptions[0]?.text.actual, "84%");

// One base class across the root and every subpath, so a caller catches the library's misuse in one place.
checkMisuse(
  PerformanceManagementError,
  [model, cascade, trajectory, review, accountability, assessment, report, resources, testing],
  [
    [() => model.parseFramework({ id: "x" }), model.FrameworkValidationError, "framework-validation"],
    [
      () => checkCascade(framework, { rules: { "no-such-rule": "error" } }),
      cascade.CascadeConfigError,
      "cascade-config",
    ],
    [() => expectedValue(framework.targets[0], "31/03/2002"), trajectory.TrajectoryError, "trajectory"],
    [
      () => reviewsDue(framework, "no-such-cycle", { kind: "plan", id: "p" }, { asOf: "2001-10-01" }),
      ReviewError,
      "review",
    ],
    [
      () => accountability.traceUp(framework, "no-such-objective"),
      accountability.AccountabilityError,
      "accountability",
    ],
    [() => report.performanceReport(framework, { asOf: "31/03/2002" }), report.ReportError, "report"],
    [() => assessment.assess([{ characteristic: "none", rating: 1 }]), assessment.AssessmentError, "assessment"],
    [() => resources.monitorBudgets(framework, { asOf: "30/06/2001" }), resources.ResourcesError, "resources"],
    [() => testing.addDays("2001-02-30", 1), testing.TestingError, "testing"],
  ],
);
// The testing entry: its arbitraries draw valid cascades the checker passes.
for (const drawn of fc.sample(testing.cascadeArbitrary({ maxObjectives: 6 }), { numRuns: 5, seed: 1 }))
  assert.equal(cascade.checkCascade(drawn).errorCount, 0);
assert.equal(testing.addCalendarMonths("2001-01-31", 1), "2001-02-28");
console.log(`import: ok (${framework.targets.length} Stockton targets)`);
