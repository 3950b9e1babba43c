// Requires the packed package as CommonJS, by its root and its subpath.
const { readFileSync } = require("node:fs");
const assert = require("node:assert/strict");
const { parseFramework, FrameworkValidationError } = require("performance-management");
const model = require("performance-management/model");
const { checkCascade } = require("performance-management/cascade");
const { statusHistory } = require("performance-management/trajectory");
const { cycleCovers } = require("performance-management/review");

const framework = parseFramework(JSON.parse(readFileSync("stockton.json", "utf8")));
assert.equal(model.indexFramework(framework).plans.size, framework.plans.length);
assert.equal(model.FrameworkValidationError, FrameworkValidationError);
assert.throws(() => parseFramework([]), FrameworkValidationError);
assert.equal(checkCascade(framework).errorCount, 0);
assert.equal(statusHistory(framework, { dates: ["2001-07-15"] }).counts[0].green, 5);
assert.equal(cycleCovers(framework, "rc-quarterly-targets", { kind: "target", id: "t-relet-28-days" }), true);
console.log(`require: ok (${framework.objectives.length} Stockton objectives)`);
