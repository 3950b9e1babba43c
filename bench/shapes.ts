/**
 * Deterministic frameworks that grow along one dimension each, for the scaling benchmark
 * (`npm run bench -- scaling`) and its shape tests: every generator gives the same document for the
 * same size, builds fresh objects on every call (a caller may keep or discard them; nothing shared is
 * mutated), and keeps every other dimension fixed, so timing it at n and 4n shows the growth in that
 * dimension alone.
 */
import type { Framework, FrameworkEvaluation, Indicator, Measurement, Objective, Plan, Target } from "../src/index.js";

const PERIOD = { start: "2001-04-01", end: "2004-03-31" } as const;
const BASELINE_DATE = "2001-03-31";
const GOAL_DATE = "2004-03-31";
/** Days from the baseline to the goal, over which dated series are spread. */
const SPAN_DAYS = 1096;

/** Twelve month ends from April 2001: the dates the comparator benchmark evaluates. */
export const TWELVE_MONTH_ENDS: readonly string[] = [
  "2001-04-30",
  "2001-05-31",
  "2001-06-30",
  "2001-07-31",
  "2001-08-31",
  "2001-09-30",
  "2001-10-31",
  "2001-11-30",
  "2001-12-31",
  "2002-01-31",
  "2002-02-28",
  "2002-03-31",
];

/** Twenty quarter ends from June 2001 to March 2006. */
export const TWENTY_QUARTER_ENDS: readonly string[] = Array.from({ length: 20 }, (_, q) => {
  const year = 2001 + Math.floor((q + 1) / 4);
  const ends = ["03-31", "06-30", "09-30", "12-31"];
  return `${String(year)}-${ends[(q + 1) % 4] as string}`;
});

/** The date `days` days after 2001-03-31, `YYYY-MM-DD` (UTC, so the same in every zone). */
export function dayAfterBaseline(days: number): string {
  return new Date(Date.UTC(2001, 2, 31 + days)).toISOString().slice(0, 10);
}

/** A value between 40 and 80 with two decimal places, from an integer seed. */
function valueFor(seed: number): string {
  return (40 + ((seed * 7919) % 4000) / 100).toString();
}

function communityPlan(): Plan {
  return { id: "cp", name: "Community plan", level: "community", period: { ...PERIOD } };
}

function indicator(id: string, polarity: Indicator["polarity"] = "higher-is-better"): Indicator {
  return { id, title: `Indicator ${id}`, unit: "%", polarity, measure: "outcome", frequency: "monthly" };
}

function target(id: string, indicatorId: string, extra: Partial<Target> = {}): Target {
  return {
    id,
    objective: "top",
    indicator: indicatorId,
    baseline: { date: BASELINE_DATE, value: "60" },
    goal: { date: GOAL_DATE, value: "75" },
    ...extra,
  };
}

/** `count` measurements of `indicatorId`, one a day from the day after the baseline (cycling over the span). */
function dailyMeasurements(indicatorId: string, count: number, seed = 0): Measurement[] {
  return Array.from({ length: count }, (_, i) => ({
    indicator: indicatorId,
    date: dayAfterBaseline(1 + (i % SPAN_DAYS)),
    value: valueFor(seed + i),
  }));
}

function frameworkOf(id: string, parts: Partial<Framework>): Framework {
  return {
    id,
    name: `Scaling shape ${id}`,
    owners: [],
    plans: [communityPlan()],
    objectives: [{ id: "top", plan: "cp", title: "Outcomes" }],
    indicators: [],
    targets: [],
    ...parts,
  };
}

/** `links` parent objectives and one more objective (`hub`) contributing to every one of them, each link weighted 2. */
export function objectiveWithLinks(links: number): Framework {
  const parents: Objective[] = Array.from({ length: links }, (_, i) => ({
    id: `parent-${String(i)}`,
    plan: "cp",
    title: `Parent ${String(i)}`,
  }));
  const hub: Objective = {
    id: "hub",
    plan: "cp",
    title: "Contributes to all",
    contributesTo: parents.map((parent) => ({ objective: parent.id, weight: "2" })),
  };
  return frameworkOf(`links-${String(links)}`, { objectives: [...parents, hub] });
}

