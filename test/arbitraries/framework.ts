import fc from "fast-check";
import { calendarDateArbitrary } from "../../src/testing/index.js";
import { toDecimal } from "../../src/internal/decimal.js";
import type { DecimalValue, Framework, Goal, Tolerance } from "../../src/index.js";

/** Ids: ordinary ones, awkward ones and the names of Object.prototype members. */
export const idArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
  fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "ü-ñ", "a b", "0"),
  fc.string({ minLength: 1, maxLength: 8 }).filter((value) => value.trim() === value && value.length > 0),
);

/** A real calendar date, 1990 to 2040. */
export const dateArbitrary: fc.Arbitrary<string> = calendarDateArbitrary({ from: "1990-01-01", to: "2040-12-31" });

/** An ordered pair of dates. */
export const periodArbitrary = fc
  .tuple(dateArbitrary, dateArbitrary)
  .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));

/** A decimal string in plain notation. */
export const decimalStringArbitrary: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
  });

/** A value as accepted on input: a decimal string or a finite number (never -0, which JSON writes as 0),
 * within the parser's digit limits (30 significant digits, 20 before the point and 20 after). */
export const decimalValueArbitrary: fc.Arbitrary<DecimalValue> = fc.oneof(
  decimalStringArbitrary,
  fc
    .double({ noNaN: true, min: -1e15, max: 1e15 })
    .map((value) => Math.round(value * 1e6) / 1e6)
    .map((value) => (Object.is(value, -0) ? 0 : value)),
  fc.integer(),
);

/** A value 0 or more, as tolerances and weights require. */
export const nonNegativeDecimalValueArbitrary: fc.Arbitrary<DecimalValue> = decimalValueArbitrary.map((value) =>
  typeof value === "number" ? Math.abs(value) : value.replace(/^-/, ""),
);

/** A profile's weights: 0 or more, at least one above 0. */
function profileWeightsArbitrary(count: number): fc.Arbitrary<DecimalValue[]> {
  return fc
    .array(nonNegativeDecimalValueArbitrary, { minLength: count - 1, maxLength: count - 1 })
    .map((weights) => [...weights, "1"]);
}

/** Records with Object.prototype, as JSON.parse makes them. */
const plain = { noNullPrototype: true } as const;

const text = fc.string({ minLength: 1, maxLength: 20 });

const toleranceArbitrary: fc.Arbitrary<Tolerance> = fc.oneof(
  fc.record({ percent: nonNegativeDecimalValueArbitrary }, plain),
  fc.record({ absolute: nonNegativeDecimalValueArbitrary }, plain),
);

const goalArbitrary: fc.Arbitrary<Goal> = fc.oneof(
  fc.record({ date: dateArbitrary, value: decimalValueArbitrary }, plain),
  fc.record(
    {
      date: dateArbitrary,
      change: fc.oneof(
        fc.record({ percent: decimalValueArbitrary }, plain),
        fc.record({ absolute: decimalValueArbitrary }, plain),
        fc.record({ points: decimalValueArbitrary }, plain),
      ),
    },
    plain,
  ),
  fc.record({ date: dateArbitrary, low: decimalValueArbitrary, high: decimalValueArbitrary }, plain),
);

/**
 * Any valid framework document: every field of every entity, optional ones present or absent, with
 * references that may or may not resolve (parsing checks shape, not links).
 */
