import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ReviewsDue, builtInRules, checkCascade, indexFramework, reviewsDue } from "../../src/index.js";
import { addMonths, fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { coveredByAnyCycle, covers } from "../../src/review/cycleCovers.js";
import { countOnOrBefore } from "../../src/internal/sortedByDate.js";
import { dateArbitrary } from "../arbitraries/framework.js";
import { scaleFramework, targets } from "./growth.js";

/**
 * Issue 8, item 12: the searches that replaced filters give the filters' answers. Each law
 * compares the indexed search with the plain filter it replaced, on crafted dates that often tie.
 */

/** Dates from a small pool, so ties with the baseline and asOf are common. */
const nearDate = fc.constantFrom("2001-01-31", "2001-03-31", "2001-04-01", "2001-06-30", "2001-07-01", "2002-01-01");
const someDate = fc.oneof(nearDate, dateArbitrary);

describe("the searches give the filters' answers", () => {
  it("countOnOrBefore counts the sorted dates on or before a date", () => {
    fc.assert(
      fc.property(fc.array(someDate, { maxLength: 12 }), someDate, (dates, date) => {
        const sorted = [...dates].sort().map((d) => ({ date: d }));
        expect(countOnOrBefore(sorted, date)).toBe(dates.filter((d) => d <= date).length);
      }),
    );
  });

  it("`unmeasured` reports exactly the targets with no measurement after the baseline and on or before asOf", () => {
    fc.assert(
      fc.property(
        fc.array(someDate, { minLength: 1, maxLength: 5 }),
        fc.array(someDate, { maxLength: 8 }),
        someDate,
        (baselines, dates, asOf) => {
          const framework = scaleFramework({
            targets: baselines.map((date, i) => ({
              id: `t${String(i)}`,
              objective: "o",
              indicator: "pi",
              baseline: { date, value: "1" },
              goal: { date: "2009-12-31", value: "2" },
            })),
            measurements: dates.map((date) => ({ indicator: "pi", date, value: "1" })),
          });
          const rules = Object.fromEntries(
            builtInRules.map((rule) => [rule.id, rule.id === "unmeasured" ? "error" : "off"] as const),
          );
          const found = checkCascade(framework, { asOf, rules }).findings.map((finding) => finding.subject.id);
          // A monthly period ends a calendar month after the baseline (a period ending on a month end
          // keeps to month ends: 30 September to 31 October); its figure is due the default six weeks
          // (42 days) after that, and is missing from the day after.
          const nextDay = (date: string): string => fromDayNumber(toDayNumber(date) + 1);
          const dueBy = (baseline: string): boolean => {
            let end = addMonths(baseline, 1);
            if (end === undefined) return false;
            if (nextDay(baseline).endsWith("-01")) while (!nextDay(end).endsWith("-01")) end = nextDay(end);
            return fromDayNumber(toDayNumber(end) + 42) < asOf;
          };
          const expected = baselines
            .map((baseline, i) => ({ baseline, id: `t${String(i)}` }))
            .filter(({ baseline }) => dueBy(baseline) && !dates.some((date) => date > baseline && date <= asOf))
            .map(({ id }) => id);
          expect(found).toEqual(expected);
        },
      ),
    );
  });

  it("each cycle's last review of a subject is the latest of that cycle's reviews on or before asOf", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ cycle: fc.constantFrom("ra", "rb", "rc"), subject: fc.constantFrom("o", "p"), date: someDate }),
          {
            maxLength: 12,
          },
        ),
        someDate,
        (reviews, asOf) => {
          const framework = scaleFramework({
            objectives: [
              { id: "o", plan: "cp", title: "O" },
              { id: "p", plan: "cp", title: "P" },
            ],
            reviewCycles: ["ra", "rb", "rc"].map((id) => ({
              id,
              name: id,
              frequency: "quarterly" as const,
              appliesTo: { kind: "objective" as const },
            })),
            reviews,
          });
          const index = indexFramework(framework);
          for (const cycle of ["ra", "rb", "rc"]) {
            for (const subject of ["o", "p"]) {
              const due: ReviewsDue = reviewsDue(index, cycle, { kind: "objective", id: subject }, { asOf });
              const onOrBefore = reviews
                .filter((review) => review.cycle === cycle && review.subject === subject && review.date <= asOf)
                .map((review) => review.date)
                .sort();
              expect(due.lastReviewed).toBe(onOrBefore.at(-1) ?? null);
            }
          }
        },
      ),
    );
  });

  it("a subject is covered by some cycle exactly when `covers` says so of one of the cycles", () => {
    const scope = fc.record(
      {
        kind: fc.constantFrom("plan" as const, "objective" as const, "target" as const, "owner" as const),
        level: fc.constantFrom("community" as const, "service" as const),
        ids: fc.array(fc.constantFrom("cp", "o", "t0", "x", "owner"), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(scope, { maxLength: 4 }), (scopes) => {
        const index = indexFramework(
          scaleFramework({
            owners: [{ id: "owner", name: "Owner", kind: "individual" }],
            targets: targets(1),
            reviewCycles: scopes.map((appliesTo, i) => ({
              id: `rc${String(i)}`,
              name: "Cycle",
              frequency: "quarterly" as const,
              appliesTo,
            })),
          }),
        );
        for (const kind of ["plan", "objective", "target", "owner"] as const) {
          const covered = coveredByAnyCycle(index, kind);
          for (const id of ["cp", "o", "t0", "x", "owner"]) {
            const expected = [...index.reviewCycles.values()].some((cycle) => covers(index, cycle, kind, id));
            expect(covered(id)).toBe(expected);
          }
        }
      }),
    );
  });
});
