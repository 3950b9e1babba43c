/**
 * A target's path keeps its milestones as written and reads a milestone's day and value only when a
 * judgement reaches it (src/trajectory/path.ts). These properties hold it to the path as it was
 * built before, every milestone parsed up front (the reference below, the code it replaced): the
 * same points, the same exact and safe-integer expectations on every day (segments kept or not,
 * read in any order), the same float path; and, through whole evaluations, the same results for a
 * target's milestones as given (unsorted, sharing dates, outside the path) and as the path keeps them.
 */
import fc from "fast-check";
import type { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { type Framework, type Target, evaluateTarget, indexFramework, statusHistory } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/internal/dates.js";
import { ExactDecimal, formatDecimal, toDecimal } from "../../src/internal/decimal.js";
import { byDate } from "../../src/internal/sortedByDate.js";
import { type DatedValue, DecimalValue } from "../../src/model/index.js";
import { goalValue } from "../../src/model/goal.js";
import { boundsOf } from "../../src/model/bounds.js";
import { revisionInForce } from "../../src/model/revisions.js";
import { clampRational } from "../../src/trajectory/clamp.js";
import { type Rational, expectationAt, scaledExpectationAt, valueOf } from "../../src/trajectory/exact.js";
import { floatPathOf, pathOf } from "../../src/trajectory/judge.js";
import { linearSegments, pathPoints } from "../../src/trajectory/path.js";
import { scaledOf } from "../../src/trajectory/shownQuotient.js";
import { oneTarget } from "../helpers/oneTarget.js";
import { runs } from "../helpers/runs.js";

// ---- The reference: the path as it was built before, every milestone parsed ------------------

interface EagerPath {
  readonly kind: NonNullable<Target["trajectory"]>;
  readonly points: readonly { readonly day: number; readonly value: Decimal }[];
}

function eagerPathOf(target: Target): EagerPath {
  const goal = goalValue(target) as Decimal;
  const baselineDay = toDayNumber(target.baseline.date);
  const goalDay = toDayNumber(target.goal.date);
  if (goalDay <= baselineDay)
    return { kind: target.trajectory ?? "linear", points: [{ day: baselineDay, value: goal }] };
  const points = [{ day: baselineDay, value: toDecimal(target.baseline.value) }];
  const milestones = byDate(target.milestones ?? []);
  milestones.forEach((milestone, i) => {
    const day = toDayNumber(milestone.date);
    const shared = milestones[i - 1]?.date === milestone.date || milestones[i + 1]?.date === milestone.date;
    if (day > baselineDay && day < goalDay && !shared) points.push({ day, value: toDecimal(milestone.value) });
  });
  points.push({ day: goalDay, value: goal });
  return { kind: target.trajectory ?? "linear", points };
}

/** The two points around a day (the last on or before it, and the next), or the last alone. */
function around(path: EagerPath, day: number): [number, number] | number {
  const points = path.points;
  if (day >= (points[points.length - 1] as EagerPath["points"][number]).day) return points.length - 1;
  let low = 0;
  while ((points[low + 1] as EagerPath["points"][number]).day <= day) low += 1;
  return [low, low + 1];
}

const ONE = new ExactDecimal(1);

function eagerExpectationAt(path: EagerPath, day: number): Rational | undefined {
  const points = path.points;
  if (day < (points[0] as EagerPath["points"][number]).day) return undefined;
  const found = around(path, day);
  if (typeof found === "number") return { num: (points[found] as EagerPath["points"][number]).value, den: ONE };
  const a = points[found[0]] as EagerPath["points"][number];
  const b = points[found[1]] as EagerPath["points"][number];
  if (day === a.day || path.kind === "step") return { num: a.value, den: ONE };
  if (path.kind === "period-target") return { num: b.value, den: ONE };
  const elapsed = day - a.day;
  const span = b.day - a.day;
  if (
    path.kind === "compound" &&
    !a.value.isZero() &&
    !b.value.isZero() &&
    a.value.isNegative() === b.value.isNegative()
  )
    return { num: a.value.times(b.value.div(a.value).pow(toDecimal(elapsed).div(span))), den: ONE };
  return { num: a.value.times(span).plus(b.value.minus(a.value).times(elapsed)), den: new ExactDecimal(span) };
}

const SAFE = Number.MAX_SAFE_INTEGER;

function eagerScaledExpectationAt(path: EagerPath, day: number): unknown {
  const points = path.points;
  if (day < (points[0] as EagerPath["points"][number]).day) return undefined;
  const point = (value: Decimal) => {
    const num = scaledOf(value);
    return num === undefined ? undefined : { num, den: 1 };
  };
  const found = around(path, day);
  if (typeof found === "number") return point((points[found] as EagerPath["points"][number]).value);
  const a = points[found[0]] as EagerPath["points"][number];
  const b = points[found[1]] as EagerPath["points"][number];
  if (day === a.day || path.kind === "step") return point(a.value);
  if (path.kind === "period-target") return point(b.value);
  if (path.kind !== "linear") return undefined;
  const span = b.day - a.day;
  const sa = scaledOf(a.value);
  const sb = scaledOf(b.value);
  if (sa === undefined || sb === undefined) return undefined;
  const places = Math.max(sa.places, sb.places);
  const ua = sa.units * 10 ** (places - sa.places);
  const ub = sb.units * 10 ** (places - sb.places);
  const scaled = ua * span;
  const delta = ub - ua;
  if (Math.abs(ua) > SAFE || Math.abs(ub) > SAFE || Math.abs(scaled) > SAFE || Math.abs(delta) > SAFE) return undefined;
  const moved = delta * (day - a.day);
  const units = scaled + moved;
  if (Math.abs(moved) > SAFE || Math.abs(units) > SAFE) return undefined;
  return { num: { units: units === 0 ? 0 : units, places }, den: span };
}

// ---- Generated targets -----------------------------------------------------------------------

function plain(units: bigint, places: number): string {
  const digits = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return units < 0n ? `-${text}` : text;
}

/** Figures as councils write them and at the edges: short, 16–17 digits, huge, tiny, exponent form, zeros, numbers. */
const figure: fc.Arbitrary<string | number> = fc.oneof(
  fc
    .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([u, p]) => plain(BigInt(u), p)),
  fc.integer({ min: 0, max: 4000 }).map((k) => String(40 + k / 100)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 18 }))
    .map(([u, p]) => plain(u, p)),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 40 }))
    .map(([u, p]) => plain(u, p)),
  fc.constantFrom("0", "-0", "0.000", "-0.50", "007.50", "99.99999999999999", "1.5e3", "-2.5E-4", "1e-30"),
  fc.constantFrom(1e21, 1e-7, 0.1 + 0.2, 72.5, 2.5e-5, 123456789.125, 0),
);

