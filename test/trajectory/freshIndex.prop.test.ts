/**
 * Issue 22 (index): a full evaluation reads what the index builds on first use (the series, the
 * goal in force, the target's facts and tolerance) and keeps it for later calls. Whatever was built
 * before, by whichever engine and in whatever order, an evaluation must be the one a fresh index
 * gives; and the caller owns every evaluation it is given, so changing one changes no other.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BRAG,
  DCA5,
  type Framework,
  type Indicator,
  RAG,
  type Scale,
  type Tolerance,
  evaluateFramework,
  evaluateTarget,
  indexFramework,
  safeParseFramework,
  statusHistory,
} from "../../src/index.js";
import { fromDayNumber } from "../../src/internal/dates.js";
import { indexedNextFigureOf, nextFigureOf } from "../../src/trajectory/nextFigure.js";
import { seriesOf } from "../../src/trajectory/series.js";
import { deepFreeze } from "../helpers/fixtures.js";
import { runs } from "../helpers/runs.js";
import { extremeFramework, goldenFramework } from "./goldenFrameworks.js";

const DATES = ["1998-06-30", "1999-12-31", "2000-09-30", "2001-06-30", "2001-10-15", "2002-03-31", "2003-12-31"];
const SCALES: readonly Scale[] = [RAG, BRAG, DCA5];
const TOLERANCES: readonly (Tolerance | undefined)[] = [undefined, undefined, { percent: "10" }, { absolute: "3" }];

/**
 * A golden framework (every input an evaluation reads: revisions, bands, comparators, floors, own
 * tolerances, year-to-date indicators, 16–17-digit and exponent-form values with `extreme`) with
 * awkward ids: its first two indicators are `__proto__` and `constructor`, its first two targets
 * `__proto__` and `toString`. Parsed, then deep-frozen.
 */
function frameworkOf(seed: number, extreme: boolean): Framework {
  let text = JSON.stringify(extreme ? extremeFramework() : goldenFramework(seed, 10));
  const ids = extreme
    ? []
    : ([
        ["pi-0", "__proto__"],
        ["pi-1", "constructor"],
        ["t-0", "__proto__"],
        ["t-1", "toString"],
      ] as const);
  for (const [from, to] of ids) text = text.split(`"${from}"`).join(`"${to}"`);
  const parsed = safeParseFramework(JSON.parse(text));
  if (!parsed.success) throw new Error(`framework ${String(seed)} does not parse`);
  return deepFreeze(parsed.data);
}

/** One call on the shared index: a target, every target, or an engine that builds the index's series first. */
const operation = fc.record({
  kind: fc.constantFrom("target", "target", "framework", "status"),
  target: fc.nat(),
  date: fc.nat({ max: DATES.length - 1 }),
  scale: fc.nat({ max: SCALES.length - 1 }),
  tolerance: fc.nat({ max: TOLERANCES.length - 1 }),
});

/** Changes every object and array reachable from a result: a caller owns what it is given. */
function scribble(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
      current.push("scribbled");
    } else {
      for (const [key, item] of Object.entries(current)) {
        stack.push(item);
        (current as Record<string, unknown>)[key] = "scribbled";
      }
    }
  }
}

