import { describe, expect, it } from "vitest";
import { indexFramework } from "../../src/index.js";
import { REPORT_CHAIN_STEPS, performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { corporateObjectivesOverSharedService, deepCascade } from "../../bench/shapes.js";

// Issue 19: the report held every exception's whole first chain (a cascade 2,800 deep, red at every
// level, held 3.9 million steps; the command-line report of an 8,000-deep file died of heap
// exhaustion) and walked a shared subtree once for each of an aim's objectives.
describe("the performance report at depth and with shared subtrees", () => {
  it("reports a cascade 8,000 deep, red at every level, holding at most ten steps an exception", () => {
    const depth = 8_000;
    const report = performanceReport(indexFramework(deepCascade(depth, true)), { asOf: "2002-03-31" });
    expect(report.exceptions.length).toBe(depth);
    const held = report.exceptions.reduce((sum, row) => sum + (row.chain?.steps.length ?? 0), 0);
    expect(held).toBeLessThanOrEqual(depth * REPORT_CHAIN_STEPS);
    const bottom = report.exceptions.find((row) => row.target === `t-o-${String(depth - 1)}`);
    expect([bottom?.chain?.length, bottom?.chain?.omitted, bottom?.chain?.steps.at(-1)?.subject.id]).toEqual([
      depth + 2,
      depth + 2 - REPORT_CHAIN_STEPS,
      "top",
    ]);
    // Plain JSON of bounded size: a few kilobytes an exception (whole chains made it gigabytes); issue
    // 21 added a fixed set of comparisons and words to every row (about 5.7 kB an exception here).
    expect(JSON.stringify(report).length).toBeLessThan(depth * 6_000);
    expect(renderReportMarkdown(report).length).toBeLessThan(depth * 3_000);
  });

  it("walks the subtree 16,000 corporate objectives share once: each target counted once beneath the aim", () => {
    const n = 16_000;
    const framework = corporateObjectivesOverSharedService(n, true);
    const improving = {
      ...framework,
      measurements: [...(framework.measurements ?? []), { indicator: "pi-green", date: "2001-12-31", value: "70" }],
    };
    const report = performanceReport(indexFramework(improving), { asOf: "2002-03-31" });
    const [aim] = report.aims;
    expect(aim?.objectives.length).toBe(n);
    expect(aim?.direction.improving).toBe(n);
    expect(aim?.objectives.reduce((sum, objective) => sum + objective.direction.improving, 0)).toBe(n);
  });
});
