/**
 * `npm run bench -- scaling`: how each engine's time grows with one dimension of a framework. Every
 * operation is timed at n and at 4n in the same process (warmed up, the median of a few runs), and the
 * table prints the growth beside the ideal 4×. Where hashing user ids dominates, a bare
 * `Map<string, number>` built and queried with as many JSON-parsed ids, timed the same way at n and
 * 4n, shows how much of the growth is the machine's cache cliff rather than the algorithm. A growth
 * above {@link TOO_STEEP} is marked "!".
 */
import {
  type Target,
  builtInRules,
  checkCascade,
  evaluateFramework,
  evaluateTarget,
  indexFramework,
  renderTrajectorySvg,
  rollUp,
  safeParseFramework,
  statusHistory,
  trajectory,
} from "../src/index.js";
import { impact, ownerPortfolio, traceUp } from "../src/accountability/index.js";

import { generateFramework } from "./generate.js";
import {
  TWELVE_MONTH_ENDS,
  TWENTY_QUARTER_ENDS,
  comparatorTargets,
  deepestOfDenseLoops,
  denseLoops,
  documentWithBadEntries,
  everyTargetRed,
  lateralChain,
  indicatorWithMeasurements,
  lastRedRunDate,
  objectiveWithLinks,
  objectiveWithLinksAndTargets,
  objectiveWithLinksAndManyTargets,
  levelCyclesOverManyPlans,
  reviewCycleListingIds,
  longPlansReviewedMonthly,
  ring,
  serviceUnderCorporate,
  targetWithMilestones,
  targetsOnOneIndicator,
  corporateObjectivesOverSharedService,
  deepCascade,
  targetsWithLongRedRun,
  amberTargetsOnOneIndicator,
  targetReviewedOverLongSeries,
  budgetsWithSpend,
  budgetChain,
  councilFinances,
} from "./shapes.js";
import { costPerOutcome, monitorBudgets, resourcesByAim } from "../src/resources/index.js";
import { performanceReport } from "../src/report/index.js";
import { overdueReviews, reviewSchedule } from "../src/review/index.js";

/** Growth past which a row is marked: 4× the work should take at most this many times as long. */
export const TOO_STEEP = 6;

/** One row of the scaling table: an operation timed on inputs of size n and 4n. */
export interface ScalingCase {
  readonly dimension: string;
  readonly operation: string;
  /** The smaller size; the operation is also timed at four times it. */
  readonly n: number;
  /** Whether hashing user ids dominates, so a bare `Map` baseline is measured beside it. */
  readonly hashing?: boolean;
  /** Builds the operation for a size: prepares its input (untimed) and returns the timed call. */
  readonly prepare: (size: number) => () => unknown;
}

/** One measured row. */
export interface ScalingRow {
  readonly dimension: string;
  readonly operation: string;
  readonly n: number;
  readonly timeN: number;
  readonly time4N: number;
  readonly mapN?: number;
  readonly map4N?: number;
}

/** The shortest measured run worth timing, in ms: quicker operations are repeated up to it. */
const SHORTEST_RUN_MS = 200;

/** How many times to repeat `run` so that one measured run takes at least {@link SHORTEST_RUN_MS} (after a warm-up call). */
export function repeatsFor(run: () => unknown): number {
  run();
  const start = performance.now();
  run();
  const once = Math.max(performance.now() - start, 0.001);
  return Math.max(1, Math.ceil(SHORTEST_RUN_MS / once));
}

/**
 * A full collection, when Node was started with `--expose-gc` (as `npm run bench` is): before each
 * size is prepared, so its runs do not pay for the garbage of the size measured before it. Not
 * before each run: V8 shrinks its young generation after a full collection, and the run after one
 * pays to grow it again.
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * The median time in ms of `repeat` calls of `run`, after one warm-up: of 7 measured runs, or 3
 * when one takes over a second.
 */
