/**
 * fast-check arbitraries of the framework's documents: valid cascades of a chosen size, targets,
 * measurement series, review cycles, self-assessment responses, and broken frameworks that each
 * carry the finding the cascade checker must raise.
 */
import fc from "fast-check";
import { fromDayNumber, isCalendarDate, scheduleDates, toDayNumber } from "../internal/dates.js";
import { shown } from "../internal/options.js";
import type {
  Framework,
  Measurement,
  Objective,
  PlanLevel,
  ReviewCycle,
  ReviewFrequency,
  Target,
} from "../model/index.js";
import { PLAN_LEVELS } from "../model/levels.js";
import { monthsOf } from "../model/cadence.js";
import type { AssessmentResponse, Catalogue } from "../assessment/index.js";
import { defaultCatalogue } from "../assessment/defaultCatalogue.js";
import { TestingError } from "./errors.js";

function checkedDate(value: unknown, what: string): string {
  if (typeof value !== "string" || !isCalendarDate(value))
    throw new TestingError(`${what} ${shown(value)} is not a calendar date written YYYY-MM-DD`);
  return value;
}

function checkedRange(from: string, to: string, what: string): { fromDay: number; toDay: number } {
  const fromDay = toDayNumber(checkedDate(from, `${what}.from`));
  const toDay = toDayNumber(checkedDate(to, `${what}.to`));
  if (toDay < fromDay) throw new TestingError(`${what}.to (${to}) is before ${what}.from (${from})`);
  return { fromDay, toDay };
}

/** The options object an arbitrary was given, or `{}`: anything else is misuse. */
function optionsOf<T extends object>(given: T | undefined, what = "options"): T | Record<string, never> {
  const value: unknown = given;
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new TestingError(`${what} must be an object; got ${shown(value)}`);
  return given as T;
}

function checkedCount(value: unknown, what: string, least: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < least)
    throw new TestingError(`${what} must be a whole number, ${String(least)} or more; got ${shown(value)}`);
  return value;
}

/**
 * Options for {@link calendarDateArbitrary}.
 *
 * @category Testing
 */
export interface CalendarDateOptions {
  /** The earliest date, `YYYY-MM-DD`; 1990-01-01 by default. */
  readonly from?: string | undefined;
  /** The latest date, `YYYY-MM-DD`; 2040-12-31 by default. */
  readonly to?: string | undefined;
}

/**
 * Real calendar dates, `YYYY-MM-DD`, from `from` to `to` inclusive: leap days and month ends among
 * them, never 2001-02-30.
 *
 * @category Testing
 * @param options - the range
 * @returns an arbitrary of dates
 * @throws {@link TestingError} for a bound that is not a calendar date, or `to` before `from`
 * @example
 * import fc from "fast-check";
 * import { calendarDateArbitrary } from "performance-management/testing";
 * const dates = fc.sample(calendarDateArbitrary({ from: "2001-04-01", to: "2002-03-31" }), { numRuns: 50, seed: 1 });
 * dates.every((date) => date >= "2001-04-01" && date <= "2002-03-31") //=> true
 */
export function calendarDateArbitrary(options?: CalendarDateOptions): fc.Arbitrary<string> {
  const settings = optionsOf(options);
  const { fromDay, toDay } = checkedRange(settings.from ?? "1990-01-01", settings.to ?? "2040-12-31", "options");
  return fc.integer({ min: fromDay, max: toDay }).map(fromDayNumber);
}

/**
 * Options for {@link decimalStringArbitrary}.
 *
 * @category Testing
 */
export interface DecimalStringOptions {
  /** The least value; -1,000,000 by default. A whole number. */
  readonly min?: number | undefined;
  /** The greatest value; 1,000,000 by default. A whole number. */
  readonly max?: number | undefined;
  /** The most decimal places; 6 by default, at most 20. */
  readonly maxPlaces?: number | undefined;
}

