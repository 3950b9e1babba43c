import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Framework } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { performanceReport, renderReportHtml, renderReportMarkdown } from "../../src/report/index.js";
import { example } from "../helpers/fixtures.js";

const FIRST = toDayNumber("0001-01-01");
const LAST = toDayNumber("9999-12-31");

const empty = (financialYearStart?: string): Framework => ({
  id: "fw",
  name: "Empty",
  ...(financialYearStart === undefined ? {} : { financialYearStart }),
  owners: [],
  plans: [],
  objectives: [],
  indicators: [],
  targets: [],
});

// Issue 19: on 9999-12-31 the default period ran to "10000-01-01" (quarter ends compared as strings),
// and on 0001-01-01 it began in year 0; either way reviewSchedule blamed an `options.from` the caller
// never gave.
describe("the report's default period at the ends of the calendar (issue 19)", () => {
  it("covers the last complete quarter on 9999-12-31, and the quarter so far on 0001-01-01", () => {
    const stockton = example("stockton");
    const last = performanceReport(stockton, { asOf: "9999-12-31", audience: "scrutiny" });
    expect(last.period).toEqual({
      from: "9999-10-01",
      to: "9999-12-31",
      text: "1 October 9999 to 31 December 9999",
      title: "Quarter 3 9999/00",
      kind: "quarter",
      quarter: 3,
      financialYear: "9999/00",
    });
    const first = performanceReport(stockton, { asOf: "0001-01-01" });
    // The quarter so far is no quarter: its title is its dates.
    expect(first.period).toEqual({
      from: "0001-01-01",
      to: "0001-01-01",
      text: "1 January 1 to 1 January 1",
      title: "1 January 1 to 1 January 1",
      kind: "custom",
      quarter: null,
      financialYear: null,
    });
    // Both render.
    expect(renderReportMarkdown(last)).toContain("1 October 9999 to 31 December 9999");
    expect(renderReportHtml(first)).toContain("1 January 1 to 1 January 1");
    // The first complete quarter inside the calendar, January to March of year 1 in an April year.
    expect(performanceReport(stockton, { asOf: "0001-04-01" }).period).toMatchObject({
      from: "0001-01-01",
      to: "0001-03-31",
    });
  });

  it("stays inside the calendar, ends on or before asOf and spans at most a quarter, for any asOf and year start", () => {
    const nearAnEnd = fc.oneof(
      fc.integer({ min: FIRST, max: FIRST + 800 }),
      fc.integer({ min: LAST - 800, max: LAST }),
      fc.integer({ min: FIRST, max: LAST }),
    );
    const yearStart = fc.constantFrom(undefined, "01-01", "02-01", "04-01", "07-01", "10-01", "12-01");
    fc.assert(
      fc.property(nearAnEnd, yearStart, (day, start) => {
        const asOf = fromDayNumber(day);
        const { from, to } = performanceReport(empty(start), { asOf }).period;
        expect(toDayNumber(from)).toBeGreaterThanOrEqual(FIRST);
        expect(from <= to && toDayNumber(to) <= day).toBe(true);
        expect(toDayNumber(to) - toDayNumber(from)).toBeLessThan(92);
        // The last quarter to end, so it ended within a quarter of asOf (or is year 1's quarter so far).
        expect(day - toDayNumber(to)).toBeLessThan(92);
      }),
      { numRuns: 500 },
    );
  });
});
