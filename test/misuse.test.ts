// Misuse gets the library's answer: every exported engine function, given `undefined`, `null`, `{}`,
// a number, a string or an unparsed framework-like object in place of an argument it reads, throws
// the engine's own PerformanceManagementError naming that argument, never a raw TypeError.
import { describe, expect, it } from "vitest";
import * as library from "../src/index.js";
import {
  AccountabilityError,
  AssessmentError,
  CascadeConfigError,
  type Framework,
  FrameworkValidationError,
  ReportError,
  ResourcesError,
  ReviewError,
  TrajectoryError,
  assess,
  evaluateFramework,
  parseFramework,
  traceUp,
} from "../src/index.js";
import { expectMisuse } from "./helpers/expectMisuse.js";
import { perTest } from "./helpers/perTest.js";

const framework: Framework = parseFramework({
  id: "fw",
  name: "Misuse",
  owners: [{ id: "director", name: "Director of Housing", kind: "individual" }],
  plans: [
    {
      id: "p",
      name: "Service plan",
      level: "service",
      owner: "director",
      period: { start: "2001-04-01", end: "2002-03-31" },
    },
  ],
  objectives: [{ id: "o", plan: "p", title: "Offers within 21 days" }],
  indicators: [
    {
      id: "i",
      title: "Days to an offer",
      unit: "days",
      polarity: "lower-is-better",
      measure: "process",
      frequency: "quarterly",
    },
  ],
  targets: [
    {
      id: "t",
      objective: "o",
      indicator: "i",
      baseline: { date: "2001-03-31", value: "30" },
      goal: { date: "2002-03-31", value: "21" },
    },
  ],
  measurements: [{ indicator: "i", date: "2001-06-30", value: "28" }],
  reviewCycles: [{ id: "rc", name: "Quarterly", frequency: "quarterly", appliesTo: {} }],
});
const target = framework.targets[0] as Framework["targets"][number];
const asOf = "2001-10-01";
const assessment = perTest(() => assess([]));
const evaluation = perTest(() => evaluateFramework(framework, { asOf, detail: "status" }));

/** What careless and hostile callers pass in place of an argument. */
const BAD: readonly (readonly [string, unknown])[] = [
  ["undefined", undefined],
  ["null", null],
  ["{}", {}],
  ["42", 42],
  ['"x"', "x"],
  ["an unparsed framework with wrong shapes", { id: "fw", name: "F", owners: "none", plans: 3, objectives: {} }],
];

/** Sources only: a framework whose lists hold a non-object, and an object that only claims to be an index. */
const BAD_SOURCES: readonly (readonly [string, unknown])[] = [
  ...BAD,
  ["a framework whose plans hold null", { ...framework, plans: [null] }],
  ["a framework without targets", { ...framework, targets: undefined }],
  ["an object claiming to be an index", { kind: "FrameworkIndex" }],
  ["a revoked proxy", revoked()],
  [
    "an object whose getter throws",
    Object.defineProperty({ ...framework }, "owners", {
      get() {
        throw new Error("no owners today");
      },
    }),
  ],
];

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

interface Row {
  /** The exported function called. */
  readonly fn: string;
  /** The argument replaced, as its message must name it. */
  readonly argument: RegExp;
  readonly error: abstract new (...args: never[]) => Error;
  readonly call: (bad: never) => unknown;
  readonly values?: readonly (readonly [string, unknown])[];
}