/**
 * Decimal strings in plain notation, as the model writes values exactly (`"95.5"`, `"-0.125"`,
 * `"100"`), within `min` and `max`, with up to `maxPlaces` places. Never a number: the values a
 * property test of exact arithmetic wants.
 *
 * @category Testing
 * @param options - the range and the places
 * @returns an arbitrary of decimal strings
 * @throws {@link TestingError} for bounds that are not whole numbers in order, or places outside 0–20
 * @example
 * import fc from "fast-check";
 * import { decimalStringArbitrary } from "performance-management/testing";
 * const values = fc.sample(decimalStringArbitrary({ min: 0, max: 100, maxPlaces: 2 }), { numRuns: 50, seed: 1 });
 * values.every((value) => /^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100) //=> true
 */
export function decimalStringArbitrary(options?: DecimalStringOptions): fc.Arbitrary<string> {
  const settings = optionsOf(options);
  const min = settings.min ?? -1_000_000;
  const max = settings.max ?? 1_000_000;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min)
    throw new TestingError(
      `options.min and options.max must be whole numbers, min ≤ max; got ${shown(min)} and ${shown(max)}`,
    );
  const maxPlaces = settings.maxPlaces ?? 6;
  if (!Number.isInteger(maxPlaces) || maxPlaces < 0 || maxPlaces > 20)
    throw new TestingError(`options.maxPlaces must be a whole number from 0 to 20; got ${shown(maxPlaces)}`);
  return fc.integer({ min: 0, max: maxPlaces }).chain((places) => {
    const scale = 10n ** BigInt(places);
    return fc.bigInt({ min: BigInt(min) * scale, max: BigInt(max) * scale }).map((units) => writeUnits(units, places));
  });
}

/** `units / 10^places` in plain notation, trailing zeros of the fraction dropped. */
function writeUnits(units: bigint, places: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
  const text = fraction === "" ? whole : `${whole}.${fraction}`;
  return negative && text !== "0" ? `-${text}` : text;
}

/**
 * Options for {@link targetArbitrary}.
 *
 * @category Testing
 */
export interface TargetOptions {
  /** The target's id; `"t"` by default. */
  readonly id?: string | undefined;
  /** The objective it serves; `"o"` by default. */
  readonly objective?: string | undefined;
  /** The indicator it is set on; `"pi"` by default. */
  readonly indicator?: string | undefined;
  /** The earliest baseline date; 2000-03-31 by default. */
  readonly from?: string | undefined;
  /** The latest goal date; 2010-03-31 by default. */
  readonly to?: string | undefined;
}

/**
 * Valid targets with point goals: a baseline and a later goal date between `from` and `to`, an
 * absolute goal or a relative one (a percentage, an amount or percentage points), sometimes
 * milestones in between, and any trajectory shape (`compound` only where every point is above 0, as
 * it requires). Values are decimal strings from 0 to 1,000 with up to two places. Each parses with
 * `Target.parse` and has an expectation on every date from its baseline on.
 *
 * @category Testing
 * @param options - the ids and the span of dates
 * @returns an arbitrary of targets
 * @throws {@link TestingError} for a date that is not a calendar date, or a span of less than two days
 * @example
 * import fc from "fast-check";
 * import { Target } from "performance-management/model";
 * import { expectedValue } from "performance-management/trajectory";
 * import { targetArbitrary } from "performance-management/testing";
 * // A path passes exactly through its baseline.
 * const run = fc.check(fc.property(targetArbitrary(), (target) => {
 *   Target.parse(target);
 *   return expectedValue(target, target.baseline.date) === target.baseline.value;
 * }), { seed: 1 });
 * run.failed //=> false
 */
