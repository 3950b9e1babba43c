/**
 * The frameworks the cascade checker's golden fixture (test/cascade/fixtures/golden.json) was taken
 * on, with today's code (e420c48), before issue 22 made findings cheaper: the examples, the rule
 * pages' base framework, generated documents of every shape, generated cascades broken in every way
 * the rules look for, and two bench-shaped frameworks of thousands of objectives broken at random.
 * Every case is plain data and deterministic (fixed seeds), so the fixture's digests can be taken
 * again with any build of the checker: `node --import tsx test/cascade/writeGolden.ts [src dir]`.
 *
 * Nothing here imports the checker: the cases are given the library's functions, so the fixture can
 * be written with the code before a change and checked with the code after it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { generateFramework, seededRandom } from "../../bench/generate.js";
import type {
  Action,
  CheckCascadeOptions,
  Framework,
  Objective,
  Plan,
  Rule,
  Target,
  defineRule as DefineRule,
} from "../../src/index.js";
import { cascadeArbitrary } from "../arbitraries/cascade.js";
import { frameworkArbitrary } from "../arbitraries/framework.js";
import { reportableFrameworkArbitrary } from "../arbitraries/report.js";
import { reviewedFrameworkArbitrary } from "../arbitraries/reviews.js";
import { defined } from "../helpers/defined.js";
import { withoutResources } from "../helpers/fixtures.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** One case: a framework (as JSON would give it) and the options it is checked with. */
export interface GoldenCase {
  readonly name: string;
  readonly framework: Framework;
  readonly options?: CheckCascadeOptions;
}

/** The dates the cases are checked as of (undefined: no `asOf`, so the timeliness rules do not run). */
const AS_OF = [undefined, "2001-06-15", "2002-04-01", "2005-03-31"] as const;

function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function withAsOf(asOf: string | undefined, options: CheckCascadeOptions = {}): CheckCascadeOptions {
  return asOf === undefined ? options : { ...options, asOf };
}

/**
 * Custom rules that report what the built-in ones never do: numbers in `data`, a placeholder the
 * data does not fill (kept as written), placeholders with spaces, `__proto__` and `constructor` as
 * data keys, paths and related subjects, findings that tie on subject, rule and message id.
 */
function customRules(defineRule: typeof DefineRule): Rule[] {
  return [
    defineRule({
      id: "golden/every-objective",
      meta: {
        description: "Reports every objective twice, with numbers, paths and related subjects.",
        defaultSeverity: "info",
        seedRef: "0",
        messages: {
          seen: "Objective {{objective}} is number {{ position }} of {{count}}; {{missing}} stays as written.",
          proto: "{{__proto__}} and {{constructor}} and {{toString}}.",
        },
        docs: "A golden-fixture rule.",
      },
      check(context) {
        let position = 0;
        const count = context.index.objectives.size;
        for (const objective of context.index.objectives.values()) {
          position += 1;
          context.report({
            messageId: "seen",
            subject: { kind: "objective", id: objective.id },
            data: { objective: objective.id, position, count },
            path: [objective.id, ...(objective.contributesTo ?? []).map((link) => link.objective)],
            related: [{ kind: "plan", id: objective.plan }],
          });
          // A tie on subject, rule and message id, parted by message or path.
          context.report({
            messageId: "seen",
            subject: { kind: "objective", id: objective.id },
            data: { objective: objective.id, position: count - position, count },
          });
          context.report({
            messageId: "proto",
            subject: { kind: "objective", id: objective.id },
            data: Object.fromEntries([
              ["__proto__", objective.id],
              ["constructor", position],
            ]) as Record<string, string | number>,
            path: [],
          });
        }
      },
    }),
    defineRule({
      id: "golden/framework",
      meta: {
        description: "Reports the framework once, with no data.",
        defaultSeverity: "error",
        seedRef: "0",
        messages: { plain: "The framework {{id}} has no data to fill this." },
        docs: "A golden-fixture rule.",
      },
      check(context) {
        context.report({ messageId: "plain", subject: { kind: "framework", id: context.index.framework.id } });
      },
    }),
  ];
}

