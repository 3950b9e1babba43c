import type { Framework, FrameworkIndex, Indicator, Target } from "../model/index.js";
import { checkKnownOptions, checkOptionsObject } from "../internal/options.js";
import { checkedFrameworkIndex } from "../model/indexFramework.js";
import { toDecimal } from "../internal/decimal.js";
import { quoted } from "../internal/shown.js";
import { ReportError, reportError } from "./errors.js";
import { formatterFor } from "./format.js";

/**
 * Someone a plan names (its owner, an action's owner): the id and, when the framework has the
 * owner, the name.
 *
 * @category Report
 */
export interface PlanOverviewOwner {
  readonly id: string;
  /** The owner's name; `null` when the framework has no owner by the id. */
  readonly name: string | null;
}

/**
 * One line of a plan's action plan: an action of one of the plan's objectives.
 *
 * @category Report
 */
export interface PlanOverviewAction {
  /** The objective the action is under. */
  readonly objective: string;
  readonly title: string;
  readonly owner: PlanOverviewOwner | null;
  /** The date it is to be done by; `null` for a standing duty or when none is given. */
  readonly due: string | null;
  /** Whether it is a standing duty done whenever it arises. */
  readonly ongoing: boolean;
  readonly text: {
    /** "Re-plan refuse rounds: Refuse collection supervisor, by 30 September 2001". */
    readonly line: string;
  };
}

/**
 * How one target of the plan monitors success: on a service standard, a local indicator or a
 * national one.
 *
 * @category Report
 */
export interface PlanOverviewMeasure {
  readonly target: string;
  readonly title: string;
  readonly indicator: string;
  /** The indicator's title; `null` when the framework has no indicator by the id. */
  readonly indicatorTitle: string | null;
  readonly text: {
    /** The goal and its date, from the baseline: "99.5% by 31 March 2002 (98.9% at 31 March 2001)". */
    readonly goal: string;
  };
}

/**
 * A plan's one-page overview, in the seed's one-page service plan format (Spelthorne, seed
 * 5.3.3.1): where are we now; where do we want to be (the plan's narrative and its objectives); how
 * do we want to be (critical success factors, strategies, the action plan); what are the resource
 * implications; how do we monitor our success (standards, local indicators). Plain data: what
 * the plan does not say is `null` or an empty list, never invented.
 *
 * @category Report
 */
export interface PlanOverviewReport {
  readonly plan: {
    readonly id: string;
    readonly name: string;
    readonly level: string;
    readonly period: { readonly start: string; readonly end: string };
    readonly owner: PlanOverviewOwner | null;
  };
  readonly whereWeAreNow: string | null;
  readonly whereWeWantToBe: string | null;
  /** The plan's objectives, in the framework's order: what it wants to achieve. */
  readonly objectives: readonly {
    readonly id: string;
    readonly title: string;
    readonly owner: PlanOverviewOwner | null;
  }[];
  readonly howWeWantToBe: string | null;
  readonly criticalSuccessFactors: readonly string[];
  readonly strategies: readonly string[];
  /** The actions of the plan's objectives, in the framework's order. */
  readonly actionPlan: readonly PlanOverviewAction[];
  readonly resourceImplications: string | null;
  /** The plan's budget, as given, with its amount for people ("£2,350,000"); `null` when it has none. */
  readonly budget: { readonly amount: string; readonly currency: string; readonly text: string } | null;
  /** Targets on service standards (indicators with `standard: true`), objective by objective. */
  readonly standards: readonly PlanOverviewMeasure[];
  /** Targets on local indicators that are not standards. */
  readonly localIndicators: readonly PlanOverviewMeasure[];
  /** Targets on national indicators (Best Value and others) that are not standards. */
  readonly nationalIndicators: readonly PlanOverviewMeasure[];
  readonly text: {
    /** The plan's period for people: "1 April 2001 to 31 March 2002". */
    readonly period: string;
  };
}

/**
 * Options for {@link planOverview}.
 *
 * @category Report
 */
export interface PlanOverviewOptions {
  /** The locale dates and figures are written in; `en-GB` when absent. */
  readonly locale?: string | undefined;
}

/**
 * A plan's one-page overview (Spelthorne's one-page service plan, seed 5.3.3.1): its narrative
 * (`overview`), its objectives, the action plan from their actions, its budget, and the targets
 * that monitor its success, standards apart from local indicators. Pure; the framework is not
 * changed. Visits the plan's objectives, their actions and targets once each (through the index).
 *
 * @category Report
 * @param source - a parsed framework, or its index (`indexFramework`)
 * @param planId - the id of one of its plans
 * @param options - the `locale`
 * @returns the overview, plain JSON
 * @throws {@link ReportError} when `source` is neither a parsed framework nor its index, `planId`
 * names no plan of the framework, or `options` is not an object of known options with a language tag as `locale`
 * @example
 * import { readFileSync } from "node:fs";
 * import { parseFramework } from "performance-management";
 * import { planOverview } from "performance-management/report";
 * const spelthorne = parseFramework(JSON.parse(readFileSync("examples/frameworks/spelthorne.json", "utf8")));
 * const page = planOverview(spelthorne, "plan-environmental");
 * page.criticalSuccessFactors[0] //=> "Collections made on the scheduled day"
 * page.actionPlan[0]?.text.line //=> "Re-plan refuse rounds: Refuse collection supervisor, by 30 September 2001"
 * page.standards.map((measure) => measure.target) //=> ["t-collection-day"]
 * page.standards[0]?.text.goal //=> "99.5% by 31 March 2002 (98.9% at 31 March 2001)"
 * page.budget?.text //=> "£2,350,000"
 */