export function medianMs(run: () => unknown, repeat: number): number {
  const once = (): number => {
    const start = performance.now();
    for (let i = 0; i < repeat; i += 1) run();
    return performance.now() - start;
  };
  const warm = once();
  const runs = warm > 1000 ? 3 : 7;
  const times = Array.from({ length: runs }, once).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] as number;
}

/**
 * Times `prepare(n)` and `prepare(4n)` with the same number of repeats (chosen at n), as the time of
 * one call: inputs are built just before their timing and dropped after it.
 */
export function timeAtNAnd4N(prepare: (size: number) => () => unknown, n: number): { timeN: number; time4N: number } {
  // Each size's input lives only inside its call, so the collection before the next size frees it.
  const timeAt = (size: number, repeat?: number): { time: number; repeat: number } => {
    collectGarbage();
    const run = prepare(size);
    const times = repeat ?? repeatsFor(run);
    return { time: medianMs(run, times) / times, repeat: times };
  };
  const small = timeAt(n);
  return { timeN: small.time, time4N: timeAt(4 * n, small.repeat).time };
}

/** The bare-Map baseline: build a `Map<string, number>` of `n` JSON-parsed ids and look each up by a distinct string. */
function mapBaseline(n: number): () => unknown {
  const ids = JSON.parse(JSON.stringify(Array.from({ length: n }, (_, i) => `obj-${String(i)}`))) as string[];
  const references = JSON.parse(
    JSON.stringify(Array.from({ length: n }, (_, i) => `obj-${String((i * 7919) % n)}`)),
  ) as string[];
  return () => {
    const map = new Map<string, number>();
    for (let i = 0; i < n; i += 1) map.set(ids[i] as string, i);
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += map.get(references[i] as string) ?? 0;
    return sum;
  };
}

/** A JSON round trip, so ids are distinct string objects as a council system's export gives them. */
function fromJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const asOf = "2002-03-31";