export function targetArbitrary(options?: TargetOptions): fc.Arbitrary<Target> {
  const settings = optionsOf(options);
  const { fromDay, toDay } = checkedRange(settings.from ?? "2000-03-31", settings.to ?? "2010-03-31", "options");
  if (toDay - fromDay < 1) throw new TestingError("options.from and options.to must be at least a day apart");
  const value = decimalStringArbitrary({ min: 0, max: 1000, maxPlaces: 2 });
  const positive = decimalStringArbitrary({ min: 1, max: 1000, maxPlaces: 2 });
  return fc
    .record({
      baselineDay: fc.integer({ min: fromDay, max: toDay - 1 }),
      span: fc.integer({ min: 1, max: toDay - fromDay }),
      kind: fc.constantFrom(
        "linear" as const,
        "step" as const,
        "period-target" as const,
        "compound" as const,
        undefined,
      ),
      baseline: positive,
      goal: fc.oneof(
        positive.map((v) => ({ value: v })),
        decimalStringArbitrary({ min: -99, max: 200, maxPlaces: 1 }).map((percent) => ({ change: { percent } })),
        decimalStringArbitrary({ min: -100, max: 100, maxPlaces: 2 }).map((absolute) => ({ change: { absolute } })),
        decimalStringArbitrary({ min: -50, max: 50, maxPlaces: 1 }).map((points) => ({ change: { points } })),
      ),
      milestones: fc.uniqueArray(fc.double({ min: 0.05, max: 0.95, noNaN: true }), { maxLength: 3 }),
      milestoneValues: fc.array(positive, { minLength: 3, maxLength: 3 }),
      zeroBaseline: fc.boolean(),
      anyValue: value,
    })
    .map((drawn): Target => {
      const baselineDay = drawn.baselineDay;
      const goalDay = Math.min(toDay, baselineDay + drawn.span);
      const relative = "change" in drawn.goal;
      // Compound runs only between points above 0: an absolute goal and milestones from `positive`.
      const kind = drawn.kind === "compound" && relative ? "linear" : drawn.kind;
      const baselineValue = kind !== "compound" && drawn.zeroBaseline && !relative ? drawn.anyValue : drawn.baseline;
      const days = [
        ...new Set(drawn.milestones.map((share) => baselineDay + Math.round(share * (goalDay - baselineDay)))),
      ]
        .filter((day) => day > baselineDay && day < goalDay)
        .sort((a, b) => a - b);
      return {
        id: settings.id ?? "t",
        objective: settings.objective ?? "o",
        indicator: settings.indicator ?? "pi",
        baseline: { date: fromDayNumber(baselineDay), value: baselineValue },
        goal: { date: fromDayNumber(goalDay), ...drawn.goal },
        ...(days.length === 0
          ? {}
          : {
              milestones: days.map((day, i) => ({ date: fromDayNumber(day), value: drawn.milestoneValues[i] ?? "1" })),
            }),
        ...(kind === undefined ? {} : { trajectory: kind }),
      };
    });
}

/**
 * Options for {@link measurementSeriesArbitrary}.
 *
 * @category Testing
 */
export interface MeasurementSeriesOptions {
  /** The indicator measured; `"pi"` by default. */
  readonly indicator?: string | undefined;
  /** The first period's end, `YYYY-MM-DD`; 2001-06-30 by default (a quarter's end). */
  readonly from?: string | undefined;
  /** The last date a figure may have; 2004-03-31 by default. */
  readonly to?: string | undefined;
  /** How often the indicator is measured; `quarterly` by default. */
  readonly frequency?: ReviewFrequency | undefined;
  /** The least and greatest figure; 0 and 100 by default. */
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  /** Whether some periods' figures are missing, as late returns leave them; `true` by default. */
  readonly gaps?: boolean | undefined;
}

/**
 * A measurement series: one figure per period of the indicator's frequency from `from` (period ends
 * kept to month ends when `from` is one) to `to`, in date order, as decimal strings within `min`
 * and `max` with up to two places; some periods missing unless `gaps` is `false`.
 *
 * @category Testing
 * @param options - the indicator, the dates, the frequency, the range of figures
 * @returns an arbitrary of measurement lists (dates ascending, one per date)
 * @throws {@link TestingError} for a date that is not a calendar date, `to` before `from`, a frequency that is not one, or bounds out of order
 * @example
 * import fc from "fast-check";
 * import { measurementSeriesArbitrary } from "performance-management/testing";
 * const [series] = fc.sample(measurementSeriesArbitrary({ from: "2001-06-30", to: "2002-03-31", gaps: false }), { numRuns: 1, seed: 7 });
 * series.map((m) => m.date) //=> ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"]
 */