/**
 * One target with `milestones` milestones, one a day after its baseline, its goal the day after the
 * last, and 100 measurements of its indicator.
 */
export function targetWithMilestones(milestones: number): Framework {
  const dated = Array.from({ length: milestones }, (_, i) => ({
    date: dayAfterBaseline(1 + i),
    value: (60 + (15 * i) / milestones).toFixed(4),
  }));
  return frameworkOf(`milestones-${String(milestones)}`, {
    indicators: [indicator("pi")],
    targets: [target("t", "pi", { milestones: dated, goal: { date: dayAfterBaseline(milestones + 1), value: "75" } })],
    measurements: dailyMeasurements("pi", 100),
  });
}

/** `targets` targets on one indicator that has `measurements` measurements, one a day over the targets' span (repeating days past it). */
export function targetsOnOneIndicator(targets: number, measurements: number): Framework {
  return frameworkOf(`targets-${String(targets)}`, {
    indicators: [indicator("pi")],
    targets: Array.from({ length: targets }, (_, t) =>
      target(`t-${String(t)}`, "pi", { goal: { date: GOAL_DATE, value: String(70 + (t % 10)) } }),
    ),
    measurements: dailyMeasurements("pi", measurements),
  });
}

/** One target on one indicator that has `measurements` measurements. */
export function indicatorWithMeasurements(measurements: number): Framework {
  return targetsOnOneIndicator(1, measurements);
}

/**
 * `targets` targets, each on an indicator of its own with twelve monthly measurements, each compared
 * with one shared regional indicator that has `targets` measurements (one a day over the span).
 */
export function comparatorTargets(targets: number): Framework {
  const indicators = [indicator("region")];
  const list: Target[] = [];
  const measurements = dailyMeasurements("region", targets);
  for (let t = 0; t < targets; t += 1) {
    const id = `pi-${String(t)}`;
    indicators.push(indicator(id));
    list.push(target(`t-${String(t)}`, id, { comparator: { indicator: "region", margin: "1" } }));
    for (const [m, date] of TWELVE_MONTH_ENDS.entries())
      measurements.push({ indicator: id, date, value: valueFor(t * 12 + m) });
  }
  return frameworkOf(`comparators-${String(targets)}`, { indicators, targets: list, measurements });
}

/** `objectives` objectives under `top` and one review cycle whose `appliesTo.ids` lists every one of them. */
export function reviewCycleListingIds(objectives: number): Framework {
  const listed: Objective[] = Array.from({ length: objectives }, (_, i) => ({
    id: `obj-${String(i)}`,
    plan: "cp",
    title: `Objective ${String(i)}`,
    contributesTo: [{ objective: "top" }],
  }));
  return frameworkOf(`review-${String(objectives)}`, {
    objectives: [{ id: "top", plan: "cp", title: "Outcomes" }, ...listed],
    reviewCycles: [
      {
        id: "rc-listed",
        name: "Quarterly review of listed objectives",
        frequency: "quarterly",
        appliesTo: { kind: "objective", ids: listed.map((objective) => objective.id) },
      },
    ],
  });
}

/**
 * A raw document (not a parsed framework) with `bad` bad entries: `bad` objectives each missing its
 * `title`, so each gives exactly one issue; parsing it below and above the issue cap shows the cap's effect.
 */
export function documentWithBadEntries(bad: number): unknown {
  const framework = frameworkOf(`bad-${String(bad)}`, {});
  return {
    ...framework,
    objectives: [
      ...framework.objectives,
      ...Array.from({ length: bad }, (_, i) => ({ id: `bad-${String(i)}`, plan: "cp" })),
    ],
  };
}

/** A corporate plan, below the community plan (issue 19's report shapes). */
function corporatePlan(): Plan {
  return { id: "corp", name: "Corporate plan", level: "corporate", period: { ...PERIOD } };
}

