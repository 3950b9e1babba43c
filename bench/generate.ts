/**
 * A deterministic generator of large, valid frameworks: a five-level cascade in which every
 * objective below community level contributes to one objective of the level above. Shared by the
 * benchmarks and the scale tests, so both measure the same shapes.
 */
import type {
  Framework,
  Indicator,
  Measurement,
  Objective,
  Owner,
  Plan,
  PlanLevel,
  ReviewCycle,
  Target,
} from "../src/index.js";

/** Options for {@link generateFramework}. */
export interface GenerateOptions {
  /** How many objectives in all (at least 5). */
  readonly objectives: number;
  /** The seed of the pseudo-random choices; the same seed gives the same framework. Default 1. */
  readonly seed?: number;
  /** How many measurements to give each indicator. Default 0. */
  readonly measurementsPerIndicator?: number;
}

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS: readonly PlanLevel[] = ["community", "corporate", "service", "unit", "individual"];
/** Share of objectives at each level, highest first. */
const SHARES = [0.001, 0.009, 0.04, 0.2, 0.75];
/** Objectives per plan at each level. */
const PER_PLAN = [1_000_000, 1_000_000, 10, 20, 5];

/**
 * A valid cascade of `objectives` objectives over five levels of plans, with an owner for every
 * plan and objective, a target (on one of a pool of indicators) for every objective at service
 * level and above, budgets on service plans and review cycles for plans and targets: a tidy
 * framework, on which the cascade checker finds almost nothing, so benchmarks measure the checking.
 */
export function generateFramework(options: GenerateOptions): Framework {
  const total = Math.max(5, Math.floor(options.objectives));
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const counts = SHARES.map((share) => Math.max(1, Math.floor(total * share)));
  counts[4] = total - counts.slice(0, 4).reduce((sum, count) => sum + count, 0);

  const owners: Owner[] = [];
  const plans: Plan[] = [];
  const objectives: Objective[] = [];
  const targets: Target[] = [];
  const period = { start: "2001-04-01", end: "2004-03-31" };

  let previousPlans: string[] = [];
  let previousObjectives: string[] = [];
  LEVELS.forEach((level, rank) => {
    const count = counts[rank] as number;
    const planCount = Math.max(1, Math.ceil(count / (PER_PLAN[rank] as number)));
    const levelPlans: string[] = [];
    for (let p = 0; p < planCount; p += 1) {
      const id = `plan-${level}-${p}`;
      const owner = `owner-${level}-${p}`;
      owners.push({
        id: owner,
        name: `Owner of ${id}`,
        kind: rank === 0 ? "partnership" : rank === 4 ? "individual" : "team",
      });
      plans.push({
        id,
        name: `${level} plan ${p}`,
        level,
        owner,
        period,
        ...(rank === 0 ? {} : { parent: pick(previousPlans) }),
        ...(level === "service" ? { budget: { amount: "1000000" } } : {}),
      });
      levelPlans.push(id);
    }
    const levelObjectives: string[] = [];
    for (let o = 0; o < count; o += 1) {
      const id = `obj-${level}-${o}`;
      const plan = levelPlans[o % levelPlans.length] as string;
      objectives.push({
        id,
        plan,
        title: `Objective ${o} at ${level} level`,
        owner: `owner-${plan.slice(5)}`,
        ...(rank === 0 ? {} : { contributesTo: [{ objective: pick(previousObjectives) }] }),
        ...(rank >= 2 ? { actions: [{ title: "Deliver it", owner: `owner-${plan.slice(5)}`, due: period.end }] } : {}),
      });
      levelObjectives.push(id);
    }
    previousPlans = levelPlans;
    previousObjectives = levelObjectives;
  });

  const indicatorCount = Math.max(1, Math.min(1000, Math.floor(total / 100)));
  const indicators: Indicator[] = [];
  for (let i = 0; i < indicatorCount; i += 1) {
    indicators.push({
      id: `pi-${i}`,
      title: `Indicator ${i}`,
      unit: "%",
      polarity: i % 2 === 0 ? "higher-is-better" : "lower-is-better",
      measure: (["input", "output", "outcome"] as const)[i % 3] as Indicator["measure"],
      frequency: "quarterly",
    });
  }
  for (const objective of objectives) {
    if (!objective.id.startsWith("obj-unit") && !objective.id.startsWith("obj-individual")) {
      const indicator = pick(indicators);
      const higher = indicator.polarity === "higher-is-better";
      targets.push({
        id: `t-${objective.id}`,
        objective: objective.id,
        indicator: indicator.id,
        baseline: { date: "2001-03-31", value: higher ? "60" : "40" },
        goal: { date: "2004-03-31", value: higher ? "75" : "25" },
      });
    }
  }

  const perIndicator = options.measurementsPerIndicator ?? 0;
  const measurements = indicators.flatMap((indicator) =>
    Array.from({ length: perIndicator }, (_, q) => ({
      indicator: indicator.id,
      date: ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"][q % 4] as string,
      value: (50 + Math.floor(random() * 2000) / 100).toString(),
    })),
  );

  const reviewCycles: ReviewCycle[] = [
    { id: "rc-plans", name: "Annual review of plans", frequency: "annual", appliesTo: { kind: "plan" } },
    { id: "rc-targets", name: "Quarterly report on targets", frequency: "quarterly", appliesTo: { kind: "target" } },
  ];

  return {
    id: `generated-${total}`,
    name: `Generated framework of ${total} objectives`,
    owners,
    plans,
    objectives,
    indicators,
    targets,
    reviewCycles,
    ...(perIndicator > 0 ? { measurements } : {}),
  };
}