const BASELINE_DAY = toDayNumber("2001-03-31");
const KINDS = ["linear", "step", "compound", "period-target"] as const;

/** A milestone's day: anywhere around the path, often on a few days (so dates are shared), the baseline's or the goal's. */
const milestoneDay = (goalOffset: number) =>
  fc.oneof(
    fc.integer({ min: -40, max: 640 }),
    fc.constantFrom(0, goalOffset, 10, 20, 30),
    fc.integer({ min: 1, max: Math.max(1, goalOffset - 1) }),
  );

/** A target with up to 80 milestones in any order, some sharing dates or outside the path, of any kind and goal. */
const targetArbitrary: fc.Arbitrary<Target> = fc
  .integer({ min: -30, max: 600 })
  .chain((goalOffset) =>
    fc.record({
      goalOffset: fc.constant(goalOffset),
      baseline: figure,
      goal: fc.oneof(
        figure.map((value) => ({ value })),
        fc.integer({ min: -60, max: 60 }).map((percent) => ({ change: { percent: String(percent) } })),
      ),
      milestones: fc.array(fc.record({ day: milestoneDay(goalOffset), value: figure }), { maxLength: 80 }),
      sorted: fc.boolean(),
      kind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
    }),
  )
  .map(({ goalOffset, baseline, goal, milestones, sorted, kind }) => {
    const dated: DatedValue[] = milestones.map(({ day, value }) => ({
      date: fromDayNumber(BASELINE_DAY + day),
      value,
    }));
    return {
      id: "t",
      objective: "o",
      indicator: "i",
      baseline: { date: fromDayNumber(BASELINE_DAY), value: baseline },
      goal: { date: fromDayNumber(BASELINE_DAY + goalOffset), ...goal },
      milestones: sorted ? [...byDate(dated)] : dated,
      ...(kind === undefined ? {} : { trajectory: kind }),
    };
  });