/** A red target `id` on `objective`: its own indicator, 60 → 75, measured at 10 a year in. */
function redTarget(id: string, objective: string): { indicator: Indicator; target: Target; measurement: Measurement } {
  const pi = `pi-${id}`;
  return {
    indicator: indicator(pi),
    target: target(id, pi, { objective }),
    measurement: { indicator: pi, date: "2002-03-31", value: "10" },
  };
}

/**
 * `objectives` corporate objectives serving the aim `top`, and one service objective (`shared`)
 * contributing to every one of them, with a red target and, beneath it, as many unit objectives
 * (each with a green target on one indicator when `unitTargets`): every corporate objective's
 * subtree holds the whole shared one.
 */
export function corporateObjectivesOverSharedService(objectives: number, unitTargets = false): Framework {
  const corporate: Objective[] = Array.from({ length: objectives }, (_, i) => ({
    id: `corp-${String(i)}`,
    plan: "corp",
    title: `Corporate objective ${String(i)}`,
    contributesTo: [{ objective: "top" }],
  }));
  const shared: Objective = {
    id: "shared",
    plan: "corp",
    title: "Shared service objective",
    contributesTo: corporate.map((objective) => ({ objective: objective.id })),
  };
  const units: Objective[] = Array.from({ length: objectives }, (_, i) => ({
    id: `unit-${String(i)}`,
    plan: "corp",
    title: `Unit objective ${String(i)}`,
    contributesTo: [{ objective: "shared" }],
  }));
  const red = redTarget("t-shared", "shared");
  return frameworkOf(`shared-${String(objectives)}`, {
    plans: [communityPlan(), corporatePlan()],
    objectives: [{ id: "top", plan: "cp", title: "Outcomes" }, ...corporate, shared, ...units],
    indicators: [red.indicator, indicator("pi-green")],
    targets: [
      red.target,
      ...(unitTargets ? units.map((unit) => target(`t-${unit.id}`, "pi-green", { objective: unit.id })) : []),
    ],
    measurements: [red.measurement, { indicator: "pi-green", date: "2002-03-31", value: "75" }],
  });
}

/**
 * A cascade `depth` objectives deep below the aim `top` (each contributing to the one above it), with
 * a red target on the bottom objective, or, with `everyLevel`, on every objective of the cascade.
 */
export function deepCascade(depth: number, everyLevel = false): Framework {
  const chain: Objective[] = Array.from({ length: depth }, (_, i) => ({
    id: `o-${String(i)}`,
    plan: "corp",
    title: `Objective ${String(i)}`,
    contributesTo: [{ objective: i === 0 ? "top" : `o-${String(i - 1)}` }],
  }));
  const reds = (everyLevel ? chain : chain.slice(-1)).map((objective) => redTarget(`t-${objective.id}`, objective.id));
  return frameworkOf(`deep-${String(depth)}`, {
    plans: [communityPlan(), corporatePlan()],
    objectives: [{ id: "top", plan: "cp", title: "Outcomes" }, ...chain],
    indicators: reds.map((red) => red.indicator),
    targets: reds.map((red) => red.target),
    measurements: reds.map((red) => red.measurement),
  });
}

/** A plan at `level` with the id `level`, owned by `owner` (every objective in it inherits the owner). */
function planAt(level: Plan["level"], owner: string): Plan {
  return {
    id: level,
    name: `${level} plan`,
    level,
    owner,
    period: { ...PERIOD },
    ...(level === "community" ? {} : { parent: "cp" }),
  };
}

/** Every plan the accountability shapes use, all owned by `lead`. */
function accountabilityFramework(id: string, objectives: Objective[], targets: Target[] = []): Framework {
  return {
    id,
    name: `Scaling shape ${id}`,
    owners: [{ id: "lead", name: "Lead", kind: "individual" }],
    plans: [{ ...planAt("community", "lead"), id: "cp" }, planAt("corporate", "lead"), planAt("service", "lead")],
    objectives: [{ id: "aim", plan: "cp", title: "The aim" }, ...objectives],
    indicators: [indicator("pi")],
    targets,
  };
}

/** A target `id` on objective `objective`, of indicator `pi`. */
function targetOn(id: string, objective: string): Target {
  return { ...target(id, "pi"), objective };
}