/** The cases of the table, one or more per dimension of issue 8. */
export function scalingCases(): ScalingCase[] {
  return [
    {
      dimension: "objectives",
      operation: "checkCascade (shared index)",
      n: 50_000,
      hashing: true,
      prepare: (size) => {
        const index = indexFramework(fromJson(generateFramework({ objectives: size })));
        return () => checkCascade(index);
      },
    },
    {
      dimension: "objectives",
      operation: 'evaluateFramework (detail "status")',
      n: 50_000,
      hashing: true,
      prepare: (size) => {
        const index = indexFramework(fromJson(generateFramework({ objectives: size, measurementsPerIndicator: 4 })));
        return () => evaluateFramework(index, { asOf, detail: "status" });
      },
    },
    {
      dimension: "links per objective",
      operation: "checkCascade",
      n: 10_000,
      hashing: true,
      prepare: (size) => {
        const framework = fromJson(objectiveWithLinks(size));
        return () => checkCascade(framework);
      },
    },
    {
      dimension: "links per objective",
      operation: "rollUp (weighted)",
      n: 10_000,
      hashing: true,
      prepare: (size) => {
        const index = indexFramework(fromJson(objectiveWithLinks(size)));
        return () => rollUp(index, [], { method: "weighted" });
      },
    },
    {
      dimension: "milestones per target",
      operation: "evaluateTarget (fresh index)",
      n: 5_000,
      prepare: (size) => {
        // A fresh index each call: a shared one keeps the target's path, built on the first call.
        const framework = targetWithMilestones(size);
        return () => evaluateTarget(indexFramework(framework), "t", { asOf });
      },
    },
    {
      dimension: "milestones per target",
      operation: "statusHistory (20 quarters, fresh index)",
      n: 5_000,
      prepare: (size) => {
        const framework = targetWithMilestones(size);
        return () => statusHistory(framework, { dates: TWENTY_QUARTER_ENDS });
      },
    },
    {
      dimension: "targets per indicator",
      operation: "statusHistory (20 quarters, fresh index; n measurements)",
      n: 400,
      prepare: (size) => {
        const framework = targetsOnOneIndicator(size, size);
        return () => statusHistory(framework, { dates: TWENTY_QUARTER_ENDS });
      },
    },
    {
      dimension: "targets per indicator",
      operation: "evaluateTarget, every target (fresh index; n measurements)",
      n: 200,
      prepare: (size) => {
        const framework = targetsOnOneIndicator(size, size);
        const ids = framework.targets.map((item) => item.id);
        return () => {
          const index = indexFramework(framework);
          for (const id of ids) evaluateTarget(index, id, { asOf });
        };
      },
    },
    {
      dimension: "measurements per indicator",
      operation: "statusHistory (20 quarters, fresh index)",
      n: 50_000,
      prepare: (size) => {
        const framework = indicatorWithMeasurements(size);
        return () => statusHistory(framework, { dates: TWENTY_QUARTER_ENDS });
      },
    },
    {
      dimension: "comparator targets",
      operation: "statusHistory (12 month ends, fresh index; comparator of n measurements)",
      n: 500,
      prepare: (size) => {
        const framework = comparatorTargets(size);
        return () => statusHistory(framework, { dates: TWELVE_MONTH_ENDS });
      },
    },
    {
      dimension: "ids per review cycle",
      operation: "checkCascade (asOf, shared index)",
      n: 8_000,
      hashing: true,
      prepare: (size) => {
        const index = indexFramework(fromJson(reviewCycleListingIds(size)));
        return () => checkCascade(index, { asOf });
      },
    },
    {
      dimension: "issues per document (below the cap)",
      operation: "safeParseFramework",
      n: 200,
      prepare: (size) => {
        const document = documentWithBadEntries(size);
        return () => safeParseFramework(document);
      },
    },
    {
      dimension: "issues per document (above the cap)",
      operation: "safeParseFramework",
      n: 5_000,
      prepare: (size) => {
        const document = documentWithBadEntries(size);
        return () => safeParseFramework(document);
      },
    },
    {
      dimension: "corporate objectives over one shared service objective (and n units beneath it)",
      operation: "performanceReport (shared index)",
      n: 2_000,
      prepare: (size) => {
        const index = indexFramework(corporateObjectivesOverSharedService(size));
        return () => performanceReport(index, { asOf });
      },
    },
    {
      dimension: "cascade depth (a red target at the bottom)",
      operation: "performanceReport (shared index)",
      n: 4_000,
      prepare: (size) => {
        const index = indexFramework(deepCascade(size));
        return () => performanceReport(index, { asOf });
      },
    },
    {
      dimension: "cascade depth (a red target at every level)",
      operation: "performanceReport (shared index)",
      n: 1_000,
      prepare: (size) => {
        const index = indexFramework(deepCascade(size, true));
        return () => performanceReport(index, { asOf });
      },
    },
    {
      dimension: "objectives in dense loops of 14 (budgeted)",
      operation: "traceUp (maxChains 1) from the deepest (fresh index)",
      n: 1_400,
      prepare: (size) => {
        // A fresh index each call: a shared one keeps every objective's count, found on the first call.
        const framework = denseLoops(size);
        const from = deepestOfDenseLoops(size);
        return () => traceUp(indexFramework(framework), from, { maxChains: 1 });
      },
    },
    {
      dimension: "objectives in dense loops of 14 (budgeted)",
      operation: "ownerPortfolio (fresh index)",
      n: 1_400,
      prepare: (size) => {
        const framework = denseLoops(size);
        return () => ownerPortfolio(indexFramework(framework), "lead");
      },
    },
    {
      dimension: "objectives in dense loops of 14 (budgeted)",
      operation: "impact (fresh index)",
      n: 1_400,
      prepare: (size) => {
        const framework = denseLoops(size);
        const evaluation = everyTargetRed(framework);
        return () => impact(indexFramework(framework), evaluation);
      },
    },
    {
      dimension: "objectives in a ring",
      operation: "ownerPortfolio (fresh index)",
      n: 5_000,
      hashing: true,
      prepare: (size) => {
        const framework = ring(size);
        return () => ownerPortfolio(indexFramework(framework), "lead");
      },
    },
    {
      dimension: "corporate objectives in a lateral chain",
      operation: "impact (fresh index)",
      n: 2_000,
      hashing: true,
      prepare: (size) => {
        const framework = lateralChain(size);
        const evaluation = everyTargetRed(framework);
        return () => impact(indexFramework(framework), evaluation);
      },
    },
    {
      dimension: "corporate objectives over one service objective",
      operation: "impact (fresh index)",
      n: 4_000,
      hashing: true,
      prepare: (size) => {
        const framework = serviceUnderCorporate(size);
        const evaluation = everyTargetRed(framework);
        return () => impact(indexFramework(framework), evaluation);
      },
    },
    // Issue 23: the medium-term financial plan monitored.
    {
      dimension: "spend entries (on 1,000 budget lines)",
      operation: "monitorBudgets",
      n: 50_000,
      prepare: (size) => {
        const framework = fromJson(budgetsWithSpend(1_000, size));
        return () => monitorBudgets(framework, { asOf: "2001-09-30" });
      },
    },
    {
      dimension: "budget lines (10 spend entries each)",
      operation: "monitorBudgets",
      n: 10_000,
      hashing: true,
      prepare: (size) => {
        const framework = fromJson(budgetsWithSpend(size, 10 * size));
        return () => monitorBudgets(framework, { asOf: "2001-09-30" });
      },
    },
    {
      dimension: "budget lines, each with a profile of its own (10 spend entries each)",
      operation: "monitorBudgets",
      n: 10_000,
      prepare: (size) => {
        const framework = fromJson(budgetsWithSpend(size, 10 * size, true));
        return () => monitorBudgets(framework, { asOf: "2001-09-30" });
      },
    },
    {
      dimension: "cascade depth (money keyed along the chain, split to a second aim every tenth step)",
      operation: "resourcesByAim (fresh index)",
      n: 10_000,
      prepare: (size) => {
        const framework = fromJson(budgetChain(size));
        return () => resourcesByAim(framework, { asOf: "2001-09-30" });
      },
    },
    {
      dimension: "unit costs, each with its own count (on 2,000 budget lines)",
      operation: "costPerOutcome",
      n: 5_000,
      prepare: (size) => {
        const framework = fromJson(councilFinances(2_000, 1, size));
        return () => costPerOutcome(framework, { asOf: "2001-10-15" });
      },
    },
    {
      dimension: "budget lines (18 months of spend each, unit costs and carry-forwards)",
      operation: "performanceReport's resources (fresh index)",
      n: 5_000,
      prepare: (size) => {
        const framework = fromJson(councilFinances(size, 1));
        return () => performanceReport(indexFramework(framework), { asOf: "2001-10-15" }).resources;
      },
    },
    // Issue 19: a long run of red, and milestones read for each date.
    {
      dimension: "long red run (n targets × n red measurements on one indicator)",
      operation: "evaluateFramework (fresh index)",
      n: 400,
      prepare: (size) => {
        const framework = targetsWithLongRedRun(size, size);
        const redAsOf = lastRedRunDate(size);
        return () => evaluateFramework(indexFramework(framework), { asOf: redAsOf });
      },
    },
    {
      dimension: "long red run (one target, n red measurements)",
      operation: "renderTrajectorySvg (fresh index)",
      n: 1_000,
      prepare: (size) => {
        const framework = targetsWithLongRedRun(1, size);
        const redAsOf = lastRedRunDate(size);
        return () => renderTrajectorySvg(indexFramework(framework), "t-0", { asOf: redAsOf });
      },
    },
    {
      dimension: "milestones per target",
      operation: "trajectory() at every milestone's date",
      // Below 20,000 the run is a few milliseconds, and V8's young generation filling up between n and 4n shows as growth.
      n: 20_000,
      prepare: (size) => {
        const target = targetWithMilestones(size).targets[0] as Target;
        const dates = (target.milestones ?? []).map((milestone) => milestone.date);
        return () => trajectory(target, dates);
      },
    },
    {
      dimension: "milestones per target",
      operation: "renderTrajectorySvg (fresh index)",
      n: 5_000,
      prepare: (size) => {
        const framework = targetWithMilestones(size);
        return () => renderTrajectorySvg(indexFramework(framework), "t", { asOf });
      },
    },
    {
      dimension: "links per objective (targets on the objective and its parents)",
      operation: "checkCascade",
      n: 10_000,
      hashing: true,
      prepare: (size) => {
        const framework = fromJson(objectiveWithLinksAndTargets(size));
        return () => checkCascade(framework);
      },
    },
    {
      dimension: "links per objective (n targets on the objective, none late)",
      operation: "checkCascade",
      n: 2_000,
      hashing: true,
      prepare: (size) => {
        const framework = fromJson(objectiveWithLinksAndManyTargets(size));
        return () => checkCascade(framework);
      },
    },
    {
      dimension: "review cycles of one level × plans at other levels",
      operation: "overdueReviews (fresh index)",
      n: 2_000,
      prepare: (size) => {
        const framework = fromJson(levelCyclesOverManyPlans(size));
        return () => overdueReviews(framework, { asOf });
      },
    },
    {
      dimension: "amber targets, each asking its run of amber periods (issue 20)",
      operation: "performanceReport (fresh index)",
      n: 250,
      prepare: (size) => {
        const framework = amberTargetsOnOneIndicator(size, 400);
        return () => performanceReport(indexFramework(framework), { asOf: "2003-12-31" });
      },
    },
    {
      dimension: "cascade depth (objective-without-measure down the whole chain, a target at the bottom)",
      operation: "checkCascade, that rule only (shared index)",
      n: 20_000,
      prepare: (size) => {
        const index = indexFramework(deepCascade(size));
        const rules = onlyRule("objective-without-measure");
        return () => checkCascade(index, { rules });
      },
    },
    {
      dimension: "corporate objectives over one shared service objective (objective-without-measure, n units beneath)",
      operation: "checkCascade, that rule only (shared index)",
      n: 20_000,
      hashing: true,
      prepare: (size) => {
        const index = indexFramework(corporateObjectivesOverSharedService(size, true));
        const rules = onlyRule("objective-without-measure");
        return () => checkCascade(index, { rules });
      },
    },
    {
      dimension: "reviews of one target and figures of its indicator (review-without-data)",
      operation: "checkCascade, that rule only (shared index)",
      n: 5_000,
      prepare: (size) => {
        const index = indexFramework(targetReviewedOverLongSeries(size));
        const rules = onlyRule("review-without-data");
        return () => checkCascade(index, { rules, asOf: "2004-03-31" });
      },
    },
    {
      dimension: "objectives in dense contribution loops",
      operation: "rollUp with progress (weighted)",
      n: 20_000,
      prepare: (size) => {
        const index = indexFramework(fromJson(denseLoops(size)));
        const evaluations = evaluateFramework(index, { asOf }).targets;
        return () => rollUp(index, evaluations, { method: "weighted" });
      },
    },
    {
      dimension: "objectives over one shared service objective",
      operation: "rollUp with progress (weighted)",
      n: 20_000,
      prepare: (size) => {
        const index = indexFramework(fromJson(corporateObjectivesOverSharedService(size, true)));
        const evaluations = evaluateFramework(index, { asOf }).targets;
        return () => rollUp(index, evaluations, { method: "weighted" });
      },
    },
    {
      dimension: "years 200 plans run (the window: their last year)",
      operation: "reviewSchedule (shared index)",
      n: 500,
      prepare: (size) => {
        const index = indexFramework(fromJson(longPlansReviewedMonthly(size)));
        const last = 2001 + size;
        return () => reviewSchedule(index, { from: `${String(last - 1)}-04-01`, to: `${String(last)}-03-31` });
      },
    },
  ];
}

