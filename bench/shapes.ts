/**
 * Deterministic frameworks that grow along one dimension each, for the scaling benchmark
 * (`npm run bench -- scaling`) and its shape tests: every generator gives the same document for the
 * same size, builds fresh objects on every call (a caller may keep or discard them; nothing shared is
 * mutated), and keeps every other dimension fixed, so timing it at n and 4n shows the growth in that
 * dimension alone.
 */
import type { Framework, Indicator, Measurement, Objective, Plan, Target } from "../src/index.js";

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

/** The date of the last of `measurements` daily measurements made by {@link targetsWithLongRedRun}: the date to evaluate them as of. */
export function lastRedRunDate(measurements: number): string {
  return dayAfterBaseline(measurements);
}

/**
 * `targets` targets on one indicator that has `measurements` measurements, one a day from the day
 * after the targets' baseline (so every measurement has a date of its own, running past the goal
 * date when there are more than 1,096), every one far below every target's path (10 to 19.99
 * against 60 rising to 70–79): each target's whole run of measurements is red, and a full
 * evaluation counts `measurements` consecutive reds for every target.
 */
export function targetsWithLongRedRun(targets: number, measurements: number): Framework {
  return frameworkOf(`red-run-${String(targets)}x${String(measurements)}`, {
    indicators: [indicator("pi")],
    targets: Array.from({ length: targets }, (_, t) =>
      target(`t-${String(t)}`, "pi", { goal: { date: GOAL_DATE, value: String(70 + (t % 10)) } }),
    ),
    measurements: Array.from({ length: measurements }, (_, i) => ({
      indicator: "pi",
      date: dayAfterBaseline(1 + i),
      value: (10 + ((i * 7919) % 1000) / 100).toString(),
    })),
  });
}