/**
 * `objectives` service objectives in dense contribution loops of `size` (14 unless given): within a
 * loop every objective links to every other, then to its counterpart in the loop above (the first
 * loop's to the aim). A loop of 14 has about 10^10 simple paths round it, so counting its chains is
 * bounded by the step budget; the growth in n is the growth in loops, each a budgeted walk. A red
 * target sits on each objective of the last loop.
 */
export function denseLoops(objectives: number, size = 14): Framework {
  const loops = Math.max(1, Math.floor(objectives / size));
  const id = (loop: number, k: number): string => `so-${String(loop)}-${String(k)}`;
  const list: Objective[] = [];
  for (let loop = 0; loop < loops; loop += 1)
    for (let k = 0; k < size; k += 1)
      list.push({
        id: id(loop, k),
        plan: "service",
        title: `Loop ${String(loop)} objective ${String(k)}`,
        contributesTo: [
          ...Array.from({ length: size }, (_, j) => j)
            .filter((j) => j !== k)
            .map((j) => ({ objective: id(loop, j) })),
          { objective: loop === 0 ? "aim" : id(loop - 1, k) },
        ],
      });
  const targets = Array.from({ length: size }, (_, k) => targetOn(`t-${String(k)}`, id(loops - 1, k)));
  return accountabilityFramework(`dense-${String(objectives)}`, list, targets);
}

/** The last objective of {@link denseLoops}, the deepest: where a trace starts. */
export function deepestOfDenseLoops(objectives: number, size = 14): string {
  return `so-${String(Math.max(1, Math.floor(objectives / size)) - 1)}-${String(size - 1)}`;
}

/** `objectives` service objectives in one ring, each linking to the next, the last also to the aim. */
export function ring(objectives: number): Framework {
  const list: Objective[] = Array.from({ length: objectives }, (_, i) => ({
    id: `so-${String(i)}`,
    plan: "service",
    title: `Ring objective ${String(i)}`,
    contributesTo: [
      { objective: `so-${String((i + 1) % objectives)}` },
      ...(i === objectives - 1 ? [{ objective: "aim" }] : []),
    ],
  }));
  return accountabilityFramework(`ring-${String(objectives)}`, list);
}

/**
 * A lateral chain under one aim: `objectives` corporate objectives, each contributing to the one
 * before it (the first to the aim), and one service objective under the last, with a red target.
 */
export function lateralChain(objectives: number): Framework {
  const list: Objective[] = Array.from({ length: objectives }, (_, i) => ({
    id: `co-${String(i)}`,
    plan: "corporate",
    title: `Corporate objective ${String(i)}`,
    contributesTo: [{ objective: i === 0 ? "aim" : `co-${String(i - 1)}` }],
  }));
  list.push({
    id: "so",
    plan: "service",
    title: "The service objective",
    contributesTo: [{ objective: `co-${String(objectives - 1)}` }],
  });
  return accountabilityFramework(`lateral-${String(objectives)}`, list, [targetOn("t-so", "so")]);
}

/**
 * One service objective under `objectives` corporate objectives (it contributes to every one; each
 * contributes to the aim), with a red target.
 */
export function serviceUnderCorporate(objectives: number): Framework {
  const list: Objective[] = Array.from({ length: objectives }, (_, i) => ({
    id: `co-${String(i)}`,
    plan: "corporate",
    title: `Corporate objective ${String(i)}`,
    contributesTo: [{ objective: "aim" }],
  }));
  list.push({
    id: "so",
    plan: "service",
    title: "The shared service objective",
    contributesTo: list.map((objective) => ({ objective: objective.id })),
  });
  return accountabilityFramework(`shared-${String(objectives)}`, list, [targetOn("t-so", "so")]);
}

