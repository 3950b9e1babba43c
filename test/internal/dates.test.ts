import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type MisuseError,
  addMonths,
  dayOf,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  isMonthDay,
  isMonthEnd,
  monthEnd,
  scheduleDates,
  toDayNumber,
} from "../../src/internal/dates.js";

describe("calendar dates", () => {
  it("knows the Gregorian leap years", () => {
    expect([1900, 2000, 2001, 2004, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1, 3, 4, 6, 9, 11, 12].map((month) => daysInMonth(2001, month))).toEqual([31, 31, 30, 30, 30, 30, 31]);
  });

  it.each([
    ["2001-04-01", true],
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2023-02-29", false],
    ["2023-02-30", false],
    ["2001-04-31", false],
    ["2001-13-01", false],
    ["2001-00-10", false],
    ["2001-01-00", false],
    ["0000-01-01", false],
    ["0001-01-01", true],
    ["9999-12-31", true],
    ["2001-4-1", false],
    ["20010401", false],
    ["2001-04-01T00:00", false],
    [" 2001-04-01", false],
    ["", false],
  ])("isCalendarDate(%j) is %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ["04-01", true],
    ["01-01", true],
    ["12-31", true],
    ["02-28", true],
    ["02-29", false],
    ["04-31", false],
    ["13-01", false],
    ["4-1", false],
  ])("isMonthDay(%j) is %s", (value, expected) => {
    expect(isMonthDay(value)).toBe(expected);
  });

  it("numbers days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2001-04-01")).toBe(11413);
    expect(toDayNumber("2002-03-31") - toDayNumber("2001-04-01")).toBe(364);
    expect(toDayNumber("2004-03-31") - toDayNumber("2003-04-01")).toBe(365);
    expect(fromDayNumber(11413)).toBe("2001-04-01");
    expect(fromDayNumber(toDayNumber("0001-01-01"))).toBe("0001-01-01");
  });

  it("adds months clamped to month ends; past 9999-12-31 is out of range, and day numbers still read five-digit years", () => {
    expect(addMonths("2001-01-31", 1)).toBe("2001-02-28");
    expect(addMonths("2004-01-31", 1)).toBe("2004-02-29");
    expect(addMonths("2001-03-31", -1)).toBe("2001-02-28");
    expect(addMonths("2001-06-30", -18)).toBe("1999-12-30");
    expect(addMonths("9999-12-31", 1)).toBeUndefined();
    expect(toDayNumber("10000-01-31") - toDayNumber("9999-12-31")).toBe(31);
    expect(fromDayNumber(toDayNumber("10000-01-31"))).toBe("10000-01-31");
  });

  it("adding months agrees with Date.UTC's month arithmetic where no clamping is needed (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -240, max: 240 }),
        (year, month, day, months) => {
          const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(addMonths(date, months)).toBe(
            new Date(Date.UTC(year, month - 1 + months, day)).toISOString().slice(0, 10),
          );
        },
      ),
    );
  });

  it("agrees with Date.UTC on every day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("0100-01-01"), max: toDayNumber("9999-12-31") }), (day) => {
        const date = fromDayNumber(day);
        expect(isCalendarDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
        expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });

  it("accepts exactly the dates Date.UTC round-trips (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const roundTrips =
            month >= 1 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === text;
          expect(isCalendarDate(text)).toBe(roundTrips);
        },
      ),
    );
  });
});

class MisuseForTest extends Error {}
const misuse: MisuseError = (message) => new MisuseForTest(message);

describe("dates a caller gives", () => {
  it("dayOf numbers a calendar date and reports anything else through the caller's error", () => {
    expect(dayOf("1970-01-02", "asOf", misuse)).toBe(1);
    expect(() => dayOf("2001-02-29", "asOf", misuse)).toThrow(MisuseForTest);
    expect(() => dayOf("31/03/2002", "the schedule's from", misuse)).toThrow(
      'the schedule\'s from "31/03/2002" is not a calendar date written YYYY-MM-DD',
    );
    expect(() => dayOf(20010331 as unknown as string, "date", misuse)).toThrow("date 20010331 is not a calendar date");
  });
});

describe("month ends", () => {
  it("knows a month's last day, leap years included", () => {
    expect(
      ["2001-01-31", "2001-02-28", "2000-02-29", "2001-04-30", "2001-04-29", "2000-02-28"].map(isMonthEnd),
    ).toEqual([true, true, true, true, false, false]);
    expect(["2001-02-01", "2004-02-10", "2001-06-15", "2001-12-31"].map(monthEnd)).toEqual([
      "2001-02-28",
      "2004-02-29",
      "2001-06-30",
      "2001-12-31",
    ]);
  });
});

describe("scheduleDates", () => {
  it("keeps to month ends from a month end, and clamps otherwise", () => {
    expect(scheduleDates("2001-06-30", "2002-03-31", 3, 100, misuse)).toEqual([
      "2001-06-30",
      "2001-09-30",
      "2001-12-31",
      "2002-03-31",
    ]);
    expect(scheduleDates("2001-01-30", "2001-04-30", 1, 100, misuse)).toEqual([
      "2001-01-30",
      "2001-02-28",
      "2001-03-30",
      "2001-04-30",
    ]);
    expect(scheduleDates("2001-01-01", "2001-01-01", 12, 100, misuse)).toEqual(["2001-01-01"]);
  });

  it("reports misuse through the caller's error: bad dates, an end before the start, too many dates", () => {
    expect(() => scheduleDates("2001-13-01", "2002-01-01", 1, 100, misuse)).toThrow(
      /the schedule's from "2001-13-01" is not a calendar date/,
    );
    expect(() => scheduleDates("2001-01-01", "", 1, 100, misuse)).toThrow(/the schedule's to "" is not/);
    expect(() => scheduleDates("2002-01-01", "2001-01-01", 1, 100, misuse)).toThrow(
      "the schedule ends (2001-01-01) before it starts (2002-01-01)",
    );
    expect(() => scheduleDates("2001-01-01", "2002-01-01", 1, 12, misuse)).toThrow(
      new MisuseForTest("the schedule has more than 12 dates"),
    );
    expect(scheduleDates("2001-01-01", "2002-01-01", 1, 13, misuse)).toHaveLength(13);
  });

  it("runs from `from` to no later than `to`, rising by the step, the next date past `to` (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("1990-01-01"), max: toDayNumber("2030-12-31") }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 24 }),
        (fromDay, length, step) => {
          const from = fromDayNumber(fromDay);
          const to = fromDayNumber(fromDay + length);
          const dates = scheduleDates(from, to, step, 10_000, misuse);
          expect(dates[0]).toBe(from);
          const days = dates.map(toDayNumber);
          for (let i = 1; i < days.length; i += 1) expect(days[i]).toBeGreaterThan(days[i - 1] as number);
          expect(days[days.length - 1]).toBeLessThanOrEqual(fromDay + length);
          const after = addMonths(from, step * dates.length) ?? "";
          expect(isCalendarDate(after)).toBe(true);
          expect(toDayNumber(isMonthEnd(from) ? monthEnd(after) : after)).toBeGreaterThan(fromDay + length);
          if (isMonthEnd(from)) for (const date of dates) expect(isMonthEnd(date)).toBe(true);
        },
      ),
    );
  });
});
