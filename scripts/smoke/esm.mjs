// Imports the packed package as an ES module, by its root and its subpath.
import { readFileSync } from "node:fs";
import assert from "node:assert/strict";
import { FrameworkValidationError, frameworkJsonSchema, indexFramework, parseFramework, safeParseFramework } from "performance-management";
import * as model from "performance-management/model";

const framework = parseFramework(JSON.parse(readFileSync("stockton.json", "utf8")));
assert.equal(indexFramework(framework).objectives.get("cp-zero-homelessness")?.title, "Zero homelessness");
assert.equal(model.FrameworkValidationError, FrameworkValidationError);
const failed = safeParseFramework({ id: "x" });
assert.equal(failed.success, false);
assert.ok(failed.error instanceof model.FrameworkValidationError);
assert.equal(frameworkJsonSchema().type, "object");
console.log(`import: ok (${framework.targets.length} Stockton targets)`);