export function planOverview(
  source: Framework | FrameworkIndex,
  planId: string,
  options: PlanOverviewOptions = {},
): PlanOverviewReport {
  checkOptionsObject(options, "options", reportError);
  checkKnownOptions(options, ["locale"], "options", reportError);
  const format = formatterFor(options.locale, "options.locale");
  const index = checkedFrameworkIndex(source, reportError);
  if (typeof planId !== "string") throw new ReportError(`planId must be a plan's id; got ${quoted(planId)}`);
  const plan = index.plans.get(planId);
  if (plan === undefined) throw new ReportError(`planId ${quoted(planId)} names no plan of the framework`);
  const ownerOf = (id: string | undefined): PlanOverviewOwner | null =>
    id === undefined ? null : { id, name: index.owners.get(id)?.name ?? null };
  const objectives = index.objectivesByPlan.get(plan.id) ?? [];
  const actionPlan: PlanOverviewAction[] = [];
  for (const objective of objectives)
    for (const action of objective.actions ?? []) {
      const owner = ownerOf(action.owner);
      const due = action.due ?? null;
      const ongoing = action.ongoing === true;
      const when = ongoing ? ", ongoing" : due === null ? "" : `, by ${format.date(due)}`;
      const who = owner === null ? "" : `: ${owner.name ?? owner.id}`;
      actionPlan.push({
        objective: objective.id,
        title: action.title,
        owner,
        due,
        ongoing,
        text: { line: `${action.title}${who}${when}` },
      });
    }
  const standards: PlanOverviewMeasure[] = [];
  const localIndicators: PlanOverviewMeasure[] = [];
  const nationalIndicators: PlanOverviewMeasure[] = [];
  for (const target of objectives.flatMap((objective) => index.targetsByObjective.get(objective.id) ?? [])) {
    const indicator = index.indicators.get(target.indicator);
    const measure: PlanOverviewMeasure = {
      target: target.id,
      title: target.title ?? indicator?.title ?? target.id,
      indicator: target.indicator,
      indicatorTitle: indicator?.title ?? null,
      text: { goal: goalText(target, indicator, format) },
    };
    if (indicator?.standard === true) standards.push(measure);
    else if (indicator?.source === "national") nationalIndicators.push(measure);
    else localIndicators.push(measure);
  }
  const overview = plan.overview ?? {};
  return {
    plan: {
      id: plan.id,
      name: plan.name,
      level: plan.level,
      period: { start: plan.period.start, end: plan.period.end },
      owner: ownerOf(plan.owner),
    },
    whereWeAreNow: overview.whereWeAreNow ?? null,
    whereWeWantToBe: overview.whereWeWantToBe ?? null,
    objectives: objectives.map((objective) => ({
      id: objective.id,
      title: objective.title,
      owner: ownerOf(objective.owner),
    })),
    howWeWantToBe: overview.howWeWantToBe ?? null,
    criticalSuccessFactors: [...(overview.criticalSuccessFactors ?? [])],
    strategies: [...(overview.strategies ?? [])],
    actionPlan,
    resourceImplications: overview.resourceImplications ?? null,
    budget:
      plan.budget === undefined
        ? null
        : {
            amount: decimalText(plan.budget.amount),
            currency: plan.budget.currency ?? "GBP",
            text: money(decimalText(plan.budget.amount), plan.budget.currency ?? "GBP", format.locale),
          },
    standards,
    localIndicators,
    nationalIndicators,
    text: { period: `${format.date(plan.period.start)} to ${format.date(plan.period.end)}` },
  };
}

/** An amount of money for people: "£2,350,000", pence shown only when there are any. */
function money(amount: string, currency: string, locale: string): string {
  const whole = !amount.includes(".") || /\.0*$/u.test(amount);
  // Intl formats a decimal string exactly (ECMA-402 2023); its types take a number only.
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency,
    ...(whole ? { maximumFractionDigits: 0 } : { minimumFractionDigits: 2 }),
  }).format(amount as unknown as number);
}

/** A decimal given as a string or a JSON number, as an exact decimal string. */
function decimalText(value: string | number): string {
  return toDecimal(value).toFixed();
}

/** A target's goal for people, from its baseline: "99.5% by 31 March 2002 (98.9% at 31 March 2001)". */
function goalText(target: Target, indicator: Indicator | undefined, format: ReturnType<typeof formatterFor>): string {
  const goal = target.goal;
  const figure = (value: string | number): string => format.figure(decimalText(value), indicator);
  let what: string;
  if ("value" in goal) what = figure(goal.value);
  else if ("low" in goal) what = `${figure(goal.low)} to ${figure(goal.high)}`;
  else if ("quartile" in goal)
    what = `the ${["1st", "2nd", "3rd"][goal.quartile.position - 1] ?? ""} quartile of ${goal.quartile.group}`;
  else {
    const change = goal.change;
    what =
      "percent" in change
        ? `${format.variance(decimalText(change.percent), undefined)}% on the baseline`
        : "absolute" in change
          ? `${format.variance(decimalText(change.absolute), indicator)} on the baseline`
          : `${format.variance(decimalText(change.points), { unit: "%" })} on the baseline`;
  }
  const from = `${figure(target.baseline.value)} at ${format.date(target.baseline.date)}`;
  return `${what} by ${format.date(goal.date)} (${from})`;
}