const source = /\bsource\b/;
const rows: readonly Row[] = [
  // Cascade
  { fn: "checkCascade", argument: source, error: CascadeConfigError, call: (s) => library.checkCascade(s) },
  // Trajectory
  {
    fn: "evaluateTarget",
    argument: source,
    error: TrajectoryError,
    call: (s) => library.evaluateTarget(s, "t", { asOf }),
  },
  {
    fn: "evaluateFramework",
    argument: source,
    error: TrajectoryError,
    call: (s) => library.evaluateFramework(s, { asOf }),
  },
  { fn: "rollUp", argument: source, error: TrajectoryError, call: (s) => library.rollUp(s, []) },
  { fn: "rollUp", argument: /\bevaluations\b/, error: TrajectoryError, call: (e) => library.rollUp(framework, e) },
  {
    fn: "expectedYearToDate",
    argument: source,
    error: TrajectoryError,
    call: (s) => library.expectedYearToDate(s, "t", asOf),
  },
  {
    fn: "statusHistory",
    argument: source,
    error: TrajectoryError,
    call: (s) => library.statusHistory(s, { dates: [asOf] }),
  },
  { fn: "expectedValue", argument: /\btarget\b/, error: TrajectoryError, call: (t) => library.expectedValue(t, asOf) },
  {
    fn: "expectedValue",
    argument: source,
    error: TrajectoryError,
    call: (s) => library.expectedValue(s, "t", asOf),
  },
  { fn: "expectedBand", argument: source, error: TrajectoryError, call: (s) => library.expectedBand(s, "t", asOf) },
  { fn: "trajectory", argument: source, error: TrajectoryError, call: (s) => library.trajectory(s, "t", [asOf]) },
  ...(
    [
      ["target.baseline.value", { ...target, baseline: { date: "2001-03-31", value: "abc" } }],
      ["target.baseline.date", { ...target, baseline: { date: "2001-02-30", value: "30" } }],
      ["target.goal.change", { ...target, goal: { date: "2002-03-31", change: { percent: "1", points: "2" } } }],
      ["target.goal.change.percent", { ...target, goal: { date: "2002-03-31", change: { percent: "ten" } } }],
      ["target.goal.high", { ...target, goal: { date: "2002-03-31", low: "20", high: null } }],
      ["target.goal", { ...target, goal: { date: "2002-03-31" } }],
      ["target.trajectory", { ...target, trajectory: "exponential" }],
      ["target.milestones[0].value", { ...target, milestones: [{ date: "2001-09-30", value: Number.NaN }] }],
      [
        "target.revisions[0].goal.date",
        { ...target, revisions: [{ date: "2001-10-01", goal: { date: "soon", value: "1" } }] },
      ],
    ] as const
  ).flatMap(([place, bad]) =>
    (["expectedValue", "expectedBand", "trajectory"] as const).map((fn) => ({
      fn,
      argument: new RegExp(`${place.replace(/[.[\]]/g, "\\$&")} .* is not what a parsed target has`),
      error: TrajectoryError,
      call: () => (fn === "trajectory" ? library.trajectory(bad as never, [asOf]) : library[fn](bad as never, asOf)),
      values: [["a value inside it", bad]] as const,
    })),
  ),
  { fn: "expectedBand", argument: /\btarget\b/, error: TrajectoryError, call: (t) => library.expectedBand(t, asOf) },
  { fn: "trajectory", argument: /\btarget\b/, error: TrajectoryError, call: (t) => library.trajectory(t, [asOf]) },
  {
    fn: "trajectory",
    argument: /\bdates\b|\bschedule\b/,
    error: TrajectoryError,
    call: (d) => library.trajectory(target, d),
  },
  { fn: "defineScale", argument: /\bscale\b/, error: TrajectoryError, call: (s) => library.defineScale(s) },
  // Review
  {
    fn: "cycleCovers",
    argument: source,
    error: ReviewError,
    call: (s) => library.cycleCovers(s, "rc", { kind: "plan", id: "p" }),
  },
  {
    fn: "reviewsDue",
    argument: source,
    error: ReviewError,
    call: (s) => library.reviewsDue(s, "rc", { kind: "plan", id: "p" }, { asOf }),
  },
  {
    fn: "reviewSchedule",
    argument: source,
    error: ReviewError,
    call: (s) => library.reviewSchedule(s, { from: "2001-04-01", to: "2002-03-31" }),
  },
  { fn: "overdueReviews", argument: source, error: ReviewError, call: (s) => library.overdueReviews(s, { asOf }) },
  // Resources
  { fn: "monitorBudgets", argument: source, error: ResourcesError, call: (s) => library.monitorBudgets(s, { asOf }) },
  { fn: "resourcesByAim", argument: source, error: ResourcesError, call: (s) => library.resourcesByAim(s, { asOf }) },
  { fn: "costPerOutcome", argument: source, error: ResourcesError, call: (s) => library.costPerOutcome(s, { asOf }) },
  // Accountability
  { fn: "traceUp", argument: source, error: AccountabilityError, call: (s) => library.traceUp(s, "o") },
  { fn: "traceDown", argument: source, error: AccountabilityError, call: (s) => library.traceDown(s, "o") },
  {
    fn: "accountableOwners",
    argument: source,
    error: AccountabilityError,
    call: (s) => library.accountableOwners(s, "o"),
  },
  {
    fn: "ownerPortfolio",
    argument: source,
    error: AccountabilityError,
    call: (s) => library.ownerPortfolio(s, "director"),
  },
  {
    fn: "actionsInHand",
    argument: source,
    error: AccountabilityError,
    call: (s) => library.actionsInHand(s, "t", { asOf }),
  },
  { fn: "impact", argument: source, error: AccountabilityError, call: (s) => library.impact(s, evaluation()) },
  {
    fn: "impact",
    argument: /\bevaluation\b/,
    error: AccountabilityError,
    call: (e) => library.impact(framework, e),
  },
  { fn: "narrate", argument: /\bchain\b/, error: AccountabilityError, call: (c) => library.narrate(c) },
  // Assessment
  { fn: "assess", argument: /\bresponses\b/, error: AssessmentError, call: (r) => library.assess(r) },
  { fn: "priorities", argument: /\bassessment\b/, error: AssessmentError, call: (a) => library.priorities(a) },
  { fn: "diagnose", argument: /\bassessment\b/, error: AssessmentError, call: (a) => library.diagnose(a) },
  {
    fn: "compareAssessments",
    argument: /\bbefore\b/,
    error: AssessmentError,
    call: (a) => library.compareAssessments(a, assessment()),
  },
  {
    fn: "compareAssessments",
    argument: /\bafter\b/,
    error: AssessmentError,
    call: (a) => library.compareAssessments(assessment(), a),
  },
  {
    fn: "deriveEvidence",
    argument: source,
    error: AssessmentError,
    call: (s) => library.deriveEvidence(s, { asOf }),
  },
  { fn: "parseCatalogue", argument: /\bcatalogue\b/, error: AssessmentError, call: (c) => library.parseCatalogue(c) },
  // Model
  {
    fn: "parseFramework",
    argument: /\bframework\b/,
    error: FrameworkValidationError,
    call: (f) => library.parseFramework(f),
  },
  {
    fn: "indexFramework",
    argument: /\bframework\b/,
    error: FrameworkValidationError,
    call: (f) => library.indexFramework(f),
  },
  {
    fn: "toFrameworkIndex",
    argument: source,
    error: FrameworkValidationError,
    call: (s) => library.toFrameworkIndex(s),
  },
  {
    fn: "objectiveLevel",
    argument: /\bindex\b/,
    error: FrameworkValidationError,
    call: (i) => library.objectiveLevel(i, "o"),
  },
  // Ids: anything that is not the id of an entity is refused, naming what it should name.
  {
    fn: "evaluateTarget",
    argument: /there is no target/,
    error: TrajectoryError,
    call: (id) => library.evaluateTarget(framework, id, { asOf }),
  },
  {
    fn: "expectedYearToDate",
    argument: /there is no target/,
    error: TrajectoryError,
    call: (id) => library.expectedYearToDate(framework, id, asOf),
  },
  {
    fn: "cycleCovers",
    argument: /there is no review cycle/,
    error: ReviewError,
    call: (id) => library.cycleCovers(framework, id, { kind: "plan", id: "p" }),
  },
  {
    fn: "cycleCovers",
    argument: /\bsubject\b/,
    error: ReviewError,
    call: (subject) => library.cycleCovers(framework, "rc", subject),
  },
  {
    fn: "reviewsDue",
    argument: /there is no review cycle/,
    error: ReviewError,
    call: (id) => library.reviewsDue(framework, id, { kind: "plan", id: "p" }, { asOf }),
  },
  {
    fn: "traceUp",
    argument: /names no objective/,
    error: AccountabilityError,
    call: (id) => library.traceUp(framework, id),
  },
  {
    fn: "traceDown",
    argument: /names no objective/,
    error: AccountabilityError,
    call: (id) => library.traceDown(framework, id),
  },
  {
    fn: "accountableOwners",
    argument: /names no objective/,
    error: AccountabilityError,
    call: (id) => library.accountableOwners(framework, id),
  },
  {
    fn: "ownerPortfolio",
    argument: /names no owner/,
    error: AccountabilityError,
    call: (id) => library.ownerPortfolio(framework, id),
  },
  {
    fn: "actionsInHand",
    argument: /names no target/,
    error: AccountabilityError,
    call: (id) => library.actionsInHand(framework, id, { asOf }),
  },
  // defineRule's incomplete rules have a table of their own below.
  { fn: "defineRule", argument: /\brule\b/, error: CascadeConfigError, call: (r) => library.defineRule(r) },
  // The model's value helpers
  {
    fn: "canonicalDecimal",
    argument: /the value given to canonicalDecimal/,
    error: FrameworkValidationError,
    call: (v) => library.canonicalDecimal(v),
    values: [
      ...BAD.filter(([label]) => label !== "42"),
      ["abc", "abc"],
      ["1e5", "1e5"],
      ["NaN", Number.NaN],
      ["Infinity", Number.POSITIVE_INFINITY],
    ],
  },
  {
    fn: "issuesFromZodError",
    argument: /the error given to issuesFromZodError/,
    error: FrameworkValidationError,
    call: (e) => library.issuesFromZodError(e, {}),
    values: [...BAD, ["{ issues: 'x' }", { issues: "x" }]],
  },
  {
    fn: "financialYearPeriod",
    argument: /the year given to financialYearPeriod/,
    error: FrameworkValidationError,
    call: (y) => library.financialYearPeriod(y),
    values: [...BAD, ["2002/04", "2002/04"], ["2002-03", "2002-03"], ["02/03", "02/03"]],
  },
  {
    fn: "financialYearPeriod",
    argument: /the yearStart given to financialYearPeriod/,
    error: FrameworkValidationError,
    call: (s) => library.financialYearPeriod("2002/03", s),
    values: [
      ["02-29", "02-29"],
      ["4-1", "4-1"],
      ["13-01", "13-01"],
      ["42", 42],
    ],
  },
  {
    fn: "monthsOf",
    argument: /the frequency given to monthsOf/,
    error: FrameworkValidationError,
    call: (f) => library.monthsOf(f),
    values: [...BAD, ["weekly", "weekly"], ["constructor", "constructor"], ["{ everyMonths: 0 }", { everyMonths: 0 }]],
  },
  {
    fn: "graceDaysOf",
    argument: /the cycle given to graceDaysOf/,
    error: FrameworkValidationError,
    call: (c) => library.graceDaysOf(c),
    values: [
      ...BAD.filter(([label]) => label !== "{}" && label !== "an unparsed framework with wrong shapes"),
      ["graceDays -1", { graceDays: -1 }],
      ["graceDays 1.5", { graceDays: 1.5 }],
      ['graceDays "7"', { graceDays: "7" }],
    ],
  },
  {
    fn: "deadlineOf",
    argument: /the cycle given to deadlineOf/,
    error: FrameworkValidationError,
    call: (c) => library.deadlineOf(c),
    values: [
      ...BAD.filter(([label]) => label !== "{}" && label !== "an unparsed framework with wrong shapes"),
      ["graceDays -1", { graceDays: -1 }],
      ["deadline { daysAfterPeriodEnd: -1 }", { deadline: { daysAfterPeriodEnd: -1 } }],
      ["deadline { weeks: 6 }", { deadline: { weeks: 6 } }],
      ['deadline "42"', { deadline: "42" }],
    ],
  },
  // Report
  {
    fn: "performanceReport",
    argument: source,
    error: ReportError,
    call: (s) => library.performanceReport(s, { asOf }),
  },
  {
    fn: "renderReportMarkdown",
    argument: /\breport\b/,
    error: ReportError,
    call: (r) => library.renderReportMarkdown(r),
  },
  { fn: "renderReportHtml", argument: /\breport\b/, error: ReportError, call: (r) => library.renderReportHtml(r) },
  // The one-page plan (issue 21)
  { fn: "planOverview", argument: source, error: ReportError, call: (s) => library.planOverview(s, "p") },
  {
    fn: "planOverview",
    argument: /\bplanId\b/,
    error: ReportError,
    call: (id) => library.planOverview(framework, id),
  },
  {
    fn: "planOverview",
    argument: /\boptions\b/,
    error: ReportError,
    call: (options) => library.planOverview(framework, "p", options),
    values: BAD.filter(([label]) => label !== "{}" && label !== "undefined"),
  },
  {
    fn: "renderTrajectorySvg",
    argument: source,
    error: ReportError,
    call: (s) => library.renderTrajectorySvg(s, "t", { asOf }),
  },
  {
    fn: "renderTrajectorySvg",
    argument: /\btargetId\b/,
    error: ReportError,
    call: (id) => library.renderTrajectorySvg(framework, id, { asOf }),
    values: BAD.filter(([label]) => label !== '"x"'),
  },
  {
    fn: "renderSparklineSvg",
    argument: source,
    error: ReportError,
    call: (s) => library.renderSparklineSvg(s, "t", { asOf }),
  },
  {
    fn: "renderSparklineSvg",
    argument: /\btargetId\b/,
    error: ReportError,
    call: (id) => library.renderSparklineSvg(framework, id, { asOf }),
    values: BAD.filter(([label]) => label !== '"x"'),
  },
  { fn: "renderCascadeMermaid", argument: source, error: ReportError, call: (s) => library.renderCascadeMermaid(s) },
  {
    fn: "renderCascadeMermaid",
    argument: /\boptions\.evaluation\b/,
    error: ReportError,
    call: (e) => library.renderCascadeMermaid(framework, { evaluation: e }),
    values: BAD.filter(([label]) => label !== "undefined"),
  },
  {
    fn: "createFormatter",
    argument: /\blocale\b/,
    error: ReportError,
    call: (l) => library.createFormatter(l),
    values: BAD.filter(([label]) => label !== "undefined"),
  },
];