/** Rule settings that turn every built-in rule off but `id`. */
function onlyRule(id: string): Record<string, "off" | "warning"> {
  return Object.fromEntries(builtInRules.map((rule) => [rule.id, rule.id === id ? "warning" : "off"]));
}

/** Times one case at n and 4n, and the Map baseline beside it when hashing dominates. */
export function measureCase(item: ScalingCase): ScalingRow {
  const row = {
    dimension: item.dimension,
    operation: item.operation,
    n: item.n,
    ...timeAtNAnd4N(item.prepare, item.n),
  };
  if (item.hashing !== true) return row;
  const map = timeAtNAnd4N(mapBaseline, item.n);
  return { ...row, mapN: map.timeN, map4N: map.time4N };
}

/**
 * The growth net of the machine's own cache cliff, where a Map baseline was measured: the growth
 * times 4 over the bare Map's growth between the same sizes. A linear algorithm whose hashing
 * leaves the caches between n and 4n grows as the Map does, so its net growth stays near 4×.
 */
export function netGrowth(row: ScalingRow): number | undefined {
  if (row.mapN === undefined || row.map4N === undefined) return undefined;
  return ((row.time4N / row.timeN) * 4) / (row.map4N / row.mapN);
}

/**
 * Whether a row grows too steeply: above {@link TOO_STEEP}, and, where a Map baseline was measured,
 * also above it net of the Map's growth (a cache cliff is the machine's, not the algorithm's).
 */
