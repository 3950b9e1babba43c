// Requires the packed package as CommonJS, by its root and its subpaths.
const { readFileSync } = require("node:fs");
const assert = require("node:assert/strict");
const { parseFramework, FrameworkValidationError, PerformanceManagementError } = require("performance-management");
const model = require("performance-management/model");
const cascade = require("performance-management/cascade");
const trajectory = require("performance-management/trajectory");
const review = require("performance-management/review");
const accountability = require("performance-management/accountability");
const report = require("performance-management/report");
const assessment = require("performance-management/assessment");
const resources = require("performance-management/resources");
const testing = require("performance-management/testing");
const fc = require("fast-check");
const { checkMisuse } = require("./misuse.cjs");

const framework = parseFramework(JSON.parse(readFileSync("stockton.json", "utf8")));
assert.equal(model.indexFramework(framework).plans.size, framework.plans.length);
assert.equal(model.FrameworkValidationError, FrameworkValidationError);
assert.throws(() => parseFramework([]), FrameworkValidationError);
assert.equal(cascade.checkCascade(framework).errorCount, 0);
assert.equal(trajectory.statusHistory(framework, { dates: ["2001-07-15"] }).counts[0].green, 3);
assert.equal(review.cycleCovers(framework, "rc-quarterly-targets", { kind: "target", id: "t-relet-28-days" }), true);
assert.equal(accountability.traceUp(framework, "so-new-deal").chains[0].direct, false);
assert.match(report.renderReportMarkdown(report.performanceReport(framework, { asOf: "2001-07-15" })), /✖ Red/u);
assert.equal(assessment.deriveEvidence(framework, { asOf: "2001-10-01" }).responses.length, 23);
assert.equal(resources.monitorBudgets(framework, { asOf: "2001-07-01" }).totals[0].forecastOutturn, "3059750");

// One base class across the root and every subpath, so a caller catches the library's misuse in one place.
checkMisuse(
  PerformanceManagementError,
  [model, cascade, trajectory, review, accountability, assessment, report, resources, testing],
  [
    [() => model.parseFramework({ id: "x" }), model.FrameworkValidationError, "framework-validation"],
    [
      () => cascade.checkCascade(framework, { rules: { "no-such-rule": "error" } }),
      cascade.CascadeConfigError,
      "cascade-config",
    ],
    [() => trajectory.expectedValue(framework.targets[0], "31/03/2002"), trajectory.TrajectoryError, "trajectory"],
    [
      () => review.reviewsDue(framework, "no-such-cycle", { kind: "plan", id: "p" }, { asOf: "2001-10-01" }),
      review.ReviewError,
      "review",
    ],
    [
      () => accountability.traceUp(framework, "no-such-objective"),
      accountability.AccountabilityError,
      "accountability",
    ],
    [() => report.performanceReport(framework, { asOf: "31/03/2002" }), report.ReportError, "report"],
    [() => assessment.parseCatalogue({ areas: [] }), assessment.AssessmentError, "assessment"],
    [() => resources.monitorBudgets(framework, { asOf: "30/06/2001" }), resources.ResourcesError, "resources"],
    [() => testing.addDays("2001-02-30", 1), testing.TestingError, "testing"],
  ],
);
// The testing entry, required: its arbitraries draw valid cascades the checker passes.
for (const drawn of fc.sample(testing.cascadeArbitrary({ maxObjectives: 6 }), { numRuns: 5, seed: 1 }))
  assert.equal(cascade.checkCascade(drawn).errorCount, 0);
assert.equal(testing.addDays("2004-02-28", 1), "2004-02-29");
console.log(`require: ok (${framework.objectives.length} Stockton objectives)`);
