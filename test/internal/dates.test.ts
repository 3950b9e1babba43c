import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  isMonthDay,
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

  it("adds months clamped to month ends, and reads years past 9999 that arithmetic produces", () => {
    expect(addMonths("2001-01-31", 1)).toBe("2001-02-28");
    expect(addMonths("2004-01-31", 1)).toBe("2004-02-29");
    expect(addMonths("2001-03-31", -1)).toBe("2001-02-28");
    expect(addMonths("2001-06-30", -18)).toBe("1999-12-30");
    expect(addMonths("9999-12-31", 1)).toBe("10000-01-31");
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