export const frameworkArbitrary: fc.Arbitrary<Framework> = fc.record(
  {
    id: idArbitrary,
    name: text,
    financialYearStart: fc.constantFrom("04-01", "01-01", "07-01", "10-01"),
    note: text,
    owners: fc.array(
      fc.record(
        {
          id: idArbitrary,
          name: text,
          kind: fc.constantFrom("individual", "team", "member", "partnership", "organisation"),
          role: text,
          partOf: idArbitrary,
          note: text,
        },
        { requiredKeys: ["id", "name", "kind"], noNullPrototype: true },
      ),
      { maxLength: 4 },
    ),
    plans: fc.array(
      fc.record(
        {
          id: idArbitrary,
          name: text,
          level: fc.constantFrom("community", "corporate", "service", "unit", "individual"),
          statutory: fc.boolean(),
          parent: idArbitrary,
          owner: idArbitrary,
          period: periodArbitrary,
          budget: fc.record(
            {
              amount: decimalValueArbitrary,
              currency: fc.constantFrom("GBP", "EUR"),
              period: periodArbitrary,
              note: text,
            },
            { requiredKeys: ["amount"], noNullPrototype: true },
          ),
          overview: fc.record(
            {
              whereWeAreNow: text,
              whereWeWantToBe: text,
              howWeWantToBe: text,
              criticalSuccessFactors: fc.array(text, { maxLength: 3 }),
              strategies: fc.array(text, { maxLength: 3 }),
              resourceImplications: text,
            },
            { requiredKeys: [], noNullPrototype: true },
          ),
          note: text,
        },
        { requiredKeys: ["id", "name", "level", "period"], noNullPrototype: true },
      ),
      { maxLength: 4 },
    ),
    objectives: fc.array(
      fc.record(
        {
          id: idArbitrary,
          plan: idArbitrary,
          title: text,
          outcome: text,
          owner: idArbitrary,
          contributesTo: fc.array(
            fc.record(
              {
                objective: idArbitrary,
                link: fc.constantFrom("direct", "indirect"),
                partners: fc.array(idArbitrary, { maxLength: 2 }),
                soThat: text,
                weight: nonNegativeDecimalValueArbitrary,
                note: text,
              },
              { requiredKeys: ["objective"], noNullPrototype: true },
            ),
            { maxLength: 3 },
          ),
          actions: fc.array(
            fc.record(
              { id: idArbitrary, title: text, owner: idArbitrary, due: dateArbitrary, note: text },
              { requiredKeys: ["title"], noNullPrototype: true },
            ),
            { maxLength: 2 },
          ),
          note: text,
        },
        { requiredKeys: ["id", "plan", "title"], noNullPrototype: true },
      ),
      { maxLength: 6 },
    ),
    indicators: fc.array(
      fc
        .record(
          {
            id: idArbitrary,
            title: text,
            code: text,
            source: fc.constantFrom("national", "local"),
            definition: text,
            unit: text,
            polarity: fc.constantFrom("higher-is-better", "lower-is-better", "in-band"),
            measure: fc.constantFrom("input", "output", "outcome", "process"),
            financial: fc.boolean(),
            perspective: fc.constantFrom("customer", "citizen", "employee", "partner", "financial", "internal"),
            frequency: fc.constantFrom("monthly", "quarterly", "annual"),
            // The deprecated `cumulative` is left to unit tests: generated beside `aggregation`, the two could disagree.
            aggregation: fc.constantFrom("snapshot", "running-total", "year-to-date-rate"),
            lagDays: fc.integer({ min: 0, max: 120 }),
            materiality: fc.oneof(
              nonNegativeDecimalValueArbitrary.map((percent) => ({ percent })),
              nonNegativeDecimalValueArbitrary.map((points) => ({ points })),
            ),
            profile: fc.oneof(
              fc.record({ monthly: profileWeightsArbitrary(12) }, plain),
              fc.record({ quarterly: profileWeightsArbitrary(4) }, plain),
            ),
            decimals: fc.integer({ min: 0, max: 10 }),
            tolerance: toleranceArbitrary,
            min: decimalValueArbitrary,
            max: decimalValueArbitrary,
            note: text,
          },
          { requiredKeys: ["id", "title", "unit", "polarity", "measure", "frequency"], noNullPrototype: true },
        )
        .map((indicator) =>
          // Natural bounds in order: a min above its max is a parse issue, not a valid framework.
          indicator.min !== undefined &&
          indicator.max !== undefined &&
          toDecimal(indicator.min).greaterThan(toDecimal(indicator.max))
            ? { ...indicator, min: indicator.max, max: indicator.min }
            : indicator,
        ),
      { maxLength: 4 },
    ),
    targets: fc.array(
      fc.record(
        {
          id: idArbitrary,
          title: text,
          objective: idArbitrary,
          indicator: idArbitrary,
          owner: idArbitrary,
          baseline: fc.record({ date: dateArbitrary, value: decimalValueArbitrary }, plain),
          goal: goalArbitrary,
          milestones: fc.array(fc.record({ date: dateArbitrary, value: decimalValueArbitrary }, plain), {
            maxLength: 3,
          }),
          trajectory: fc.constantFrom("linear", "step", "compound", "period-target"),
          tolerance: toleranceArbitrary,
          stretch: fc.record(
            { value: decimalValueArbitrary, note: text },
            { requiredKeys: ["value"], noNullPrototype: true },
          ),
          comparator: fc.record(
            { indicator: idArbitrary, label: text, margin: decimalValueArbitrary, note: text },
            { requiredKeys: ["indicator"], noNullPrototype: true },
          ),
          floor: decimalValueArbitrary,
          revisions: fc.uniqueArray(fc.record({ date: dateArbitrary, goal: goalArbitrary, reason: text }, plain), {
            selector: (revision) => revision.date,
            maxLength: 2,
          }),
          weight: nonNegativeDecimalValueArbitrary,
          note: text,
        },
        { requiredKeys: ["id", "objective", "indicator", "baseline", "goal"], noNullPrototype: true },
      ),
      { maxLength: 4 },
    ),
    measurements: fc.array(
      fc.record(
        {
          indicator: idArbitrary,
          date: dateArbitrary,
          value: decimalValueArbitrary,
          quality: fc.constantFrom("validated", "provisional", "estimate"),
          note: text,
          correctiveAction: text,
        },
        { requiredKeys: ["indicator", "date", "value"], noNullPrototype: true },
      ),
      { maxLength: 5 },
    ),
    reviewCycles: fc.array(
      fc.record(
        {
          id: idArbitrary,
          name: text,
          frequency: fc.oneof(
            fc.constantFrom("monthly", "quarterly", "half-yearly", "annual"),
            fc.record({ everyMonths: fc.integer({ min: 1, max: 120 }) }, plain),
          ),
          appliesTo: fc.record(
            {
              level: fc.constantFrom("community", "corporate", "service", "unit", "individual"),
              kind: fc.constantFrom("plan", "objective", "target", "owner"),
              ids: fc.array(idArbitrary, { maxLength: 3 }),
            },
            { requiredKeys: [], noNullPrototype: true },
          ),
          reviewer: idArbitrary,
          note: text,
        },
        { requiredKeys: ["id", "name", "frequency", "appliesTo"], noNullPrototype: true },
      ),
      { maxLength: 3 },
    ),
    reviews: fc.array(
      fc.record(
        { cycle: idArbitrary, subject: idArbitrary, date: dateArbitrary, outcome: text, note: text },
        { requiredKeys: ["cycle", "subject", "date"], noNullPrototype: true },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ["id", "name", "owners", "plans", "objectives", "indicators", "targets"], noNullPrototype: true },
);