/** An evaluation of `framework` as `impact` reads it: every target red (no measurement is judged). */
export function everyTargetRed(framework: Framework): FrameworkEvaluation<{ target: string; status: "red" }> {
  return {
    asOf: "2002-03-31",
    scale: "DCA5",
    targets: framework.targets.map((item) => ({ target: item.id, status: "red" })),
    objectives: [],
    counts: {} as FrameworkEvaluation["counts"],
    provisional: 0,
    indicators: [],
  } as unknown as FrameworkEvaluation<{ target: string; status: "red" }>;
}

/** The date of the last of `measurements` daily measurements made by {@link targetsWithLongRedRun}: the date to evaluate them as of. */
export function lastRedRunDate(measurements: number): string {
  return dayAfterBaseline(measurements);
}

/**
 * `targets` targets on one indicator that has `measurements` measurements, one a day from the day
 * after the targets' baseline (so every measurement has a date of its own; the goal date moves to
 * the last measurement's when there are more than 1,096, as figures after a target's goal date are
 * not its own), every one far below every target's path (10 to 19.99 against 60 rising to 70–79):
 * each target's whole run of measurements is red, and a full evaluation counts `measurements`
 * consecutive reds for every target.
 */
export function targetsWithLongRedRun(targets: number, measurements: number): Framework {
  const goalDate = measurements > SPAN_DAYS ? dayAfterBaseline(measurements) : GOAL_DATE;
  return frameworkOf(`red-run-${String(targets)}x${String(measurements)}`, {
    indicators: [indicator("pi")],
    targets: Array.from({ length: targets }, (_, t) =>
      target(`t-${String(t)}`, "pi", { goal: { date: goalDate, value: String(70 + (t % 10)) } }),
    ),
    measurements: Array.from({ length: measurements }, (_, i) => ({
      indicator: "pi",
      date: dayAfterBaseline(1 + i),
      value: (10 + ((i * 7919) % 1000) / 100).toString(),
    })),
  });
}

/**
 * {@link objectiveWithLinks} with a target on the hub and one on every parent, due before the hub's:
 * the `deadline-after-parent` rule compares the hub's target with each parent's (n findings), and
 * searched the hub's links for each link before (n²).
 */
export function objectiveWithLinksAndTargets(links: number): Framework {
  const framework = objectiveWithLinks(links);
  return {
    ...framework,
    indicators: [indicator("pi")],
    targets: [
      { ...targetOn("t-hub", "hub"), goal: { date: GOAL_DATE, value: "75" } },
      ...framework.objectives
        .filter((objective) => objective.id !== "hub" && objective.id !== "top")
        .map((objective) => ({
          ...targetOn(`t-${objective.id}`, objective.id),
          goal: { date: "2002-03-31", value: "70" },
        })),
    ],
  };
}

/**
 * {@link objectiveWithLinks} with `links` targets on the hub, all due before every parent's (each
 * parent has one target, due at the goal date): no finding, but the `deadline-after-parent` rule
 * compared each of the hub's targets with each parent (n²) before it took each objective's parents
 * in order of their latest due date.
 */
export function objectiveWithLinksAndManyTargets(links: number): Framework {
  const framework = objectiveWithLinks(links);
  const parents = framework.objectives.filter((objective) => objective.id !== "hub" && objective.id !== "top");
  return {
    ...framework,
    indicators: [indicator("pi")],
    targets: [
      ...Array.from({ length: links }, (_, i) => ({
        ...targetOn(`t-hub-${String(i)}`, "hub"),
        goal: { date: "2002-03-31", value: "70" },
      })),
      ...parents.map((objective) => ({
        ...targetOn(`t-${objective.id}`, objective.id),
        goal: { date: GOAL_DATE, value: "75" },
      })),
    ],
  };
}

/**
 * `plans` service plans under the community plan, and `plans` monthly review cycles of the
 * community plan alone (`appliesTo: { kind: "plan", level: "community" }`): each cycle covers one
 * plan, but read every plan to find it (n²) before the subjects were grouped by level.
 */
