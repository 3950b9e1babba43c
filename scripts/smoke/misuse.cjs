// Shared by the two smoke scripts: each misuse throws its own error class, which extends the one
// base class every entry point exports, so a caller catches the library's misuse in one place.
const assert = require("node:assert/strict");

/**
 * @param {Function} baseClass - `PerformanceManagementError` as the root entry exports it
 * @param {object[]} entries - the subpath entry points, each exporting the same base class
 * @param {[() => unknown, Function, string][]} misuses - a call, the class it throws and that class's code
 */
function checkMisuse(baseClass, entries, misuses) {
  for (const entry of entries) assert.equal(entry.PerformanceManagementError, baseClass);
  for (const [misuse, errorClass, code] of misuses) {
    assert.throws(misuse, (error) => {
      assert.ok(error instanceof errorClass);
      assert.ok(error instanceof baseClass);
      assert.equal(error.code, code);
      assert.equal(error.name, errorClass.name);
      return true;
    });
  }
}

module.exports = { checkMisuse };