export function tooSteep(row: ScalingRow): boolean {
  const net = netGrowth(row);
  return row.time4N / row.timeN > TOO_STEEP && (net === undefined || net > TOO_STEEP);
}

function milliseconds(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

/** The table as text: one line per row, columns padded. */
export function formatScalingTable(rows: readonly ScalingRow[]): string {
  const header = [
    "dimension",
    "operation",
    "n",
    "time(n)",
    "time(4n)",
    "growth",
    "ideal",
    "!",
    "Map n / 4n",
    "Map growth",
    "net of Map",
  ];
  const cells = rows.map((row) => {
    const growth = row.time4N / row.timeN;
    const net = netGrowth(row);
    const map =
      row.mapN === undefined || row.map4N === undefined || net === undefined
        ? ["", "", ""]
        : [
            `${milliseconds(row.mapN)} / ${milliseconds(row.map4N)}`,
            `${(row.map4N / row.mapN).toFixed(1)}×`,
            `${net.toFixed(1)}×`,
          ];
    return [
      row.dimension,
      row.operation,
      row.n.toLocaleString("en-GB"),
      milliseconds(row.timeN),
      milliseconds(row.time4N),
      `${growth.toFixed(1)}×`,
      "4×",
      tooSteep(row) ? "!" : "",
      ...map,
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => (line[column] as string).length)),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((value, column) => value.padEnd(widths[column] as number))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(line)].join("\n");
}

/**
 * Runs every case and prints the table (rows print as they finish, so a slow dimension shows
 * progress). `PM_BENCH_SCALING=rollUp` runs only the rows whose dimension or operation contains
 * that text (any case).
 */
export function scalingBenchmarks(): void {
  const rows: ScalingRow[] = [];
  const only = process.env.PM_BENCH_SCALING?.toLowerCase();
  const cases = scalingCases().filter(
    (item) => only === undefined || `${item.dimension} ${item.operation}`.toLowerCase().includes(only),
  );
  for (const item of cases) {
    const row = measureCase(item);
    rows.push(row);
    console.log(
      `measured ${row.dimension}: ${row.operation} (${milliseconds(row.timeN)} → ${milliseconds(row.time4N)})`,
    );
  }
  console.log(`\n${formatScalingTable(rows)}\n`);
  console.log(
    `growth = time(4n) / time(n), ideal 4× for linear work; "!" marks growth above ${String(TOO_STEEP)}×` +
      " (and, where a Map baseline is measured, above it net of the Map's growth)." +
      " Map: a bare Map<string, number> of n and 4n JSON-parsed ids, built and queried, timed the same way;" +
      " net of Map = growth × 4 / Map growth.",
  );
}