export function levelCyclesOverManyPlans(plans: number): Framework {
  return frameworkOf(`level-cycles-${String(plans)}`, {
    plans: [
      communityPlan(),
      ...Array.from({ length: plans }, (_, i) => ({
        id: `svc-${String(i)}`,
        name: `Service plan ${String(i)}`,
        level: "service" as const,
        parent: "cp",
        period: { ...PERIOD },
      })),
    ],
    reviewCycles: Array.from({ length: plans }, (_, i) => ({
      id: `rc-${String(i)}`,
      name: `Review ${String(i)} of the community plan`,
      frequency: "monthly" as const,
      appliesTo: { kind: "plan" as const, level: "community" as const },
    })),
  });
}

/**
 * `targets` targets on one indicator that has `measurements` measurements, one a day up to 22
 * December 2003, before the report's date of 31 December (issue 20), every one 97 against a flat path at 100 with a 5%
 * tolerance: every target is amber on every date, so the report's decision looks back over each
 * one's run of amber periods (at most `amberPeriods` figures).
 */
export function amberTargetsOnOneIndicator(targets: number, measurements: number): Framework {
  return frameworkOf(`amber-${String(targets)}x${String(measurements)}`, {
    indicators: [indicator("pi")],
    targets: Array.from({ length: targets }, (_, t) =>
      target(`t-${String(t)}`, "pi", {
        baseline: { date: BASELINE_DATE, value: "100" },
        goal: { date: GOAL_DATE, value: "100" },
        tolerance: { percent: "5" },
      }),
    ),
    measurements: Array.from({ length: measurements }, (_, i) => ({
      indicator: "pi",
      // Ascending, the last on 22 December 2003 (996 days after the baseline).
      date: dayAfterBaseline(SPAN_DAYS - 100 - Math.min(measurements, SPAN_DAYS - 100) + 1 + (i % (SPAN_DAYS - 100))),
      value: "97",
    })),
  });
}

/**
 * One target on a monthly indicator reviewed `reviews` times, with as many figures, spread over the
 * target's three years and interleaved with the reviews; the figures stop half way, so the later half
 * of the reviews are made without data (`review-without-data`). Each review is judged by a binary
 * search in the series.
 */
export function targetReviewedOverLongSeries(reviews: number): Framework {
  const step = SPAN_DAYS / (reviews + 1);
  return frameworkOf(`reviewed-${String(reviews)}`, {
    indicators: [indicator("pi")],
    targets: [target("t", "pi")],
    measurements: Array.from({ length: Math.floor(reviews / 2) }, (_, i) => ({
      indicator: "pi",
      date: dayAfterBaseline(Math.floor(i * step)),
      value: valueFor(i),
    })),
    reviewCycles: [{ id: "rc", name: "Monthly report", frequency: "monthly", appliesTo: { kind: "target" } }],
    reviews: Array.from({ length: reviews }, (_, i) => ({
      cycle: "rc",
      subject: "t",
      date: dayAfterBaseline(Math.floor(i * step) + 1),
    })),
  });
}

/**
 * 200 service plans that each run `years` years from 1 April 2001, and a monthly review cycle of
 * plans: the schedule of the plans' last year. Before issue 20 the schedule stepped every month
 * from each plan's start, so its cost followed the span; it now finds the window's first period by
 * arithmetic.
 */
export function longPlansReviewedMonthly(years: number): Framework {
  return frameworkOf(`long-plans-${String(years)}`, {
    plans: Array.from({ length: 200 }, (_, i) => ({
      id: `svc-${String(i)}`,
      name: `Service plan ${String(i)}`,
      level: "service" as const,
      period: { start: "2001-04-01", end: `${String(2001 + years)}-03-31` },
    })),
    objectives: [],
    reviewCycles: [
      { id: "rc-monthly", name: "Monthly review", frequency: "monthly" as const, appliesTo: { kind: "plan" as const } },
    ],
  });
}

/**
 * `lines` budget lines keyed to the one objective, each with a 2001/02 budget, and `entries` spend
 * entries spread over them and over the year's first six month ends (actuals, every tenth a
 * commitment), with a holder's forecast for every third line and a carry-forward into the year for
 * every fifth: `monitorBudgets` as of the end of September reads all of it. With `profilesOfTheirOwn`,
 * every line has a monthly profile no other line shares (so no share can be reused across lines).
 */
