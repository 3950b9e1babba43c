import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Framework, type Measurement, type Review, checkCascade } from "../../../src/index.js";
import {
  BASE_AS_OF,
  baseFramework,
  patched,
  type Patch,
  type RuleCases,
  expectedFindings,
  ruleFindings,
  wellWorded,
} from "../harness.js";
import { runs } from "../../helpers/runs.js";

/** A quarterly review of the base framework's quarterly cost target t-top-short (baseline 2001-03-31, goal 2002-03-31). */
function reviewed(...dates: string[]): Review[] {
  return dates.map((date) => ({ cycle: "rc-targets", subject: "t-top-short", date }));
}

/** Quarterly cost figures (pi-cost), on the given period ends. */
function costs(...dates: string[]): Measurement[] {
  return dates.map((date) => ({ indicator: "pi-cost", date, value: "98" }));
}

/**
 * The base framework with reviews and figures added. The cost indicator's reporting lag is 0 unless a
 * case sets one, so the hand-worked due dates are the period ends (the default quarterly lag is 42 days).
 */
function withReviews(reviews: Review[], measurements: Measurement[] = [], extra: Patch = {}): Framework {
  return patched({ indicators: { "pi-cost": { lagDays: 0 } }, ...extra, add: { reviews, measurements } });
}

/** The date the cases are checked as of, unless they say otherwise: after every review they record. */
const AS_OF = "2002-12-31";

const cases: RuleCases = {
  valid: [
    { name: "the base framework (no review recorded)", framework: baseFramework(), asOf: BASE_AS_OF },
    {
      name: "reviewed on the day the second missing quarter's figure is due: one period overdue, the next not yet",
      // Baseline 31 March: June's quarter was due by 30 June, September's by 30 September (no lag).
      framework: withReviews(reviewed("2001-09-30")),
      asOf: AS_OF,
    },
    {
      name: "one quarter's figure late at the review: awaited, not missing for more than a period",
      framework: withReviews(reviewed("2001-10-15"), costs("2001-06-30")),
      asOf: AS_OF,
    },
    {
      name: "a reporting lag moves both due dates: six weeks after 30 September is 11 November",
      framework: withReviews(reviewed("2001-10-15"), [], { indicators: { "pi-cost": { lagDays: 42 } } }),
      asOf: AS_OF,
    },
    {
      name: "periods after the target's goal date are not expected of it",
      // Goal 31 March 2002: after December's figure only March's quarter is expected, however late the review.
      framework: withReviews(reviewed("2002-07-15"), costs("2001-06-30", "2001-09-30", "2001-12-31")),
      asOf: AS_OF,
    },
    {
      name: "without asOf the rule does not run",
      framework: withReviews(reviewed("2001-10-15")),
    },
    {
      name: "a review dated after asOf is not judged",
      framework: withReviews(reviewed("2001-10-15")),
      asOf: "2001-10-01",
    },
    {
      name: "a review of another kind of subject (the plan cycle) is not a report on the target's data",
      framework: withReviews([{ cycle: "rc-plans", subject: "svc", date: "2002-03-01" }]),
      asOf: AS_OF,
    },
  ],
  invalid: [
    {
      name: "reviewed with no figure since the baseline, two quarters overdue",
      framework: withReviews(reviewed("2001-07-31", "2001-10-15")),
      asOf: AS_OF,
      findings: [
        {
          severity: "warning",
          messageId: "never",
          subject: { kind: "target", id: "t-top-short" },
          related: [
            { kind: "indicator", id: "pi-cost" },
            { kind: "review", id: "rc-targets:t-top-short@2001-10-15" },
          ],
          data: { reviews: 1, firstReviewed: "2001-10-15", reviewed: "2001-10-15" },
          message:
            'Target "t-top-short" was reviewed on 2001-10-15 while no figure of "pi-cost" had been recorded since its baseline on 2001-03-31: the quarterly figure for the period to 2001-06-30 was due by 2001-06-30 and the next by 2001-09-30. Record the figures before progress is reported on them.',
        },
      ],
    },
    {
      name: "figures stop after June; the January and February reviews report on none (one finding, both counted)",
      framework: withReviews(reviewed("2001-07-31", "2001-10-31", "2002-01-31", "2002-02-15"), costs("2001-06-30")),
      asOf: AS_OF,
      findings: [
        {
          messageId: "stale",
          subject: { kind: "target", id: "t-top-short" },
          data: { reviews: 2, firstReviewed: "2002-01-31", reviewed: "2002-02-15", latest: "2001-06-30" },
          message:
            'Target "t-top-short" was reviewed on 2002-02-15 while no figure of "pi-cost" had been recorded after the one for 2001-06-30: the quarterly figure for the period to 2001-09-30 was due by 2001-09-30 and the next by 2001-12-31. Record the figures before progress is reported on them.',
        },
      ],
    },
    {
      name: "with a six-week lag, the day after the second figure's due date",
      framework: withReviews(reviewed("2001-11-12"), [], { indicators: { "pi-cost": { lagDays: 42 } } }),
      asOf: AS_OF,
      findings: [
        {
          messageId: "never",
          data: { periodEnd: "2001-06-30", due: "2001-08-11", nextDue: "2001-11-11", reviewed: "2001-11-12" },
        },
      ],
    },
    {
      name: "a figure recorded after the review does not excuse it",
      framework: withReviews(reviewed("2002-01-15"), costs("2001-06-30", "2002-01-20")),
      asOf: AS_OF,
      findings: [{ messageId: "stale", data: { latest: "2001-06-30", reviewed: "2002-01-15" } }],
    },
  ],
};

