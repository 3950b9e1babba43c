import { describe, expect, it } from "vitest";
import { generateFramework } from "../../bench/generate.js";
import { checkCascade } from "../../src/index.js";

// The scale project runs once in CI, not once per time zone: these tests take seconds, and their
// results do not depend on the zone (the unit project checks that on small frameworks).
describe("checkCascade at national scale", () => {
  it("checks a generated framework of 1,000,000 objectives", () => {
    const report = checkCascade(generateFramework({ objectives: 1_000_000 }));
    expect(report.errorCount).toBe(0);
  }, 120_000);
});
