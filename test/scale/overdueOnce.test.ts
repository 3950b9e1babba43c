/**
 * A report works out the overdue reviews once: its annex lists them (`overdueReviews`) and its
 * findings report them (`review-overdue`, through `checkCascade`), both from the review engine's one
 * reading as of the report's date, kept with the index for that date (issue 24's house).
 *
 * In the scale project because it replaces a module (`vi.mock`), which needs a module graph of its
 * own: the unit project's files share one (`isolate: false`).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { coveredSubjects } from "../../src/review/cycleCovers.js";
import { dueOf } from "../../src/review/reviewsDue.js";
import { checkCascade, indexFramework, overdueReviews, performanceReport } from "../../src/index.js";
import { example } from "../helpers/fixtures.js";

vi.mock("../../src/review/reviewsDue.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/review/reviewsDue.js")>();
  return { ...original, dueOf: vi.fn(original.dueOf) };
});

const counted = vi.mocked(dueOf);

/** How many subject-and-cycle pairs one reading of the overdue reviews looks at. */
function pairs(framework: ReturnType<typeof example>): number {
  const index = indexFramework(framework);
  let count = 0;
  for (const cycle of index.reviewCycles.values()) count += coveredSubjects(index, cycle).length;
  return count;
}

describe("a report reads the overdue reviews once", () => {
  beforeEach(() => {
    counted.mockClear();
  });

  it.each(["stockton", "spelthorne"] as const)("%s: the annex and the findings share one reading", (name) => {
    const framework = example(name);
    const expected = pairs(framework);
    expect(expected).toBeGreaterThan(5);
    const report = performanceReport(framework, { asOf: "2002-06-15" });
    expect(report.overdueReviews.length).toBeGreaterThan(0);
    expect(report.findings.some((finding) => finding.ruleId === "review-overdue")).toBe(true);
    expect(counted).toHaveBeenCalledTimes(expected);
  });

  it("asked apart on one index, as of one date, the two read it once too; another date reads it again", () => {
    const index = indexFramework(example("stockton"));
    const expected = pairs(example("stockton"));
    overdueReviews(index, { asOf: "2002-06-15" });
    checkCascade(index, { asOf: "2002-06-15" });
    expect(counted).toHaveBeenCalledTimes(expected);
    overdueReviews(index, { asOf: "2002-07-15" });
    expect(counted).toHaveBeenCalledTimes(2 * expected);
  });
});
