/**
 * The /testing entry: every arbitrary gives what it promises, each broken framework raises the
 * finding it carries, the calendar helpers agree with date-fns, and misuse throws TestingError.
 */
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, format, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PerformanceManagementError,
  ReviewCycle,
  Target,
  assess,
  checkCascade,
  expectedValue,
  parseFramework,
} from "../../src/index.js";
import {
  BROKEN_RULES,
  TestingError,
  addCalendarMonths,
  addDays,
  brokenFrameworkArbitrary,
  calendarDateArbitrary,
  cascadeArbitrary,
  daysBetween,
  decimalStringArbitrary,
  endOfMonth,
  financialYearStartOf,
  measurementSeriesArbitrary,
  responsesArbitrary,
  reviewCycleArbitrary,
  targetArbitrary,
} from "../../src/testing/index.js";
import { inUtc } from "../helpers/inUtc.js";
import { runs } from "../helpers/runs.js";

const iso = (date: Date): string => format(date, "yyyy-MM-dd");

describe("the testing arbitraries", () => {
  it("calendar dates are real dates within the range", () => {
    fc.assert(
      fc.property(calendarDateArbitrary({ from: "2000-02-28", to: "2000-03-01" }), (date) => {
        expect(["2000-02-28", "2000-02-29", "2000-03-01"]).toContain(date);
      }),
    );
  });

  it("decimal strings are plain, in range, with at most the places asked", () => {
    fc.assert(
      fc.property(decimalStringArbitrary({ min: -5, max: 5, maxPlaces: 3 }), (value) => {
        expect(value).toMatch(/^-?\d+(\.\d{1,3})?$/);
        expect(value).not.toMatch(/\.\d*0$|^-0$|^-?0\d/);
        expect(Math.abs(Number(value))).toBeLessThanOrEqual(5);
      }),
      { numRuns: runs(300) },
    );
  });

  it("targets parse and pass exactly through their baseline and goal", () => {
    fc.assert(
      fc.property(targetArbitrary({ from: "2001-01-01", to: "2006-12-31" }), (target) => {
        expect(Target.safeParse(target).success).toBe(true);
        expect(expectedValue(target, target.baseline.date)).toBe(expectedValue(target, target.baseline.date));
        if ("value" in target.goal) expect(expectedValue(target, target.goal.date)).toBe(target.goal.value);
        expect(target.baseline.date < target.goal.date).toBe(true);
        expect(target.goal.date <= "2006-12-31" && target.baseline.date >= "2001-01-01").toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it("measurement series fall on period ends in order, each within range", () => {
    fc.assert(
      fc.property(
        measurementSeriesArbitrary({
          indicator: "pi-x",
          from: "2001-04-30",
          to: "2002-03-31",
          frequency: "monthly",
          min: 10,
          max: 20,
        }),
        (series) => {
          const dates = series.map((m) => m.date);
          expect([...dates].sort()).toEqual(dates);
          expect(new Set(dates).size).toBe(dates.length);
          for (const m of series) {
            expect(m.indicator).toBe("pi-x");
            expect(endOfMonth(m.date)).toBe(m.date);
            expect(Number(m.value)).toBeGreaterThanOrEqual(10);
            expect(Number(m.value)).toBeLessThanOrEqual(20);
          }
        },
      ),
    );
    const [full] = fc.sample(measurementSeriesArbitrary({ gaps: false }), { numRuns: 1, seed: 1 });
    expect(full).toHaveLength(12);
  });

  it("cascades parse, have the size asked and raise no error", () => {
    fc.assert(
      fc.property(cascadeArbitrary({ minObjectives: 2, maxObjectives: 6 }), (framework) => {
        parseFramework(framework);
        expect(framework.objectives.length).toBeGreaterThanOrEqual(3);
        expect(framework.objectives.length).toBeLessThanOrEqual(7);
        expect(checkCascade(framework).errorCount).toBe(0);
      }),
      { numRuns: runs(100) },
    );
  });

  it("each broken framework raises the finding it carries, for every rule", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(brokenFrameworkArbitrary(), ({ framework, rule, subject }) => {
        seen.add(rule);
        const findings = checkCascade(framework).findings;
        expect(
          findings.some((f) => f.ruleId === rule && f.subject.id === subject.id && f.subject.kind === subject.kind),
        ).toBe(true);
      }),
      { numRuns: runs(300) },
    );
    expect([...seen].sort()).toEqual([...BROKEN_RULES].sort());
  });

  it("review cycles parse", () => {
    fc.assert(
      fc.property(reviewCycleArbitrary({ id: "rc-1" }), (cycle) => {
        expect(ReviewCycle.safeParse(cycle).success).toBe(true);
      }),
    );
  });

  it("responses are accepted by assess, one per characteristic at most", () => {
    fc.assert(
      fc.property(responsesArbitrary(), (responses) => {
        expect(new Set(responses.map((r) => r.characteristic)).size).toBe(responses.length);
        expect(assess(responses).areas.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(50) },
    );
  });

  it("refuse options they cannot honour with TestingError", () => {
    for (const make of [
      () => calendarDateArbitrary({ from: "2001-02-30" }),
      () => calendarDateArbitrary({ from: "2002-01-01", to: "2001-01-01" }),
      () => decimalStringArbitrary({ min: 2, max: 1 }),
      () => decimalStringArbitrary({ maxPlaces: 21 }),
      () => targetArbitrary({ from: "2001-01-01", to: "2001-01-01" }),
      () => measurementSeriesArbitrary({ frequency: "weekly" as never }),
      () => cascadeArbitrary({ minObjectives: 5, maxObjectives: 2 }),
      () => brokenFrameworkArbitrary(["no-such-rule" as never]),
      () => calendarDateArbitrary(null as never),
      () => targetArbitrary("t" as never),
      () => cascadeArbitrary([] as never),
      () => measurementSeriesArbitrary(null as never),
      () => reviewCycleArbitrary(42 as never),
      () => responsesArbitrary(null as never),
      () => responsesArbitrary({} as never),
    ]) {
      expect(make).toThrow(TestingError);
      expect(make).toThrow(PerformanceManagementError);
    }
  });
});

describe("the testing calendar", () => {
  const day = calendarDateArbitrary({ from: "1900-01-01", to: "2100-12-31" });

  it("addDays and daysBetween agree with date-fns", () => {
    // date-fns works in local time: the oracle runs in UTC (Kiritimati has no 31 December 1994).
    inUtc(() => {
      fc.assert(
        fc.property(day, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
          const moved = addDays(date, days);
          expect(moved).toBe(iso(fnsAddDays(parseISO(date), days)));
          expect(daysBetween(date, moved)).toBe(days);
          expect(daysBetween(date, moved)).toBe(differenceInCalendarDays(parseISO(moved), parseISO(date)));
        }),
        { numRuns: runs(500) },
      );
    });
  });

  it("addCalendarMonths agrees with date-fns, month ends clamped", () => {
    // date-fns works in local time: the oracle runs in UTC (Kiritimati has no 31 December 1994).
    inUtc(() => {
      fc.assert(
        fc.property(day, fc.integer({ min: -240, max: 240 }), (date, months) => {
          expect(addCalendarMonths(date, months)).toBe(iso(fnsAddMonths(parseISO(date), months)));
        }),
        { numRuns: runs(500) },
      );
    });
  });

  it("financialYearStartOf is on or before the date and within a year of it", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("04-01", "01-01", "07-01"), (date, start) => {
        const first = financialYearStartOf(date, start);
        expect(first.slice(5)).toBe(start);
        expect(daysBetween(first, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(first, date)).toBeLessThan(366);
      }),
      { numRuns: runs(300) },
    );
    expect(financialYearStartOf("2002-03-31")).toBe("2001-04-01");
  });

  it("keeps days a time zone skipped: the library's calendar, not the machine's", () => {
    expect(addDays("1994-12-30", 1)).toBe("1994-12-31");
    expect(addCalendarMonths("1994-12-31", 0)).toBe("1994-12-31");
    expect(daysBetween("2011-12-29", "2011-12-31")).toBe(2);
  });

  it("refuses what is not a date or a whole count with TestingError", () => {
    expect(() => addDays("2001-02-30", 1)).toThrow(/"2001-02-30" is not a calendar date/);
    expect(() => addDays("2001-01-01", 1.5)).toThrow(/days must be a whole number; got 1.5/);
    expect(() => addDays("9999-12-31", 1)).toThrow(/outside the calendar/);
    expect(() => addCalendarMonths("0001-01-31", -1)).toThrow(TestingError);
    expect(() => daysBetween("2001-01-01", "01/02/2001")).toThrow(TestingError);
    expect(() => endOfMonth("2001-13-01")).toThrow(TestingError);
    expect(() => financialYearStartOf("2001-05-01", "02-29")).toThrow(/yearStart "02-29"/);
    expect(() => financialYearStartOf("2001-05-01", "13-01")).toThrow(/yearStart "13-01" must be a day of the year/);
    expect(() => financialYearStartOf("0001-01-01")).toThrow(/starts before the calendar/);
  });
});