/**
 * Exported functions that are not in the table, each with the reason. The test below fails when an
 * export is in neither, so a new engine function cannot be added without its misuse case.
 */
const NOT_IN_TABLE: Readonly<Record<string, string>> = {
  // Never throws: a result, as zod's safeParse (checked below).
  safeParseFramework: "returns { success: false } for anything",
  // A predicate: false for anything that is not an index (checked below).
  isFrameworkIndex: "a predicate",
  // Value helpers over parsed values, not engines.
  fitsDecimalDigits: "a predicate: false for anything that is not a decimal (checked below)",
  planLevelRank: "a value helper (-1 for anything that is not a level)",
  frameworkJsonSchema: "takes no argument",
  isJudged: "a predicate: false for anything that is not a judged evaluation (checked below)",
};

function isClass(value: unknown): boolean {
  return typeof value === "function" && Function.prototype.toString.call(value).startsWith("class ");
}

describe("misuse of every engine function", () => {
  it("covers every exported function: each is in the table or named, with its reason, as not in it", () => {
    const exported = Object.entries(library)
      .filter(([, value]) => typeof value === "function" && !isClass(value))
      .map(([name]) => name);
    const tabled = new Set(rows.map((row) => row.fn));
    const missing = exported.filter((name) => !tabled.has(name) && !(name in NOT_IN_TABLE));
    expect(missing).toEqual([]);
    // And the table names no function the library does not export.
    expect([...tabled].filter((name) => !exported.includes(name))).toEqual([]);
  });

  for (const row of rows) {
    const values = row.values ?? (row.argument === source ? BAD_SOURCES : BAD);
    it.each(values.map(([label, value]) => ({ label, value })))(
      `${row.fn}: $label as ${row.argument.source.replace(/\\b/g, "")} throws ${row.error.name}, naming it`,
      ({ value }) => {
        expectMisuse(() => row.call(value as never), row.error, row.argument);
      },
    );
  }

  it("an index built by indexFramework is still accepted, and the source is not copied or changed", () => {
    const index = library.indexFramework(framework);
    expect(library.toFrameworkIndex(index)).toBe(index);
    expect(library.checkCascade(index).errorCount).toBeGreaterThanOrEqual(0);
    expect(traceUp(index, "o").chains.length).toBe(1);
  });

  it("safeParseFramework and isFrameworkIndex answer, never throw", () => {
    for (const [, value] of BAD_SOURCES) {
      expect(library.safeParseFramework(value).success).toBe(false);
      expect(library.isFrameworkIndex(value as Framework)).toBe(false);
    }
  });

  it("isJudged answers false for what is not a judged evaluation, never throws", () => {
    for (const value of [undefined, null, 42, "red", {}, { status: "banana" }, { status: "no-data" }, []])
      expect(library.isJudged(value as never)).toBe(false);
    expect(library.isJudged({ status: "amber-red" })).toBe(true);
  });

  it("fitsDecimalDigits answers false for what is not a decimal, and the model helpers still answer for what is", () => {
    for (const value of [null, undefined, {}, "abc", "1e5", "", Number.NaN, Number.POSITIVE_INFINITY])
      expect(library.fitsDecimalDigits(value as never)).toBe(false);
    expect(library.fitsDecimalDigits("95.5")).toBe(true);
    expect(library.canonicalDecimal("095.50")).toBe("95.5");
    expect(library.monthsOf({ everyMonths: 24 })).toBe(24);
    expect(library.graceDaysOf({ graceDays: 0 })).toBe(0);
    expect(library.graceDaysOf({})).toBe(42);
  });
});