export function measurementSeriesArbitrary(options?: MeasurementSeriesOptions): fc.Arbitrary<Measurement[]> {
  const settings = optionsOf(options);
  const from = settings.from ?? "2001-06-30";
  const to = settings.to ?? "2004-03-31";
  checkedRange(from, to, "options");
  let step: number;
  try {
    step = monthsOf(settings.frequency ?? "quarterly");
  } catch (error) {
    throw new TestingError(`options.frequency ${shown(settings.frequency)} is not a frequency`, { cause: error });
  }
  // The engines' own schedule: month ends kept from a month's end, stopping at the calendar's end.
  const dates = scheduleDates(from, to, step, 10_000, (message) => new TestingError(message));
  const indicator = settings.indicator ?? "pi";
  const figure = decimalStringArbitrary({ min: settings.min ?? 0, max: settings.max ?? 100, maxPlaces: 2 });
  const present =
    settings.gaps === false
      ? fc.constant(true)
      : fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, fc.constant(false));
  return fc
    .array(fc.tuple(present, figure), { minLength: dates.length, maxLength: dates.length })
    .map((drawn) =>
      drawn.flatMap(([kept, value], i) => (kept ? [{ indicator, date: dates[i] as string, value }] : [])),
    );
}

/**
 * Options for {@link cascadeArbitrary}.
 *
 * @category Testing
 */
export interface CascadeOptions {
  /** The fewest objectives; 1 by default (with the community objective, 2). */
  readonly minObjectives?: number | undefined;
  /** The most objectives; 25 by default. */
  readonly maxObjectives?: number | undefined;
  /** Whether some ids are `__proto__`, `constructor` or `toString`; `true` by default. */
  readonly awkwardIds?: boolean | undefined;
}

/**
 * Valid cascades: one plan per level (each under the one above), a community objective and the
 * chosen number of others at random levels, each contributing to one or two objectives at strictly
 * higher levels; every objective owned, with an action and a target; a service budget and a
 * quarterly review cycle over everything. Ids include `__proto__`, `constructor` and `toString`
 * unless `awkwardIds` is `false`. Each parses, and the cascade checker finds no error in it.
 *
 * @category Testing
 * @param options - the number of objectives and the ids
 * @returns an arbitrary of frameworks
 * @throws {@link TestingError} for counts that are not whole numbers, or a minimum above the maximum
 * @example
 * import fc from "fast-check";
 * import { checkCascade } from "performance-management/cascade";
 * import { cascadeArbitrary } from "performance-management/testing";
 * const run = fc.check(fc.property(cascadeArbitrary({ maxObjectives: 8 }), (framework) => checkCascade(framework).errorCount === 0), { seed: 1 });
 * run.failed //=> false
 */
export function cascadeArbitrary(options?: CascadeOptions): fc.Arbitrary<Framework> {
  const settings = optionsOf(options);
  const least = checkedCount(settings.minObjectives ?? 1, "options.minObjectives", 0);
  const most = checkedCount(settings.maxObjectives ?? 25, "options.maxObjectives", 0);
  if (most < least)
    throw new TestingError(`options.maxObjectives (${String(most)}) is below options.minObjectives (${String(least)})`);
  const awkward = settings.awkwardIds ?? true;
  return fc
    .array(fc.integer({ min: 0, max: 4 }), { minLength: least, maxLength: most })
    .chain((ranks) => {
      const sorted = [0, ...ranks].sort((a, b) => a - b);
      const parentChoices = sorted.map((rank, i) => {
        const higher: number[] = [];
        for (let j = 0; j < i; j += 1) if ((sorted[j] as number) < rank) higher.push(j);
        return higher.length === 0
          ? fc.constant<number[]>([])
          : fc.uniqueArray(fc.constantFrom(...higher), { minLength: 1, maxLength: 2 });
      });
      return fc.tuple(fc.constant(sorted), fc.tuple(...parentChoices), awkward ? fc.boolean() : fc.constant(false));
    })
    .map(([ranks, parents, awkwardIds]) => cascadeOf(ranks, parents, awkwardIds));
}

