/**
 * A target's row in a report, and an exception's: the types the report and scrutiny's questions
 * both read, in a module of their own so that neither imports the other's.
 * @internal
 */
import type { Chain } from "../accountability/index.js";
import type { DataQuality, Id } from "../model/index.js";
import type { Direction, Outturn, Status } from "../trajectory/index.js";
import type { ReportBenchmark, ReportFigure } from "./comparisons.js";
import type { ExceptionDecision } from "./decision.js";
import type { ReportAction, ReportActionsInHand, ReportOwner } from "./inHand.js";
import type { ExceptionReason } from "./words.js";

/**
 * One target as a report shows it: the engine's exact figures and, beside them, the same figures
 * written for people.
 *
 * @category Report
 */
export interface ReportTarget {
  readonly target: Id;
  readonly title: string;
  readonly objective: Id;
  readonly indicator: Id;
  readonly owner: ReportOwner | null;
  readonly status: Status;
  readonly actual: string | null;
  readonly actualDate: string | null;
  readonly expected: string | null;
  readonly variance: string | null;
  readonly goal: string | null;
  readonly forecast: string | null;
  /** Whether the forecast reaches the goal; null without a forecast. */
  readonly forecastMeetsGoal: boolean | null;
  readonly direction: Direction | null;
  readonly quality: DataQuality | null;
  readonly stale: boolean;
  /** When the next figure is due (its period's end plus the reporting lag), `null` when none is due within the calendar. */
  readonly nextFigureDue: string | null;
  /** The free-text corrective action recorded on the latest measurement, or null when none is. */
  readonly correctiveAction: string | null;
  /** The target's corrective actions not done at the report's date (completed after it, they were still open). */
  readonly actions: readonly ReportAction[];
  /**
   * How the target ended, once its goal date has passed (the engine's outturn, with words for
   * people; see {@link ReportOutturn}); `null` while it runs.
   */
  readonly outturn: ReportOutturn | null;
  /** The figures for people, to the indicator's decimals with its unit: "79%", "30 June 2001". */
  readonly text: {
    readonly actual: string;
    readonly actualDate: string;
    readonly expected: string;
    /**
     * The variance worded by the indicator's polarity (issue 21): "0.5 per 100,000 collections
     * worse than expected", "2.7 households better than expected", "0.5 percentage points above
     * expected" for an in-band indicator, "as expected"; "none" without a variance. The exact
     * signed difference is `variance`.
     */
    readonly variance: string;
    readonly goal: string;
    readonly forecast: string;
    /** `nextFigureDue` for people: "14 August 2001", "none due". */
    readonly nextFigureDue: string;
    /**
     * `direction` for people: "improving", "worsening", "unchanged"; "no earlier figure" with none
     * to compare with; "not comparable (year to date)" for a year-to-date figure with no earlier
     * figure of its own year (never compared with the baseline: Spelthorne's food inspections, 22%
     * of the year's programme by 30 June 2001).
     */
    readonly direction: string;
    /** The status with its direction since the previous figure: "✖ Red ↓ worsening", "▲ Amber, no earlier figure" (issue 21). */
    readonly status: string;
    /** The actual against the expected and the goal: "79% (30 June 2001) against 100% expected; goal 100% by 31 March 2002". */
    readonly against: string;
    /** `goalDate` for people: "31 March 2002". */
    readonly goalDate: string;
    /** The previous period's and the same period last year's figures, and the quartiles: "Previous: 75% (31 May 2001). Same period last year: no figure." */
    readonly compared: string;
  };
  /** The target's objective by its title (the objective's id when the framework does not list it). */
  readonly objectiveTitle: string;
  /** The goal date of the goal in force at the report's date. */
  readonly goalDate: string | null;
  /**
   * The indicator's figure before the one judged (last month's for a monthly indicator), or the
   * target's baseline when that is later; `null` with neither (see {@link ReportFigure}).
   */
  readonly previous: ReportFigure | null;
  /** The indicator's figure for the same period a year before the one judged, as the direction of travel finds it; `null` when none. */
  readonly yearAgo: ReportFigure | null;
  /** The direction of travel against `yearAgo` (the engine's `direction.sinceYearAgo`). */
  readonly sinceYearAgo: Direction | null;
  /**
   * The figure's quartile in each comparison group benchmarking the indicator, from the group's
   * latest benchmark on or before the figure's date (1 the best for the polarity: for a
   * lower-is-better indicator the lowest values); none for a year-to-date figure before its year's end.
   */
  readonly benchmarks: readonly ReportBenchmark[];
  /** The indicator's `standard`: true for a service standard, false or `null` (not said) otherwise. */
  readonly standard: boolean | null;
  /**
   * "Standard", "Local indicator", "National indicator" or "Indicator", when some indicator of the
   * framework sets `standard` (the report then shows standards and indicators apart); else `null`.
   */
  readonly measureLabel: string | null;
}