describe("rule review-without-data", () => {
  it.each(cases.valid)("valid: $name", (c) => {
    expect(ruleFindings("review-without-data", c)).toEqual([]);
  });

  it.each(cases.invalid)("invalid: $name", (c) => {
    const found = ruleFindings("review-without-data", c);
    expect(found).toMatchObject(expectedFindings("review-without-data", c));
    expect(wellWorded(found)).toBe(true);
  });
});

describe("rule review-without-data on Stockton (issue 20)", () => {
  const stockton = JSON.parse(
    readFileSync(new URL("../../../examples/frameworks/stockton.json", import.meta.url), "utf8"),
  ) as Framework;
  const found = (asOf: string) =>
    checkCascade(stockton, { asOf }).findings.filter((finding) => finding.ruleId === "review-without-data");

  it("flags nothing on 1 October 2001: the July reports had June's figures", () => {
    expect(found("2001-10-01")).toEqual([]);
  });

  it("flags the January 2002 reports made with no figure after June 2001", () => {
    const byTarget = new Map(found("2002-04-15").map((finding) => [finding.subject.id, finding.data]));
    // Monthly re-lets: after June, July's figure was due by 31 July and August's by 31 August, so the
    // October report was already without data; the January one too (two reviews).
    expect(byTarget.get("t-relet-28-days")).toMatchObject({
      latest: "2001-06-30",
      periodEnd: "2001-07-31",
      firstReviewed: "2001-10-31",
      reviewed: "2002-01-31",
      reviews: 2,
    });
    // Quarterly homeless offers: with the default quarterly lag of 42 days, September's quarter was due
    // by 11 November and December's by 11 February 2002, so at the 31 January report only one quarter
    // was missing: awaited, not reported without data.
    expect(byTarget.has("t-homeless-offers")).toBe(false);
    expect([...byTarget.keys()].sort()).toEqual(["t-relet-28-days", "t-unemployment", "t-zone-cleanliness"]);
  });
});

/** Quarter ends from June 2001, the periods of the base framework's quarterly cost indicator (baseline 31 March 2001). */
const QUARTER_ENDS = ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31", "2002-06-30", "2002-09-30", "2002-12-31"];

/** `date` plus `days`, by the UTC calendar: an oracle apart from the library's day numbers. */
function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe("rule review-without-data (property)", () => {
  it("flags a review exactly when the two quarters after its latest figure were both overdue and within the target", () => {
    const reviewDay = fc.integer({ min: 0, max: 640 }).map((days) => plusDays("2001-04-01", days));
    fc.assert(
      fc.property(
        fc.subarray(QUARTER_ENDS),
        fc.uniqueArray(reviewDay, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 60 }),
        (figures, reviewDates, lag) => {
          const framework = withReviews(
            reviewed(...reviewDates),
            costs(...figures),
            lag === 0 ? {} : { indicators: { "pi-cost": { lagDays: lag } } },
          );
          // The oracle: the latest figure on or before each review (else the baseline), the next two
          // quarter ends after it, each due `lag` days later; periods after the goal (31 March 2002) not expected.
          // Reviews after asOf (31 December 2002) are not judged.
          const flagged = [...reviewDates].sort().filter((date) => {
            if (date > "2002-12-31") return false;
            const latest = figures.filter((figure) => figure <= date).at(-1) ?? "2001-03-31";
            const next = QUARTER_ENDS.filter((end) => end > latest);
            const [first, second] = [next[0], next[1]];
            if (first === undefined || second === undefined || second > "2002-03-31") return false;
            return plusDays(first, lag) < date && plusDays(second, lag) < date;
          });
          const found = ruleFindings("review-without-data", { name: "generated", framework, asOf: "2002-12-31" });
          if (flagged.length === 0) expect(found).toEqual([]);
          else
            expect(found).toMatchObject([
              {
                subject: { kind: "target", id: "t-top-short" },
                data: { reviews: flagged.length, firstReviewed: flagged[0], reviewed: flagged.at(-1) },
              },
            ]);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
