import { describe, expect, it } from "vitest";
import { generateFramework } from "../../bench/generate.js";
import { type Framework, checkCascade } from "../../src/index.js";
import { baseFramework } from "../cascade/harness.js";
import { defined } from "../helpers/defined.js";

// The scale project runs once in CI, not once per time zone: these tests take seconds, and their
// results do not depend on the zone (the unit project checks that on small frameworks).
describe("checkCascade at national scale", () => {
  it("checks a generated framework of 1,000,000 objectives", () => {
    const report = checkCascade(generateFramework({ objectives: 1_000_000 }));
    expect(report.errorCount).toBe(0);
  }, 120_000);
});

// Moved from the unit project: building and checking 100,000 objectives twice takes seconds, and
// timed out the unit project's five seconds on a loaded machine.
describe("scale, without recursion", () => {
  it("checks a 100,000-deep chain without overflowing the stack, and finds the cut", () => {
    const depth = 100_000;
    const framework: Framework = {
      ...baseFramework(),
      objectives: [{ id: "o0", plan: "cp", title: "Top", owner: "lsp" }],
      targets: [],
    };
    for (let i = 1; i < depth; i += 1) {
      framework.objectives.push({
        id: `o${i}`,
        plan: "svc",
        title: `Step ${i}`,
        owner: "director",
        contributesTo: [{ objective: `o${i - 1}` }],
        actions: [{ title: "Act", owner: "director", due: "2001-12-31" }],
      });
    }
    const clean = checkCascade(framework, { rules: { "lateral-link": "off", "objective-without-measure": "off" } });
    expect(clean.errorCount).toBe(0);
    // Cut the chain at the top and close it into a loop at the bottom: every step is orphaned, one cycle found.
    framework.objectives[1] = { ...defined(framework.objectives[1]), contributesTo: [{ objective: `o${depth - 1}` }] };
    const broken = checkCascade(framework, { rules: { "lateral-link": "off", "objective-without-measure": "off" } });
    expect(broken.findings.filter((f) => f.ruleId === "orphan-objective")).toHaveLength(depth - 1);
    const cycles = broken.findings.filter((f) => f.ruleId === "contribution-cycle");
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.path).toHaveLength(depth);
  });
});