describe("defineRule refuses an incomplete rule, naming what is missing", () => {
  const meta = {
    description: "Every unit plan has a budget.",
    defaultSeverity: "warning",
    seedRef: "5.3.6",
    messages: { missing: "Unit plan {{plan}} has no budget." },
    docs: "Our council's rule.",
  } as const;
  const check = (): void => undefined;
  const cases: readonly (readonly [string, unknown, RegExp])[] = [
    ["no id", { meta, check }, /rule id undefined is malformed/],
    ["a malformed id", { id: "Not An Id", meta, check }, /rule id "Not An Id" is malformed/],
    ["no meta", { id: "my-rule", check }, /rule "my-rule" has no meta/],
    ["meta that is a string", { id: "my-rule", meta: "x", check }, /rule "my-rule" has no meta/],
    ["no description", { id: "my-rule", meta: { ...meta, description: undefined }, check }, /meta\.description/],
    ["no seed reference", { id: "my-rule", meta: { ...meta, seedRef: 4.3 }, check }, /meta\.seedRef/],
    ["no docs", { id: "my-rule", meta: { ...meta, docs: null }, check }, /meta\.docs/],
    [
      "an unknown severity",
      { id: "my-rule", meta: { ...meta, defaultSeverity: "fatal" }, check },
      /unknown default severity "fatal"/,
    ],
    ["no messages", { id: "my-rule", meta: { ...meta, messages: undefined }, check }, /defines no messages/],
    ["empty messages", { id: "my-rule", meta: { ...meta, messages: {} }, check }, /defines no messages/],
    [
      "a message that is not a string",
      { id: "my-rule", meta: { ...meta, messages: { missing: 42 } }, check },
      /meta\.messages\.missing 42/,
    ],
    [
      "options without a schema",
      { id: "my-rule", meta: { ...meta, options: { defaults: {} } }, check },
      /meta\.options/,
    ],
    [
      "requiresAsOf that is not a boolean",
      { id: "my-rule", meta: { ...meta, requiresAsOf: "yes" }, check },
      /requiresAsOf/,
    ],
    ["no check", { id: "my-rule", meta }, /rule "my-rule" has no check function/],
    ["a check that is not a function", { id: "my-rule", meta, check: "check" }, /rule "my-rule" has no check function/],
  ];
  it.each(cases.map(([name, rule, message]) => ({ name, rule, message })))("$name", ({ rule, message }) => {
    expectMisuse(() => library.defineRule(rule as never), CascadeConfigError, message);
  });

  it("a complete rule is still accepted", () => {
    expect(library.defineRule({ id: "my-rule", meta, check }).id).toBe("my-rule");
  });
});