const text = (r: Rational | undefined) => (r === undefined ? undefined : [r.num.toString(), r.den.toString()]);

describe("the lazily read path against the eagerly built one", () => {
  it("has the same points, expectations (exact and in safe integers) and float path on every day (property)", () => {
    fc.assert(
      fc.property(
        targetArbitrary,
        fc.array(fc.integer({ min: -50, max: 700 }), { maxLength: 20 }),
        fc.infiniteStream(fc.boolean()),
        (target, offsets, reverse) => {
          const eager = eagerPathOf(target);
          // Days probed: around and on every point, and any others, in the order given (kept segments read in any order).
          const days = [
            ...eager.points.flatMap((p) => [p.day - 1, p.day, p.day + 1]),
            ...offsets.map((k) => BASELINE_DAY + k),
          ];
          if (reverse.next().value === true) days.reverse();
          const lazy = pathOf(target);
          const kept = linearSegments(pathOf(target));
          for (const day of days) {
            const expected = text(eagerExpectationAt(eager, day));
            expect(text(expectationAt(lazy, day))).toEqual(expected);
            expect(text(expectationAt(kept, day))).toEqual(expected);
            const scaled = eagerScaledExpectationAt(eager, day);
            expect(scaledExpectationAt(lazy, day)).toEqual(scaled);
            expect(scaledExpectationAt(kept, day)).toEqual(scaled);
          }
          // The float path, before and after values were parsed: each milestone's double from its text is its decimal's.
          const floats = floatPathOf(pathOf(target));
          const after = floatPathOf(lazy);
          const eagerDays = eager.points.map((p) => p.day);
          const eagerValues = eager.points.map((p) => p.value.toNumber());
          expect(Array.from(floats.days)).toEqual(eagerDays);
          expect(Array.from(floats.values)).toEqual(eagerValues);
          expect(Array.from(after.values)).toEqual(eagerValues);
          expect(Array.from(floats.magnitudes)).toEqual(Array.from(after.magnitudes));
          expect(pathPoints(pathOf(target)).map((p) => [p.day, p.value.toString()])).toEqual(
            eager.points.map((p) => [p.day, p.value.toString()]),
          );
        },
      ),
      { numRuns: runs(300) },
    );
  });
});

// ---- Whole evaluations -----------------------------------------------------------------------

/**
 * The milestones a path of the target can keep, in date order: after the baseline, sharing a date
 * with no other (those on or after the goal are kept too: a revision may move the goal past them).
 */
function keptMilestones(target: Target): DatedValue[] {
  const baselineDay = toDayNumber(target.baseline.date);
  const milestones = byDate(target.milestones ?? []);
  return milestones.filter((milestone, i) => {
    const shared = milestones[i - 1]?.date === milestone.date || milestones[i + 1]?.date === milestone.date;
    return toDayNumber(milestone.date) > baselineDay && !shared;
  });
}

const revisionArbitrary = fc.record({
  offset: fc.integer({ min: 1, max: 500 }),
  goalOffset: fc.integer({ min: -20, max: 700 }),
  value: figure.filter((value) => DecimalValue.safeParse(value).success),
});

