// Issue 21, as properties over generated frameworks and dates: scrutiny's version never asks
// scrutiny to agree a corrective action, asks at least one question of every exception, and the
// officers' annex always comes after the members' part; a review not yet due is never "not recorded".
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { performanceReport, renderReportMarkdown } from "../../src/report/index.js";
import { layoutOf } from "../../src/report/layout.js";
import { reportDateArbitrary, reportableFrameworkArbitrary } from "../arbitraries/report.js";

describe("scrutiny's version and the officers' annex (issue 21, properties)", () => {
  it("asks questions, never the executive's decision; the annex is last; a deadline to come is not yet due", () => {
    fc.assert(
      fc.property(reportableFrameworkArbitrary, reportDateArbitrary, (document, asOf) => {
        const framework = parseFramework(document);
        const report = performanceReport(framework, { asOf, audience: "scrutiny" });
        const scrutiny = report.scrutiny;
        expect(scrutiny).not.toBeNull();
        expect(scrutiny?.exceptions.map((row) => row.target)).toEqual(report.exceptions.map((row) => row.target));
        for (const row of scrutiny?.exceptions ?? []) {
          const exception = report.exceptions.find((candidate) => candidate.target === row.target);
          // An ended target whose outturn is in and achieved is the one exception with nothing to ask.
          if (exception?.outturn?.status !== "achieved") expect(row.questions.length).toBeGreaterThan(0);
          expect(exception?.decisionText).toBe(
            row.questions.length === 0
              ? "Nothing to ask: for information."
              : row.questions.map((question) => question.text).join(" "),
          );
        }
        for (const run of scrutiny?.redRuns ?? []) expect(run.figures).toBeGreaterThanOrEqual(2);
        const markdown = renderReportMarkdown(report);
        expect(markdown).not.toMatch(/agree a corrective action/iu);
        const parts = layoutOf(report).sections.map((section) => section.part ?? "members");
        expect(parts.indexOf("annex")).toBe(parts.length - 4);
        expect(parts.slice(-4)).toEqual(["annex", "annex", "annex", "annex"]);
        for (const review of report.reviews) {
          if (review.deadline > asOf) expect(review.state).toBe(review.done === null ? "not-yet-due" : "held");
          if (review.state !== "held") expect(review.done).toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });
});