function cascadeOf(ranks: readonly number[], parents: readonly (readonly number[])[], awkwardIds: boolean): Framework {
  const idOf = (i: number): string => {
    if (i === 1 && awkwardIds) return "__proto__";
    if (!awkwardIds || i % 3 !== 1) return `o${String(i)}`;
    return `${i % 9 === 1 ? "__proto__" : i % 9 === 4 ? "constructor" : "toString"}-${String(i)}`;
  };
  const levelOf = (rank: number): PlanLevel => PLAN_LEVELS[rank] as PlanLevel;
  const objectives: Objective[] = ranks.map((rank, i) => {
    const links = parents[i] ?? [];
    return {
      id: idOf(i),
      plan: `plan-${levelOf(rank)}`,
      title: `Objective ${String(i)}`,
      owner: "owner",
      ...(links.length > 0 ? { contributesTo: links.map((p) => ({ objective: idOf(p) })) } : {}),
      actions: [{ title: "Deliver" }],
    };
  });
  return {
    id: "generated",
    name: "Generated cascade",
    owners: [{ id: "owner", name: "Owner", kind: "team" }],
    plans: PLAN_LEVELS.map((level, rank) => ({
      id: `plan-${level}`,
      name: `${level} plan`,
      level,
      owner: "owner",
      period: { start: "2001-04-01", end: "2005-03-31" },
      ...(rank === 0 ? {} : { parent: `plan-${levelOf(rank - 1)}` }),
      ...(level === "service" ? { budget: { amount: "1" } } : {}),
    })),
    objectives,
    indicators: [
      { id: "pi", title: "PI", unit: "count", polarity: "higher-is-better", measure: "outcome", frequency: "annual" },
    ],
    targets: objectives.map((objective, i) => ({
      id: `t-${String(i)}`,
      objective: objective.id,
      indicator: "pi",
      baseline: { date: "2001-03-31", value: "1" },
      goal: { date: "2004-03-31", value: "2" },
    })),
    reviewCycles: [{ id: "rc", name: "Everything, quarterly", frequency: "quarterly", appliesTo: {} }],
  };
}

/**
 * When a review cycle's reviews fall due, as a document may write it: nothing (six weeks), `graceDays`
 * (0 to 120), or a `deadline` of 0 to 120 days or 0 to 14 months after the period's end.
 *
 * @category Testing
 * @returns an arbitrary of the deadline fields of a review cycle
 * @example
 * import fc from "fast-check";
 * import { deadlineOf } from "performance-management/model";
 * import { reviewDeadlineArbitrary } from "performance-management/testing";
 * fc.sample(reviewDeadlineArbitrary(), { numRuns: 20, seed: 5 }).every((fields) => typeof deadlineOf(fields) === "object") //=> true
 */
export function reviewDeadlineArbitrary(): fc.Arbitrary<Pick<ReviewCycle, "deadline" | "graceDays">> {
  return fc.oneof(
    fc.constant({}),
    fc.integer({ min: 0, max: 120 }).map((graceDays) => ({ graceDays })),
    fc.integer({ min: 0, max: 120 }).map((days) => ({ deadline: { daysAfterPeriodEnd: days } })),
    fc.integer({ min: 0, max: 14 }).map((months) => ({ deadline: { monthsAfterPeriodEnd: months } })),
  );
}

/**
 * Options for {@link reviewCycleArbitrary}.
 *
 * @category Testing
 */