/** Four quarter ends from June 2001: the default series of {@link generateAuthority}. */
export const AUTHORITY_QUARTERS: readonly string[] = ["2001-06-30", "2001-09-30", "2001-12-31", "2002-03-31"];

/** One authority's framework: `targets` targets, each with a quarterly measurement series. */
export function generateAuthority(
  targets: number,
  seed = 1,
  quarters: readonly string[] = AUTHORITY_QUARTERS,
): Framework {
  let state = seed;
  const measurements: Measurement[] = [];
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const framework: Framework = {
    id: `authority-${seed}`,
    name: `Authority ${seed}`,
    owners: [],
    plans: [
      { id: "cp", name: "Community plan", level: "community", period: { start: "2001-04-01", end: "2004-03-31" } },
    ],
    objectives: [{ id: "top", plan: "cp", title: "Outcomes" }],
    indicators: [],
    targets: [],
    measurements,
  };
  for (let t = 0; t < targets; t += 1) {
    const higher = t % 2 === 0;
    framework.indicators.push({
      id: `pi-${t}`,
      title: `PI ${t}`,
      unit: "%",
      polarity: higher ? "higher-is-better" : "lower-is-better",
      measure: "outcome",
      frequency: "quarterly",
    });
    framework.targets.push({
      id: `t-${t}`,
      objective: "top",
      indicator: `pi-${t}`,
      baseline: { date: "2001-03-31", value: higher ? "60" : "40" },
      goal: { date: "2004-03-31", value: higher ? "75" : "25" },
    });
    for (const date of quarters)
      measurements.push({
        indicator: `pi-${t}`,
        date,
        value: (40 + Math.floor(random() * 4000) / 100).toString(),
      });
  }
  return framework;
}

/**
 * The same framework with every action stripped of its owner and its due date: an ordinary state of
 * a first import, on which the cascade checker finds two things wrong with each action (about two
 * findings an objective below corporate level).
 */
export function withUnSmartActions(framework: Framework): Framework {
  return {
    ...framework,
    objectives: framework.objectives.map((objective) =>
      objective.actions === undefined
        ? objective
        : { ...objective, actions: objective.actions.map((action) => ({ title: action.title })) },
    ),
  };
}