describe("checkCascade refuses an option it does not read", () => {
  it("a misspelt asOf, which would silently skip the timeliness rules, names the option it meant", () => {
    expectMisuse(
      () => library.checkCascade(framework, { asof: asOf } as never),
      CascadeConfigError,
      /options\.asof is not an option: did you mean "asOf"\?/,
    );
    expectMisuse(
      () => library.checkCascade(framework, { rule: {} } as never),
      CascadeConfigError,
      /options\.rule is not an option: did you mean "rules"\?/,
    );
  });
});

describe("values that cannot be written into a message still get the library's answer", () => {
  // A cycle and a BigInt make JSON.stringify throw; an object without a prototype has no String();
  // a Proxy's traps throw on being looked at. Quoting any of them in a message must not replace the
  // misuse error with a raw TypeError.
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  const hostile: readonly (readonly [string, unknown])[] = [
    ["a circular object", circular],
    ["an object whose toJSON gives a BigInt", { toJSON: () => 10n }],
    ["an object without a prototype", Object.create(null) as unknown],
    [
      "a Proxy whose every trap throws",
      new Proxy(
        {},
        {
          get: () => {
            throw new Error("trap");
          },
          getPrototypeOf: () => {
            throw new Error("trap");
          },
        },
      ),
    ],
  ];
  it.each(hostile)("%s as an id, a date or a locale", (_name, value) => {
    expectMisuse(
      () => traceUp(framework, value as string),
      AccountabilityError,
      /names no objective, target or action/,
    );
    expectMisuse(() => library.traceDown(framework, value as string), AccountabilityError, /names no objective/);
    expectMisuse(() => library.ownerPortfolio(framework, value as string), AccountabilityError, /names no owner/);
    expectMisuse(() => library.expectedValue(target, value as string), TrajectoryError, /is not a calendar date/);
    expectMisuse(() => library.expectedYearToDate(framework, "t", value as string), TrajectoryError, /calendar date/);
    expectMisuse(
      () => library.performanceReport(framework, { asOf: value as string }),
      ReportError,
      /is not a calendar date/,
    );
    expectMisuse(() => library.createFormatter(value as string), ReportError, /not a language tag/);
    expectMisuse(() => assess(value as []), AssessmentError, /responses must be an array/);
  });
});