export interface ReviewCycleOptions {
  /** The cycle's id; `"rc"` by default. */
  readonly id?: string | undefined;
  /** Its name; `"Cycle <id>"` by default. */
  readonly name?: string | undefined;
  /** The first due dates to draw from, when one is given; a date from 2001-04-01 to 2003-03-31 by default. */
  readonly firstDue?: fc.Arbitrary<string> | undefined;
}

/**
 * Valid review cycles: any named frequency or every 1 to 60 months, over every subject or one kind
 * of subject, with a deadline from {@link reviewDeadlineArbitrary}, and sometimes a first due date.
 *
 * @category Testing
 * @param options - the id, the name and the first due dates
 * @returns an arbitrary of review cycles
 * @example
 * import fc from "fast-check";
 * import { ReviewCycle } from "performance-management/model";
 * import { reviewCycleArbitrary } from "performance-management/testing";
 * fc.sample(reviewCycleArbitrary({ id: "rc-1" }), { numRuns: 20, seed: 3 }).every((cycle) => ReviewCycle.safeParse(cycle).success) //=> true
 */
export function reviewCycleArbitrary(options?: ReviewCycleOptions): fc.Arbitrary<ReviewCycle> {
  const settings = optionsOf(options);
  const id = settings.id ?? "rc";
  const name = settings.name ?? `Cycle ${id}`;
  const firstDue = settings.firstDue ?? calendarDateArbitrary({ from: "2001-04-01", to: "2003-03-31" });
  return fc
    .record({
      frequency: fc.oneof(
        fc.constantFrom("monthly" as const, "quarterly" as const, "half-yearly" as const, "annual" as const),
        fc.record({ everyMonths: fc.integer({ min: 1, max: 60 }) }),
      ),
      kind: fc.constantFrom("plan" as const, "objective" as const, "target" as const, "owner" as const, undefined),
      deadline: reviewDeadlineArbitrary(),
      firstDue: fc.option(firstDue, { nil: undefined }),
    })
    .map(({ frequency, kind, deadline, firstDue: first }) => ({
      id,
      name,
      frequency,
      appliesTo: kind === undefined ? {} : { kind },
      ...deadline,
      ...(first === undefined ? {} : { firstDue: first }),
    }));
}

/**
 * Self-assessment responses to a catalogue's characteristics (Appendix A's by default): some
 * characteristics answered, each at most once, with a rating from 0 to 4 as a whole number or a
 * decimal string of one place, by `self` or a `peer`, sometimes with evidence in words.
 *
 * @category Testing
 * @param catalogue - the catalogue whose characteristics are rated; the default catalogue when absent
 * @returns an arbitrary of response lists for `assess`
 * @example
 * import fc from "fast-check";
 * import { assess } from "performance-management/assessment";
 * import { responsesArbitrary } from "performance-management/testing";
 * const run = fc.check(fc.property(responsesArbitrary(), (responses) => assess(responses).areas.length === 8), { numRuns: 20, seed: 1 });
 * run.failed //=> false
 */
export function responsesArbitrary(catalogue: Catalogue = defaultCatalogue): fc.Arbitrary<AssessmentResponse[]> {
  const given: unknown = catalogue;
  if (
    typeof given !== "object" ||
    given === null ||
    !Array.isArray((given as { areas?: unknown }).areas) ||
    !(given as { areas: unknown[] }).areas.every(
      (area) =>
        typeof area === "object" &&
        area !== null &&
        Array.isArray((area as { characteristics?: unknown }).characteristics),
    )
  )
    throw new TestingError(`catalogue must be a catalogue (areas of characteristics); got ${shown(given)}`);
  const ids = catalogue.areas.flatMap((area) => area.characteristics.map((characteristic) => characteristic.id));
  const rating = fc.oneof(fc.integer({ min: 0, max: 4 }), decimalStringArbitrary({ min: 0, max: 4, maxPlaces: 1 }));
  return fc.subarray(ids).chain((answered) =>
    fc
      .array(
        fc.record(
          {
            rating,
            source: fc.constantFrom("self" as const, "peer" as const),
            evidence: fc.constantFrom("A council's own words.", "Seen at the performance clinic."),
          },
          { requiredKeys: ["rating"] },
        ),
        { minLength: answered.length, maxLength: answered.length },
      )
      .map((drawn) =>
        drawn.map((response, i) => {
          const rating = response.rating;
          const capped = typeof rating === "string" && Number(rating) > 4 ? "4" : rating;
          return { characteristic: answered[i] as string, ...response, rating: capped };
        }),
      ),
  );
}