/** The figures the parser takes (at most 30 significant digits, 20 each side of the point). */
const parsedFigure = figure.filter((value) => DecimalValue.safeParse(value).success);

const frameworkArbitrary: fc.Arbitrary<{ framework: Framework; asOf: string }> = fc
  .record({
    target: targetArbitrary,
    baseline: parsedFigure,
    milestoneValues: fc.infiniteStream(parsedFigure),
    revisions: fc.uniqueArray(revisionArbitrary, { maxLength: 3, selector: (r) => r.offset }),
    unit: fc.constantFrom("%", "count"),
    polarity: fc.constantFrom("higher-is-better" as const, "lower-is-better" as const, "in-band" as const),
    band: fc.boolean(),
    measurements: fc.uniqueArray(fc.record({ day: fc.integer({ min: -20, max: 660 }), value: parsedFigure }), {
      minLength: 1,
      maxLength: 12,
      selector: (m) => m.day,
    }),
    asOf: fc.integer({ min: 0, max: 700 }),
  })
  .map(({ target, baseline, milestoneValues, revisions, unit, polarity, band, measurements, asOf }) => {
    const goal = target.goal;
    const next = (): DecimalValue => milestoneValues.next().value as DecimalValue;
    const framework = oneTarget(
      { unit, polarity },
      measurements.map(({ day, value }) => ({ indicator: "pi", date: fromDayNumber(BASELINE_DAY + day), value })),
      {
        baseline: { date: target.baseline.date, value: baseline },
        // A band goal: the path is not read until a revision's point goal is in force.
        goal: band
          ? { date: goal.date, low: "40", high: "60" }
          : "value" in goal
            ? { date: goal.date, value: next() }
            : goal,
        milestones: (target.milestones ?? []).map((m) => ({ date: m.date, value: next() })),
        ...(target.trajectory === undefined ? {} : { trajectory: target.trajectory }),
        ...(revisions.length === 0
          ? {}
          : {
              revisions: revisions.map((r) => ({
                date: fromDayNumber(BASELINE_DAY + r.offset),
                goal: { date: fromDayNumber(BASELINE_DAY + r.goalOffset), value: r.value },
                reason: "revised",
              })),
            }),
      },
    );
    return { framework, asOf: fromDayNumber(BASELINE_DAY + asOf) };
  });

describe("evaluations on the lazily read path", () => {
  it("judge a target's milestones as given as they judge the milestones its path keeps, and expect what the eager path expects (property)", () => {
    fc.assert(
      fc.property(frameworkArbitrary, ({ framework, asOf }) => {
        const target = framework.targets[0] as Target;
        const tidy: Framework = { ...framework, targets: [{ ...target, milestones: keptMilestones(target) }] };
        const given = evaluateTarget(indexFramework(framework), "t", { asOf });
        const kept = evaluateTarget(indexFramework(tidy), "t", { asOf });
        expect(JSON.stringify(given)).toBe(JSON.stringify(kept));
        // The expectation shown is the eager path's at the figure's date, for the goal in force then, clamped.
        if (given.actualDate !== null && given.expected !== null && given.band === null) {
          const inForce = revisionInForce(target, given.actualDate).target;
          if (!("low" in inForce.goal) && (framework.indicators[0]?.aggregation ?? "snapshot") === "snapshot") {
            const eager = eagerExpectationAt(eagerPathOf(inForce), toDayNumber(given.actualDate));
            if (eager !== undefined) {
              const clamped = clampRational(eager, boundsOf(framework.indicators[0] as never)).value;
              expect(given.expected).toBe(formatDecimal(valueOf(clamped)));
            }
          }
        }
        const dates = [asOf, fromDayNumber(BASELINE_DAY + 100), fromDayNumber(BASELINE_DAY + 400)];
        expect(JSON.stringify(statusHistory(framework, { dates }))).toBe(
          JSON.stringify(statusHistory(tidy, { dates })),
        );
      }),
      { numRuns: runs(150) },
    );
  });
});