export function budgetsWithSpend(lines: number, entries: number, profilesOfTheirOwn = false): Framework {
  const monthEnds = ["2001-04-30", "2001-05-31", "2001-06-30", "2001-07-31", "2001-08-31", "2001-09-30"];
  const ids = Array.from({ length: lines }, (_, i) => `b-${String(i)}`);
  return frameworkOf(`budgets-${String(lines)}x${String(entries)}`, {
    budgets: ids.map((id, i) => ({
      id,
      name: `Budget line ${String(i)}`,
      objective: "top",
      ...(profilesOfTheirOwn
        ? { profile: { monthly: [...Array.from({ length: 11 }, () => "1"), `1.${String(100001 + 2 * i)}`] } }
        : i % 4 === 0
          ? { profile: { quarterly: ["1", "1", "1.5", "0.5"] } }
          : {}),
      years: [{ year: "2001/02", amount: String(100000 + ((i * 7919) % 50000)) }],
    })),
    spend: Array.from({ length: entries }, (_, e) => ({
      budget: ids[(e * 31) % lines] as string,
      date: monthEnds[e % monthEnds.length] as string,
      amount: `${String(1000 + ((e * 104729) % 9000))}.${String(e % 100).padStart(2, "0")}`,
      ...(e % 10 === 9 ? { kind: "commitment" as const } : {}),
    })),
    outturnForecasts: ids
      .filter((_, i) => i % 3 === 0)
      .map((id) => ({ budget: id, date: "2001-09-30", year: "2001/02", amount: "120000" })),
    carryForwards: ids.filter((_, i) => i % 5 === 0).map((id) => ({ budget: id, from: "2000/01", amount: "2500.50" })),
  });
}

/**
 * A chain of `depth` service objectives up to one aim, with a budget line keyed to every tenth
 * link of the chain and a second aim each tenth objective also serves (weight 2): the money's walk
 * up the cascade for `resourcesByAim`, its splits included.
 */
export function budgetChain(depth: number): Framework {
  const objectives = [
    { id: "aim", plan: "cp", title: "Aim" },
    { id: "aim-2", plan: "cp", title: "Second aim" },
    ...Array.from({ length: depth }, (_, i) => ({
      id: `o-${String(i)}`,
      plan: "sp",
      title: `Objective ${String(i)}`,
      contributesTo: [
        { objective: i === 0 ? "aim" : `o-${String(i - 1)}` },
        ...(i % 10 === 0 ? [{ objective: "aim-2", weight: "2" }] : []),
      ],
    })),
  ];
  return frameworkOf(`budget-chain-${String(depth)}`, {
    plans: [
      communityPlan(),
      {
        id: "sp",
        name: "Service plan",
        level: "service",
        parent: "cp",
        period: { start: "2001-04-01", end: "2004-03-31" },
      },
    ],
    objectives,
    budgets: Array.from({ length: Math.ceil(depth / 10) }, (_, i) => ({
      id: `b-${String(i)}`,
      name: `Line ${String(i)}`,
      objective: `o-${String(depth - 1 - 10 * i)}`,
      years: [{ year: "2001/02", amount: String(1000 + i) }],
    })),
  });
}

/**
 * One council's finances beside its cascade (issue 23): 5 aims, 20 corporate objectives, and
 * `lines / 2` service objectives each serving one or two corporate objectives (weights 2 and 1),
 * with `lines` budget lines (one in ten capital) keyed to the service objectives over 2000/01 and
 * 2001/02, a month's spend on each line for every month to September 2001 (income now and then),
 * commitments, holders' forecasts on a third of the lines, carry-forwards on a fifth, and `unitCosts`
 * unit costs (ten unless told) with their counts a year apart: what a council's finance system
 * exports in a quarter.
 */