/**
 * The cascade rules {@link brokenFrameworkArbitrary} breaks a framework for, one at a time.
 *
 * @category Testing
 */
export const BROKEN_RULES = [
  "orphan-objective",
  "dangling-reference",
  "duplicate-id",
  "contribution-cycle",
  "level-order",
  "no-action-plan",
  "unowned-objective",
] as const;

/** One of {@link BROKEN_RULES}. @category Testing */
export type BrokenRule = (typeof BROKEN_RULES)[number];

/**
 * A framework broken in one way, and the finding the cascade checker must raise for it.
 *
 * @category Testing
 */
export interface BrokenFramework {
  readonly framework: Framework;
  /** The rule that must find it. */
  readonly rule: BrokenRule;
  /** The subject the finding must name. */
  readonly subject: { readonly kind: "objective"; readonly id: string };
}

/**
 * Frameworks broken one way each, from a valid cascade ({@link cascadeArbitrary}), with the finding
 * `checkCascade` must raise: an objective that contributes to nothing (`orphan-objective`), a link to
 * an objective that does not exist (`dangling-reference`), an objective's id given twice
 * (`duplicate-id`), a loop of contributions (`contribution-cycle`), a link up to an objective at a
 * lower level (`level-order`), a unit objective added with an owner but no action (`no-action-plan`),
 * or with neither, in a unit plan with no owner (`unowned-objective`; the added objective's id is
 * `added-objective`).
 *
 * @category Testing
 * @param rules - the breakages to choose from; all of {@link BROKEN_RULES} by default
 * @returns an arbitrary of broken frameworks, each with its rule and subject
 * @throws {@link TestingError} for a rule that is not one of {@link BROKEN_RULES}
 * @example
 * import fc from "fast-check";
 * import { checkCascade } from "performance-management/cascade";
 * import { brokenFrameworkArbitrary } from "performance-management/testing";
 * const run = fc.check(fc.property(brokenFrameworkArbitrary(), ({ framework, rule, subject }) =>
 *   checkCascade(framework).findings.some((f) => f.ruleId === rule && f.subject.id === subject.id)), { seed: 1 });
 * run.failed //=> false
 */
export function brokenFrameworkArbitrary(rules: readonly BrokenRule[] = BROKEN_RULES): fc.Arbitrary<BrokenFramework> {
  const given: unknown = rules;
  if (
    !Array.isArray(given) ||
    given.length === 0 ||
    given.some((rule: unknown) => !(BROKEN_RULES as readonly unknown[]).includes(rule))
  )
    throw new TestingError(`rules must be a non-empty list of ${BROKEN_RULES.join(", ")}; got ${shown(rules)}`);
  return fc
    .tuple(
      // A cascade whose objectives are all at community level has nothing below the apex to break.
      cascadeArbitrary({ minObjectives: 3, maxObjectives: 12, awkwardIds: true }).filter((framework) =>
        framework.objectives.some((objective) => objective.plan !== "plan-community"),
      ),
      fc.constantFrom(...rules),
      fc.nat(),
    )
    .map(([framework, rule, pick]) => broken(framework, rule, pick));
}

const ADDED = { kind: "objective" as const, id: "added-objective" };

/** An objective added at unit level, contributing to the apex, with no action; owned or not. */
function added(apexId: string, owned: boolean): Objective {
  return {
    id: ADDED.id,
    plan: "plan-unit",
    title: "An objective added",
    ...(owned ? { owner: "owner" } : {}),
    contributesTo: [{ objective: apexId }],
  };
}

