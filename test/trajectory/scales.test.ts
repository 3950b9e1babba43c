import { describe, expect, it } from "vitest";
import { TrajectoryError, defineScale } from "../../src/index.js";
import { STATUS_ORDER, countStatuses, emptyStatusCounts, statusCountsOf } from "../../src/trajectory/scales.js";

describe("status counts", () => {
  it("are keyed and ordered by the one list of statuses, each status at its code", () => {
    expect(Object.keys(emptyStatusCounts())).toEqual(STATUS_ORDER);
    const byCode = STATUS_ORDER.map((_, code) => code + 1);
    expect(Object.values(statusCountsOf(byCode))).toEqual(byCode);
  });

  it("start at zero for every status, and count each item once", () => {
    expect(emptyStatusCounts()).toEqual({
      blue: 0,
      green: 0,
      "amber-green": 0,
      amber: 0,
      "amber-red": 0,
      red: 0,
      "no-data": 0,
      "not-started": 0,
      "awaiting-data": 0,
    });
    const first = emptyStatusCounts();
    first.red += 1;
    expect(emptyStatusCounts().red).toBe(0);
    expect(countStatuses([{ status: "red" }, { status: "green" }, { status: "red" }])).toMatchObject({
      red: 2,
      green: 1,
      amber: 0,
    });
  });
});

describe("defineScale thresholds", () => {
  it("are non-negative decimal strings: a negative zero or an exponent is refused", () => {
    for (const upTo of ["-0", "-0.5", "1e1", "+1", ".5", "1."]) {
      expect(() =>
        defineScale({
          id: "x",
          bands: [
            { status: "green", upTo: upTo === "-0" ? upTo : "0" },
            { status: "amber", upTo: upTo === "-0" ? "1" : upTo },
          ],
          beyond: "red",
        }),
      ).toThrow(new TrajectoryError(`scale "x": thresholds must be decimal strings that rise; "${upTo}" does not`));
    }
    expect(
      defineScale({
        id: "x",
        bands: [
          { status: "green", upTo: "0" },
          { status: "amber", upTo: "0.25" },
        ],
        beyond: "red",
      }).bands.map((band) => band.upTo),
    ).toEqual(["0", "0.25"]);
  });
});