describe("evaluations on an index used before", () => {
  it("equal those of a fresh index and of the framework, in any order of calls, results scribbled on (property)", () => {
    const frameworks = [...Array.from({ length: 12 }, (_, seed) => frameworkOf(seed + 1, false)), frameworkOf(0, true)];
    let compared = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: frameworks.length - 1 }),
        fc.array(operation, { minLength: 1, maxLength: 10 }),
        (which, operations) => {
          const framework = frameworks[which] as Framework;
          const shared = indexFramework(framework);
          for (const op of operations) {
            const asOf = DATES[op.date] as string;
            const scale = SCALES[op.scale] as Scale;
            const tolerance = TOLERANCES[op.tolerance];
            const options = { asOf, scale, ...(tolerance === undefined ? {} : { tolerance }) };
            if (op.kind === "status") {
              // The status kernel and the series built first, as a dashboard before its detail; or
              // after evaluations compiled some targets for their red runs (issue 22, columns: a
              // target's first due day is worked out when a status first needs it).
              const dates = [DATES[0] as string, asOf, DATES[DATES.length - 1] as string];
              const history = statusHistory(shared, { dates, scale });
              expect(JSON.stringify(history)).toBe(
                JSON.stringify(statusHistory(indexFramework(framework), { dates, scale })),
              );
              const statuses = evaluateFramework(shared, { ...options, detail: "status" });
              expect(JSON.stringify(statuses)).toBe(
                JSON.stringify(evaluateFramework(indexFramework(framework), { ...options, detail: "status" })),
              );
              compared += 1;
              continue;
            }
            if (op.kind === "framework") {
              const given = evaluateFramework(shared, options);
              const fresh = JSON.stringify(evaluateFramework(indexFramework(framework), options));
              expect(JSON.stringify(given)).toBe(fresh);
              expect(JSON.stringify(evaluateFramework(framework, options))).toBe(fresh);
              scribble(given);
              compared += 1;
              continue;
            }
            const target = framework.targets[op.target % framework.targets.length];
            if (target === undefined) continue;
            const given = evaluateTarget(shared, target.id, options);
            const fresh = JSON.stringify(evaluateTarget(indexFramework(framework), target.id, options));
            expect(JSON.stringify(given)).toBe(fresh);
            expect(JSON.stringify(evaluateTarget(framework, target.id, options))).toBe(fresh);
            scribble(given);
            compared += 1;
          }
        },
      ),
      { numRuns: runs(150) },
    );
    expect(compared).toBeGreaterThan(runs(150));
  });

  it("give every evaluation objects of its own: a band, revision, direction, benchmarks, next figure", () => {
    const seen = new Map<string, number>();
    for (let seed = 1; seed <= 12; seed += 1) {
      const index = indexFramework(frameworkOf(seed, false));
      for (const asOf of DATES) {
        const first = evaluateFramework(index, { asOf });
        const second = evaluateFramework(index, { asOf });
        first.targets.forEach((evaluation, t) => {
          const other = second.targets[t];
          for (const key of [
            "band",
            "revision",
            "direction",
            "benchmarks",
            "nextFigure",
            "forecast",
            "outturn",
          ] as const) {
            const mine: unknown = evaluation[key];
            if (mine === null || typeof mine !== "object") continue;
            expect(mine).toEqual(other?.[key]);
            expect(mine).not.toBe(other?.[key]);
            seen.set(key, (seen.get(key) ?? 0) + 1);
          }
        });
      }
    }
    // Every kind of object was met, bands and revisions included.
    for (const key of ["band", "revision", "direction", "benchmarks", "nextFigure", "forecast", "outturn"])
      expect(seen.get(key) ?? 0).toBeGreaterThan(0);
  });

  it("read an indicator's series as the index lists it, for `__proto__` too", () => {
    const framework = frameworkOf(5, false);
    const index = indexFramework(framework);
    for (const id of ["__proto__", "constructor", "pi-2", "pi-regional", "missing"]) {
      const series = seriesOf(index, id);
      const listed = index.measurementsByIndicator.get(id) ?? [];
      expect(series.measurements).toEqual(listed);
      series.measurements.forEach((measurement, i) => {
        expect(measurement).toBe(listed[i]);
      });
      expect(series.days.length).toBe(listed.length);
      // Asked again, the same series.
      expect(seriesOf(index, id)).toBe(series);
    }
  });
});

describe("the next figure kept per index", () => {
  it("is nextFigureOf's for any date, frequency, lag and reporting lags, each a fresh object (property)", () => {
    const frequencies = ["monthly", "quarterly", "half-yearly", "annual", { everyMonths: 2 }, { everyMonths: 100 }];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.oneof(
              fc.integer({ min: 0, max: 3_000_000 }).map((day) => fromDayNumber(day)),
              fc.constantFrom("2001-01-31", "2000-02-29", "9999-12-31", "9999-10-31", "0001-01-01"),
            ),
            frequency: fc.nat({ max: frequencies.length - 1 }),
            lagDays: fc.option(fc.oneof(fc.nat({ max: 400 }), fc.constantFrom(2 ** 41, 1.5, -3, "42")), {
              nil: undefined,
            }),
            asOf: fc.integer({ min: 700_000, max: 800_000 }).map((day) => fromDayNumber(day)),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.option(fc.record({ quarterly: fc.nat({ max: 200 }), annual: fc.nat({ max: 200 }) }), { nil: undefined }),
        (cases, reportingLags) => {
          const framework = deepFreeze({
            id: "fw",
            name: "Lags",
            owners: [],
            plans: [],
            objectives: [],
            indicators: [],
            targets: [],
            ...(reportingLags === undefined ? {} : { reportingLags }),
          }) as Framework;
          const index = indexFramework(framework);
          const given: unknown[] = [];
          // Twice over: the second time every date is kept.
          for (const round of [0, 1])
            for (const c of cases) {
              const indicator = {
                id: "pi",
                frequency: frequencies[c.frequency],
                ...(c.lagDays === undefined ? {} : { lagDays: c.lagDays }),
              } as unknown as Indicator;
              const kept = indexedNextFigureOf(index, c.from, indicator, c.asOf);
              expect(kept).toStrictEqual(nextFigureOf(c.from, indicator, framework, c.asOf));
              if (kept !== null) {
                for (const other of given) expect(kept).not.toBe(other);
                given.push(kept);
              }
              if (round === 1 && kept !== null) (kept as { due: string }).due = "scribbled";
            }
        },
      ),
      { numRuns: runs(400) },
    );
  });
});