/**
 * The objectives a new link from `to` back to `from` closes a loop through: `from`, `to`, and every
 * objective on a chain of contributions from `from` up to `to`.
 */
function loopThrough(objectives: readonly Objective[], from: string, to: string): Set<string> {
  const up = new Map<string, string[]>();
  const down = new Map<string, string[]>();
  for (const objective of objectives)
    for (const link of objective.contributesTo ?? []) {
      up.set(objective.id, [...(up.get(objective.id) ?? []), link.objective]);
      down.set(link.objective, [...(down.get(link.objective) ?? []), objective.id]);
    }
  const reach = (start: string, edges: Map<string, string[]>): Set<string> => {
    const seen = new Set([start]);
    const queue = [start];
    // The queue grows as it is read: for-of reads what is pushed on the way.
    for (const current of queue)
      for (const next of edges.get(current) ?? [])
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
    return seen;
  };
  const above = reach(from, up);
  return new Set([...reach(to, down)].filter((id) => above.has(id)));
}

/** The cascade broken for `rule` at the objective `pick` chooses among those it can break. */
function broken(framework: Framework, rule: BrokenRule, pick: number): BrokenFramework {
  const objectives = framework.objectives;
  const community = "plan-community";
  const below = objectives.filter((objective) => objective.plan !== community && objective.contributesTo !== undefined);
  // A cascade has at least one objective below the community plan when drawn with 3 or more; fall
  // back to the first objective for the rules that do not need one.
  const target = below[pick % Math.max(below.length, 1)] ?? objectives[0];
  if (target === undefined) throw new TestingError("a cascade to break has no objective");
  const replace = (changed: Objective[]): Framework => ({ ...framework, objectives: changed });
  const subject = { kind: "objective" as const, id: target.id };
  const apexId = (objectives.find((o) => o.plan === community) as Objective).id;
  switch (rule) {
    case "orphan-objective": {
      const rest = { ...target };
      delete rest.contributesTo;
      return { framework: replace(objectives.map((o) => (o === target ? rest : o))), rule, subject };
    }
    case "dangling-reference":
      return {
        framework: replace(
          objectives.map((o) => (o === target ? { ...o, contributesTo: [{ objective: "no-such-objective" }] } : o)),
        ),
        rule,
        subject,
      };
    case "duplicate-id":
      return { framework: replace([...objectives, { ...target, title: `${target.title} (again)` }]), rule, subject };
    case "contribution-cycle": {
      // The objective's first parent contributes back to it: a loop. The checker names the loop by
      // the least id (in string order) of the objectives in it: every objective on a chain of
      // contributions from the objective up to that parent.
      const parentId = target.contributesTo?.[0]?.objective ?? target.id;
      const loop = loopThrough(objectives, target.id, parentId);
      return {
        framework: replace(
          objectives.map((o) =>
            o.id === parentId && o !== target
              ? { ...o, contributesTo: [...(o.contributesTo ?? []), { objective: target.id }] }
              : o,
          ),
        ),
        rule,
        subject: { kind: "objective", id: [...loop].reduce((least, id) => (id < least ? id : least)) },
      };
    }
    case "level-order": {
      // The community objective contributes down to the objective.
      return {
        framework: replace(
          objectives.map((o) => (o.id === apexId ? { ...o, contributesTo: [{ objective: target.id }] } : o)),
        ),
        rule,
        subject: { kind: "objective", id: apexId },
      };
    }
    case "no-action-plan":
      // A unit objective with an owner, contributing to the apex, with no action and none beneath it.
      return { framework: replace([...objectives, added(apexId, true)]), rule, subject: ADDED };
    case "unowned-objective":
      // A unit objective with no owner and no action, in a unit plan with no owner.
      return {
        framework: {
          ...replace([...objectives, added(apexId, false)]),
          plans: framework.plans.map((plan) => {
            if (plan.id !== "plan-unit") return plan;
            const unowned = { ...plan };
            delete unowned.owner;
            return unowned;
          }),
        },
        rule,
        subject: ADDED,
      };
  }
}
