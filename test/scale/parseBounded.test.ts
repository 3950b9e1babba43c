// Issue 8, item 8, at full size: the 16 MB document of `[0,0,…]` measurements, which ran Node out of
// memory before, now parses to a capped list of issues with the heap bounded.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { MAX_FRAMEWORK_ISSUES, safeParseFramework } from "../../src/index.js";

describe("safeParseFramework on 16 MB of bad measurements", () => {
  it("caps the issues and keeps the heap proportional to the input", () => {
    const count = 8_000_000;
    const text = `{"id":"fw","name":"F","owners":[],"plans":[],"objectives":[],"indicators":[],"targets":[],"measurements":[${"0,".repeat(count - 1)}0]}`;
    expect(text.length).toBeGreaterThan(16_000_000);
    const input: unknown = JSON.parse(text);
    // A collector to measure what the answer keeps, not the garbage made on the way.
    setFlagsFromString("--expose-gc");
    const collectGarbage = runInNewContext("gc") as () => void;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const result = safeParseFramework(input);
    collectGarbage();
    const kept = process.memoryUsage().heapUsed - before;
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues).toHaveLength(MAX_FRAMEWORK_ISSUES + 1);
    expect(issues[MAX_FRAMEWORK_ISSUES]).toMatchObject({
      code: "too_many_issues",
      omitted: count - MAX_FRAMEWORK_ISSUES,
    });
    // The answer keeps 1,001 issues; before the fix it kept one per entry, gigabytes, and Node ran out of memory.
    expect(kept).toBeLessThan(20_000_000);
  });
});