/**
 * A target's outturn on a report: the engine's {@link Outturn}, and the words a report prints for it.
 * `text.summary` is the line a report shows: "Ended 31 March 2002: not achieved, 86% against 100%
 * (14 percentage points short)", "Ended 31 March 2002: achieved, 100% against 100%", "Ended 31
 * March 2002: outturn due 12 May 2002" while it is awaited within the reporting lag, "Ended 31
 * March 2002: outturn late, was due 12 May 2002" after.
 *
 * @category Report
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { performanceReport } from "performance-management/report";
 * const stockton = JSON.parse(readFileSync("examples/frameworks/stockton.json", "utf8"));
 * const measurements = [...stockton.measurements, { indicator: "pi-homeless-offers", date: "2002-03-31", value: "86" }];
 * const report = performanceReport(parseFramework({ ...stockton, measurements }), { asOf: "2002-07-15" });
 * const offers = report.targets.find((row) => row.target === "t-homeless-offers");
 * offers?.outturn?.text.summary //=> "Ended 31 March 2002: not achieved, 86% against 100% (14 percentage points short)"
 */
export interface ReportOutturn extends Outturn {
  readonly text: {
    /** The line a report shows for the outturn. */
    readonly summary: string;
    /** The goal date: "31 March 2002". */
    readonly date: string;
    /** When the outturn is due: "12 May 2002"; `null` past the calendar's end. */
    readonly due: string | null;
    /** The final figure against the goal and, when not achieved, by how much: "86% against 100% (14 percentage points short)"; `null` while awaited or when it cannot be judged. */
    readonly figures: string | null;
  };
}

/**
 * The most steps a report holds of an exception's chain: a chain longer than this is summarised
 * (see {@link ReportChain}). Ten covers a target, an individual, unit, service and corporate
 * objective and the aim, with room for lateral links: a real cascade's chain is held whole.
 *
 * @category Report
 * @example
 * import { REPORT_CHAIN_STEPS } from "performance-management/report";
 * REPORT_CHAIN_STEPS //=> 10
 */
export const REPORT_CHAIN_STEPS = 10;

/**
 * An exception's first chain as a report holds it: the accountability engine's first chain
 * (`traceUp(…).chains[0]`), whole when it has at most {@link REPORT_CHAIN_STEPS} steps; a longer one
 * summarised as its first nine steps (from the target up) and its last (the aim, or where it
 * stops), with `length` the steps of the whole chain and `omitted` how many were left out between.
 * `direct`, `reachesApex` and `stop` describe the whole chain. So a report holds at most ten steps
 * an exception, however deep the cascade.
 *
 * @category Report
 */
export interface ReportChain extends Chain {
  /** The steps of the whole chain, the target's included. */
  readonly length: number;
  /** The steps left out between the ninth and the last: 0 when `steps` is the whole chain. */
  readonly omitted: number;
}

/** A target on the exception list, with why it is there and the chain up to its aim. @category Report */
export interface ReportException extends ReportTarget {
  readonly reasons: readonly ExceptionReason[];
  /**
   * The first chain up from the target to its aim, as the accountability engine's `traceUp` lists it
   * first: who and what the shortfall reaches, link by link, with the partners an indirect link
   * depends on; summarised past {@link REPORT_CHAIN_STEPS} steps (see {@link ReportChain}).
   */
  readonly chain: ReportChain | null;
  /** How many chains lead up from the target, as an exact decimal string, as `traceUp` counts them (`chain` is the first). */
  readonly chains: string;
  /**
   * Whether `chains` is the exact count: `false` only inside a dense contribution loop, where
   * counting every chain would take time a small document controls and `chains` is a lower bound
   * (as `traceUp`'s `totalExact`; the `contribution-cycle` rule reports the loop).
   */
  readonly chainsExact: boolean;
  /**
   * The partners the first chain's indirect links depend on, named: trouble that reaches the aim
   * only through them is shared with them, not the council's alone (seed 5.3.5.7-8).
   */
  readonly sharedWith: readonly ReportOwner[];
  /** What is being done about it: the latest figure's commentary, its corrective actions and its objective's open actions. */
  readonly inHand: ReportActionsInHand;
  /** The decision the exception needs from members (see {@link ExceptionDecision}), by its status, its run of amber periods, the actions in hand and whether its figure is late. */
  readonly decision: ExceptionDecision;
  /** The decision in English, as the report asks it: "Red, with no action in hand: agree a corrective action, with an owner and a date to be done by." */
  readonly decisionText: string;
}