/** The examples and the rule pages' base framework, as of several dates. */
function exampleCases(): GoldenCase[] {
  const files = {
    stockton: `${root}examples/frameworks/stockton.json`,
    spelthorne: `${root}examples/frameworks/spelthorne.json`,
    base: `${root}docs/rules/base-framework.json`,
  };
  const cases: GoldenCase[] = [];
  for (const [name, file] of Object.entries(files)) {
    const framework = withoutResources(JSON.parse(readFileSync(file, "utf8")) as Framework);
    for (const asOf of AS_OF)
      cases.push({ name: `${name} asOf ${asOf ?? "none"}`, framework, options: withAsOf(asOf) });
  }
  return cases;
}

/** Generated documents of every shape (any field present or absent, references that may name nothing). */
function documentCases(count: number): GoldenCase[] {
  return fc.sample(frameworkArbitrary, { numRuns: count, seed: 2201 }).map((framework, i) => ({
    name: `document ${i}`,
    framework: json(framework),
    options: withAsOf(AS_OF[i % AS_OF.length]),
  }));
}

/**
 * Generated cascades broken at random: links cut, reversed (loops), made lateral or dangling,
 * owners and plans removed, actions stripped of owner and date, targets made late or impossible.
 */
function brokenCascadeCases(count: number): GoldenCase[] {
  const sources = [
    ...fc.sample(cascadeArbitrary, { numRuns: count, seed: 2202 }),
    ...fc.sample(reportableFrameworkArbitrary, { numRuns: Math.ceil(count / 2), seed: 2203 }),
    ...fc.sample(reviewedFrameworkArbitrary, { numRuns: Math.ceil(count / 2), seed: 2204 }),
  ];
  return sources.map((source, i) => {
    const random = seededRandom(7000 + i);
    const framework = breakFramework(json(source), random, 0.25);
    return { name: `broken cascade ${i}`, framework, options: withAsOf(AS_OF[i % AS_OF.length]) };
  });
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** An action broken one way: no owner, no date, overdue, done undated, done, standing. */
function brokenAction(random: () => number, action: Action): Action {
  switch (Math.floor(random() * 7)) {
    case 0:
      return { title: action.title };
    case 1:
      return { title: action.title, ...(action.owner === undefined ? {} : { owner: action.owner }) };
    case 2:
      return { ...action, due: "2001-05-01", id: `act-${Math.floor(random() * 5)}` };
    case 3:
      return { ...action, status: "done" };
    case 4:
      return { ...action, status: "done", completed: pick(random, ["2001-05-01", "2003-01-01"]) };
    case 5:
      return { title: action.title, ongoing: true };
    default:
      return { title: action.title, owner: "owner-nobody" };
  }
}

/**
 * Breaks a framework in place, each entity with probability `rate`, in one of the ways a rule looks for.
 * Deterministic for a given `random`.
 */
function breakFramework(framework: Framework, random: () => number, rate: number): Framework {
  const objectives = framework.objectives;
  const plans = framework.plans;
  const targets = framework.targets;
  const ids = objectives.map((objective) => objective.id);
  const planIds = plans.map((plan) => plan.id);
  const ownerIds = framework.owners.map((owner) => owner.id);
  const indicatorIds = framework.indicators.map((indicator) => indicator.id);
  const mutable = (value: object): Record<string, unknown> => value as Record<string, unknown>;
  for (const entity of objectives) {
    if (random() >= rate) continue;
    const objective = mutable(entity);
    const links = (objective.contributesTo as Objective["contributesTo"]) ?? [];
    switch (Math.floor(random() * 12)) {
      case 0:
        delete objective.contributesTo;
        break;
      case 1:
        objective.contributesTo = [...links, { objective: pick(random, ids) }];
        break;
      case 2:
        objective.contributesTo = [...links, { objective: `missing-${Math.floor(random() * 3)}` }];
        break;
      case 3:
        objective.contributesTo = links.map((link) => ({ ...link, link: "indirect" }));
        break;
      case 4:
        delete objective.owner;
        if (random() < 0.5) delete objective.actions;
        break;
      case 5:
        objective.plan = pick(random, [...planIds, "plan-missing"]);
        break;
      case 6:
        objective.actions = [
          ...((objective.actions as Action[] | undefined) ?? [{ title: "Act" }]).map((action) =>
            brokenAction(random, action),
          ),
          brokenAction(random, { title: "Another", owner: pick(random, ownerIds), due: "2002-03-31" }),
        ];
        break;
      case 7:
        objective.id = pick(random, ids);
        break;
      case 8:
        delete objective.actions;
        delete objective.contributesTo;
        break;
      case 9:
        objective.owner = pick(random, [...ownerIds, "owner-missing"]);
        break;
      case 10:
        objective.contributesTo = [
          ...links,
          { objective: pick(random, ids), link: "indirect", partners: random() < 0.5 ? [] : ["partner-missing"] },
        ];
        break;
      default:
        objective.actions = [];
    }
  }
  for (const target of targets) {
    if (random() >= rate) continue;
    const t = mutable(target);
    switch (Math.floor(random() * 12)) {
      case 0:
        t.goal = { ...(target.goal as object), date: target.baseline.date };
        break;
      case 1:
        t.goal = { date: "2009-03-31", value: "1" };
        break;
      case 2:
        t.goal = { date: target.goal.date, value: "150" };
        t.baseline = { date: target.baseline.date, value: "-5" };
        break;
      case 3:
        t.goal = { date: target.goal.date, value: target.baseline.value };
        break;
      case 4:
        t.milestones = [
          { date: target.baseline.date, value: "1" },
          { date: "2002-03-31", value: "2" },
          { date: "2002-03-31", value: "3" },
          { date: "2099-01-01", value: "1000" },
        ];
        break;
      case 5:
        t.owner = pick(random, [...ownerIds, "owner-missing"]);
        break;
      case 6:
        t.objective = pick(random, [...ids, "objective-missing"]);
        break;
      case 7:
        t.indicator = pick(random, [...indicatorIds, "indicator-missing"]);
        break;
      case 8:
        t.stretch = { value: target.baseline.value };
        break;
      case 9:
        t.revisions = [
          { date: "2001-09-30", goal: { date: "2001-01-01", value: "5" }, reason: "r" },
          { date: "2002-09-30", goal: { date: "2008-01-01", low: "9", high: "3" }, reason: "r" },
        ];
        break;
      case 10:
        t.correctiveActions = [
          brokenAction(random, { title: "Recover", owner: pick(random, ownerIds), due: "2002-01-31" }),
          brokenAction(random, { title: "Recover again" }),
        ];
        break;
      default:
        t.goal = { date: target.goal.date, low: "80", high: "20" };
    }
  }
  for (const plan of plans) {
    if (random() >= rate) continue;
    const p = mutable(plan);
    switch (Math.floor(random() * 6)) {
      case 0:
        delete p.parent;
        break;
      case 1:
        p.parent = pick(random, [...planIds, "plan-missing"]);
        break;
      case 2:
        delete p.budget;
        delete p.owner;
        break;
      case 3:
        p.period = { start: "2002-04-01", end: "2003-03-31" };
        break;
      case 4:
        p.level = pick(random, ["community", "corporate", "service", "unit", "individual"] as const);
        break;
      default:
        p.owner = "owner-missing";
    }
  }
  for (const indicator of framework.indicators) {
    if (random() >= rate) continue;
    const x = mutable(indicator);
    switch (Math.floor(random() * 4)) {
      case 0:
        x.unit = " ";
        break;
      case 1:
        x.min = "10";
        x.max = "50";
        break;
      case 2:
        x.perspective = pick(random, ["employee", "partner", "financial"] as const);
        break;
      default:
        x.measure = pick(random, ["input", "output", "process"] as const);
    }
  }
  if (random() < rate) framework.owners.push({ ...(framework.owners[0] ?? { id: "o", name: "O", kind: "team" }) });
  if (random() < rate && plans.length > 0) plans.push({ ...(plans[0] as Plan) });
  if (random() < rate && targets.length > 0) targets.push({ ...(targets[0] as Target) });
  if (random() < rate)
    framework.indicators.push({
      id: `idle-${Math.floor(random() * 3)}`,
      title: "Idle",
      unit: "count",
      polarity: "higher-is-better",
      measure: "output",
      frequency: "annual",
    });
  return framework;
}

/**
 * What random breaking seldom makes, added by hand: measurements and reviews given twice, a review
 * of a kind its cycle does not review, a review whose subject id is both a plan's and an objective's,
 * targets owned by the whole organisation, two objectives that contribute only to each other.
 */
function withRarities(framework: Framework): Framework {
  const objectives = framework.objectives.map((objective) => ({ ...objective }));
  const count = objectives.length;
  const a = defined(objectives[count - 1], "an objective");
  const b = defined(objectives[count - 2], "an objective");
  const shared = defined(objectives[count - 3], "an objective");
  objectives[count - 1] = { ...a, contributesTo: [{ objective: b.id }] };
  objectives[count - 2] = { ...b, contributesTo: [{ objective: a.id }] };
  objectives[count - 3] = { ...shared, id: defined(framework.plans[1], "a second plan").id };
  const measurements = framework.measurements ?? [];
  const reviews = framework.reviews ?? [];
  return {
    ...framework,
    owners: [
      ...framework.owners,
      { id: "council", name: "The council", kind: "organisation" },
      { id: "housing", name: "Housing", kind: "team", partOf: "council" },
    ],
    objectives,
    targets: framework.targets.map((target, i) => (i % 97 === 5 ? { ...target, owner: "council" } : target)),
    measurements: [...measurements, ...measurements.slice(0, 4)],
    reviewCycles: [
      ...(framework.reviewCycles ?? []),
      { id: "rc-all", name: "Everything", frequency: "annual", appliesTo: {} },
    ],
    reviews: [
      ...reviews,
      ...reviews.slice(0, 3),
      { cycle: "rc-targets", subjectKind: "plan", subject: (framework.plans[0] as Plan).id, date: "2001-12-31" },
      { cycle: "rc-all", subject: (framework.plans[1] as Plan).id, date: "2001-12-31" },
    ],
  };
}

/**
 * A bench-shaped framework (bench/generate.ts) of `objectives` objectives, with measurements and
 * reviews, broken at `rate`; and the same cascade with every action stripped of its owner and due
 * date, the first import's usual state that issue 22 times.
 */
function generatedCases(objectives: number): GoldenCase[] {
  const tidy = generateFramework({ objectives, seed: 22, measurementsPerIndicator: 3 });
  const broken = breakFramework(json(tidy), seededRandom(2205), 0.03);
  const reviews = broken.objectives.slice(0, 200).map((objective, i) => ({
    cycle: i % 3 === 0 ? "rc-missing" : "rc-targets",
    subject: `t-${objective.id}`,
    date: pick(seededRandom(i), ["2001-07-31", "2002-05-31", "2003-01-15"]),
  }));
  const brokenWithReviews = withRarities({ ...broken, reviews });
  const unsmart = json(tidy);
  for (const objective of unsmart.objectives)
    if (objective.actions !== undefined)
      (objective as { actions: Action[] }).actions = objective.actions.map((action) => ({ title: action.title }));
  return [
    ...AS_OF.map((asOf) => ({
      name: `generated ${objectives} broken asOf ${asOf ?? "none"}`,
      framework: brokenWithReviews,
      options: withAsOf(asOf),
    })),
    { name: `generated ${objectives} tidy`, framework: tidy, options: { asOf: "2002-04-01" } },
    { name: `generated ${objectives} unSMART actions`, framework: unsmart },
  ];
}

/** Rule settings of every kind: severities changed, rules off, options given. */
const SETTINGS: NonNullable<CheckCascadeOptions["rules"]> = {
  "orphan-objective": "info",
  "unowned-target": ["warning"],
  "too-many-indicators": ["error", { max: 1 }],
  "idle-indicator": "off",
  smart: "error",
};

/** Every golden case, in a fixed order. `defineRule` is the library's, for the custom rules. */
export function goldenCases(defineRule: typeof DefineRule): GoldenCase[] {
  const custom = customRules(defineRule);
  const examples = exampleCases();
  const documents = documentCases(240);
  const broken = brokenCascadeCases(120);
  const configured = [...examples.slice(0, 4), ...documents.slice(0, 40), ...broken.slice(0, 40)].map(
    (golden, i): GoldenCase => ({
      name: `${golden.name} configured`,
      framework: golden.framework,
      options: { ...golden.options, rules: SETTINGS, ...(i % 2 === 0 ? { customRules: custom } : {}) },
    }),
  );
  return [...examples, ...documents, ...broken, ...configured, ...generatedCases(3000)];
}

/** The SHA-256 digest of a text, in hex. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** What the fixture keeps of one case: digests of its input and of the checker's report as JSON. */
export interface GoldenDigest {
  readonly name: string;
  readonly input: string;
  readonly output: string;
  readonly findings: number;
}

/** The digest of one case's input (framework and options) and of `report` on it. */
export function goldenDigest(golden: GoldenCase, report: { readonly findings: readonly unknown[] }): GoldenDigest {
  return {
    name: golden.name,
    input: sha256(JSON.stringify([golden.framework, golden.options ?? null])),
    output: sha256(JSON.stringify(report)),
    findings: report.findings.length,
  };
}