export function councilFinances(lines: number, seed = 1, unitCosts = 10): Framework {
  const services = Math.max(1, Math.floor(lines / 2));
  // The month ends of 2000/01 and of 2001/02 to September: 2000/01's are 2001/02's a year earlier.
  const months = [
    ...TWELVE_MONTH_ENDS.map((date) => `${String(Number(date.slice(0, 4)) - 1)}${date.slice(4)}`),
    ...TWELVE_MONTH_ENDS.slice(0, 6),
  ];
  const objectives = [
    ...Array.from({ length: 5 }, (_, a) => ({ id: `aim-${String(a)}`, plan: "cp", title: `Aim ${String(a)}` })),
    ...Array.from({ length: 20 }, (_, c) => ({
      id: `co-${String(c)}`,
      plan: "corp",
      title: `Corporate objective ${String(c)}`,
      contributesTo: [{ objective: `aim-${String(c % 5)}` }],
    })),
    ...Array.from({ length: services }, (_, s) => ({
      id: `so-${String(s)}`,
      plan: "sp",
      title: `Service objective ${String(s)}`,
      contributesTo: [
        { objective: `co-${String((s * 7 + seed) % 20)}`, weight: "2" },
        ...(s % 3 === 0 ? [{ objective: `co-${String((s * 11 + seed) % 20)}`, weight: "1" }] : []),
      ],
    })),
  ];
  const ids = Array.from({ length: lines }, (_, i) => `b-${String(i)}`);
  const counted = Array.from({ length: unitCosts }, (_, u) => u % services);
  return frameworkOf(`council-${String(seed)}-${String(lines)}`, {
    plans: [
      communityPlan(),
      { id: "corp", name: "Corporate plan", level: "corporate", parent: "cp", period: { ...PERIOD } },
      { id: "sp", name: "Service plan", level: "service", parent: "corp", period: { ...PERIOD } },
    ],
    objectives,
    indicators: counted.map((_, u) => ({
      id: `pi-count-${String(u)}`,
      title: `Outcomes ${String(u)}`,
      unit: "people",
      polarity: "higher-is-better" as const,
      measure: "outcome" as const,
      frequency: "quarterly" as const,
      aggregation: "running-total" as const,
    })),
    measurements: counted.flatMap((_, u) =>
      ["2000-06-30", "2000-09-30", "2001-06-30", "2001-09-30"].map((date, k) => ({
        indicator: `pi-count-${String(u)}`,
        date,
        value: String(40 + ((u * 13 + k * 17 + seed) % 60)),
      })),
    ),
    budgets: ids.map((id, i) => ({
      id,
      name: `Budget line ${String(i)}`,
      objective: `so-${String(i % services)}`,
      ...(i % 10 === 9 ? { kind: "capital" as const } : {}),
      ...(i % 4 === 0 ? { profile: { quarterly: ["1", "1", "1.5", "0.5"] } } : {}),
      years: [
        { year: "2000/01", amount: String(120000 + ((i * 7919 + seed) % 60000)) },
        { year: "2001/02", amount: String(125000 + ((i * 104729 + seed) % 60000)) },
      ],
    })),
    spend: ids.flatMap((id, i) => [
      ...months.map((date, m) => ({
        budget: id,
        date,
        amount: `${String(9000 + ((i * 31 + m * 7919 + seed) % 3000))}.${String((i + m) % 100).padStart(2, "0")}`,
      })),
      ...(i % 7 === 0 ? [{ budget: id, date: "2001-08-31", amount: "-450.25" }] : []),
      ...(i % 5 === 0 ? [{ budget: id, date: "2001-09-30", amount: "2500", kind: "commitment" as const }] : []),
    ]),
    outturnForecasts: ids
      .filter((_, i) => i % 3 === 0)
      .map((id) => ({ budget: id, date: "2001-09-30", year: "2001/02", amount: "131000" })),
    carryForwards: ids
      .filter((_, i) => i % 5 === 0)
      .map((id, k) => ({
        budget: id,
        from: "2000/01",
        amount: k % 2 === 0 ? "2500.50" : "-1200",
        approved: "2001-05-14",
      })),
    unitCosts: counted.map((s, u) => ({
      id: `uc-${String(u)}`,
      name: `Cost per outcome ${String(u)}`,
      indicator: `pi-count-${String(u)}`,
      objective: `so-${String(s)}`,
    })),
  });
}