describe("every options object refuses a key its function does not read", () => {
  // A misspelt optional key would leave the default in force without a word: the scale, the period,
  // the number of chains. Each case is the function with a correct call plus one misspelt key.
  const index = library.indexFramework(framework);
  const trace = perTest(() => traceUp(framework, "t"));
  const chain = perTest(() => trace().chains[0] as Parameters<typeof library.narrate>[0]);
  const cases: readonly (readonly [string, () => unknown, abstract new (...args: never[]) => Error, string])[] = [
    [
      "evaluateTarget",
      () => library.evaluateTarget(framework, "t", { asOf, scal: "BRAG" } as never),
      TrajectoryError,
      "scale",
    ],
    [
      "evaluateFramework",
      () => evaluateFramework(framework, { asOf, detial: "status" } as never),
      TrajectoryError,
      "detail",
    ],
    [
      "statusHistory",
      () => library.statusHistory(framework, { dates: [asOf], tolerence: {} } as never),
      TrajectoryError,
      "tolerance",
    ],
    [
      "performanceReport",
      () => library.performanceReport(framework, { asOf, perod: {} } as never),
      ReportError,
      "period",
    ],
    [
      "performanceReport's period",
      () => library.performanceReport(framework, { asOf, period: { from: asOf, to: asOf, too: asOf } } as never),
      ReportError,
      "to",
    ],
    [
      "renderTrajectorySvg",
      () => library.renderTrajectorySvg(framework, "t", { asOf, widht: 300 } as never),
      ReportError,
      "width",
    ],
    [
      "renderSparklineSvg",
      () => library.renderSparklineSvg(framework, "t", { asOf, idprefix: "s1-" } as never),
      ReportError,
      "idPrefix",
    ],
    ["renderCascadeMermaid", () => library.renderCascadeMermaid(framework, { rot: "o" } as never), ReportError, "root"],
    ["overdueReviews", () => library.overdueReviews(framework, { asOf, asof: asOf } as never), ReviewError, "asOf"],
    [
      "monitorBudgets",
      () => library.monitorBudgets(framework, { asOf, tolerance: {} } as never),
      ResourcesError,
      "tolerances",
    ],
    [
      "resourcesByAim",
      () => library.resourcesByAim(framework, { asOf, yaer: "2001/02" } as never),
      ResourcesError,
      "year",
    ],
    [
      "costPerOutcome",
      () => library.costPerOutcome(framework, { asOf, yaer: "2001/02" } as never),
      ResourcesError,
      "year",
    ],
    [
      "reviewsDue",
      () => library.reviewsDue(index, "rc", { kind: "target", id: "t" }, { asOf, asof: asOf } as never),
      ReviewError,
      "asOf",
    ],
    [
      "reviewSchedule",
      () => library.reviewSchedule(framework, { from: asOf, to: asOf, asof: asOf } as never),
      ReviewError,
      "asOf",
    ],
    ["traceUp", () => traceUp(framework, "t", { maxChain: 1 } as never), AccountabilityError, "maxChains"],
    ["narrate", () => library.narrate(chain(), { styl: "in-order-to" } as never), AccountabilityError, "style"],
  ];
  it.each(cases)("%s", (_name, call, errorClass, meant) => {
    expectMisuse(call, errorClass, new RegExp(`is not an option: did you mean "${meant}"\\?`));
  });
});
