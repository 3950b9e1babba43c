import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import {
  type Framework,
  type Target,
  evaluateTarget,
  expectedBand,
  expectedValue,
  indexFramework,
  safeParseFramework,
  statusHistory,
  trajectory,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";

const REASON = "Mid-year review: the repairs contract changed hands";

/** Stockton's re-lets, 100% in force all year, revised on 1 October 2001 to 90% for the rest of the year. */
const relets: Target = deepFreeze({
  id: "t-relet",
  objective: "o",
  indicator: "pi-relet",
  baseline: { date: "2001-03-31", value: "70" },
  goal: { date: "2002-03-31", value: "100" },
  trajectory: "period-target",
  revisions: [{ date: "2001-10-01", goal: { date: "2002-03-31", value: "90" }, reason: REASON }],
});

function framework(target: Target, measurements: { date: string; value: string }[]): Framework {
  return deepFreeze({
    id: "fw",
    name: "Revisions",
    owners: [],
    plans: [],
    objectives: [],
    indicators: [
      {
        id: "pi-relet",
        title: "Re-lets",
        unit: "%",
        polarity: "higher-is-better",
        measure: "output",
        frequency: "monthly",
      },
    ],
    targets: [target],
    measurements: measurements.map((m) => ({ indicator: "pi-relet", ...m })),
  });
}

describe("target revisions: the goal in force on the measurement's date", () => {
  it("judges 79 on 30 September against the original 100 (red, 21 short) and says no revision was used", () => {
    const e = evaluateTarget(framework(relets, [{ date: "2001-09-30", value: "79" }]), "t-relet", {
      asOf: "2001-10-15",
    });
    expect([e.status, e.expected, e.goal, e.revision]).toEqual(["red", "100", "100", null]);
  });

  it("judges 88 on 31 October against the revised 90: 2 short, within 5% of 90 = 4.5, amber, and names the revision", () => {
    const e = evaluateTarget(
      framework(relets, [
        { date: "2001-09-30", value: "79" },
        { date: "2001-10-31", value: "88" },
      ]),
      "t-relet",
      { asOf: "2001-11-15" },
    );
    expect([e.status, e.expected, e.tolerance, e.goal]).toEqual(["amber", "90", "4.5", "90"]);
    expect(e.revision).toEqual({ date: "2001-10-01", reason: REASON });
  });

  it("keeps the baseline and the milestones before the new goal's date: youth offending revised to 235 by March 2002", () => {
    // 250 on 2001-03-31, −10% (225) by 2003-03-31 through a milestone of 240 on 2002-03-31; revised on
    // 2001-09-30 to 235 by 2002-03-31, so the milestone on the new goal's date leaves the path.
    const youth: Target = {
      id: "t",
      objective: "o",
      indicator: "i",
      baseline: { date: "2001-03-31", value: "250" },
      goal: { date: "2003-03-31", change: { percent: "-10" } },
      milestones: [{ date: "2002-03-31", value: "240" }],
      revisions: [{ date: "2001-09-30", goal: { date: "2002-03-31", value: "235" }, reason: "Re-profiled" }],
    };
    // Before the revision, the original path: 250 − 10 × 91/365 = 247.5068493151 on 2001-06-30.
    expect(expectedValue(youth, "2001-06-30")).toBe("247.5068493151");
    // After it: 250 − 15 × 275/365 = 250 − 11.3013698630… = 238.6986301370 on 2001-12-31; 235 from 2002-03-31 on.
    expect(trajectory(youth, ["2001-12-31", "2002-03-31", "2003-03-31"]).map((p) => p.expected)).toEqual([
      "238.698630137",
      "235",
      "235",
    ]);
  });

  it("may revise a goal into a band: the band is expected from the revision's date on", () => {
    const revised: Target = {
      ...relets,
      revisions: [{ date: "2001-10-01", goal: { date: "2002-03-31", low: "85", high: "100" }, reason: REASON }],
    };
    expect(trajectory(revised, ["2001-09-30", "2001-10-01"])).toEqual([
      { date: "2001-09-30", expected: "100", band: null, clamped: false },
      { date: "2001-10-01", expected: null, band: { low: "85", high: "100" }, clamped: false },
    ]);
    expect(expectedBand(revised, "2001-12-31")).toEqual({ low: "85", high: "100" });
    const e = evaluateTarget(framework(revised, [{ date: "2001-10-31", value: "86" }]), "t-relet", {
      asOf: "2001-11-15",
    });
    expect([e.status, e.band, e.revision?.date]).toEqual(["green", { low: "85", high: "100" }, "2001-10-01"]);
  });

  it("refuses two revisions on one date, naming the earlier one; dates need not be in order", () => {
    const twice: Target = {
      ...relets,
      revisions: [
        { date: "2001-12-01", goal: { date: "2002-03-31", value: "95" }, reason: "Second thoughts" },
        { date: "2001-10-01", goal: { date: "2002-03-31", value: "90" }, reason: REASON },
        { date: "2001-12-01", goal: { date: "2002-03-31", value: "92" }, reason: "Third thoughts" },
      ],
    };
    const result = safeParseFramework(framework(twice, []));
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_format", ["targets", 0, "revisions", 2, "date"]],
    ]);
    expect(issues[0]?.message).toMatch(/revisions\[0\].*cannot take effect on one date/);
    expect(safeParseFramework(framework({ ...twice, revisions: twice.revisions?.slice(0, 2) }, [])).success).toBe(true);
    const blank = { ...relets, revisions: [{ date: "2001-10-01", goal: relets.goal, reason: "" }] };
    expect(safeParseFramework(framework(blank, [])).success).toBe(false);
  });

  it("the status kernel gives evaluateTarget's status on revised targets, whatever the dates (property)", () => {
    const start = toDayNumber("2001-03-31");
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: -30, max: 400 }), goal: fc.integer({ min: 60, max: 100 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 50, max: 100 }),
        (revisions, at, actual) => {
          const unique = [...new Map(revisions.map((r) => [r.at, r])).values()];
          const target: Target = {
            ...relets,
            revisions: unique.map((r) => ({
              date: fromDayNumber(start + r.at),
              goal: { date: "2002-03-31", value: String(r.goal) },
              reason: "Reviewed",
            })),
          };
          const index = indexFramework(framework(target, [{ date: fromDayNumber(start + at), value: String(actual) }]));
          const asOf = fromDayNumber(start + at);
          expect(statusHistory(index, { dates: [asOf] }).targets[0]?.statuses[0]).toBe(
            evaluateTarget(index, "t-relet", { asOf }).status,
          );
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe("target revisions and the default tolerance", () => {
  it("take the default's floor from the span to the goal in force, in evaluateTarget and the kernel alike", () => {
    // Homeless households in temporary accommodation, lower is better: 40 to 0 by 2004 (span 40, so
    // the default tolerance is at least 5% of 40 = 2), revised in 2002 to 20 by 2004 (span 20: 1).
    const homeless: Target = deepFreeze({
      id: "t-relet",
      objective: "o",
      indicator: "pi-relet",
      baseline: { date: "2001-03-31", value: "40" },
      goal: { date: "2004-03-31", value: "0" },
      trajectory: "period-target",
      revisions: [{ date: "2002-04-01", goal: { date: "2004-03-31", value: "20" }, reason: REASON }],
    });
    const measured = framework({ ...homeless }, [
      { date: "2002-03-31", value: "1.5" }, // before the revision: expects 0, 1.5 short, within 2: amber
      { date: "2004-03-31", value: "21.5" }, // after it: expects 20, 1.5 short, beyond 1: red
    ]);
    const lower = deepFreeze({
      ...measured,
      indicators: measured.indicators.map((i) => ({ ...i, unit: "households", polarity: "lower-is-better" as const })),
    });
    const before = evaluateTarget(lower, "t-relet", { asOf: "2002-03-31" });
    const after = evaluateTarget(lower, "t-relet", { asOf: "2004-03-31" });
    expect([before.status, before.tolerance, before.revision]).toEqual(["amber", "2", null]);
    expect([after.status, after.tolerance, after.revision?.date]).toEqual(["red", "1", "2002-04-01"]);
    expect(statusHistory(lower, { dates: ["2002-03-31", "2004-03-31"] }).targets[0]?.statuses).toEqual([
      "amber",
      "red",
    ]);
  });
});
